/// What the background reader reports to the UI thread.
public enum ReaderEvent: Sendable {
    /// A fresh load.
    case loaded(BoardData)
    /// The database was checked and had not changed (wall-clock seconds).
    case checked(at: Double)
    /// Reading failed; the message says why.
    case failed(String)
}
