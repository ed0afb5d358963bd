import Foundation

/// A flag the board sets when it quits, so the live writer thread stops between transactions.
final class StopSignal: @unchecked Sendable {
    private let condition = NSCondition()
    private var isStopped = false
    private var isFinished = false
    private var message: String?

    var isSet: Bool { condition.withLock { isStopped } }
    var failure: String? { condition.withLock { message } }

    func set() { condition.withLock { isStopped = true } }

    func fail(_ text: String) { condition.withLock { message = text } }

    func finish() {
        condition.withLock {
            isFinished = true
            condition.broadcast()
        }
    }

    func waitUntilFinished() {
        condition.withLock { while !isFinished { condition.wait() } }
    }
}
