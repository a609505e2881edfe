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

  @Test("Shared y axes label only the first column")
  func sharedAxes() throws {
    let layout = try RecordingRenderer().record(ExampleFigures.smallMultiples())
    #expect(layout.panels.map(\.showsYTickLabels) == [true, false, false, false])
    let limits = Set(layout.panels.map(\.y.limits))
    #expect(limits.count == 1)
    let tops = Set(layout.panels.map(\.plotRect.minY))
    #expect(tops.count == 1)
  }
}

extension RecordingRenderer.Command {
  func isText(_ expected: String) -> Bool {
    if case .text(let text, _, _) = self { return text == expected }
    return false
  }
}
