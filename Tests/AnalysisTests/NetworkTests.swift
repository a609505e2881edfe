import Testing
@testable import Analysis

@Suite("Network forward and backward passes")
struct NetworkTests {
  @Test("An identity network's per-layer RMS gain is sqrt(n Var[W]) (MXNet default, n = 256)")
  func identityGain() throws {
    // MXNet's default U(±0.07) at n = 256: n Var[W] = 256 · 0.07² / 3 = 0.41813, so each
    // layer multiplies the RMS by sqrt(0.41813) ≈ 0.6466. For B = n = 256 the squared gain of
    // one layer has relative standard deviation ≈ sqrt(2 (1/n + 1/B) / n) ≈ 0.0078 (less for
    // uniform weights), so the gain's is ≈ 0.004: 5 SE = 2% per layer. The geometric mean
    // over 20 layers has SE 0.004 / sqrt(20) ≈ 0.0009: 5 SE = 0.5%.
    let config = NetworkConfiguration(
      width: 256, depth: 20, initializer: WeightInitializer(.mxnetDefault),
      activation: Activation(.identity), precision: .float64)
    let m = try Network.measure(config, seed: 1)
    let expected = (256 * 0.07 * 0.07 / 3).squareRoot()
    for layer in m.layers.dropFirst() {
      #expect(abs(layer.forwardGain! / expected - 1) < 0.02, "layer \(layer.layer)")
    }
    let mean = _exp(_log(m.layers[20].activation.rms / m.layers[0].activation.rms) / 20)
    #expect(abs(mean / expected - 1) < 0.005)
  }

  @Test("ReLU with Kaiming-normal weights keeps the forward RMS: mean squared gain 1")
  func reluKaiming() throws {
    // Var[W] = 2/n and E[relu(z)²] = q/2 make the expected squared gain E[h_l²] / E[h_{l−1}²]
    // exactly 1, while Xavier-normal (Var = 1/n) halves it. Single layers fluctuate: the log
    // squared norm of a ReLU net has variance ≈ 5/n per layer (Hanin and Rolnick, 2018,
    // "How to start training: the effect of initialization and architecture"), a relative
    // SE ≈ 0.14 per layer at n = 256. Averaging 20 layers × 2 seeds = 40 gains gives SE
    // ≈ 0.022, so 0.11 is 5 SE (0.055 for Xavier's 0.5).
    func meanSquaredGain(_ initializer: String) throws -> Double {
      var gains: [Double] = []
      for seed in UInt64(0)..<2 {
        let config = NetworkConfiguration(
          width: 256, depth: 20, initializer: try WeightInitializer(parsing: initializer),
          activation: Activation(.relu), precision: .float32)
        let m = try Network.measure(config, seed: seed)
        gains += m.layers.dropFirst().map { $0.forwardGain! * $0.forwardGain! }
      }
      return gains.reduce(0, +) / Double(gains.count)
    }
    #expect(abs(try meanSquaredGain("kaiming-normal:nonlinearity=relu") - 1) < 0.11)
    #expect(abs(try meanSquaredGain("xavier-normal") - 0.5) < 0.055)

    // About half of the ReLU outputs are exactly zero (SE sqrt(1/4 / 65 536) ≈ 0.002; the
    // fraction varies more across layers, allow 0.05).
    let config = NetworkConfiguration(
      width: 256, depth: 10, initializer: try WeightInitializer(parsing: "kaiming-normal"),
      activation: Activation(.relu))
    let m = try Network.measure(config, seed: 2)
    #expect(abs(m.layers[10].activation.zeroFraction - 0.5) < 0.05)
  }

  @Test("Backward-pass gradients match central finite differences in float64", arguments: [
    Activation(.tanh), Activation(.sigmoid), Activation(.gelu), Activation(.softplus),
    Activation(.selu), Activation(.leakyReLU, slope: 0.1), Activation(.identity),
  ])
  func gradientCheck(_ phi: Activation) throws {
    // L = Σ G ⊙ H_L with the run's fixed output gradient G. Central differences with step
    // 1e-6 have truncation error O(1e-12 · |L'''|) and rounding error O(1e-16 · |L| / 1e-6);
    // both stay below 1e-7 for these small nets, so compare at 1e-6 · max(1, |g|).
    let config = NetworkConfiguration(
      widths: [5, 7, 6, 4], initializer: WeightInitializer(.xavierNormal), activation: phi,
      batchSize: 3, precision: .float64)
    let trace = try Network.trace(config, seed: 4)
    let weights = try Network.weights(config, seed: 4)
    let step = 1e-6
    func loss(_ w: [[Double]], _ x: [Double]) -> Double {
      let out = Reference.forward(x, weights: w, widths: config.widths, batch: 3, phi: phi)
      return zip(out, trace.outputGradient).reduce(0) { $0 + $1.0 * $1.1 }
    }

    for l in weights.indices {
      for i in weights[l].indices {
        var plus = weights
        var minus = weights
        plus[l][i] += step
        minus[l][i] -= step
        let numeric = (loss(plus, trace.input) - loss(minus, trace.input)) / (2 * step)
        let analytic = trace.weightGradients[l][i]
        #expect(abs(numeric - analytic) < 1e-6 * max(1, abs(analytic)), "dW\(l + 1)[\(i)]")
      }
    }
    for i in trace.input.indices {
      var plus = trace.input
      var minus = trace.input
      plus[i] += step
      minus[i] -= step
      let numeric = (loss(weights, plus) - loss(weights, minus)) / (2 * step)
      let analytic = trace.inputGradient[i]
      #expect(abs(numeric - analytic) < 1e-6 * max(1, abs(analytic)), "dH0[\(i)]")
    }
  }

  @Test("A zero bias's gradient is the batch sum of the output gradient through identity")
  func biasGradient() throws {
    // With φ = identity, dL/db_L = Σ_batch G_L exactly as computed here in float64 from the
    // same float64 G_L; the two sums differ only in summation order (a few ulps).
    var config = NetworkConfiguration(
      widths: [3, 4, 5], initializer: WeightInitializer(.xavierNormal),
      activation: Activation(.identity), batchSize: 6, precision: .float64)
    config.hasZeroBias = true
    let m = try Network.measure(config, seed: 3)
    let g = try Network.trace(config, seed: 3).outputGradient
    let sums = (0..<5).map { j in (0..<6).reduce(0.0) { $0 + g[$1 * 5 + j] } }
    let rms = (sums.reduce(0) { $0 + $1 * $1 } / 5).squareRoot()
    #expect(abs(m.layers[2].biasGradient!.rms - rms) < 1e-14 * rms)
    #expect(m.layers[0].biasGradient == nil)
    config.hasZeroBias = false
    #expect(try Network.measure(config, seed: 3).layers[2].biasGradient == nil)
  }

  @Test("Float32 and float64 networks agree to float32 precision")
  func precisionsAgree() throws {
    // Same weights and data; float32 rounding of 64-term dot products over 5 layers keeps
    // the relative RMS difference near 5 · sqrt(64) · 6e-8 ≈ 2.4e-6; allow 1e-4.
    var config = NetworkConfiguration(
      width: 64, depth: 5, initializer: WeightInitializer(.kaimingNormal),
      activation: Activation(.tanh), batchSize: 32)
    let single = try Network.measure(config, seed: 8)
    config.precision = .float64
    let double = try Network.measure(config, seed: 8)
    for (a, b) in zip(single.layers, double.layers) {
      #expect(abs(a.activation.rms / b.activation.rms - 1) < 1e-4)
      #expect(abs(a.gradient.rms / b.gradient.rms - 1) < 1e-4)
    }
  }

  @Test("Statistics count inf and NaN and leave them out of the moments")
  func nonFiniteStatistics() {
    let x: [Float] = [1, -3, 0, .infinity, .nan, 0, 2, -.infinity, 4]
    let s = x.withUnsafeBufferPointer { TensorSummary.summarize($0) }
    // Finite entries 1, −3, 0, 0, 2, 4: mean 4/6, mean square 30/6 = 5, max |x| 4.
    #expect(s.count == 9)
    #expect(s.nonFiniteCount == 3)
    #expect(abs(s.mean - 4.0 / 6) < 1e-15)
    #expect(abs(s.rms - 5.0.squareRoot()) < 1e-15)
    #expect(s.maxAbs == 4)
    #expect(s.zeroFraction == 2.0 / 9)
  }

  @Test("Saturated fractions follow the tanh and sigmoid thresholds")
  func saturatedStatistics() {
    let x: [Double] = [0.995, -0.999, 0.5, 0.005, 0.98, 1, .nan, 0, 0.2, 0.991]
    let tanh = x.withUnsafeBufferPointer {
      TensorSummary.summarize($0, saturation: Activation(.tanh))
    }
    let sigmoid = x.withUnsafeBufferPointer {
      TensorSummary.summarize($0, saturation: Activation(.sigmoid))
    }
    // tanh: |h| > 0.99 → 0.995, −0.999, 1, 0.991 = 4 of 10. sigmoid: h < 0.01 or h > 0.99
    // → 0.995, −0.999, 0.005, 1, 0, 0.991 = 6 of 10. NaN counts for neither.
    #expect(tanh.saturatedFraction == 0.4)
    #expect(sigmoid.saturatedFraction == 0.6)
    #expect(tanh.saturatedFraction
      == Double(x.filter { Activation(.tanh).isSaturated($0) }.count) / 10)
  }

  @Test("Float32 saturated counts match isSaturated next to the bounds")
  func saturatedFloat32Bounds() {
    // The float32 pass compares against float32 bounds; the float32 values nearest ±0.99
    // and 0.01 on either side are where a wrongly rounded bound would miscount. 17 values
    // fill two full 8-lane blocks and one tail entry, so both code paths are checked.
    let edges: [Float] = [0.99, -0.99, 0.01].flatMap { [$0.nextDown, $0, $0.nextUp] }
    let x = edges + [0.5, 1, -1, 0, 0.2, 0.995, -0.3, 0.009]
    for kind in [Activation.Kind.tanh, .sigmoid] {
      let activation = Activation(kind)
      let s = x.withUnsafeBufferPointer { TensorSummary.summarize($0, saturation: activation) }
      let expected = x.filter { activation.isSaturated(Double($0)) }.count
      #expect(s.saturatedFraction == Double(expected) / Double(x.count), "\(kind)")
    }
  }

  @Test("Overflow in the forward pass is located and the run does not trap")
  func overflowLocated() throws {
    // Constant weights 3 at width 4: each layer multiplies by 4 · 3 = 12, so the float32
    // activations pass 3.4e38 after log(3.4e38) / log(12) ≈ 35.8 layers: first inf at 36.
    let config = NetworkConfiguration(
      width: 4, depth: 40, initializer: .constant(3), activation: Activation(.relu),
      batchSize: 2, inputs: .constant(1), outputGradient: .constant(1))
    let m = try Network.measure(config, seed: 0)
    #expect(m.forwardOverflowLayer == 36)
    #expect(m.layers[40].activation.nonFiniteCount == 8)
    #expect(m.backwardOverflowLayer != nil)
  }

  @Test("Invalid sizes are rejected with the bad value named")
  func invalidSizes() {
    #expect(throws: AnalysisError.invalidShape(what: "width", value: 0, expected: "at least 1")) {
      try Network.measure(
        NetworkConfiguration(
          width: 0, depth: 3, initializer: WeightInitializer(.zeros),
          activation: Activation(.relu)), seed: 0)
    }
    #expect(throws: AnalysisError.invalidShape(what: "depth", value: 0, expected: "at least 1")) {
      try Network.measure(
        NetworkConfiguration(
          width: 4, depth: 0, initializer: WeightInitializer(.zeros),
          activation: Activation(.relu)), seed: 0)
    }
  }
}

/// A float64 reference forward pass in plain loops, for gradient checks.
enum Reference {
  static func forward(
    _ x: [Double], weights: [[Double]], widths: [Int], batch: Int, phi: Activation
  ) -> [Double] {
    var h = x
    for l in 1..<widths.count {
      let nIn = widths[l - 1]
      let n = widths[l]
      var next = [Double](repeating: 0, count: batch * n)
      for b in 0..<batch {
        for j in 0..<n {
          var z = 0.0
          for i in 0..<nIn { z += h[b * nIn + i] * weights[l - 1][i * n + j] }
          next[b * n + j] = phi.value(z)
        }
      }
      h = next
    }
    return h
  }
}
