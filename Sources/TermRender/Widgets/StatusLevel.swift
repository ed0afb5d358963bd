/// How serious a status or flash message is.
public enum StatusLevel: String, CaseIterable, Hashable, Sendable {
    /// Neutral information.
    case info
    /// Something finished well.
    case success
    /// Something needs attention.
    case warning
    /// Something failed.
    case error

    /// The marker drawn before the message.
    public var symbol: String {
        switch self {
        case .info: "•"
        case .success: "✓"
        case .warning: "⚠"
        case .error: "✗"
        }
    }
}
