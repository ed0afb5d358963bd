import XCTest
@testable import TermRender

final class BlockTests: XCTestCase {
    func testBorderAndTitle() {
        var buffer = Buffer(width: 16, height: 3)
        Block(title: "Orders").render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [
            "┌─ Orders ─────┐",
            "│              │",
            "└──────────────┘",
        ])
    }

    func testRightTitleAndRoundedCorners() {
        var buffer = Buffer(width: 20, height: 3)
        Block(title: "A", rightTitle: "12:00", isRounded: true).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines()[0], "╭─ A ────── 12:00 ─╮")
        XCTAssertEqual(buffer.lines()[2], "╰──────────────────╯")
    }

    func testLongTitleIsCutWithEllipsis() {
        var buffer = Buffer(width: 12, height: 2)
        Block(title: "Problem orders today").render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines()[0], "┌─ Probl… ─┐")
    }

    func testWideTitleNeverHalved() {
        var buffer = Buffer(width: 11, height: 2)
        Block(title: "店铺评分店铺").render(in: buffer.area, buffer: &buffer)
        let top = buffer.lines()[0]
        XCTAssertEqual(TextWidth.of(top), 11)
        XCTAssertTrue(top.hasPrefix("┌─ 店铺"), top)
        XCTAssertTrue(top.hasSuffix("┐"), top)
    }

    func testFocusedBorderIsBold() {
        var buffer = Buffer(width: 6, height: 3)
        Block(borderStyle: Style(foreground: .indexed(8)), isFocused: true).render(in: buffer.area, buffer: &buffer)
        XCTAssertTrue(buffer[0, 0].style.attributes.contains(.bold))
        let custom = Style(foreground: .indexed(4))
        Block(focusedBorderStyle: custom, isFocused: true).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer[0, 1].style, custom)
    }

    func testInnerAndTinyAreas() {
        XCTAssertEqual(Block().inner(Rect(x: 2, y: 3, width: 10, height: 5)), Rect(x: 3, y: 4, width: 8, height: 3))
        XCTAssertEqual(Block().inner(Rect(x: 0, y: 0, width: 1, height: 1)).area, 0)
        var buffer = Buffer(width: 4, height: 4)
        Block(title: "x").render(in: Rect(x: 0, y: 0, width: 1, height: 1), buffer: &buffer)
        Block(title: "x").render(in: Rect(x: 3, y: 3, width: 5, height: 5), buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["", "", "", "   ┌"])
    }

    func testTitleEscapeSequencesAreStripped() {
        var buffer = Buffer(width: 16, height: 2)
        Block(title: "\u{1B}[31mRed\u{1B}]0;pwn\u{07}").render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines()[0], "┌─ Red ────────┐")
    }
}
