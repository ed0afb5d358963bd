import DSRImport
import DSRModel
import Foundation

/// Prints import reports: one line per file, then its rejects as `file:line: error: reason`, or all of it as
/// JSON; draws a progress bar on standard error for files that take more than a second, when it is a terminal.
final class ImportPrinter {
    private let console: Console
    private let json: Bool
    private var reports: [FileReport] = []
    private var fileStarted = Date()
    private var barShown = false

    init(console: Console, json: Bool) {
        self.console = console
        self.json = json
    }

    /// The progress callback for the next file, or nil when standard error is not a terminal.
    func progress(for path: String) -> ((Double) -> Void)? {
        fileStarted = Date()
        barShown = false
        guard console.isErrorTerminal else { return nil }
        return { [self] fraction in
            guard Date().timeIntervalSince(fileStarted) > 1 else { return }
            barShown = true
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            console.err("\r\(bar) \(Int(fraction * 100))% \((path as NSString).lastPathComponent)\u{1B}[K")
        }
    }

    /// Prints (or, for JSON, keeps) one file's report.
    func add(_ report: FileReport) {
        if barShown {
            console.err("\r\u{1B}[K")
            barShown = false
        }
        reports.append(report)
        guard !json else { return }
        var text = report.summaryLine + "\n"
        for line in report.rejectLines + report.noteLines { text += line + "\n" }
        console.out(text)
    }

    /// Prints the JSON document, when asked for; returns the exit code for everything added.
    @discardableResult
    func finish() -> Int32 {
        let code = ImportPrinter.exitCode(reports)
        if json {
            let object: [String: Any] = ["files": reports.map(\.jsonObject), "exit_code": Int(code)]
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]) {
                console.out(String(decoding: data, as: UTF8.self) + "\n")
            }
        }
        return code
    }

    /// 1 when a file failed, else 3 when rows were rejected, else 0.
    static func exitCode(_ reports: [FileReport]) -> Int32 {
        if reports.contains(where: { $0.outcome == .failed }) { return 1 }
        if reports.contains(where: { !$0.rejects.isEmpty }) { return 3 }
        return 0
    }
}
