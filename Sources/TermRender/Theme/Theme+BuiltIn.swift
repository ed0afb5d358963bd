extension Theme {
    /// The dark default, compiled in so the board works without any themes folder; it matches
    /// `themes/default.theme` and fills the slots other themes leave out.
    public static let builtInDefault = Theme(name: "default", source: "built-in", colors: [
        .background: .default, .text: .default, .muted: .rgb(0x8A, 0x8A, 0x8A), .accent: .rgb(0x5F, 0xAF, 0xFF),
        .good: .rgb(0x5F, 0xD7, 0x5F), .warn: .rgb(0xFF, 0xAF, 0x00), .bad: .rgb(0xFF, 0x5F, 0x5F),
        .selection: .rgb(0x26, 0x4F, 0x78), .selectionText: .rgb(0xFF, 0xFF, 0xFF), .border: .rgb(0x58, 0x58, 0x58),
        .borderFocused: .rgb(0x5F, 0xAF, 0xFF), .title: .rgb(0xFF, 0xD7, 0x5F), .header: .rgb(0x87, 0xAF, 0xD7),
        .statusBar: .rgb(0x26, 0x26, 0x26), .statusText: .rgb(0xBC, 0xBC, 0xBC), .flash: .rgb(0x87, 0xD7, 0xFF),
        .key: .rgb(0xFF, 0xAF, 0x5F),
    ])

    /// The monochrome theme `NO_COLOR` selects, compiled in: every slot is the terminal's own colour, so
    /// styles fall back on bold, dim and reverse.
    public static let builtInMono = Theme(
        name: "mono", source: "built-in",
        colors: Dictionary(uniqueKeysWithValues: Slot.allCases.map { ($0, Color.default) })
    )

    /// The compiled-in themes by name.
    public static let builtIn: [String: Theme] = ["default": builtInDefault, "mono": builtInMono]
}
