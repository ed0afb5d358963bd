import DSRModel

/// An order's effective dispatch or delivery deadline and where it came from (metrics.md, Order facts).
public struct Deadline: Hashable, Sendable {
    /// Where a deadline came from, in the order metrics.md tries them.
    public enum Origin: Hashable, Sendable {
        /// The order source's own deadline: `rts_sla_time` (dispatch) or `delivery_sla_time` (delivery).
        case orderSource
        /// Paid time plus the `dispatch_sla_hours` setting.
        case paidPlusSLA(hours: Double)
        /// A tracking source's promised delivery date (AfterShip `order_promised_delivery_date`, 23:59:59 UTC).
        case promisedDate(trackingNumber: String)
        /// Ship time plus the channel's `promised_transit_days` setting.
        case shippedPlusTransit(channel: String, days: Double)
    }

    /// The instant the deadline falls at.
    public var at: EpochSeconds
    /// Where it came from.
    public var origin: Origin

    /// A deadline.
    public init(at: EpochSeconds, origin: Origin) {
        self.at = at
        self.origin = origin
    }

    /// A short explanation for the order detail ("paid + 48 h", "promised date of LP00412345678CN").
    public var explanation: String {
        switch origin {
        case .orderSource: return "from the order"
        case .paidPlusSLA(let hours): return "paid + \(Deadline.number(hours)) h"
        case .promisedDate(let tracking): return "promised date of \(tracking)"
        case .shippedPlusTransit(let channel, let days): return "shipped + \(Deadline.number(days)) d (\(channel))"
        }
    }

    static func number(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e12 ? String(Int64(v)) : String(v) }
}
