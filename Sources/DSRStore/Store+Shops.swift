import DSRModel

extension Store {
    /// Inserts a shop or fills in what a stored one lacks (name, region, zone, cipher…).
    @discardableResult
    public func upsert(_ shop: Shop) throws -> UpsertOutcome {
        let fields: [(String, SQLBindable?)] = [
            ("name", shop.name), ("region", shop.region), ("time_zone", shop.timeZone), ("currency", shop.currency),
            ("seller_type", shop.sellerType), ("cipher", shop.cipher), ("code", shop.code),
        ]
        if try database.scalarInt("SELECT count(*) FROM shops WHERE id = ?", [shop.id]) == 0 {
            try database.run("""
                INSERT INTO shops(id, name, region, time_zone, currency, seller_type, cipher, code, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, strftime('%s','now'))
                """, [shop.id] + fields.map { $0.1?.sqlValue ?? SQLValue.null })
            return .inserted
        }
        guard let stored = try self.shop(id: shop.id) else { return .unchanged }
        let merged = Shop(id: shop.id, name: shop.name, region: shop.region ?? stored.region,
                          timeZone: shop.timeZone ?? stored.timeZone, currency: shop.currency ?? stored.currency,
                          sellerType: shop.sellerType ?? stored.sellerType, cipher: shop.cipher ?? stored.cipher,
                          code: shop.code ?? stored.code)
        if merged == stored { return .unchanged }
        try database.run("""
            UPDATE shops SET name = ?, region = ?, time_zone = ?, currency = ?, seller_type = ?, cipher = ?, code = ?
            WHERE id = ?
            """, [merged.name, merged.region, merged.timeZone, merged.currency, merged.sellerType, merged.cipher,
                  merged.code, merged.id])
        return .updated
    }

    /// Gives a shop a new id (a shop first created by name, later named by TikTok's id), carrying every
    /// order, review, score and ad row with it.
    public func renameShop(id old: String, to new: String) throws {
        try transaction {
            try database.run("UPDATE shops SET id = ? WHERE id = ?", [new, old])
            try database.run("UPDATE tickets SET shop_id = ? WHERE shop_id = ?", [new, old])
            try database.run("UPDATE parcels SET shop_id = ? WHERE shop_id = ?", [new, old])
        }
    }

    /// Every shop, ordered by name.
    public func shops() throws -> [Shop] {
        try database.rows("""
            SELECT id, name, region, time_zone, currency, seller_type, cipher, code FROM shops ORDER BY name, id
            """) { Store.shop(from: $0) }
    }

    /// The shop with this id.
    public func shop(id: String) throws -> Shop? {
        try database.rows("""
            SELECT id, name, region, time_zone, currency, seller_type, cipher, code FROM shops WHERE id = ?
            """, [id]) { Store.shop(from: $0) }.first
    }

    /// The shop with this id, else the first with this name (case-insensitive).
    public func shop(idOrName text: String) throws -> Shop? {
        if let s = try shop(id: text) { return s }
        return try database.rows("""
            SELECT id, name, region, time_zone, currency, seller_type, cipher, code FROM shops
            WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1
            """, [text]) { Store.shop(from: $0) }.first
    }

    private static func shop(from r: Row) -> Shop {
        Shop(id: r.string(0) ?? "", name: r.string(1) ?? "", region: r.string(2), timeZone: r.string(3),
             currency: r.string(4), sellerType: r.string(5), cipher: r.string(6), code: r.string(7))
    }
}
