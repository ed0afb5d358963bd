import Dispatch

/// Runs independent pure computations side by side on the cores there are.
enum Concurrent {
    /// `items.map(transform)`, computed concurrently; the results come back in the items' order.
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: items.count) { i in slots.buffer[i] = transform(items[i]) }
        }
        return results.map { $0! }
    }

    /// The result slots: each iteration writes only its own, and all are read after every iteration ended.
    private struct Slots<R>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<R?>
    }
}
