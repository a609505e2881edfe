import Analysis
import Foundation
import Plotting

extension PrecisionLimitsExperiment {
  /// One log-scale panel per precision, sharing the y axis. A panel whose range limits lie
  /// inside the axes draws them as labelled reference lines; otherwise a note states where
  /// the limits would be reached.
  func chart(_ chains: [Chain]) -> Figure {
    let finite = chains.flatMap(\.values).filter { $0.isFinite && $0 > 0 }
    // Decades padded and rounded out to multiples of 20, so the ticks fall on round
    // exponents and the escape markers sit clear of the last finite values.
    let low = pow(10, 20 * ((log10(finite.min() ?? 1) - 2) / 20).rounded(.down))
    let high = pow(10, 20 * ((log10(finite.max() ?? 10) + 2) / 20).rounded(.up))

    let panels = precisions.map { precision -> Plot in
      var plot = Plot(
        title: precision.rawValue,
        xAxis: Axis(label: "layer l", scale: .linear, limits: 0...Double(depth)),
        yAxis: Axis(label: "h(l) = w<sup>l</sup>", scale: .log10, limits: low...high))
      for chain in chains where chain.precision == precision {
        let name = "w = " + Markup.decimal(chain.weight, fractionDigits: chain.weight < 1 ? 1 : 0)
        plot.lines.append(LineSeries(
          label: name, x: chain.values.indices.map(Double.init), y: chain.values,
          colorKey: name))
      }
      let (largest, smallest) = Self.limits(of: precision)
      var isAnyLimitOutside = false
      for (value, label, side) in [
        (largest, "largest finite", ReferenceLine.LabelSide.after),
        (smallest, "smallest subnormal", ReferenceLine.LabelSide.before),
      ] {
        let text = "\(precision.rawValue) \(label) " + Markup.scientific(value)
        if (low...high).contains(value) {
          plot.referenceLines.append(ReferenceLine(
            .horizontal, at: value, label: text, labelSide: side))
        } else {
          isAnyLimitOutside = true
        }
      }
      if isAnyLimitOutside {
        plot.annotations.append(note(for: precision, low: low, high: high))
      }
      plot.legend = .automatic
      return plot
    }
    var figure = Figure(
      panels: panels, columns: panels.count, widthInInches: 10, heightInInches: 4.4)
    figure.sharesYAxis = true
    return figure
  }

  /// Text in the panel's lower right saying where, beyond the axes, the chains would leave
  /// the precision's range.
  private func note(for precision: Precision, low: Double, high: Double) -> Annotation {
    let layers = weights.compactMap { w -> String? in
      Self.theoreticalLayer(weight: w, precision: precision).map {
        Markup.decimal(w, fractionDigits: w < 1 ? 1 : 0) + "<sup>l</sup> "
          + (w > 1 ? "overflows" : "underflows") + " at l = \($0)"
      }
    }
    let text = (["\(precision.rawValue) limits lie beyond l = \(depth):"] + layers)
      .joined(separator: "\n")
    // Below the falling line at the left, where no chain passes.
    let x = 0.27 * Double(depth)
    let y = pow(10, log10(low) + 0.18 * (log10(high) - log10(low)))
    return Annotation(text, pointingAt: (x, y), textAt: (x, y), hasArrow: false, color: .darkGray)
  }
}
