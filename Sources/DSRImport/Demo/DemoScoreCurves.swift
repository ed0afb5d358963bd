import Foundation

/// The official-score stories of the demo as smooth curves over "story days" (0–120, scaled to the span):
/// the US logistics score falls to about 4.2 on the postal channel and recovers to about 4.7 on the
/// dedicated line; the UK product score sinks under the bad knife batch; US service dips on the slow agent.
enum DemoScoreCurves {
    static func smoothstep(_ x: Double) -> Double {
        let t = min(max(x, 0), 1)
        return t * t * (3 - 2 * t)
    }

    /// The day (story time) the US shop switches from the postal channel to the US line.
    static let usSwitchDay = 60.0

    static func usLogistics(_ t: Double) -> Double {
        if t < 22 { return 4.63 }
        if t < 62 { return 4.63 - 0.43 * smoothstep((t - 22) / 40) }
        if t < 72 { return 4.20 + 0.015 * sin(t) }
        return 4.20 + 0.50 * smoothstep((t - 72) / 36)
    }

    static func usProduct(_ t: Double) -> Double { 4.61 - 0.04 * smoothstep((t - 40) / 30) + 0.03 * smoothstep((t - 80) / 30) }

    static func usService(_ t: Double, span: Double) -> Double {
        // The slow agent's late replies pull service down by 0.06 on the last day.
        t >= span - 1 ? 4.52 : 4.58
    }

    static func ukProduct(_ t: Double) -> Double { 4.72 - 0.27 * smoothstep((t - 98) / 20) }
    static func ukLogistics(_ t: Double) -> Double { 4.68 + 0.02 * sin(t / 9) }
    static func ukService(_ t: Double) -> Double { 4.76 }

    /// The overall score as the platform might weigh the three pillars.
    static func overall(product: Double, logistics: Double, service: Double) -> Double {
        0.4 * product + 0.35 * logistics + 0.25 * service
    }

    static func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
