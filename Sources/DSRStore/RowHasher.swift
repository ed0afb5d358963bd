/// FNV-1a over a record's fields: how the store recognises a record imported again unchanged.
public struct RowHasher {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// A fresh hasher.
    public init() {}

    /// Mixes in one field; nil and "" are different, and field boundaries count.
    public mutating func combine(_ value: SQLBindable?) {
        switch value?.sqlValue ?? .null {
        case .null: mix(0)
        case .integer(let i): mix(1); mixWord(UInt64(bitPattern: i))
        case .real(let d): mix(2); mixWord(d.bitPattern)
        case .text(let s):
            mix(3)
            for b in s.utf8 { mix(b) }
            mix(0xFF)
        }
    }

    /// Mixes in a text field exactly as `combine(_:)` does, without boxing it.
    public mutating func combine(text: String?) {
        guard var text else { mix(0); return }
        mix(3)
        text.withUTF8 { bytes in for b in bytes { mix(b) } }  // contiguous already for native strings
        mix(0xFF)
    }

    /// Mixes in an integer field exactly as `combine(_:)` does, without boxing it.
    public mutating func combine(int: Int64?) {
        guard let int else { mix(0); return }
        mix(1)
        mixWord(UInt64(bitPattern: int))
    }

    /// Mixes in every field of a list.
    public mutating func combine(_ values: [SQLBindable?]) { for v in values { combine(v) } }

    /// The hash as a signed 64-bit value (how SQLite stores integers).
    public var value: Int64 { Int64(bitPattern: state) }

    /// The hash of a list of fields.
    public static func hash(_ values: [SQLBindable?]) -> Int64 {
        var h = RowHasher()
        h.combine(values)
        return h.value
    }

    private mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01B3
    }

    private mutating func mixWord(_ word: UInt64) {
        var w = word
        for _ in 0..<8 { mix(UInt8(truncatingIfNeeded: w)); w >>= 8 }
    }
}
