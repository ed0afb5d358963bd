/// Colours and attributes of a cell.
public struct Style: Hashable, Sendable {
    /// Text colour.
    public var foreground: Color
    /// Cell background colour.
    public var background: Color
    /// Bold, dim, italic, underline, reverse.
    public var attributes: TextAttributes

    /// Creates a style; everything defaults to the terminal's own look.
    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default colours, no attributes.
    public static let plain = Style()

    /// A copy with bold added.
    public func bold() -> Style { adding(.bold) }

    /// A copy with reverse video added.
    public func reversed() -> Style { adding(.reverse) }

    /// A copy with the given attributes added.
    public func adding(_ extra: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }

    /// A copy with another text colour.
    public func with(foreground color: Color) -> Style {
        var copy = self
        copy.foreground = color
        return copy
    }

    /// A copy with another background colour.
    public func with(background color: Color) -> Style {
        var copy = self
        copy.background = color
        return copy
    }

    /// This style overlaid by `other`: its non-default colours win and its attributes are added.
    public func patched(with other: Style) -> Style {
        Style(
            foreground: other.foreground == .default ? foreground : other.foreground,
            background: other.background == .default ? background : other.background,
            attributes: attributes.union(other.attributes)
        )
    }
}
