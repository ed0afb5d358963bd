import DSRModel

/// Ad figures summed over a run of days (the board's "7 d CVR 3.4% ▲0.3").
public struct AdPeriod: Hashable, Sendable {
    /// The first day.
    public var firstDay: CalendarDay
    /// The last day.
    public var lastDay: CalendarDay
    /// Spend over the campaign days that report it; nil when none does.
    public var spend: Double?
    /// conversions / clicks over the campaign days reporting both.
    public var cvr: Double?
    /// spend / impressions × 1000 over the campaign days reporting both.
    public var cpm: Double?
    /// spend / conversions over the campaign days reporting both.
    public var cpa: Double?

    /// A period.
    public init(firstDay: CalendarDay, lastDay: CalendarDay, spend: Double?, cvr: Double?, cpm: Double?, cpa: Double?) {
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.spend = spend
        self.cvr = cvr
        self.cpm = cpm
        self.cpa = cpa
    }
}
