import Foundation
import Testing

@testable import Plotting

@Suite("Histograms, palette and colour map")
struct ModelTests {
  @Test("Density bins integrate to 1 and the last bin counts the maximum")
  func densityIntegratesToOne() throws {
    let values = ExampleFigures.uniformSamples(count: 1000, halfWidth: 0.5) + [2.0]
    let bins = try Histogram(label: "w", values: values, binCount: 10).bins()
    let width = bins.edges[1] - bins.edges[0]
    let integral = bins.heights.reduce(0) { $0 + $1 * width }
    // Σ count_i / (N · w) · w = Σ count_i / N = 1; rounding stays within a few ULPs.
    #expect(abs(integral - 1) < 1e-12)
    // 2.0 is the maximum and lands in the closed last bin: 1 / (1001 · 0.25).
    #expect(bins.heights.last! > 0)
    #expect(bins.outsideCount == 0)
  }

  @Test("Samples outside an explicit range are counted in N, not silently renormalised")
  func outsideSamplesStayVisible() throws {
    let histogram = Histogram(
      label: "w", values: [0.1, 0.2, 0.3, 5], binCount: 2, range: 0...0.4)
    let bins = try histogram.bins()
    #expect(bins.outsideCount == 1)
    // Three of four samples inside: the bars integrate to 3 / 4.
    let integral = bins.heights.reduce(0) { $0 + $1 * 0.2 }
    #expect(abs(integral - 0.75) < 1e-12)
  }

  @Test("A non-finite sample is rejected with its index")
  func nonFiniteSample() {
    let histogram = Histogram(label: "relu", values: [1, .nan], binCount: 4)
    #expect(throws: PlottingError.self) { try histogram.bins() }
    do {
      _ = try histogram.bins()
    } catch {
      #expect("\(error)".contains("sample 1 is nan"))
    }
  }

  @Test("The same name keeps its colour in every figure seeded with the same names")
  func paletteIsStable() {
    let names = ["xavier-uniform", "kaiming-normal", "orthogonal"]
    let first = SeriesPalette(seededKeys: names)
    let second = SeriesPalette(seededKeys: names).extended(with: ["orthogonal", "w = 0.2"])
    for name in names {
      #expect(first.color(for: name) == second.color(for: name))
      #expect(first.dash(for: name) == second.dash(for: name))
    }
    // "w = 0.2" is unseeded: it takes the lowest slot unused by the keys of its figure.
    #expect(second.styleIndex(for: "w = 0.2") == 0)
    #expect(Set(SeriesPalette.okabeIto).count == SeriesPalette.okabeIto.count)
  }

  @Test("Neighbouring palette slots differ in dash as well as colour, for greyscale prints")
  func dashesDiffer() {
    let palette = SeriesPalette(seededKeys: (0..<7).map { "series \($0)" })
    let dashes = (0..<6).map { palette.dash(for: "series \($0)") }
    #expect(Set(dashes).count == 6)
  }

  @Test("Viridis matches its published end and middle colours")
  func viridisAnchors() {
    // Published viridis (van der Walt and Smith, 2015): #440154, #21918C, #FDE725 at
    // t = 0, 0.5, 1. The polynomial fit is within 0.015 per channel (about 4 / 255).
    let anchors: [(Double, Color)] = [
      (0, Color(hex: 0x440154)), (0.5, Color(hex: 0x21918C)), (1, Color(hex: 0xFDE725)),
    ]
    for (t, expected) in anchors {
      let color = Viridis.color(at: t)
      #expect(abs(color.red - expected.red) < 0.015)
      #expect(abs(color.green - expected.green) < 0.015)
      #expect(abs(color.blue - expected.blue) < 0.015)
    }
    // Lightness (Rec. 709 luma) grows monotonically, so the map reads in greyscale.
    let luma = Viridis.table.map { 0.2126 * $0.red + 0.7152 * $0.green + 0.0722 * $0.blue }
    #expect(zip(luma, luma.dropFirst()).allSatisfy { $0 < $1 })
  }
}
