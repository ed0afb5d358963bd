import XCTest
@testable import TermRender

final class ChartTests: XCTestCase {
    private let red = Style(foreground: .indexed(1))
    private let yellow = Style(foreground: .indexed(3))
    private let green = Style(foreground: .indexed(2))

    // MARK: Sparkline

    func testSparklineScalesToRange() {
        var buffer = Buffer(width: 8, height: 1)
        Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7]).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["▁▂▃▄▅▆▇█"])
    }

    func testSparklineGapsAndNewestRight() {
        var buffer = Buffer(width: 5, height: 1)
        Sparkline(values: [7, 0, nil, .nan, 7]).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["█▁  █"])
        var narrow = Buffer(width: 2, height: 1)
        Sparkline(values: [0, 0, 0, 7, 0]).render(in: narrow.area, buffer: &narrow)
        XCTAssertEqual(narrow.lines(), ["█▁"])
    }

    func testSparklineFlatAndTall() {
        var buffer = Buffer(width: 3, height: 1)
        Sparkline(values: [5, 5, 5]).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["▄▄▄"])
        var tall = Buffer(width: 2, height: 2)
        Sparkline(values: [0, 10], minValue: 0, maxValue: 10).render(in: tall.area, buffer: &tall)
        XCTAssertEqual(tall.lines(), [" █", "▁█"])
    }

    func testSparklineEmpty() {
        var buffer = Buffer(width: 3, height: 1)
        Sparkline(values: []).render(in: buffer.area, buffer: &buffer)
        Sparkline(values: [nil]).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [""])
    }

    // MARK: ScoreGauge

    private func gauge(_ value: Double?) -> ScoreGauge {
        ScoreGauge(value: value, range: 0...5, bands: [(upTo: 3.5, style: red), (upTo: 4.2, style: yellow), (upTo: 5, style: green)],
                   marks: [3.5, 4.2])
    }

    func testGaugeBandsPickThresholdStyle() {
        XCTAssertEqual(gauge(nil).bandStyle(for: 3.0), red)
        XCTAssertEqual(gauge(nil).bandStyle(for: 3.5), red)
        XCTAssertEqual(gauge(nil).bandStyle(for: 4.0), yellow)
        XCTAssertEqual(gauge(nil).bandStyle(for: 4.8), green)
        XCTAssertEqual(gauge(nil).bandStyle(for: 9), green)
        XCTAssertEqual(ScoreGauge(value: 1, range: 0...5, style: red).bandStyle(for: 1), red)
    }

    func testGaugeFillAndMarks() {
        var buffer = Buffer(width: 11, height: 1)
        gauge(4.0).render(in: buffer.area, buffer: &buffer)
        // 4.0 of 5 fills 9 of 11 columns; marks at 3.5 → column 7, 4.2 → column 8.
        XCTAssertEqual(buffer.lines(), ["━━━━━━━┿┿━━"])
        XCTAssertEqual(buffer[0, 0].style, yellow)
        XCTAssertEqual(buffer[8, 0].style, yellow)
        XCTAssertEqual(buffer[9, 0].style.attributes, .dim)
    }

    func testGaugeClampsAndHandlesNil() {
        var buffer = Buffer(width: 4, height: 1)
        ScoreGauge(value: 99, range: 0...5, style: green).render(in: buffer.area, buffer: &buffer)
        XCTAssertTrue(buffer.cells.allSatisfy { $0.style == green })
        ScoreGauge(value: nil, range: 0...5).render(in: buffer.area, buffer: &buffer)
        XCTAssertTrue(buffer.cells.allSatisfy { $0.style.attributes == .dim })
        ScoreGauge(value: .nan, range: 5...5).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["━━━━"])
    }

    // MARK: BarChart

    func testBarChartScalesToLargest() {
        var buffer = Buffer(width: 16, height: 3)
        BarChart(bars: [Bar(label: "J&T", value: 10, valueText: "10"), Bar(label: "SPX", value: 5, valueText: "5"),
                        Bar(label: "Ninja", value: 0, valueText: "0")])
            .render(in: buffer.area, buffer: &buffer)
        // labels take 5 columns (≤ 16/3), bars 16-6-3 = 7 columns.
        XCTAssertEqual(buffer.lines(), [
            "J&T   ▇▇▇▇▇▇▇ 10",
            "SPX   ▇▇▇▌ 5",
            "Ninja  0",
        ])
    }

    func testBarChartBarStyleAndClipping() {
        var buffer = Buffer(width: 10, height: 1)
        BarChart(bars: [Bar(label: "a", value: 1, style: red), Bar(label: "b", value: 1)])
            .render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["a ▇▇▇▇▇▇▇▇"])
        XCTAssertEqual(buffer[2, 0].style, red)
        BarChart(bars: [Bar(label: "a", value: -3), Bar(label: "b", value: .infinity)])
            .render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["a"])
    }

    // MARK: BrailleScatter

    func testScatterPlotsCornersWithAxes() {
        var buffer = Buffer(width: 12, height: 5)
        BrailleScatter(points: [(x: 0, y: 0), (x: 10, y: 10)], xRange: 0...10, yRange: 0...10)
            .render(in: buffer.area, buffer: &buffer)
        let lines = buffer.lines()
        XCTAssertEqual(lines.count, 5)
        // Three plot rows: y ticks 10, 5, 0; top right dot, bottom left dot.
        XCTAssertEqual(lines[0], "10┤        ⠈")
        XCTAssertEqual(lines[2], " 0┤⡀")
        XCTAssertTrue(lines[3].hasPrefix("  └┬"), lines[3])
        XCTAssertTrue(lines[4].hasPrefix("   0"), lines[4])
    }

    func testScatterDotBitsShareCells() {
        var buffer = Buffer(width: 1, height: 1)
        // With no room for axes, only dots: all 8 dots of one cell.
        let points = (0..<2).flatMap { x in (0..<4).map { y in (x: Double(x), y: Double(y)) } }
        BrailleScatter(points: points, xRange: 0...1, yRange: 0...3).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["⣿"])
    }

    func testScatterSkipsOutOfRangeAndNonFinite() {
        var buffer = Buffer(width: 2, height: 1)
        BrailleScatter(points: [(x: .nan, y: 1), (x: 50, y: 1), (x: 1, y: .infinity)], xRange: 0...2, yRange: 0...2)
            .render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [""])
    }

    func testScatterLabelsAndUnsafeFormats() {
        var buffer = Buffer(width: 30, height: 8)
        BrailleScatter(points: [(x: 1, y: 1)], xRange: 0...100, yRange: 0...1, xLabel: "late %", yLabel: "rating",
                       xTickFormat: "%n%s", yTickFormat: "%.1f")
            .render(in: buffer.area, buffer: &buffer)
        let text = buffer.text()
        XCTAssertTrue(buffer.lines()[0].hasPrefix("rating"), text)
        XCTAssertTrue(text.contains("late %"), text)
        XCTAssertTrue(text.contains("1.0┤"), text)
        // The axis name takes the right end of the axis; the last tick sits before it, at its own value.
        XCTAssertEqual(buffer.lines()[6], "   └┬────────────────┬─ late %")
        XCTAssertEqual(buffer.lines()[7], "    0               68")
        XCTAssertEqual(TickFormat.isSafe("%n%s"), false)
        XCTAssertEqual(TickFormat.isSafe("%.1f%%"), true)
        XCTAssertEqual(TickFormat.isSafe("%f %f"), false)
        XCTAssertEqual(TickFormat.printf("$%.0f")(12.4), "$12")
        XCTAssertEqual(TickFormat.automatic(2.5), "2.50")
        XCTAssertEqual(TickFormat.automatic(250), "250")
        XCTAssertEqual(TickFormat.automatic(-0.5), "-0.50")
        XCTAssertEqual(TickFormat.automatic(1e300), "1e+300")
        XCTAssertEqual(TickFormat.printf("%.1f%%")(12.34), "12.3%")
        XCTAssertEqual(TickFormat.printf("%900.1f")(1), "1")
    }

    // MARK: StatusLine

    func testStatusLineMarkerAndTruncation() {
        var buffer = Buffer(width: 14, height: 2)
        StatusLine(message: "snapshot written to /tmp/x", level: .success).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [" ✓ snapshot w…", ""])
        StatusLine(message: "bad\u{1B}[2J\nline", level: .error).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines()[0], " ✗ bad line")
    }

    func testStatusLineThemeStyles() {
        let theme = Theme.builtInDefault
        XCTAssertEqual(StatusLine(message: "x", level: .error, theme: theme).style, theme.bad)
        XCTAssertEqual(StatusLine(message: "x", level: .warning, theme: theme).style, theme.warn)
        XCTAssertEqual(StatusLevel.allCases.map(\.symbol), ["•", "✓", "⚠", "✗"])
    }
}
