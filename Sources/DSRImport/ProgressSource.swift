/// Counts the bytes read from another source and reports the fraction of a known total, for the progress bar.
final class ProgressSource: ByteSource {
    private let inner: ByteSource
    private let total: Int64
    private let report: (Double) -> Void
    private var done: Int64 = 0
    private var lastStep = -1

    /// Wraps `inner`, of `total` bytes; `report` gets the fraction read each time it grows by a tenth of a percent.
    init(_ inner: ByteSource, total: Int64, report: @escaping (Double) -> Void) {
        self.inner = inner
        self.total = max(total, 1)
        self.report = report
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = try inner.read(into: buffer)
        done += Int64(n)
        let step = Int(done * 1000 / total)
        if step != lastStep {
            lastStep = step
            report(min(1, Double(done) / Double(total)))
        }
        return n
    }
}
