/// A one-row gauge for a score on a fixed range: a `━` track whose filled part takes the style of the
/// band the value falls in, with threshold marks drawn as `┿`.
public struct ScoreGauge: Widget {
    /// The score; nil draws an empty track.
    public var value: Double?
    /// The scale from the left end to the right end.
    public var range: ClosedRange<Double>
    /// Styles by band, ascending: the first band whose `upTo` is at least the value colours the fill
    /// (the last band when the value is above all of them).
    public var bands: [(upTo: Double, style: Style)]
    /// Threshold positions drawn on the track.
    public var marks: [Double]
    /// Fill style when there are no bands.
    public var style: Style
    /// Style of the unfilled track (muted).
    public var emptyStyle: Style

    /// Creates a gauge.
    public init(
        value: Double?, range: ClosedRange<Double>, bands: [(upTo: Double, style: Style)] = [], marks: [Double] = [],
        style: Style = .plain, emptyStyle: Style = Style(attributes: .dim)
    ) {
        self.value = value
        self.range = range
        self.bands = bands
        self.marks = marks
        self.style = style
        self.emptyStyle = emptyStyle
    }

    /// The style the filled part takes for `value`.
    public func bandStyle(for value: Double) -> Style {
        bands.first { value <= $0.upTo }?.style ?? bands.last?.style ?? style
    }

    /// Draws the track on the first row of `area`.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let width = area.width
        let filled = value.flatMap { fraction(of: $0) }.map { Int(($0 * Double(width)).rounded()) } ?? 0
        let fillStyle = value.map(bandStyle(for:)) ?? style
        buffer.fill(Rect(x: area.x, y: area.y, width: filled, height: 1), style: fillStyle, symbol: "━")
        buffer.fill(Rect(x: area.x + filled, y: area.y, width: width - filled, height: 1), style: emptyStyle, symbol: "━")
        for mark in marks {
            guard let position = fraction(of: mark) else { continue }
            let column = Int((position * Double(width - 1)).rounded())
            buffer.write("┿", x: area.x + column, y: area.y, style: column < filled ? fillStyle : emptyStyle)
        }
    }

    /// Where `score` sits on the range, 0...1; nil when it or the range is not usable.
    private func fraction(of score: Double) -> Double? {
        let span = range.upperBound - range.lowerBound
        guard score.isFinite, span.isFinite, span > 0 else { return nil }
        return min(1, max(0, (score - range.lowerBound) / span))
    }
}
