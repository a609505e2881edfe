/// A labelled vertical or horizontal line across the axes, e.g. `x = ±√(6 / (a + b))`.
public struct ReferenceLine: Sendable {
  /// Direction of the line.
  public enum Orientation: Sendable, Hashable {
    /// A line at a fixed x.
    case vertical
    /// A line at a fixed y.
    case horizontal
  }

  /// Which side of the line the label sits on.
  public enum LabelSide: Sendable, Hashable {
    /// Left of a vertical line, below a horizontal one.
    case before
    /// Right of a vertical line, above a horizontal one.
    case after
  }

  /// Direction of the line.
  public var orientation: Orientation
  /// The x (vertical) or y (horizontal) value of the line.
  public var value: Double
  /// Label as Pango markup; nil draws no label.
  public var label: String?
  /// Side of the label.
  public var labelSide: LabelSide
  /// Stroke colour.
  public var color: Color
  /// Dash pattern.
  public var dash: DashPattern
  /// Stroke width in points.
  public var lineWidthInPoints: Double = 1

  /// Creates a reference line.
  public init(
    _ orientation: Orientation, at value: Double, label: String? = nil,
    labelSide: LabelSide = .after, color: Color = .darkGray, dash: DashPattern = .dashed
  ) {
    self.orientation = orientation
    self.value = value
    self.label = label
    self.labelSide = labelSide
    self.color = color
    self.dash = dash
  }
}
