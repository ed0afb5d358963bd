/// A terminal colour: the terminal's own default, a palette index, or a 24-bit colour.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background (what `use_default_colors` calls -1).
    case `default`
    /// An entry of the 256-colour palette (0–15 are the named colours).
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// The 16 named colours in palette order; `bright-` names are 8–15.
    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses `#rrggbb`, `#rgb`, a palette number 0–255, a colour name (`red`, `bright-red`,
    /// `bright_red`, `gray`/`grey` = 8) or `default`; nil for anything else.
    public init?(parsing text: String) {
        let value = text.trimmingSpaces().lowercased()
        if value == "default" {
            self = .default
        } else if value.hasPrefix("#") {
            guard let color = Color.hex(String(value.dropFirst())) else { return nil }
            self = color
        } else if let number = UInt8(value) {
            self = .indexed(number)
        } else if let index = Color.namedIndex(value) {
            self = .indexed(index)
        } else {
            return nil
        }
    }

    private static func hex(_ digits: String) -> Color? {
        guard digits.allSatisfy({ $0.isASCII && $0.isHexDigit }), let number = UInt32(digits, radix: 16) else { return nil }
        switch digits.count {
        case 6:
            return .rgb(UInt8(number >> 16), UInt8(number >> 8 & 0xFF), UInt8(number & 0xFF))
        case 3:
            // Each nibble doubles: #f80 is #ff8800.
            return .rgb(UInt8(number >> 8 & 0xF) * 17, UInt8(number >> 4 & 0xF) * 17, UInt8(number & 0xF) * 17)
        default:
            return nil
        }
    }

    private static func namedIndex(_ name: String) -> UInt8? {
        if name == "gray" || name == "grey" { return 8 }
        for prefix in ["bright-", "bright_"] where name.hasPrefix(prefix) {
            return names.firstIndex(of: String(name.dropFirst(prefix.count))).map { UInt8($0 + 8) }
        }
        return names.firstIndex(of: name).map { UInt8($0) }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs (Foundation-free, for hot paths).
    func trimmingSpaces() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(self[first...last])
    }
}
