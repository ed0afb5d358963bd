/// An amount in the currency's minor units (cents), exact: totals are never floating point.
public struct Money: Hashable, Sendable {
    /// The amount in minor units, e.g. 2766 for 27.66 USD.
    public var minorUnits: Int64
    /// ISO 4217 code, e.g. `USD`; nil when the source did not say.
    public var currency: String?

    /// An amount in minor units.
    public init(minorUnits: Int64, currency: String?) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Decimal places of a currency's minor unit (ISO 4217), 2 when unknown.
    public static func minorDigits(of currency: String?) -> Int {
        switch currency?.uppercased() {
        case "JPY", "KRW", "VND", "IDR", "CLP", "ISK", "HUF", "TWD", "UGX", "XAF", "XOF", "PYG": return 0
        case "BHD", "KWD", "OMR", "JOD", "TND": return 3
        default: return 2
        }
    }

    /// Parses a plain decimal string (`"25.98"`, `"-3"`, `"1234.5"`) exactly into minor units; nil when it is
    /// not a plain decimal or has more decimals than the currency allows (an amount is never rounded).
    public init?(decimal text: String, currency: String?) {
        let digitsAllowed = Money.minorDigits(of: currency)
        var t = Substring(text)
        var negative = false
        if t.first == "-" { negative = true; t = t.dropFirst() } else if t.first == "+" { t = t.dropFirst() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard !t.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              !(parts[0].isEmpty && (parts.count == 1 || parts[1].isEmpty)) else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        while fraction.count > digitsAllowed, fraction.hasSuffix("0") { fraction.removeLast() }
        guard fraction.count <= digitsAllowed else { return nil }
        fraction += String(repeating: "0", count: digitsAllowed - fraction.count)
        guard let whole = Int64(parts[0].isEmpty ? "0" : String(parts[0])), let frac = Int64(fraction.isEmpty ? "0" : fraction)
        else { return nil }
        var scale: Int64 = 1
        for _ in 0..<digitsAllowed { scale *= 10 }
        let (m, o1) = whole.multipliedReportingOverflow(by: scale)
        let (v, o2) = m.addingReportingOverflow(frac)
        guard !o1, !o2 else { return nil }
        self.init(minorUnits: negative ? -v : v, currency: currency)
    }

    /// The amount as a decimal string in major units, e.g. `27.66`.
    public var decimalString: String {
        let digits = Money.minorDigits(of: currency)
        guard digits > 0 else { return String(minorUnits) }
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let a = minorUnits.magnitude
        let whole = a / UInt64(scale), frac = a % UInt64(scale)
        var f = String(frac)
        f = String(repeating: "0", count: digits - f.count) + f
        return (minorUnits < 0 ? "-" : "") + "\(whole).\(f)"
    }

    /// The amount in major units as a Double, for ratios and charts only.
    public var majorUnits: Double {
        var scale = 1.0
        for _ in 0..<Money.minorDigits(of: currency) { scale *= 10 }
        return Double(minorUnits) / scale
    }
}
