import Analysis
import Foundation
import Plotting

extension LayerRMSExperiment {
  /// The colour of the mean-field theory lines: mid grey, distinct from every palette colour
  /// (the palette's black included) and lighter than the measured lines it runs beside.
  static let theoryColor = Color(hex: 0x8C8C8C)

  /// One panel per (direction, activation), direction-major: a measured line with a min…max
  /// band per initializer on a log axis, and the theory beside each as a thin dashed line.
  func chart(_ curves: [Curve]) -> Figure {
    let directions = quantity.directions
    var plots: [Plot] = []
    for direction in directions {
      for activation in activations {
        plots.append(panel(
          curves.filter { $0.direction == direction && $0.activation == activation },
          direction: direction, activation: activation, isFirst: plots.isEmpty))
      }
    }

    // One activation shows its passes side by side; four panels of one pass make a 2 × 2
    // grid. Four narrow columns leave no corner for the legend at 10 in, so they get 12 in.
    let columns: Int
    switch (directions.count, activations.count) {
    case (2, 1): columns = 2
    case (1, 4): columns = 2
    default: columns = activations.count
    }
    let rows = (plots.count + columns - 1) / columns
    var figure = Figure(
      panels: plots, columns: columns,
      widthInInches: columns == 1 ? 6.4 : columns < 4 ? 10 : 12,
      heightInInches: plots.count == 1 ? 4.8 : rows == 1 ? 4 : 3.3 * Double(rows))
    figure.sharesXAxis = true
    return figure
  }

  private func panel(
    _ curves: [Curve], direction: Direction, activation: Activation, isFirst: Bool
  ) -> Plot {
    // The backward pass runs from layer L down to 0, and its series do too: Plotting marks
    // an underflow where a series first reaches zero in data order.
    let isForward = direction == .forward
    let order = isForward ? Array(0...depth) : Array((0...depth).reversed())
    let layers = order.map(Double.init)
    let title = quantity == .both
      ? "\(activation.description), \(direction.rawValue)" : activation.description
    var plot = Plot(
      title: Markup.escaped(title),
      xAxis: Axis(label: "layer l", limits: 0...Double(depth)),
      yAxis: Axis(
        label: isForward ? "rms(h<sub>l</sub>)" : "rms(∂L/∂h<sub>l</sub>)", scale: .log10,
        limits: Self.limitsWithHeadroom(curves.flatMap { $0.min + $0.max + $0.theory })))
    for curve in curves {
      var line = LineSeries(
        label: isFirst ? Markup.escaped(curve.initializer.label) : nil, x: layers,
        y: order.map { curve.mean[$0] }, colorKey: curve.initializer.description)
      line.band = Band(lower: order.map { curve.min[$0] }, upper: order.map { curve.max[$0] })
      plot.lines.append(line)
    }
    for (index, curve) in curves.enumerated() {
      var theory = LineSeries(
        label: isFirst && index == 0 ? "theory" : nil, x: layers,
        y: order.map { curve.theory[$0] },
        colorKey: "theory")
      theory.color = Self.theoryColor
      theory.dash = .dashed
      theory.lineWidthInPoints = 0.9
      plot.lines.append(theory)
    }
    // Panels share their series; the first panel's legend names them all.
    plot.legend = isFirst ? .automatic : .hidden
    return plot
  }

  /// Decade-snapped log limits around the positive finite `values`, with a third of the
  /// span again added above: lines that start at 1 and vanish run corner to corner, and
  /// without the empty band on top no corner is left for the legend. Every panel gets the
  /// band so the panels look alike; nil (automatic limits) when no value is positive.
  static func limitsWithHeadroom(_ values: [Double]) -> ClosedRange<Double>? {
    let shown = values.filter { $0 > 0 && $0.isFinite }
    guard let low = shown.min(), let high = shown.max() else { return nil }
    let bottom = log10(low).rounded(.down)
    var top = log10(high).rounded(.up)
    if top <= bottom { top = bottom + 1 }
    top += max(1, ((top - bottom) / 3).rounded(.up))
    return pow(10, max(bottom, -320))...pow(10, min(top, 308))
  }
}
