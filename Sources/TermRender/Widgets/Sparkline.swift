/// A small bar-per-value trend drawn with `▁▂▃▄▅▆▇█`, newest value at the right.
public struct Sparkline: Widget {
    /// Values oldest first; nil (or not finite) is a gap drawn as a space.
    public var values: [Double?]
    /// Style of the bars and fill.
    public var style: Style
    /// Bottom of the scale; nil for the smallest value shown.
    public var minValue: Double?
    /// Top of the scale; nil for the largest value shown.
    public var maxValue: Double?

    /// Block characters from one eighth to full.
    static let levels: [String] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Creates a sparkline.
    public init(values: [Double?], style: Style = .plain, minValue: Double? = nil, maxValue: Double? = nil) {
        self.values = values
        self.style = style
        self.minValue = minValue
        self.maxValue = maxValue
    }

    /// Draws the last `area.width` values, one column each; taller areas stack eighths upwards. The
    /// lowest value still shows `▁` so a present value never looks like a gap.
    public func render(in area: Rect, buffer: inout Buffer) {
        buffer.fill(area, style: style)
        guard !area.isEmpty else { return }
        let shown = values.suffix(area.width).map { $0.flatMap { $0.isFinite ? $0 : nil } }
        let finite = shown.compactMap { $0 }
        guard let low = minValue ?? finite.min(), let high = maxValue ?? finite.max() else { return }
        let steps = min(area.height, 1 << 20) * 8
        let startX = area.right - shown.count
        for (offset, value) in shown.enumerated() {
            guard let value else { continue }
            let level: Int
            if high > low {
                let fraction = (min(max(value, low), high) - low) / (high - low)
                level = 1 + Int((fraction * Double(steps - 1)).rounded())
            } else {
                level = max(1, steps / 2)
            }
            for row in 0..<area.height {
                let eighths = min(8, level - row * 8)
                guard eighths > 0 else { break }
                buffer.write(Sparkline.levels[eighths - 1], x: startX + offset, y: area.bottom - 1 - row, style: style)
            }
        }
    }
}
