/// Limits, ticks and width of a heatmap's colour bar.
struct ColorBarLayout {
  var scale: AxisScale
  var limits: ClosedRange<Double>
  var ticks: TickSet
  var hasInvalidCells: Bool
  var gap: Double
  var barWidth: Double
  var tickLabelWidth: Double
  var labelHeight: Double
  var tickLength: Double
  var tickPadding: Double
  var invalidKeyWidth: Double

  /// Everything right of the plot rectangle that the colour bar needs.
  var widthInPoints: Double {
    let bar = gap + barWidth + tickLength + tickPadding + tickLabelWidth
      + (labelHeight > 0 ? tickPadding + labelHeight : 0)
    return max(bar, gap + invalidKeyWidth)
  }

  /// Explanation next to the grey swatch of cells the colour scale cannot show.
  static func invalidCellText(scale: AxisScale) -> String {
    scale == .log10 ? "\u{2264} 0 or NaN" : "NaN or \u{221E}"
  }

  /// Limits, ticks and label sizes for `heatmap`.
  /// - Throws: `PlottingError.invalidLimits` for unusable explicit colour limits.
  static func measure(
    _ heatmap: Heatmap, type: Typography, measure: TextMeasurer
  ) throws -> ColorBarLayout {
    let limits = try FigureLayout.limits(
      of: Axis(scale: heatmap.colorScale, limits: heatmap.colorLimits), named: "colour",
      fitting: heatmap.representableRange, maxTickCount: 6)
    let ticks = TickSet.make(for: limits, scale: heatmap.colorScale, maxMajorCount: 6)
    var width = 0.0
    for tick in ticks.major {
      width = max(width, try measure.extents(tick.label, type.tick).width)
    }
    let labelHeight = try heatmap.colorLabel.map {
      try measure.extents($0, type.axisLabel).height
    } ?? 0
    let hasInvalid = heatmap.values.joined().contains { !heatmap.colorScale.canRepresent($0) }
    // Swatch (0.8 base) + gap (0.3 base) + text, when the key is drawn.
    let keyText = invalidCellText(scale: heatmap.colorScale)
    let keyTextWidth = hasInvalid ? try measure.extents(keyText, type.note).width : 0
    let keyWidth = hasInvalid ? 1.1 * type.base + keyTextWidth : 0
    return ColorBarLayout(
      scale: heatmap.colorScale, limits: limits, ticks: ticks, hasInvalidCells: hasInvalid,
      gap: type.base, barWidth: 1.2 * type.base, tickLabelWidth: width,
      labelHeight: labelHeight, tickLength: type.tickLength, tickPadding: type.tickPadding,
      invalidKeyWidth: keyWidth)
  }

  /// The viridis colour of `value`, or grey when the colour scale cannot show it.
  func color(of value: Double) -> Color {
    guard scale.canRepresent(value) else { return Self.invalidColor }
    let low = scale.transformed(limits.lowerBound)
    let high = scale.transformed(limits.upperBound)
    return Viridis.color(at: (scale.transformed(value) - low) / (high - low))
  }

  /// Colour of cells the colour scale cannot show.
  static let invalidColor = Color(hex: 0xBBBBBB)
}
