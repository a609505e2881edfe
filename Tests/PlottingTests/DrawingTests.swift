import Testing

@testable import Plotting

@Suite("Drawing through a recording renderer")
struct DrawingTests {
  /// One red line on a log axis, no legend.
  private func singleLine(y: [Double], label: String? = nil) -> Figure {
    var plot = Plot(xAxis: Axis(label: "layer"), yAxis: Axis(label: "RMS", scale: .log10))
    var line = LineSeries(label: label, x: y.indices.map(Double.init), y: y)
    line.color = Color(red: 1, green: 0, blue: 0)
    plot.lines.append(line)
    return Figure(plot)
  }

  @Test("Data is drawn clipped, then axes, then the legend on top")
  func drawingOrder() throws {
    let renderer = RecordingRenderer()
    try renderer.record(singleLine(y: [1, 10, 100], label: "chain"))
    let commands = renderer.commands
    let clipOn = try #require(
      renderer.firstIndex { if case .clip(.some) = $0 { true } else { false } })
    let line = try #require(
      renderer.firstIndex {
        guard case .stroke(_, let style) = $0 else { return false }
        return style.color.red == 1 && style.color.green == 0
      })
    let clipOff = try #require(renderer.firstIndex { $0 == .clip(nil) })
    let firstTick = try #require(renderer.firstIndex { $0.isText("10<sup>0</sup>") })
    let legendLabel = try #require(renderer.firstIndex { $0.isText("chain") })
    #expect(clipOn < line && line < clipOff && clipOff < firstTick && firstTick < legendLabel)
    #expect(commands.first.map { if case .fillRect = $0 { true } else { false } } == true)
  }

  @Test("Log tick labels are superscript markup, never e-notation")
  func superscriptLabels() throws {
    let renderer = RecordingRenderer()
    try renderer.record(singleLine(y: [1e-21, 1e21]))
    // 42 decades on a 4.8 in figure leave room for 11 labels: every 4th decade, −20…20.
    #expect(renderer.texts.contains("10<sup>\u{2212}20</sup>"))
    #expect(renderer.texts.contains("10<sup>20</sup>"))
    #expect(!renderer.texts.contains { $0.contains("e-") || $0.contains("e+") })
  }

  @Test("A line stops at +∞ and an overflow marker sits on the top edge")
  func overflowMarker() throws {
    let renderer = RecordingRenderer()
    let layout = try renderer.record(singleLine(y: [1, 10, 100, .infinity, .infinity]))
    let rect = layout.panels[0].plotRect
    let redStrokes = renderer.commands.compactMap { command -> [Point]? in
      guard case .stroke(let points, let style) = command, style.color.green == 0,
        style.color.red == 1
      else { return nil }
      return points
    }
    // The line has its three finite points and nothing after them.
    #expect(redStrokes.count == 1)
    #expect(redStrokes.first?.count == 3)
    let triangle = renderer.commands.compactMap { command -> [Point]? in
      guard case .fillPolygon(let points, let color) = command, color.red == 1,
        points.count == 3
      else { return nil }
      return points
    }
    #expect(triangle.first?.first?.y == rect.minY)
    #expect(renderer.texts.contains("overflow"))
  }

  @Test("Zero and NaN on a log axis are marked as underflow and overflow, not dropped")
  func underflowAndNaN() throws {
    let renderer = RecordingRenderer()
    try renderer.record(singleLine(y: [1, 0.1, 0, 0, 0.1, .nan]))
    #expect(renderer.texts.contains("underflow"))
    #expect(renderer.texts.contains("overflow"))
  }

  @Test("Far-away values reach the renderer only as coordinates near the axes")
  func coordinatesClamped() throws {
    var figure = singleLine(y: [1, 1e300, 1])
    figure.panels[0].yAxis.limits = 1...10
    let renderer = RecordingRenderer()
    try renderer.record(figure)
    for command in renderer.commands {
      guard case .stroke(let points, _) = command else { continue }
      // The figure is 460.8 × 345.6 points; clipping keeps two font sizes of slack.
      #expect(points.allSatisfy { abs($0.x) < 1000 && abs($0.y) < 1000 })
    }
  }

  @Test("Bars, cells and arrows beyond explicit limits keep their coordinates small")
  func offLimitsShapesStaySmall() throws {
    var plot = Plot(xAxis: Axis(limits: 0...1), yAxis: Axis(limits: 0...1))
    plot.histograms.append(
      Histogram(label: nil, values: [0.5, 1e15, -1e15], binCount: 3, normalization: .count))
    plot.heatmap = Heatmap(values: [[1, 2]], xEdges: [-1e14, 0.5, 1e14], yEdges: [-1e13, 1e13])
    plot.annotations.append(Annotation("far", pointingAt: (1e14, 0.5), textAt: (0.5, 0.5)))
    let renderer = RecordingRenderer()
    try renderer.record(Figure(plot))
    for command in renderer.commands {
      switch command {
      case .fillRect(let rect, _):
        #expect(abs(rect.minX) < 1000 && abs(rect.maxX) < 1000 && abs(rect.maxY) < 1000)
      case .stroke(let points, _), .fillPolygon(let points, _):
        #expect(points.allSatisfy { abs($0.x) < 1000 && abs($0.y) < 1000 })
      default:
        continue
      }
    }
  }

  @Test("A step histogram is one outline along the bin tops, with no filled bars")
  func stepHistogram() throws {
    var plot = Plot()
    var histogram = Histogram(
      label: nil, values: [0, 0.5, 1, 1.5, 2], binCount: 2, style: .step)
    histogram.color = Color(red: 0, green: 0, blue: 1)
    plot.histograms.append(histogram)
    let renderer = RecordingRenderer()
    try renderer.record(Figure(plot))
    let blueStrokes = renderer.commands.compactMap { command -> [Point]? in
      guard case .stroke(let points, let style) = command, style.color.blue == 1,
        style.color.red == 0
      else { return nil }
      return points
    }
    let blueFills = renderer.commands.filter {
      if case .fillRect(_, let color) = $0 { return color.blue == 1 && color.red == 0 }
      return false
    }
    // Baseline, up, across bin 1, across bin 2, down: 2 + 2 · 2 points.
    #expect(blueStrokes.count == 1)
    #expect(blueStrokes.first?.count == 6)
    #expect(blueFills.isEmpty)
  }

  @Test("The automatic legend covers no data in any example figure")
  func legendAvoidsData() throws {
    for figure in [
      ExampleFigures.scalarChain(), ExampleFigures.benchmarkLike(), ExampleFigures.histogram(),
      ExampleFigures.smallMultiples(),
    ] {
      let layout = try RecordingRenderer().record(figure)
      for panel in layout.panels {
        guard let legend = panel.legend, !legend.isOutside else { continue }
        let obstacles = try panel.obstacles(figure: figure, type: layout.typography)
        #expect(obstacles.count(overlapping: legend.rect) == 0)
      }
    }
  }

  @Test("A legend with no free inside corner moves outside the axes")
  func legendMovesOutside() throws {
    let layout = try RecordingRenderer().record(ExampleFigures.benchmarkLike())
    let panel = layout.panels[0]
    let legend = try #require(panel.legend)
    #expect(legend.isOutside)
    #expect(legend.rect.minX >= panel.plotRect.maxX)
    #expect(legend.rect.maxX <= layout.figure.widthInPoints)
  }

  @Test("A shared legend lists each label once, below every panel")
  func sharedLegend() throws {
    let renderer = RecordingRenderer()
    let layout = try renderer.record(ExampleFigures.smallMultiples())
    let legend = try #require(layout.sharedLegend)
    #expect(layout.panels.allSatisfy { $0.legend == nil })
    #expect(legend.entries.map(\.label) == Array(ExampleFigures.initializers.prefix(3)))
    let lowestAxis = layout.panels.map(\.plotRect.maxY).max()!
    #expect(legend.origin.y > lowestAxis)
    #expect(legend.origin.y + legend.height <= layout.figure.heightInPoints)
    // Each label is drawn once although four panels hold the series.
    #expect(renderer.texts.filter { $0 == "xavier-uniform" }.count == 1)
  }

  @Test("Shared y axes label only the first column")
  func sharedAxes() throws {
    let layout = try RecordingRenderer().record(ExampleFigures.smallMultiples())
    #expect(layout.panels.map(\.showsYTickLabels) == [true, false, false, false])
    let limits = Set(layout.panels.map(\.y.limits))
    #expect(limits.count == 1)
    let tops = Set(layout.panels.map(\.plotRect.minY))
    #expect(tops.count == 1)
  }

  @Test("The legend avoids annotation text as well as lines")
  func legendAvoidsAnnotations() throws {
    // A rising diagonal leaves the upper-left and lower-right corners free; the annotation
    // fills the upper left, so the legend must take the lower right.
    var plot = Plot(xAxis: Axis(limits: 0...10), yAxis: Axis(limits: 0...10))
    plot.lines.append(LineSeries(label: "diagonal", x: [0, 10], y: [0, 10]))
    plot.annotations.append(
      Annotation("a long annotation text", pointingAt: (5, 5), textAt: (2.5, 9)))
    let layout = try RecordingRenderer().record(Figure(plot))
    let panel = layout.panels[0]
    let legend = try #require(panel.legend)
    #expect(!legend.isOutside)
    #expect(!legend.rect.intersects(try panel.annotationBox(0)))
    #expect(legend.rect.minX > panel.plotRect.center.x)
    #expect(legend.rect.minY > panel.plotRect.center.y)
  }

  @Test("Heatmap cells take viridis ends at the colour limits, grey where unrepresentable")
  func heatmapColors() throws {
    var plot = Plot()
    plot.heatmap = Heatmap(
      values: [[0, 5], [10, .nan]], xEdges: [0, 1, 2], yEdges: [0, 1, 2],
      colorScale: .linear, colorLimits: 0...10)
    let renderer = RecordingRenderer()
    try renderer.record(Figure(plot))
    let fills = renderer.commands.compactMap { command -> Color? in
      if case .fillRect(_, let color) = command { return color }
      return nil
    }
    // Background, panel background, then the four cells in row order.
    let cells = Array(fills[2..<6])
    #expect(cells[0] == Viridis.color(at: 0))
    #expect(cells[1] == Viridis.color(at: 0.5))
    #expect(cells[2] == Viridis.color(at: 1))
    #expect(cells[3] == ColorBarLayout.invalidColor)
    #expect(renderer.texts.contains("NaN or \u{221E}"))
  }
}

extension RecordingRenderer.Command {
  func isText(_ expected: String) -> Bool {
    if case .text(let text, _, _) = self { return text == expected }
    return false
  }
}
