import Analysis
import Foundation
import Plotting

extension PhaseDiagramExperiment {
  /// Two heatmaps side by side, measured and predicted, on one log colour
  /// scale, each with the critical line σ_w² = 1 dashed.
  ///
  /// - Throws: `ReportError.stepFailed` when no cell holds a positive
  ///   finite ratio, so there is nothing a log colour scale can show.
  func chart(_ grids: Grids) throws -> Figure {
    let limits = try colorLimits(grids)
    let xEdges = Self.edges(around: weightVariances)
    let yEdges = Self.edges(around: depths.map(Double.init))
    let panels = [("Measured", grids.measured), ("Mean-field theory", grids.predicted)].map {
      title, values -> Plot in
      var plot = Plot(
        title: title,
        xAxis: Axis(label: "weight variance σ<sub>w</sub><sup>2</sup> = n · Var[W]"),
        yAxis: Axis(label: "depth L"))
      plot.heatmap = Heatmap(
        values: values, xEdges: xEdges, yEdges: yEdges, colorScale: .log10,
        colorLabel: "rms(∂L/∂H<sub>1</sub>) / rms(∂L/∂H<sub>L</sub>)", colorLimits: limits)
      plot.referenceLines.append(ReferenceLine(
        .vertical, at: 1, label: "critical σ<sub>w</sub><sup>2</sup> = 1", labelSide: .after,
        color: .white, dash: .dashed))
      plot.legend = .hidden
      return plot
    }

    var figure = Figure(panels: panels, columns: 2, widthInInches: 10, heightInInches: 4.2)
    figure.title = "tanh network without bias, width \(width), batch \(batchSize)"
    return figure
  }

  /// Decades enclosing every positive finite value of both grids, so the
  /// two panels share one colour scale.
  private func colorLimits(_ grids: Grids) throws -> ClosedRange<Double> {
    let values = (grids.measured + grids.predicted).joined().filter { $0 > 0 && $0.isFinite }
    guard let low = values.min(), let high = values.max() else {
      throw ReportError.stepFailed(
        step: "phase diagram", reason: "no cell has a positive finite gradient ratio")
    }
    let lowDecade = floor(log10(low))
    let highDecade = max(ceil(log10(high)), lowDecade + 1)
    return pow(10, lowDecade)...pow(10, highDecade)
  }

  /// Cell edges for cell centres `centres`: midpoints between neighbours,
  /// and half a neighbour gap beyond each end.
  static func edges(around centres: [Double]) -> [Double] {
    let middles = zip(centres, centres.dropFirst()).map { ($0 + $1) / 2 }
    let first = centres[0] - (middles[0] - centres[0])
    let end = centres[centres.count - 1]
    let last = end + (end - middles[middles.count - 1])
    return [first] + middles + [last]
  }
}
