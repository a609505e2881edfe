/// Positions of one panel: plot rectangle, axis mappings, ticks, legend and colour bar.
struct PanelLayout {
  var plot: Plot
  var index: Int
  var row: Int
  var column: Int
  var x: AxisMapping
  var y: AxisMapping
  var xDataRange: ClosedRange<Double>?
  var yDataRange: ClosedRange<Double>?
  var xTicks = TickSet(major: [], minor: [])
  var yTicks = TickSet(major: [], minor: [])
  var showsXTickLabels = true
  var showsYTickLabels = true
  var showsXLabel = true
  var showsYLabel = true
  var plotRect = Rect(x: 0, y: 0, width: 1, height: 1)
  var legend: LegendLayout?
  var colorBar: ColorBarLayout?
  /// Measured sizes that set the margins.
  var sizes = MeasuredSizes()

  struct MeasuredSizes {
    var yTickLabelWidth = 0.0
    var xTickLabelHeight = 0.0
    var lastXTickLabelWidth = 0.0
    var yTickLabelHeight = 0.0
    var titleHeight = 0.0
    var xLabelHeight = 0.0
    var yLabelHeight = 0.0
    var padding = 0.0
    var tickLength = 0.0
    var tickPadding = 0.0
    var annotationExtents: [TextExtents] = []
    var referenceLabelExtents: [TextExtents?] = []
  }

  /// The panel with its data ranges and unshared limits.
  static func initial(
    plot: Plot, index: Int, columns: Int, rows: Int, yTickRoom: Int, figure: Figure
  ) throws -> PanelLayout {
    try plot.heatmap?.validate()
    let xRange = FigureLayout.representableRange(
      of: try FigureLayout.xValues(of: plot), on: plot.xAxis.scale)
    let yRange = FigureLayout.representableRange(
      of: try FigureLayout.yValues(of: plot), on: plot.yAxis.scale)
    var xLimits = try FigureLayout.limits(
      of: plot.xAxis, named: "x", fitting: xRange, maxTickCount: 8)
    var yLimits = try FigureLayout.limits(
      of: plot.yAxis, named: "y", fitting: yRange, maxTickCount: yTickRoom)
    // A heatmap fills its axes exactly: automatic limits are its outer cell edges.
    if let heatmap = plot.heatmap {
      if plot.xAxis.limits == nil, let range = xRange, heatmap.xEdges.count > 1 {
        xLimits = range
      }
      if plot.yAxis.limits == nil, let range = yRange, heatmap.yEdges.count > 1 {
        yLimits = range
      }
    }

    var panel = PanelLayout(
      plot: plot, index: index, row: index / columns, column: index % columns,
      x: AxisMapping(scale: plot.xAxis.scale, limits: xLimits, start: 0, end: 1),
      y: AxisMapping(scale: plot.yAxis.scale, limits: yLimits, start: 1, end: 0),
      xDataRange: xRange, yDataRange: yRange)
    // Shared axes label only the outer panels: bottom of each column, first column.
    let isLowestInColumn = index + columns >= figure.panels.count
    if figure.sharesXAxis && !isLowestInColumn {
      panel.showsXTickLabels = false
      panel.showsXLabel = false
    }
    if figure.sharesYAxis && panel.column != 0 {
      panel.showsYTickLabels = false
      panel.showsYLabel = false
    }
    return panel
  }

  /// Picks ticks that fit: y ticks by label height, x ticks by measured label widths.
  mutating func chooseTicks(
    xLength: Double, yLength: Double, type: Typography, measure: TextMeasurer
  ) throws {
    let yRoom = max(2, Int(yLength / (2.2 * type.base)) + 1)
    yTicks = TickSet.make(for: y.limits, scale: y.scale, maxMajorCount: yRoom)

    let probe = AxisMapping(scale: x.scale, limits: x.limits, start: 0, end: xLength)
    var room = max(2, Int(xLength / (1.5 * type.base)))
    while true {
      let candidate = TickSet.make(for: x.limits, scale: x.scale, maxMajorCount: room)
      if try room == 2 || labelsFit(candidate, along: probe, type: type, measure: measure) {
        xTicks = candidate
        return
      }
      room -= 1
    }
  }

  /// Whether neighbouring x tick labels keep at least one base font size apart.
  private func labelsFit(
    _ ticks: TickSet, along mapping: AxisMapping, type: Typography, measure: TextMeasurer
  ) throws -> Bool {
    var previousRight = -Double.infinity
    for tick in ticks.major {
      guard let position = mapping.position(of: tick.value) else { continue }
      let width = try measure.extents(tick.label, type.tick).width
      if position - width / 2 < previousRight + type.base { return false }
      previousRight = position + width / 2
    }
    return true
  }

  /// Measures titles, axis labels, tick labels, the legend and the colour bar.
  mutating func measureDecorations(type: Typography, measure: TextMeasurer) throws {
    sizes.padding = type.padding
    sizes.tickLength = type.tickLength
    sizes.tickPadding = type.tickPadding
    for tick in yTicks.major {
      let extents = try measure.extents(tick.label, type.tick)
      sizes.yTickLabelWidth = max(sizes.yTickLabelWidth, extents.width)
      sizes.yTickLabelHeight = max(sizes.yTickLabelHeight, extents.height)
    }
    for tick in xTicks.major {
      sizes.xTickLabelHeight = max(
        sizes.xTickLabelHeight, try measure.extents(tick.label, type.tick).height)
    }
    if let last = xTicks.major.last {
      sizes.lastXTickLabelWidth = try measure.extents(last.label, type.tick).width
    }
    if let title = plot.title {
      sizes.titleHeight = try measure.extents(title, type.panelTitle).height
    }
    if let label = plot.xAxis.label {
      sizes.xLabelHeight = try measure.extents(label, type.axisLabel).height
    }
    if let label = plot.yAxis.label {
      sizes.yLabelHeight = try measure.extents(label, type.axisLabel).height
    }
    try measureLabels(type: type, measure: measure)
    legend = try LegendLayout.measure(plot: plot, type: type, measure: measure)
    if let heatmap = plot.heatmap {
      colorBar = try ColorBarLayout.measure(heatmap, type: type, measure: measure)
    }
  }

  /// Space around the plot rectangle inside the panel's grid cell.
  var margins: (left: Double, right: Double, top: Double, bottom: Double) {
    let s = sizes
    var left = s.padding + s.tickLength
    if showsYTickLabels { left += s.yTickLabelWidth + s.tickPadding }
    if showsYLabel && s.yLabelHeight > 0 { left += s.yLabelHeight + s.padding }

    var bottom = s.padding + s.tickLength
    if showsXTickLabels { bottom += s.xTickLabelHeight + s.tickPadding }
    if showsXLabel && s.xLabelHeight > 0 { bottom += s.xLabelHeight + s.padding }

    var top = s.padding + s.yTickLabelHeight / 2
    if s.titleHeight > 0 { top += s.titleHeight + s.padding }

    var right = s.padding + (showsXTickLabels ? s.lastXTickLabelWidth / 2 : 0)
    if let colorBar { right = s.padding + colorBar.widthInPoints }
    if let legend, legend.isOutside { right += legend.size.width + s.padding }
    return (left, right, top, bottom)
  }

  /// Sets the plot rectangle and the axis mappings that depend on it.
  mutating func setPlotRect(_ rect: Rect) {
    plotRect = rect
    x.start = rect.minX
    x.end = rect.maxX
    y.start = rect.maxY
    y.end = rect.minY
  }
}
