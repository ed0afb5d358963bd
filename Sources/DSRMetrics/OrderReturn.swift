import DSRModel

/// A return or refund of an order, with whose fault the settings say it is.
public struct OrderReturn: Hashable, Sendable {
    /// The record as imported.
    public var record: ReturnRecord
    /// Whether its reason is in `buyer_return_reasons` (else it counts against the seller).
    public var isBuyerFault: Bool

    /// A return.
    public init(record: ReturnRecord, isBuyerFault: Bool) {
        self.record = record
        self.isBuyerFault = isBuyerFault
    }
}
