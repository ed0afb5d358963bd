import DSRModel

/// What the user asked of an import (`dsrboard import` options).
public struct ImportOptions: Sendable {
    /// `--kind`: skip detection and read every file as this kind.
    public var kind: ImportKind?
    /// `--shop`: the shop (name or id) for records that name none; created by name if new.
    public var shop: String?
    /// `--tz`: the zone for times without an offset.
    public var zone: ZoneSpec?
    /// `--encoding`: the text encoding, instead of detecting it.
    public var encoding: TextEncoding?
    /// `--dry-run`: parse, validate and count, then write nothing.
    public var dryRun: Bool
    /// `--strict`: any rejected row fails the whole file.
    public var strict: Bool
    /// The forwarder status words (defaults plus the config file).
    public var forwarderTable: ForwarderStatusTable

    /// Options; every one has a default.
    public init(kind: ImportKind? = nil, shop: String? = nil, zone: ZoneSpec? = nil, encoding: TextEncoding? = nil,
                dryRun: Bool = false, strict: Bool = false, forwarderTable: ForwarderStatusTable = ForwarderStatusTable()) {
        self.kind = kind
        self.shop = shop
        self.zone = zone
        self.encoding = encoding
        self.dryRun = dryRun
        self.strict = strict
        self.forwarderTable = forwarderTable
    }
}
