import DSRModel
import DSRStore
import Foundation

/// 17TRACK API v2.2 (formats.md §6): the `gettrackinfo` response (`data.accepted[]`, with `data.rejected[]`
/// noted) and the webhook (`{event, data}`). The main status maps onto the parcel set (NotFound → Pending,
/// DeliveryFailure → AttemptFail), the sub-status is kept; provider events become tracking events.
struct Track17Importer: JSONImporter {
    static let kind = ImportKind.track17

    static func recognizes(_ value: Any) -> Bool {
        if let list = value as? [Any] { return list.first.map(isTrack) ?? false }
        if Envelope.at(value, ["data", "accepted"]) is [Any] || Envelope.at(value, ["data", "rejected"]) is [Any] { return true }
        if let d = Envelope.at(value, ["data"]), isTrack(d) { return true }
        return isTrack(value)
    }

    private static func isTrack(_ value: Any) -> Bool {
        guard let t = value as? [String: Any] else { return false }
        return t["number"] != nil && (t["track_info"] != nil || t["carrier"] != nil)
    }

    private let session: ImportSession

    init(session: ImportSession) { self.session = session }

    mutating func importDocument(_ value: Any, walker: RecordWalker) throws {
        if let list = value as? [Any] {
            try walker.each(list, at: []) { try store($0) }
            return
        }
        if let code = Envelope.at(value, ["code"]) as? NSNumber, code.intValue != 0, Envelope.at(value, ["data", "accepted"]) == nil {
            throw ImportFailure(path: session.path, reason: "the file is a 17TRACK error response (code \(code))")
        }
        if let accepted = Envelope.at(value, ["data", "accepted"]) as? [Any] {
            try walker.each(accepted, at: ["data", "accepted"]) { try store($0) }
            if let rejected = Envelope.at(value, ["data", "rejected"]) as? [Any], !rejected.isEmpty {
                let numbers = rejected.compactMap { JSONRecord($0)?.string("number") }
                session.notes.append("17TRACK itself rejected \(rejected.count) number(s): \(numbers.joined(separator: ", "))")
            }
        } else if Envelope.at(value, ["data", "rejected"]) is [Any] {
            session.notes.append("the response has no accepted numbers")
        } else if let d = Envelope.at(value, ["data"]), Self.isTrack(d) {
            try walker.one(d) { try store($0) }
        } else {
            try walker.one(value) { try store($0) }
        }
    }

    private func store(_ r: JSONRecord) throws {
        guard let number = r.string("number") else { throw RowProblem("the record has no number") }
        let zone = session.zone(for: try session.optionalShop())
        let info = r.record("track_info")
        let latest = info?.record("latest_status")
        let mainStatus = latest?.string("status")
        func eventTime(_ e: JSONRecord) throws -> ParsedTime? {
            // time_iso carries the local offset; time_utc is the instant.
            if let iso = try e.time("time_iso", zone: zone, session: session), iso.offsetSeconds != nil { return iso }
            return try e.time("time_utc", zone: ZoneResolver(zone: .utc, origin: "UTC"))
                ?? e.time("time_iso", zone: zone, session: session)
        }
        var events: [TrackingEvent] = []
        var seen: Set<String> = []
        let providers = info?.record("tracking")?.records("providers") ?? []
        var list = providers.flatMap { $0.records("events") ?? [] }
        if let latestEvent = info?.record("latest_event") { list.append(latestEvent) }
        for e in list {
            guard let t = try eventTime(e) else { continue }
            let description = e.string("description") ?? e.string("stage") ?? ""
            guard seen.insert("\(t.instant)\u{1}\(description)").inserted else { continue }
            let sub = e.string("sub_status")
            events.append(TrackingEvent(
                trackingNumber: number, occurredAt: t.instant, utcOffsetSeconds: t.offsetSeconds, description: description,
                location: e.string("location") ?? e.record("address")?.string("city"),
                status: ParcelStatusMap.track17(sub) ?? ParcelStatusMap.track17Stage(e.string("stage")),
                rawStatus: sub ?? e.string("stage"), source: "17track"))
        }
        let latestAt = try info?.record("latest_event").flatMap { try eventTime($0) }?.instant ?? events.map(\.occurredAt).max()
        let edd = info?.record("time_metrics")?.record("estimated_delivery_date")
        let estimated = try edd?.time("to", zone: zone, session: session) ?? edd?.time("from", zone: zone, session: session)
        let carrier = r.string("carrier")
            ?? providers.first?.record("provider")?.string("name")
        let parcel = Parcel(
            trackingNumber: number, orderRef: r.string("tag"), carrier: carrier, status: ParcelStatusMap.track17(mainStatus),
            sourceStatus: mainStatus, sourceSubstatus: latest?.string("sub_status"), statusSource: "17track",
            statusAt: latestAt, estimatedDeliveryAt: estimated?.instant)
        var outcome = try session.store.upsert(parcel)
        for e in events {
            if try session.store.insert(e) == .inserted, outcome == .unchanged { outcome = .updated }
        }
        session.count(outcome)
        session.trackingToCheck.insert(number)
    }
}
