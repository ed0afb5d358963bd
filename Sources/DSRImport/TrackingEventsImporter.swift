import DSRModel
import DSRStore

/// A forwarder's event CSV (formats.md §7, §10): `tracking_number, carrier_code, event_time, raw_status,
/// description, location`. `raw_status` (or the description when empty) goes through the forwarder status
/// table; an unknown code keeps its event, does not move the parcel, and is listed in the summary.
struct TrackingEventsImporter: CSVImporter {
    enum Column: Int, CaseIterable {
        case trackingNumber, carrier, eventTime, rawStatus, description, location, orderID, channel
    }

    static let kind = ImportKind.trackingEvents

    static let aliases: [Column: [String]] = [
        .trackingNumber: ["tracking_number", "Tracking No", "Tracking ID", "Waybill", "Waybill No", "运单号", "物流单号"],
        .carrier: ["carrier_code", "carrier", "Courier", "承运商"],
        .eventTime: ["event_time", "time", "Event Date", "Scan Time", "Checkpoint Time", "时间", "轨迹时间"],
        .rawStatus: ["raw_status", "status", "status_code", "code", "状态", "状态码"],
        .description: ["description", "event", "details", "message", "描述", "轨迹描述", "轨迹"],
        .location: ["location", "place", "city", "地点", "位置"],
        .orderID: ["order_id", "order_ref", "reference", "Order ID", "订单号"],
        .channel: ["channel", "service", "line", "渠道", "线路"],
    ]

    static let required: [Column] = [.trackingNumber, .eventTime]

    private let map: HeaderMap<Column>
    private let session: ImportSession
    private var parcelsSeen: Set<String> = []

    init(map: HeaderMap<Column>, session: ImportSession) throws {
        self.map = map
        self.session = session
    }

    func isSkippable(_ row: CSVReader, isFirst: Bool) -> Bool { isFirst && row.hasNoDigits(map[.eventTime]) }

    mutating func importRow(_ r: CSVReader) throws {
        guard let number = r.text(map[.trackingNumber]) else { throw RowProblem("tracking_number is empty") }
        let zone = session.zone(for: try session.optionalShop())
        guard let time = try session.time(r.bytes(map[.eventTime]), column: "event_time", zone: zone) else {
            throw RowProblem("event_time is empty")
        }
        let raw = r.text(map[.rawStatus])
        let description = r.text(map[.description])
        guard raw != nil || description != nil else { throw RowProblem("raw_status and description are both empty") }
        let status = session.options.forwarderTable.status(for: raw ?? description ?? "")
        if status == nil { session.unknownCodes[raw ?? description ?? "", default: 0] += 1 }
        var parcelOutcome = UpsertOutcome.unchanged
        if !parcelsSeen.contains(number) || r.text(map[.orderID]) != nil {
            parcelsSeen.insert(number)
            let parcel = Parcel(trackingNumber: number, orderRef: r.text(map[.orderID]), carrier: r.text(map[.carrier]),
                                channel: r.text(map[.channel]))
            parcelOutcome = try session.store.upsert(parcel)
        }
        let event = TrackingEvent(trackingNumber: number, occurredAt: time.instant, utcOffsetSeconds: time.offsetSeconds,
                                  description: description ?? raw ?? "", location: r.text(map[.location]), status: status,
                                  rawStatus: raw, source: "forwarder")
        let eventOutcome = try session.store.insert(event)
        session.count(eventOutcome == .inserted ? .inserted : (parcelOutcome == .unchanged ? .unchanged : .updated))
        session.trackingToCheck.insert(number)
    }
}
