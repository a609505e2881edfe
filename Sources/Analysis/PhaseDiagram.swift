/// The tanh order-to-chaos phase diagram: how the gradient at the first layer compares
/// with the last across depth and weight variance σ_w² (Schoenholz et al., 2017, "Deep
/// Information Propagation").
public struct PhaseDiagram: Equatable, Sendable {
  /// Depths L (rows).
  public var depths: [Int]
  /// Weight variances σ_w², with Var[W] = σ_w² / n (columns).
  public var weightVariances: [Double]
  /// Measured rms(G₁) / rms(G_L), G_l = dL/dH_l, mean over seeds: `measured[row][column]`.
  public var measured: [[Double]]
  /// The same ratio for the weight gradients, rms(dW₁) / rms(dW_L), mean over seeds.
  ///
  /// Without biases the forward signal shrinks as fast as the backward one in the ordered
  /// phase, and dW = Hᵀ G_z multiplies both, so this ratio stays near 1 there; `measured`
  /// is the one that shows vanishing gradients.
  public var measuredWeightGradient: [[Double]]
  /// The mean-field prediction sqrt(E[g₁²] / E[g_L²]).
  public var predicted: [[Double]]

  /// Measures the grid with tanh networks of the given width and batch.
  ///
  /// Weights are N(0, 1/n) (`variance-scaling` with untruncated normal) scaled by σ_w, so
  /// Var[W] = σ_w² / n. For tanh, σ_w² < 1 is the ordered phase (gradients vanish
  /// towards the input), σ_w² > 1 chaotic (they grow), and σ_w² = 1 critical.
  /// - Parameters:
  ///   - depths: The depths L, each ≥ 1.
  ///   - weightVariances: σ_w² values, each > 0.
  ///   - jobs: Worker threads, as in `Sweep.run`.
  ///   - progress: (completed, total) over all cells.
  /// - Throws: `AnalysisError` for empty axes or non-positive values.
  public static func tanh(
    depths: [Int], weightVariances: [Double], width: Int = 128, batchSize: Int = 128,
    seeds: [UInt64] = [0], precision: Precision = .float32, jobs: Int = 1,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> PhaseDiagram {
    if let bad = weightVariances.first(where: { !($0 > 0 && $0.isFinite) }) {
      throw AnalysisError.invalidParameter(
        item: "phase diagram", key: "weight variance", value: "\(bad)",
        expected: "a positive finite number")
    }
    let initializer = WeightInitializer.varianceScaling(
      scale: 1, mode: "fan_in", distribution: "untruncated_normal")
    let config = SweepConfiguration(
      initializers: [initializer], activations: [Activation(.tanh)], depths: depths,
      widths: [width], weightScales: weightVariances.map { $0.squareRoot() }, seeds: seeds,
      batchSize: batchSize, precision: precision)
    let result = try Sweep.run(config, jobs: jobs, progress: progress)

    // Cells are ordered depth, then weight scale, then seed.
    let perDepth = weightVariances.count * seeds.count
    func grid(_ f: (NetworkMeasurement) -> Double) -> [[Double]] {
      depths.indices.map { row in
        weightVariances.indices.map { column in
          let start = row * perDepth + column * seeds.count
          let values = result.measurements[start..<(start + seeds.count)].map(f)
          return values.reduce(0, +) / Double(values.count)
        }
      }
    }
    let predicted = depths.indices.map { row in
      weightVariances.indices.map { column in
        let layers = MeanFieldTheory.predict(
          config.network(for: result.cells[row * perDepth + column * seeds.count]))
        return (layers[1].gradientSecondMoment
          / layers[layers.count - 1].gradientSecondMoment).squareRoot()
      }
    }
    return PhaseDiagram(
      depths: depths, weightVariances: weightVariances, measured: grid(\.gradientRatio),
      measuredWeightGradient: grid(\.weightGradientRatio), predicted: predicted)
  }
}
