import DSRModel
import Foundation

/// The forwarder status words of formats.md §10: maps a forwarder's `raw_status` (or, when empty, its
/// description) onto the parcel status set. Ships with defaults; the config file's `[forwarder_status]`
/// section adds exact codes and words (`"raw word or code" = "ParcelStatus"`), which win over the defaults.
public struct ForwarderStatusTable: Sendable {
    private var exact: [String: ParcelStatus] = [:]
    private var phrases: [(String, ParcelStatus)] = []

    /// Default words, most specific first (a failed delivery is not a delivery; a pickup point is not a pickup).
    static let defaults: [(ParcelStatus, [String])] = [
        (.attemptFail, ["delivery failed", "failed delivery", "delivery failure", "failed attempt", "attempt",
                        "undeliverable", "投递失败", "派送失败", "派送不成功"]),
        (.exception, ["exception", "returned", "return to sender", "returning", "lost", "damaged", "refused",
                      "退回", "退件", "异常", "丢失", "破损", "拒收"]),
        (.outForDelivery, ["out for delivery", "with courier for delivery", "派送中", "派件中", "正在派送"]),
        (.availableForPickup, ["pickup point", "pick-up point", "available for pickup", "ready for pickup",
                               "ready for collection", "parcel locker", "待取件", "待自提", "自提点", "驿站"]),
        (.delivered, ["delivered", "signed", "签收", "妥投", "已送达"]),
        (.infoReceived, ["information received", "info received", "label created", "label printed",
                         "shipment information", "order received", "pre-advice", "已下单", "电子信息"]),
        (.inTransit, ["picked up", "pickup", "departed", "departure", "arrived", "arrival", "in transit", "transit",
                      "customs", "handed over", "hand over", "hub", "sorting", "dispatched", "accepted",
                      "揽收", "揽件", "运输", "到达", "离开", "发往", "清关", "海关", "转运", "分拣", "交航", "航班"]),
    ]

    /// The defaults only.
    public init() {
        for (status, words) in ForwarderStatusTable.defaults {
            for w in words { phrases.append((w.lowercased(), status)) }
        }
    }

    /// The defaults plus the config file's `[forwarder_status]` entries; an entry whose value is not a parcel
    /// status is an error naming the file and line.
    public init(config: ConfigFile) throws {
        self.init()
        var added: [(String, ParcelStatus)] = []
        for entry in config.section("forwarder_status") {
            guard case .string(let value) = entry.value else {
                throw config.error(entry, "'\(entry.key)' must map to a parcel status in quotes, e.g. \"InTransit\"")
            }
            guard let status = ParcelStatus.allCases.first(where: {
                $0.rawValue.lowercased() == value.lowercased().replacingOccurrences(of: " ", with: "")
            }) else {
                throw config.error(entry, "'\(value)' is not a parcel status; use one of "
                                   + ParcelStatus.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let key = entry.key.trimmingCharacters(in: .whitespaces).lowercased()
            exact[key] = status
            added.append((key, status))
        }
        // Configured words also match inside longer text, before the defaults.
        phrases = added.sorted { $0.0.count > $1.0.count } + phrases
    }

    /// The status for a raw code or text, or nil when nothing in the table matches.
    public func status(for raw: String) -> ParcelStatus? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !text.isEmpty else { return nil }
        if let s = exact[text] { return s }
        for (phrase, status) in phrases where text.contains(phrase) { return status }
        return nil
    }
}
