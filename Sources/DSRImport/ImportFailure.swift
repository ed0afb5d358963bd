/// Why a whole file could not be imported (nothing of it was written), with where, when known.
public struct ImportFailure: Error, Equatable, CustomStringConvertible {
    /// The file as given.
    public var path: String
    /// The 1-based line, when the problem is on one.
    public var line: Int?
    /// What is wrong, in words the user can act on.
    public var reason: String

    /// A whole-file failure.
    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// `path:line: error: reason`, like a compiler.
    public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): error: \(reason)" }
}

/// A problem with one row or record: the row is rejected and kept, the rest of the file goes in.
struct RowProblem: Error {
    /// What is wrong with the row.
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
