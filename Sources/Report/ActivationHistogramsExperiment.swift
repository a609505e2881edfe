import Analysis
import Foundation
import Plotting

/// Histograms of the activation values h_l of layers 1 … L at initialisation, one panel per
/// initializer and one step outline per layer, in the manner of Glorot and Bengio (2010,
/// "Understanding the difficulty of training deep feedforward neural networks", Figure 6).
///
/// Each network runs once in float64 (`Network.activations`) on the figure's seed; every
/// initializer sees the same N(0, 1) inputs, because the input stream depends only on the
/// shapes.
struct ActivationHistogramsExperiment: ExperimentKind, Equatable {
  static let name = "activation-histograms"

  /// The initializers, one panel each.
  var initializers: [WeightInitializer]
  /// The activation of every layer.
  var activation: Activation
  /// The width n of the input and of every layer.
  var width: Int
  /// The number of layers L, one histogram each.
  var depth: Int
  /// The batch size B; each histogram holds B · n values.
  var batch: Int
  /// Plotting.Histogram bins.
  var bins: Int

  /// Creates the experiment from validated values.
  init(
    initializers: [WeightInitializer], activation: Activation, width: Int, depth: Int,
    batch: Int, bins: Int
  ) {
    self.initializers = initializers
    self.activation = activation
    self.width = width
    self.depth = depth
    self.batch = batch
    self.bins = bins
  }

  init(reading experiment: JSONReader) throws {
    try experiment.expectExperiment(keys: [
      "inits", "activation", "width", "depth", "batch", "bins",
    ])
    initializers = try experiment.field("inits")
      .distinctItems(count: 1...3, what: "initializers") { try $0.initializer() }
    activation = try experiment.field("activation").activation()
    width = try experiment.field("width").integer(in: 1...2048)
    depth = try experiment.field("depth").integer(in: 1...10)
    batch = try experiment.field("batch").integer(in: 1...1024)
    let values = width * batch
    guard values <= 100_000 else {
      throw experiment.error(
        "width × batch = \(values) values per histogram; at most 100000 are drawn, so "
          + "lower the width or the batch")
    }
    bins = try experiment.integer("bins", in: 5...200, default: 50)
    try experiment.checkMemory(width: width, depth: depth, batch: batch)
  }

  var parameters: [(key: String, value: JSONValue)] {
    [
      ("inits", .array(initializers.map { .string($0.description) })),
      ("activation", .string(activation.description)),
      ("width", .number(Double(width))),
      ("depth", .number(Double(depth))),
      ("batch", .number(Double(batch))),
      ("bins", .number(Double(bins))),
    ]
  }

  /// The float64 network of one initializer.
  func network(_ initializer: WeightInitializer) -> NetworkConfiguration {
    NetworkConfiguration(
      width: width, depth: depth, initializer: initializer, activation: activation,
      batchSize: batch, precision: .float64)
  }

  /// Every initializer's activations H_0 … H_L, from one forward pass each on `seed`.
  func activations(seed: UInt64) throws -> [[[Double]]] {
    try initializers.map { try Network.activations(network($0), seed: seed) }
  }

  func run(in context: ExperimentContext) throws -> ExperimentResult {
    let runs = try activations(seed: context.seed)
    let range = binRange(runs)

    var data = DataTable(columns: [
      "initializer", "layer", "bin_left", "bin_right", "density",
    ])
    var panels: [[Plotting.Histogram]] = []
    var peak = 0.0
    for (initializer, layers) in zip(initializers, runs) {
      var histograms: [Plotting.Histogram] = []
      for l in 1...depth {
        let histogram = Plotting.Histogram(
          label: "layer \(l)", values: layers[l], binCount: bins, range: range,
          normalization: .density, style: .step, colorKey: "layer \(l)")
        let binned = try histogram.bins()
        peak = max(peak, binned.heights.max() ?? 0)
        for (k, height) in binned.heights.enumerated() {
          data.append([
            .text(initializer.description), .number(Double(l)), .number(binned.edges[k]),
            .number(binned.edges[k + 1]), .number(height),
          ])
        }
        histograms.append(histogram)
      }
      panels.append(histograms)
    }

    var figure = chart(panels, range: range, peak: peak)
    figure.palette = context.palette
    return ExperimentResult(
      figure: figure, data: data, tables: [keyTable(runs)],
      alt: "Step histograms of \(activation) activation values in layers 1 to \(depth) under "
        + initializers.map(\.description).joined(separator: " and "))
  }

  /// The common binned interval: the activation's range where it is bounded (tanh, sigmoid),
  /// else symmetric around 0 out to the largest |h| seen.
  func binRange(_ runs: [[[Double]]]) -> ClosedRange<Double> {
    switch activation.kind {
    case .tanh: return -1...1
    case .sigmoid: return 0...1
    default:
      let largest = runs.flatMap { $0.dropFirst().flatMap { $0 } }
        .reduce(0) { Swift.max($0, abs($1)) }
      return largest > 0 && largest.isFinite ? -largest...largest : -1...1
    }
  }
}
