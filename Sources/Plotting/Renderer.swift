/// Font size, weight and colour of a piece of text.
struct TextStyle: Hashable {
  var sizeInPoints: Double
  var isBold: Bool = false
  var color: Color = .black
}

/// Measured extents of laid-out text in points.
struct TextExtents: Hashable {
  var width: Double
  var height: Double
  /// Distance from the top of the logical box to the first baseline.
  var baseline: Double
}

/// Which point of the text box lands on the anchor position.
struct TextAnchor: Hashable {
  enum Horizontal: Hashable { case left, center, right }
  enum Vertical: Hashable { case top, center, baseline, bottom }

  var horizontal: Horizontal
  var vertical: Vertical

  static let center = TextAnchor(horizontal: .center, vertical: .center)
}

/// Colour, width and dashes of a stroked path.
struct StrokeStyle: Hashable {
  var color: Color
  var widthInPoints: Double
  var dash: DashPattern = .solid
}

/// The drawing operations a figure needs, in points with y growing downward.
///
/// The Cairo renderer draws them; a recording renderer in the tests lists them in order.
protocol Renderer: AnyObject {
  /// Extents of `markup` laid out in `style`.
  func extents(of markup: String, style: TextStyle) throws -> TextExtents
  /// Strokes an open polyline.
  func stroke(_ points: [Point], style: StrokeStyle)
  /// Fills a closed polygon.
  func fill(_ polygon: [Point], color: Color)
  /// Fills a rectangle; `isCrisp` turns off antialiasing so adjacent cells show no seams.
  func fill(_ rect: Rect, color: Color, isCrisp: Bool)
  /// Fills several closed polygons in one operation (markers of one series).
  func fillPolygons(_ polygons: [[Point]], color: Color)
  /// Fills circles of one radius in one operation.
  func fillCircles(centers: [Point], radius: Double, color: Color)
  /// Strokes separate straight segments in one operation.
  func strokeSegments(_ segments: [(Point, Point)], style: StrokeStyle)
  /// Draws `markup` with `anchor` at `position`, rotated a quarter turn counter-clockwise
  /// (reading upward) when `isVertical`.
  func draw(
    _ markup: String, style: TextStyle, at position: Point, anchor: TextAnchor, isVertical: Bool
  ) throws
  /// Restricts drawing to `rect`, or lifts the restriction when nil.
  func clip(to rect: Rect?)
}
