import Foundation

/// An instant as UTC seconds since 1970-01-01: how every time is stored (metrics.md, Conventions).
public typealias EpochSeconds = Int64

extension Int64 {
    /// Division rounding toward negative infinity, for day and hour buckets of instants before 1970.
    public func floorDiv(_ divisor: Int64) -> Int64 {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }
}

/// Formatting and arithmetic of instants shared by every layer.
public enum UTCTime {
    /// Seconds in a day.
    public static let day: EpochSeconds = 86_400
    /// Seconds in an hour.
    public static let hour: EpochSeconds = 3_600

    /// `2026-12-04T14:05:00Z`.
    public static func iso8601(_ instant: EpochSeconds) -> String {
        let (d, s) = split(instant)
        return "\(d)T\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))Z"
    }

    /// `2026-12-04 14:05` (UTC), for screens.
    public static func minute(_ instant: EpochSeconds) -> String {
        let (d, s) = split(instant)
        return "\(d) \(two(s / 3600)):\(two(s / 60 % 60))"
    }

    /// `20261204-140500` (UTC), for file names.
    public static func compactStamp(_ instant: EpochSeconds) -> String {
        let (d, s) = split(instant)
        return "\(d.year)\(two(d.month))\(two(d.day))-\(two(s / 3600))\(two(s / 60 % 60))\(two(s % 60))"
    }

    /// Parses the `--as-of` forms: ISO 8601 with `Z` or an offset, without (read as UTC), or date-only (00:00 UTC).
    public static func parseInstant(_ text: String) -> EpochSeconds? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let day = CalendarDay(iso: t) { return day.startUTC }
        if let n = Int64(t), t.count >= 9 { return n }
        return ISO8601Parser.parse(t, defaultOffsetSeconds: 0)?.instant
    }

    /// The current instant.
    public static func now() -> EpochSeconds { EpochSeconds(Date().timeIntervalSince1970.rounded(.down)) }

    private static func split(_ instant: EpochSeconds) -> (CalendarDay, Int) {
        let days = instant.floorDiv(day)
        return (CalendarDay(daysSinceEpoch: Int(days)), Int(instant - days * day))
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// A strict ISO 8601 date-time reader: `YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|±HH[:]MM]`.
public enum ISO8601Parser {
    /// A parsed instant with the offset the text carried (nil when it had none and the default was used).
    public struct Result: Equatable, Sendable {
        /// The UTC instant.
        public let instant: EpochSeconds
        /// The offset written in the text, in seconds east of UTC, or nil when the text had none.
        public let offsetSeconds: Int?
    }

    /// Parses a date-time; text without an offset is read at `defaultOffsetSeconds`. Nil when not a real time.
    public static func parse(_ text: String, defaultOffsetSeconds: Int) -> Result? {
        parse(text, offsetForLocal: { _ in defaultOffsetSeconds })
    }

    /// Parses a date-time; text without an offset is resolved by `offsetForLocal`, given the local wall time as
    /// if it were UTC (so a zone with daylight saving can pick the right offset). Nil when not a real time.
    public static func parse(_ text: String, offsetForLocal: (EpochSeconds) -> Int) -> Result? {
        let b = Array(text.utf8)
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var v = 0
            for k in 0..<n {
                let c = b[i + k]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            i += n
            return v
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        guard let y = digits(4), expect(45), let mo = digits(2), expect(45), let d = digits(2),
              let day = CalendarDay(year: y, month: mo, day: d) else { return nil }
        guard i < b.count, b[i] == 84 || b[i] == 116 || b[i] == 32 else { return nil }  // T, t or space
        i += 1
        guard let h = digits(2), expect(58), let mi = digits(2), h <= 24, mi <= 59 else { return nil }
        var s = 0
        if expect(58) {
            guard let sec = digits(2), sec <= 60 else { return nil }
            s = min(sec, 59)
            if i < b.count, b[i] == 46 || b[i] == 44 {  // fraction, dropped
                i += 1
                let start = i
                while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
                guard i > start else { return nil }
            }
        }
        if h == 24 { guard mi == 0, s == 0 else { return nil } }
        let local = day.startUTC + EpochSeconds(h * 3600 + mi * 60 + s)
        if i == b.count {
            let offset = offsetForLocal(local)
            return Result(instant: local - EpochSeconds(offset), offsetSeconds: nil)
        }
        if b[i] == 90 || b[i] == 122 {  // Z
            i += 1
            guard i == b.count else { return nil }
            return Result(instant: local, offsetSeconds: 0)
        }
        guard b[i] == 43 || b[i] == 45 else { return nil }
        let sign = b[i] == 45 ? -1 : 1
        i += 1
        guard let oh = digits(2), oh <= 18 else { return nil }
        var om = 0
        if i < b.count {
            _ = expect(58)
            guard let m = digits(2), m <= 59 else { return nil }
            om = m
        }
        guard i == b.count else { return nil }
        let offset = sign * (oh * 3600 + om * 60)
        return Result(instant: local - EpochSeconds(offset), offsetSeconds: offset)
    }
}
