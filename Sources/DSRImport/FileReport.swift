import DSRModel
import Foundation

/// What importing one file did: the per-file summary line, its rejects, and the JSON form.
public struct FileReport: Sendable {
    /// The file as given (`-` for standard input).
    public var path: String
    /// The kind read (nil when it could not be told).
    public var kind: ImportKind?
    /// How it ended.
    public var outcome: ImportOutcome
    /// Rows or records read.
    public var rowsRead = 0
    /// Records newly stored.
    public var inserted = 0
    /// Records replaced by a newer or different version.
    public var updated = 0
    /// Records already stored as they are (or older than what is stored).
    public var unchanged = 0
    /// Rejected rows, in file order.
    public var rejects: [RejectedRow] = []
    /// Wall time in seconds.
    public var seconds: Double = 0
    /// The zone assumed for times without an offset, when any were read (`Asia/Bangkok (--tz)`).
    public var assumedZone: String?
    /// The failure, when the file failed.
    public var message: String?
    /// Forwarder status codes the table does not know, with how many events carried each.
    public var unknownCodes: [String: Int] = [:]
    /// Records kept without a link to a known order (tickets, parcels, events, reviews).
    public var unlinked = 0
    /// Other remarks (encoding converted, rows skipped, records the source itself rejected).
    public var notes: [String] = []
    /// True when nothing was written because of `--dry-run`.
    public var isDryRun = false

    /// A report.
    public init(path: String, kind: ImportKind?, outcome: ImportOutcome) {
        self.path = path
        self.kind = kind
        self.outcome = outcome
    }

    /// The one summary line for the file.
    public var summaryLine: String {
        let name = kind?.rawValue ?? "unknown kind"
        if outcome == .failed {
            return "\(path): \(name): failed, nothing written: \(message ?? "unknown error")"
        }
        var s = "\(path): \(name): \(rowsRead) read, \(inserted) inserted, \(updated) updated, \(unchanged) unchanged, "
            + "\(rejects.count) rejected in \(Self.format(seconds)) s"
        if isDryRun { s += " (dry run: nothing written)" }
        if let assumedZone { s += "; times without offset read as \(assumedZone)" }
        if unlinked > 0 { s += "; \(unlinked) not linked to a known order (kept)" }
        return s
    }

    /// Compiler-style lines for the rejects: `file:line: error: reason`.
    public var rejectLines: [String] {
        rejects.map { r in
            let location = r.line.map { ":\($0)" } ?? ""
            let record = r.record.map { " (record \($0))" } ?? ""
            return "\(path)\(location): error: \(r.reason)\(record)"
        }
    }

    /// Further lines: unknown forwarder codes and notes.
    public var noteLines: [String] {
        var out: [String] = []
        if !unknownCodes.isEmpty {
            let list = unknownCodes.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
            out.append("\(path): note: unknown status codes, events kept without moving the parcel status: \(list); "
                       + "map them under [forwarder_status] in the config file")
        }
        out += notes.map { "\(path): note: \($0)" }
        return out
    }

    /// The report as a JSON-ready dictionary.
    public var jsonObject: [String: Any] {
        var o: [String: Any] = [
            "path": path, "kind": kind?.rawValue ?? NSNull(), "outcome": outcome.rawValue, "read": rowsRead,
            "inserted": inserted, "updated": updated, "unchanged": unchanged, "rejected": rejects.count,
            "seconds": (seconds * 1000).rounded() / 1000, "dry_run": isDryRun, "unlinked": unlinked,
            "assumed_zone": assumedZone ?? NSNull(), "message": message ?? NSNull(),
            "unknown_codes": unknownCodes, "notes": notes,
        ]
        o["rejects"] = rejects.map { r -> [String: Any] in
            ["line": r.line ?? NSNull(), "record": r.record ?? NSNull(), "reason": r.reason, "raw": r.raw]
        }
        return o
    }

    private static func format(_ s: Double) -> String {
        let ms = Int((s * 100).rounded())
        return "\(ms / 100).\(ms % 100 < 10 ? "0" : "")\(ms % 100)"
    }
}

