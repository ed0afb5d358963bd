import DSRModel
import DSRStore
import Foundation

/// Imports files into a store, one transaction per file: opens (gzip, encodings), tells the kind, runs its
/// importer, keeps rejected rows, honours `--strict` and `--dry-run`, and writes the import log.
public final class ImportRunner {
    /// The store written to.
    public let store: Store
    /// The user's options.
    public let options: ImportOptions

    /// A runner over `store`.
    public init(store: Store, options: ImportOptions) {
        self.store = store
        self.options = options
        try? store.useLargeCache(megabytes: 1024)
    }

    /// File name endings an import folder is searched for.
    public static let importableExtensions = ["csv", "tsv", "txt", "json", "jsonl", "ndjson"]

    /// Expands folders into their importable files (sorted by name; hidden and `*.part` files left out).
    /// Throws an `ImportFailure` for a path that does not exist.
    public static func expand(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { out.append(path); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw ImportFailure(path: path, reason: "no such file or folder")
            }
            guard isDir.boolValue else { out.append(path); continue }
            let names = (try? fm.contentsOfDirectory(atPath: path)) ?? []
            for name in names.sorted() where isImportable(name) {
                let full = (path as NSString).appendingPathComponent(name)
                var childIsDir: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &childIsDir), !childIsDir.boolValue { out.append(full) }
            }
        }
        return out
    }

    /// Whether a file name looks importable: a known ending, optionally `.gz`; not hidden, not `*.part`.
    public static func isImportable(_ name: String) -> Bool {
        guard !name.hasPrefix("."), !name.hasSuffix(".part") else { return false }
        var base = name.lowercased()
        if base.hasSuffix(".gz") { base = String(base.dropLast(3)) }
        guard let dot = base.lastIndex(of: ".") else { return false }
        return importableExtensions.contains(String(base[base.index(after: dot)...]))
    }

    /// Imports one file (`-` is standard input) and returns what happened; never throws: a file that cannot be
    /// imported is a failed report. `progress` gets the fraction of the file read, when its size is known.
    public func importFile(_ path: String, progress: ((Double) -> Void)? = nil) -> FileReport {
        let started = Date()
        let startedAt = UTCTime.now()
        var report = FileReport(path: path, kind: options.kind, outcome: .ok)
        report.isDryRun = options.dryRun
        var session: ImportSession?
        do {
            if path == "-", options.kind == nil {
                throw ImportFailure(path: path, reason: "standard input needs --kind (the kind cannot be told from a stream)")
            }
            let input = try openText(path, progress: progress, report: &report)
            let outcome = try runInTransaction(path: path, input: input, report: &report) { session = $0 }
            report.outcome = outcome
        } catch let failure as ImportFailure {
            report.outcome = .failed
            report.message = failure.line.map { "line \($0): \(failure.reason)" } ?? failure.reason
        } catch let problem as RowProblem {
            report.outcome = .failed
            report.message = problem.reason
        } catch {
            report.outcome = .failed
            report.message = "\(error)"
        }
        if let session {
            report.rowsRead = session.rowsRead
            report.rejects = session.rejects
            report.unknownCodes = session.unknownCodes
            report.notes += session.notes
            if !session.assumedZones.isEmpty { report.assumedZone = session.assumedZones.joined(separator: ", ") }
            if report.outcome == .failed {
                report.inserted = 0
                report.updated = 0
                report.unchanged = 0
            }
        }
        report.seconds = Date().timeIntervalSince(started)
        if report.outcome == .failed, !options.dryRun {
            // The failure itself is logged (outside the rolled-back transaction), with the rejects that caused it.
            let record = ImportRecord(path: path, sha256: nil, kind: report.kind?.rawValue ?? "unknown",
                                      startedAt: startedAt, finishedAt: UTCTime.now(), rowsRead: report.rowsRead,
                                      inserted: 0, updated: 0, unchanged: 0, rejected: report.rejects.count,
                                      outcome: .failed, assumedZone: report.assumedZone, message: report.message)
            _ = try? store.log(record, rejected: report.rejects, category: nil)
        }
        return report
    }

    /// The decoded text of a file and whether it looks like JSON.
    private struct TextInput {
        var source: ByteSource
        var isJSON: Bool
        /// The file's own bytes (before gzip and decoding), hashed for the import log.
        var fileBytes: HashingSource
    }

    private func openText(_ path: String, progress: ((Double) -> Void)?, report: inout FileReport) throws -> TextInput {
        let hashing = HashingSource(try FileDescriptorSource(path: path))
        var raw: ByteSource = hashing
        if let progress, path != "-",
           let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber {
            raw = ProgressSource(raw, total: size.int64Value, report: progress)
        }
        let head = try Self.peek(raw, count: 2)
        raw = PrefixedSource(prefix: head, rest: raw)
        if head == [0x1F, 0x8B] { raw = try GzipSource(raw, path: path) }
        let (text, encoding) = try TextDecoder.utf8Stream(raw, forced: options.encoding, path: path)
        if encoding != .utf8 { report.notes.append("converted from \(encoding)") }
        // The first byte that is not white space tells JSON from CSV.
        var prefix: [UInt8] = []
        var first: UInt8?
        while first == nil {
            let chunk = try Self.peek(text, count: 4096)
            if chunk.isEmpty { break }
            prefix += chunk
            first = chunk.first { !NumberParser.isSpace($0) }
        }
        guard let first else { throw ImportFailure(path: path, reason: "the file is empty") }
        return TextInput(source: PrefixedSource(prefix: prefix, rest: text), isJSON: first == UInt8(ascii: "{") || first == UInt8(ascii: "["),
                         fileBytes: hashing)
    }

    /// Reads up to `count` bytes (fewer only at the end).
    private static func peek(_ source: ByteSource, count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = try bytes.withUnsafeMutableBytes {
                try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Thrown to roll back a dry run or a `--strict` violation after the counts were taken.
    private struct Rollback: Error {}

    private func runInTransaction(path: String, input: TextInput, report: inout FileReport,
                                  sessionOut: (ImportSession) -> Void) throws -> ImportOutcome {
        let startedAt = UTCTime.now()
        var outcome = ImportOutcome.ok
        var counts = (0, 0, 0, 0)
        var strictFailure: String?
        var kind = options.kind
        var sessionKind: ImportKind?
        do {
            try store.transaction {
                let session = ImportSession(store: store, path: path, options: options)
                sessionOut(session)
                defer { sessionKind = session.kind }
                kind = try input.isJSON ? runJSON(input.source, session: session) : runCSV(input.source, session: session)
                let unlinked = try session.countUnlinked()
                counts = (session.inserted, session.updated, session.unchanged, unlinked)
                outcome = session.rejects.isEmpty ? .ok : .partial
                if options.strict, !session.rejects.isEmpty {
                    strictFailure = "\(session.rejects.count) row(s) rejected and --strict is on: nothing written"
                    throw Rollback()
                }
                if options.dryRun { throw Rollback() }
                let record = ImportRecord(path: path, sha256: input.fileBytes.hexDigest(), kind: kind?.rawValue ?? "unknown",
                                          startedAt: startedAt,
                                          finishedAt: UTCTime.now(), rowsRead: session.rowsRead,
                                          inserted: session.inserted, updated: session.updated,
                                          unchanged: session.unchanged, rejected: session.rejects.count, outcome: outcome,
                                          assumedZone: session.assumedZones.isEmpty ? nil
                                              : session.assumedZones.joined(separator: ", "),
                                          message: nil)
                try store.log(record, rejected: session.rejects, category: kind?.category)
            }
        } catch is Rollback {
            // Rolled back on purpose: a dry run, or --strict.
        } catch {
            report.kind = sessionKind ?? kind
            throw error
        }
        report.kind = kind
        (report.inserted, report.updated, report.unchanged, report.unlinked) = counts
        if let strictFailure { throw ImportFailure(path: path, reason: strictFailure) }
        return outcome
    }

    private func runCSV(_ source: ByteSource, session: ImportSession) throws -> ImportKind {
        let reader = try CSVReader(source: source, path: session.path)
        guard try reader.next() else { throw ImportFailure(path: session.path, reason: "the file is empty") }
        let headers = reader.strings
        guard let kind = options.kind ?? FormatDetector.kind(ofCSVHeader: headers) else {
            let shown = headers.prefix(6).map { "'\($0.trimmingCharacters(in: .whitespaces))'" }.joined(separator: ", ")
            throw ImportFailure(path: session.path, line: 1, reason: "unknown kind: no importer recognises the header "
                                + "(\(shown)\(headers.count > 6 ? ", …" : "")); give --kind")
        }
        session.kind = kind
        guard try FormatDetector.runCSV(kind: kind, reader: reader, headers: headers, session: session) else {
            throw ImportFailure(path: session.path, reason: "the file is CSV but \(kind.rawValue) files are JSON")
        }
        return kind
    }

    private func runJSON(_ source: ByteSource, session: ImportSession) throws -> ImportKind {
        let input = try JSONInput(path: session.path, bytes: try source.readAll())
        guard let firstDocument = input.documents.first else {
            throw ImportFailure(path: session.path, reason: "the file holds no JSON record")
        }
        guard let kind = options.kind ?? FormatDetector.kind(ofJSON: firstDocument.value) else {
            throw ImportFailure(path: session.path, reason: "unknown kind: no importer recognises this JSON "
                                + "(keys: \(Self.keys(firstDocument.value))); give --kind")
        }
        session.kind = kind
        guard let type = FormatDetector.jsonImporter(for: kind) else {
            throw ImportFailure(path: session.path, reason: "the file is JSON but \(kind.rawValue) files are CSV")
        }
        var importer = type.init(session: session)
        for document in input.documents {
            try importer.importDocument(document.value, walker: RecordWalker(session: session, input: input, document: document))
        }
        for (line, raw, reason) in input.badLines {
            session.rowsRead += 1
            session.reject(line: line, reason: reason, raw: raw)
        }
        session.rejects.sort { ($0.line ?? 0, $0.record ?? 0) < ($1.line ?? 0, $1.record ?? 0) }
        try importer.finish()
        return kind
    }

    private static func keys(_ value: Any) -> String {
        if let o = value as? [String: Any] { return o.keys.sorted().prefix(8).joined(separator: ", ") }
        if let a = value as? [Any], let o = a.first as? [String: Any] { return "[" + o.keys.sorted().prefix(8).joined(separator: ", ") + "]" }
        return "none"
    }
}
