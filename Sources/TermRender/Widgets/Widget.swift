/// Something that draws itself into a rectangle of a buffer; drawing cannot fail and clips to `area`.
public protocol Widget {
    /// Draws into `area` of `buffer`.
    func render(in area: Rect, buffer: inout Buffer)
}
