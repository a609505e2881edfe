/// Things a legend must not cover, in points.
struct Obstacles {
  var segments: [(Point, Point)] = []
  var rects: [Rect] = []
  var polygons: [[Point]] = []

  /// How many obstacles `rect` touches; 0 means the rectangle covers no data.
  func count(overlapping rect: Rect) -> Int {
    var total = 0
    for (a, b) in segments where rect.intersectsSegment(a, b) { total += 1 }
    for other in rects where rect.intersects(other) { total += 1 }
    let probes = [
      rect.center, Point(x: rect.minX, y: rect.minY), Point(x: rect.maxX, y: rect.maxY),
    ]
    for polygon in polygons {
      if probes.contains(where: { Self.isInside($0, polygon) }) { total += 1 }
    }
    return total
  }

  /// Even–odd point-in-polygon test by ray casting.
  static func isInside(_ point: Point, _ polygon: [Point]) -> Bool {
    var inside = false
    var j = polygon.count - 1
    for i in polygon.indices {
      let a = polygon[i]
      let b = polygon[j]
      if (a.y > point.y) != (b.y > point.y)
        && point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x
      {
        inside.toggle()
      }
      j = i
    }
    return inside
  }
}
