/// A line through data points, with optional markers and an optional shaded band.
///
/// Points whose coordinates an axis cannot show (NaN, infinities, and zero or negative values
/// on a log axis) break the line; the drawing marks where the line left the axes with a
/// triangle at the axes edge labelled "overflow" (+∞ or NaN) or "underflow" (≤ 0 or −∞).
public struct LineSeries: Sendable {
  /// Legend entry as Pango markup; nil keeps the series out of the legend.
  public var label: String?
  /// Name that selects colour, dash and marker from the figure's palette; defaults to the
  /// label, so the same initializer name looks the same in every figure.
  public var colorKey: String?
  /// Horizontal coordinates.
  public private(set) var x: [Double]
  /// Vertical coordinates, one per `x`.
  public private(set) var y: [Double]
  /// Explicit colour; nil takes the palette colour of `colorKey`.
  public var color: Color?
  /// Explicit dash pattern; nil takes the palette dash of `colorKey`.
  public var dash: DashPattern?
  /// Explicit marker; nil takes the palette marker when `showsMarkers` is true.
  public var marker: MarkerShape?
  /// Whether markers are drawn at the data points.
  public var showsMarkers: Bool
  /// Stroke width in points.
  public var lineWidthInPoints: Double = 1.5
  /// Marker diameter in points.
  public var markerSizeInPoints: Double = 5
  /// A shaded band, e.g. min...max over seeds, drawn under the line in its colour.
  public var band: Band?

  /// Creates a series.
  /// - Precondition: `x.count == y.count`.
  public init(
    label: String?, x: [Double], y: [Double], colorKey: String? = nil,
    showsMarkers: Bool = false
  ) {
    precondition(x.count == y.count, "LineSeries x has \(x.count) values, y has \(y.count)")
    self.label = label
    self.x = x
    self.y = y
    self.colorKey = colorKey
    self.showsMarkers = showsMarkers
  }

  /// A theoretical curve sampled at `count` evenly spaced points in `range`.
  ///
  /// Use it over a histogram, e.g. the flat density `1 / (2a)` of U(−a, a).
  /// - Precondition: `count >= 2`.
  public static func sampling(
    label: String?, from range: ClosedRange<Double>, count: Int = 200, colorKey: String? = nil,
    function: (Double) -> Double
  ) -> LineSeries {
    precondition(count >= 2, "sampling needs at least 2 points, got \(count)")
    let step = (range.upperBound - range.lowerBound) / Double(count - 1)
    let xs = (0..<count).map { range.lowerBound + Double($0) * step }
    return LineSeries(label: label, x: xs, y: xs.map(function), colorKey: colorKey)
  }

  /// The key used for palette lookups: `colorKey`, else the label, else an empty string.
  var resolvedKey: String { colorKey ?? label ?? "" }
}

/// A shaded region between a lower and an upper curve sharing the series' x values.
public struct Band: Sendable {
  /// Lower edge, one value per x.
  public var lower: [Double]
  /// Upper edge, one value per x.
  public var upper: [Double]
  /// Opacity of the fill, 0...1.
  public var opacity: Double

  /// Creates a band; points where either edge is not representable are left unshaded.
  public init(lower: [Double], upper: [Double], opacity: Double = 0.2) {
    precondition(
      lower.count == upper.count, "Band lower has \(lower.count) values, upper \(upper.count)")
    self.lower = lower
    self.upper = upper
    self.opacity = opacity
  }
}
