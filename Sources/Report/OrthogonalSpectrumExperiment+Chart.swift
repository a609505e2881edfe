import Analysis
import Foundation
import Plotting

extension OrthogonalSpectrumExperiment {
  /// One panel per depth sharing a log σ axis: each initializer's sorted
  /// singular values against their rank i / n, the Fuss–Catalan edge for
  /// Gaussian weights, and float64's resolution where values were cut.
  func chart(_ spectra: [Spectrum]) -> Figure {
    let yLimits = Self.valueLimits(spectra)
    let panels = depths.map { depth -> Plot in
      var plot = Plot(
        title: depth == 1 ? "L = 1 layer" : "L = \(depth) layers",
        xAxis: Axis(label: "rank i / n", scale: .linear, limits: 0...1),
        yAxis: Axis(
          label: "singular value σ<sub>i</sub> of J", scale: .log10, limits: yLimits))
      plot.legend = depth == depths.first ? .automatic : .hidden
      plot.referenceLines.append(ReferenceLine(
        .horizontal, at: Self.gaussianEdge(depth: depth),
        label: "Gaussian edge, n → ∞", labelSide: .after))
      for spectrum in spectra where spectrum.depth == depth {
        let values = spectrum.resolved
        let n = Double(spectrum.values.count)
        let x = values.indices.map { (Double($0) + 0.5) / n }
        let key = spectrum.initializer.description
        plot.lines.append(LineSeries(
          label: Markup.escaped(key), x: x, y: values, colorKey: key))
        if values.count < spectrum.values.count {
          plot.referenceLines.append(ReferenceLine(
            .horizontal, at: spectrum.resolution, label: "float64 resolution",
            labelSide: .before, color: .darkGray, dash: .dotted))
        }
      }
      return plot
    }

    var figure = Figure(
      panels: panels, columns: panels.count, widthInInches: 10, heightInInches: 3.8)
    figure.sharesYAxis = true
    figure.title = "Singular values of the input–output Jacobian J = W<sub>1</sub> ⋯ "
      + "W<sub>L</sub> of a linear network, width \(width)"
    return figure
  }

  /// Decades from below the smallest drawn value to a decade above the
  /// largest value or Gaussian edge, so edge labels have room.
  private static func valueLimits(_ spectra: [Spectrum]) -> ClosedRange<Double> {
    let drawn = spectra.flatMap(\.resolved) + spectra.map(\.resolution)
      + spectra.map { gaussianEdge(depth: $0.depth) }
    let low = floor(log10(drawn.min() ?? 1))
    let high = ceil(log10(drawn.max() ?? 1)) + 1
    return pow(10, low)...pow(10, high)
  }
}
