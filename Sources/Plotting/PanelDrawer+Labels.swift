import Foundation

// Text inside and beside the axes: reference-line labels, annotations with arrows, the colour
// bar and the legend.

extension PanelDrawer {
  func drawReferenceLabels() throws {
    for (index, reference) in panel.plot.referenceLines.enumerated() {
      guard let label = reference.label, let box = panel.referenceLabelBox(index) else {
        continue
      }
      let style = TextStyle(
        sizeInPoints: PanelLayout.referenceLabelScale * type.base, color: reference.color)
      try renderer.draw(
        label, style: style, at: Point(x: box.minX, y: box.minY),
        anchor: TextAnchor(horizontal: .left, vertical: .top), isVertical: false)
    }
  }

  func drawAnnotations() throws {
    for (index, annotation) in panel.plot.annotations.enumerated() {
      let box = try panel.annotationBox(index)
      let style = TextStyle(sizeInPoints: type.base, color: annotation.color)
      try renderer.draw(
        annotation.text, style: style, at: Point(x: box.minX, y: box.minY),
        anchor: TextAnchor(horizontal: .left, vertical: .top), isVertical: false)
      guard annotation.hasArrow else { continue }
      let target = annotation.target
      guard let tip = panel.point(target.x, target.y) else {
        throw PlottingError.invalidAnnotation(text: annotation.text, x: target.x, y: target.y)
      }
      drawArrow(from: box, to: tip, color: annotation.color)
    }
  }

  /// An arrow from the edge of `box` to just short of `tip`, with a filled head.
  private func drawArrow(from box: Rect, to tip: Point, color: Color) {
    let center = box.center
    let dx = tip.x - center.x
    let dy = tip.y - center.y
    let length = (dx * dx + dy * dy).squareRoot()
    guard length > 0 else { return }
    // Leave the text box where the ray from its centre crosses the box edge, plus a gap.
    let halfWidth = box.width / 2 + 0.2 * type.base
    let halfHeight = box.height / 2 + 0.2 * type.base
    let exit = min(
      dx == 0 ? .infinity : halfWidth / abs(dx), dy == 0 ? .infinity : halfHeight / abs(dy))
    let start = Point(x: center.x + dx * exit, y: center.y + dy * exit)
    let ux = dx / length
    let uy = dy / length
    let end = Point(x: tip.x - ux * 0.25 * type.base, y: tip.y - uy * 0.25 * type.base)
    guard (end.x - start.x) * ux + (end.y - start.y) * uy > 0 else { return }

    let head = 0.8 * type.base
    let base = Point(x: end.x - ux * head, y: end.y - uy * head)
    renderer.stroke([start, base], style: StrokeStyle(color: color, widthInPoints: 1))
    let side = head * 0.4
    renderer.fill(
      [
        end, Point(x: base.x - uy * side, y: base.y + ux * side),
        Point(x: base.x + uy * side, y: base.y - ux * side),
      ], color: color)
  }

  func drawColorBar(_ bar: ColorBarLayout) throws {
    let left = rect.maxX + bar.gap
    let strips = 128
    let stripHeight = rect.height / Double(strips)
    for index in 0..<strips {
      let t = (Double(index) + 0.5) / Double(strips)
      // Each strip reaches into the next one so no background shows between them.
      let overlap = index == strips - 1 ? 0 : 0.5 * stripHeight
      let strip = Rect(
        x: left, y: rect.maxY - Double(index + 1) * stripHeight, width: bar.barWidth,
        height: stripHeight + overlap)
      renderer.fill(strip, color: Viridis.color(at: t), isCrisp: true)
    }
    let frame = Rect(x: left, y: rect.minY, width: bar.barWidth, height: rect.height)
    renderer.stroke(
      [
        Point(x: frame.minX, y: frame.minY), Point(x: frame.maxX, y: frame.minY),
        Point(x: frame.maxX, y: frame.maxY), Point(x: frame.minX, y: frame.maxY),
        Point(x: frame.minX, y: frame.minY),
      ], style: StrokeStyle(color: .black, widthInPoints: 0.8))

    let mapping = AxisMapping(
      scale: bar.scale, limits: bar.limits, start: rect.maxY, end: rect.minY)
    for tick in bar.ticks.major {
      guard let py = mapping.position(of: tick.value) else { continue }
      renderer.stroke(
        [Point(x: frame.maxX, y: py), Point(x: frame.maxX + bar.tickLength, y: py)],
        style: StrokeStyle(color: .black, widthInPoints: 0.8))
      try renderer.draw(
        tick.label, style: type.tick,
        at: Point(x: frame.maxX + bar.tickLength + bar.tickPadding, y: py),
        anchor: TextAnchor(horizontal: .left, vertical: .center), isVertical: false)
    }
    if let label = panel.plot.heatmap?.colorLabel {
      let x = frame.maxX + bar.tickLength + 2 * bar.tickPadding + bar.tickLabelWidth
      try renderer.draw(
        label, style: type.axisLabel, at: Point(x: x, y: rect.center.y),
        anchor: TextAnchor(horizontal: .center, vertical: .top), isVertical: true)
    }
    if bar.hasInvalidCells {
      try drawInvalidCellKey(below: frame)
    }
  }

  /// A grey swatch under the colour bar explaining cells the colour scale cannot show.
  private func drawInvalidCellKey(below frame: Rect) throws {
    let size = 0.8 * type.base
    let swatch = Rect(
      x: frame.minX, y: rect.maxY + panel.sizes.tickLength + panel.sizes.tickPadding,
      width: size, height: size)
    renderer.fill(swatch, color: ColorBarLayout.invalidColor, isCrisp: false)
    let text = ColorBarLayout.invalidCellText(scale: panel.plot.heatmap?.colorScale ?? .linear)
    try renderer.draw(
      text, style: type.note, at: Point(x: swatch.maxX + 0.3 * type.base, y: swatch.center.y),
      anchor: TextAnchor(horizontal: .left, vertical: .center), isVertical: false)
  }

  func drawLegend(_ legend: LegendLayout) throws {
    let box = legend.rect
    renderer.fill(box, color: Color.white.withAlpha(0.92), isCrisp: false)
    renderer.stroke(
      [
        Point(x: box.minX, y: box.minY), Point(x: box.maxX, y: box.minY),
        Point(x: box.maxX, y: box.maxY), Point(x: box.minX, y: box.maxY),
        Point(x: box.minX, y: box.minY),
      ], style: StrokeStyle(color: Color(hex: 0xAAAAAA), widthInPoints: 0.6))
    for (row, entry) in legend.entries.enumerated() {
      let centerY = box.minY + legend.padding + legend.rowHeight * (Double(row) + 0.5)
      let sampleLeft = box.minX + legend.padding
      let sampleRight = sampleLeft + legend.sampleWidth
      switch entry.source {
      case .line(let index):
        let line = panel.plot.lines[index]
        let resolved = style(of: line)
        renderer.stroke(
          [Point(x: sampleLeft, y: centerY), Point(x: sampleRight, y: centerY)],
          style: StrokeStyle(
            color: resolved.color, widthInPoints: line.lineWidthInPoints, dash: resolved.dash))
        drawMarker(
          resolved.marker, at: Point(x: (sampleLeft + sampleRight) / 2, y: centerY),
          size: line.markerSizeInPoints, color: resolved.color)
      case .histogram(let index):
        let color = color(of: panel.plot.histograms[index])
        let swatch = Rect(
          x: sampleLeft, y: centerY - 0.35 * type.base, width: legend.sampleWidth,
          height: 0.7 * type.base)
        renderer.fill(swatch, color: color.withAlpha(0.55), isCrisp: false)
      }
      try renderer.draw(
        entry.label, style: type.legend,
        at: Point(x: sampleRight + 0.6 * type.base, y: centerY),
        anchor: TextAnchor(horizontal: .left, vertical: .center), isVertical: false)
    }
  }
}
