import Dispatch
import DSRStore

/// A second read-only connection to the database that reads on its own serial queue, so that one long read
/// runs while the source's own connection does the others. The connection is opened on that queue on first
/// use and only ever used there.
final class ReadHelper: @unchecked Sendable {
    private let path: String
    private let queue = DispatchQueue(label: "DSRMetrics.DashboardSource.ReadHelper")
    /// Touched only on `queue`.
    private var store: Store?

    init(path: String) { self.path = path }

    /// Starts `read` on the helper's connection; `wait()` on the result gives its value or throws its error.
    func start<T: Sendable>(_ read: @escaping @Sendable (Store) throws -> T) -> PendingRead<T> {
        let pending = PendingRead<T>()
        pending.group.enter()
        queue.async {
            defer { pending.group.leave() }
            do {
                let store = try self.store ?? Store(path: self.path, readOnly: true)
                self.store = store
                pending.result = .success(try read(store))
            } catch {
                pending.result = .failure(error)
            }
        }
        return pending
    }
}

/// The outcome of a read started on a `ReadHelper`: written once on the helper's queue, read after `wait`.
final class PendingRead<T>: @unchecked Sendable {
    let group = DispatchGroup()
    var result: Result<T, Error>?

    /// Blocks until the read has finished; its value, or its error thrown.
    func wait() throws -> T {
        group.wait()
        return try result!.get()
    }
}
