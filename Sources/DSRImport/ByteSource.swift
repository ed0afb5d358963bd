import CZlib
import Foundation

/// A forward-only stream of bytes: a file, standard input, a gzip stream over another source, or memory.
protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes; returns 0 only at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

extension ByteSource {
    /// Reads everything that is left.
    func readAll() throws -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try chunk.withUnsafeMutableBytes { try read(into: $0) }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
        }
    }
}

/// A file descriptor read with `read(2)`; closes what it opened.
final class FileDescriptorSource: ByteSource {
    private let fd: Int32
    private let owns: Bool
    private let path: String

    /// Opens `path` for reading (`-` is standard input).
    init(path: String) throws {
        self.path = path
        if path == "-" {
            fd = 0
            owns = false
        } else {
            fd = open(path, O_RDONLY)
            owns = true
            guard fd >= 0 else {
                throw ImportFailure(path: path, reason: "cannot open the file: \(String(cString: strerror(errno)))")
            }
        }
    }

    deinit { if owns { close(fd) } }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw ImportFailure(path: path, reason: "cannot read the file: \(String(cString: strerror(errno)))")
        }
    }
}

/// Bytes already in memory.
final class MemorySource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - offset)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + n])) }
        offset += n
        return n
    }
}

/// Bytes already peeked from a source, served before the rest of it.
final class PrefixedSource: ByteSource {
    private var prefix: [UInt8]
    private var offset = 0
    private let rest: ByteSource

    init(prefix: [UInt8], rest: ByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if offset < prefix.count {
            let n = min(buffer.count, prefix.count - offset)
            prefix.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + n])) }
            offset += n
            if offset == prefix.count {
                prefix = []
                offset = 0
            }
            return n
        }
        return try rest.read(into: buffer)
    }
}

/// Inflates a gzip stream (one or more members) read from another source, with zlib.
final class GzipSource: ByteSource {
    private let input: ByteSource
    private let path: String
    private var stream = z_stream()
    private var inBuffer = [UInt8](repeating: 0, count: 1 << 16)
    private var inputEnded = false
    private var finished = false

    init(_ input: ByteSource, path: String) throws {
        self.input = input
        self.path = path
        guard czlib_inflate_init_gzip(&stream) == Z_OK else {
            throw ImportFailure(path: path, reason: "cannot start the gzip decoder")
        }
    }

    deinit { inflateEnd(&stream) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !finished, buffer.count > 0 else { return 0 }
        return try inBuffer.withUnsafeMutableBytes { inBytes -> Int in
            while true {
                if stream.avail_in == 0, !inputEnded {
                    let n = try input.read(into: inBytes)
                    if n == 0 { inputEnded = true }
                    stream.next_in = inBytes.baseAddress!.assumingMemoryBound(to: Bytef.self)
                    stream.avail_in = uInt(n)
                }
                stream.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(buffer.count)
                let rc = inflate(&stream, Z_NO_FLUSH)
                let produced = buffer.count - Int(stream.avail_out)
                switch rc {
                case Z_STREAM_END:
                    // Another gzip member may follow (concatenated .gz files).
                    if stream.avail_in == 0, !inputEnded {
                        let n = try input.read(into: inBytes)
                        if n == 0 { inputEnded = true } else {
                            stream.next_in = inBytes.baseAddress!.assumingMemoryBound(to: Bytef.self)
                            stream.avail_in = uInt(n)
                        }
                    }
                    if stream.avail_in > 0 { inflateReset(&stream) } else { finished = true }
                    if produced > 0 || finished { return produced }
                case Z_OK, Z_BUF_ERROR:
                    if produced > 0 { return produced }
                    if inputEnded, stream.avail_in == 0 {
                        throw ImportFailure(path: path, reason: "the gzip data is truncated (the file ends mid-stream)")
                    }
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "code \(rc)"
                    throw ImportFailure(path: path, reason: "the gzip data is corrupt: \(message)")
                }
            }
        }
    }
}
