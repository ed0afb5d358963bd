/// The axis along which `Layout` splits a rectangle.
public enum Direction: Hashable, Sendable {
    /// Side by side, left to right.
    case horizontal
    /// Stacked, top to bottom.
    case vertical
}
