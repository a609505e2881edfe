// Data mapped to points: polylines split where values are not representable, band polygons,
// histogram bins. Shared by legend placement (as obstacles) and drawing.

/// Where a line left the axes because a value could not be shown.
struct Escape: Hashable {
  enum Kind: Hashable {
    /// +∞ or NaN.
    case overflow
    /// Zero or negative on a log axis, or −∞.
    case underflow
  }

  var kind: Kind
  var position: Point
}

/// A line series in points.
struct LineGeometry {
  /// Runs of consecutive representable points.
  var runs: [[Point]]
  /// One escape per run of unrepresentable points, at the first such point.
  var escapes: [Escape]
}

extension PanelLayout {
  /// Largest coordinate magnitude handed on, in points; clamping there bends a segment by
  /// less than 1e-5 points inside a figure smaller than 10^4 points.
  static let coordinateLimit = 1e12

  /// The point of a data pair, or nil when either value is not representable.
  func point(_ xValue: Double, _ yValue: Double) -> Point? {
    guard let px = x.position(of: xValue), let py = y.position(of: yValue) else { return nil }
    let limit = Self.coordinateLimit
    return Point(x: min(max(px, -limit), limit), y: min(max(py, -limit), limit))
  }

  /// The series split into drawable runs, with the escapes between them.
  func geometry(ofX xs: [Double], y ys: [Double]) -> LineGeometry {
    var runs: [[Point]] = []
    var escapes: [Escape] = []
    var current: [Point] = []
    var isEscaped = false
    for (xValue, yValue) in zip(xs, ys) {
      if let p = point(xValue, yValue) {
        current.append(p)
        isEscaped = false
        continue
      }
      if !current.isEmpty { runs.append(current) }
      current = []
      if !isEscaped, let escape = escape(xValue, yValue) { escapes.append(escape) }
      isEscaped = true
    }
    if !current.isEmpty { runs.append(current) }
    return LineGeometry(runs: runs, escapes: escapes)
  }

  /// The axes-edge marker for a pair with at least one unrepresentable value.
  private func escape(_ xValue: Double, _ yValue: Double) -> Escape? {
    let yKind = Self.escapeKind(yValue, scale: y.scale)
    let xKind = Self.escapeKind(xValue, scale: x.scale)
    let kind = yKind ?? xKind ?? .overflow
    let px = xKind.map { $0 == .overflow ? plotRect.maxX : plotRect.minX }
      ?? x.position(of: xValue).map { min(max($0, plotRect.minX), plotRect.maxX) }
    let py = yKind.map { $0 == .overflow ? plotRect.minY : plotRect.maxY }
      ?? y.position(of: yValue).map { min(max($0, plotRect.minY), plotRect.maxY) }
    guard let px, let py else { return nil }
    return Escape(kind: kind, position: Point(x: px, y: py))
  }

  static func escapeKind(_ value: Double, scale: AxisScale) -> Escape.Kind? {
    if scale.canRepresent(value) { return nil }
    return value.isNaN || value == .infinity ? .overflow : .underflow
  }

  /// Closed polygons of a band, one per run of points where x and both edges are shown.
  func bandPolygons(x xs: [Double], band: Band) -> [[Point]] {
    var polygons: [[Point]] = []
    var upper: [Point] = []
    var lower: [Point] = []
    for index in xs.indices {
      if let top = point(xs[index], band.upper[index]),
        let bottom = point(xs[index], band.lower[index])
      {
        upper.append(top)
        lower.append(bottom)
        continue
      }
      if upper.count > 1 { polygons.append(upper + lower.reversed()) }
      upper = []
      lower = []
    }
    if upper.count > 1 { polygons.append(upper + lower.reversed()) }
    return polygons
  }

  /// Rectangles of histogram bins that have a height the y axis can show.
  func binRects(_ bins: HistogramBins) -> [Rect] {
    let baseline = y.scale == .linear ? 0 : y.limits.lowerBound
    var rects: [Rect] = []
    for index in bins.heights.indices {
      guard let a = point(bins.edges[index], bins.heights[index]),
        let b = point(bins.edges[index + 1], baseline)
      else { continue }
      rects.append(Rect(x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y))
    }
    return rects
  }

  /// `polyline` cut to the parts inside `rect`, so Cairo never sees far-away coordinates.
  static func clipped(_ polyline: [Point], to rect: Rect) -> [[Point]] {
    guard polyline.count > 1 else {
      return polyline.filter { rect.contains($0) }.map { [$0] }
    }
    var pieces: [[Point]] = []
    var current: [Point] = []
    for index in 1..<polyline.count {
      guard let (a, b) = rect.clipSegment(polyline[index - 1], polyline[index]) else {
        if current.count > 1 { pieces.append(current) }
        current = []
        continue
      }
      if current.last != a {
        if current.count > 1 { pieces.append(current) }
        current = [a]
      }
      current.append(b)
    }
    if current.count > 1 { pieces.append(current) }
    return pieces
  }
}
