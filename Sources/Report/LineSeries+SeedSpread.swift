import Analysis
import Plotting

extension LineSeries {
  /// The mean over seeds as a line with markers, shaded from the smallest
  /// to the largest seed's value.
  static func seedMean(
    label: String?, x: [Double], spreads: [SeedSpread], colorKey: String
  ) -> LineSeries {
    var line = LineSeries(
      label: label, x: x, y: spreads.map(\.mean), colorKey: colorKey, showsMarkers: true)
    line.markerSizeInPoints = 4
    // Wider than a theory line, so its colour shows around a dashed
    // prediction drawn on top of it.
    line.lineWidthInPoints = 2
    line.band = Band(lower: spreads.map(\.min), upper: spreads.map(\.max))
    return line
  }

  /// A thin dashed dark-grey line for a theoretical prediction; only the
  /// series given a label appears in the legend.
  static func theory(label: String?, x: [Double], y: [Double]) -> LineSeries {
    var line = LineSeries(label: label, x: x, y: y, colorKey: "theory")
    line.color = .darkGray
    line.dash = .dashed
    line.lineWidthInPoints = 1
    return line
  }
}
