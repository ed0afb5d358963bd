/// A scatter plot in braille dots (2×4 per cell), with a y axis on the left (`┤` at ticks), an x axis
/// below (`└┬───┬`) and tick labels under it.
public struct BrailleScatter: Widget {
    /// The points; those outside the ranges or not finite are skipped.
    public var points: [(x: Double, y: Double)]
    /// Horizontal range; nil fits the points with 5% padding.
    public var xRange: ClosedRange<Double>?
    /// Vertical range; nil fits the points with 5% padding.
    public var yRange: ClosedRange<Double>?
    /// Name of the x axis, at the right end of the axis line.
    public var xLabel: String?
    /// Name of the y axis, on the top row.
    public var yLabel: String?
    /// Text of x tick values.
    public var xTickFormat: @Sendable (Double) -> String
    /// Text of y tick values.
    public var yTickFormat: @Sendable (Double) -> String
    /// Style of axes, ticks and labels.
    public var axisStyle: Style
    /// Style of the dots.
    public var pointStyle: Style

    /// Creates a scatter plot with closure tick formats.
    public init(
        points: [(x: Double, y: Double)], xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
        xLabel: String? = nil, yLabel: String? = nil,
        xTickFormat: @escaping @Sendable (Double) -> String = TickFormat.automatic,
        yTickFormat: @escaping @Sendable (Double) -> String = TickFormat.automatic,
        axisStyle: Style = .plain, pointStyle: Style = .plain
    ) {
        self.points = points
        self.xRange = xRange
        self.yRange = yRange
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xTickFormat = xTickFormat
        self.yTickFormat = yTickFormat
        self.axisStyle = axisStyle
        self.pointStyle = pointStyle
    }

    /// Creates a scatter plot with printf-style tick formats (see `TickFormat.printf`).
    public init(
        points: [(x: Double, y: Double)], xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
        xLabel: String? = nil, yLabel: String? = nil, xTickFormat: String, yTickFormat: String,
        axisStyle: Style = .plain, pointStyle: Style = .plain
    ) {
        self.init(points: points, xRange: xRange, yRange: yRange, xLabel: xLabel, yLabel: yLabel,
                  xTickFormat: TickFormat.printf(xTickFormat), yTickFormat: TickFormat.printf(yTickFormat),
                  axisStyle: axisStyle, pointStyle: pointStyle)
    }

    /// Draws axes, ticks, labels and dots; with too little room for axes, only the dots.
    public func render(in area: Rect, buffer: inout Buffer) {
        buffer.fill(area, style: axisStyle)
        guard !area.isEmpty else { return }
        let xs = xRange ?? BrailleScatter.fitted(points.map(\.x))
        let ys = yRange ?? BrailleScatter.fitted(points.map(\.y))
        let top = yLabel == nil ? area.y : area.y + 1
        let plotRows = area.bottom - 2 - top
        guard plotRows >= 1 else {
            plot(in: area, xs: xs, ys: ys, buffer: &buffer)
            return
        }
        let yTicks = BrailleScatter.tickPositions(count: plotRows, ticks: max(1, min(plotRows, plotRows / 2 + 1)))
        let yTexts = yTicks.map { row in
            TextSanitizer.clean(yTickFormat(plotRows == 1 ? ys.upperBound
                : ys.upperBound - Double(row) / Double(plotRows - 1) * (ys.upperBound - ys.lowerBound)))
        }
        let axisX = area.x + min(yTexts.map(TextWidth.of).max() ?? 0, area.width / 2)
        let plotArea = Rect(x: axisX + 1, y: top, width: area.right - axisX - 1, height: plotRows)
        guard plotArea.width >= 1 else {
            plot(in: area, xs: xs, ys: ys, buffer: &buffer)
            return
        }
        if let yLabel { buffer.write(yLabel, x: area.x, y: area.y, style: axisStyle) }
        for row in 0..<plotRows {
            let tick = yTicks.firstIndex(of: row)
            buffer.write(tick == nil ? "│" : "┤", x: axisX, y: top + row, style: axisStyle)
            if let tick {
                buffer.write(TextWidth.pad(yTexts[tick], to: axisX - area.x, alignment: .right),
                             x: area.x, y: top + row, style: axisStyle)
            }
        }
        drawXAxis(plotArea: plotArea, axisX: axisX, xs: xs, area: area, buffer: &buffer)
        plot(in: plotArea, xs: xs, ys: ys, buffer: &buffer)
    }

    private func drawXAxis(plotArea: Rect, axisX: Int, xs: ClosedRange<Double>, area: Rect, buffer: inout Buffer) {
        let axisY = plotArea.bottom
        buffer.write("└", x: axisX, y: axisY, style: axisStyle)
        buffer.fill(Rect(x: plotArea.x, y: axisY, width: plotArea.width, height: 1), style: axisStyle, symbol: "─")
        var usable = plotArea.width
        if let xLabel {
            let text = " " + TextSanitizer.clean(xLabel)
            let width = TextWidth.of(text)
            if width + 4 <= plotArea.width {
                buffer.write(text, x: area.right - width, y: axisY, style: axisStyle)
                usable -= width + 1
            }
        }
        let tickCount = max(2, min(usable / 10 + 1, usable))
        var labelEnd = area.x
        for column in BrailleScatter.tickPositions(count: usable, ticks: tickCount) {
            let x = plotArea.x + column
            buffer.write("┬", x: x, y: axisY, style: axisStyle)
            let value = plotArea.width == 1 ? xs.lowerBound
                : xs.lowerBound + Double(column) / Double(plotArea.width - 1) * (xs.upperBound - xs.lowerBound)
            let text = TextSanitizer.clean(xTickFormat(value))
            let width = TextWidth.of(text)
            let start = max(area.x, x - width / 2)
            guard start >= labelEnd, start + width <= area.right else { continue }
            buffer.write(text, x: start, y: axisY + 1, style: axisStyle)
            labelEnd = start + width + 1
        }
    }

    /// Sets the braille dot of every point inside the ranges.
    private func plot(in rect: Rect, xs: ClosedRange<Double>, ys: ClosedRange<Double>, buffer: inout Buffer) {
        let xSpan = xs.upperBound - xs.lowerBound
        let ySpan = ys.upperBound - ys.lowerBound
        guard !rect.isEmpty, xSpan.isFinite, ySpan.isFinite, xSpan > 0, ySpan > 0 else { return }
        let dotColumns = rect.width * 2
        let dotRows = rect.height * 4
        var dots = [UInt8](repeating: 0, count: rect.width * rect.height)
        for point in points where xs.contains(point.x) && ys.contains(point.y) {
            let dx = Int(((point.x - xs.lowerBound) / xSpan * Double(dotColumns - 1)).rounded())
            let dy = Int(((ys.upperBound - point.y) / ySpan * Double(dotRows - 1)).rounded())
            dots[(dy / 4) * rect.width + dx / 2] |= BrailleScatter.dotBits[dx % 2][dy % 4]
        }
        for (index, bits) in dots.enumerated() where bits != 0 {
            let symbol = String(Character(Unicode.Scalar(0x2800 + UInt32(bits))!))
            buffer.write(symbol, x: rect.x + index % rect.width, y: rect.y + index / rect.width, style: pointStyle)
        }
    }

    /// Bit of each dot in a braille cell, by dot column then dot row.
    static let dotBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// `ticks` positions spread evenly over `0..<count`, first and last included.
    static func tickPositions(count: Int, ticks: Int) -> [Int] {
        guard count > 0, ticks > 0 else { return [] }
        guard ticks > 1, count > 1 else { return [0] }
        return (0..<ticks).map { Int((Double($0) * Double(count - 1) / Double(ticks - 1)).rounded()) }
    }

    /// A range around the finite values with 5% padding (±0.5 around a single value; 0...1 for none).
    static func fitted(_ values: [Double]) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return 0...1 }
        let padding = high > low ? (high - low) * 0.05 : max(abs(low) * 0.05, 0.5)
        return (low - padding)...(high + padding)
    }
}
