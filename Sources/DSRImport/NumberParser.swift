import DSRModel
import Foundation

/// A number read from a cell: the missing markers (`""`, `-`, `--`, `N/A`), a masked small count (`<5`),
/// or an exact decimal with an optional percent sign and currency.
enum CellNumber: Equatable {
    case missing
    case masked
    case value(ExactDecimal)
}

/// An exact decimal: `mantissa × 10^-scale`, with the percent sign and currency written beside it.
struct ExactDecimal: Equatable {
    var mantissa: Int64
    var scale: Int
    var isPercent = false
    var currency: String?

    /// The value as a Double (a percent stays on its 0–100 scale).
    var double: Double {
        var d = Double(mantissa)
        for _ in 0..<scale { d /= 10 }
        return d
    }

    /// The value as a whole number, or nil when it has a fraction.
    var integer: Int64? {
        var m = mantissa
        for _ in 0..<scale {
            guard m % 10 == 0 else { return nil }
            m /= 10
        }
        return m
    }

    /// The value in a currency's minor units, exactly; nil when it has more decimals than the currency allows.
    func minorUnits(digits: Int) -> Int64? {
        var m = mantissa, s = scale
        while s > digits {
            guard m % 10 == 0 else { return nil }
            m /= 10
            s -= 1
        }
        while s < digits {
            let (r, o) = m.multipliedReportingOverflow(by: 10)
            guard !o else { return nil }
            m = r
            s += 1
        }
        return m
    }
}

/// Reads numbers as spreadsheets and ad exports write them: `1,234.56`, `1.234,56`, `12,5%`, `$12.99`,
/// `RM 12.00`, `₫120.000`, `(3.00)`, `--`, `<5`.
enum NumberParser {
    /// Parses a cell. `moneyDigits` is the minor-unit digits of the currency when the cell is an amount: a single
    /// `.` or `,` followed by exactly three digits is then a thousands separator unless the currency has three
    /// decimals. Nil when the text is not a number.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, moneyDigits: Int? = nil) -> CellNumber? {
        var lo = 0, hi = b.count
        while lo < hi, isSpace(b[lo]) { lo += 1 }
        while hi > lo, isSpace(b[hi - 1]) { hi -= 1 }
        if lo == hi { return .missing }
        let first = b[lo]
        if first == UInt8(ascii: "<") || first == UInt8(ascii: ">") {
            return .masked
        }
        if hi - lo <= 3, (lo..<hi).allSatisfy({ b[$0] == 45 }) { return .missing }  // -, --, ---
        if hi - lo == 3, let w = word(b, lo, hi), w == "n/a" || w == "nan" { return .missing }
        if hi - lo == 4, let w = word(b, lo, hi), w == "null" || w == "none" { return .missing }
        if hi - lo == 3, b[lo] == 0xE2, b[lo + 1] == 0x80, b[lo + 2] == 0x94 { return .missing }  // —

        if let plain = plainDecimal(b, lo, hi, moneyDigits: moneyDigits) { return .value(plain) }
        var negative = false
        var percent = false
        var currencyBytes: [UInt8] = []
        var body: [UInt8] = []
        body.reserveCapacity(hi - lo)
        var sawDigit = false
        var i = lo
        while i < hi {
            let c = b[i]
            if c >= 48, c <= 57 {
                body.append(c)
                sawDigit = true
            } else if c == 46 || c == 44 {
                body.append(c)
            } else if c == 45 || c == 0x28 {  // - or (
                if sawDigit, c == 45 { return nil }
                negative = true
            } else if c == 0x29 || c == 43 || c == 39 || c == 32 || c == 9 {  // ) + ' space tab
            } else if c == 37 {
                percent = true
            } else if c == 0xC2, i + 1 < hi, b[i + 1] == 0xA0 {
                i += 1  // no-break space as a thousands separator
            } else {
                currencyBytes.append(c)
            }
            i += 1
        }
        guard sawDigit else { return nil }
        var currency: String?
        if !currencyBytes.isEmpty {
            guard let code = currencyCode(String(decoding: currencyBytes, as: UTF8.self)) else { return nil }
            currency = code
        }
        guard var value = decimal(body, moneyDigits: currency.map(Money.minorDigits(of:)) ?? moneyDigits) else { return nil }
        if negative { value.mantissa = -value.mantissa }
        value.isPercent = percent
        value.currency = currency
        return .value(value)
    }

    /// The common case without allocating: digits with at most one `.` that is surely a decimal point.
    private static func plainDecimal(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, moneyDigits: Int?) -> ExactDecimal? {
        var mantissa: Int64 = 0
        var scale = 0
        var dot = -1
        for i in lo..<hi {
            let c = b[i]
            if c == 46 {
                guard dot < 0, i > lo else { return nil }
                dot = i
                continue
            }
            guard c >= 48, c <= 57 else { return nil }
            let (m1, o1) = mantissa.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(Int64(c - 48))
            guard !o1, !o2 else { return nil }
            mantissa = m2
            if dot >= 0 { scale += 1 }
        }
        // `1.234` may be a thousands separator in an amount: leave it to the full reader.
        if dot >= 0, scale == 3, let d = moneyDigits, d != 3 { return nil }
        if dot >= 0, scale == 0 { return nil }
        return ExactDecimal(mantissa: mantissa, scale: scale)
    }

    /// Parses a Swift string the same way.
    static func parse(_ text: String, moneyDigits: Int? = nil) -> CellNumber? {
        var t = text
        return t.withUTF8 { parse($0, moneyDigits: moneyDigits) }
    }

    private static func decimal(_ body: [UInt8], moneyDigits: Int?) -> ExactDecimal? {
        let dots = body.filter { $0 == 46 }.count, commas = body.filter { $0 == 44 }.count
        var decimalSeparator: UInt8?
        if dots > 0, commas > 0 {
            decimalSeparator = body.lastIndex(of: 46)! > body.lastIndex(of: 44)! ? 46 : 44
        } else if dots + commas == 1 {
            let sep: UInt8 = dots == 1 ? 46 : 44
            let after = body.count - 1 - body.firstIndex(of: sep)!
            let thousands = after == 3 && body.firstIndex(of: sep)! > 0
                && (sep == 44 ? moneyDigits != 3 : (moneyDigits != nil && moneyDigits != 3))
            decimalSeparator = thousands ? nil : sep
        } else if dots + commas > 1 {
            decimalSeparator = nil  // 1,234,567 or 1.234.567
        }
        var mantissa: Int64 = 0
        var scale = 0
        var inFraction = false
        for c in body {
            if c == 46 || c == 44 {
                if c == decimalSeparator { inFraction = true }
                continue
            }
            let (m1, o1) = mantissa.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(Int64(c - 48))
            guard !o1, !o2 else { return nil }
            mantissa = m2
            if inFraction { scale += 1 }
        }
        return ExactDecimal(mantissa: mantissa, scale: scale)
    }

    /// An ISO 4217 code for a currency symbol or code written in a cell (`$`, `RM`, `₫`, `USD`).
    static func currencyCode(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        switch t {
        case "$", "US$", "USD": return "USD"
        case "£", "GBP": return "GBP"
        case "€", "EUR": return "EUR"
        case "¥", "￥", "RMB", "CNY", "元": return "CNY"
        case "JPY", "円": return "JPY"
        case "₫", "Đ", "VND", "VNĐ", "D": return "VND"
        case "RM", "MYR": return "MYR"
        case "฿", "THB", "บาท": return "THB"
        case "₱", "PHP", "P": return "PHP"
        case "RP", "IDR": return "IDR"
        case "S$", "SGD": return "SGD"
        case "MX$", "MXN": return "MXN"
        default:
            if t.count == 3, t.allSatisfy({ $0.isASCII && $0.isLetter }) { return t }
            return nil
        }
    }

    /// The largest count or quantity taken as real (sums of many of them cannot overflow).
    static let largestCount: Int64 = 1_000_000_000_000

    @inline(__always)
    static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 13 || c == 10 }

    private static func word(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> String? {
        String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self).lowercased()
    }
}
