import XCTest
@testable import TermRender

final class SnapshotTests: XCTestCase {
    private func sample() -> Buffer {
        var buffer = Buffer(width: 12, height: 3)
        buffer.write("店铺 ok", x: 0, y: 0, style: Style(foreground: .rgb(255, 0, 0)).bold())
        buffer.write("<script>alert(1)</script>", x: 0, y: 1, style: .plain)
        buffer.write("a\u{1B}[2J\u{1B}]0;t\u{07}b & \"c\"", x: 0, y: 2, style: Style(background: .indexed(4)))
        return buffer
    }

    func testFormatList() throws {
        XCTAssertEqual(try SnapshotFormat.list(from: "txt,html"), [.txt, .html])
        XCTAssertEqual(try SnapshotFormat.list(from: " SVG , txt,svg"), [.svg, .txt])
        XCTAssertEqual(try SnapshotFormat.list(from: "all"), SnapshotFormat.allCases)
        XCTAssertEqual(try SnapshotFormat.list(from: "text"), [.txt])
        XCTAssertThrowsError(try SnapshotFormat.list(from: "txt,png")) { error in
            XCTAssertEqual("\(error)", "unknown snapshot format `png` (choose from txt, ansi, html, svg, all)")
        }
        XCTAssertThrowsError(try SnapshotFormat.list(from: ""))
        XCTAssertEqual(SnapshotFormat.html.fileExtension, "html")
    }

    func testText() {
        let text = SnapshotWriter.render(buffer: sample(), format: .txt)
        XCTAssertEqual(text, "店铺 ok\n<script>aler\nab & \"c\"\n")
        XCTAssertEqual(SnapshotWriter.render(buffer: Buffer(width: 3, height: 0), format: .txt), "")
    }

    func testAnsi() {
        let ansi = SnapshotWriter.render(buffer: sample(), format: .ansi)
        let lines = ansi.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines[0], "\u{1B}[0;1;38;2;255;0;0m店铺 ok\u{1B}[0m")
        XCTAssertEqual(lines[1], "\u{1B}[0m<script>aler\u{1B}[0m")
        XCTAssertTrue(lines[2].hasPrefix("\u{1B}[0;48;5;4mab & \"c\""), String(lines[2]))
        XCTAssertTrue(ansi.hasSuffix("\u{1B}[0m\n"))
        // The only escapes are the writer's own SGR sequences.
        let escapes = ansi.components(separatedBy: "\u{1B}").dropFirst()
        XCTAssertTrue(escapes.allSatisfy { $0.hasPrefix("[") && $0.contains("m") }, ansi.debugDescription)
        XCTAssertFalse(ansi.contains("\u{07}"))
        XCTAssertFalse(ansi.contains("2J"))
    }

    func testHTMLIsEscapedAndSelfContained() {
        var buffer = sample()
        buffer.write("<script>", x: 0, y: 1, style: .plain)
        let html = SnapshotWriter.render(buffer: buffer, format: .html, theme: .builtInDefault, title: "<b>x</b>&")
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertTrue(html.contains("&lt;script&gt;aler"))
        XCTAssertTrue(html.contains("<title>&lt;b&gt;x&lt;/b&gt;&amp;</title>"))
        XCTAssertTrue(html.contains("ab &amp; &quot;c&quot;"))
        XCTAssertTrue(html.contains("<span class=\"w\">店</span><span class=\"w\">铺</span> ok"))
        XCTAssertTrue(html.contains("color:#ff0000;background:#1e1e1e;font-weight:bold"))
        XCTAssertTrue(html.contains("background:#0000ee"))
        XCTAssertFalse(html.contains("\u{1B}"))
        XCTAssertFalse(html.contains("\u{07}"))
        XCTAssertFalse(html.contains("http"))
    }

    func testSVGIsEscapedAndAligned() {
        let svg = SnapshotWriter.render(buffer: sample(), format: .svg, theme: .builtInDefault, title: "a<b")
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertTrue(svg.contains("&lt;script&gt;aler"))
        XCTAssertTrue(svg.contains("<title>a&lt;b</title>"))
        XCTAssertFalse(svg.contains("\u{1B}"))
        XCTAssertFalse(svg.contains("\u{07}"))
        // Wide glyphs: each centred on its two columns (12 + 1 × 8.4, 12 + 3 × 8.4).
        XCTAssertTrue(svg.contains("x=\"20.4\" y=\"53.26\" text-anchor=\"middle\">店</text>"), svg)
        XCTAssertTrue(svg.contains("x=\"37.2\" y=\"53.26\" text-anchor=\"middle\">铺</text>"), svg)
        // The narrow run after them starts at column 4 and is stretched to its 3 columns.
        XCTAssertTrue(svg.contains("x=\"45.6\" y=\"53.26\" textLength=\"25.2\" lengthAdjust=\"spacingAndGlyphs\"> ok</text>"), svg)
        // The blue background of row 2 is a rectangle.
        XCTAssertTrue(svg.contains("fill=\"#0000ee\"/>"))
    }

    func testThemeDefaultsAndAttributes() {
        var buffer = Buffer(width: 2, height: 1)
        buffer.write("x", x: 0, y: 0, style: Style(attributes: [.reverse]))
        buffer.write("y", x: 1, y: 0, style: Style(foreground: .rgb(200, 200, 200), attributes: [.dim]))
        let light = Theme(name: "l", source: "", colors: [.background: .rgb(250, 250, 250), .text: .rgb(0, 0, 0)])
        let html = SnapshotWriter.render(buffer: buffer, format: .html, theme: light)
        XCTAssertTrue(html.contains(".s0{color:#fafafa;background:#000000}"), html)
        // Dim mixes 40% toward the background: 200 + (250 − 200) × 0.4 = 220.
        XCTAssertTrue(html.contains(".s1{color:#dcdcdc;background:#fafafa}"), html)
        XCTAssertEqual(SVGSnapshot.number(12.0), "12")
        XCTAssertEqual(SVGSnapshot.number(20.4), "20.4")
        XCTAssertEqual(SVGSnapshot.number(0.05), "0.05")
    }
}
