/// Horizontal placement of text inside a wider space.
public enum Alignment: Hashable, Sendable {
    /// Flush left.
    case left
    /// Centred; an odd leftover column goes to the right.
    case center
    /// Flush right.
    case right

    /// Columns to leave before text of width `used` in a space of `available` columns.
    func leadingSpace(used: Int, available: Int) -> Int {
        let spare = max(0, available - used)
        switch self {
        case .left: return 0
        case .center: return spare / 2
        case .right: return spare
        }
    }
}
