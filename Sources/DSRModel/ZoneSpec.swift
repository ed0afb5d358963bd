import Foundation

/// The zone in which times written without an offset are read: an IANA zone or a fixed `±HH:MM` offset.
public struct ZoneSpec: Sendable, Equatable, CustomStringConvertible {
    private enum Kind: Equatable {
        case fixed(Int)
        case named(String)
    }

    private let kind: Kind

    /// UTC (the fallback when neither `--tz` nor the shop's zone is known).
    public static let utc = ZoneSpec(kind: .fixed(0))

    private init(kind: Kind) { self.kind = kind }

    /// Parses `UTC`, `Z`, `±HH:MM`, `±HHMM`, `±HH`, `GMT+8`/`UTC-05:00`, or an IANA name like `Asia/Shanghai`.
    /// Nil when the text is none of these or names a zone this machine does not know.
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return nil }
        let upper = t.uppercased()
        if upper == "UTC" || upper == "Z" || upper == "GMT" { self.init(kind: .fixed(0)); return }
        var rest = Substring(t)
        if upper.hasPrefix("UTC") || upper.hasPrefix("GMT") { rest = rest.dropFirst(3) }
        if let first = rest.first, first == "+" || first == "-" {
            let sign = first == "-" ? -1 : 1
            let body = rest.dropFirst().replacingOccurrences(of: ":", with: "")
            guard !body.isEmpty, body.count <= 4, body.allSatisfy(\.isASCII), let n = Int(body) else { return nil }
            let (h, m) = body.count <= 2 ? (n, 0) : (n / 100, n % 100)
            guard h <= 18, m < 60 else { return nil }
            self.init(kind: .fixed(sign * (h * 3600 + m * 60)))
            return
        }
        guard TimeZone(identifier: t) != nil else { return nil }
        self.init(kind: .named(t))
    }

    /// The offset (seconds east of UTC) in force at a wall-clock time, given as if that wall time were UTC.
    public func offset(forLocal local: EpochSeconds) -> Int {
        switch kind {
        case .fixed(let seconds):
            return seconds
        case .named(let name):
            guard let zone = TimeZone(identifier: name) else { return 0 }
            // Two steps: guess with the offset at the wall time read as UTC, then correct across a DST change.
            let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
            return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - EpochSeconds(guess))))
        }
    }

    /// The UTC instant of a wall-clock time in this zone.
    public func instant(forLocal local: EpochSeconds) -> EpochSeconds { local - EpochSeconds(offset(forLocal: local)) }

    /// The name as the user gave it (`Asia/Shanghai`, `+08:00`, `UTC`).
    public var description: String {
        switch kind {
        case .fixed(0): return "UTC"
        case .fixed(let s):
            let a = abs(s)
            let h = a / 3600, m = a / 60 % 60
            return (s < 0 ? "-" : "+") + (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
        case .named(let name): return name
        }
    }
}
