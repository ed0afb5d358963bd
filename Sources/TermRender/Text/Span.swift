/// A run of text with one style.
public struct Span: Hashable, Sendable {
    /// The text (sanitised when written to a buffer).
    public var text: String
    /// The run's style laid over the line's base style; nil inherits the base unchanged.
    public var style: Style?

    /// Creates a span.
    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }

    /// Columns the span takes once written.
    public var width: Int { TextWidth.of(TextSanitizer.clean(text)) }
}
