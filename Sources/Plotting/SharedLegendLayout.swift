/// One legend for all panels of a figure, in rows below the panels.
///
/// Each label appears once, with the style of its first series in panel order; entries flow
/// left to right and wrap to a new row when the figure is too narrow.
struct SharedLegendLayout {
  struct Entry {
    var panelIndex: Int
    var source: LegendLayout.Source
    var label: String
    var extents: TextExtents
    /// Offset of the entry from the left edge of its row.
    var x: Double = 0
    var row: Int = 0
  }

  var entries: [Entry]
  var rowWidths: [Double]
  var rowHeight: Double
  var sampleWidth: Double
  var padding: Double
  var origin = Point(x: 0, y: 0)

  /// Height of the legend box in points.
  var height: Double { 2 * padding + rowHeight * Double(rowWidths.count) }

  /// Width of the legend box in points.
  var width: Double { 2 * padding + (rowWidths.max() ?? 0) }

  /// Measures the labelled series of every panel; nil when none has a label.
  static func measure(
    figure: Figure, type: Typography, measure: TextMeasurer
  ) throws -> SharedLegendLayout? {
    var entries: [Entry] = []
    var seen: Set<String> = []
    for (panelIndex, plot) in figure.panels.enumerated() {
      guard let legend = try LegendLayout.measure(plot: plot, type: type, measure: measure)
      else { continue }
      for entry in legend.entries where seen.insert(entry.label).inserted {
        entries.append(
          Entry(
            panelIndex: panelIndex, source: entry.source, label: entry.label,
            extents: entry.extents))
      }
    }
    guard !entries.isEmpty else { return nil }

    // Flow entries into rows no wider than the figure.
    let padding = 0.5 * type.base
    let sampleWidth = 2.4 * type.base
    let gap = 1.2 * type.base
    let available = figure.widthInPoints - 2 * type.padding - 2 * padding
    var rowWidths: [Double] = [0]
    for index in entries.indices {
      let width = sampleWidth + 0.6 * type.base + entries[index].extents.width
      let row = rowWidths.count - 1
      let start = rowWidths[row] == 0 ? 0 : rowWidths[row] + gap
      if rowWidths[row] > 0 && start + width > available {
        rowWidths.append(width)
        entries[index].x = 0
        entries[index].row = row + 1
      } else {
        rowWidths[row] = start + width
        entries[index].x = start
        entries[index].row = row
      }
    }
    let rowHeight = max(entries.map(\.extents.height).max() ?? 0, type.base) + 0.2 * type.base
    return SharedLegendLayout(
      entries: entries, rowWidths: rowWidths, rowHeight: rowHeight, sampleWidth: sampleWidth,
      padding: padding)
  }
}
