import DSRBoardApp
import DSRMetrics
import DSRModel
import DSRStore
import Foundation
import TermRender
import Testing
import TestSupport

/// Text from imported data is untrusted: a product name carrying an escape sequence or HTML reaches neither the
/// cells nor any snapshot format as anything but plain, escaped text.
@Suite("Untrusted text in snapshots")
struct SnapshotEscapingTests {
    static let evil = "\u{1b}[31mEvil knife\u{1b}]0;pwned\u{07} <script>alert(1)</script> & \"q\" 刀"

    func renderOrder() throws -> Buffer {
        let directory = TemporaryDirectory(prefix: "dsrboard-escape")
        let path = directory.path("db.sqlite")
        do {
            let store = try Store(path: path)
            _ = try store.upsert(Shop(id: "1", name: "Evil<b>Shop"))
            _ = try store.upsert(Order(id: "42", shopID: "1", status: .awaitingShipment, createdAt: 1_764_000_000,
                                       paidAt: 1_764_000_000, lines: [OrderLine(lineID: "1", sellerSKU: "SKU\u{1b}[2J", productName: Self.evil)]))
        }
        let asOf: EpochSeconds = 1_764_500_000
        return try HeadlessBoard.render(path: path, settings: MetricsSettings(), request: LoadRequest(fixedAsOf: asOf),
                                        route: .order("42"), theme: .builtInDefault, width: 120, height: 40).buffer
    }

    @Test func cellsHoldNoControlCharacters() throws {
        let buffer = try renderOrder()
        let text = buffer.text()
        #expect(text.contains("Evil knife"))
        #expect(text.contains("<script>alert(1)</script>"))
        #expect(!text.contains("pwned"), "the OSC title sequence is dropped whole")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7f })
    }

    @Test func everyFormatEscapesDataText() throws {
        let buffer = try renderOrder()
        let html = SnapshotWriter.render(buffer: buffer, format: .html, theme: .builtInDefault, title: "t")
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.contains("<b>Shop"))
        let svg = SnapshotWriter.render(buffer: buffer, format: .svg, theme: .builtInDefault, title: "t")
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;"))
        for text in [html, svg] { #expect(!text.unicodeScalars.contains { $0.value == 0x1b || $0.value == 0x07 }) }
        let ansi = SnapshotWriter.render(buffer: buffer, format: .ansi, theme: .builtInDefault, title: "t")
        // Our own SGR sequences are the only escapes: ESC [ ... m, never a title (OSC) or a screen clear.
        #expect(!ansi.contains("\u{1b}]"))
        #expect(!ansi.contains("\u{1b}[2J"))
        #expect(!ansi.contains("\u{1b}[31mEvil"))
        #expect(ansi.hasSuffix("\u{1b}[0m") || ansi.hasSuffix("\u{1b}[0m\n"))
        let txt = SnapshotWriter.render(buffer: buffer, format: .txt)
        #expect(!txt.unicodeScalars.contains { $0.value == 0x1b })
    }
}
