/// Draws a laid-out figure through a renderer: background, title, then each panel.
struct FigureDrawer {
  var layout: FigureLayout
  var renderer: Renderer

  /// Draws everything in back-to-front order.
  /// - Throws: `PlottingError` for invalid markup or annotations.
  func draw() throws {
    let figure = layout.figure
    renderer.fill(
      Rect(x: 0, y: 0, width: figure.widthInPoints, height: figure.heightInPoints),
      color: .white, isCrisp: true)
    if let title = figure.title, let anchor = layout.titleAnchor {
      try renderer.draw(
        title, style: layout.typography.figureTitle, at: anchor,
        anchor: TextAnchor(horizontal: .center, vertical: .top), isVertical: false)
    }
    var keys: [String] = []
    for plot in figure.panels {
      keys += plot.histograms.map(\.resolvedKey) + plot.lines.map(\.resolvedKey)
    }
    let palette = figure.palette.extended(with: keys)
    let drawers = layout.panels.map {
      PanelDrawer(panel: $0, palette: palette, type: layout.typography, renderer: renderer)
    }
    for drawer in drawers { try drawer.draw() }
    if let legend = layout.sharedLegend { try drawSharedLegend(legend, drawers: drawers) }
  }

  /// The figure-wide legend: a framed box of rows, each sample drawn by its panel.
  private func drawSharedLegend(
    _ legend: SharedLegendLayout, drawers: [PanelDrawer]
  ) throws {
    let box = Rect(
      x: legend.origin.x, y: legend.origin.y, width: legend.width, height: legend.height)
    PanelDrawer.drawLegendFrame(box, renderer: renderer)
    for entry in legend.entries {
      let left = box.minX + legend.padding + entry.x
      let centerY = box.minY + legend.padding + legend.rowHeight * (Double(entry.row) + 0.5)
      try drawers[entry.panelIndex].drawLegendEntry(
        source: entry.source, label: entry.label, left: left, centerY: centerY,
        sampleWidth: legend.sampleWidth)
    }
  }
}

/// Draws one panel: data clipped to the axes, then axes, labels, colour bar and legend.
struct PanelDrawer {
  var panel: PanelLayout
  var palette: SeriesPalette
  var type: Typography
  var renderer: Renderer

  var rect: Rect { panel.plotRect }

  func draw() throws {
    renderer.fill(rect, color: .white, isCrisp: true)
    renderer.clip(to: rect)
    if let heatmap = panel.plot.heatmap, let colorBar = panel.colorBar {
      drawCells(of: heatmap, colorBar: colorBar)
    }
    if panel.plot.hasGrid && panel.plot.heatmap == nil { drawGrid() }
    try drawHistograms()
    for line in panel.plot.lines { drawBand(of: line) }
    for reference in panel.plot.referenceLines { drawReferenceLine(reference) }
    for line in panel.plot.lines { drawLine(line) }
    renderer.clip(to: nil)
    // Markers on the axes edge stay whole: they are drawn after the clip is lifted.
    for line in panel.plot.lines { drawMarkers(of: line) }

    try drawEscapes()
    try drawReferenceLabels()
    try drawAnnotations()
    try drawAxes()
    if let colorBar = panel.colorBar { try drawColorBar(colorBar) }
    if let legend = panel.legend { try drawLegend(legend) }
  }

  /// Light lines at the major ticks, behind the data.
  private func drawGrid() {
    let style = StrokeStyle(color: .lightGray, widthInPoints: 0.6)
    for tick in panel.xTicks.major {
      guard let px = panel.x.position(of: tick.value) else { continue }
      renderer.stroke([Point(x: px, y: rect.minY), Point(x: px, y: rect.maxY)], style: style)
    }
    for tick in panel.yTicks.major {
      guard let py = panel.y.position(of: tick.value) else { continue }
      renderer.stroke([Point(x: rect.minX, y: py), Point(x: rect.maxX, y: py)], style: style)
    }
  }

  /// Frame, ticks, tick labels, axis labels and the panel title.
  private func drawAxes() throws {
    let frame = StrokeStyle(color: .black, widthInPoints: 0.8)
    renderer.stroke(
      [
        Point(x: rect.minX, y: rect.minY), Point(x: rect.maxX, y: rect.minY),
        Point(x: rect.maxX, y: rect.maxY), Point(x: rect.minX, y: rect.maxY),
        Point(x: rect.minX, y: rect.minY),
      ], style: frame)
    let s = panel.sizes
    let tickStyle = StrokeStyle(color: .black, widthInPoints: 0.8)
    let minorStyle = StrokeStyle(color: .black, widthInPoints: 0.6)
    for value in panel.xTicks.minor {
      guard panel.x.isWithinLimits(value), let px = panel.x.position(of: value) else { continue }
      renderer.stroke(
        [Point(x: px, y: rect.maxY), Point(x: px, y: rect.maxY + s.tickLength * 0.6)],
        style: minorStyle)
    }
    for value in panel.yTicks.minor {
      guard panel.y.isWithinLimits(value), let py = panel.y.position(of: value) else { continue }
      renderer.stroke(
        [Point(x: rect.minX, y: py), Point(x: rect.minX - s.tickLength * 0.6, y: py)],
        style: minorStyle)
    }
    for tick in panel.xTicks.major {
      guard let px = panel.x.position(of: tick.value) else { continue }
      renderer.stroke(
        [Point(x: px, y: rect.maxY), Point(x: px, y: rect.maxY + s.tickLength)],
        style: tickStyle)
      if panel.showsXTickLabels {
        try renderer.draw(
          tick.label, style: type.tick,
          at: Point(x: px, y: rect.maxY + s.tickLength + s.tickPadding),
          anchor: TextAnchor(horizontal: .center, vertical: .top), isVertical: false)
      }
    }
    for tick in panel.yTicks.major {
      guard let py = panel.y.position(of: tick.value) else { continue }
      renderer.stroke(
        [Point(x: rect.minX, y: py), Point(x: rect.minX - s.tickLength, y: py)],
        style: tickStyle)
      if panel.showsYTickLabels {
        try renderer.draw(
          tick.label, style: type.tick,
          at: Point(x: rect.minX - s.tickLength - s.tickPadding, y: py),
          anchor: TextAnchor(horizontal: .right, vertical: .center), isVertical: false)
      }
    }
    try drawAxisLabels()
  }

  private func drawAxisLabels() throws {
    let s = panel.sizes
    if panel.showsXLabel, let label = panel.plot.xAxis.label {
      var top = rect.maxY + s.tickLength + s.padding
      if panel.showsXTickLabels { top += s.xTickLabelHeight + s.tickPadding - s.padding / 2 }
      try renderer.draw(
        label, style: type.axisLabel, at: Point(x: rect.center.x, y: top),
        anchor: TextAnchor(horizontal: .center, vertical: .top), isVertical: false)
    }
    if panel.showsYLabel, let label = panel.plot.yAxis.label {
      var right = rect.minX - s.tickLength - s.padding
      if panel.showsYTickLabels { right -= s.yTickLabelWidth + s.tickPadding - s.padding / 2 }
      // Rotated a quarter turn, the text's top edge faces left; anchor its bottom (right).
      try renderer.draw(
        label, style: type.axisLabel, at: Point(x: right, y: rect.center.y),
        anchor: TextAnchor(horizontal: .center, vertical: .bottom), isVertical: true)
    }
    if let title = panel.plot.title {
      let bottom = rect.minY - s.yTickLabelHeight / 2 - s.padding / 2
      try renderer.draw(
        title, style: type.panelTitle, at: Point(x: rect.center.x, y: bottom),
        anchor: TextAnchor(horizontal: .center, vertical: .bottom), isVertical: false)
    }
  }
}
