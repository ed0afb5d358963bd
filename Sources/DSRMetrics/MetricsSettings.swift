import DSRModel
import Foundation

/// Every default of metrics.md as a setting, read from the config file (docs/metrics-notes.md lists each key).
public struct MetricsSettings: Hashable, Sendable {
    /// Hours after payment by which an order without `rts_sla_time` must ship (metrics.md: 48).
    public var dispatchSLAHours: Double = 48
    /// Days without a tracking event after which a shipped, undelivered order is `stale_tracking`.
    public var staleTrackingDays: Double = 5
    /// Hours within which a ticket's first agent reply counts as on time (the "12 h" of metrics.md).
    public var ticketReplyHours: Double = 12
    /// Below this the score is red (4.5).
    public var redBelow: Double = 4.5
    /// From this the score is green (4.7); in between it is amber.
    public var greenFrom: Double = 4.7
    /// A sub-score falling by at least this from one day to the next raises an alert (0.05).
    public var subScoreDrop: Double = 0.05
    /// The target of each metric; the comparison is fixed by the metric, the bound is a setting.
    public var targets: [MetricKey: MetricTarget] = Dictionary(
        uniqueKeysWithValues: MetricKey.allCases.map { ($0, $0.defaultTarget) })
    /// Promised transit days per logistics channel (no default: a channel without one gives no deadline).
    public var promisedTransitDays: [String: Double] = [:]
    /// Return reasons that are the buyer's fault; any other reason counts against the seller.
    public var buyerReturnReasons: [String] = MetricsSettings.defaultBuyerReturnReasons
    /// Fewer paired days than this is "not enough data" for a correlation (14).
    public var minPairedDays: Int = 14
    /// The largest lag, in days, between the score and CVR that is tried (7).
    public var maxLagDays: Int = 7
    /// How many days back the daily watch looks for drops and crossings (7).
    public var watchDays: Int = 7
    /// The file the settings came from; nil when every default applies.
    public var sourcePath: String?

    /// The reasons metrics.md names as the buyer's fault.
    public static let defaultBuyerReturnReasons = ["No longer needed", "Changed my mind", "Ordered by mistake", "不想要了", "拍错了"]

    /// Every default.
    public init() {}

    /// The target of a metric.
    public func target(_ key: MetricKey) -> MetricTarget { targets[key] ?? key.defaultTarget }

    /// The band of a score.
    public func band(for score: Double) -> ScoreBand { ScoreBand(score: score, redBelow: redBelow, greenFrom: greenFrom) }

    /// The promised transit days of a channel: its exact name first, then the name ignoring case and spaces
    /// at either end (channel names are typed by hand in the config file).
    public func transitDays(channel: String?) -> Double? {
        guard let channel else { return nil }
        if let days = promisedTransitDays[channel] { return days }
        let wanted = MetricsSettings.normalized(channel)
        return promisedTransitDays.first { MetricsSettings.normalized($0.key) == wanted }?.value
    }

    /// Whether a return reason is the buyer's fault (compared ignoring case and surrounding spaces).
    public func isBuyerFault(returnReason reason: String?) -> Bool {
        guard let reason else { return false }
        let wanted = MetricsSettings.normalized(reason)
        return buyerReturnReasons.contains { MetricsSettings.normalized($0) == wanted }
    }

    static func normalized(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces).lowercased() }

    /// `$XDG_CONFIG_HOME/dsrboard/config.toml`, else `~/.config/dsrboard/config.toml`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let x = environment["XDG_CONFIG_HOME"], !x.isEmpty { return x + "/dsrboard/config.toml" }
        return (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.config/dsrboard/config.toml"
    }

    /// The settings of `--config PATH` (which must exist), else of the default file when it exists, else the
    /// defaults. A bad key or value throws a `ConfigError` naming the file and line.
    public static func load(path: String?, environment: [String: String]) throws -> MetricsSettings {
        if let path { return try MetricsSettings(config: ConfigFile.load(path: path)) }
        let fallback = defaultPath(environment: environment)
        guard FileManager.default.fileExists(atPath: fallback) else { return MetricsSettings() }
        return try MetricsSettings(config: ConfigFile.load(path: fallback))
    }

    /// The settings of a parsed config file: defaults overridden by its entries. `[forwarder_status]` belongs
    /// to the importers and is left to them.
    public init(config: ConfigFile) throws {
        self.init()
        sourcePath = config.path
        var greenEntry: ConfigFile.Entry?
        for entry in config.entries {
            var reader = SettingReader(config: config, entry: entry)
            switch entry.section {
            case "":
                try readTopLevel(&reader)
            case "thresholds":
                switch entry.key {
                case "red_below": redBelow = try reader.number(in: 0...5)
                case "green_from": greenFrom = try reader.number(in: 0...5); greenEntry = entry
                case "sub_score_drop": subScoreDrop = try reader.positive()
                default: throw reader.unknownKey(known: ["red_below", "green_from", "sub_score_drop"])
                }
            case "targets":
                guard let key = MetricKey(rawValue: entry.key) else {
                    throw reader.unknownKey(known: MetricKey.allCases.map(\.rawValue))
                }
                let bound = key.isRate ? try reader.number(in: 0...1) : try reader.positive()
                targets[key] = MetricTarget(key.defaultTarget.comparison, bound)
            case "promised_transit_days":
                promisedTransitDays[entry.key] = try reader.positive()
            default:
                continue
            }
        }
        if redBelow > greenFrom {
            let at = greenEntry ?? config.entries.first { $0.section == "thresholds" && $0.key == "red_below" }
            if let at { throw config.error(at, "red_below (\(redBelow)) must not be above green_from (\(greenFrom))") }
        }
    }

    private mutating func readTopLevel(_ reader: inout SettingReader) throws {
        switch reader.entry.key {
        case "dispatch_sla_hours": dispatchSLAHours = try reader.positive()
        case "stale_tracking_days": staleTrackingDays = try reader.positive()
        case "ticket_reply_hours": ticketReplyHours = try reader.positive()
        case "buyer_return_reasons": buyerReturnReasons = try reader.strings()
        // A correlation's 95% interval needs n > 3 (Fisher z divides by sqrt(n - 3)).
        case "min_paired_days": minPairedDays = try reader.integer(in: 4...3650)
        case "max_lag_days": maxLagDays = try reader.integer(in: 0...60)
        case "watch_days": watchDays = try reader.integer(in: 1...90)
        default:
            throw reader.unknownKey(known: ["dispatch_sla_hours", "stale_tracking_days", "ticket_reply_hours",
                                            "buyer_return_reasons", "min_paired_days", "max_lag_days", "watch_days"])
        }
    }
}

/// Reads one config entry as the type a setting wants, with errors naming the file and line.
private struct SettingReader {
    let config: ConfigFile
    let entry: ConfigFile.Entry

    private var place: String { entry.section.isEmpty ? "at the top level" : "in [\(entry.section)]" }

    func unknownKey(known: [String]) -> ConfigError {
        config.error(entry, "unknown key '\(entry.key)' \(place); known keys: \(known.joined(separator: ", "))")
    }

    func number(in range: ClosedRange<Double>) throws -> Double {
        guard case .number(let v) = entry.value else { throw config.error(entry, "'\(entry.key)' must be a number") }
        guard range.contains(v) else {
            throw config.error(entry, "'\(entry.key)' must be between \(format(range.lowerBound)) and "
                               + "\(format(range.upperBound)), not \(format(v))")
        }
        return v
    }

    func positive() throws -> Double {
        guard case .number(let v) = entry.value else { throw config.error(entry, "'\(entry.key)' must be a number") }
        guard v > 0 else { throw config.error(entry, "'\(entry.key)' must be greater than 0, not \(format(v))") }
        return v
    }

    func integer(in range: ClosedRange<Int>) throws -> Int {
        guard case .number(let v) = entry.value, v == v.rounded(), let i = Int(exactly: v) else {
            throw config.error(entry, "'\(entry.key)' must be a whole number")
        }
        guard range.contains(i) else {
            throw config.error(entry, "'\(entry.key)' must be between \(range.lowerBound) and \(range.upperBound), not \(i)")
        }
        return i
    }

    func strings() throws -> [String] {
        guard case .strings(let items) = entry.value else {
            throw config.error(entry, "'\(entry.key)' must be an array of \"strings\"")
        }
        return items
    }

    private func format(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
}
