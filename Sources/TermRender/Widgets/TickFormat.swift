import Foundation

/// Formatting of axis tick values.
public enum TickFormat {
    /// A compact default: integers as such, otherwise two significant decimals at most.
    public static let automatic: @Sendable (Double) -> String = { value in
        let magnitude = abs(value)
        if magnitude >= 100 || value == value.rounded() { return String(format: "%.0f", value) }
        return String(format: magnitude >= 10 ? "%.1f" : "%.2f", value)
    }

    /// A formatter from a printf-style format with exactly one floating-point conversion (`%.1f%%`,
    /// `%5.2e`, `$%.0f`). Anything else would let data-supplied formats read past the arguments, so it
    /// falls back to `automatic`.
    public static func printf(_ format: String) -> @Sendable (Double) -> String {
        guard isSafe(format) else { return automatic }
        return { String(format: format, $0) }
    }

    /// Whether `format` has exactly one `%[flags][width][.precision]{f,F,e,E,g,G}` and otherwise only `%%`.
    static func isSafe(_ format: String) -> Bool {
        var conversions = 0
        var scalars = format.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "%" else { continue }
            var next = scalars.next()
            if next == "%" { continue }
            while let flag = next, "-+ #0".unicodeScalars.contains(flag) { next = scalars.next() }
            while let digit = next, ("0"..."9").contains(digit) { next = scalars.next() }
            if next == "." {
                next = scalars.next()
                while let digit = next, ("0"..."9").contains(digit) { next = scalars.next() }
            }
            guard let conversion = next, "fFeEgG".unicodeScalars.contains(conversion) else { return false }
            conversions += 1
        }
        return conversions == 1
    }
}
