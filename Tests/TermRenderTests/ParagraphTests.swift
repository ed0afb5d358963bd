import XCTest
@testable import TermRender

final class ParagraphTests: XCTestCase {
    func testClipsWithoutWrap() {
        var buffer = Buffer(width: 5, height: 3)
        Paragraph("hello world\nab").render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["hello", "ab", ""])
    }

    func testWrapsAtWordBoundaries() {
        let paragraph = Paragraph("late parcels need a look", wrap: true)
        var buffer = Buffer(width: 10, height: 4)
        paragraph.render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["late", "parcels", "need a", "look"])
        XCTAssertEqual(paragraph.rowCount(for: 10), 4)
    }

    func testCutsLongWord() {
        var buffer = Buffer(width: 4, height: 3)
        Paragraph("abcdefghij", wrap: true).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["abcd", "efgh", "ij"])
    }

    func testWrapsCJKBetweenWideGlyphs() {
        var buffer = Buffer(width: 5, height: 3)
        Paragraph("退款申请处理", wrap: true).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["退款", "申请", "处理"])
        for y in 0..<3 { XCTAssertEqual(buffer[4, y].symbol, " ") }
    }

    func testScrollSkipsRows() {
        var buffer = Buffer(width: 6, height: 2)
        Paragraph("one\ntwo\nthree", scroll: 1).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["two", "three"])
    }

    func testAlignmentAndSpanStyles() {
        let bold = Style(attributes: .bold)
        let line = Line(spans: [Span("a"), Span("b", style: bold)], alignment: .right)
        var buffer = Buffer(width: 5, height: 1)
        Paragraph(lines: [line]).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["   ab"])
        XCTAssertEqual(buffer[4, 0].style, bold)
        XCTAssertEqual(buffer[3, 0].style, .plain)
    }

    func testCombiningMarksAndEmojiKeepTheirColumns() {
        var buffer = Buffer(width: 8, height: 1)
        Paragraph("e\u{301}👍🏽x").render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer[0, 0].symbol, "e\u{301}")
        XCTAssertEqual(buffer[1, 0].width, 2)
        XCTAssertTrue(buffer[2, 0].isContinuation)
        // The skin-tone modifier is its own 2-column cell, as wcwidth, ncurses and tmux see it.
        XCTAssertEqual(buffer[3, 0].symbol, "🏽")
        XCTAssertEqual(buffer[5, 0].symbol, "x")
    }

    func testWideGlyphAtTheEdgeBecomesSpace() {
        var buffer = Buffer(width: 3, height: 1)
        Paragraph("a中文").render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["a中"])
        var narrow = Buffer(width: 2, height: 1)
        Paragraph("a中").render(in: narrow.area, buffer: &narrow)
        XCTAssertEqual(narrow.lines(), ["a"])
        XCTAssertEqual(narrow[1, 0].width, 1)
    }

    func testControlCharactersNeverReachACell() {
        var buffer = Buffer(width: 20, height: 1)
        Paragraph("a\u{1B}[2Jb\u{07}c\u{9B}1mD\u{202E}e").render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["abcDe"])
        for cell in buffer.cells {
            XCTAssertFalse(cell.symbol.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }
}
