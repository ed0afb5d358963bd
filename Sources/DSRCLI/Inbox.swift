import DSRImport
import DSRModel
import Foundation

/// The drop folder's state: the sizes seen at the last look, and what to do with a file once it is stable.
final class Inbox {
    private let dir: String
    private let runner: ImportRunner
    private var lastSeen: [String: (Int64, Date)] = [:]

    init(dir: String, runner: ImportRunner) {
        self.dir = dir
        self.runner = runner
    }

    /// The importable files whose size and modification time are the same as at the previous look.
    func stableFiles() -> [String] {
        let fm = FileManager.default
        var now: [String: (Int64, Date)] = [:]
        var stable: [String] = []
        for name in ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted() where ImportRunner.isImportable(name) {
            let path = dir + "/" + name
            guard let attrs = try? fm.attributesOfItem(atPath: path), attrs[.type] as? FileAttributeType == .typeRegular,
                  let size = (attrs[.size] as? NSNumber)?.int64Value, let modified = attrs[.modificationDate] as? Date
            else { continue }
            now[path] = (size, modified)
            if let before = lastSeen[path], before.0 == size, before.1 == modified { stable.append(path) }
        }
        lastSeen = now
        return stable
    }

    /// Imports one file and moves it to `done/` or `failed/`, writing `NAME.errors.txt` when there is anything to say.
    func process(_ path: String) -> FileReport {
        let report = runner.importFile(path)
        let name = (path as NSString).lastPathComponent
        let target = report.outcome == .failed ? "failed" : "done"
        let destination = freeName(dir + "/" + target + "/" + name)
        do {
            try FileManager.default.moveItem(atPath: path, toPath: destination)
        } catch {
            var r = report
            r.notes.append("could not move the file to \(target)/: \(error.localizedDescription)")
            return r
        }
        lastSeen[path] = nil
        if report.outcome == .failed || !report.rejects.isEmpty {
            var text = report.summaryLine + "\n"
            if report.outcome == .failed { text += "\(path): error: \(report.message ?? "failed")\n" }
            for line in report.rejectLines + report.noteLines { text += line + "\n" }
            try? Data(text.utf8).write(to: URL(fileURLWithPath: destination + ".errors.txt"))
        }
        return report
    }

    /// `path`, or `path` with a time stamp when a file of that name is already there.
    private func freeName(_ path: String) -> String {
        guard FileManager.default.fileExists(atPath: path) else { return path }
        let ns = path as NSString
        let ext = ns.pathExtension
        let stem = ext.isEmpty ? path : ns.deletingPathExtension
        var candidate = "\(stem)-\(UTCTime.compactStamp(UTCTime.now()))" + (ext.isEmpty ? "" : ".\(ext)")
        var n = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = "\(stem)-\(UTCTime.compactStamp(UTCTime.now()))-\(n)" + (ext.isEmpty ? "" : ".\(ext)")
            n += 1
        }
        return candidate
    }
}
