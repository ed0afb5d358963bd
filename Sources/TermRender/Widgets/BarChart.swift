/// Horizontal bars, one per row: a label column, then a bar of `▇` with an eighth-block tip scaled to
/// the largest value, then the value text.
public struct BarChart: Widget {
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// Base style, fill and default bar style.
    public var style: Style
    /// Style of labels; nil for `style`.
    public var labelStyle: Style?
    /// Style of value texts; nil for `style`.
    public var valueStyle: Style?
    /// Value of a full-length bar; nil for the largest value.
    public var maxValue: Double?

    /// Left-aligned eighth blocks for the tip of a bar, one to seven eighths.
    static let tips: [String] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// Creates a bar chart.
    public init(bars: [Bar], style: Style = .plain, labelStyle: Style? = nil, valueStyle: Style? = nil, maxValue: Double? = nil) {
        self.bars = bars
        self.style = style
        self.labelStyle = labelStyle
        self.valueStyle = valueStyle
        self.maxValue = maxValue
    }

    /// Draws as many bars as there are rows.
    public func render(in area: Rect, buffer: inout Buffer) {
        buffer.fill(area, style: style)
        guard !area.isEmpty else { return }
        let labelWidth = min(bars.map { TextWidth.of(TextSanitizer.clean($0.label)) }.max() ?? 0, area.width / 3)
        let valueWidth = bars.compactMap { $0.valueText.map { TextWidth.of(TextSanitizer.clean($0)) } }.max() ?? 0
        let barStart = area.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        let barRoom = max(0, area.right - barStart - (valueWidth > 0 ? valueWidth + 1 : 0))
        let scale = maxValue ?? bars.map(\.value).filter(\.isFinite).max() ?? 0
        for (row, bar) in bars.prefix(area.height).enumerated() {
            let y = area.y + row
            buffer.write(TextWidth.truncate(TextSanitizer.clean(bar.label), to: labelWidth), x: area.x, y: y,
                         maxWidth: labelWidth, style: labelStyle ?? style)
            var eighths = 0
            if scale > 0, bar.value.isFinite, bar.value > 0 {
                eighths = Int((min(bar.value / scale, 1) * Double(barRoom * 8)).rounded())
            }
            let barStyle = bar.style ?? style
            buffer.fill(Rect(x: barStart, y: y, width: eighths / 8, height: 1), style: barStyle, symbol: "▇")
            var end = barStart + eighths / 8
            if eighths % 8 > 0 {
                buffer.write(BarChart.tips[eighths % 8 - 1], x: end, y: y, style: barStyle)
                end += 1
            }
            if let text = bar.valueText {
                buffer.write(text, x: end + 1, y: y, maxWidth: area.right - end - 1, style: valueStyle ?? style)
            }
        }
    }
}
