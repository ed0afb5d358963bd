import DSRModel
import Foundation

/// The daily watch of metrics.md: sub-score drops and target crossings, each with its likeliest causes.
enum DailyWatch {
    /// Alerts of the last `watchDays` days, newest first. `metricsAt` gives the health metrics at an instant.
    static func alerts(ratings: [ShopRating], metricsAt: (EpochSeconds) -> [HealthMetric], causes: RootCauses,
                       settings: MetricsSettings, asOf: EpochSeconds) -> [Alert] {
        var out: [Alert] = []
        let days = ScoreAnalyzer.byDay(ratings, asOf: asOf)
        let end = ScoreAnalyzer.lastKnownDay(asOf: asOf)
        for back in 0..<settings.watchDays {
            let day = end.adding(days: -back)
            guard let today = days[day], let yesterday = days[day.adding(days: -1)] else { continue }
            for kind in ScoreKind.subScores {
                guard let before = kind.value(in: yesterday), let after = kind.value(in: today) else { continue }
                // Scores are written with two decimals; 4.55 − 4.50 is 0.0499999… in binary, so allow for rounding.
                guard before - after >= settings.subScoreDrop - 1e-9 else { continue }
                let what = "\(kind.rawValue) −\(fixed(before - after, 2)) (\(fixed(before, 2)) → \(fixed(after, 2)))"
                out.append(Alert(date: day, kind: .scoreDrop(kind), from: before, to: after, what: what,
                                 causes: causeLines(for: kind, causes: causes, settings: settings)))
            }
        }
        // A crossing is judged between the same instant on consecutive days, so each comparison spans one day.
        var later = metricsAt(asOf)
        for back in 1...settings.watchDays {
            let instant = asOf - EpochSeconds(back) * UTCTime.day
            let earlier = metricsAt(instant)
            let day = CalendarDay(utc: instant + UTCTime.day - 1)
            for (before, after) in zip(earlier, later) where before.isMet == true && after.isMet == false {
                out.append(Alert(date: day, kind: .metricCrossed(after.key), from: before.value, to: after.value,
                                 what: "\(after.key.title) \(format(after.value!, after.key)) "
                                     + "(target \(after.target.comparison.rawValue) \(format(after.target.value, after.key)))",
                                 causes: causeLines(for: after.key.scoreKind, causes: causes, settings: settings)))
            }
            later = earlier
        }
        return out.sorted { a, b in
            if a.date != b.date { return a.date > b.date }
            return order(a) < order(b)
        }
    }

    private static func order(_ alert: Alert) -> Int {
        switch alert.kind {
        case .scoreDrop(let k): return ScoreKind.allCases.firstIndex(of: k)!
        case .metricCrossed(let m): return 10 + MetricKey.allCases.firstIndex(of: m)!
        }
    }

    /// The likeliest cause for a part of the score: product → the SKU (and batch) with the most 1–2 star
    /// reviews in 60 days; logistics → the channel or carrier with the most current late parcels; service → the
    /// agent with the most tickets first answered after the reply hours in 30 days.
    static func causeLines(for kind: ScoreKind, causes: RootCauses, settings: MetricsSettings) -> [String] {
        switch kind {
        case .product:
            guard let top = causes.negativeReviewsBySKU.first else { return [] }
            return ["\(top.label): \(top.count) review\(top.count == 1 ? "" : "s") ≤ 2★ in 60 d"]
        case .logistics:
            guard let top = causes.lateParcelsByChannel.first else { return [] }
            return ["\(top.name ?? "unknown channel"): \(top.count) late parcel\(top.count == 1 ? "" : "s")"]
        case .service:
            guard let top = causes.lateRepliesByAgent.first else { return [] }
            return ["agent \(top.name ?? "unassigned"): \(top.count) first repl\(top.count == 1 ? "y" : "ies") after "
                    + "\(Deadline.number(settings.ticketReplyHours)) h in 30 d"]
        case .overall:
            return ScoreKind.subScores.flatMap { causeLines(for: $0, causes: causes, settings: settings) }
        }
    }

    static func format(_ value: Double, _ key: MetricKey) -> String {
        key.isRate ? fixed(value * 100, 1) + "%" : fixed(value, 1) + " h"
    }

    static func fixed(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }
}
