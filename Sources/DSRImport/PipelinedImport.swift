import DSRModel
import DSRStore
import Foundation

/// A value handed between threads whose ownership moves with it: the sender no longer touches it once it is
/// handed over (or until the receiving thread has finished, which the hand-off's lock makes visible).
final class HandedOver<Value>: @unchecked Sendable {
    /// The value; used by one thread at a time.
    var value: Value
    /// Wraps `value` for the hand-over.
    init(_ value: Value) { self.value = value }
}

/// A bounded first-in first-out queue between one producer thread and one consumer thread, guarded by an
/// `NSCondition`. The consumer may cancel it: the producer's next `put` then fails and it stops.
final class BoundedHandOff<Message: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var messages: [Message] = []
    private var head = 0
    private let capacity: Int
    private var cancelled = false
    private var producerFinished = false

    /// A queue holding at most `capacity` messages.
    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Appends a message, waiting while the queue is full; false when the consumer has cancelled.
    func put(_ message: Message) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while messages.count - head >= capacity, !cancelled { condition.wait() }
        if cancelled { return false }
        messages.append(message)
        condition.broadcast()
        return true
    }

    /// The oldest message, waiting for one.
    func take() -> Message {
        condition.lock()
        defer { condition.unlock() }
        while messages.count == head { condition.wait() }
        let message = messages[head]
        head += 1
        if head == messages.count {
            messages.removeAll(keepingCapacity: true)
            head = 0
        }
        condition.broadcast()
        return message
    }

    /// Runs `body` under the queue's lock and wakes the waiters (answers to requests).
    func locked(_ body: () -> Void) {
        condition.lock()
        body()
        condition.broadcast()
        condition.unlock()
    }

    /// Waits under the queue's lock until `read` returns a value; nil when the consumer has cancelled first.
    func wait<T>(for read: () -> T?) -> T? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let value = read() { return value }
            if cancelled { return nil }
            condition.wait()
        }
    }

    /// Tells the producer to stop (called by the consumer when it stops taking).
    func cancel() {
        locked { cancelled = true }
    }

    /// Called by the producer thread as its last act.
    func finishProducing() {
        locked { producerFinished = true }
    }

    /// Waits until the producer thread has called `finishProducing()`: everything it wrote is then visible.
    func waitForProducer() {
        condition.lock()
        defer { condition.unlock() }
        while !producerFinished { condition.wait() }
    }
}

/// The Seller Center order import on two threads: a reading thread reads, decodes, parses and validates the
/// CSV and hands batches of parsed rows through a bounded queue to the calling thread, which owns the store's
/// connection and writes them in file order inside the file's transaction. Counts, rejects (with their line
/// numbers and reasons, in file order) and shops come out as with `CSVImportDriver`; only the calling thread
/// touches the store.
enum PipelinedSellerCenterImport {
    /// Parsed rows per batch handed to the writer.
    static let batchSize = 4096
    /// Batches the queue holds before the reading thread waits.
    static let queueCapacity = 4

    /// One row read: stored or rejected. Each counts as one row read.
    enum Entry: Sendable {
        /// A row to store.
        case row(SellerCenterOrdersImporter.ParsedRow)
        /// A row rejected at `line`, with the reason and its raw text.
        case reject(line: Int, reason: String, raw: String)
    }

    /// A shop the reading thread needs, found (or created) by the writer; `answer` is guarded by the queue's lock.
    final class ShopRequest: @unchecked Sendable {
        /// The shop text of a row; nil for the default shop.
        let text: String?
        /// Set by the writer.
        var answer: Result<Shop, any Error>?
        /// A request for the shop of `text` (nil: the default shop).
        init(text: String?) { self.text = text }
    }

    /// What the reading thread sends.
    enum Message: Sendable {
        /// Rows in file order.
        case batch([Entry])
        /// A shop to find or create before the rows after it are read.
        case shop(ShopRequest)
        /// The last row was read.
        case end
        /// The file cannot be imported; `rowRead` when a row was being imported (it counts as read).
        case failure(any Error, rowRead: Bool)
    }

    /// Thrown on the reading thread when the writer has stopped.
    private struct Cancelled: Error {}

    /// The reading thread's state: the reader, the importer, the rows not yet sent.
    private final class Producer {
        let reader: CSVReader
        var importer: SellerCenterOrdersImporter
        let queue: BoundedHandOff<Message>
        var pending: [Entry] = []

        init(reader: CSVReader, importer: SellerCenterOrdersImporter, queue: BoundedHandOff<Message>) {
            self.reader = reader
            self.importer = importer
            self.queue = queue
            pending.reserveCapacity(batchSize)
        }

        func flush() throws {
            guard !pending.isEmpty else { return }
            let batch = pending
            pending = []
            pending.reserveCapacity(batchSize)
            guard queue.put(.batch(batch)) else { throw Cancelled() }
        }

        /// Asks the writer for a shop, after the rows read before it.
        func ask(_ text: String?) throws -> Shop {
            try flush()
            let request = ShopRequest(text: text)
            guard queue.put(.shop(request)) else { throw Cancelled() }
            guard let answer = queue.wait(for: { request.answer }) else { throw Cancelled() }
            return try answer.get()
        }

        func run() {
            defer { queue.finishProducing() }
            var first = true
            var failure: (any Error, Bool)?
            do {
                while try reader.next() {
                    defer { first = false }
                    if importer.isSkippable(reader, isFirst: first) { continue }
                    do {
                        pending.append(.row(try importer.parse(reader)))
                    } catch let problem as RowProblem {
                        pending.append(.reject(line: reader.line, reason: problem.reason, raw: reader.rawText))
                    } catch {
                        failure = (error, true)
                        break
                    }
                    if pending.count >= batchSize { try flush() }
                }
                if failure == nil { try importer.finish() }
            } catch is Cancelled {
                return
            } catch {
                failure = (error, false)
            }
            if let (error, _) = failure, error is Cancelled { return }
            do { try flush() } catch { return }
            if let (error, rowRead) = failure {
                _ = queue.put(.failure(error, rowRead: rowRead))
            } else {
                _ = queue.put(.end)
            }
        }
    }

    /// Imports the rows after the header; same contract as `CSVImportDriver.run`.
    static func run(reader: CSVReader, headers: [String], session: ImportSession) throws {
        typealias I = SellerCenterOrdersImporter
        let map = try CSVImportDriver.headerMap(I.self, reader: reader, headers: headers, session: session)
        // The reading thread gets a session of its own for zones, the day order and assumed zones; shops come
        // from the writer's session.
        let reading = ImportSession(store: session.store, path: session.path, options: session.options)
        let queue = BoundedHandOff<Message>(capacity: queueCapacity)
        let producer = Producer(reader: reader, importer: try I(map: map, session: reading), queue: queue)
        producer.importer.shops = I.ShopLookup(named: { [unowned producer] in try producer.ask($0) },
                                               fallback: { [unowned producer] in try producer.ask(nil) })
        let handed = HandedOver(producer)
        let thread = Thread { handed.value.run() }
        thread.stackSize = 8 << 20
        thread.name = "import-reader"
        thread.start()
        defer {
            queue.cancel()
            queue.waitForProducer()
            session.adoptReadingState(of: reading)
        }
        var headerOutcome = UpsertOutcome.unchanged
        while true {
            switch queue.take() {
            case .batch(let entries):
                for entry in entries {
                    session.rowsRead += 1
                    switch entry {
                    case .row(let row):
                        session.count(try I.write(row, to: session.store, headerOutcome: &headerOutcome))
                    case .reject(let line, let reason, let raw):
                        session.reject(line: line, reason: reason, raw: raw)
                    }
                }
            case .shop(let request):
                let answer = Result<Shop, any Error> { try request.text.map { try session.shop(named: $0) } ?? session.defaultShop() }
                queue.locked { request.answer = answer }
            case .end:
                return
            case .failure(let error, let rowRead):
                if rowRead { session.rowsRead += 1 }
                throw error
            }
        }
    }
}
