import DSRModel

/// Maps tracking sources' statuses onto the parcel status set (AfterShip's tags; metrics.md, Parcel status).
enum ParcelStatusMap {
    /// An AfterShip `tag` (also accepts a `subtag` such as `Exception_011`, both API generations).
    static func aftership(_ tag: String?) -> ParcelStatus? {
        guard let tag, !tag.isEmpty else { return nil }
        let main = tag.split(separator: "_").first.map(String.init) ?? tag
        return ParcelStatus.allCases.first { $0.rawValue.lowercased() == main.lowercased() }
    }

    /// A 17TRACK main status or sub-status: NotFound → Pending, DeliveryFailure → AttemptFail, the rest by name.
    static func track17(_ status: String?) -> ParcelStatus? {
        guard let status, !status.isEmpty else { return nil }
        let main = (status.split(separator: "_").first.map(String.init) ?? status).lowercased()
        switch main {
        case "notfound": return .pending
        case "deliveryfailure": return .attemptFail
        default: return ParcelStatus.allCases.first { $0.rawValue.lowercased() == main }
        }
    }

    /// A 17TRACK event `stage` (milestone key).
    static func track17Stage(_ stage: String?) -> ParcelStatus? {
        guard let stage, !stage.isEmpty else { return nil }
        switch stage.lowercased() {
        case "inforeceived": return .infoReceived
        case "pickedup", "departure", "arrival", "intransit": return .inTransit
        case "availableforpickup": return .availableForPickup
        case "outfordelivery": return .outForDelivery
        case "delivered": return .delivered
        case "deliveryfailure": return .attemptFail
        case "returning", "returned", "exception": return .exception
        default: return track17(stage)
        }
    }
}
