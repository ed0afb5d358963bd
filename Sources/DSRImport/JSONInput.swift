import Foundation

/// A JSON input: one document, or JSON Lines (one document per line). Keeps the bytes to find record lines.
struct JSONInput {
    /// One top-level document with the line it starts on.
    struct Document {
        var value: Any
        var line: Int
        var isLine: Bool
    }

    /// The file as given.
    let path: String
    /// The UTF-8 text.
    let bytes: [UInt8]
    /// The documents.
    let documents: [Document]
    /// JSON Lines lines that did not parse: (line, raw text, reason).
    let badLines: [(Int, String, String)]

    /// Parses `bytes` as one JSON document, else as JSON Lines; a file that is neither fails whole.
    init(path: String, bytes: [UInt8]) throws {
        self.path = path
        self.bytes = bytes
        let data = Data(bytes)
        if let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
            guard value is [String: Any] || value is [Any] else {
                throw ImportFailure(path: path, reason: "the JSON holds a single \(type(of: value)), not an object or array")
            }
            documents = [Document(value: value, line: 1, isLine: false)]
            badLines = []
            return
        }
        var docs: [Document] = []
        var bad: [(Int, String, String)] = []
        var lineNumber = 0
        for line in bytes.split(separator: 10, omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.drop { $0 == 32 || $0 == 9 || $0 == 13 }
            if trimmed.isEmpty || trimmed.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            if let v = try? JSONSerialization.jsonObject(with: Data(line), options: []), v is [String: Any] {
                docs.append(Document(value: v, line: lineNumber, isLine: true))
            } else {
                bad.append((lineNumber, String(decoding: line, as: UTF8.self), "this line is not a JSON object"))
            }
        }
        // Not JSON Lines either: the document is broken (truncated, or not JSON at all).
        guard !docs.isEmpty, docs.count >= bad.count else {
            let reason: String
            do {
                _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
                reason = "not JSON"
            } catch {
                reason = "not valid JSON (is the file truncated?): \(JSONInput.describe(error))"
            }
            throw ImportFailure(path: path, reason: reason)
        }
        documents = docs
        badLines = bad
    }

    /// The start lines of the elements of the array at `path` in a one-document input.
    func lines(of path: [String]) -> [Int] { JSONLineIndex.elementLines(in: bytes, path: path) }

    /// Compact JSON text of a value, for rejected records.
    static func raw(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject(value),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }
}
