/// The seven computed health metrics of metrics.md, in the order the board and the report list them.
public enum MetricKey: String, CaseIterable, Sendable, Codable {
    /// Late dispatch rate (LDR), 30 days by dispatch deadline.
    case lateDispatchRate = "late_dispatch_rate"
    /// On-time delivery rate, 30 days by delivery deadline.
    case onTimeDeliveryRate = "on_time_delivery_rate"
    /// Seller-fault cancellation rate, 30 days by order creation.
    case sellerFaultCancellationRate = "seller_fault_cancellation_rate"
    /// Negative review rate, 60 days.
    case negativeReviewRate = "negative_review_rate"
    /// Seller-fault return/refund rate, 60 days by delivery.
    case sellerFaultReturnRate = "seller_fault_return_rate"
    /// 12-hour first-response rate, 30 days by ticket creation.
    case response12hRate = "response_12h_rate"
    /// Mean first response in hours, 30 days by ticket creation.
    case avgFirstResponseHours = "avg_first_response_hours"

    /// The board's wording for the metric ("Late dispatch rate").
    public var title: String {
        switch self {
        case .lateDispatchRate: return "Late dispatch rate"
        case .onTimeDeliveryRate: return "On-time delivery"
        case .sellerFaultCancellationRate: return "Seller-fault cancellations"
        case .negativeReviewRate: return "Negative reviews"
        case .sellerFaultReturnRate: return "Seller-fault returns"
        case .response12hRate: return "12 h first response"
        case .avgFirstResponseHours: return "Mean first response"
        }
    }

    /// The rolling window the metric is measured over, in days (metrics.md; part of each metric's definition).
    public var windowDays: Int {
        switch self {
        case .negativeReviewRate, .sellerFaultReturnRate: return 60
        default: return 30
        }
    }

    /// Whether the value is a fraction in [0, 1] (shown as a percentage) rather than hours.
    public var isRate: Bool { self != .avgFirstResponseHours }

    /// The part of the official score the metric feeds, which also picks the causes an alert names.
    public var scoreKind: ScoreKind {
        switch self {
        case .negativeReviewRate, .sellerFaultReturnRate: return .product
        case .lateDispatchRate, .onTimeDeliveryRate, .sellerFaultCancellationRate: return .logistics
        case .response12hRate, .avgFirstResponseHours: return .service
        }
    }

    /// The default target of metrics.md.
    public var defaultTarget: MetricTarget {
        switch self {
        case .lateDispatchRate: return MetricTarget(.below, 0.04)
        case .onTimeDeliveryRate: return MetricTarget(.above, 0.95)
        case .sellerFaultCancellationRate: return MetricTarget(.below, 0.015)
        case .negativeReviewRate: return MetricTarget(.below, 0.012)
        case .sellerFaultReturnRate: return MetricTarget(.below, 0.01)
        case .response12hRate: return MetricTarget(.above, 0.85)
        case .avgFirstResponseHours: return MetricTarget(.below, 12)
        }
    }
}
