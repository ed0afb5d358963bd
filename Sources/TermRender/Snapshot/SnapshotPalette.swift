/// Turns cell styles into concrete CSS colours for the HTML and SVG snapshots.
///
/// The terminal's own colours (`.default`) become the theme's background and text colours, and when the
/// theme leaves those to the terminal too, a dark grey and a light grey (or the reverse for a light
/// theme background). Palette indices use xterm's values. Reverse swaps; dim mixes the text colour 40%
/// toward the background, so the background itself stays as it is.
struct SnapshotPalette {
    /// A colour as 8-bit channels.
    struct RGB: Hashable {
        var r: Int, g: Int, b: Int

        /// `#rrggbb`.
        var css: String { "#" + [r, g, b].map(SnapshotPalette.hexByte).joined() }

        /// This colour moved `amount` (0...1) of the way toward `other`.
        func mixed(with other: RGB, amount: Double) -> RGB {
            func channel(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * amount).rounded()) }
            return RGB(r: channel(r, other.r), g: channel(g, other.g), b: channel(b, other.b))
        }

        /// Perceived brightness 0...255.
        var luma: Int { (299 * r + 587 * g + 114 * b) / 1000 }
    }

    /// The page background (the terminal's default background).
    let background: RGB
    /// The default text colour.
    let foreground: RGB

    /// The palette for `theme`.
    init(theme: Theme) {
        let dark = RGB(r: 0x1E, g: 0x1E, b: 0x1E)
        let light = RGB(r: 0xD4, g: 0xD4, b: 0xD4)
        let background = SnapshotPalette.rgb(theme.color(.background)) ?? dark
        self.background = background
        foreground = SnapshotPalette.rgb(theme.color(.text)) ?? (background.luma < 128 ? light : RGB(r: 0x1C, g: 0x1C, b: 0x1C))
    }

    /// Text and background colour of a cell in `style`, after reverse and dim.
    func colors(for style: Style) -> (foreground: RGB, background: RGB) {
        var fg = SnapshotPalette.rgb(style.foreground) ?? foreground
        var bg = SnapshotPalette.rgb(style.background) ?? background
        if style.attributes.contains(.reverse) { swap(&fg, &bg) }
        if style.attributes.contains(.dim) { fg = fg.mixed(with: bg, amount: 0.4) }
        return (fg, bg)
    }

    /// The RGB value of a colour; nil for the terminal default.
    static func rgb(_ color: Color) -> RGB? {
        switch color {
        case .default:
            return nil
        case .indexed(let index):
            let (r, g, b) = ColorMapper.rgb(ofIndex: index)
            return RGB(r: Int(r), g: Int(g), b: Int(b))
        case .rgb(let r, let g, let b):
            return RGB(r: Int(r), g: Int(g), b: Int(b))
        }
    }

    /// Two lower-case hex digits.
    static func hexByte(_ value: Int) -> String {
        let digits = Array("0123456789abcdef")
        let clamped = min(255, max(0, value))
        return String(digits[clamped >> 4]) + String(digits[clamped & 15])
    }

    /// Text made safe inside XML/HTML text and attribute values: controls and escape sequences removed,
    /// `& < > " '` escaped.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in TextSanitizer.clean(text).unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
