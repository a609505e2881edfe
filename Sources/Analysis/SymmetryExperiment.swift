// Design note: this experiment must show *exact* symmetry, so it runs in plain float64
// loops in which every hidden unit's arithmetic is the same sequence of operations; a
// blocked GEMM could treat columns differently and break ties by rounding alone. The
// network is tiny (4 → 5 → 1), so speed does not matter.

/// The symmetry experiment: a one-hidden-layer MLP trained by minibatch SGD, showing that
/// constant initialization keeps every hidden unit identical while random initialization
/// lets them differ.
public enum SymmetryExperiment {
  /// The network, task and optimizer.
  public struct Configuration: Hashable, Sendable {
    /// Input dimension (4).
    public var inputCount = 4
    /// Hidden units (5).
    public var hiddenCount = 5
    /// Training examples in the synthetic data set.
    public var sampleCount = 256
    /// Minibatch size.
    public var batchSize = 16
    /// SGD steps.
    public var steps = 200
    /// SGD learning rate η: θ ← θ − η ∇L.
    public var learningRate = 0.1
    /// Hidden activation (tanh).
    public var activation = Activation(.tanh)
    /// Seed of the data, minibatch order and weights.
    public var seed: UInt64 = 0

    /// Creates the default configuration: 4 → 5 → 1, tanh, 200 steps of batch 16, η = 0.1.
    public init() {}
  }

  /// The state after one step (step 0 is the initialization).
  public struct Step: Equatable, Sendable {
    /// Steps taken so far.
    public var step: Int
    /// Full-data loss L = (1 / 2N) Σ (ŷ − y)².
    public var loss: Double
    /// Incoming weights of each hidden unit, `hiddenWeights[j][i]` = W1[i, j].
    public var hiddenWeights: [[Double]]
    /// Number of distinct hidden units, comparing (incoming weights, bias, outgoing weight)
    /// exactly.
    public var distinctUnitCount: Int
    /// The largest Euclidean distance between two units' parameter vectors.
    public var maxUnitDistance: Double
  }

  /// Trains the network from `initializer` and records every step.
  ///
  /// Task: x ~ N(0, I₄), y = sin(x₁) + x₂ x₃ / 2 − x₄ / 4. Hidden layer
  /// `h = φ(x W1 + b1)`, output `ŷ = h W2 + b2`; W1 (4 × 5) and W2 (5 × 1) come from
  /// `initializer`, biases start at zero. Weights are drawn from a stream keyed by the
  /// initializer, data and batches from one keyed by the seed alone, so both runs see the
  /// same data and batches.
  /// - Throws: `AnalysisError` from weight sampling or for non-positive sizes.
  public static func run(initializer: WeightInitializer, configuration: Configuration)
    throws -> [Step]
  {
    let c = configuration
    for (name, value) in [
      ("input count", c.inputCount), ("hidden count", c.hiddenCount),
      ("sample count", c.sampleCount), ("batch size", c.batchSize), ("steps", c.steps + 1),
    ] where value < 1 {
      throw AnalysisError.invalidShape(what: name, value: value, expected: "at least 1")
    }
    var data = SeededGenerator(seed: c.seed, stream: SeededGenerator.streamID("symmetry-data"))
    var weightStream = SeededGenerator(
      seed: c.seed, stream: SeededGenerator.streamID("symmetry|\(initializer)"))

    // 1. Data and parameters.
    let x = (0..<c.sampleCount).map { _ in (0..<c.inputCount).map { _ in data.nextNormal() } }
    let y = x.map { target($0) }
    var net = TinyNetwork(
      w1: try initializer.makeWeights(
        fanIn: c.inputCount, fanOut: c.hiddenCount, using: &weightStream),
      w2: try initializer.makeWeights(fanIn: c.hiddenCount, fanOut: 1, using: &weightStream),
      inputs: c.inputCount, hidden: c.hiddenCount, activation: c.activation)

    // 2. SGD, recording after every step.
    var steps = [record(net, step: 0, x: x, y: y)]
    for step in stride(from: 1, through: c.steps, by: 1) {
      let batch = (0..<c.batchSize).map { _ in Int(data.next() % UInt64(c.sampleCount)) }
      net.sgdStep(x: batch.map { x[$0] }, y: batch.map { y[$0] }, learningRate: c.learningRate)
      steps.append(record(net, step: step, x: x, y: y))
    }
    return steps
  }

  private static func target(_ x: [Double]) -> Double {
    let x4 = x.count > 3 ? x[3] : 0
    let x23 = x.count > 2 ? x[1] * x[2] : 0
    return _sin(x[0]) + x23 / 2 - x4 / 4
  }

  private static func record(_ net: TinyNetwork, step: Int, x: [[Double]], y: [Double])
    -> Step
  {
    let units = (0..<net.hidden).map { net.unitParameters($0) }
    var distinct: [[Double]] = []
    for u in units where !distinct.contains(u) { distinct.append(u) }
    var maxDistance = 0.0
    for a in units.indices {
      for b in units.indices where b > a {
        let d = zip(units[a], units[b]).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        maxDistance = max(maxDistance, d.squareRoot())
      }
    }
    return Step(
      step: step, loss: net.loss(x: x, y: y),
      hiddenWeights: (0..<net.hidden).map { j in
        (0..<net.inputs).map { net.w1[$0 * net.hidden + j] }
      },
      distinctUnitCount: distinct.count, maxUnitDistance: maxDistance)
  }
}
