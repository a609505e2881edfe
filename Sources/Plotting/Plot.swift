/// One set of axes: its scales, data series, reference lines, annotations and legend.
public struct Plot: Sendable {
  /// Panel title as Pango markup.
  public var title: String?
  /// The horizontal axis.
  public var xAxis: Axis
  /// The vertical axis.
  public var yAxis: Axis
  /// Line series, drawn in order.
  public var lines: [LineSeries] = []
  /// Histograms, drawn before lines.
  public var histograms: [Histogram] = []
  /// Vertical and horizontal reference lines.
  public var referenceLines: [ReferenceLine] = []
  /// Text labels with arrows.
  public var annotations: [Annotation] = []
  /// A heatmap filling the axes, with a colour bar on the right; automatic limits of a
  /// panel with a heatmap are its outer cell edges, not snapped.
  public var heatmap: Heatmap?
  /// Where the legend goes.
  public var legend: LegendPlacement = .automatic
  /// Whether light grid lines are drawn at the major ticks; never over a heatmap.
  public var hasGrid: Bool = true

  /// Creates a plot.
  public init(title: String? = nil, xAxis: Axis = Axis(), yAxis: Axis = Axis()) {
    self.title = title
    self.xAxis = xAxis
    self.yAxis = yAxis
  }
}

/// One axis: label, scale and optional fixed limits.
public struct Axis: Sendable {
  /// Axis label as Pango markup.
  public var label: String?
  /// Linear or log10.
  public var scale: AxisScale
  /// Fixed limits used as given; nil fits the data and snaps outward (to decades on a log
  /// axis, to tick steps on a linear one).
  public var limits: ClosedRange<Double>?

  /// Creates an axis.
  public init(
    label: String? = nil, scale: AxisScale = .linear, limits: ClosedRange<Double>? = nil
  ) {
    self.label = label
    self.scale = scale
    self.limits = limits
  }
}

/// Where a plot's legend is drawn.
public enum LegendPlacement: Sendable, Hashable {
  /// In the inside corner or edge position that overlaps no data, or outside on the right
  /// when every inside position would cover data.
  case automatic
  /// Always outside the axes, on the right.
  case outside
  /// No legend.
  case hidden
}
