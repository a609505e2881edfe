import Analysis
import Foundation

extension LayerRMSExperiment {
  /// One line of the figure: a pass through one (initializer, activation) network, per layer
  /// l = 0 … L, summarized over seeds, with its mean-field prediction.
  struct Curve {
    var initializer: WeightInitializer
    var activation: Activation
    var direction: Direction
    /// Mean, smallest and largest RMS over seeds, index l.
    var mean: [Double]
    var min: [Double]
    var max: [Double]
    /// sqrt of the predicted second moment, index l.
    var theory: [Double]
    /// The first layer whose tensor was exactly zero in some seed, in the pass's own order
    /// (counting up forward, down backward), or nil when nothing underflowed.
    var firstUnderflowLayer: Int?
  }

  /// The curves of every (initializer, activation) group of `result`, direction-major so the
  /// chart can take one row of panels per direction.
  static func curves(of result: SweepResult, directions: [Direction]) -> [Curve] {
    let groups = result.aggregated()
    let perGroup = result.configuration.seeds.count
    return directions.flatMap { direction in
      groups.enumerated().map { index, group in
        let runs = result.measurements[(index * perGroup)..<((index + 1) * perGroup)]
        let theory = MeanFieldTheory.predict(result.configuration.network(for: group.cell))
        let isForward = direction == .forward
        let spreads = group.layers.map { isForward ? $0.forwardRMS : $0.gradientRMS }
        let underflows = runs.compactMap {
          isForward ? $0.forwardUnderflowLayer : $0.backwardUnderflowLayer
        }
        return Curve(
          initializer: group.cell.initializer, activation: group.cell.activation,
          direction: direction, mean: spreads.map(\.mean), min: spreads.map(\.min),
          max: spreads.map(\.max),
          theory: theory.map {
            (isForward ? $0.activationSecondMoment : $0.gradientSecondMoment).squareRoot()
          },
          firstUnderflowLayer: isForward ? underflows.min() : underflows.max())
      }
    }
  }

  /// Measured against predicted RMS where each pass ends: rms(h_L) forward and
  /// rms(∂L/∂h₀) backward, per (initializer, activation).
  func keyTable(_ curves: [Curve]) -> KeyTable {
    let directions = quantity.directions
    var header = ["initializer", "activation"]
    for direction in directions {
      let end = direction == .forward ? "rms(h) at layer \(depth)" : "rms(∂L/∂h) at layer 0"
      header += ["\(end), measured", "theory", "first all-zero layer"]
    }
    let groups = curves.count / directions.count
    let rows = (0..<groups).map { index -> [String] in
      let first = curves[index]
      var row = [first.initializer.label, first.activation.description]
      for (offset, direction) in directions.enumerated() {
        let curve = curves[offset * groups + index]
        let end = direction == .forward ? depth : 0
        let measured = curve.mean[end]
        row += [
          measured == 0 ? "0 (underflow)" : NumberFormat.readable(measured),
          NumberFormat.readable(curve.theory[end]),
          curve.firstUnderflowLayer.map { "\($0)" } ?? "none",
        ]
      }
      return row
    }
    return KeyTable(
      caption: "RMS where each pass ends, mean over \(seeds) seed\(seeds == 1 ? "" : "s") "
        + "(width \(width), batch \(batch), \(precision.rawValue)) against mean-field theory",
      header: header, rows: rows)
  }
}
