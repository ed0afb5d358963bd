import DSRModel
import Foundation

/// One JSON object from JSONSerialization with typed, forgiving getters: metrics that arrive as strings, `-` for
/// missing, times as epoch seconds, milliseconds or text. Ids stay exact text; an id sent as a JSON number beyond
/// 2^53 is refused (on Linux JSONSerialization hands such numbers over as exact Int64 or NSDecimalNumber, but
/// whatever wrote them may already have rounded them).
struct JSONRecord {
    /// The object.
    let object: [String: Any]

    init(_ object: [String: Any]) { self.object = object }

    /// Wraps any JSON value that is an object.
    init?(_ value: Any?) {
        guard let o = value as? [String: Any] else { return nil }
        object = o
    }

    /// Whether the key is present (even as null).
    func has(_ key: String) -> Bool { object[key] != nil }

    /// A nested object.
    func record(_ key: String) -> JSONRecord? { JSONRecord(object[key]) }

    /// A nested array of objects (non-objects are skipped).
    func records(_ key: String) -> [JSONRecord]? {
        (object[key] as? [Any]).map { $0.compactMap { JSONRecord($0) } }
    }

    /// A text value: strings as given (trimmed; `-` and empty are missing), numbers as their decimal text.
    func string(_ key: String) -> String? { JSONRecord.text(object[key]) }

    /// The text of any scalar JSON value.
    static func text(_ value: Any?) -> String? {
        switch value {
        case let s as String:
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty || t == "-" || t == "--" ? nil : t
        case let n as NSNumber:
            if isBool(n) { return n.boolValue ? "true" : "false" }
            return n.stringValue
        default:
            return nil
        }
    }

    /// An identifier as exact text. Digit strings are kept as they are; a JSON number is accepted only up to
    /// 2^53 (beyond that it may have been rounded by whatever wrote it).
    func id(_ key: String) throws -> String? { try JSONRecord.id(object[key], name: key) }

    /// An identifier from any JSON value (see `id(_:)`).
    static func id(_ value: Any?, name: String) throws -> String? {
        switch value {
        case let s as String:
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        case let n as NSNumber:
            if isBool(n) { throw RowProblem("\(name) is a boolean, not an id") }
            let limit: Int64 = 1 << 53
            if n is NSDecimalNumber {
                throw RowProblem("\(name) is the JSON number \(n.stringValue), beyond 2^53: it may have been rounded "
                                 + "on the way; export ids as strings")
            }
            let type = String(cString: n.objCType)
            if type == "d" || type == "f" {
                let d = n.doubleValue
                guard d == d.rounded(), abs(d) <= Double(limit) else {
                    throw RowProblem("\(name) is the JSON number \(n.stringValue), not an exact whole number below 2^53; "
                                     + "export ids as strings")
                }
                return String(Int64(d))
            }
            let v = n.int64Value
            guard v.magnitude <= UInt64(limit) else {
                throw RowProblem("\(name) is the JSON number \(n.stringValue), beyond 2^53: it may have been rounded "
                                 + "on the way; export ids as strings")
            }
            return String(v)
        default:
            return nil
        }
    }

    /// A whole number from a number or a numeric string; nil when missing; throws when it is not a number.
    func int(_ key: String) throws -> Int64? {
        guard let v = object[key], !(v is NSNull) else { return nil }
        if let n = v as? NSNumber, !JSONRecord.isBool(n) {
            let d = n.doubleValue
            guard d == d.rounded(), abs(d) <= Double(NumberParser.largestCount) else {
                throw RowProblem("\(key) \(n.stringValue) is not a plausible whole number")
            }
            return n.int64Value
        }
        guard let s = v as? String else { throw RowProblem("\(key) is not a number") }
        switch NumberParser.parse(s) {
        case .missing?, .masked?: return nil
        case .value(let e)?:
            guard let i = e.integer, i.magnitude <= UInt64(NumberParser.largestCount) else {
                throw RowProblem("\(key) '\(s)' is not a plausible whole number")
            }
            return i
        case nil: throw RowProblem("\(key) '\(s)' is not a number")
        }
    }

    /// A decimal from a number or a numeric string (`"84.20"`, `"1.47"`); nil when missing.
    func number(_ key: String) throws -> ExactDecimal? {
        guard let v = object[key], !(v is NSNull) else { return nil }
        let text: String
        if let n = v as? NSNumber, !JSONRecord.isBool(n) { text = n.stringValue } else if let s = v as? String { text = s }
        else { throw RowProblem("\(key) is not a number") }
        switch NumberParser.parse(text) {
        case .missing?, .masked?: return nil
        case .value(let e)?: return e
        case nil: throw RowProblem("\(key) '\(text)' is not a number")
        }
    }

    /// A boolean from true/false, 1/0 or "true"/"false".
    func bool(_ key: String) -> Bool? {
        switch object[key] {
        case let n as NSNumber: return n.boolValue
        case let s as String:
            switch s.lowercased() {
            case "true", "1", "yes", "y": return true
            case "false", "0", "no", "n": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// Array of strings (numbers given as text).
    func strings(_ key: String) -> [String] {
        ((object[key] as? [Any]) ?? []).compactMap { JSONRecord.text($0) }
    }

    /// A time: epoch seconds or milliseconds (number or digit string), or text in any layout `TimeParser` reads.
    func time(_ key: String, zone: ZoneResolver, session: ImportSession? = nil) throws -> ParsedTime? {
        guard let v = object[key], !(v is NSNull) else { return nil }
        let text: String
        if let n = v as? NSNumber, !JSONRecord.isBool(n) {
            let d = n.doubleValue
            guard d.isFinite, d >= 0, d < 1e15 else { throw RowProblem("\(key) \(n.stringValue) is not a time") }
            if d == 0 { return nil }
            let seconds = d >= 1e11 ? Int64(d / 1000) : Int64(d)
            return ParsedTime(instant: seconds, offsetSeconds: 0, usedAssumedZone: false, isDateOnly: false)
        } else if let s = v as? String {
            text = s
        } else {
            throw RowProblem("\(key) is not a time")
        }
        switch TimeParser.parse(text, zone: zone) {
        case .missing: return nil
        case .invalid(let why): throw RowProblem("\(key) '\(text)' \(why)")
        case .time(let t):
            if t.usedAssumedZone { session?.noteAssumedZone(zone) }
            return t
        }
    }

    /// Whether an NSNumber is a JSON boolean (CFBoolean on Linux).
    static func isBool(_ n: NSNumber) -> Bool { String(cString: n.objCType) == "c" }
}
