import DSRModel

/// One parcel of an order with its whole timeline.
public struct ParcelStory: Hashable, Sendable {
    /// The parcel as stored (carrier, channel, source status, promised and estimated dates…).
    public var parcel: Parcel
    /// Its status as of the instant.
    public var status: ParcelStatus?
    /// When that status was recorded.
    public var statusAt: EpochSeconds?
    /// Every tracking event known as of the instant, newest first.
    public var events: [TrackingEvent]

    /// A parcel's story.
    public init(parcel: Parcel, status: ParcelStatus?, statusAt: EpochSeconds?, events: [TrackingEvent]) {
        self.parcel = parcel
        self.status = status
        self.statusAt = statusAt
        self.events = events
    }
}
