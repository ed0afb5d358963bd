import XCTest
@testable import TermRender

final class BufferTests: XCTestCase {
    private let red = Style(foreground: .indexed(1))

    func testWriteReturnsColumnsAndClipsAtRightEdge() {
        var buffer = Buffer(width: 5, height: 1)
        XCTAssertEqual(buffer.write("abcdefg", x: 1, y: 0, style: .plain), 4)
        XCTAssertEqual(buffer.lines(), [" abcd"])
    }

    func testWriteHonoursMaxWidth() {
        var buffer = Buffer(width: 10, height: 1)
        XCTAssertEqual(buffer.write("abcdef", x: 2, y: 0, maxWidth: 3, style: .plain), 3)
        XCTAssertEqual(buffer.lines(), ["  abc"])
        XCTAssertEqual(buffer.write("zz", x: 0, y: 0, maxWidth: 0, style: .plain), 0)
        XCTAssertEqual(buffer.write("zz", x: 0, y: 0, maxWidth: -4, style: .plain), 0)
    }

    func testWideGlyphStraddlingLimitBecomesSpace() {
        var buffer = Buffer(width: 10, height: 1)
        buffer.fill(buffer.area, style: .plain, symbol: ".")
        XCTAssertEqual(buffer.write("a中文", x: 0, y: 0, maxWidth: 4, style: .plain), 4)
        XCTAssertEqual(buffer.lines(), ["a中 ......"])
        var edge = Buffer(width: 3, height: 1)
        XCTAssertEqual(edge.write("ab中", x: 0, y: 0, style: .plain), 3)
        XCTAssertEqual(edge.lines(), ["ab"])
        XCTAssertEqual(edge[2, 0].width, 1)
    }

    func testWriteOutOfBoundsIsIgnored() {
        var buffer = Buffer(width: 4, height: 2)
        XCTAssertEqual(buffer.write("x", x: 0, y: 2, style: .plain), 0)
        XCTAssertEqual(buffer.write("x", x: 0, y: -1, style: .plain), 0)
        XCTAssertEqual(buffer.write("x", x: 9, y: 0, style: .plain), 0)
        XCTAssertEqual(buffer.text(), "\n\n")
    }

    func testNegativeXShowsTheVisibleTail() {
        var buffer = Buffer(width: 6, height: 1)
        XCTAssertEqual(buffer.write("hello", x: -2, y: 0, style: .plain), 5)
        XCTAssertEqual(buffer.lines(), ["llo"])
        var wide = Buffer(width: 6, height: 1)
        wide.write("中文", x: -1, y: 0, style: .plain)
        XCTAssertEqual(wide.lines(), [" 文"])
    }

    func testWriteSanitisesEscapes() {
        var buffer = Buffer(width: 20, height: 1)
        buffer.write("a\u{1B}[31mb\u{1B}]0;t\u{07}c\td", x: 0, y: 0, style: .plain)
        XCTAssertEqual(buffer.lines(), ["abc d"])
    }

    func testWideGlyphOccupiesTwoCellsAndLinesShowItOnce() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("中a", x: 0, y: 0, style: red)
        XCTAssertEqual(buffer[0, 0], Cell(symbol: "中", style: red, width: 2))
        XCTAssertEqual(buffer[1, 0].width, 0)
        XCTAssertEqual(buffer.lines(), ["中a"])
    }

    func testOverwritingEitherHalfOfWideGlyphBlanksTheOther() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("中文", x: 0, y: 0, style: red)
        buffer[1, 0] = Cell(symbol: "x")
        XCTAssertEqual(buffer.lines(), [" x文"])
        XCTAssertEqual(buffer[0, 0].style, red, "the blanked half keeps its style")
        buffer.write("y", x: 2, y: 0, style: .plain)
        XCTAssertEqual(buffer.lines(), [" xy"])
        buffer.write("中", x: 3, y: 0, style: .plain)
        buffer.write("文", x: 2, y: 0, style: .plain)
        XCTAssertEqual(buffer.lines(), [" x文"])
        XCTAssertEqual(buffer[4, 0], Cell.space(.plain))
    }

    func testSubscriptGetOutsideIsBlankAndSetIsIgnored() {
        var buffer = Buffer(width: 2, height: 2)
        XCTAssertEqual(buffer[-1, 0], .blank)
        XCTAssertEqual(buffer[0, 5], .blank)
        buffer[5, 5] = Cell(symbol: "x")
        XCTAssertEqual(buffer.text(), "\n\n")
        buffer[0, 0] = Cell(symbol: "\u{1B}[31mq", style: red)
        XCTAssertEqual(buffer[0, 0].symbol, "q")
        buffer[1, 1] = Cell(symbol: "中")
        XCTAssertEqual(buffer[1, 1].symbol, " ", "a wide glyph cannot start in the last column")
    }

    func testFillAndSetStyleClip() {
        var buffer = Buffer(width: 4, height: 3)
        buffer.fill(Rect(x: -2, y: 1, width: 4, height: 9), style: red, symbol: "#")
        XCTAssertEqual(buffer.lines(), ["", "##", "##"])
        buffer.setStyle(Rect(x: 1, y: 0, width: 10, height: 2), Style(background: .indexed(4), attributes: .bold))
        XCTAssertEqual(buffer[1, 1].style, Style(foreground: .indexed(1), background: .indexed(4), attributes: .bold))
        XCTAssertEqual(buffer[0, 1].style, red)
    }

    func testWriteLineAppliesSpanStylesAndAlignment() {
        var buffer = Buffer(width: 10, height: 1)
        let base = Style(foreground: .indexed(7))
        let line = Line(spans: [Span("ab"), Span("cd", style: Style(attributes: .bold))], alignment: .right)
        XCTAssertEqual(buffer.write(line, x: 0, y: 0, maxWidth: 8, baseStyle: base), 8)
        XCTAssertEqual(buffer.lines(), ["    abcd"])
        XCTAssertEqual(buffer[4, 0].style, base)
        XCTAssertEqual(buffer[6, 0].style, Style(foreground: .indexed(7), attributes: .bold))
    }

    func testHugeSizesAndStringsAreBounded() {
        var buffer = Buffer(width: Int.max, height: -3)
        XCTAssertEqual(buffer.width, Buffer.maxSide)
        XCTAssertEqual(buffer.height, 0)
        buffer = Buffer(width: 10, height: 1)
        let huge = String(repeating: "中文 ", count: 200_000)
        XCTAssertEqual(buffer.write(huge, x: 0, y: 0, style: .plain), 10)
        XCTAssertEqual(buffer.write("x", x: Int.max, y: 0, maxWidth: Int.max, style: .plain), 0)
        XCTAssertEqual(buffer.write("x", x: Int.min, y: 0, style: .plain), 1)
    }

    func testEmojiCells() {
        var buffer = Buffer(width: 12, height: 1)
        XCTAssertEqual(buffer.write("👨‍👩‍👧🇺🇸👍🏽|", x: 0, y: 0, style: .plain), 9)
        XCTAssertEqual(buffer.lines(), ["👨🇺🇸👍🏽|"])
    }
}
