import Analysis
import Foundation
import Plotting

/// The scalar chain h(l) = wˡ for a few weights w: the one-unit deep
/// linear network of the chapter, drawn on a log axis with the values at
/// the last layer marked.
struct ScalarChainExperiment: ExperimentKind {
  static let name = "scalar-chain"

  /// The weights w, one line each.
  var weights: [Double]
  /// The last layer l.
  var depth: Int

  init(weights: [Double], depth: Int) {
    self.weights = weights
    self.depth = depth
  }

  init(reading experiment: JSONReader) throws {
    try experiment.expectExperiment(keys: ["weights", "depth"])
    weights = try experiment.field("weights").positiveWeights(count: 1...8)
    depth = try experiment.field("depth").integer(in: 1...1000)
  }

  var parameters: [(key: String, value: JSONValue)] {
    [("weights", .array(weights.map(JSONValue.number))), ("depth", .number(Double(depth)))]
  }

  func run(in context: ExperimentContext) throws -> ExperimentResult {
    var data = DataTable(columns: ["weight", "layer", "value"])
    var rows: [[String]] = []
    var curves: [(weight: Double, values: [Double])] = []
    for w in weights {
      let values = ScalarChain.values(weight: w, depth: depth)
      curves.append((w, values))
      for (l, h) in values.enumerated() {
        data.append([.number(w), .number(Double(l)), .number(h)])
      }
      rows.append([
        NumberFormat.readable(w), "\(depth)", NumberFormat.readable(values[depth]),
        NumberFormat.exact(values[depth]),
      ])
    }
    let table = KeyTable(
      caption: "The chain's value at layer \(depth)",
      header: ["weight w", "layer l", "wˡ", "exact value (float64)"],
      rows: rows)
    return ExperimentResult(
      figure: Self.chart(curves, depth: depth), data: data, tables: [table],
      alt: "Log-scale plot of w to the power l for w in "
        + weights.map { NumberFormat.readable($0) }.joined(separator: ", "))
  }
}

extension ScalarChainExperiment {
  /// One line per weight on a log axis, with the values at the last layer
  /// marked by labelled arrows.
  fileprivate static func chart(
    _ curves: [(weight: Double, values: [Double])], depth: Int
  ) -> Figure {
    var plot = Plot(
      xAxis: Axis(label: "layer l", scale: .linear, limits: -0.5...Double(depth) + 0.5),
      yAxis: Axis(label: "h(l) = w<sup>l</sup>", scale: .log10))
    plot.legend = .automatic
    for curve in curves {
      let name = "w = " + Markup.decimal(curve.weight, fractionDigits: curve.weight < 1 ? 1 : 0)
      plot.lines.append(LineSeries(
        label: name, x: curve.values.indices.map(Double.init), y: curve.values,
        colorKey: name, showsMarkers: true))
      let last = curve.values[depth]
      guard last != 1 else { continue }
      // Place the label in the empty wedge between the line and w = 1, at
      // three quarters of the depth and a quarter of the way to wˡ.
      let textY = pow(10, 0.25 * log10(last))
      plot.annotations.append(Annotation(
        Markup.decimal(curve.weight, fractionDigits: curve.weight < 1 ? 1 : 0)
          + "<sup>\(depth)</sup> ≈ " + Markup.scientific(last),
        pointingAt: (Double(depth), last), textAt: (Double(depth) * 0.75, textY)))
    }
    return Figure(plot, widthInInches: 6.4, heightInInches: 4.8)
  }
}
