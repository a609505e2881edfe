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

  /// Deterministic stand-in for uniform samples: a low-discrepancy sequence on (−a, a).
  static func uniformSamples(count: Int, halfWidth a: Double) -> [Double] {
    // Golden-ratio (Weyl) sequence: fractional parts of k·φ are evenly spread in [0, 1).
    let phi = (5.0.squareRoot() - 1) / 2
    return (1...count).map { k in
      let u = (Double(k) * phi).truncatingRemainder(dividingBy: 1)
      return (2 * u - 1) * a
    }
  }

  /// Xavier-uniform weights: density histogram, the flat density 1/(2a) and ±a lines.
  static func histogram() -> Figure {
    let fanIn = 256.0
    let fanOut = 256.0
    let a = (6 / (fanIn + fanOut)).squareRoot()
    var plot = Plot(
      title: "Xavier-uniform weights, fan-in = fan-out = 256",
      xAxis: Axis(label: "weight"), yAxis: Axis(label: "density"))
    plot.histograms.append(
      Histogram(
        label: "sampled weights", values: uniformSamples(count: 4000, halfWidth: a),
        binCount: 30, colorKey: "xavier-uniform"))
    var density = LineSeries.sampling(
      label: "1 / (2a)", from: -1.3 * a...1.3 * a, count: 400, colorKey: "theory"
    ) { abs($0) <= a ? 1 / (2 * a) : 0 }
    density.color = .black
    density.dash = .dashed
    plot.lines.append(density)
    let bound = "\u{221A}(6 / (n<sub>in</sub> + n<sub>out</sub>))"
    plot.referenceLines = [
      ReferenceLine(.vertical, at: -a, label: "\u{2212}" + bound, labelSide: .after),
      ReferenceLine(.vertical, at: a, label: "+" + bound, labelSide: .before),
    ]
    var figure = Figure(plot)
    figure.palette = palette
    return figure
  }

  /// Activation RMS by depth and width on a log colour scale, with one dead cell.
  static func heatmap() -> Figure {
    let depths = 12
    let widths = 8
    var values: [[Double]] = []
    for row in 0..<depths {
      values.append((0..<widths).map { column in
        pow(10, Double(row - 6) * Double(column + 1) / 6)
      })
    }
    values[depths - 1][0] = 0
    var plot = Plot(
      title: "RMS of the last activation",
      xAxis: Axis(label: "width", scale: .log10), yAxis: Axis(label: "depth"))
    plot.heatmap = Heatmap(
      values: values, xEdges: (0...widths).map { pow(2, Double($0 + 3)) },
      yEdges: (0...depths).map(Double.init), colorScale: .log10, colorLabel: "RMS")
    return Figure(plot)
  }

  /// Four activations side by side with shared y axes, lines that overflow and underflow.
  static func smallMultiples() -> Figure {
    let layers = (0...40).map(Double.init)
    let activations: [(String, Double)] = [
      ("tanh", 0.8), ("ReLU", 1.3), ("sigmoid", 0.25), ("identity", 1.0),
    ]
    var panels: [Plot] = []
    for (name, gain) in activations {
      var plot = Plot(
        title: name, xAxis: Axis(label: "layer"),
        yAxis: Axis(label: "RMS", scale: .log10))
      for (index, initializer) in initializers.prefix(3).enumerated() {
        let factor = gain * (0.6 + 0.4 * Double(index))
        var ys = layers.map { pow(factor, $0) }
        // An exploding run reaches +∞; a vanishing one reaches exactly 0.
        if factor > 1.2 { ys = ys.enumerated().map { $0.offset > 30 ? .infinity : $0.element } }
        if factor < 0.3 { ys = ys.enumerated().map { $0.offset > 25 ? 0 : $0.element } }
        var line = LineSeries(label: initializer, x: layers, y: ys)
        line.band = Band(lower: ys.map { $0 / 1.5 }, upper: ys.map { $0 * 1.5 })
        plot.lines.append(line)
      }
      // One legend is enough for small multiples that share their series.
      if !panels.isEmpty { plot.legend = .hidden }
      panels.append(plot)
    }
    var figure = Figure(panels: panels, columns: 4, widthInInches: 12, heightInInches: 3.6)
    figure.title = "Activation RMS by layer, four activations"
    figure.sharesYAxis = true
    figure.palette = palette
    return figure
  }

  /// Exploding and vanishing runs on one log axis, with a title in three scripts.
  static func overflow() -> Figure {
    let layers = (0...20).map(Double.init)
    var plot = Plot(
      title: "σ<sup>2</sup> по слоям — التهيئة",
      xAxis: Axis(label: "layer"), yAxis: Axis(label: "RMS", scale: .log10))
    let exploding = layers.map { $0 > 14 ? Double.infinity : pow(30, $0) }
    let vanishing = layers.map { $0 > 12 ? 0 : pow(0.02, $0) }
    let broken = layers.map { $0 == 8 ? Double.nan : pow(1.5, $0) }
    plot.lines = [
      LineSeries(label: "kaiming-normal", x: layers, y: exploding, showsMarkers: true),
      LineSeries(label: "xavier-uniform", x: layers, y: vanishing, showsMarkers: true),
      LineSeries(label: "orthogonal", x: layers, y: broken, showsMarkers: true),
    ]
    plot.referenceLines.append(
      ReferenceLine(.horizontal, at: 1, label: "RMS = 1", labelSide: .after))
    var figure = Figure(plot)
    figure.palette = palette
    return figure
  }
}
