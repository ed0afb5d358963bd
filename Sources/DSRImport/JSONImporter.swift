import DSRModel
import Foundation

/// An importer of one JSON format: recognises its documents and stores their records.
protocol JSONImporter {
    /// The kind it reads.
    static var kind: ImportKind { get }
    /// Whether a top-level document (or one JSON Lines line) is of this format.
    static func recognizes(_ value: Any) -> Bool
    /// Prepares for a file.
    init(session: ImportSession)
    /// Stores the records of one document through `walker`, which reports rejects with their lines.
    mutating func importDocument(_ value: Any, walker: RecordWalker) throws
    /// Called after the last document.
    mutating func finish() throws
}

extension JSONImporter {
    mutating func finish() throws {}
}

/// Visits the records of a document, numbering them and catching per-record problems as rejects with the line
/// the record starts on.
struct RecordWalker {
    let session: ImportSession
    let input: JSONInput
    let document: JSONInput.Document

    /// Runs `body` for each object of `records`, the array found at `path` (object keys from the document root).
    func each(_ records: [Any], at path: [String], _ body: (JSONRecord) throws -> Void) throws {
        let lines = document.isLine ? [] : input.lines(of: path)
        for (i, value) in records.enumerated() {
            let line = document.isLine ? document.line : (i < lines.count ? lines[i] : nil)
            session.rowsRead += 1
            do {
                guard let record = JSONRecord(value) else { throw RowProblem("record \(i + 1) is not a JSON object") }
                try body(record)
            } catch let problem as RowProblem {
                session.reject(line: line, record: document.isLine ? nil : i + 1, reason: problem.reason,
                               raw: JSONInput.raw(value))
            }
        }
    }

    /// Runs `body` for a single record (a document that is one object).
    func one(_ value: Any, _ body: (JSONRecord) throws -> Void) throws {
        session.rowsRead += 1
        do {
            guard let record = JSONRecord(value) else { throw RowProblem("the record is not a JSON object") }
            try body(record)
        } catch let problem as RowProblem {
            session.reject(line: document.line, record: document.isLine ? nil : 1, reason: problem.reason,
                           raw: JSONInput.raw(value))
        }
    }
}

/// Shared reading of API envelopes.
enum Envelope {
    /// Fails the file when a TikTok/17TRACK-style envelope reports an error (`code` not 0).
    static func checkCode(_ value: Any, path: String) throws {
        guard let o = value as? [String: Any], let code = o["code"] as? NSNumber, code.intValue != 0,
              o["data"] == nil || o["data"] is NSNull else { return }
        let message = (o["message"] as? String) ?? (o["msg"] as? String) ?? ""
        throw ImportFailure(path: path, reason: "the file is an API error response (code \(code), \(message)), not data")
    }

    /// The value at a path of object keys.
    static func at(_ value: Any, _ path: [String]) -> Any? {
        var v: Any? = value
        for k in path { v = (v as? [String: Any])?[k] }
        return v
    }

    /// `#1188` style order numbers in a subject line.
    static func hashNumbers(_ text: String?) -> [String] {
        guard let text else { return [] }
        var out: [String] = []
        var i = text.startIndex
        while let h = text[i...].firstIndex(of: "#") {
            let digits = text[text.index(after: h)...].prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty { out.append(String(digits)) }
            i = text.index(after: h)
        }
        return out
    }
}
