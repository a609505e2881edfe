import Analysis
import Plotting
import Testing
@testable import Report

@Suite("Distinct series styles within a figure")
struct DistinctStylesTests {
  private let palette = SeriesPalette(seededKeys: WeightInitializer.names)

  @Test("Initializers seven palette slots apart get different colours and markers")
  func clashingKeysSeparate() {
    // mxnet-default and kaiming-normal sit 7 slots apart among the seeded
    // names, and the palette cycles 7 colours and 7 markers.
    let keys = ["mxnet-default", "kaiming-normal"]
    #expect(palette.color(for: keys[0]) == palette.color(for: keys[1]))
    let styles = palette.distinctStyles(for: keys)
    #expect(styles[keys[0]]?.color == palette.color(for: keys[0]))
    #expect(styles[keys[0]]?.marker == palette.marker(for: keys[0]))
    #expect(styles[keys[1]]?.color != styles[keys[0]]?.color)
    #expect(styles[keys[1]]?.marker != styles[keys[0]]?.marker)
  }

  @Test("Keys that do not clash keep their palette colours")
  func distinctKeysUnchanged() {
    let keys = ["xavier-uniform", "kaiming-normal", "orthogonal"]
    let styles = palette.distinctStyles(for: keys)
    for key in keys {
      #expect(styles[key]?.color == palette.color(for: key))
    }
  }

  @Test("A figure's lines take the distinct colours; explicit colours stay")
  func figureUsesStyles() {
    var plot = Plot()
    plot.lines = [
      LineSeries(label: "a", x: [0], y: [1], colorKey: "mxnet-default"),
      LineSeries(label: "b", x: [0], y: [1], colorKey: "kaiming-normal"),
      .theory(label: "theory", x: [0], y: [1]),
    ]
    var figure = Figure(plot)
    figure.usePalette(palette)
    let lines = figure.panels[0].lines
    #expect(lines[0].color != nil && lines[1].color != nil && lines[0].color != lines[1].color)
    #expect(lines[2].color == .darkGray)
  }
}
