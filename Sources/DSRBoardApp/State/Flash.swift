import TermRender

/// A short message on the bottom line that clears itself (k9s's flash).
public struct Flash: Hashable, Sendable {
    /// The message.
    public var message: String
    /// How it is coloured.
    public var level: StatusLevel
    /// When it stops showing (monotonic seconds).
    public var expiresAt: Double

    /// A message shown until `expiresAt`.
    public init(_ message: String, level: StatusLevel = .info, expiresAt: Double) {
        self.message = message
        self.level = level
        self.expiresAt = expiresAt
    }
}
