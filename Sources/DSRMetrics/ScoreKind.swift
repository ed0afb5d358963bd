import DSRModel

/// The official overall score and its three sub-scores.
public enum ScoreKind: String, CaseIterable, Sendable, Codable {
    /// The overall score.
    case overall
    /// Product satisfaction.
    case product
    /// Fulfilment & logistics.
    case logistics
    /// Customer service.
    case service

    /// The board's wording ("Overall", "Product"…).
    public var title: String {
        switch self {
        case .overall: return "Overall"
        case .product: return "Product"
        case .logistics: return "Logistics"
        case .service: return "Service"
        }
    }

    /// The three sub-scores (the daily watch follows these).
    public static let subScores: [ScoreKind] = [.product, .logistics, .service]

    /// This score's value in a day's rating.
    public func value(in rating: ShopRating) -> Double? {
        switch self {
        case .overall: return rating.overall
        case .product: return rating.product
        case .logistics: return rating.logistics
        case .service: return rating.service
        }
    }
}
