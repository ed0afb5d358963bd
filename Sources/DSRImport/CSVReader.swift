import Foundation

/// A streaming RFC 4180 reader over UTF-8 bytes: quoted fields with embedded delimiters, doubled quotes and
/// newlines; CRLF or LF; the delimiter (comma, semicolon or tab) sniffed from the header line. Each record
/// knows the physical line it starts on. Fields are byte views valid until the next call to `next()`, so the
/// hot path never builds a String it does not need.
final class CSVReader {
    private let source: ByteSource
    private let path: String
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var start = 0
    private var end = 0
    private var atEOF = false
    private var nextLine = 1
    private var scratch: UnsafeMutablePointer<UInt8>
    private var scratchCapacity: Int
    private var scratchUsed = 0
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var inScratch: [Bool] = []
    private var rawStart = 0
    private var rawEnd = 0

    /// The field delimiter in use.
    private(set) var delimiter: UInt8
    /// Physical (1-based) line on which the current record starts.
    private(set) var line = 0
    /// Number of fields in the current record.
    private(set) var count = 0

    /// A reader of `source`; `delimiter` nil means sniff it from the first line.
    init(source: ByteSource, path: String, delimiter: UInt8? = nil, chunkSize: Int = 1 << 20) throws {
        self.source = source
        self.path = path
        capacity = chunkSize
        buffer = .allocate(capacity: capacity)
        scratchCapacity = 4096
        scratch = .allocate(capacity: scratchCapacity)
        self.delimiter = delimiter ?? UInt8(ascii: ",")
        if delimiter == nil { try sniff() }
    }

    deinit {
        buffer.deallocate()
        scratch.deallocate()
    }

    /// The bytes of field `i` of the current record (empty when the record has fewer fields).
    @inline(__always)
    func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        guard i >= 0, i < count else { return UnsafeBufferPointer(start: nil, count: 0) }
        let base = inScratch[i] ? scratch : buffer
        return UnsafeBufferPointer(start: base + starts[i], count: ends[i] - starts[i])
    }

    /// Field `i` as a String (empty when missing).
    func string(_ i: Int) -> String { String(decoding: field(i), as: UTF8.self) }

    /// Every field of the current record as Strings.
    var strings: [String] { (0..<count).map(string) }

    /// The current record's raw text as it stands in the file (without its line end), for rejected rows.
    var rawText: String {
        var e = rawEnd
        while e > rawStart, buffer[e - 1] == 10 || buffer[e - 1] == 13 { e -= 1 }
        return String(decoding: UnsafeBufferPointer(start: buffer + rawStart, count: e - rawStart), as: UTF8.self)
    }

    /// Moves to the next record; false at the end. Blank lines are skipped.
    func next() throws -> Bool {
        while true {
            if start >= end, !atEOF { try fill() }
            if start >= end, atEOF { return false }
            switch try parseRecord() {
            case .record:
                if count == 1, ends[0] == starts[0], !inScratch[0], rawEnd > rawStart,
                   buffer[rawStart] != UInt8(ascii: "\"") { continue }  // a blank line
                return true
            case .needMore:
                try fill()
            }
        }
    }

    private enum Parse { case record, needMore }

    private func parseRecord() throws -> Parse {
        // Locals, so the byte loops do not pay for exclusivity checks on the class's stored properties.
        let d = delimiter
        let buffer = self.buffer
        let end = self.end
        let atEOF = self.atEOF
        var p = start
        var newlines = 0
        count = 0
        scratchUsed = 0
        while true {
            // One field.
            if p < end, buffer[p] == 34 {  // quoted
                p += 1
                let contentStart = p
                var needsUnescape = false
                var closed = -1
                while true {
                    var q = p
                    while q < end, buffer[q] != 34 {
                        if buffer[q] == 10 { newlines += 1 }
                        q += 1
                    }
                    if q >= end {
                        if atEOF {
                            throw ImportFailure(path: path, line: nextLine, reason:
                                "a quoted field opened on line \(nextLine) is never closed (is the file truncated?)")
                        }
                        return .needMore
                    }
                    if q + 1 < end, buffer[q + 1] == 34 {
                        needsUnescape = true
                        p = q + 2
                        continue
                    }
                    if q + 1 >= end, !atEOF { return .needMore }
                    closed = q
                    p = q + 1
                    break
                }
                // Text after the closing quote up to the delimiter is kept (lenient, as spreadsheets are).
                var tail = p
                while tail < end, buffer[tail] != d, buffer[tail] != 10 { tail += 1 }
                if tail >= end, !atEOF { return .needMore }
                var tailEnd = tail
                if tailEnd > p, buffer[tailEnd - 1] == 13 { tailEnd -= 1 }
                if needsUnescape || tailEnd > p {
                    let s = scratchUsed
                    ensureScratch(closed - contentStart + tailEnd - p)
                    var k = contentStart
                    while k < closed {
                        scratch[scratchUsed] = buffer[k]
                        scratchUsed += 1
                        k += buffer[k] == 34 ? 2 : 1
                    }
                    for t in p..<tailEnd {
                        scratch[scratchUsed] = buffer[t]
                        scratchUsed += 1
                    }
                    appendField(s, scratchUsed, inScratch: true)
                } else {
                    appendField(contentStart, closed, inScratch: false)
                }
                p = tail
            } else {
                let fs = p
                while p < end, buffer[p] != d, buffer[p] != 10 { p += 1 }
                if p >= end, !atEOF { return .needMore }
                var fe = p
                if fe > fs, buffer[fe - 1] == 13 { fe -= 1 }
                appendField(fs, fe, inScratch: false)
            }
            // After a field: delimiter, line end, or end of input.
            if p < end, buffer[p] == d {
                p += 1
                continue
            }
            rawStart = start
            if p < end {  // '\n'
                newlines += 1
                p += 1
            }
            rawEnd = p
            line = nextLine
            nextLine += newlines
            start = p
            return .record
        }
    }

    @inline(__always)
    private func appendField(_ s: Int, _ e: Int, inScratch flag: Bool) {
        if count < starts.count {
            starts[count] = s
            ends[count] = e
            inScratch[count] = flag
        } else {
            starts.append(s)
            ends.append(e)
            inScratch.append(flag)
        }
        count += 1
    }

    private func ensureScratch(_ extra: Int) {
        guard scratchUsed + extra > scratchCapacity else { return }
        let newCapacity = max(scratchCapacity * 2, scratchUsed + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: scratch, count: scratchUsed)
        scratch.deallocate()
        scratch = grown
        scratchCapacity = newCapacity
    }

    /// Keeps the unread bytes, makes room (growing for a record longer than the buffer) and reads more.
    private func fill() throws {
        if start > 0 {
            let left = end - start
            if left > 0 { buffer.update(from: buffer + start, count: left) }
            end = left
            start = 0
        }
        if end == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity *= 2
        }
        let n = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer + end, count: capacity - end))
        if n == 0 { atEOF = true } else { end += n }
    }

    /// Chooses the delimiter that splits the first line most often, outside quotes. A tab right before another
    /// candidate or the line end is a cell ending in a tab (the Seller Center quirk), not a delimiter.
    private func sniff() throws {
        while true {
            var inQuotes = false
            var counts: [UInt8: Int] = [44: 0, 59: 0, 9: 0]
            var i = start
            var sawLineEnd = false
            while i < end {
                let c = buffer[i]
                if c == 34 { inQuotes.toggle() } else if !inQuotes {
                    if c == 10 { sawLineEnd = true; break }
                    if c == 44 || c == 59 { counts[c]! += 1 } else if c == 9 {
                        let nextByte = i + 1 < end ? buffer[i + 1] : 10
                        if nextByte != 44, nextByte != 59, nextByte != 10, nextByte != 13 { counts[9]! += 1 }
                    }
                }
                i += 1
            }
            if sawLineEnd || atEOF || end - start >= 1 << 16 {
                let best = [UInt8(44), 59, 9].max { counts[$0]! < counts[$1]! }!
                delimiter = counts[best]! > 0 ? best : 44
                return
            }
            try fill()
        }
    }
}
