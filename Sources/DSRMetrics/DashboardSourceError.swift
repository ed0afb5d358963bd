/// Why the data could not be read, as a sentence for the user (no store type leaks out of DSRMetrics).
public struct DashboardSourceError: Error, Equatable, CustomStringConvertible {
    /// What went wrong and what to do about it.
    public var description: String

    /// An error.
    public init(_ description: String) { self.description = description }
}
