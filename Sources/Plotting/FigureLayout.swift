// Figure layout in three passes:
//   1. fit limits to the data of each panel (shared axes take the union over panels);
//   2. choose ticks for estimated axis lengths and measure every label;
//   3. place the plot rectangles so that aligned rows and columns share margins, then place
//      legends, moving a legend outside (and re-placing) when it would cover data.

/// Positions of everything in a figure, in points.
struct FigureLayout {
  var figure: Figure
  var typography: Typography
  var panels: [PanelLayout]
  /// Centre of the figure title's top edge, if there is a title.
  var titleAnchor: Point?
  /// The legend below all panels, when the figure has a shared legend.
  var sharedLegend: SharedLegendLayout?

  /// Lays out `figure`, measuring text with `renderer`.
  /// - Throws: `PlottingError` for an empty grid, invalid limits, histograms or heatmaps,
  ///   and invalid markup.
  static func make(for figure: Figure, measuringWith renderer: Renderer) throws -> FigureLayout {
    guard !figure.panels.isEmpty, figure.columns >= 1 else {
      throw PlottingError.invalidGrid(panelCount: figure.panels.count, columns: figure.columns)
    }
    let type = Typography(base: figure.fontSizeInPoints)
    let measure = TextMeasurer(renderer: renderer)

    // Pass 1: the grid and estimated axis lengths.
    var top = type.padding
    var titleAnchor: Point?
    if let title = figure.title {
      titleAnchor = Point(x: figure.widthInPoints / 2, y: top)
      top += try measure.extents(title, type.figureTitle).height + type.padding
    }
    var sharedLegend: SharedLegendLayout?
    var bottom = figure.heightInPoints
    if figure.hasSharedLegend {
      sharedLegend = try SharedLegendLayout.measure(figure: figure, type: type, measure: measure)
      if var legend = sharedLegend {
        bottom -= legend.height + type.padding
        legend.origin = Point(x: (figure.widthInPoints - legend.width) / 2, y: bottom)
        sharedLegend = legend
      }
    }
    let cellWidth = figure.widthInPoints / Double(figure.columns)
    let cellHeight = (bottom - top) / Double(figure.rows)
    let estimatedWidth = max(cellWidth - 6 * type.base, 2 * type.base)
    let estimatedHeight = max(cellHeight - 5 * type.base, 2 * type.base)
    let yTickRoom = max(2, Int(estimatedHeight / (2.2 * type.base)) + 1)

    var panels = try figure.panels.enumerated().map { index, plot in
      try PanelLayout.initial(
        plot: plot, index: index, columns: figure.columns, rows: figure.rows,
        yTickRoom: yTickRoom, figure: figure)
    }
    try shareLimits(&panels, figure: figure, yTickRoom: yTickRoom)

    // Pass 2: ticks and their labels.
    for index in panels.indices {
      try panels[index].chooseTicks(
        xLength: estimatedWidth, yLength: estimatedHeight, type: type, measure: measure)
      try panels[index].measureDecorations(type: type, measure: measure)
      if figure.hasSharedLegend { panels[index].legend = nil }
    }

    // Pass 3: plot rectangles, then legends; a legend moved outside needs a second placement.
    var layout = FigureLayout(
      figure: figure, typography: type, panels: panels, titleAnchor: titleAnchor,
      sharedLegend: sharedLegend)
    for _ in 0..<2 {
      layout.placePlotRectangles(top: top, cellWidth: cellWidth, cellHeight: cellHeight)
      var movedOutside = false
      for index in layout.panels.indices {
        movedOutside = try layout.panels[index].placeLegend(
          figure: figure, type: type) || movedOutside
      }
      if !movedOutside { break }
    }
    return layout
  }

  /// Applies shared x and y limits: the union of every panel's data, fitted once.
  private static func shareLimits(
    _ panels: inout [PanelLayout], figure: Figure, yTickRoom: Int
  ) throws {
    if figure.sharesXAxis {
      let range = panels.map(\.xDataRange).reduce(nil, union)
      let limits = try Self.limits(
        of: panels[0].plot.xAxis, named: "x", fitting: range, maxTickCount: 8)
      for index in panels.indices { panels[index].x.limits = limits }
    }
    if figure.sharesYAxis {
      let range = panels.map(\.yDataRange).reduce(nil, union)
      let limits = try Self.limits(
        of: panels[0].plot.yAxis, named: "y", fitting: range, maxTickCount: yTickRoom)
      for index in panels.indices { panels[index].y.limits = limits }
    }
  }

  /// Splits the figure into cells and gives aligned rows and columns equal margins.
  private mutating func placePlotRectangles(top: Double, cellWidth: Double, cellHeight: Double) {
    let rows = figure.rows
    let columns = figure.columns
    var left = [Double](repeating: 0, count: columns)
    var right = [Double](repeating: 0, count: columns)
    var upper = [Double](repeating: 0, count: rows)
    var lower = [Double](repeating: 0, count: rows)
    for panel in panels {
      left[panel.column] = max(left[panel.column], panel.margins.left)
      right[panel.column] = max(right[panel.column], panel.margins.right)
      upper[panel.row] = max(upper[panel.row], panel.margins.top)
      lower[panel.row] = max(lower[panel.row], panel.margins.bottom)
    }
    for index in panels.indices {
      let row = panels[index].row
      let column = panels[index].column
      let cellX = Double(column) * cellWidth
      let cellY = top + Double(row) * cellHeight
      let width = max(cellWidth - left[column] - right[column], typography.base)
      let height = max(cellHeight - upper[row] - lower[row], typography.base)
      panels[index].setPlotRect(
        Rect(x: cellX + left[column], y: cellY + upper[row], width: width, height: height))
    }
  }
}
