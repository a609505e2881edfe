import Analysis
import Foundation
import Plotting

extension OrthogonalSpectrumExperiment {
  /// One panel per depth sharing a log σ axis: each initializer's sorted
  /// singular values against their rank i / n with the infinite-width
  /// prediction dashed, and float64's resolution where values were cut.
  func chart(_ spectra: [Spectrum]) -> Figure {
    let yLimits = Self.valueLimits(spectra)
    let panels = depths.map { depth -> Plot in
      var plot = Plot(
        title: depth == 1 ? "L = 1 layer" : "L = \(depth) layers",
        xAxis: Axis(label: "rank i / n", scale: .linear, limits: 0...1),
        yAxis: Axis(
          label: "singular value σ<sub>i</sub> of J", scale: .log10, limits: yLimits))
      plot.legend = depth == depths.first ? .automatic : .hidden
      var theory: [LineSeries] = []
      for spectrum in spectra where spectrum.depth == depth {
        let values = spectrum.resolved
        let n = Double(spectrum.values.count)
        let x = values.indices.map { (Double($0) + 0.5) / n }
        let key = spectrum.initializer.description
        var measured = LineSeries(label: Markup.escaped(key), x: x, y: values, colorKey: key)
        // Wide enough to show its colour around the dashed prediction on top.
        measured.lineWidthInPoints = 2.5
        plot.lines.append(measured)
        // The prediction down to the axis floor: below it the line would
        // only be clipped.
        let shown = spectrum.theory.prefix { $0 >= yLimits.lowerBound }
        theory.append(.theory(
          label: depth == depths.first && theory.isEmpty ? "theory, n → ∞" : nil,
          x: shown.indices.map { (Double($0) + 0.5) / n }, y: Array(shown)))
        if values.count < spectrum.values.count {
          let label = plot.referenceLines.isEmpty ? "float64 resolution" : nil
          plot.referenceLines.append(ReferenceLine(
            .horizontal, at: spectrum.resolution, label: label, labelSide: .before,
            color: .darkGray, dash: .dotted))
        }
      }
      plot.lines += theory
      return plot
    }

    var figure = Figure(
      panels: panels, columns: panels.count, widthInInches: 10, heightInInches: 3.8)
    figure.sharesYAxis = true
    figure.title = "Singular values of the input–output Jacobian J = W<sub>1</sub> ⋯ "
      + "W<sub>L</sub> of a linear network, width \(width)"
    return figure
  }

  /// Decades around every resolved value, resolution line and largest
  /// predicted value, with a decade of headroom so no line runs along the
  /// top of the axes.
  private static func valueLimits(_ spectra: [Spectrum]) -> ClosedRange<Double> {
    let drawn = spectra.flatMap(\.resolved) + spectra.map(\.resolution)
      + spectra.compactMap(\.theory.first)
    let low = floor(log10(drawn.min() ?? 1))
    let high = ceil(log10(drawn.max() ?? 1)) + 1
    return pow(10, low)...pow(10, high)
  }
}
