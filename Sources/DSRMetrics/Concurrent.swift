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

    /// Starts `work` on a background thread, to run while the caller does something else; `wait()` on the
    /// result gives its value.
    static func start<R: Sendable>(_ work: @escaping @Sendable () -> R) -> Background<R> {
        let background = Background<R>()
        background.group.enter()
        DispatchQueue.global().async {
            background.value = work()
            background.group.leave()
        }
        return background
    }

    /// A value being computed on a background thread: written once there, read after `wait`.
    final class Background<R>: @unchecked Sendable {
        fileprivate let group = DispatchGroup()
        fileprivate var value: R?

        /// Blocks until the work has finished; its value.
        func wait() -> R {
            group.wait()
            return value!
        }
    }

    /// The result slots: each iteration writes only its own, and all are read after every iteration ended.
    private struct Slots<R>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<R?>
    }
}
