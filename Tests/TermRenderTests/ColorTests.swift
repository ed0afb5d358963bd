import XCTest
@testable import TermRender

final class ColorTests: XCTestCase {
    func testParsing() {
        XCTAssertEqual(Color(parsing: "#ff8000"), .rgb(255, 128, 0))
        XCTAssertEqual(Color(parsing: " #F80 "), .rgb(255, 136, 0))
        XCTAssertEqual(Color(parsing: "42"), .indexed(42))
        XCTAssertEqual(Color(parsing: "red"), .indexed(1))
        XCTAssertEqual(Color(parsing: "bright-red"), .indexed(9))
        XCTAssertEqual(Color(parsing: "Bright_White"), .indexed(15))
        XCTAssertEqual(Color(parsing: "grey"), .indexed(8))
        XCTAssertEqual(Color(parsing: "gray"), .indexed(8))
        XCTAssertEqual(Color(parsing: "default"), .default)
        for bad in ["", "#12", "#12345g", "256", "-1", "bright-", "purple", "#+12345", "#１２３"] {
            XCTAssertNil(Color(parsing: bad), bad)
        }
    }

    func testNearest256AgainstHandComputedValues() {
        XCTAssertEqual(ColorMapper.nearest256(0, 0, 0), 16)
        XCTAssertEqual(ColorMapper.nearest256(255, 255, 255), 231)
        XCTAssertEqual(ColorMapper.nearest256(255, 0, 0), 196)
        XCTAssertEqual(ColorMapper.nearest256(0x5F, 0xAF, 0xFF), 75)  // exact cube entry 1,3,5
        // (128,128,128): cube (135,135,135) is 147 away, grey 244 (128) is 0 away.
        XCTAssertEqual(ColorMapper.nearest256(128, 128, 128), 244)
        // (18,18,18): cube level 0 is 972 away, grey 233 (18) exact.
        XCTAssertEqual(ColorMapper.nearest256(18, 18, 18), 233)
        // (0,43,54) solarized base03: cube levels 0,0,95 -> 17 at 1849+1681 = 3530; greys 28 (234) at
        // 784+225+676 = 1685 and 38 (235) at 1444+25+256 = 1725, so 234.
        XCTAssertEqual(ColorMapper.nearest256(0, 43, 54), 234)
    }

    func testNearest16And8() {
        XCTAssertEqual(ColorMapper.nearest16(250, 10, 10), 9)
        XCTAssertEqual(ColorMapper.nearest16(200, 0, 0), 1)
        XCTAssertEqual(ColorMapper.nearest16(100, 100, 100), 8)
        XCTAssertEqual(ColorMapper.nearest8(250, 10, 10), 1)
        XCTAssertEqual(ColorMapper.nearest8(240, 240, 240), 7)
    }

    func testDowngrade() {
        XCTAssertEqual(ColorMapper.downgrade(.rgb(1, 2, 3), colors: 1 << 24), .rgb(1, 2, 3))
        XCTAssertEqual(ColorMapper.downgrade(.rgb(255, 0, 0), colors: 256), .indexed(196))
        XCTAssertEqual(ColorMapper.downgrade(.rgb(255, 0, 0), colors: 16), .indexed(9))
        XCTAssertEqual(ColorMapper.downgrade(.rgb(255, 0, 0), colors: 8), .indexed(1))
        XCTAssertEqual(ColorMapper.downgrade(.indexed(196), colors: 16), .indexed(9))
        XCTAssertEqual(ColorMapper.downgrade(.indexed(12), colors: 8), .indexed(4))
        XCTAssertEqual(ColorMapper.downgrade(.indexed(3), colors: 8), .indexed(3))
        XCTAssertEqual(ColorMapper.downgrade(.indexed(3), colors: 0), .default)
        XCTAssertEqual(ColorMapper.downgrade(.default, colors: 8), .default)
    }

    func testPaletteValues() {
        XCTAssertTrue(ColorMapper.rgb(ofIndex: 75) == (0x5F, 0xAF, 0xFF))
        XCTAssertTrue(ColorMapper.rgb(ofIndex: 232) == (8, 8, 8))
        XCTAssertTrue(ColorMapper.rgb(ofIndex: 9) == (255, 0, 0))
    }

    func testStyleHelpers() {
        let style = Style.plain.bold().reversed().with(foreground: .indexed(2)).with(background: .rgb(1, 2, 3))
        XCTAssertEqual(style, Style(foreground: .indexed(2), background: .rgb(1, 2, 3), attributes: [.bold, .reverse]))
        XCTAssertEqual(style.patched(with: Style(foreground: .indexed(5), attributes: .underline)),
                       Style(foreground: .indexed(5), background: .rgb(1, 2, 3), attributes: [.bold, .reverse, .underline]))
    }
}
