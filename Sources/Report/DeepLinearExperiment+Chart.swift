import Analysis
import Foundation
import Plotting

extension DeepLinearExperiment {
  /// Two log-scale panels, forward then backward: per gain the mean RMS over seeds with a
  /// min … max band, and the theory as a thin dashed grey line beside it.
  static func chart(_ curves: [Curves], depth: Int) -> Figure {
    let forward = panel(
      curves, depth: depth, title: "Forward: activations H(l)",
      yLabel: "rms H(l)", theoryLabel: "theory (nσ<sup>2</sup>)<sup>l/2</sup>",
      measured: { $0.forwardRMS }, theory: { $0.forwardTheory })
    let backward = panel(
      curves, depth: depth, title: "Backward: gradients ∂L/∂H(l)",
      yLabel: "rms ∂L/∂H(l)", theoryLabel: "theory (nσ<sup>2</sup>)<sup>(L−l)/2</sup>",
      measured: { $0.gradientRMS }, theory: { $0.backwardTheory })
    return Figure(
      panels: [forward, backward], columns: 2, widthInInches: 10, heightInInches: 4)
  }

  private static func panel(
    _ curves: [Curves], depth: Int, title: String, yLabel: String, theoryLabel: String,
    measured: (LayerAggregate) -> SeedSpread, theory: (Curves) -> [Double]
  ) -> Plot {
    let values = curves.flatMap { curve in
      curve.aggregate.layers.flatMap { [measured($0).min, measured($0).max] } + theory(curve)
    }.filter { $0.isFinite && $0 > 0 }
    // Decades around the data plus one spare decade on top, where the legend goes.
    let low = pow(10, log10(values.min() ?? 1).rounded(.down))
    let high = pow(10, log10(values.max() ?? 1).rounded(.up) + 1)
    var plot = Plot(
      title: title,
      xAxis: Axis(label: "layer l", scale: .linear, limits: 0...Double(depth)),
      yAxis: Axis(label: yLabel, scale: .log10, limits: low...high))
    let layers = (0...depth).map(Double.init)
    var predictions: [LineSeries] = []
    for (index, curve) in curves.enumerated() {
      let spreads = curve.aggregate.layers.map(measured)
      var line = LineSeries(
        label: "σ√n = " + Markup.decimal(curve.gain, fractionDigits: 2),
        x: layers, y: spreads.map(\.mean), colorKey: curve.key)
      line.band = Band(lower: spreads.map(\.min), upper: spreads.map(\.max))
      line.lineWidthInPoints = 2
      plot.lines.append(line)

      var predicted = LineSeries(
        label: index == 0 ? theoryLabel : nil, x: layers, y: theory(curve),
        colorKey: "theory")
      predicted.color = .darkGray
      predicted.dash = .dashed
      predicted.lineWidthInPoints = 1
      predictions.append(predicted)
    }
    // Theory last: drawn over the measured lines and listed last in the legend.
    plot.lines += predictions
    return plot
  }
}
