// Legend placement: the first inside position, in the order a reader looks (upper right,
// upper left, lower left, lower right, then edge midpoints), whose box covers no data; when
// every position covers something the legend moves outside, right of the axes.

extension PanelLayout {
  /// Places the legend; returns true when it newly moved outside, so margins must be redone.
  mutating func placeLegend(figure: Figure, type: Typography) throws -> Bool {
    guard var legend else { return false }
    defer { self.legend = legend }
    if legend.isOutside {
      let colorBarWidth = colorBar?.widthInPoints ?? 0
      legend.origin = Point(
        x: plotRect.maxX + colorBarWidth + type.padding, y: plotRect.minY)
      return false
    }

    let obstacles = try obstacles(figure: figure, type: type)
    let inset = 0.4 * type.base
    let area = plotRect.insetBy(inset)
    let w = legend.size.width
    let h = legend.size.height
    let xs = (left: area.minX, center: area.center.x - w / 2, right: area.maxX - w)
    let ys = (top: area.minY, center: area.center.y - h / 2, bottom: area.maxY - h)
    let candidates = [
      Point(x: xs.right, y: ys.top), Point(x: xs.left, y: ys.top),
      Point(x: xs.left, y: ys.bottom), Point(x: xs.right, y: ys.bottom),
      Point(x: xs.right, y: ys.center), Point(x: xs.left, y: ys.center),
      Point(x: xs.center, y: ys.bottom), Point(x: xs.center, y: ys.top),
    ]
    let fits = w <= area.width && h <= area.height
    for origin in candidates where fits {
      let box = Rect(x: origin.x, y: origin.y, width: w, height: h)
      if obstacles.count(overlapping: box) == 0 {
        legend.origin = origin
        return false
      }
    }
    legend.isOutside = true
    return true
  }

  /// Everything drawn inside the axes that a legend would hide.
  func obstacles(figure: Figure, type: Typography) throws -> Obstacles {
    var result = Obstacles()
    if plot.heatmap != nil { result.rects.append(plotRect) }
    for line in plot.lines {
      let geometry = geometry(ofX: line.x, y: line.y)
      for run in geometry.runs {
        let radius = line.showsMarkers ? line.markerSizeInPoints / 2 : 0
        for piece in Self.clipped(run, to: plotRect) {
          for index in piece.indices.dropFirst() {
            result.segments.append((piece[index - 1], piece[index]))
          }
          if piece.count == 1 || radius > 0 {
            result.rects += piece.map {
              Rect(x: $0.x - radius, y: $0.y - radius, width: 2 * radius, height: 2 * radius)
            }
          }
        }
      }
      for escape in geometry.escapes {
        result.rects.append(escapeLabelRect(escape, type: type))
      }
      if let band = line.band { result.polygons += bandPolygons(x: line.x, band: band) }
    }
    for histogram in plot.histograms {
      result.rects += binRects(try histogram.bins()).filter { $0.height > 0.5 }
    }
    for reference in plot.referenceLines {
      if let segment = referenceSegment(reference) { result.segments.append(segment) }
    }
    for index in plot.referenceLines.indices {
      if let box = referenceLabelBox(index) { result.rects.append(box) }
    }
    for index in plot.annotations.indices {
      result.rects.append(try annotationBox(index))
      let annotation = plot.annotations[index]
      if annotation.hasArrow, let tip = point(annotation.target.x, annotation.target.y) {
        result.segments.append((try annotationBox(index).center, tip))
      }
    }
    return result
  }

  /// The box an escape marker and its label may occupy.
  func escapeLabelRect(_ escape: Escape, type: Typography) -> Rect {
    let width = 6 * type.base
    let height = 1.6 * type.base
    let y = escape.kind == .overflow ? escape.position.y : escape.position.y - height
    return Rect(x: escape.position.x - width / 2, y: y, width: width, height: height)
  }

  /// End points of a reference line across the plot, or nil when it is outside the limits.
  func referenceSegment(_ reference: ReferenceLine) -> (Point, Point)? {
    switch reference.orientation {
    case .vertical:
      guard x.isWithinLimits(reference.value), let px = x.position(of: reference.value)
      else { return nil }
      return (Point(x: px, y: plotRect.minY), Point(x: px, y: plotRect.maxY))
    case .horizontal:
      guard y.isWithinLimits(reference.value), let py = y.position(of: reference.value)
      else { return nil }
      return (Point(x: plotRect.minX, y: py), Point(x: plotRect.maxX, y: py))
    }
  }
}
