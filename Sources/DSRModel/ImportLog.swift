/// The kinds of file `dsrboard import` reads (formats.md), each feeding one source category of the board.
public enum ImportKind: String, CaseIterable, Sendable, Codable {
    case tiktokShops = "tiktok-shops"
    case tiktokOrders = "tiktok-orders"
    case tiktokReviews = "tiktok-reviews"
    case shopRating = "shop-rating"
    case tiktokAds = "tiktok-ads"
    case zendesk
    case freshdesk
    case aftership
    case track17 = "17track"
    case trackingEvents = "tracking-events"

    /// The board's source category this kind feeds (the header's "last import per source").
    public var category: SourceCategory {
        switch self {
        case .tiktokShops, .tiktokOrders: return .orders
        case .tiktokReviews: return .reviews
        case .shopRating: return .rating
        case .tiktokAds: return .ads
        case .zendesk, .freshdesk: return .tickets
        case .aftership, .track17, .trackingEvents: return .tracking
        }
    }
}

/// A group of sources shown together in the header, each with the cadence after which it is STALE.
public enum SourceCategory: String, CaseIterable, Sendable, Codable {
    case orders, tracking, tickets, reviews, rating, ads

    /// How long without an import before the header marks the source STALE (seconds).
    public var expectedCadence: EpochSeconds {
        switch self {
        case .orders, .tracking, .tickets: return 6 * 3600
        case .reviews, .rating, .ads: return 36 * 3600
        }
    }
}

/// How a file's import ended.
public enum ImportOutcome: String, Sendable, Codable {
    /// Every row went in.
    case ok
    /// Some rows were rejected and kept; the rest went in.
    case partial
    /// Nothing was written: the file is broken as a whole, or `--strict` met a rejected row.
    case failed
}

/// One file's entry in the import log.
public struct ImportRecord: Hashable, Sendable {
    /// Row id in the log (nil before it is written).
    public var id: Int64?
    /// The file as given (`-` for standard input, `demo:<what>` for generated data).
    public var path: String
    /// SHA-256 of the file's bytes, hex.
    public var sha256: String?
    /// The kind read.
    public var kind: String
    /// When the import started and finished.
    public var startedAt: EpochSeconds
    /// When the import finished.
    public var finishedAt: EpochSeconds
    /// Rows (or records) read from the file.
    public var rowsRead: Int
    /// Records newly stored.
    public var inserted: Int
    /// Records replaced by a newer version.
    public var updated: Int
    /// Records already stored as they are (or older than what is stored).
    public var unchanged: Int
    /// Rows rejected and kept with their reason.
    public var rejected: Int
    /// How it ended.
    public var outcome: ImportOutcome
    /// The zone assumed for times without an offset, when any were read.
    public var assumedZone: String?
    /// A message for a failed file.
    public var message: String?

    /// A log entry.
    public init(id: Int64? = nil, path: String, sha256: String?, kind: String, startedAt: EpochSeconds,
                finishedAt: EpochSeconds, rowsRead: Int, inserted: Int, updated: Int, unchanged: Int, rejected: Int,
                outcome: ImportOutcome, assumedZone: String? = nil, message: String? = nil) {
        self.id = id
        self.path = path
        self.sha256 = sha256
        self.kind = kind
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.rowsRead = rowsRead
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
        self.rejected = rejected
        self.outcome = outcome
        self.assumedZone = assumedZone
        self.message = message
    }
}

/// A row an importer could not read, kept with its raw text so nothing is lost.
public struct RejectedRow: Hashable, Sendable {
    /// Line number in the file (1-based) for line formats.
    public var line: Int?
    /// Record index (1-based) for JSON formats.
    public var record: Int?
    /// What was wrong, in words the user can act on.
    public var reason: String
    /// The row's raw text.
    public var raw: String

    /// A rejected row.
    public init(line: Int? = nil, record: Int? = nil, reason: String, raw: String) {
        self.line = line
        self.record = record
        self.reason = reason
        self.raw = raw
    }
}
