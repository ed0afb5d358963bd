/// A JSON value with object keys kept in the order they were written, so the report reads in a fixed order
/// and compares cleanly in a diff (Foundation's serializer neither keeps order nor prints 0.031 as 0.031).
public indirect enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// A number (whole ones print without a fraction).
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object whose keys keep their order.
    case object([(String, JSONValue)])

    /// A number rounded to six decimals (enough for rates and r; stable across platforms); null when nil or not finite.
    public static func rounded(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        let r = (value * 1_000_000).rounded() / 1_000_000
        return .number(r == 0 ? 0 : r)
    }

    /// A string, or null when nil.
    public static func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// An integer, or null when nil.
    public static func integer(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }

    /// The value as JSON text: two-space indentation, one key per line, `]`/`}` on their own lines.
    public func serialized(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .number(let d):
            // Whole numbers print without ".0" so counts and thresholds read as written.
            if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
            return "\(d)"
        case .string(let s): return JSONValue.quoted(s)
        case .array(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy(\.isScalar) { return "[" + items.map { $0.serialized() }.joined(separator: ", ") + "]" }
            return "[\n" + items.map { inner + $0.serialized(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n" + pairs.map { inner + JSONValue.quoted($0.0) + ": " + $0.1.serialized(indent: inner) }
                .joined(separator: ",\n") + "\n" + indent + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    private static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Equality of the written document (object pairs compared in order).
    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    /// Hashes the written document.
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }
}
