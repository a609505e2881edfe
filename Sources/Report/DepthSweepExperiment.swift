import Analysis
import Foundation
import Plotting

/// How the gradient reaching the first layer compares with the last as
/// the network gets deeper, for several (initializer, activation) pairs:
/// rms(G₁) / rms(G_L), G_l = dL/dH_l, against depth L on a log axis, mean
/// over seeds with a min…max band, beside the mean-field prediction
///
/// ```
/// E[g_{l−1}²] = n · Var[W] · E[φ′(z_l)²] · E[g_l²]
/// ```
/// so each layer multiplies the ratio by a constant factor and the ratio
/// is a straight line in L on a log axis unless that factor is 1.
struct DepthSweepExperiment: ExperimentKind, Equatable {
  static let name = "depth-sweep"

  /// One line of the figure: a network family.
  struct Pair: Equatable {
    /// The weight initializer of every layer.
    var initializer: WeightInitializer
    /// The activation of every layer.
    var activation: Activation

    /// `initializer / activation`, e.g. `kaiming-normal / relu`.
    var label: String { "\(initializer) / \(activation)" }
  }

  /// The network families compared.
  var pairs: [Pair]
  /// The depths L, increasing, each at least 2.
  var depths: [Int]
  /// Width n of the input and of every layer.
  var width: Int
  /// Batch size B.
  var batchSize: Int
  /// Number of seeds (independent weight and data draws).
  var seedCount: Int

  init(pairs: [Pair], depths: [Int], width: Int, batchSize: Int, seedCount: Int) {
    self.pairs = pairs
    self.depths = depths
    self.width = width
    self.batchSize = batchSize
    self.seedCount = seedCount
  }

  init(reading experiment: JSONReader) throws {
    try experiment.expectExperiment(keys: ["pairs", "depths", "width", "batch", "seeds"])
    let list = try experiment.field("pairs").array()
    guard (1...6).contains(list.count) else {
      throw try experiment.field("pairs").error("expected 1 to 6 pairs, got \(list.count)")
    }
    pairs = try list.map { item in
      try item.expectObject(keys: ["initializer", "activation"])
      return Pair(
        initializer: try item.field("initializer").initializer(),
        activation: try item.field("activation").activation())
    }
    // Depth 1 has one layer, so its first and last layer coincide.
    depths = try experiment.field("depths").increasingIntegers(in: 2...200, count: 2...16)
    width = try experiment.field("width").integer(in: 1...2048)
    batchSize = try experiment.field("batch").integer(in: 1...1024)
    seedCount = try experiment.field("seeds").integer(in: 1...8)
    try experiment.checkMemory(width: width, depth: depths.last!, batch: batchSize)
  }

  /// The seed count for captions, e.g. "2 seeds".
  var seedCountText: String { seedCountPhrase(seedCount) }

  var parameters: [(key: String, value: JSONValue)] {
    let pairValues = pairs.map { pair -> JSONValue in
      .object([
        ("initializer", .string(pair.initializer.description)),
        ("activation", .string(pair.activation.description)),
      ])
    }
    return [
      ("pairs", .array(pairValues)),
      ("depths", .array(depths.map { .number(Double($0)) })),
      ("width", .number(Double(width))),
      ("batch", .number(Double(batchSize))),
      ("seeds", .number(Double(seedCount))),
    ]
  }

  /// One pair's measured and predicted ratio at every depth.
  struct Curve {
    var pair: Pair
    var measured: [SeedSpread]
    var predicted: [Double]
  }

  func run(in context: ExperimentContext) throws -> ExperimentResult {
    let seeds = context.derivedSeeds(seedCount)
    let curves = try pairs.map { pair in
      let configuration = SweepConfiguration(
        initializers: [pair.initializer], activations: [pair.activation], depths: depths,
        widths: [width], seeds: seeds, batchSize: batchSize)
      let aggregates = try Sweep.run(configuration, jobs: context.jobs).aggregated()
      return Curve(
        pair: pair, measured: aggregates.map(\.gradientRatio),
        predicted: aggregates.map { Self.predictedRatio(configuration.network(for: $0.cell)) })
    }

    var figure = chart(curves)
    figure.usePalette(context.palette)
    return ExperimentResult(
      figure: figure, data: table(curves), tables: [keyTable(curves)],
      alt: "Log-scale plot of the first-layer gradient RMS relative to the last layer "
        + "against depth for " + pairs.map(\.label).joined(separator: ", "))
  }

  /// The mean-field ratio sqrt(E[g₁²] / E[g_L²]).
  static func predictedRatio(_ network: NetworkConfiguration) -> Double {
    let theory = MeanFieldTheory.predict(network)
    return (theory[1].gradientSecondMoment / theory[network.depth].gradientSecondMoment)
      .squareRoot()
  }

  private func table(_ curves: [Curve]) -> DataTable {
    var data = DataTable(columns: [
      "initializer", "activation", "depth", "ratio_mean", "ratio_min", "ratio_max",
      "ratio_theory",
    ])
    for curve in curves {
      for (index, depth) in depths.enumerated() {
        let spread = curve.measured[index]
        data.append([
          .text(curve.pair.initializer.description), .text(curve.pair.activation.description),
          .number(Double(depth)), .number(spread.mean), .number(spread.min),
          .number(spread.max), .number(curve.predicted[index]),
        ])
      }
    }
    return data
  }

  private func keyTable(_ curves: [Curve]) -> KeyTable {
    let deepest = depths.count - 1
    let rows = curves.map { curve -> [String] in
      [
        curve.pair.label,
        NumberFormat.readable(curve.measured[deepest].mean),
        NumberFormat.readable(curve.predicted[deepest]),
        NumberFormat.readable(pow(curve.predicted[deepest], 1 / Double(depths[deepest] - 1))),
      ]
    }
    return KeyTable(
      caption: "rms(G₁) / rms(G_L) at depth L = \(depths[deepest]), measured (mean over "
        + "\(seedCountText)) and predicted, with the predicted factor per layer",
      header: ["initializer / activation", "measured", "theory", "theory per layer"],
      rows: rows)
  }
}
