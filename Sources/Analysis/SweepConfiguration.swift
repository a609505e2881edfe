/// The axes of a sweep: every combination of initializer × activation × depth × width ×
/// weight scale × seed is measured once.
public struct SweepConfiguration: Hashable, Sendable {
  /// Initializers to sweep.
  public var initializers: [WeightInitializer]
  /// Activations to sweep.
  public var activations: [Activation]
  /// Depths L to sweep.
  public var depths: [Int]
  /// Widths n to sweep (input and hidden widths are equal).
  public var widths: [Int]
  /// Weight scales s to sweep (σ_w² = s² · n · Var[W] for phase diagrams).
  public var weightScales: [Double]
  /// Seeds; results are reported per seed and as mean, min and max over seeds.
  public var seeds: [UInt64]
  /// Batch size B of every network.
  public var batchSize: Int
  /// Precision of every network.
  public var precision: Precision
  /// Input distribution of every network.
  public var inputs: InputDistribution
  /// Start of every backward pass.
  public var outputGradient: OutputGradient
  /// Whether every network has zero biases whose gradients are measured.
  public var hasZeroBias = false

  /// Creates a sweep configuration; only the initializer and activation axes are required.
  public init(
    initializers: [WeightInitializer], activations: [Activation], depths: [Int] = [50],
    widths: [Int] = [256], weightScales: [Double] = [1], seeds: [UInt64] = [0],
    batchSize: Int = 256, precision: Precision = .float32,
    inputs: InputDistribution = .standardNormal,
    outputGradient: OutputGradient = .standardNormal
  ) {
    self.initializers = initializers
    self.activations = activations
    self.depths = depths
    self.widths = widths
    self.weightScales = weightScales
    self.seeds = seeds
    self.batchSize = batchSize
    self.precision = precision
    self.inputs = inputs
    self.outputGradient = outputGradient
  }

  /// All cells in a fixed order: initializer, then activation, depth, width, weight scale
  /// and seed (the seed varies fastest).
  public var cells: [SweepCell] {
    var cells: [SweepCell] = []
    for i in initializers {
      for a in activations {
        for d in depths {
          for w in widths {
            for s in weightScales {
              for seed in seeds {
                cells.append(SweepCell(
                  initializer: i, activation: a, depth: d, width: w, weightScale: s,
                  seed: seed))
              }
            }
          }
        }
      }
    }
    return cells
  }

  /// The network a cell measures.
  public func network(for cell: SweepCell) -> NetworkConfiguration {
    var network = NetworkConfiguration(
      width: cell.width, depth: cell.depth, initializer: cell.initializer,
      activation: cell.activation, batchSize: batchSize, precision: precision,
      weightScale: cell.weightScale, inputs: inputs, outputGradient: outputGradient)
    network.hasZeroBias = hasZeroBias
    return network
  }

  /// Checks that every axis is non-empty and every network valid.
  ///
  /// - Throws: `AnalysisError.invalidShape` naming the first empty axis or bad size.
  public func validate() throws {
    let axes = [
      ("initializers", initializers.count), ("activations", activations.count),
      ("depths", depths.count), ("widths", widths.count),
      ("weight scales", weightScales.count), ("seeds", seeds.count),
    ]
    for (name, count) in axes where count == 0 {
      throw AnalysisError.invalidShape(
        what: "number of \(name)", value: 0, expected: "at least one value")
    }
    for d in depths {
      for w in widths {
        for s in weightScales {
          let cell = SweepCell(
            initializer: initializers[0], activation: activations[0], depth: d, width: w,
            weightScale: s, seed: 0)
          try network(for: cell).validate()
        }
      }
    }
  }
}
