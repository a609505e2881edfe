import Analysis
import Plotting

extension GainComparisonExperiment {
  /// Two panels sharing the layer axis: forward RMS and backward RMS per
  /// layer on log axes, one coloured line per initializer with its seed
  /// band, and the mean-field prediction dashed over each.
  func chart(_ curves: [Curve]) -> Figure {
    let layers = (0...depth).map(Double.init)
    let xLimits = -0.5...Double(depth) + 0.5
    let forwardValues = curves.flatMap { curve in
      curve.layers.flatMap { [$0.forwardRMS.min, $0.forwardRMS.max] }
        + curve.theory.map { $0.activationSecondMoment.squareRoot() }
    }
    let backwardValues = curves.flatMap { curve in
      curve.layers.flatMap { [$0.gradientRMS.min, $0.gradientRMS.max] }
        + curve.theory.map { $0.gradientSecondMoment.squareRoot() }
    }
    var forward = Plot(
      title: "Forward: signal",
      xAxis: Axis(label: "layer l", scale: .linear, limits: xLimits),
      yAxis: Axis(
        label: "rms(H<sub>l</sub>)", scale: .log10,
        limits: Axis.decadeLimits(around: forwardValues)))
    var backward = Plot(
      title: "Backward: gradient",
      xAxis: Axis(label: "layer l", scale: .linear, limits: xLimits),
      yAxis: Axis(
        label: "rms(∂L/∂H<sub>l</sub>)", scale: .log10,
        limits: Axis.decadeLimits(around: backwardValues)))
    forward.legend = .automatic
    backward.legend = .hidden

    for curve in curves {
      let key = curve.initializer.description
      forward.lines.append(.seedMean(
        label: Markup.escaped(key), x: layers, spreads: curve.layers.map(\.forwardRMS),
        colorKey: key))
      // Layer 0's gradient is dL/dH₀, the gradient reaching the input.
      backward.lines.append(.seedMean(
        label: nil, x: layers, spreads: curve.layers.map(\.gradientRMS), colorKey: key))
    }
    for (index, curve) in curves.enumerated() {
      let label = index == 0 ? "mean-field theory" : nil
      forward.lines.append(.theory(
        label: label, x: layers,
        y: curve.theory.map { $0.activationSecondMoment.squareRoot() }))
      backward.lines.append(.theory(
        label: nil, x: layers, y: curve.theory.map { $0.gradientSecondMoment.squareRoot() }))
    }

    var figure = Figure(
      panels: [forward, backward], columns: 2, widthInInches: 10, heightInInches: 4.2)
    figure.title = "\(Markup.escaped(activation.description)) network, width \(width), "
      + "batch \(batchSize), \(seedCountText) (band: min…max)"
    return figure
  }
}
