import DSRModel

/// One day of a shop's ads, summed over its campaigns (metrics.md, Ad conversion against the score).
public struct AdDayPoint: Hashable, Sendable {
    /// The report day.
    public var date: CalendarDay
    /// Spend, summed over the campaigns that report it; nil when none does.
    public var spend: Double?
    /// Impressions, summed over the campaigns that report them.
    public var impressions: Int?
    /// Clicks, summed over the campaigns that report them.
    public var clicks: Int?
    /// Conversions, summed over the campaigns that report them.
    public var conversions: Int?
    /// conversions / clicks over the campaigns reporting both; nil on a day without clicks.
    public var cvr: Double?
    /// spend / impressions × 1000 over the campaigns reporting both.
    public var cpm: Double?
    /// spend / conversions over the campaigns reporting both.
    public var cpa: Double?

    /// A day.
    public init(date: CalendarDay, spend: Double?, impressions: Int?, clicks: Int?, conversions: Int?, cvr: Double?,
                cpm: Double?, cpa: Double?) {
        self.date = date
        self.spend = spend
        self.impressions = impressions
        self.clicks = clicks
        self.conversions = conversions
        self.cvr = cvr
        self.cpm = cpm
        self.cpa = cpa
    }
}
