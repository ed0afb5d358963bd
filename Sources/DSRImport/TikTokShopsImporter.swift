import DSRModel
import DSRStore
import Foundation

/// The authorised-shops response (`GET /authorization/202309/shops`, formats.md §9): `data.shops[]` with `id`,
/// `name`, `region`, `seller_type`, `cipher`, `code`. A shop first created by name takes TikTok's id here,
/// carrying its records with it. A market with a single time zone gives the shop its zone when it has none.
struct TikTokShopsImporter: JSONImporter {
    static let kind = ImportKind.tiktokShops

    /// Markets whose Seller Center writes local times in one zone.
    static let regionZones: [String: String] = [
        "VN": "Asia/Ho_Chi_Minh", "TH": "Asia/Bangkok", "MY": "Asia/Kuala_Lumpur", "SG": "Asia/Singapore",
        "PH": "Asia/Manila", "GB": "Europe/London", "UK": "Europe/London", "IE": "Europe/Dublin", "DE": "Europe/Berlin",
        "FR": "Europe/Paris", "IT": "Europe/Rome", "ES": "Europe/Madrid", "JP": "Asia/Tokyo", "CN": "Asia/Shanghai",
    ]

    static func recognizes(_ value: Any) -> Bool {
        guard let shops = (Envelope.at(value, ["data", "shops"]) ?? Envelope.at(value, ["shops"])) as? [Any] else { return false }
        return shops.isEmpty || (shops.first as? [String: Any])?["cipher"] != nil || (shops.first as? [String: Any])?["name"] != nil
    }

    private let session: ImportSession

    init(session: ImportSession) { self.session = session }

    mutating func importDocument(_ value: Any, walker: RecordWalker) throws {
        let path = Envelope.at(value, ["data", "shops"]) != nil ? ["data", "shops"] : ["shops"]
        guard let shops = Envelope.at(value, path) as? [Any] else {
            throw ImportFailure(path: session.path, reason: "not a tiktok-shops response: no data.shops array")
        }
        try walker.each(shops, at: path) { r in
            guard let id = try r.id("id") else { throw RowProblem("id is missing") }
            guard let name = r.string("name") else { throw RowProblem("name is missing") }
            let region = r.string("region")?.uppercased()
            var outcome = UpsertOutcome.unchanged
            if try session.store.shop(id: id) == nil, let byName = try session.store.shop(idOrName: name), byName.id != id {
                try session.store.renameShop(id: byName.id, to: id)
                outcome = .updated
            }
            let stored = try session.store.shop(id: id)
            let zone = stored?.timeZone == nil ? region.flatMap { Self.regionZones[$0] } : nil
            let shop = Shop(id: id, name: name, region: region, timeZone: zone, sellerType: r.string("seller_type"),
                            cipher: r.string("cipher"), code: r.string("code"))
            let o = try session.store.upsert(shop)
            session.count(outcome == .updated && o == .unchanged ? .updated : o)
        }
    }
}
