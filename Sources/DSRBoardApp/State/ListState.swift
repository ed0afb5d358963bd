/// The cursor of one list: it follows the selected row's key, so a refresh that reorders or grows the list
/// keeps the same order selected.
public struct ListState: Hashable, Sendable {
    /// Key of the selected row (an order id, ticket id, tracking number), nil before anything is selected.
    public var selectedKey: String?
    /// Index of the selected row in the last list seen.
    public var selectedIndex: Int = 0
    /// First row shown.
    public var offset: Int = 0
    /// The text typed after `/`.
    public var filter: String = ""
    /// Index into the list's sort orders.
    public var sortIndex: Int = 0

    /// An empty cursor.
    public init() {}

    /// Re-finds the selection in `keys` (by key, else by clamped position) and returns its index.
    public mutating func resolve(in keys: [String]) -> Int? {
        guard !keys.isEmpty else {
            selectedIndex = 0
            return nil
        }
        if let key = selectedKey, let index = keys.firstIndex(of: key) {
            selectedIndex = index
        } else {
            selectedIndex = min(max(0, selectedIndex), keys.count - 1)
            selectedKey = keys[selectedIndex]
        }
        return selectedIndex
    }

    /// Moves the selection by `delta` rows within `keys`, clamped at both ends.
    public mutating func move(by delta: Int, in keys: [String]) {
        guard let current = resolve(in: keys) else { return }
        select(current + delta, in: keys)
    }

    /// Selects row `index` (clamped).
    public mutating func select(_ index: Int, in keys: [String]) {
        guard !keys.isEmpty else { return }
        selectedIndex = min(max(0, index), keys.count - 1)
        selectedKey = keys[selectedIndex]
    }

    /// Keeps the selection inside a window of `visibleRows` rows and returns the first row to show.
    public mutating func scrollOffset(visibleRows: Int, rowCount: Int) -> Int {
        let rows = max(1, visibleRows)
        if selectedIndex < offset { offset = selectedIndex }
        if selectedIndex >= offset + rows { offset = selectedIndex - rows + 1 }
        offset = max(0, min(offset, max(0, rowCount - rows)))
        return offset
    }
}
