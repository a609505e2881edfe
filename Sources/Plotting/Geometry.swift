/// A position in points from the top-left corner of the figure, y growing downward.
struct Point: Hashable {
  var x: Double
  var y: Double
}

/// An axis-aligned rectangle in points.
struct Rect: Hashable {
  var x: Double
  var y: Double
  var width: Double
  var height: Double

  var minX: Double { x }
  var maxX: Double { x + width }
  var minY: Double { y }
  var maxY: Double { y + height }
  var center: Point { Point(x: x + width / 2, y: y + height / 2) }

  func contains(_ point: Point) -> Bool {
    point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
  }

  func intersects(_ other: Rect) -> Bool {
    minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
  }

  /// The overlap of two rectangles, or nil when they do not overlap.
  func intersection(_ other: Rect) -> Rect? {
    let left = max(minX, other.minX)
    let right = min(maxX, other.maxX)
    let top = max(minY, other.minY)
    let bottom = min(maxY, other.maxY)
    guard left < right, top < bottom else { return nil }
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  func insetBy(_ amount: Double) -> Rect {
    Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
  }

  /// Whether the segment from `a` to `b` touches the rectangle (Liang–Barsky clipping).
  func intersectsSegment(_ a: Point, _ b: Point) -> Bool {
    clipSegment(a, b) != nil
  }

  /// The part of segment `a`–`b` inside the rectangle, or nil if it misses.
  ///
  /// Liang and Barsky (1984), "A New Concept and Method for Line Clipping": the segment
  /// `a + t·(b − a)`, t in 0...1, is cut against each edge in turn.
  func clipSegment(_ a: Point, _ b: Point) -> (Point, Point)? {
    let dx = b.x - a.x
    let dy = b.y - a.y
    var t0 = 0.0
    var t1 = 1.0
    let edges = [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)]
    for (p, q) in edges {
      if p == 0 {
        if q < 0 { return nil }
        continue
      }
      let r = q / p
      if p < 0 {
        if r > t1 { return nil }
        t0 = max(t0, r)
      } else {
        if r < t0 { return nil }
        t1 = min(t1, r)
      }
    }
    return (
      Point(x: a.x + t0 * dx, y: a.y + t0 * dy), Point(x: a.x + t1 * dx, y: a.y + t1 * dy)
    )
  }
}
