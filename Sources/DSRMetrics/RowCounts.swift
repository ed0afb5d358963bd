/// How many rows the store holds for a shop (or all shops), as the report's "counts" prints them.
public struct RowCounts: Hashable, Sendable {
    /// Orders.
    public var orders = 0
    /// Parcels (linked to the shop's orders, or naming the shop).
    public var parcels = 0
    /// Tracking events of those parcels.
    public var trackingEvents = 0
    /// Tickets, deleted ones left out.
    public var tickets = 0
    /// Reviews.
    public var reviews = 0
    /// Days of official score.
    public var ratingDays = 0
    /// Days with ad figures (per shop and day).
    public var adDays = 0

    /// Empty counts.
    public init() {}
}
