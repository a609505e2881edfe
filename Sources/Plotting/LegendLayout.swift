/// A legend's entries, size and position.
struct LegendLayout {
  /// What an entry shows next to its label.
  enum Source: Hashable {
    /// The line series at this index: a line sample with marker.
    case line(Int)
    /// The histogram at this index: a filled swatch.
    case histogram(Int)
  }

  struct Entry {
    var source: Source
    var label: String
    var extents: TextExtents
  }

  var entries: [Entry]
  var size: (width: Double, height: Double)
  var rowHeight: Double
  var sampleWidth: Double
  var padding: Double
  var isOutside: Bool
  var origin = Point(x: 0, y: 0)

  var rect: Rect { Rect(x: origin.x, y: origin.y, width: size.width, height: size.height) }

  /// Measures the labelled series of `plot`; nil when the legend is hidden or empty.
  static func measure(
    plot: Plot, type: Typography, measure: TextMeasurer
  ) throws -> LegendLayout? {
    guard plot.legend != .hidden else { return nil }
    var entries: [Entry] = []
    for (index, histogram) in plot.histograms.enumerated() {
      guard let label = histogram.label else { continue }
      let extents = try measure.extents(label, type.legend)
      entries.append(Entry(source: .histogram(index), label: label, extents: extents))
    }
    for (index, line) in plot.lines.enumerated() {
      guard let label = line.label else { continue }
      let extents = try measure.extents(label, type.legend)
      entries.append(Entry(source: .line(index), label: label, extents: extents))
    }
    guard !entries.isEmpty else { return nil }

    let padding = 0.5 * type.base
    let sampleWidth = 2.4 * type.base
    let rowHeight = max(entries.map(\.extents.height).max() ?? 0, type.base) + 0.2 * type.base
    let textWidth = entries.map(\.extents.width).max() ?? 0
    let width = 2 * padding + sampleWidth + 0.6 * type.base + textWidth
    let height = 2 * padding + rowHeight * Double(entries.count)
    return LegendLayout(
      entries: entries, size: (width, height), rowHeight: rowHeight, sampleWidth: sampleWidth,
      padding: padding, isOutside: plot.legend == .outside)
  }
}
