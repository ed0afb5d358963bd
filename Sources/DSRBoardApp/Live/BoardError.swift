/// What can go wrong opening the board, in words the user can act on.
public enum BoardError: Error, CustomStringConvertible, Equatable {
    /// `--shop` names no shop in the store.
    case unknownShop(String, known: [String])
    /// The terminal is unusable.
    case terminal(String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .unknownShop(let id, let known):
            "no shop '\(id)' in the database" + (known.isEmpty ? " (it has no shops yet)" : "; shops: \(known.joined(separator: ", "))")
        case .terminal(let message): message
        }
    }
}
