/// Everything that defines one bias-free MLP measurement except the seed.
///
/// Layer l = 1 … depth computes `Z_l = H_{l−1} W_l`, `H_l = φ(Z_l)`, with `H_0` the
/// `batch × widths[0]` input and `W_l` a `widths[l−1] × widths[l]` matrix (fan-in =
/// `widths[l−1]`), drawn from `initializer` and multiplied by `weightScale`. Every layer,
/// the last included, applies the activation. Biases are absent by default; with
/// `hasZeroBias` each layer has a bias b_l = 0, which leaves Z, H, G and dW unchanged and
/// adds the bias gradient dL/db_l to the measurement.
public struct NetworkConfiguration: Hashable, Sendable {
  /// Layer widths: `widths[0]` is the input dimension, `widths[l]` the width of layer l.
  public var widths: [Int]
  /// The weight initializer for every layer.
  public var initializer: WeightInitializer
  /// The activation φ of every layer.
  public var activation: Activation
  /// The batch size B (rows of every activation matrix).
  public var batchSize: Int
  /// The precision of the forward and backward passes.
  public var precision: Precision
  /// A factor s applied to every sampled weight (Var[W] scales by s²), used by phase
  /// diagrams.
  public var weightScale: Double
  /// The input distribution.
  public var inputs: InputDistribution
  /// The start of the backward pass.
  public var outputGradient: OutputGradient
  /// Whether every layer has a zero bias whose gradient is measured.
  public var hasZeroBias = false

  /// Creates a configuration from explicit widths.
  public init(
    widths: [Int], initializer: WeightInitializer, activation: Activation,
    batchSize: Int = 256, precision: Precision = .float32, weightScale: Double = 1,
    inputs: InputDistribution = .standardNormal,
    outputGradient: OutputGradient = .standardNormal
  ) {
    self.widths = widths
    self.initializer = initializer
    self.activation = activation
    self.batchSize = batchSize
    self.precision = precision
    self.weightScale = weightScale
    self.inputs = inputs
    self.outputGradient = outputGradient
  }

  /// Creates a configuration of `depth` layers of equal `width` (input width included).
  public init(
    width: Int, depth: Int, initializer: WeightInitializer, activation: Activation,
    batchSize: Int = 256, precision: Precision = .float32, weightScale: Double = 1,
    inputs: InputDistribution = .standardNormal,
    outputGradient: OutputGradient = .standardNormal
  ) {
    self.init(
      widths: [Int](repeating: width, count: max(depth, 0) + 1), initializer: initializer,
      activation: activation, batchSize: batchSize, precision: precision,
      weightScale: weightScale, inputs: inputs, outputGradient: outputGradient)
  }

  /// The number of weight layers L.
  public var depth: Int { widths.count - 1 }

  /// Multiply–add count of the three GEMMs per layer (forward Z = HW, backward
  /// dW = HᵀG_z and G_{l−1} = G_z Wᵀ): `Σ_l 3 · 2 · B · n_{l−1} · n_l` floating-point
  /// operations.
  public var gemmFlops: Double {
    (1..<widths.count).reduce(0) {
      $0 + 6 * Double(batchSize) * Double(widths[$1 - 1]) * Double(widths[$1])
    }
  }

  /// Checks every size and the weight scale.
  ///
  /// - Throws: `AnalysisError.invalidShape` for depth < 1, a width < 1 or batch < 1, and
  ///   `.invalidParameter` for a non-finite weight scale.
  public func validate() throws {
    guard depth >= 1 else {
      throw AnalysisError.invalidShape(what: "depth", value: depth, expected: "at least 1")
    }
    if let bad = widths.first(where: { $0 < 1 }) {
      throw AnalysisError.invalidShape(what: "width", value: bad, expected: "at least 1")
    }
    guard batchSize >= 1 else {
      throw AnalysisError.invalidShape(what: "batch size", value: batchSize, expected: "at least 1")
    }
    guard weightScale.isFinite else {
      throw AnalysisError.invalidParameter(
        item: "network", key: "weight-scale", value: "\(weightScale)",
        expected: "a finite number")
    }
  }
}
