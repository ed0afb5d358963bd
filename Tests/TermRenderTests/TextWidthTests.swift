import Glibc
import XCTest
@testable import TermRender

final class TextWidthTests: XCTestCase {
    func testASCII() {
        XCTAssertEqual(TextWidth.of("hello"), 5)
        XCTAssertEqual(TextWidth.of(""), 0)
    }

    func testCJKIsTwoColumnsPerCharacter() {
        XCTAssertEqual(TextWidth.of("中文"), 4)
        XCTAssertEqual(TextWidth.of("店铺评分 DSR"), 12)
        XCTAssertEqual(TextWidth.of("ｶ"), 1, "halfwidth katakana")
        XCTAssertEqual(TextWidth.of("Ａ"), 2, "fullwidth latin")
    }

    func testCombiningMarksTakeNoColumn() {
        XCTAssertEqual(TextWidth.of("e\u{301}"), 1)
        XCTAssertEqual(TextWidth.of(Character("a\u{308}\u{323}")), 1)
        XCTAssertEqual(TextWidth.of("\u{1100}\u{1161}\u{11A8}"), 2, "Hangul jamo L V T")
    }

    func testEmoji() {
        XCTAssertEqual(TextWidth.of("😀"), 2)
        XCTAssertEqual(TextWidth.of("👨‍👩‍👧"), 2, "ZWJ sequence")
        XCTAssertEqual(TextWidth.of("🇺🇸"), 2, "flag")
        XCTAssertEqual(TextWidth.of("👍🏽"), 4, "modifier: two cells, as ncurses and tmux draw it")
        XCTAssertEqual(TextWidth.of("❤️"), 1, "VS16 does not widen in glibc/ncurses/tmux")
    }

    func testAmbiguousAndControls() {
        for symbol in ["─", "│", "┌", "·", "…", "▶", "▲", "━", "┿", "⢀", "▇"] {
            XCTAssertEqual(TextWidth.of(symbol), 1, symbol)
        }
        XCTAssertEqual(TextWidth.of("\u{1B}"), 0)
        XCTAssertEqual(TextWidth.of(Unicode.Scalar(0x9B)!), 0)
        XCTAssertEqual(TextWidth.of(Unicode.Scalar(0x200D)!), 0)
        XCTAssertEqual(TextWidth.of(Unicode.Scalar(0xFE0F)!), 0)
    }

    func testGlyphsKeepOnlyFirstPartOfZWJSequence() {
        XCTAssertEqual(TextWidth.glyphs(of: "👨‍👩‍👧"), [Glyph(symbol: "👨", width: 2)])
        XCTAssertEqual(TextWidth.glyphs(of: "🇺🇸"), [Glyph(symbol: "🇺🇸", width: 2)])
        XCTAssertEqual(TextWidth.glyphs(of: "👍🏽"), [Glyph(symbol: "👍", width: 2), Glyph(symbol: "🏽", width: 2)])
        XCTAssertEqual(TextWidth.glyphs(of: Character("\u{301}")), [])
    }

    func testTruncateNeverCutsAWideGlyph() {
        XCTAssertEqual(TextWidth.truncate("hello world", to: 6), "hello…")
        XCTAssertEqual(TextWidth.truncate("中文字符", to: 6), "中文…")
        XCTAssertEqual(TextWidth.truncate("中文字符", to: 4), "中…")
        XCTAssertEqual(TextWidth.truncate("中文字符", to: 4, ellipsis: ""), "中文")
        XCTAssertEqual(TextWidth.truncate("中文字符", to: 3, ellipsis: ""), "中")
        XCTAssertEqual(TextWidth.truncate("short", to: 10), "short")
        XCTAssertEqual(TextWidth.truncate("abc", to: 0), "")
        XCTAssertEqual(TextWidth.truncate("abc", to: 1, ellipsis: "..."), "a")
    }

    func testPadMakesExactWidth() {
        XCTAssertEqual(TextWidth.pad("ab", to: 5), "ab   ")
        XCTAssertEqual(TextWidth.pad("ab", to: 5, alignment: .right), "   ab")
        XCTAssertEqual(TextWidth.pad("ab", to: 5, alignment: .center), " ab  ")
        XCTAssertEqual(TextWidth.pad("中文字", to: 5), "中文 ")
        XCTAssertEqual(TextWidth.of(TextWidth.pad("中文字", to: 5, alignment: .right)), 5)
        XCTAssertEqual(TextWidth.pad("x", to: -3), "")
    }

    /// The generated table must agree with glibc's wcwidth under C.UTF-8 (what ncurses and tmux use) for
    /// every printable BMP scalar; scalars glibc calls unprintable must be 0 here.
    func testTableMatchesGlibcWcwidthForTheBMP() throws {
        // Glibc's module hides wcwidth (an X/Open extension), so look it up at run time.
        typealias WcWidth = @convention(c) (wchar_t) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "wcwidth") else { throw XCTSkip("no wcwidth") }
        let wcwidth = unsafeBitCast(symbol, to: WcWidth.self)
        guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else {
            throw XCTSkip("C.UTF-8 locale is not installed")
        }
        defer { freelocale(utf8) }
        let previous = uselocale(utf8)
        defer { uselocale(previous) }
        var mismatches: [String] = []
        for value in UInt32(0)...0xFFFF {
            // glibc 2.36 and the table know Unicode 14; Swift may know newer scalars.
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned,
                  let age = scalar.properties.age,
                  age.major < 14 || (age.major == 14 && age.minor == 0) else { continue }
            let expected = Int(wcwidth(wchar_t(bitPattern: value)))
            let ours = TextWidth.of(scalar)
            if expected == -1 ? ours != 0 : ours != expected {
                mismatches.append(String(format: "U+%04X ours %d glibc %d", value, ours, expected))
            }
        }
        XCTAssertEqual(mismatches.prefix(20), [], "\(mismatches.count) mismatches")
    }
}
