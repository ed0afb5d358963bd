/// Finds the line on which each element of a JSON array starts, so that a rejected record is reported as
/// `file:line: error:` like a CSV row. The array is named by its path of object keys from the root
/// (`["data", "orders"]`; `[]` for a top-level array).
enum JSONLineIndex {
    private struct Frame {
        var isArray: Bool
        var path: [String]?
        var key: String?
        var expectKey: Bool
    }

    /// 1-based start lines of the elements of the array at `path`, in order (empty when there is none).
    static func elementLines(in bytes: [UInt8], path target: [String]) -> [Int] {
        var lines: [Int] = []
        var stack: [Frame] = []
        var line = 1
        var i = 0
        let n = bytes.count
        func valueStarts() {
            if let top = stack.last, top.isArray, top.path == target { lines.append(line) }
        }
        func childPath() -> [String]? {
            guard let top = stack.last else { return [] }
            if top.isArray { return nil }
            guard let p = top.path, let k = top.key else { return nil }
            return p + [k]
        }
        while i < n {
            let c = bytes[i]
            switch c {
            case 10:
                line += 1
                i += 1
            case 32, 9, 13, 44, 58:
                if c == 44, let top = stack.last, !top.isArray { stack[stack.count - 1].expectKey = true }
                i += 1
            case 34:
                let s = i + 1
                i += 1
                while i < n, bytes[i] != 34 {
                    if bytes[i] == 92 { i += 1 }
                    if i < n, bytes[i] == 10 { line += 1 }
                    i += 1
                }
                if let top = stack.last, !top.isArray, top.expectKey {
                    stack[stack.count - 1].key = String(decoding: bytes[s..<min(i, n)], as: UTF8.self)
                    stack[stack.count - 1].expectKey = false
                } else {
                    valueStarts()
                }
                i += 1
            case 123, 91:
                valueStarts()
                stack.append(Frame(isArray: c == 91, path: childPath(), key: nil, expectKey: c == 123))
                i += 1
            case 125, 93:
                if !stack.isEmpty { stack.removeLast() }
                i += 1
            default:
                valueStarts()
                while i < n, ![32, 9, 10, 13, 44, 93, 125].contains(bytes[i]) { i += 1 }
            }
        }
        return lines
    }
}
