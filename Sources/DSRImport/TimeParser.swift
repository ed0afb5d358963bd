import DSRModel

/// The zone in which times without an offset are read, with a cache so that a named zone with daylight saving
/// is asked once per half hour of wall time rather than once per cell.
final class ZoneResolver {
    /// The zone.
    let zone: ZoneSpec
    /// Why this zone: `--tz`, the shop's zone, or the UTC fallback (for the summary).
    let origin: String
    private static let slots = 1 << 14
    private var cacheKeys = [Int64](repeating: .min, count: ZoneResolver.slots)
    private var cacheOffsets = [Int32](repeating: 0, count: ZoneResolver.slots)
    private var lastKey = Int64.min
    private var lastOffset = 0

    init(zone: ZoneSpec, origin: String) {
        self.zone = zone
        self.origin = origin
    }

    /// The UTC instant of a wall-clock time in this zone.
    func instant(forLocal local: EpochSeconds) -> EpochSeconds {
        let key = local.floorDiv(1800)
        if key == lastKey { return local - EpochSeconds(lastOffset) }
        // A direct-mapped cache of half hours: no hashing, and a miss only asks the zone again.
        let slot = Int(truncatingIfNeeded: key) & (ZoneResolver.slots - 1)
        let offset: Int
        if cacheKeys[slot] == key {
            offset = Int(cacheOffsets[slot])
        } else {
            offset = zone.offset(forLocal: local)
            cacheKeys[slot] = key
            cacheOffsets[slot] = Int32(offset)
        }
        lastKey = key
        lastOffset = offset
        return local - EpochSeconds(offset)
    }

    /// `Asia/Ho_Chi_Minh (the shop's zone)`.
    var summary: String { "\(zone) (\(origin))" }
}

/// A time read from a cell or a JSON value.
struct ParsedTime: Equatable {
    /// The UTC instant.
    var instant: EpochSeconds
    /// The offset written with the time, when there was one (seconds east of UTC).
    var offsetSeconds: Int?
    /// True when the text had no offset and the resolver's zone was assumed.
    var usedAssumedZone: Bool
    /// True when the text was a date without a time.
    var isDateOnly: Bool
}

/// Which of day and month comes first in `NN/NN/YYYY` when both are 12 or less.
enum DayOrder {
    case dayFirst, monthFirst
}

/// Reads every time layout the sources use: epoch seconds or milliseconds; ISO 8601 with `Z`, `±HH:MM` or no
/// offset; `YYYY/MM/DD`; `DD/MM/YYYY HH:MM:SS` (Seller Center, SEA) and `MM/DD/YYYY hh:mm:ss AM` (US); date-only.
/// Impossible dates (31/02) and times (25:00) are errors, never rolled over.
enum TimeParser {
    /// The outcome of reading a cell.
    enum Outcome: Equatable {
        case missing
        case time(ParsedTime)
        case invalid(String)
    }

    /// Parses a cell; `dayOrder` resolves `NN/NN/YYYY` when neither part is above 12.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, zone: ZoneResolver, dayOrder: DayOrder) -> Outcome {
        var lo = 0, hi = b.count
        while lo < hi, NumberParser.isSpace(b[lo]) { lo += 1 }
        while hi > lo, NumberParser.isSpace(b[hi - 1]) { hi -= 1 }
        if lo == hi { return .missing }
        if hi - lo <= 2, (lo..<hi).allSatisfy({ b[$0] == 45 }) { return .missing }
        var s = Scanner(b: b, i: lo, end: hi)
        // Epoch seconds or milliseconds.
        if s.allDigits() {
            guard let n = s.number(maxDigits: 14) else { return .invalid("is not a time") }
            let digits = hi - lo
            if digits >= 12 { return .time(ParsedTime(instant: n / 1000, offsetSeconds: 0, usedAssumedZone: false, isDateOnly: false)) }
            if digits >= 9 { return .time(ParsedTime(instant: n, offsetSeconds: 0, usedAssumedZone: false, isDateOnly: false)) }
            if digits == 8, let day = CalendarDay(year: Int(n / 10000), month: Int(n / 100 % 100), day: Int(n % 100)) {
                return dateOnly(day, zone: zone)
            }
            return .invalid("is not a time (a number that is neither epoch seconds nor milliseconds)")
        }
        var year = 0, month = 0, day = 0
        guard let a = s.number(maxDigits: 4) else { return .invalid("is not a time") }
        let aDigits = s.lastDigits
        guard let sep = s.take(oneOf: [45, 47, 46]) else { return .invalid("is not a time") }
        guard let bNum = s.number(maxDigits: 2), s.take(sep) != nil, let c = s.number(maxDigits: 4) else {
            return .invalid("is not a date layout this importer knows")
        }
        if aDigits == 4 {
            year = Int(a); month = Int(bNum); day = Int(c)
        } else {
            guard s.lastDigits == 4 else { return .invalid("has a two-digit year; write the year in full") }
            year = Int(c)
            let first = Int(a), second = Int(bNum)
            if first > 12 { day = first; month = second } else if second > 12 { month = first; day = second }
            else if s.hasMeridiem() || dayOrder == .monthFirst { month = first; day = second }
            else { day = first; month = second }
        }
        guard let date = CalendarDay(year: year, month: month, day: day) else {
            return .invalid("is not a real date (\(year)-\(pad(month))-\(pad(day)))")
        }
        if s.atEnd { return dateOnly(date, zone: zone) }
        guard s.take(oneOf: [84, 116, 32]) != nil else { return .invalid("is not a time") }
        while s.take(32) != nil {}
        guard var hour = s.number(maxDigits: 2), s.take(58) != nil, let minute = s.number(maxDigits: 2) else {
            return .invalid("has no readable time of day")
        }
        var second: Int64 = 0
        if s.take(58) != nil {
            guard let sec = s.number(maxDigits: 2) else { return .invalid("has no readable seconds") }
            second = sec
            if s.take(oneOf: [46, 44]) != nil { _ = s.number(maxDigits: 9) }
        }
        while s.take(32) != nil {}
        if let meridiem = s.meridiem() {
            guard hour >= 1, hour <= 12 else { return .invalid("has hour \(hour) with AM/PM") }
            if meridiem == .am, hour == 12 { hour = 0 } else if meridiem == .pm, hour != 12 { hour += 12 }
            while s.take(32) != nil {}
        }
        guard hour <= 23 || (hour == 24 && minute == 0 && second == 0), minute <= 59, second <= 60 else {
            return .invalid("is not a real time of day (\(pad(Int(hour))):\(pad(Int(minute))))")
        }
        let local = date.startUTC + hour * 3600 + minute * 60 + min(second, 59)
        if s.atEnd {
            return .time(ParsedTime(instant: zone.instant(forLocal: local), offsetSeconds: nil, usedAssumedZone: true,
                                    isDateOnly: false))
        }
        // Offset: Z, ±HH, ±HHMM, ±HH:MM, optionally after UTC/GMT.
        if s.take(90) != nil || s.take(122) != nil {
            guard s.atEnd else { return .invalid("has text after the time") }
            return .time(ParsedTime(instant: local, offsetSeconds: 0, usedAssumedZone: false, isDateOnly: false))
        }
        _ = s.takeWord("UTC") || s.takeWord("GMT")
        if s.atEnd { return .time(ParsedTime(instant: local, offsetSeconds: 0, usedAssumedZone: false, isDateOnly: false)) }
        guard let signByte = s.take(oneOf: [43, 45]) else { return .invalid("has text after the time") }
        guard let oh = s.number(maxDigits: 2) else { return .invalid("has an unreadable offset") }
        var om: Int64 = 0
        if s.lastDigits == 1 || !s.atEnd {
            _ = s.take(58)
            if !s.atEnd {
                guard let m = s.number(maxDigits: 2) else { return .invalid("has an unreadable offset") }
                om = m
            }
        }
        guard s.atEnd, oh <= 18, om <= 59 else { return .invalid("has an unreadable offset") }
        let offset = Int((oh * 3600 + om * 60) * (signByte == 45 ? -1 : 1))
        return .time(ParsedTime(instant: local - EpochSeconds(offset), offsetSeconds: offset, usedAssumedZone: false,
                                isDateOnly: false))
    }

    /// Parses a Swift string the same way.
    static func parse(_ text: String, zone: ZoneResolver, dayOrder: DayOrder = .dayFirst) -> Outcome {
        var t = text
        return t.withUTF8 { parse($0, zone: zone, dayOrder: dayOrder) }
    }

    /// A date without a time is the start of that day in the zone.
    private static func dateOnly(_ day: CalendarDay, zone: ZoneResolver) -> Outcome {
        .time(ParsedTime(instant: zone.instant(forLocal: day.startUTC), offsetSeconds: nil, usedAssumedZone: true,
                         isDateOnly: true))
    }

    /// Reads a calendar day (`YYYY-MM-DD`, `DD/MM/YYYY`, or a date-time of which the date is kept).
    static func day(_ text: String, dayOrder: DayOrder = .dayFirst) -> CalendarDay?? {
        switch parse(text, zone: ZoneResolver(zone: .utc, origin: "UTC"), dayOrder: dayOrder) {
        case .missing: return .some(nil)
        case .invalid: return nil
        case .time(let t):
            let local = t.instant + EpochSeconds(t.offsetSeconds ?? 0)
            return .some(CalendarDay(utc: local))
        }
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private enum Meridiem { case am, pm }

    private struct Scanner {
        let b: UnsafeBufferPointer<UInt8>
        var i: Int
        let end: Int
        var lastDigits = 0

        var atEnd: Bool { i >= end }

        func allDigits() -> Bool { (i..<end).allSatisfy { b[$0] >= 48 && b[$0] <= 57 } }

        mutating func number(maxDigits: Int) -> Int64? {
            var v: Int64 = 0
            let s = i
            while i < end, i - s < maxDigits, b[i] >= 48, b[i] <= 57 {
                v = v * 10 + Int64(b[i] - 48)
                i += 1
            }
            lastDigits = i - s
            return lastDigits > 0 ? v : nil
        }

        mutating func take(_ c: UInt8) -> UInt8? {
            guard i < end, b[i] == c else { return nil }
            i += 1
            return c
        }

        mutating func take(oneOf cs: [UInt8]) -> UInt8? {
            guard i < end, cs.contains(b[i]) else { return nil }
            i += 1
            return b[i - 1]
        }

        mutating func takeWord(_ w: StaticString) -> Bool {
            let n = w.utf8CodeUnitCount
            guard end - i >= n else { return false }
            let p = w.utf8Start
            for k in 0..<n where b[i + k] | 0x20 != p[k] | 0x20 { return false }
            i += n
            return true
        }

        func hasMeridiem() -> Bool {
            var k = end - 1
            while k > i, b[k] == 32 { k -= 1 }
            guard k >= 1, b[k] | 0x20 == 109 else { return false }  // m
            let c = b[k - 1] | 0x20
            return c == 97 || c == 112
        }

        mutating func meridiem() -> Meridiem? {
            if takeWord("AM") || takeWord("A.M.") { return .am }
            if takeWord("PM") || takeWord("P.M.") { return .pm }
            return nil
        }
    }
}
