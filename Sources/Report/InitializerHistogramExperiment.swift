import Analysis
import Foundation
import Plotting

/// Samples drawn by initializers, as density histograms against the exact density, with the
/// support bound marked: one panel per (initializer, fan-in, fan-out) case.
///
/// Weights are drawn with `WeightInitializer.makeWeights`, the sampler the networks use,
/// one whole `fanIn × fanOut` matrix at a time until `samples` values are collected.
struct InitializerHistogramExperiment: ExperimentKind, Equatable {
  static let name = "initializer-histogram"

  /// A layer shape: its number of inputs and outputs.
  struct Fans: Equatable {
    /// The number of inputs a, the `fanIn` of `WeightInitializer.distribution`.
    var fanIn: Int
    /// The number of outputs b.
    var fanOut: Int
  }

  /// One panel: an initializer at one layer shape.
  struct Case {
    var initializer: WeightInitializer
    var fans: Fans
  }

  /// The initializers; each gets one panel per fan pair.
  var initializers: [WeightInitializer]
  /// The layer shapes, one panel each per initializer.
  var fans: [Fans]
  /// Weights drawn per panel.
  var samples: Int
  /// Plotting.Histogram bins per panel.
  var bins: Int

  /// Creates the experiment from validated values.
  init(initializers: [WeightInitializer], fans: [Fans], samples: Int, bins: Int) {
    self.initializers = initializers
    self.fans = fans
    self.samples = samples
    self.bins = bins
  }

  init(reading experiment: JSONReader) throws {
    try experiment.expectExperiment(keys: ["inits", "fans", "samples", "bins"])
    initializers = try experiment.field("inits")
      .distinctItems(count: 1...6, what: "initializers", Self.randomInitializer)
    fans = try experiment.field("fans").distinctItems(count: 1...6, what: "fan pairs") { item in
      let pair = try item.array()
      guard pair.count == 2 else {
        throw item.error(
          "expected [fan-in, fan-out], two whole numbers, got \(pair.count) values")
      }
      return Fans(
        fanIn: try pair[0].integer(in: 1...65_536), fanOut: try pair[1].integer(in: 1...65_536))
    }
    guard initializers.count * fans.count <= 9 else {
      throw experiment.error(
        "\(initializers.count) initializers × \(fans.count) fan pairs make "
          + "\(initializers.count * fans.count) panels; at most 9 fit a figure")
    }
    samples = try experiment.field("samples").integer(in: 100...1_000_000)
    bins = try experiment.integer("bins", in: 5...200, default: 50)
  }

  /// An initializer that draws random weights; constants and the identity have no spread
  /// to draw a histogram of.
  private static func randomInitializer(_ item: JSONReader) throws -> WeightInitializer {
    let initializer = try item.initializer()
    guard initializer.isRandom else {
      throw item.error(
        "\(initializer) draws no random weights, so it has no histogram; use a random "
          + "initializer such as mxnet-default or xavier-uniform")
    }
    return initializer
  }

  var parameters: [(key: String, value: JSONValue)] {
    [
      ("inits", .array(initializers.map { .string($0.description) })),
      ("fans", .array(fans.map {
        .array([.number(Double($0.fanIn)), .number(Double($0.fanOut))])
      })),
      ("samples", .number(Double(samples))),
      ("bins", .number(Double(bins))),
    ]
  }

  /// Every (initializer, fans) pair, initializer-major.
  var cases: [Case] {
    initializers.flatMap { i in fans.map { Case(initializer: i, fans: $0) } }
  }

  func run(in context: ExperimentContext) throws -> ExperimentResult {
    var data = DataTable(columns: [
      "initializer", "fan_in", "fan_out", "bin_left", "bin_right", "density", "exact_density",
    ])
    var panels: [Panel] = []
    var rows: [[String]] = []
    for item in cases {
      let panel = try Panel(item, samples: try draw(item, seed: context.seed), bins: bins)
      for (k, height) in panel.bins.heights.enumerated() {
        let left = panel.bins.edges[k]
        let right = panel.bins.edges[k + 1]
        let exact = panel.distribution.density(at: (left + right) / 2)
        data.append([
          .text(item.initializer.description), .number(Double(item.fans.fanIn)),
          .number(Double(item.fans.fanOut)), .number(left), .number(right), .number(height),
          .number(exact ?? .nan),
        ])
      }
      rows.append(panel.keyRow(showsFans: fans.count > 1 || item.initializer.dependsOnFans))
      panels.append(panel)
    }

    var figure = chart(panels)
    figure.palette = context.palette
    let table = KeyTable(
      caption: "Sample statistics of \(Self.grouped(samples)) draws per panel "
        + "against the distribution's exact values",
      header: [
        "initializer", "fan-in × fan-out", "mean", "std", "exact std", "min", "max", "bound",
      ],
      rows: rows)
    return ExperimentResult(
      figure: figure, data: data, tables: [table],
      alt: "Density histograms of weights drawn by "
        + initializers.map(\.description).joined(separator: ", ")
        + " with the exact density drawn over each and the support bounds marked")
  }

  /// `samples` weights of one case from its own stream of `seed`.
  func draw(_ item: Case, seed: UInt64) throws -> [Double] {
    let key = "\(Self.name)|\(item.initializer)|\(item.fans.fanIn)|\(item.fans.fanOut)"
    var generator = SeededGenerator(seed: seed, stream: SeededGenerator.streamID(key))
    var values: [Double] = []
    values.reserveCapacity(samples + item.fans.fanIn * item.fans.fanOut)
    while values.count < samples {
      values += try item.initializer.makeWeights(
        fanIn: item.fans.fanIn, fanOut: item.fans.fanOut, using: &generator)
    }
    return Array(values.prefix(samples))
  }
}

extension InitializerHistogramExperiment {
  /// A count with its digits in groups of three separated by thin spaces: `50 000`.
  static func grouped(_ count: Int) -> String {
    var digits = String(count)
    var groups: [Substring] = []
    while digits.count > 3 {
      groups.insert(digits.suffix(3), at: 0)
      digits.removeLast(3)
    }
    return ([Substring(digits)] + groups).joined(separator: "\u{2009}")
  }
}

extension WeightInitializer {
  /// Whether the weight variance changes with the layer shape (false for fixed-scale
  /// schemes such as `mxnet-default` and `normal`), compared at two unrelated shapes.
  var dependsOnFans: Bool {
    variance(fanIn: 3, fanOut: 5) != variance(fanIn: 7, fanOut: 11)
  }
}
