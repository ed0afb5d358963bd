/// A rectangle of terminal cells; sizes are never negative and edges saturate instead of overflowing.
public struct Rect: Hashable, Sendable {
    /// Column of the left edge.
    public var x: Int
    /// Row of the top edge.
    public var y: Int
    /// Number of columns (never negative).
    public var width: Int { didSet { width = max(0, width) } }
    /// Number of rows (never negative).
    public var height: Int { didSet { height = max(0, height) } }

    /// Creates a rectangle; negative sizes clamp to 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The empty rectangle at the origin.
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    /// The column just right of the rectangle.
    public var right: Int { Saturating.add(x, width) }
    /// The row just below the rectangle.
    public var bottom: Int { Saturating.add(y, height) }
    /// Whether the rectangle holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }
    /// Number of cells, clamped to `Int.max`.
    public var area: Int { Saturating.scale(width, by: height, over: 1) }

    /// The rectangle shrunk by `amount` on every side (grown when negative).
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// The rectangle shrunk by the given amount on each side; sizes clamp to 0.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(
            x: Saturating.add(x, left),
            y: Saturating.add(y, top),
            width: Saturating.subtract(width, Saturating.add(left, right)),
            height: Saturating.subtract(height, Saturating.add(top, bottom))
        )
    }

    /// The cells both rectangles cover; empty (at the nearer corner) when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        return Rect(
            x: left,
            y: top,
            width: Saturating.subtract(min(right, other.right), left),
            height: Saturating.subtract(min(bottom, other.bottom), top)
        )
    }

    /// Row `index` (0 = top) as a one-row rectangle, or an empty one when the row is outside.
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// Whether the cell at column `x`, row `y` lies inside.
    public func contains(x column: Int, y line: Int) -> Bool {
        column >= x && column < right && line >= y && line < bottom
    }
}
