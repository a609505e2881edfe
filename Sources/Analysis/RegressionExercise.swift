// Design note: linear and softmax regression have convex losses, so the chapter's symmetry
// problem cannot arise: every starting point, all-equal weights included, reaches the
// same minimum. Full-batch gradient descent in float64 keeps the curves deterministic and
// smooth. Softmax labels are *sampled* from a teacher softmax, so the classes overlap, the
// minimum is finite and both runs can actually reach it.

/// The chapter's exercise: linear and softmax regression trained from all-equal weights
/// reach the same loss as from random weights.
public enum RegressionExercise {
  /// Data, model and optimizer settings.
  public struct Configuration: Hashable, Sendable {
    /// Input features d.
    public var featureCount = 5
    /// Classes K for softmax regression.
    public var classCount = 3
    /// Training examples N.
    public var sampleCount = 512
    /// Full-batch gradient-descent steps.
    public var steps = 300
    /// Learning rate η.
    public var learningRate = 0.2
    /// Seed of data and random weights.
    public var seed: UInt64 = 0

    /// Creates the default configuration: d = 5, K = 3, N = 512, 300 steps, η = 0.2.
    public init() {}
  }

  /// Loss curves (index = steps taken, 0 … steps) for both models and both starts.
  public struct Curves: Equatable, Sendable {
    /// Linear regression, L = (1 / 2N) ‖Xw + b − y‖², from all-equal weights.
    public var linearFromEqual: [Double]
    /// Linear regression from random weights.
    public var linearFromRandom: [Double]
    /// Softmax regression, mean cross-entropy, from all-equal weights.
    public var softmaxFromEqual: [Double]
    /// Softmax regression from random weights.
    public var softmaxFromRandom: [Double]
  }

  /// Trains both models from `equal` and from `random` initial weights (biases start at 0).
  ///
  /// Data: x ~ N(0, I_d); linear targets y = x·w* + 0.5 + 0.1 ε with w*_i = (−1)^i (i+1)/d;
  /// softmax labels sampled from softmax(x V*) with V*_{ik} = cos(i + 2k).
  /// - Parameters:
  ///   - equal: An all-equal scheme, e.g. `constant:value=0.5` (the default).
  ///   - random: A random scheme, e.g. `normal:sigma=1` (the default).
  /// - Throws: `AnalysisError` for non-positive sizes or from weight sampling.
  public static func run(
    equal: WeightInitializer = .constant(0.5),
    random: WeightInitializer = .normal(sigma: 1),
    configuration c: Configuration = Configuration()
  ) throws -> Curves {
    for (name, value) in [
      ("feature count", c.featureCount), ("class count", c.classCount),
      ("sample count", c.sampleCount), ("steps", c.steps + 1),
    ] where value < 1 {
      throw AnalysisError.invalidShape(what: name, value: value, expected: "at least 1")
    }
    let d = c.featureCount
    let k = c.classCount
    var rng = SeededGenerator(seed: c.seed, stream: SeededGenerator.streamID("regression"))

    // 1. Data.
    let x = (0..<c.sampleCount).map { _ in (0..<d).map { _ in rng.nextNormal() } }
    let wStar = (0..<d).map { Double($0 % 2 == 0 ? 1 : -1) * Double($0 + 1) / Double(d) }
    let y = x.map { row in
      zip(row, wStar).reduce(0.5) { $0 + $1.0 * $1.1 } + 0.1 * rng.nextNormal()
    }
    let labels = x.map { row -> Int in
      let logits = (0..<k).map { j in
        row.indices.reduce(0) { $0 + row[$1] * _cos(Double($1 + 2 * j)) }
      }
      return sample(probabilities: softmax(logits), using: &rng)
    }

    // 2. Train from both starts; random weights come from one stream per initializer.
    func weights(_ i: WeightInitializer, fanOut: Int) throws -> [Double] {
      var g = SeededGenerator(seed: c.seed, stream: SeededGenerator.streamID("regression|\(i)"))
      return try i.makeWeights(fanIn: d, fanOut: fanOut, using: &g)
    }
    return Curves(
      linearFromEqual: linear(x, y, w: try weights(equal, fanOut: 1), c),
      linearFromRandom: linear(x, y, w: try weights(random, fanOut: 1), c),
      softmaxFromEqual: softmaxRegression(x, labels, w: try weights(equal, fanOut: k), c),
      softmaxFromRandom: softmaxRegression(x, labels, w: try weights(random, fanOut: k), c))
  }

  private static func linear(_ x: [[Double]], _ y: [Double], w start: [Double],
    _ c: Configuration) -> [Double]
  {
    var w = start
    var b = 0.0
    let n = Double(y.count)
    var losses: [Double] = []
    for step in 0...c.steps {
      var gw = [Double](repeating: 0, count: w.count)
      var gb = 0.0
      var loss = 0.0
      for (row, target) in zip(x, y) {
        let e = zip(row, w).reduce(b) { $0 + $1.0 * $1.1 } - target
        loss += e * e
        gb += e
        for i in row.indices { gw[i] += e * row[i] }
      }
      losses.append(loss / (2 * n))
      guard step < c.steps else { break }
      for i in w.indices { w[i] -= c.learningRate * gw[i] / n }
      b -= c.learningRate * gb / n
    }
    return losses
  }

  private static func softmaxRegression(_ x: [[Double]], _ labels: [Int], w start: [Double],
    _ c: Configuration) -> [Double]
  {
    let k = c.classCount
    var w = start  // d × K row-major
    var b = [Double](repeating: 0, count: k)
    let n = Double(labels.count)
    var losses: [Double] = []
    for step in 0...c.steps {
      var gw = [Double](repeating: 0, count: w.count)
      var gb = [Double](repeating: 0, count: k)
      var loss = 0.0
      for (row, label) in zip(x, labels) {
        let logits = (0..<k).map { j in row.indices.reduce(b[j]) { $0 + row[$1] * w[$1 * k + j] } }
        let p = softmax(logits)
        loss -= _log(p[label])
        for j in 0..<k {
          let e = p[j] - (j == label ? 1 : 0)
          gb[j] += e
          for i in row.indices { gw[i * k + j] += e * row[i] }
        }
      }
      losses.append(loss / n)
      guard step < c.steps else { break }
      for i in w.indices { w[i] -= c.learningRate * gw[i] / n }
      for j in 0..<k { b[j] -= c.learningRate * gb[j] / n }
    }
    return losses
  }

  /// softmax(v)_j = e^(v_j − max v) / Σ e^(v_i − max v).
  static func softmax(_ v: [Double]) -> [Double] {
    let top = v.max() ?? 0
    let e = v.map { _exp($0 - top) }
    let total = e.reduce(0, +)
    return e.map { $0 / total }
  }

  private static func sample(probabilities p: [Double], using rng: inout SeededGenerator)
    -> Int
  {
    let u = rng.nextUniform()
    var cumulative = 0.0
    for (j, pj) in p.enumerated() {
      cumulative += pj
      if u < cumulative { return j }
    }
    return p.count - 1
  }
}
