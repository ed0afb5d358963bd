import DSRModel
import DSRStore
import Foundation

/// The state of importing one file: counts, rejects, the shops and zones in use, unknown codes and links.
/// Importers write through it; the runner turns it into a `FileReport`.
final class ImportSession {
    /// The store, inside the file's transaction.
    let store: Store
    /// The file as given.
    let path: String
    /// The user's options.
    let options: ImportOptions
    /// The kind being read, once told.
    var kind: ImportKind?
    /// Rows or records read (not counting skipped header, description and total rows).
    var rowsRead = 0
    /// Outcome counts.
    var inserted = 0, updated = 0, unchanged = 0
    /// Rejected rows.
    var rejects: [RejectedRow] = []
    /// Unknown forwarder codes.
    var unknownCodes: [String: Int] = [:]
    /// Remarks for the report.
    var notes: [String] = []
    /// Day order learned from the first unambiguous `NN/NN/YYYY` of the file.
    var dayOrder: DayOrder?
    /// Orders referenced by imported records, to count the unlinked ones at the end.
    var orderRefsToCheck: [String] = []
    /// Tracking numbers of imported parcels and events, to count the unlinked ones at the end.
    var trackingToCheck: Set<String> = []
    /// Tickets imported, to count the unlinked ones at the end.
    var ticketsToCheck: [(TicketSource, String)] = []
    private(set) var assumedZones: [String] = []
    private var defaultShopResolved: Shop?
    private var shopsByText: [String: Shop] = [:]
    private var lastShop: (text: String, shop: Shop)?
    private var lastNotedZone: ZoneResolver?
    private var resolvers: [String: ZoneResolver] = [:]
    private var lastResolver: (key: String, resolver: ZoneResolver)?

    init(store: Store, path: String, options: ImportOptions) {
        self.store = store
        self.path = path
        self.options = options
    }

    /// Counts what an upsert did.
    func count(_ outcome: UpsertOutcome) {
        switch outcome {
        case .inserted: inserted += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
    }

    /// Keeps a row that could not be read.
    func reject(line: Int? = nil, record: Int? = nil, reason: String, raw: String) {
        rejects.append(RejectedRow(line: line, record: record, reason: reason, raw: raw))
    }

    /// The shop for records that name none: `--shop` (created by name if new), else the only shop in the store;
    /// otherwise the file is refused.
    func defaultShop() throws -> Shop {
        if let s = defaultShopResolved { return s }
        let shop: Shop
        if let wanted = options.shop {
            shop = try self.shop(named: wanted)
        } else {
            let all = try store.shops()
            guard all.count == 1 else {
                throw ImportFailure(path: path, reason: all.isEmpty
                    ? "the file names no shop and the store has none yet: give --shop NAME (created if new) "
                        + "or import the tiktok-shops response first"
                    : "the file names no shop and the store has \(all.count) (\(all.map(\.name).joined(separator: ", "))): "
                        + "give --shop NAME or ID")
            }
            shop = all[0]
        }
        defaultShopResolved = shop
        return shop
    }

    /// The shop for tickets and parcels, which may have none: `--shop`, else the only shop, else nil.
    func optionalShop() throws -> Shop? {
        if options.shop != nil { return try defaultShop() }
        let all = try store.shops()
        return all.count == 1 ? all[0] : nil
    }

    /// The shop a record names (id or name); created by name if the store does not know it.
    func shop(named text: String) throws -> Shop {
        if let last = lastShop, last.text == text { return last.shop }
        let key = text.trimmingCharacters(in: .whitespaces)
        if let s = shopsByText[key] {
            lastShop = (text, s)
            return s
        }
        let shop: Shop
        if let found = try store.shop(idOrName: key) {
            shop = found
        } else {
            guard !key.isEmpty else { throw RowProblem("the shop is empty") }
            shop = Shop(id: key, name: key)
            try store.upsert(shop)
            notes.append("created the shop '\(key)'")
        }
        shopsByText[key] = shop
        return shop
    }

    /// The zone for times without an offset: `--tz`, else the shop's zone, else UTC.
    func zone(for shop: Shop?) -> ZoneResolver {
        let key = options.zone != nil ? "--tz" : (shop?.timeZone ?? "")
        if let last = lastResolver, last.key == key { return last.resolver }
        defer { lastResolver = (key, resolvers[key]!) }
        if let r = resolvers[key] { return r }
        let resolver: ZoneResolver
        if let z = options.zone {
            resolver = ZoneResolver(zone: z, origin: "--tz")
        } else if let name = shop?.timeZone, let z = ZoneSpec(name) {
            resolver = ZoneResolver(zone: z, origin: "the shop's zone")
        } else {
            resolver = ZoneResolver(zone: .utc, origin: "no --tz and no shop zone")
        }
        resolvers[key] = resolver
        return resolver
    }

    /// Records that a time without an offset was read in this zone (the summary says which).
    func noteAssumedZone(_ zone: ZoneResolver) {
        if lastNotedZone === zone { return }
        lastNotedZone = zone
        let s = zone.summary
        if !assumedZones.contains(s) { assumedZones.append(s) }
    }

    /// Takes what a session used only for reading the same file learned: the day order and the assumed zones.
    func adoptReadingState(of reading: ImportSession) {
        if dayOrder == nil { dayOrder = reading.dayOrder }
        for zone in reading.assumedZones where !assumedZones.contains(zone) { assumedZones.append(zone) }
    }

    /// Reads a cell as a time in `zone`; nil when empty; throws a row problem naming the column when unreadable.
    func time(_ b: UnsafeBufferPointer<UInt8>, column: String, zone: ZoneResolver) throws -> ParsedTime? {
        switch TimeParser.parse(b, zone: zone, dayOrder: dayOrder ?? .dayFirst) {
        case .missing: return nil
        case .invalid(let why):
            throw RowProblem("\(column) '\(String(decoding: b, as: UTF8.self).trimmingCharacters(in: .whitespaces))' \(why)")
        case .time(let t):
            if t.usedAssumedZone { noteAssumedZone(zone) }
            return t
        }
    }

    /// Counts the imported records that no known order claims (they are kept).
    func countUnlinked() throws -> Int {
        var n = 0
        for ref in orderRefsToCheck where try !store.hasOrder(id: ref) { n += 1 }
        for t in trackingToCheck where try !store.isTrackingLinked(t) { n += 1 }
        var seen: Set<String> = []
        for (source, id) in ticketsToCheck where seen.insert(source.rawValue + "\u{1}" + id).inserted {
            if try !store.isTicketLinked(source: source, id: id) { n += 1 }
        }
        return n
    }
}
