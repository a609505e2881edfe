// Design note: one measurement = sample weights, forward pass, backward pass, summaries.
// Priorities: (1) deterministic from (configuration, seed) alone, (2) GEMM-bound, (3) memory
// O(depth · batch · width). Weights come from the stream keyed by the initializer, widths
// and weight scale, and data (inputs, output gradient, targets) from the stream keyed by
// the input and output shapes, so that every activation sees the same weights and every
// initializer the same data. Weights are drawn in float64 and rounded once to the
// network's precision, so float32 and float64 networks start from the same matrices.
// Storage: H_0…H_L, Z_1…Z_L and W_1…W_L (for the identity H_l is Z_l's buffer); Z_l is
// overwritten by dL/dZ_l on the way back.

/// Runs bias-free MLPs forward and backward and measures every layer.
public enum Network {
  /// Measures one network: per-layer summaries of Z, H, G = dL/dH and dW, gains, and the
  /// first overflowing or underflowing layer in each direction.
  ///
  /// Uses cblas_sgemm (float32) or cblas_dgemm (float64), row-major, three per layer:
  /// ```
  /// forward   Z_l = H_{l−1} W_l
  /// backward  dW_l = H_{l−1}ᵀ G_z,   G_{l−1} = G_z W_lᵀ,   G_z = G_l ⊙ φ′(Z_l)
  /// ```
  /// Statistics accumulate in float64; inf and NaN are counted, never trapped on.
  /// - Throws: `AnalysisError` from `configuration.validate()` or weight sampling.
  /// - Complexity: O(depth · batch · width²) time, O(depth · (batch + width) · width) memory.
  public static func measure(_ configuration: NetworkConfiguration, seed: UInt64) throws
    -> NetworkMeasurement
  {
    try measure(configuration, seed: seed, weights: nil)
  }

  /// `measure`, reusing `weights` when given; they must be
  /// `RoundedWeights(configuration, seed: seed)`, which sweeps share between cells that
  /// differ only in activation.
  ///
  /// - Precondition: `weights`, if given, has the configuration's precision.
  package static func measure(
    _ configuration: NetworkConfiguration, seed: UInt64, weights: RoundedWeights?
  ) throws -> NetworkMeasurement {
    try configuration.validate()
    if let weights {
      precondition(
        weights.precision == configuration.precision
          && weights.count == configuration.depth,
        "shared weights (\(weights.precision), \(weights.count) layers) do not fit "
          + "\(configuration.precision), depth \(configuration.depth)")
    }
    switch configuration.precision {
    case .float32: return try Runner<Float>(configuration, seed: seed, weights: weights).run()
    case .float64: return try Runner<Double>(configuration, seed: seed, weights: weights).run()
    }
  }

  /// The key of the weight stream: cells with equal keys and seeds draw equal weights.
  package static func weightKey(_ configuration: NetworkConfiguration) -> String {
    let c = configuration
    return "weights|\(c.initializer)|\(c.widths)|\(c.weightScale)"
  }

  /// Runs `measure` and also returns the raw input, output gradient, weight gradients and
  /// input gradient, converted to float64, for gradient checks in tests.
  ///
  /// - Throws: As `measure`.
  package static func trace(_ configuration: NetworkConfiguration, seed: UInt64) throws
    -> NetworkTrace
  {
    try configuration.validate()
    var trace = NetworkTrace()
    switch configuration.precision {
    case .float32: _ = try Runner<Float>(configuration, seed: seed).run(trace: &trace)
    case .float64: _ = try Runner<Double>(configuration, seed: seed).run(trace: &trace)
    }
    return trace
  }

  /// The float64 weight matrices the measurement with this configuration and seed uses
  /// (before rounding to the network's precision), `W_1 … W_L`, each row-major.
  ///
  /// - Throws: `AnalysisError` from weight sampling.
  public static func weights(_ configuration: NetworkConfiguration, seed: UInt64) throws
    -> [[Double]]
  {
    let c = configuration
    let key = weightKey(c)
    var rng = SeededGenerator(seed: seed, stream: SeededGenerator.streamID(key))
    return try (1..<c.widths.count).map { l in
      let w = try c.initializer.makeWeights(
        fanIn: c.widths[l - 1], fanOut: c.widths[l], using: &rng)
      return c.weightScale == 1 ? w : w.map { $0 * c.weightScale }
    }
  }
}

/// Storage for one matrix, written before it is read, taken from and returned to the
/// creating thread's `BufferPool` (a `Runner` never shares storage across threads).
private final class Storage<T: NetworkScalar> {
  let count: Int
  let pointer: UnsafeMutablePointer<T>
  private let pool: BufferPool

  init(_ count: Int) {
    self.count = count
    pool = BufferPool.current
    // Left uninitialized: T is a trivial type and every use writes before it reads.
    pointer = pool.take(count * MemoryLayout<T>.stride)
      .bindMemory(to: T.self, capacity: max(count, 1))
  }

  deinit { pool.give(UnsafeMutableRawPointer(pointer), bytes: count * MemoryLayout<T>.stride) }

  var buffer: UnsafeBufferPointer<T> { UnsafeBufferPointer(start: pointer, count: count) }
}

private struct Runner<T: NetworkScalar> {
  let c: NetworkConfiguration
  let seed: UInt64
  let widths: [Int]
  let b: Int

  let sharedWeights: RoundedWeights?

  init(_ configuration: NetworkConfiguration, seed: UInt64, weights: RoundedWeights? = nil) {
    c = configuration
    self.seed = seed
    sharedWeights = weights
    widths = configuration.widths
    b = configuration.batchSize
  }

  /// Raw tensors captured for gradient checks when `trace` is non-nil.
  func run(trace: UnsafeMutablePointer<NetworkTrace>? = nil) throws -> NetworkMeasurement {
    let depth = c.depth
    let phi = c.activation
    let dataKey = "data|\(b)|\(widths[0])|\(widths[depth])"
    var data = SeededGenerator(seed: seed, stream: SeededGenerator.streamID(dataKey))

    // 1. Weights and inputs.
    let weights = try sharedWeights ?? RoundedWeights(c, seed: seed)
    // `w` points into `weights`' storage, which must outlive every GEMM below.
    defer { withExtendedLifetime(weights) {} }
    let w = (0..<depth).map { weights.matrix($0, as: T.self) }
    // The identity's H_l is Z_l itself: one buffer, no copy forward or backward.
    let isIdentity = phi.kind == .identity
    let z = [Storage<T>(0)] + widths.dropFirst().map { Storage<T>(b * $0) }
    let h = [Storage<T>(b * widths[0])]
      + (1...depth).map { isIdentity ? z[$0] : Storage<T>(b * widths[$0]) }
    let inputs: [Double]
    switch c.inputs {
    case .standardNormal: inputs = data.normals(count: h[0].count)
    case let .constant(x): inputs = [Double](repeating: x, count: h[0].count)
    }
    for i in inputs.indices { h[0].pointer[i] = T(inputs[i]) }

    // 2. Forward pass.
    var layers = [LayerMeasurement]()
    layers.reserveCapacity(depth + 1)
    let input = TensorSummary.summarize(h[0].buffer)
    layers.append(LayerMeasurement(
      layer: 0, width: widths[0], preactivation: nil, activation: input, gradient: input,
      weightGradient: nil))
    for l in 1...depth {
      T.gemm(
        transA: false, transB: false, m: b, n: widths[l], k: widths[l - 1],
        a: h[l - 1].pointer, lda: widths[l - 1], b: w[l - 1], ldb: widths[l],
        c: z[l].pointer, ldc: widths[l])
      if !isIdentity { phi.apply(z[l].pointer, into: h[l].pointer, count: z[l].count) }
      let zs = TensorSummary.summarize(z[l].buffer)
      let hs = isIdentity ? zs : TensorSummary.summarize(h[l].buffer, saturation: phi)
      layers.append(LayerMeasurement(
        layer: l, width: widths[l], preactivation: zs,
        activation: hs, gradient: hs, weightGradient: nil,
        forwardGain: ratio(hs.rms, layers[l - 1].activation.rms)))
    }

    trace?.pointee.input = h[0].buffer.map { Double($0) }

    // 3. Output gradient G_L.
    let maxWidth = widths.max()!
    var g = Storage<T>(b * maxWidth)
    var gPrevious = Storage<T>(b * maxWidth)
    let loss = outputGradient(into: g.pointer, output: h[depth], data: &data)
    trace?.pointee.outputGradient = (0..<(b * widths[depth])).map { Double(g.pointer[$0]) }
    trace?.pointee.weightGradients = Array(repeating: [], count: depth)
    layers[depth].gradient = summarize(g, count: b * widths[depth])

    // 4. Backward pass; Z_l's storage becomes G_z = G_l ⊙ φ′(Z_l), except for the
    //    identity, where G_z is G_l itself.
    let dW = Storage<T>(widths.indices.dropFirst().map { widths[$0 - 1] * widths[$0] }.max()!)
    for l in stride(from: depth, through: 1, by: -1) {
      let n = widths[l]
      let nIn = widths[l - 1]
      let gz = isIdentity ? g.pointer : z[l].pointer
      if !isIdentity {
        phi.multiplyByDerivative(g.pointer, z: gz, h: h[l].pointer, into: gz, count: b * n)
      }
      T.gemm(
        transA: true, transB: false, m: nIn, n: n, k: b, a: h[l - 1].pointer, lda: nIn,
        b: gz, ldb: n, c: dW.pointer, ldc: n)
      T.gemm(
        transA: false, transB: true, m: b, n: nIn, k: n, a: gz, lda: n,
        b: w[l - 1], ldb: n, c: gPrevious.pointer, ldc: nIn)
      layers[l].weightGradient = summarize(dW, count: nIn * n)
      if c.hasZeroBias { layers[l].biasGradient = biasGradient(gz, width: n) }
      trace?.pointee.weightGradients[l - 1] = (0..<(nIn * n)).map { Double(dW.pointer[$0]) }
      layers[l - 1].gradient = summarize(gPrevious, count: b * nIn)
      layers[l].backwardGain = ratio(layers[l - 1].gradient.rms, layers[l].gradient.rms)
      swap(&g, &gPrevious)
    }
    trace?.pointee.inputGradient = (0..<(b * widths[0])).map { Double(g.pointer[$0]) }
    return finish(layers, loss: loss)
  }

  /// Fills G_L and returns the loss (squared error only).
  private func outputGradient(
    into g: UnsafeMutablePointer<T>, output: Storage<T>, data: inout SeededGenerator
  ) -> Double? {
    let scale = 1 / Double(b)
    var loss = 0.0
    switch c.outputGradient {
    case .standardNormal:
      let noise = data.normals(count: output.count)
      for i in 0..<output.count { g[i] = T(noise[i]) }
    case let .constant(x):
      for i in 0..<output.count { g[i] = T(x) }
    case .squaredError:
      let targets = data.normals(count: output.count)
      for i in 0..<output.count {
        let residual = Double(output.pointer[i]) - targets[i]
        loss += residual * residual
        g[i] = T(residual * scale)
      }
    }
    return c.outputGradient == .squaredError ? loss * scale / 2 : nil
  }

  /// dL/db_l = Σ over the batch of G_z (column sums, accumulated in float64), summarized.
  private func biasGradient(_ gz: UnsafePointer<T>, width n: Int) -> TensorSummary {
    var sums = [Double](repeating: 0, count: n)
    for row in 0..<b {
      for j in 0..<n { sums[j] += Double(gz[row * n + j]) }
    }
    return sums.withUnsafeBufferPointer { TensorSummary.summarize($0) }
  }

  private func summarize(_ s: Storage<T>, count: Int) -> TensorSummary {
    TensorSummary.summarize(UnsafeBufferPointer(start: s.pointer, count: count))
  }

  private func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
    denominator == 0 ? nil : numerator / denominator
  }

  private func finish(_ layers: [LayerMeasurement], loss: Double?) -> NetworkMeasurement {
    let body = layers.dropFirst()
    let forwardOverflow = body.first {
      $0.activation.nonFiniteCount > 0 || ($0.preactivation?.nonFiniteCount ?? 0) > 0
    }
    let backward = layers.reversed()
    let backwardOverflow = backward.first {
      $0.gradient.nonFiniteCount > 0 || ($0.weightGradient?.nonFiniteCount ?? 0) > 0
    }
    return NetworkMeasurement(
      configuration: c, seed: seed, layers: layers, loss: loss,
      forwardOverflowLayer: forwardOverflow?.layer,
      forwardUnderflowLayer: body.first { $0.activation.isAllZero }?.layer,
      backwardOverflowLayer: backwardOverflow?.layer,
      backwardUnderflowLayer: backward.first { $0.gradient.isAllZero }?.layer)
  }
}
