import Analysis
import Foundation
import Plotting

/// The scalar chain h(l) = wˡ pushed through the engine's network (width 1, batch 1,
/// identity activation, every weight equal to w, input 1) in float32 and in float64: where
/// each precision overflows to ∞ or underflows to exactly 0.
///
/// The first layer at which wˡ leaves a precision's range, from the exact power:
///
/// ```
/// overflow  (w > 1):  l = ⌊ln(max finite) / ln w⌋ + 1
/// underflow (w < 1):  l = ⌊ln(min subnormal / 2) / ln w⌋ + 1
/// ```
/// A product below half the smallest subnormal rounds to 0. The network multiplies once
/// per layer and rounds every product, so near the subnormal range its value can differ
/// from the exact power by a rounding step; the measured layer is the engine's own.
struct PrecisionLimitsExperiment: ExperimentKind {
  static let name = "precision-limits"

  /// The weights w, one line per panel each.
  var weights: [Double]
  /// The last layer.
  var depth: Int
  /// The precisions compared, one panel each.
  var precisions: [Precision]

  init(weights: [Double], depth: Int, precisions: [Precision]) {
    self.weights = weights
    self.depth = depth
    self.precisions = precisions
  }

  init(reading experiment: JSONReader) throws {
    try experiment.expectExperiment(keys: ["weights", "depth", "precisions"])
    weights = try experiment.field("weights").positiveWeights(count: 1...6)
    depth = try experiment.field("depth").integer(in: 1...1000)
    let names = Precision.allCases.map(\.rawValue)
    let items = try experiment.optionalField("precisions")?.array()
    precisions = try items.map { items in
      guard (1...names.count).contains(items.count) else {
        throw try experiment.field("precisions").error(
          "expected 1 to \(names.count) precisions, got \(items.count)")
      }
      return try items.map { try $0.precision() }
    } ?? Precision.allCases
  }

  var parameters: [(key: String, value: JSONValue)] {
    [
      ("weights", .array(weights.map(JSONValue.number))), ("depth", .number(Double(depth))),
      ("precisions", .array(precisions.map { .string($0.rawValue) })),
    ]
  }

  /// One chain through the network: |h(l)| per layer (∞ once a value is non-finite, 0
  /// once it is exactly zero) and the first layers where that happened.
  struct Chain {
    var precision: Precision
    var weight: Double
    var values: [Double]
    var overflowLayer: Int?
    var underflowLayer: Int?
  }

  func run(in context: ExperimentContext) throws -> ExperimentResult {
    var chains: [Chain] = []
    for precision in precisions {
      for w in weights {
        chains.append(try Self.chain(weight: w, depth: depth, precision: precision))
      }
    }

    var data = DataTable(columns: ["precision", "weight", "layer", "value"])
    for chain in chains {
      for (l, h) in chain.values.enumerated() {
        data.append([
          .text(chain.precision.rawValue), .number(chain.weight), .number(Double(l)),
          .number(h),
        ])
      }
    }
    var figure = chart(chains)
    figure.palette = context.palette
    return ExperimentResult(
      figure: figure, data: data, tables: [keyTable(chains)],
      alt: "Log-scale panels, one per precision, of w to the power l for w in "
        + weights.map { NumberFormat.readable($0) }.joined(separator: ", ")
        + " up to layer \(depth), with markers where float32 overflows or underflows")
  }

  /// Runs wˡ through a width-1 network in `precision`.
  static func chain(weight w: Double, depth: Int, precision: Precision) throws -> Chain {
    let network = NetworkConfiguration(
      width: 1, depth: depth, initializer: .constant(w), activation: Activation(.identity),
      batchSize: 1, precision: precision, inputs: .constant(1), outputGradient: .constant(1))
    let measurement = try Network.measure(network, seed: 0)
    let values = measurement.layers.map { layer in
      layer.activation.nonFiniteCount > 0 ? Double.infinity : layer.activation.rms
    }
    return Chain(
      precision: precision, weight: w, values: values,
      overflowLayer: measurement.forwardOverflowLayer,
      underflowLayer: measurement.forwardUnderflowLayer)
  }

  /// The largest finite value and the smallest positive (subnormal) value of a precision.
  static func limits(of precision: Precision) -> (largest: Double, smallest: Double) {
    switch precision {
    case .float32:
      return (Double(Float.greatestFiniteMagnitude), Double(Float.leastNonzeroMagnitude))
    case .float64:
      return (Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude)
    }
  }

  /// The first layer at which the exact power wˡ overflows (w > 1) or rounds to zero
  /// (w < 1) in `precision`; nil for w = 1, which never leaves the range.
  static func theoreticalLayer(weight w: Double, precision: Precision) -> Int? {
    let (largest, smallest) = limits(of: precision)
    if w > 1 { return Int((log(largest) / log(w)).rounded(.down)) + 1 }
    // ln(smallest / 2) in two steps: half the float64 subnormal is 0.
    if w < 1 { return Int(((log(smallest) - log(2)) / log(w)).rounded(.down)) + 1 }
    return nil
  }

  private func keyTable(_ chains: [Chain]) -> KeyTable {
    let rows = chains.map { chain -> [String] in
      let event = chain.weight > 1 ? "overflow to ∞" : chain.weight < 1 ? "underflow to 0" : "—"
      let measured = chain.overflowLayer ?? chain.underflowLayer
      let theory = Self.theoreticalLayer(weight: chain.weight, precision: chain.precision)
      return [
        chain.precision.rawValue, NumberFormat.readable(chain.weight), event,
        measured.map { "l = \($0)" } ?? "none up to l = \(depth)",
        theory.map { "l = \($0)" } ?? "never",
      ]
    }
    return KeyTable(
      caption: "First layer at which wˡ leaves each precision's range: measured in the "
        + "network up to layer \(depth), and from the exact power "
        + "(⌊ln limit / ln w⌋ + 1, limit = largest finite value or half the smallest "
        + "subnormal)",
      header: ["precision", "weight w", "event", "measured", "theory"],
      rows: rows)
  }
}
