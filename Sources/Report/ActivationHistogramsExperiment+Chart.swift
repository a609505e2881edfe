import Analysis
import Foundation
import Plotting

extension ActivationHistogramsExperiment {
  /// One panel per initializer with a step outline per layer; the panels share their y axis
  /// so a taller peak at 0 reads as a narrower distribution.
  ///
  /// - Parameter peak: the tallest bin over all panels, for the shared y limit.
  func chart(_ panels: [[Plotting.Histogram]], range: ClosedRange<Double>, peak: Double) -> Figure {
    // 5 % beyond the binned range, so the end tick labels of neighbouring panels stay apart.
    let margin = 0.05 * (range.upperBound - range.lowerBound)
    let limits = (range.lowerBound - margin)...(range.upperBound + margin)
    let plots = zip(initializers, panels).enumerated().map { index, pair -> Plot in
      var plot = Plot(
        title: Markup.escaped(pair.0.label),
        xAxis: Axis(label: "activation value h (\(Markup.escaped(activation.description)))",
          limits: limits),
        yAxis: Axis(label: "density", limits: 0...(1.1 * peak)))
      plot.histograms = pair.1
      // Both panels draw the same layers in the same colours; one legend names them.
      plot.legend = index == 0 ? .automatic : .hidden
      return plot
    }
    var figure = Figure(
      panels: plots, columns: plots.count, widthInInches: plots.count == 1 ? 6.4 : 10,
      heightInInches: plots.count == 1 ? 4.8 : 4)
    figure.sharesYAxis = true
    return figure
  }

  /// Per-layer standard deviation of the activations for each initializer, with the
  /// mean-field RMS prediction sqrt(E[h_l²]) beside it (equal to the standard deviation for
  /// zero-mean activations such as tanh).
  func keyTable(_ runs: [[[Double]]]) -> KeyTable {
    let theories = initializers.map { MeanFieldTheory.predict(network($0)) }
    var header = ["layer l"]
    for initializer in initializers {
      header += ["\(initializer.label): std", "theory"]
    }
    let rows = (1...depth).map { l -> [String] in
      var row = ["\(l)"]
      for (layers, theory) in zip(runs, theories) {
        row += [
          NumberFormat.readable(Self.standardDeviation(layers[l])),
          NumberFormat.readable(theory[l].activationSecondMoment.squareRoot()),
        ]
      }
      return row
    }
    return KeyTable(
      caption: "Standard deviation of the \(activation) activations per layer at "
        + "initialisation (width \(width), batch \(batch), float64) against mean-field theory",
      header: header, rows: rows)
  }

  /// The population standard deviation sqrt(mean (x − x̄)²) in float64.
  static func standardDeviation(_ x: [Double]) -> Double {
    let mean = x.reduce(0, +) / Double(x.count)
    return (x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.count)).squareRoot()
  }
}
