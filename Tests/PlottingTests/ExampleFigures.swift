import Foundation

@testable import Plotting

/// Figures of every kind the report draws, built from closed-form data so tests and goldens
/// need no experiment runs.
enum ExampleFigures {
  static let initializers = [
    "xavier-uniform", "xavier-normal", "kaiming-uniform", "kaiming-normal", "orthogonal",
    "lecun-normal", "zeros",
  ]

  static var palette: SeriesPalette { SeriesPalette(seededKeys: initializers) }

  /// Scalar chain: products w^l for several weights w, on a log axis, with an annotation.
  static func scalarChain() -> Figure {
    var plot = Plot(
      title: "Scalar chain x<sub>l</sub> = w<sup>l</sup>",
      xAxis: Axis(label: "layer l"), yAxis: Axis(label: "|x<sub>l</sub>|", scale: .log10))
    let layers = (0...30).map(Double.init)
    for w in [0.2, 0.5, 1.0, 2.0, 5.0] {
      var line = LineSeries(
        label: "w = \(w)", x: layers, y: layers.map { pow(w, $0) }, showsMarkers: true)
      line.markerSizeInPoints = 4
      plot.lines.append(line)
    }
    plot.annotations.append(
      Annotation(
        "0.2<sup>30</sup> \u{2248} " + Markup.scientific(pow(0.2, 30)),
        pointingAt: (30, pow(0.2, 30)), textAt: (12, 1e-18)))
    var figure = Figure(plot)
    figure.palette = palette
    return figure
  }

  /// Seven initializers with bands over seeds; one explodes to +∞ and one collapses to 0.
  static func benchmarkLike(lineCount: Int = 7, pointCount: Int = 50) -> Figure {
    var plot = Plot(
      title: "Activation RMS by layer",
      xAxis: Axis(label: "layer"), yAxis: Axis(label: "RMS", scale: .log10))
    let layers = (0..<pointCount).map(Double.init)
    for index in 0..<lineCount {
      let name = initializers[index % initializers.count]
      let growth = pow(10, Double(index - 3) / 8)
      let ys = layers.map { pow(growth, $0) }
      var line = LineSeries(label: name, x: layers, y: ys, showsMarkers: true)
      line.markerSizeInPoints = 3.5
      line.band = Band(lower: ys.map { $0 * 0.7 }, upper: ys.map { $0 * 1.4 })
      plot.lines.append(line)
    }
    var figure = Figure(plot)
    figure.palette = palette
    return figure
  }
}
