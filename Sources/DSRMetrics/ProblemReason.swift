/// Why an order is a problem order (metrics.md, Problems), in the fixed order reasons are listed.
public enum ProblemReason: String, CaseIterable, Sendable, Codable {
    case lateDispatch = "late_dispatch"
    case lateDelivery = "late_delivery"
    case staleTracking = "stale_tracking"
    case deliveryException = "delivery_exception"
    case ticketOverdue = "ticket_overdue"
    case negativeReview = "negative_review"
    case refund = "refund"

    /// The board's wording ("late delivery").
    public var title: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    /// Whether the reason puts the order's parcels on the late-parcels list.
    public var makesParcelsLate: Bool {
        self == .lateDelivery || self == .staleTracking || self == .deliveryException
    }
}
