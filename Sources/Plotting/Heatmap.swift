/// A grid of coloured cells with a colour bar, e.g. activation RMS by depth and width.
///
/// Cell `(row, column)` spans `xEdges[column]...xEdges[column + 1]` horizontally and
/// `yEdges[row]...yEdges[row + 1]` vertically. Values are coloured with viridis on a linear or
/// log10 colour scale; cells a log colour scale cannot show (≤ 0) and non-finite cells are
/// drawn in a neutral grey, and the colour bar gains a grey swatch explaining them.
public struct Heatmap: Sendable {
  /// Values by row then column.
  public var values: [[Double]]
  /// Column edges, `columns + 1` increasing values.
  public var xEdges: [Double]
  /// Row edges, `rows + 1` increasing values.
  public var yEdges: [Double]
  /// Colour scale of the values.
  public var colorScale: AxisScale
  /// Colour bar label as Pango markup.
  public var colorLabel: String?
  /// Value range of the colour map; nil fits the representable values (snapped to decades
  /// on a log colour scale).
  public var colorLimits: ClosedRange<Double>?

  /// Creates a heatmap.
  public init(
    values: [[Double]], xEdges: [Double], yEdges: [Double], colorScale: AxisScale = .linear,
    colorLabel: String? = nil, colorLimits: ClosedRange<Double>? = nil
  ) {
    self.values = values
    self.xEdges = xEdges
    self.yEdges = yEdges
    self.colorScale = colorScale
    self.colorLabel = colorLabel
    self.colorLimits = colorLimits
  }

  /// Checks that the grid matches its edges.
  /// - Throws: `PlottingError.invalidHeatmap` naming the mismatching counts.
  func validate() throws {
    guard !values.isEmpty, let columns = values.first?.count, columns > 0 else {
      throw PlottingError.invalidHeatmap(reason: "no cells; pass at least one row and column")
    }
    if let row = values.firstIndex(where: { $0.count != columns }) {
      throw PlottingError.invalidHeatmap(
        reason: "row \(row) has \(values[row].count) cells, row 0 has \(columns); "
          + "make every row the same length")
    }
    guard xEdges.count == columns + 1, yEdges.count == values.count + 1 else {
      throw PlottingError.invalidHeatmap(
        reason: "\(values.count) x \(columns) cells need \(values.count + 1) y edges and "
          + "\(columns + 1) x edges, got \(yEdges.count) and \(xEdges.count)")
    }
  }

  /// Smallest and largest value the colour scale can show, or nil if there is none.
  var representableRange: ClosedRange<Double>? {
    let usable = values.joined().filter { colorScale.canRepresent($0) }
    guard let low = usable.min(), let high = usable.max() else { return nil }
    return low...high
  }
}
