/// How much of a split one part asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (shrinks only when nothing else can).
    case length(Int)
    /// At least this many cells; takes a share of the spare room when no `fill` does.
    case min(Int)
    /// Up to this many cells; the first to give way when room is short.
    case max(Int)
    /// This percentage (0–100) of the room.
    case percentage(Int)
    /// This fraction of the room.
    case ratio(Int, Int)
    /// A share of what is left, proportional to the weight.
    case fill(Int)
}
