import DSRModel

/// Short durations for summaries: hours below two days (`31 h`), whole days from there (`9 d`).
enum DurationText {
    static func short(_ seconds: EpochSeconds) -> String {
        let hours = Double(seconds) / 3600
        if hours < 48 { return "\(Int(hours.rounded(.down))) h" }
        return "\(Int((hours / 24).rounded(.down))) d"
    }
}
