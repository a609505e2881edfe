import Analysis
import Foundation
import Plotting

/// Several initializers under one activation: per-layer RMS of the
/// forward signal H_l and of the backward gradient G_l = dL/dH_l, mean
/// over seeds with a min…max band, beside the mean-field prediction.
///
/// With ReLU this is He et al. (2015), "Delving Deep into Rectifiers":
/// ReLU halves the second moment, E[relu(z)²] = q / 2, so weights with
/// n · Var[W] = 1 (Xavier) shrink the RMS by √(1/2) per layer, while
/// n · Var[W] = 2 (Kaiming) keeps it.
struct GainComparisonExperiment: ExperimentKind, Equatable {
  static let name = "gain-comparison"

  /// The activation of every layer.
  var activation: Activation
  /// The initializers compared, one line each.
  var initializers: [WeightInitializer]
  /// Width n of the input and of every layer.
  var width: Int
  /// Number of layers L.
  var depth: Int
  /// Batch size B.
  var batchSize: Int
  /// Number of seeds (independent weight and data draws).
  var seedCount: Int

  init(
    activation: Activation, initializers: [WeightInitializer], width: Int, depth: Int,
    batchSize: Int, seedCount: Int
  ) {
    self.activation = activation
    self.initializers = initializers
    self.width = width
    self.depth = depth
    self.batchSize = batchSize
    self.seedCount = seedCount
  }

  init(reading experiment: JSONReader) throws {
    try experiment.expectExperiment(
      keys: ["activation", "inits", "width", "depth", "batch", "seeds"])
    activation = try experiment.field("activation").activation()
    let list = try experiment.field("inits").array()
    guard (1...6).contains(list.count) else {
      throw try experiment.field("inits").error(
        "expected 1 to 6 initializers, got \(list.count)")
    }
    initializers = try list.map { try $0.initializer() }
    width = try experiment.field("width").integer(in: 1...2048)
    depth = try experiment.field("depth").integer(in: 1...200)
    batchSize = try experiment.field("batch").integer(in: 1...1024)
    seedCount = try experiment.field("seeds").integer(in: 1...8)
    try experiment.checkMemory(width: width, depth: depth, batch: batchSize)
  }

  /// The seed count for captions, e.g. "2 seeds".
  var seedCountText: String { seedCountPhrase(seedCount) }

  var parameters: [(key: String, value: JSONValue)] {
    [
      ("activation", .string(activation.description)),
      ("inits", .array(initializers.map { .string($0.description) })),
      ("width", .number(Double(width))),
      ("depth", .number(Double(depth))),
      ("batch", .number(Double(batchSize))),
      ("seeds", .number(Double(seedCount))),
    ]
  }

  /// One initializer's measured and predicted per-layer RMS.
  struct Curve {
    var initializer: WeightInitializer
    var layers: [LayerAggregate]
    var theory: [TheoryLayer]
  }

  func run(in context: ExperimentContext) throws -> ExperimentResult {
    let configuration = SweepConfiguration(
      initializers: initializers, activations: [activation], depths: [depth],
      widths: [width], seeds: context.derivedSeeds(seedCount), batchSize: batchSize)
    let result = try Sweep.run(configuration, jobs: context.jobs)
    let curves = result.aggregated().map { aggregate in
      Curve(
        initializer: aggregate.cell.initializer, layers: aggregate.layers,
        theory: MeanFieldTheory.predict(configuration.network(for: aggregate.cell)))
    }

    var figure = chart(curves)
    figure.usePalette(context.palette)
    return ExperimentResult(
      figure: figure, data: table(curves), tables: [keyTable(curves)],
      alt: "Two log-scale panels: per-layer RMS of the signal and of the gradient in a "
        + "\(depth)-layer \(activation) network for "
        + initializers.map(\.description).joined(separator: ", "))
  }

  private func table(_ curves: [Curve]) -> DataTable {
    var data = DataTable(columns: [
      "initializer", "layer", "forward_rms_mean", "forward_rms_min", "forward_rms_max",
      "forward_rms_theory", "gradient_rms_mean", "gradient_rms_min", "gradient_rms_max",
      "gradient_rms_theory",
    ])
    for curve in curves {
      for (layer, theory) in zip(curve.layers, curve.theory) {
        data.append([
          .text(curve.initializer.description), .number(Double(layer.layer)),
          .number(layer.forwardRMS.mean), .number(layer.forwardRMS.min),
          .number(layer.forwardRMS.max), .number(theory.activationSecondMoment.squareRoot()),
          .number(layer.gradientRMS.mean), .number(layer.gradientRMS.min),
          .number(layer.gradientRMS.max), .number(theory.gradientSecondMoment.squareRoot()),
        ])
      }
    }
    return data
  }

  private func keyTable(_ curves: [Curve]) -> KeyTable {
    let rows = curves.map { curve -> [String] in
      let variance = curve.initializer.distribution(fanIn: width, fanOut: width)
        .secondMoment(fanIn: width, fanOut: width)
      return [
        curve.initializer.description,
        NumberFormat.readable(Double(width) * variance),
        NumberFormat.readable(curve.layers[depth].forwardRMS.mean),
        NumberFormat.readable(curve.theory[depth].activationSecondMoment.squareRoot()),
        NumberFormat.readable(curve.layers[1].gradientRMS.mean),
        NumberFormat.readable(curve.theory[1].gradientSecondMoment.squareRoot()),
      ]
    }
    return KeyTable(
      caption: "RMS at the ends of the \(activation) network (L = \(depth)), measured (mean "
        + "over \(seedCountText)) and predicted",
      header: [
        "initializer", "n · Var[W]", "rms(H_L) measured",
        "theory", "rms(G₁) measured", "theory",
      ],
      rows: rows)
  }
}
