#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Formatting of axis tick values.
public enum TickFormat {
    /// A compact default: integers as such, otherwise two significant decimals at most.
    public static let automatic: @Sendable (Double) -> String = { value in
        let magnitude = abs(value)
        let format = magnitude >= 100 || value == value.rounded() ? "%.0f" : (magnitude >= 10 ? "%.1f" : "%.2f")
        // Beyond 64 characters (|value| ≥ 1e63) fall back to exponent notation, which is always short.
        return formatted(format, value) ?? formatted("%.3g", value) ?? ""
    }

    /// A formatter from a printf-style format with exactly one floating-point conversion (`%.1f%%`,
    /// `%5.2e`, `$%.0f`). Anything else would let data-supplied formats read past the arguments, so it
    /// falls back to `automatic`.
    public static func printf(_ format: String) -> @Sendable (Double) -> String {
        guard isSafe(format) else { return automatic }
        return { formatted(format, $0) ?? automatic($0) }
    }

    /// `value` through libc's `vsnprintf` with a format `isSafe` accepted; nil when the output would be
    /// longer than any tick label should be (a huge field width or value).
    static func formatted(_ format: String, _ value: Double) -> String? {
        var buffer = [CChar](repeating: 0, count: 64)
        let count = withVaList([value]) { arguments in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, format, arguments) }
        }
        guard count >= 0, Int(count) < buffer.count else { return nil }
        return String(decoding: buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
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
