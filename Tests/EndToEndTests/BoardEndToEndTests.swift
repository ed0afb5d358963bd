import Foundation
import Testing
import TestSupport

/// The real binary in a real terminal (tmux), driven as a new user drives it, on a copy of the fixed demo
/// database. Each test has its own tmux server and database copy.
@Suite("Board in a real terminal", .serialized)
final class BoardEndToEndTests {
    let directory = TemporaryDirectory(prefix: "dsrboard-e2e")
    let database: String
    static let asOf = DemoDatabase.now

    init() throws {
        database = directory.path("board.sqlite")
        try FileManager.default.copyItem(atPath: try DemoDatabase.path(), toPath: database)
    }

    /// Starts the board in tmux; the shell prints the exit code and the terminal mode after it exits.
    func board(_ options: String = "", width: Int = 120, height: Int = 40, asOf: Bool = true) throws -> TmuxSession {
        let fixed = asOf ? "--as-of \(Self.asOf)" : ""
        let command = "'\(BuiltBinary.path)' board --db '\(database)' --shop US-Home \(fixed) "
            + "--snapshot-dir '\(directory.path("shots"))' \(options); echo \"EXIT=$?\"; stty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo; sleep 30"
        return try TmuxSession(command: command, width: width, height: height)
    }

    func importJSON(_ json: String, name: String) throws -> (status: Int32, out: String, err: String) {
        let file = try directory.write(name, json)
        return try BuiltBinary.run(["import", "--db", database, "--shop", "US-Home", file])
    }

    @Test func startsNavigatesToAnOrderAndBackAndQuitsRestoringTheTerminal() throws {
        let tmux = try board()
        let screen = try tmux.waitFor("● LIVE")
        for title in ["1 DSR · US-Home", "2 Open tickets", "3 Late parcels", "● LIVE"] { #expect(screen.contains(title)) }
        try tmux.send("Tab", "Tab")
        try tmux.waitFor("▶ …")
        try tmux.send("Enter")
        try tmux.waitFor("Board › Order \\d+")
        try tmux.waitFor("DEADLINES")
        try tmux.send("Escape")
        try tmux.waitUntilGone("Board › Order")
        try tmux.waitFor("1 DSR · US-Home")
        try tmux.send("q")
        let after = try tmux.waitFor("EXIT=\\d+")
        #expect(after.contains("EXIT=0"))
        #expect(after.contains("icanon") && !after.contains("-icanon"), "terminal left in raw mode")
        #expect(after.contains("echo") && !after.contains("-echo"), "terminal left without echo")
    }

    @Test func problemOrdersNextProblemAndFilter() throws {
        let tmux = try board()
        try tmux.waitFor("● LIVE")
        try tmux.send("p")
        let problems = try tmux.waitFor("Problem orders \\d+")
        #expect(problems.contains("REASONS"))
        try tmux.send("n")
        try tmux.waitFor("Problems › Order \\d+")
        try tmux.send("Escape", "Escape")
        try tmux.waitFor("1 DSR")
        try tmux.send("3")
        let parcels = try tmux.waitFor("TRACKING")
        let tracking = try #require(parcels.firstMatch(of: /(LP|YT)\d{13}(CN)?/)).output.0
        try tmux.send("/")
        try tmux.type(String(tracking))
        let filtered = try tmux.waitFor("filter /\(tracking)  1 shown")
        #expect(filtered.components(separatedBy: String(tracking)).count >= 3)
        try tmux.send("Escape")
        try tmux.waitUntilGone("filter /")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func tooSmallThenBack() throws {
        let tmux = try board()
        try tmux.waitFor("● LIVE")
        try tmux.resize(width: 60, height: 15)
        let small = try tmux.waitFor("Terminal too small")
        #expect(small.contains("60×15"))
        #expect(small.contains("72×20"))
        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor("● LIVE")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func concurrentImportAppearsWithoutAKeyPressAndDataTextIsPlain() throws {
        let tmux = try board()
        try tmux.waitFor("● LIVE")
        try tmux.send("p")
        try tmux.waitFor("Problem orders \\d+")
        try tmux.send("/")
        try tmux.type("577309999")
        try tmux.waitFor("no problem order matches")
        try tmux.send("Enter")
        let evil = "\\u001b[31mEvil knife\\u001b]0;pwned\\u0007<script>alert(1)</script>"
        let order = """
            {"id":"577309999999990001","status":"AWAITING_SHIPMENT","create_time":"2026-11-30T08:00:00Z",
             "paid_time":"2026-11-30T08:05:00Z","update_time":"2026-11-30T08:05:00Z",
             "payment":{"currency":"USD","total_amount":"19.90"},"recipient_address":{"region_code":"US"},
             "line_items":[{"id":"1","sku_id":"1729000000000000999","seller_sku":"EVIL-1","product_name":"\(evil)","sale_price":"19.90"}]}
            """
        let result = try importJSON(order, name: "order.json")
        #expect(result.status == 0, "\(result.err)")
        // No key pressed: the reader notices the new data version and the filtered list shows the order.
        try tmux.waitFor("577309999999990001", timeout: 15)
        try tmux.send("Enter")
        let story = try tmux.waitFor("EVIL-1")
        #expect(story.contains("Evil knife<script>alert(1)</script>"))
        #expect(!story.contains("[31m"))
        #expect(!story.contains("pwned"))
        let raw = try tmux.capture(escapes: true)
        #expect(!raw.contains("\u{1b}]0;"), "an OSC sequence from data reached the terminal")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func snapshotKeyWritesWhatIsOnScreen() throws {
        let tmux = try board("--snapshot-format txt,html")
        try tmux.waitFor("● LIVE")
        try tmux.send("p")
        try tmux.waitFor("Problem orders \\d+")
        try tmux.send("s")
        let screen = try tmux.waitFor("snapshot saved to .*\\.txt")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path("shots")).sorted()
        let txt = try #require(files.first { $0.hasSuffix(".txt") })
        #expect(files.contains { $0.hasSuffix(".html") })
        #expect(txt.hasPrefix("dsrboard-US-Home-problems-"))
        let written = try String(contentsOfFile: directory.path("shots/" + txt), encoding: .utf8)
            .components(separatedBy: "\n")
        let shown = screen.components(separatedBy: "\n").map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        // Every row but the last (where the flash now says the file was written) is identical.
        for row in 0..<39 { #expect(written[row] == shown[row], "row \(row) differs") }
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func headlessSnapshotEqualsTheBoardCellForCell() throws {
        let tmux = try board()
        let screen = try tmux.waitFor("● LIVE")
        let headless = try BuiltBinary.run(["snapshot", "--db", database, "--shop", "US-Home", "--as-of", Self.asOf,
                                            "--size", "120x40", "--format", "txt"])
        #expect(headless.status == 0, "\(headless.err)")
        let shown = screen.components(separatedBy: "\n").prefix(40)
            .map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        let written = headless.out.components(separatedBy: "\n").prefix(40).map { String($0) }
        #expect(Array(shown) == written)
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func headlessSnapshotWorksWithoutATerminal() throws {
        let result = try BuiltBinary.run(["snapshot", "--db", database, "--view", "problems", "--as-of", Self.asOf,
                                          "--format", "html", "--out", directory.path("p.html")],
                                         environment: ["TERM": "", "NO_COLOR": "1"])
        #expect(result.status == 0, "\(result.err)")
        let html = try String(contentsOfFile: directory.path("p.html"), encoding: .utf8)
        #expect(html.contains("Problem orders"))
        #expect(!html.contains("<script"))
    }

    @Test func liveDemoWriterMovesAnOpenBoard() throws {
        let writer = try TmuxSession(command: "'\(BuiltBinary.path)' demo --no-board --live --interval 0.3 --db '\(database)'",
                                     width: 100, height: 10)
        try writer.waitFor("\\d\\d:\\d\\d ", timeout: 20)
        let tmux = try board(asOf: false)
        let first = try tmux.waitFor("● LIVE")
        let body = { (screen: String) in screen.components(separatedBy: "\n").dropFirst().joined(separator: "\n") }
        let deadline = Date().addingTimeInterval(30)
        var moved = false
        while Date() < deadline, !moved {
            Thread.sleep(forTimeInterval: 0.5)
            moved = body(try tmux.capture()) != body(first)
        }
        #expect(moved, "the board did not change while the live writer ran")
        try writer.send("C-c")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }
}
