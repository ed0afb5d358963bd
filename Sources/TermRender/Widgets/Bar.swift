/// One bar of a `BarChart`.
public struct Bar: Hashable, Sendable {
    /// Text in the label column.
    public var label: String
    /// Length of the bar, relative to the chart's largest value (negative counts as 0).
    public var value: Double
    /// Text after the bar; nil for none.
    public var valueText: String?
    /// Style of the bar; nil for the chart's style.
    public var style: Style?

    /// Creates a bar.
    public init(label: String, value: Double, valueText: String? = nil, style: Style? = nil) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.style = style
    }
}
