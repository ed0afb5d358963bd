/// The DSRBoard schema as an ordered list of migrations. Every time is UTC epoch seconds (INTEGER), every id
/// TEXT, every amount INTEGER minor units beside its currency. `row_hash` is a hash of the record as last
/// imported, so that importing the same data again is recognised as unchanged.
public enum Schema {
    /// Every migration, in order. Released migrations are frozen.
    public static let migrations: [Migration] = [
        Migration(id: 1, name: "initial schema", sql: v1),
        Migration(id: 2, name: "drop indexes no query uses", sql: v2, isReadCompatible: true),
    ]

    /// Indexes of v1 that no read uses (the metrics read a shop's orders whole, by `orders_shop_created`, and
    /// never look lines up by SKU), yet every import paid to maintain or rebuild them: about a fifth of a
    /// million-row import.
    static let v2 = """
        DROP INDEX IF EXISTS orders_shop_delivered;
        DROP INDEX IF EXISTS orders_awaiting_dispatch;
        DROP INDEX IF EXISTS orders_in_flight;
        DROP INDEX IF EXISTS order_lines_sku;
        """

    /// The schema version this build writes.
    public static var currentVersion: Int { migrations.map(\.id).max() ?? 0 }

    static let parcelStatuses = "'Pending','InfoReceived','InTransit','OutForDelivery','AttemptFail','Delivered',"
        + "'AvailableForPickup','Exception','Expired'"

    static let v1 = """
        CREATE TABLE shops(
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            region TEXT,
            time_zone TEXT,
            currency TEXT,
            seller_type TEXT,
            cipher TEXT,
            code TEXT,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX shops_name ON shops(name);

        CREATE TABLE imports(
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            sha256 TEXT,
            kind TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            finished_at INTEGER NOT NULL,
            rows_read INTEGER NOT NULL,
            inserted INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            rejected INTEGER NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('ok','partial','failed')),
            assumed_zone TEXT,
            message TEXT
        );
        CREATE INDEX imports_kind_finished ON imports(kind, finished_at);

        CREATE TABLE rejected_rows(
            id INTEGER PRIMARY KEY,
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            line INTEGER,
            record INTEGER,
            reason TEXT NOT NULL,
            raw TEXT NOT NULL
        );
        CREATE INDEX rejected_rows_import ON rejected_rows(import_id);

        CREATE TABLE source_activity(
            category TEXT PRIMARY KEY NOT NULL,
            last_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE orders(
            id TEXT PRIMARY KEY NOT NULL,
            shop_id TEXT NOT NULL REFERENCES shops(id) ON UPDATE CASCADE,
            status TEXT,
            source_status TEXT,
            created_at INTEGER,
            paid_at INTEGER,
            updated_at INTEGER,
            rts_at INTEGER,
            collected_at INTEGER,
            delivered_at INTEGER,
            cancelled_at INTEGER,
            cancel_initiator TEXT CHECK (cancel_initiator IN ('BUYER','SELLER','SYSTEM')),
            cancel_reason TEXT,
            dispatch_deadline INTEGER,
            delivery_deadline INTEGER,
            total_minor INTEGER,
            currency TEXT,
            buyer_region TEXT,
            buyer_postal_code TEXT,
            tracking_number TEXT,
            shipping_provider TEXT,
            delivery_option TEXT,
            fulfillment_type TEXT,
            buyer_message TEXT,
            row_hash INTEGER NOT NULL
        );
        CREATE INDEX orders_shop_created ON orders(shop_id, created_at);
        CREATE INDEX orders_shop_delivered ON orders(shop_id, delivered_at);
        CREATE INDEX orders_awaiting_dispatch ON orders(shop_id, dispatch_deadline)
            WHERE rts_at IS NULL AND collected_at IS NULL AND cancelled_at IS NULL;
        CREATE INDEX orders_in_flight ON orders(shop_id, delivery_deadline)
            WHERE delivered_at IS NULL AND cancelled_at IS NULL;
        CREATE INDEX orders_tracking ON orders(tracking_number) WHERE tracking_number IS NOT NULL;

        CREATE TABLE order_lines(
            order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            line_id TEXT NOT NULL,
            sku_id TEXT,
            seller_sku TEXT,
            product_name TEXT,
            variant TEXT,
            quantity INTEGER NOT NULL CHECK (quantity >= 0),
            unit_price_minor INTEGER,
            currency TEXT,
            batch TEXT,
            tracking_number TEXT,
            PRIMARY KEY (order_id, line_id)
        ) WITHOUT ROWID;
        CREATE INDEX order_lines_sku ON order_lines(sku_id);
        CREATE INDEX order_lines_tracking ON order_lines(tracking_number) WHERE tracking_number IS NOT NULL;

        CREATE TABLE returns(
            order_id TEXT NOT NULL,
            sku_id TEXT NOT NULL DEFAULT '',
            kind TEXT,
            reason TEXT,
            quantity INTEGER CHECK (quantity IS NULL OR quantity >= 0),
            refund_minor INTEGER,
            currency TEXT,
            requested_at INTEGER,
            row_hash INTEGER NOT NULL,
            PRIMARY KEY (order_id, sku_id)
        ) WITHOUT ROWID;

        CREATE TABLE parcels(
            tracking_number TEXT PRIMARY KEY NOT NULL,
            order_ref TEXT,
            shop_id TEXT,
            carrier TEXT,
            channel TEXT,
            status TEXT CHECK (status IS NULL OR status IN (\(parcelStatuses))),
            source_status TEXT,
            source_substatus TEXT,
            status_source TEXT,
            status_at INTEGER,
            promised_delivery_at INTEGER,
            estimated_delivery_at INTEGER,
            shipped_at INTEGER,
            delivered_at INTEGER,
            origin_region TEXT,
            destination_region TEXT,
            row_hash INTEGER NOT NULL
        );
        CREATE INDEX parcels_order_ref ON parcels(order_ref) WHERE order_ref IS NOT NULL;
        CREATE INDEX parcels_status ON parcels(status);

        CREATE TABLE tracking_events(
            id INTEGER PRIMARY KEY,
            tracking_number TEXT NOT NULL,
            occurred_at INTEGER NOT NULL,
            utc_offset INTEGER,
            description TEXT NOT NULL,
            location TEXT,
            status TEXT CHECK (status IS NULL OR status IN (\(parcelStatuses))),
            raw_status TEXT,
            source TEXT NOT NULL,
            UNIQUE (tracking_number, occurred_at, description)
        );

        CREATE TABLE tickets(
            source TEXT NOT NULL CHECK (source IN ('zendesk','freshdesk')),
            id TEXT NOT NULL,
            shop_id TEXT,
            subject TEXT,
            status TEXT NOT NULL,
            source_status TEXT NOT NULL,
            priority TEXT,
            assignee TEXT,
            requester TEXT,
            channel TEXT,
            tags TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER,
            first_reply_at INTEGER,
            solved_at INTEGER,
            first_response_due_at INTEGER,
            due_at INTEGER,
            row_hash INTEGER NOT NULL,
            PRIMARY KEY (source, id)
        ) WITHOUT ROWID;
        CREATE INDEX tickets_status_created ON tickets(status, created_at);
        CREATE INDEX tickets_created ON tickets(created_at);

        CREATE TABLE ticket_order_refs(
            source TEXT NOT NULL,
            ticket_id TEXT NOT NULL,
            priority INTEGER NOT NULL,
            ref TEXT NOT NULL,
            PRIMARY KEY (source, ticket_id, priority)
        ) WITHOUT ROWID;
        CREATE INDEX ticket_order_refs_ref ON ticket_order_refs(ref);

        CREATE TABLE ticket_metrics(
            source TEXT NOT NULL,
            ticket_id TEXT NOT NULL,
            reply_minutes_calendar INTEGER,
            reply_minutes_business INTEGER,
            solved_at INTEGER,
            replies INTEGER,
            updated_at INTEGER,
            row_hash INTEGER NOT NULL,
            PRIMARY KEY (source, ticket_id)
        ) WITHOUT ROWID;

        CREATE TABLE reviews(
            id TEXT PRIMARY KEY NOT NULL,
            shop_id TEXT NOT NULL REFERENCES shops(id) ON UPDATE CASCADE,
            order_id TEXT,
            sku_id TEXT,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
            text TEXT,
            created_at INTEGER NOT NULL,
            seller_reply TEXT,
            logistics_related INTEGER,
            row_hash INTEGER NOT NULL
        );
        CREATE INDEX reviews_shop_created ON reviews(shop_id, created_at);
        CREATE INDEX reviews_order ON reviews(order_id) WHERE order_id IS NOT NULL;

        CREATE TABLE shop_ratings(
            shop_id TEXT NOT NULL REFERENCES shops(id) ON UPDATE CASCADE,
            day TEXT NOT NULL,
            overall REAL CHECK (overall IS NULL OR overall BETWEEN 0 AND 5),
            product REAL CHECK (product IS NULL OR product BETWEEN 0 AND 5),
            logistics REAL CHECK (logistics IS NULL OR logistics BETWEEN 0 AND 5),
            service REAL CHECK (service IS NULL OR service BETWEEN 0 AND 5),
            raw_rates TEXT,
            row_hash INTEGER NOT NULL,
            PRIMARY KEY (shop_id, day)
        ) WITHOUT ROWID;

        CREATE TABLE ad_days(
            shop_id TEXT NOT NULL REFERENCES shops(id) ON UPDATE CASCADE,
            day TEXT NOT NULL,
            campaign_id TEXT NOT NULL,
            campaign_name TEXT,
            spend REAL,
            impressions INTEGER,
            clicks INTEGER,
            conversions INTEGER,
            currency TEXT,
            row_hash INTEGER NOT NULL,
            PRIMARY KEY (shop_id, day, campaign_id)
        ) WITHOUT ROWID;
        """
}
