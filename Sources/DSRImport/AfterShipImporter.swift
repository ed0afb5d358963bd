import DSRModel
import DSRStore
import Foundation

/// AfterShip trackings of both API generations (formats.md §5): a tracking object, `data.tracking`,
/// `data.trackings[]`, an array, JSON Lines, or the webhook envelope (`msg`). The tag is the parcel status
/// (source tag and subtag kept beside it); checkpoints become tracking events. `delivery_time` is days in
/// transit, not a time, and is not read as one.
struct AfterShipImporter: JSONImporter {
    static let kind = ImportKind.aftership

    static func recognizes(_ value: Any) -> Bool {
        if let list = value as? [Any] { return list.first.map(isTracking) ?? false }
        if let msg = Envelope.at(value, ["msg"]), isTracking(msg) { return true }
        if let t = Envelope.at(value, ["data", "tracking"]), isTracking(t) { return true }
        if let list = Envelope.at(value, ["data", "trackings"]) as? [Any] { return list.first.map(isTracking) ?? true }
        if let d = Envelope.at(value, ["data"]), isTracking(d) { return true }
        return isTracking(value)
    }

    /// A tracking has a tracking number and AfterShip's own fields.
    static func isTracking(_ value: Any) -> Bool {
        guard let t = value as? [String: Any], t["tracking_number"] != nil else { return false }
        return t["slug"] != nil || t["checkpoints"] != nil || t["subtag"] != nil
            || (t["tag"] is String && t["track_info"] == nil)
    }

    private let session: ImportSession

    init(session: ImportSession) { self.session = session }

    mutating func importDocument(_ value: Any, walker: RecordWalker) throws {
        let meta = JSONRecord(Envelope.at(value, ["meta"]))
        if let code = try meta?.int("code"), code >= 400 {
            throw ImportFailure(path: session.path, reason: "the file is an AfterShip error response (meta.code \(code))")
        }
        if let list = value as? [Any] {
            try walker.each(list, at: []) { try store($0) }
        } else if let msg = Envelope.at(value, ["msg"]), Self.isTracking(msg) {
            try walker.one(msg) { try store($0) }
        } else if let t = Envelope.at(value, ["data", "tracking"]) {
            try walker.one(t) { try store($0) }
        } else if let list = Envelope.at(value, ["data", "trackings"]) as? [Any] {
            try walker.each(list, at: ["data", "trackings"]) { try store($0) }
        } else if let d = Envelope.at(value, ["data"]), Self.isTracking(d) {
            try walker.one(d) { try store($0) }
        } else {
            try walker.one(value) { try store($0) }
        }
    }

    private func store(_ r: JSONRecord) throws {
        guard let number = r.string("tracking_number") else { throw RowProblem("the tracking has no tracking_number") }
        let zone = session.zone(for: try session.optionalShop())
        func time(_ rec: JSONRecord?, _ key: String) throws -> ParsedTime? { try rec?.time(key, zone: zone, session: session) }
        func dateLike(_ key: String) throws -> ParsedTime? {
            if let t = try time(r, key) { return t }
            // Dated-version EDD objects: look for a date-like field inside.
            guard let o = r.record(key) else { return nil }
            for inner in ["estimated_delivery_date", "estimated_delivery_date_max", "promised_delivery_date", "datetime",
                          "date", "datetime_max", "estimated_delivery_date_min", "datetime_min"] {
                if let t = try time(o, inner) { return t }
            }
            return nil
        }
        let tag = r.string("tag")
        let status = ParcelStatusMap.aftership(tag)
        if tag != nil, status == nil { session.unknownCodes["aftership tag \(tag!)", default: 0] += 1 }
        let promised = try dateLike("order_promised_delivery_date")
        let estimated = try dateLike("expected_delivery") ?? dateLike("courier_estimated_delivery_date")
            ?? dateLike("aftership_estimated_delivery_date") ?? dateLike("latest_estimated_delivery")
            ?? dateLike("first_estimated_delivery")
        let checkpoints = r.records("checkpoints") ?? []
        var events: [TrackingEvent] = []
        for (i, cp) in checkpoints.enumerated() {
            guard let t = try time(cp, "checkpoint_time") ?? time(cp, "created_at") else {
                throw RowProblem("checkpoint \(i + 1) of \(number) has no checkpoint_time")
            }
            let place = cp.string("location")
                ?? [cp.string("city"), cp.string("state"), cp.string("country_name") ?? cp.string("country_iso3")]
                    .compactMap { $0 }.joined(separator: ", ")
            let cpTag = cp.string("tag")
            events.append(TrackingEvent(
                trackingNumber: number, occurredAt: t.instant, utcOffsetSeconds: t.offsetSeconds,
                description: cp.string("message") ?? cp.string("subtag_message") ?? cpTag ?? "",
                location: place.isEmpty ? nil : place, status: ParcelStatusMap.aftership(cpTag),
                rawStatus: cp.string("raw_tag") ?? cp.string("subtag") ?? cpTag, source: "aftership"))
        }
        let statusAt = try time(r, "updated_at")?.instant ?? events.map(\.occurredAt).max()
        let parcel = Parcel(
            trackingNumber: number, orderRef: try r.id("order_id") ?? r.id("order_number"), carrier: r.string("slug"),
            status: status, sourceStatus: tag, sourceSubstatus: r.string("subtag"), statusSource: "aftership",
            statusAt: statusAt, promisedDeliveryAt: promised.map { endOfDay($0) },
            estimatedDeliveryAt: estimated?.instant, shippedAt: try time(r, "shipment_pickup_date")?.instant,
            deliveredAt: try time(r, "shipment_delivery_date")?.instant,
            originRegion: r.string("origin_country_region") ?? r.string("origin_country_iso3"),
            destinationRegion: r.string("destination_country_region") ?? r.string("destination_country_iso3"))
        var outcome = try session.store.upsert(parcel)
        for e in events {
            if try session.store.insert(e) == .inserted, outcome == .unchanged { outcome = .updated }
        }
        session.count(outcome)
        session.trackingToCheck.insert(number)
    }

    /// A date-only promise means 23:59:59 UTC of that day (metrics.md, Conventions).
    private func endOfDay(_ t: ParsedTime) -> EpochSeconds {
        guard t.isDateOnly else { return t.instant }
        let local = t.instant + EpochSeconds(session.zone(for: nil).zone.offset(forLocal: t.instant))
        return CalendarDay(utc: local).endUTC
    }
}
