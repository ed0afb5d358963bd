/// Why an order is a problem order (metrics.md, Problems), in the fixed order reasons are listed.
public enum ProblemReason: String, CaseIterable, Sendable, Codable {
    /// Past its dispatch deadline, not shipped, not cancelled.
    case lateDispatch = "late_dispatch"
    /// Shipped, not delivered, past its delivery deadline.
    case lateDelivery = "late_delivery"
    /// Shipped, not delivered, no tracking activity for more than the stale days.
    case staleTracking = "stale_tracking"
    /// A parcel is in Exception, AttemptFail or Expired.
    case deliveryException = "delivery_exception"
    /// An open ticket without any agent reply is older than 12 h or past its due time.
    case ticketOverdue = "ticket_overdue"
    /// A 1–2 star review in the last 60 days.
    case negativeReview = "negative_review"
    /// A return or refund on an order delivered in the last 60 days.
    case refund = "refund"

    /// The board's wording ("late delivery").
    public var title: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    /// Whether the reason puts the order's parcels on the late-parcels list.
    public var makesParcelsLate: Bool {
        self == .lateDelivery || self == .staleTracking || self == .deliveryException
    }
}
