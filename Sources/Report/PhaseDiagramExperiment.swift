import Analysis
import Foundation
import Plotting

/// The tanh network's order-to-chaos phase diagram: over a grid of depth L
/// and weight variance σ_w² (Var[W] = σ_w² / n, no bias), how the gradient
/// reaching the first layer compares with the last, rms(G₁) / rms(G_L)
/// with G_l = dL/dH_l, measured and predicted by mean-field theory.
///
/// Each layer multiplies the gradient's second moment by
/// χ = σ_w² · E[tanh′(z)²] (Poole et al., 2016, "Exponential
/// expressivity in deep neural networks through transient chaos";
/// Schoenholz et al., 2017, "Deep Information Propagation"). Without bias
/// the signal decays to z → 0 when σ_w² < 1, where tanh′ = 1 and χ = σ_w² < 1:
/// gradients vanish (ordered phase). For σ_w² > 1 they grow (chaotic
/// phase); σ_w² = 1 is the critical line.
///
/// The figure colours the activation-gradient ratio rather than
/// `PhaseDiagram`'s weight-gradient ratio rms(dW₁) / rms(dW_L): since
/// dW_l = H_{l−1}ᵀ G_z, in the ordered phase the fading signal H_{L−1}
/// shrinks dW_L as fast as the gradient shrinks dW₁, so that ratio stays
/// near 1 (about 1.07 at L = 32, σ_w² = 0.5, against 2 × 10⁻⁵ for G) and
/// would hide the phase. Both are written to the data table.
struct PhaseDiagramExperiment: ExperimentKind, Equatable {
  static let name = "phase-diagram"

  /// The depths L (rows), increasing, each at least 2.
  var depths: [Int]
  /// The weight variances σ_w² (columns), increasing.
  var weightVariances: [Double]
  /// Width n of the input and of every layer.
  var width: Int
  /// Batch size B.
  var batchSize: Int
  /// Number of seeds averaged per cell.
  var seedCount: Int

  init(depths: [Int], weightVariances: [Double], width: Int, batchSize: Int, seedCount: Int) {
    self.depths = depths
    self.weightVariances = weightVariances
    self.width = width
    self.batchSize = batchSize
    self.seedCount = seedCount
  }

  init(reading experiment: JSONReader) throws {
    try experiment.expectExperiment(
      keys: ["depths", "weight-variances", "width", "batch", "seeds"])
    // Depth 1 has one layer, so its first and last layer coincide.
    depths = try experiment.field("depths").increasingIntegers(in: 2...200, count: 2...24)
    weightVariances = try experiment.field("weight-variances")
      .increasingPositiveNumbers(count: 2...32)
    width = try experiment.field("width").integer(in: 1...1024)
    batchSize = try experiment.field("batch").integer(in: 1...1024)
    seedCount = try experiment.field("seeds").integer(in: 1...8)
    try experiment.checkMemory(width: width, depth: depths.last!, batch: batchSize)
  }

  /// The seed count for captions, e.g. "2 seeds".
  var seedCountText: String { seedCountPhrase(seedCount) }

  var parameters: [(key: String, value: JSONValue)] {
    [
      ("depths", .array(depths.map { .number(Double($0)) })),
      ("weight-variances", .array(weightVariances.map(JSONValue.number))),
      ("width", .number(Double(width))),
      ("batch", .number(Double(batchSize))),
      ("seeds", .number(Double(seedCount))),
    ]
  }

  /// The measured and predicted grids, `[row = depth][column = σ_w²]`:
  /// the activation-gradient ratio drawn, and the weight-gradient ratio
  /// rms(dW₁) / rms(dW_L) kept in the data.
  struct Grids {
    var measured: [[Double]]
    var predicted: [[Double]]
    var weightGradientMeasured: [[Double]]
  }

  func run(in context: ExperimentContext) throws -> ExperimentResult {
    let diagram = try PhaseDiagram.tanh(
      depths: depths, weightVariances: weightVariances, width: width, batchSize: batchSize,
      seeds: context.derivedSeeds(seedCount), jobs: context.jobs)
    let predicted = depths.map { depth in
      weightVariances.map { DepthSweepExperiment.predictedRatio(network(depth: depth, $0)) }
    }
    let grids = Grids(
      measured: diagram.measured, predicted: predicted,
      weightGradientMeasured: diagram.measuredWeightGradient)

    var figure = try chart(grids)
    figure.usePalette(context.palette)
    return ExperimentResult(
      figure: figure, data: table(grids), tables: [keyTable(grids)],
      alt: "Two heatmaps over depth and weight variance of a tanh network, measured and "
        + "predicted, colouring the first-layer gradient RMS relative to the last layer on "
        + "a log scale, with the critical line at weight variance 1")
  }

  /// The network of one grid cell, as `PhaseDiagram.tanh` builds it:
  /// N(0, 1/n) weights scaled by σ_w.
  func network(depth: Int, _ weightVariance: Double) -> NetworkConfiguration {
    NetworkConfiguration(
      width: width, depth: depth,
      initializer: .varianceScaling(
        scale: 1, mode: "fan_in", distribution: "untruncated_normal"),
      activation: Activation(.tanh), batchSize: batchSize,
      weightScale: weightVariance.squareRoot())
  }

  private func table(_ grids: Grids) -> DataTable {
    var data = DataTable(columns: [
      "depth", "weight_variance", "ratio_measured", "ratio_theory",
      "weight_gradient_ratio_measured",
    ])
    for (row, depth) in depths.enumerated() {
      for (column, variance) in weightVariances.enumerated() {
        data.append([
          .number(Double(depth)), .number(variance),
          .number(grids.measured[row][column]), .number(grids.predicted[row][column]),
          .number(grids.weightGradientMeasured[row][column]),
        ])
      }
    }
    return data
  }

  /// The ratio at the deepest and a middle depth, for the smallest,
  /// critical (closest to 1) and largest variance.
  private func keyTable(_ grids: Grids) -> KeyTable {
    let critical = weightVariances.indices.min {
      abs(weightVariances[$0] - 1) < abs(weightVariances[$1] - 1)
    }!
    let columns = Array(Set([0, critical, weightVariances.count - 1])).sorted()
    let rows = Array(Set([depths.count / 2, depths.count - 1])).sorted()
    var cells: [[String]] = []
    for row in rows {
      for column in columns {
        cells.append([
          "\(depths[row])", NumberFormat.readable(weightVariances[column]),
          NumberFormat.readable(grids.measured[row][column]),
          NumberFormat.readable(grids.predicted[row][column]),
        ])
      }
    }
    return KeyTable(
      caption: "rms(G₁) / rms(G_L) in a tanh network of width \(width), measured (mean over "
        + "\(seedCountText)) and predicted",
      header: ["depth L", "σ_w²", "measured", "theory"],
      rows: cells)
  }
}
