/// Why a snapshot request cannot be met.
public enum SnapshotError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A format name that is not one of `txt`, `ansi`, `html`, `svg` (or `all`).
    case unknownFormat(String)

    /// A one-line message for the user.
    public var description: String {
        switch self {
        case .unknownFormat(let name):
            let known = SnapshotFormat.allCases.map(\.rawValue).joined(separator: ", ")
            return name.isEmpty ? "no snapshot format given (choose from \(known), all)"
                : "unknown snapshot format `\(name)` (choose from \(known), all)"
        }
    }
}
