import Analysis
import Foundation
import Plotting

/// Per-layer RMS of the forward signal h_l and of the backward gradient ∂L/∂h_l for a sweep of
/// initializers × activations at one width and depth, each measured over several seeds and
/// drawn beside its mean-field prediction (`MeanFieldTheory.predict`).
///
/// Networks are bias-free MLPs with N(0, 1) inputs and an N(0, 1) output gradient (see
/// `Network.measure`). Exact zeros (float32 or float64 underflow) are kept in the data and
/// drawn by Plotting as "underflow" markers at the bottom of the log axis.
struct LayerRMSExperiment: ExperimentKind, Equatable {
  static let name = "layer-rms"

  /// Which pass the figure shows.
  enum Quantity: String, CaseIterable {
    /// rms(h_l), one row of panels.
    case forward
    /// rms(∂L/∂h_l), one row of panels.
    case backward
    /// Forward on the first row, backward on the second.
    case both

    /// The passes drawn, in row order.
    var directions: [Direction] {
      switch self {
      case .forward: return [.forward]
      case .backward: return [.backward]
      case .both: return [.forward, .backward]
      }
    }
  }

  /// One pass through the network.
  enum Direction: String {
    /// From the input to layer L: rms(h_l).
    case forward
    /// From layer L back to the input: rms(∂L/∂h_l).
    case backward
  }

  /// Initializers, one line each in every panel.
  var initializers: [WeightInitializer]
  /// Activations, one panel each (per direction).
  var activations: [Activation]
  /// The width n of the input and of every layer.
  var width: Int
  /// The number of layers L.
  var depth: Int
  /// The batch size B.
  var batch: Int
  /// The number of seeds the band spans.
  var seeds: Int
  /// The passes drawn.
  var quantity: Quantity
  /// The precision the networks compute in.
  var precision: Precision

  /// Creates the experiment from validated values.
  init(
    initializers: [WeightInitializer], activations: [Activation], width: Int, depth: Int,
    batch: Int, seeds: Int, quantity: Quantity, precision: Precision
  ) {
    self.initializers = initializers
    self.activations = activations
    self.width = width
    self.depth = depth
    self.batch = batch
    self.seeds = seeds
    self.quantity = quantity
    self.precision = precision
  }

  init(reading experiment: JSONReader) throws {
    try experiment.expectExperiment(keys: [
      "inits", "activations", "width", "depth", "batch", "seeds", "quantity", "dtype",
    ])
    initializers = try experiment.field("inits")
      .distinctItems(count: 1...7, what: "initializers") { try $0.initializer() }
    activations = try experiment.field("activations")
      .distinctItems(count: 1...4, what: "activations") { try $0.activation() }
    width = try experiment.field("width").integer(in: 1...4096)
    depth = try experiment.field("depth").integer(in: 1...500)
    batch = try experiment.field("batch").integer(in: 1...4096)
    seeds = try experiment.integer("seeds", in: 1...16, default: 3)
    let words = Quantity.allCases.map(\.rawValue)
    quantity = try experiment.optionalField("quantity")
      .map { Quantity(rawValue: try $0.word(oneOf: words, what: "quantity"))! } ?? .both
    precision = try experiment.optionalField("dtype")?.precision() ?? .float32
    try experiment.checkMemory(
      width: width, depth: depth, batch: batch, bytesPerValue: precision == .float32 ? 4 : 8)
  }

  var parameters: [(key: String, value: JSONValue)] {
    [
      ("inits", .array(initializers.map { .string($0.description) })),
      ("activations", .array(activations.map { .string($0.description) })),
      ("width", .number(Double(width))),
      ("depth", .number(Double(depth))),
      ("batch", .number(Double(batch))),
      ("seeds", .number(Double(seeds))),
      ("quantity", .string(quantity.rawValue)),
      ("dtype", .string(precision.rawValue)),
    ]
  }

  /// The sweep behind the figure; its seeds are derived from the figure's seed by SplitMix64.
  func sweep(seed: UInt64) -> SweepConfiguration {
    var state = seed
    return SweepConfiguration(
      initializers: initializers, activations: activations, depths: [depth],
      widths: [width], seeds: (0..<seeds).map { _ in SeededGenerator.splitMix64(&state) },
      batchSize: batch, precision: precision)
  }

  func run(in context: ExperimentContext) throws -> ExperimentResult {
    let configuration = sweep(seed: context.seed)
    let result = try Sweep.run(configuration, jobs: context.jobs)
    let curves = Self.curves(of: result, directions: quantity.directions)

    var data = DataTable(columns: [
      "initializer", "activation", "pass", "layer", "rms_mean", "rms_min", "rms_max",
      "rms_theory",
    ])
    for curve in curves {
      for l in curve.mean.indices {
        data.append([
          .text(curve.initializer.description), .text(curve.activation.description),
          .text(curve.direction.rawValue), .number(Double(l)), .number(curve.mean[l]),
          .number(curve.min[l]), .number(curve.max[l]), .number(curve.theory[l]),
        ])
      }
    }
    var figure = chart(curves)
    figure.palette = context.palette
    return ExperimentResult(
      figure: figure, data: data, tables: [keyTable(curves)],
      alt: "Per-layer RMS on a log axis for "
        + initializers.map(\.description).joined(separator: ", ") + " with "
        + activations.map(\.description).joined(separator: ", ")
        + " activations, width \(width), \(depth) layers, against mean-field theory")
  }
}
