import Foundation

// Data drawing: heatmap cells, histograms, bands, reference lines, lines with markers, and
// the edge markers where a line left the axes.

extension PanelDrawer {
  /// Resolved colour, dash and marker of a line series.
  func style(of line: LineSeries) -> (color: Color, dash: DashPattern, marker: MarkerShape) {
    let key = line.resolvedKey
    let marker = line.showsMarkers ? (line.marker ?? palette.marker(for: key)) : .none
    return (line.color ?? palette.color(for: key), line.dash ?? palette.dash(for: key), marker)
  }

  /// Colour of a histogram.
  func color(of histogram: Histogram) -> Color {
    histogram.color ?? palette.color(for: histogram.resolvedKey)
  }

  /// Margin around the axes within which geometry is kept before clipping, in points.
  var drawingBounds: Rect { rect.insetBy(-2 * type.base) }

  func drawCells(of heatmap: Heatmap, colorBar: ColorBarLayout) {
    for (row, values) in heatmap.values.enumerated() {
      for (column, value) in values.enumerated() {
        guard
          let a = panel.point(heatmap.xEdges[column], heatmap.yEdges[row + 1]),
          let b = panel.point(heatmap.xEdges[column + 1], heatmap.yEdges[row])
        else { continue }
        let cell = Rect(x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y)
        // Cells beyond explicit limits are cut to the axes, keeping coordinates small.
        guard let visible = cell.intersection(drawingBounds) else { continue }
        renderer.fill(visible, color: colorBar.color(of: value), isCrisp: true)
      }
    }
  }

  func drawHistograms() throws {
    for histogram in panel.plot.histograms {
      let bins = try histogram.bins()
      let color = color(of: histogram)
      let rects = panel.binRects(bins)
      switch histogram.style {
      case .bars:
        for bar in rects {
          guard let visible = bar.intersection(drawingBounds) else { continue }
          renderer.fill(visible, color: color.withAlpha(0.55), isCrisp: false)
        }
        drawOutline(of: rects, color: color, width: 0.6)
      case .step:
        drawOutline(of: rects, color: color, width: 1.5)
      }
    }
  }

  /// The upper outline of adjacent bins, dropping to the baseline at the ends.
  private func drawOutline(of rects: [Rect], color: Color, width: Double) {
    guard let first = rects.first, let last = rects.last else { return }
    var points = [Point(x: first.minX, y: first.maxY)]
    for bar in rects {
      points.append(Point(x: bar.minX, y: bar.minY))
      points.append(Point(x: bar.maxX, y: bar.minY))
    }
    points.append(Point(x: last.maxX, y: last.maxY))
    let style = StrokeStyle(color: color, widthInPoints: width)
    for piece in PanelLayout.clipped(points, to: drawingBounds) {
      renderer.stroke(piece, style: style)
    }
  }

  func drawBand(of line: LineSeries) {
    guard let band = line.band else { return }
    let color = style(of: line).color.withAlpha(band.opacity)
    for polygon in panel.bandPolygons(x: line.x, band: band) {
      let limit = 1e6
      let bounded = polygon.map {
        Point(x: min(max($0.x, -limit), limit), y: min(max($0.y, -limit), limit))
      }
      renderer.fill(bounded, color: color)
    }
  }

  func drawReferenceLine(_ reference: ReferenceLine) {
    guard let (a, b) = panel.referenceSegment(reference) else { return }
    renderer.stroke(
      [a, b],
      style: StrokeStyle(
        color: reference.color, widthInPoints: reference.lineWidthInPoints,
        dash: reference.dash))
  }

  func drawLine(_ line: LineSeries) {
    let resolved = style(of: line)
    let stroke = StrokeStyle(
      color: resolved.color, widthInPoints: line.lineWidthInPoints, dash: resolved.dash)
    let geometry = panel.geometry(ofX: line.x, y: line.y)
    for run in geometry.runs {
      for piece in PanelLayout.clipped(run, to: drawingBounds) where piece.count > 1 {
        renderer.stroke(piece, style: stroke)
      }
    }
  }

  /// Markers at the points of `line` that lie within the axes, drawn in one operation.
  func drawMarkers(of line: LineSeries) {
    let resolved = style(of: line)
    guard resolved.marker != .none else { return }
    let bounds = rect.insetBy(-0.01)
    var centers: [Point] = []
    for run in panel.geometry(ofX: line.x, y: line.y).runs {
      centers += run.filter { bounds.contains($0) }
    }
    drawMarkers(
      resolved.marker, at: centers, size: line.markerSizeInPoints, color: resolved.color)
  }

  /// Draws markers of diameter `size` centred on each of `centers`.
  func drawMarkers(_ shape: MarkerShape, at centers: [Point], size: Double, color: Color) {
    guard !centers.isEmpty else { return }
    let r = size / 2
    func polygons(_ corners: Int, rotation: Double, radius: Double) -> [[Point]] {
      let offsets = (0..<corners).map { index in
        let angle = rotation + 2 * Double.pi * Double(index) / Double(corners)
        return Point(x: radius * cos(angle), y: radius * sin(angle))
      }
      return centers.map { center in
        offsets.map { Point(x: center.x + $0.x, y: center.y + $0.y) }
      }
    }
    switch shape {
    case .none: return
    case .circle: renderer.fillCircles(centers: centers, radius: r, color: color)
    case .square:
      renderer.fillPolygons(polygons(4, rotation: Double.pi / 4, radius: r * 1.25), color: color)
    case .diamond: renderer.fillPolygons(polygons(4, rotation: 0, radius: r * 1.3), color: color)
    case .triangleUp:
      renderer.fillPolygons(polygons(3, rotation: -Double.pi / 2, radius: r * 1.3), color: color)
    case .triangleDown:
      renderer.fillPolygons(polygons(3, rotation: Double.pi / 2, radius: r * 1.3), color: color)
    case .pentagon:
      renderer.fillPolygons(polygons(5, rotation: -Double.pi / 2, radius: r * 1.2), color: color)
    case .plus:
      let segments = centers.flatMap { c in
        [
          (Point(x: c.x - r, y: c.y), Point(x: c.x + r, y: c.y)),
          (Point(x: c.x, y: c.y - r), Point(x: c.x, y: c.y + r)),
        ]
      }
      renderer.strokeSegments(
        segments, style: StrokeStyle(color: color, widthInPoints: max(1, size / 4)))
    }
  }

  /// Triangles at the axes edge where lines left, pointing the way they left. Triangles
  /// that would coincide are set side by side; each kind is labelled "overflow" or
  /// "underflow" once per panel, right of the row of triangles it starts, or inside the
  /// axes against the right edge when the row reaches too far right.
  func drawEscapes() throws {
    let size = 0.8 * type.base
    var placed: [(escape: Escape, color: Color)] = []
    for line in panel.plot.lines {
      let color = style(of: line).color
      for var escape in panel.geometry(ofX: line.x, y: line.y).escapes {
        while placed.contains(where: {
          $0.escape.position.y == escape.position.y
            && abs($0.escape.position.x - escape.position.x) < size
        }) {
          escape.position.x += 1.1 * size
        }
        placed.append((escape, color))
      }
    }

    for (escape, color) in placed {
      let p = escape.position
      let baseY = escape.kind == .overflow ? p.y + size : p.y - size
      renderer.fill(
        [p, Point(x: p.x - size / 2, y: baseY), Point(x: p.x + size / 2, y: baseY)],
        color: color)
    }

    for kind in [Escape.Kind.overflow, .underflow] {
      guard let first = placed.first(where: { $0.escape.kind == kind })?.escape else {
        continue
      }
      // The label goes right of the last triangle in the row that starts at `first`.
      var rightmost = first.position.x
      while placed.contains(where: {
        $0.escape.position.y == first.position.y
          && abs($0.escape.position.x - (rightmost + 1.1 * size)) < 1e-9
      }) {
        rightmost += 1.1 * size
      }
      let text = kind == .overflow ? "overflow" : "underflow"
      let width = try renderer.extents(of: text, style: type.note).width
      let isOver = kind == .overflow
      let rowCenterY = first.position.y + (isOver ? size / 2 : -size / 2)
      if rightmost + size + width < rect.maxX {
        try renderer.draw(
          text, style: type.note, at: Point(x: rightmost + 0.75 * size, y: rowCenterY),
          anchor: TextAnchor(horizontal: .left, vertical: .center), isVertical: false)
        continue
      }
      // No room on the right: below the row (above it for underflow), against the edge,
      // where the line that left does not run.
      let labelY = isOver ? first.position.y + 1.2 * size : first.position.y - 1.2 * size
      try renderer.draw(
        text, style: type.note, at: Point(x: rect.maxX - 0.3 * size, y: labelY),
        anchor: TextAnchor(horizontal: .right, vertical: isOver ? .top : .bottom),
        isVertical: false)
    }
  }
}
