import Analysis
import Plotting

extension DepthSweepExperiment {
  /// One line per pair: the ratio against depth on a log axis with its
  /// seed band and the mean-field prediction dashed beside it.
  func chart(_ curves: [Curve]) -> Figure {
    let x = depths.map(Double.init)
    let margin = Double(depths.last! - depths.first!) * 0.03
    var plot = Plot(
      xAxis: Axis(
        label: "depth L (number of layers)", scale: .linear,
        limits: (x.first! - margin)...(x.last! + margin)),
      yAxis: Axis(
        label: "rms(∂L/∂H<sub>1</sub>) / rms(∂L/∂H<sub>L</sub>)", scale: .log10,
        limits: Self.ratioLimits(curves)))
    plot.legend = .automatic

    for curve in curves {
      plot.lines.append(.seedMean(
        label: Markup.escaped(curve.pair.label), x: x, spreads: curve.measured,
        colorKey: colorKey(of: curve.pair)))
    }
    for (index, curve) in curves.enumerated() {
      plot.lines.append(.theory(
        label: index == 0 ? "mean-field theory" : nil, x: x, y: curve.predicted))
    }

    var figure = Figure(plot, widthInInches: 6.4, heightInInches: 4.8)
    figure.title = "Width \(width), batch \(batchSize), \(seedCountText) (band: min…max)"
    return figure
  }

  /// Decade limits around every measured band edge and prediction.
  private static func ratioLimits(_ curves: [Curve]) -> ClosedRange<Double>? {
    Axis.decadeLimits(around: curves.flatMap { curve in
      curve.measured.flatMap { [$0.min, $0.max] } + curve.predicted
    })
  }

  /// The initializer's name, so it keeps its report-wide style, unless
  /// two pairs share an initializer; then the pair's own label.
  private func colorKey(of pair: Pair) -> String {
    let sharing = pairs.filter { $0.initializer == pair.initializer }.count
    return sharing == 1 ? pair.initializer.description : pair.label
  }
}
