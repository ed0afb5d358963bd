/// CSS class names for the styles of a snapshot, numbered by first use so output is stable.
struct StyleClasses {
    /// The CSS rules, one per class, in the order the classes were made.
    private(set) var rules: [String] = []
    private var numbers: [Style: Int] = [:]

    /// The class of `style` (`s0`, `s1`, …); a new one gets the rule `declarations(style)`.
    mutating func name(for style: Style, declarations: (Style) -> String) -> String {
        if let known = numbers[style] { return "s\(known)" }
        let number = numbers.count
        numbers[style] = number
        rules.append(".s\(number){\(declarations(style))}")
        return "s\(number)"
    }
}
