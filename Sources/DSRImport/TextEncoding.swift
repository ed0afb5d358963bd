import Foundation

/// The character encoding of an input file: UTF-8 (with or without BOM), UTF-16 with a BOM, GB18030/GBK
/// (exports saved by Chinese Excel), or any other name iconv knows (`--encoding`).
public enum TextEncoding: Equatable, Sendable, CustomStringConvertible {
    /// UTF-8, with or without a BOM.
    case utf8
    /// UTF-16 little-endian (Windows "Unicode" text).
    case utf16LE
    /// UTF-16 big-endian.
    case utf16BE
    /// GB18030, a superset of GBK and GB2312 (Chinese Excel exports).
    case gb18030
    /// Another iconv encoding name, as the user gave it.
    case other(String)

    /// Parses an `--encoding` value (`utf-8`, `utf-16le`, `gbk`, `gb2312`, `gb18030`, `latin1`, …); nil when
    /// iconv does not know it.
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "utf-16le", "utf16le": self = .utf16LE
        case "utf-16be", "utf16be": self = .utf16BE
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default:
            let cd = iconv_open("UTF-8", name)
            guard cd != iconv_t(bitPattern: -1) else { return nil }
            iconv_close(cd)
            self = .other(name)
        }
    }

    /// The name iconv knows it by.
    var iconvName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .gb18030: return "GB18030"
        case .other(let n): return n
        }
    }

    /// The name shown to the user.
    public var description: String { iconvName }
}

/// Turns an input in any supported encoding into a UTF-8 byte stream: strips a BOM, detects UTF-16 and
/// GB18030 (a file that is not valid UTF-8), converts with iconv.
enum TextDecoder {
    /// How many bytes are looked at to decide the encoding.
    static let sniffLength = 1 << 20

    /// The UTF-8 stream of `source`, and the encoding it was in. `forced` is the user's `--encoding`.
    static func utf8Stream(_ source: ByteSource, forced: TextEncoding?, path: String) throws -> (ByteSource, TextEncoding) {
        var head = [UInt8](repeating: 0, count: sniffLength)
        var filled = 0
        while filled < head.count {
            let n = try head.withUnsafeMutableBytes {
                try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]))
            }
            if n == 0 { break }
            filled += n
        }
        head.removeSubrange(filled...)
        let reachedEnd = filled < sniffLength
        var encoding: TextEncoding
        var bomLength = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8
            bomLength = 3
        } else if head.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LE
            bomLength = 2
        } else if head.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BE
            bomLength = 2
        } else if let guess = utf16WithoutBOM(head) {
            encoding = guess
        } else if isValidUTF8(head, mayBeCut: !reachedEnd) {
            encoding = .utf8
        } else {
            encoding = .gb18030
        }
        if let forced { encoding = forced }
        if forced != nil, bomLength > 0, forced != .utf8, forced != .utf16LE, forced != .utf16BE { bomLength = 0 }
        let body = Array(head[bomLength...])
        if encoding == .utf8 { return (PrefixedSource(prefix: body, rest: source), .utf8) }
        // Non-UTF-8 inputs are spreadsheet exports of modest size: convert them whole.
        var all = body
        if !reachedEnd { all.append(contentsOf: try source.readAll()) }
        var converted = try convert(all, from: encoding, path: path)
        if converted.starts(with: [0xEF, 0xBB, 0xBF]) { converted.removeFirst(3) }
        return (MemorySource(converted), encoding)
    }

    /// UTF-16 without a BOM shows as every other byte being zero in ASCII text.
    private static func utf16WithoutBOM(_ b: [UInt8]) -> TextEncoding? {
        let n = min(b.count, 4096) & ~1
        guard n >= 4 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for i in stride(from: 0, to: n, by: 2) {
            if b[i] == 0 { evenZeros += 1 }
            if b[i + 1] == 0 { oddZeros += 1 }
        }
        let pairs = n / 2
        if oddZeros * 10 >= pairs * 7, evenZeros * 10 < pairs { return .utf16LE }
        if evenZeros * 10 >= pairs * 7, oddZeros * 10 < pairs { return .utf16BE }
        return nil
    }

    /// Whether `b` is valid UTF-8; when `mayBeCut`, a sequence cut off at the very end is allowed.
    static func isValidUTF8(_ b: [UInt8], mayBeCut: Bool) -> Bool {
        b.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let c = p[i]
                if c < 0x80 { i += 1; continue }
                let len: Int
                if c & 0xE0 == 0xC0, c >= 0xC2 { len = 2 } else if c & 0xF0 == 0xE0 { len = 3 }
                else if c & 0xF8 == 0xF0, c <= 0xF4 { len = 4 } else { return false }
                if i + len > n { return mayBeCut }
                for k in 1..<len where p[i + k] & 0xC0 != 0x80 { return false }
                if len == 3 {
                    let v = (UInt32(c & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6)
                    if v < 0x800 || (v >= 0xD800 && v <= 0xDFFF) { return false }
                }
                if len == 4 {
                    let v = (UInt32(c & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12)
                    if v < 0x10000 || v > 0x10FFFF { return false }
                }
                i += len
            }
            return true
        }
    }

    /// Converts bytes to UTF-8 with iconv; throws naming the byte offset where the text is not in `encoding`.
    static func convert(_ bytes: [UInt8], from encoding: TextEncoding, path: String) throws -> [UInt8] {
        let cd = iconv_open("UTF-8", encoding.iconvName)
        guard cd != iconv_t(bitPattern: -1) else {
            throw ImportFailure(path: path, reason: "the encoding \(encoding) is not known to iconv")
        }
        defer { iconv_close(cd) }
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        var produced = 0
        let inTotal = input.count
        var consumed = 0
        try input.withUnsafeMutableBufferPointer { inPtr in
            var inLeft = inTotal
            var inCursor: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inPtr.baseAddress)?
                .assumingMemoryBound(to: CChar.self)
            while inLeft > 0 {
                if output.count - produced < 64 { output.append(contentsOf: [UInt8](repeating: 0, count: output.count)) }
                var outLeft = output.count - produced
                let rc = output.withUnsafeMutableBufferPointer { outPtr -> Int in
                    var outCursor: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outPtr.baseAddress! + produced)
                        .assumingMemoryBound(to: CChar.self)
                    let r = iconv(cd, &inCursor, &inLeft, &outCursor, &outLeft)
                    produced = outPtr.count - outLeft
                    return r
                }
                consumed = inTotal - inLeft
                if rc == -1 {
                    if errno == E2BIG { continue }
                    let what = errno == EINVAL ? "ends in the middle of a character" : "has bytes that are not \(encoding)"
                    throw ImportFailure(path: path, reason: "cannot decode the file: at byte \(consumed) it \(what); "
                                        + "give the right --encoding (utf-8, utf-16le, gb18030…)")
                }
            }
        }
        output.removeSubrange(produced...)
        return output
    }
}
