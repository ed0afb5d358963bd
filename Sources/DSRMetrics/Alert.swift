import DSRModel

/// A daily-watch line: a sub-score fell, or a health metric crossed its target, with the likeliest causes.
public struct Alert: Hashable, Sendable {
    /// What raised the alert.
    public enum Kind: Hashable, Sendable {
        /// A sub-score fell by at least the drop setting from one day to the next.
        case scoreDrop(ScoreKind)
        /// A health metric went from meeting its target to missing it.
        case metricCrossed(MetricKey)
    }

    /// The day it happened.
    public var date: CalendarDay
    /// What raised it.
    public var kind: Kind
    /// The value before (the previous day's score, or the metric's value a day earlier).
    public var from: Double?
    /// The value after.
    public var to: Double?
    /// One line saying what happened (`service −0.06 (4.55 → 4.49)`).
    public var what: String
    /// The likeliest causes, each from its own metric's window (`agent 902213: 23 replies after 12 h in 30 d`).
    public var causes: [String]

    /// An alert.
    public init(date: CalendarDay, kind: Kind, from: Double?, to: Double?, what: String, causes: [String]) {
        self.date = date
        self.kind = kind
        self.from = from
        self.to = to
        self.what = what
        self.causes = causes
    }

    /// `score_drop` or `metric_crossed`, for JSON.
    public var kindName: String {
        switch kind {
        case .scoreDrop: return "score_drop"
        case .metricCrossed: return "metric_crossed"
        }
    }

    /// The part of the score the alert is about (which also chose its causes).
    public var scoreKind: ScoreKind {
        switch kind {
        case .scoreDrop(let k): return k
        case .metricCrossed(let m): return m.scoreKind
        }
    }
}
