/// One line of styled text: spans in order, and where the line sits in a wider space.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The styled runs, left to right.
    public var spans: [Span]
    /// Placement when the line is narrower than its space.
    public var alignment: Alignment

    /// A line of one span.
    public init(_ text: String, style: Style? = nil) {
        self.spans = [Span(text, style: style)]
        self.alignment = .left
    }

    /// A line of several spans.
    public init(spans: [Span], alignment: Alignment = .left) {
        self.spans = spans
        self.alignment = alignment
    }

    /// A line from a string literal, inheriting the base style.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The empty line.
    public static let empty = Line(spans: [])

    /// Columns the line takes once written.
    public var width: Int { spans.reduce(0) { $0 + $1.width } }

    /// The line's text without styles.
    public var plainText: String { spans.map(\.text).joined() }

    /// A copy with another alignment.
    public func aligned(_ alignment: Alignment) -> Line {
        var copy = self
        copy.alignment = alignment
        return copy
    }

    /// The line cut to `width` columns, ending in `ellipsis` (in the last kept span's style) when
    /// something was cut; spans keep their styles and no wide glyph is halved.
    public func truncated(to width: Int, ellipsis: String = "…") -> Line {
        guard self.width > width else { return self }
        let ellipsisWidth = TextWidth.of(ellipsis)
        let mark = ellipsisWidth <= width ? ellipsis : ""
        var budget = max(0, width - (mark.isEmpty ? 0 : ellipsisWidth))
        var kept: [Span] = []
        for span in spans {
            let clean = TextSanitizer.clean(span.text)
            let spanWidth = TextWidth.of(clean)
            if spanWidth <= budget {
                kept.append(Span(clean, style: span.style))
                budget -= spanWidth
                continue
            }
            kept.append(Span(TextWidth.truncate(clean, to: budget, ellipsis: ""), style: span.style))
            break
        }
        if !mark.isEmpty { kept.append(Span(mark, style: kept.last?.style)) }
        return Line(spans: kept, alignment: alignment)
    }
}
