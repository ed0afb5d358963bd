/// Passes a file's bytes through while hashing them; `hexDigest()` reads whatever the importer left unread,
/// so the hash is always of the whole file.
final class HashingSource: ByteSource {
    private let source: ByteSource
    private var hasher = SHA256()
    private var isFinished = false

    init(_ source: ByteSource) { self.source = source }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = try source.read(into: buffer)
        if n > 0 { hasher.update(UnsafeRawBufferPointer(rebasing: buffer[0..<n])) } else { isFinished = true }
        return n
    }

    /// The SHA-256 of every byte of the source, hex; nil when the rest cannot be read.
    func hexDigest() -> String? {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !isFinished {
            guard let n = try? chunk.withUnsafeMutableBytes({ try read(into: $0) }) else { return nil }
            if n == 0 { break }
        }
        return hasher.hexDigest()
    }
}
