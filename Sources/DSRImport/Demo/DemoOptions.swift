import DSRModel

/// What the demo generator writes: a seed, the instant the data ends at, how many days, how much volume.
public struct DemoOptions: Sendable, Equatable {
    /// The fixed default seed: the same seed and `now` always write the same store.
    public static let defaultSeed: UInt64 = 20_261_204

    /// Seed of the deterministic random generator.
    public var seed: UInt64
    /// The instant the generated history runs up to ("now" of the demo).
    public var now: EpochSeconds
    /// Days of history before `now`.
    public var days: Int
    /// Volume multiplier (orders, parcels, tickets, reviews); 1 ≈ 20,000 orders.
    public var scale: Double

    /// Options; `now` is floored to the minute so a summary reads cleanly.
    public init(seed: UInt64 = DemoOptions.defaultSeed, now: EpochSeconds, days: Int = 120, scale: Double = 1) {
        self.seed = seed
        self.now = now - ((now % 60) + 60) % 60
        self.days = max(14, days)
        self.scale = max(0.001, scale)
    }
}

/// What the generator wrote, for the `demo` command's summary and for tests.
public struct DemoSummary: Sendable {
    /// The options used.
    public var options: DemoOptions
    /// Rows per table after generation.
    public var tables: [DemoTableCount]
    /// One line per planted story, with the figures that show it in the data.
    public var stories: [String]
    /// Mean transit days per channel (shop name + channel → days, n).
    public var transitDays: [DemoTransit]
}

/// Rows in one table.
public struct DemoTableCount: Sendable, Equatable {
    /// The table.
    public var table: String
    /// Its rows.
    public var rows: Int
}

/// Mean transit of one shop's channel, from pickup to delivery, over delivered parcels.
public struct DemoTransit: Sendable, Equatable {
    /// The shop's name.
    public var shop: String
    /// The channel.
    public var channel: String
    /// Mean days.
    public var meanDays: Double
    /// Parcels counted.
    public var parcels: Int
}
