import Testing
@testable import Analysis

@Suite("Scalar chain through the network")
struct ScalarChainTests {
  /// A width-1 network with constant weight w and input 1 computes h_l = w^l exactly up to
  /// one rounding per layer.
  private func chain(weight: Double, depth: Int, precision: Precision) throws
    -> NetworkMeasurement
  {
    let config = NetworkConfiguration(
      width: 1, depth: depth,
      initializer: try WeightInitializer(.constant, settings: ["value": .number(weight)]),
      activation: Activation(.identity), batchSize: 1, precision: precision,
      inputs: .constant(1), outputGradient: .constant(1))
    return try Network.measure(config, seed: 0)
  }

  @Test("0.2^30 is about 1.07e-21 and 5^30 about 9.31e20 in float64")
  func thirtyLayers() throws {
    // 0.2^30 = 2^30 / 10^30 = 1.073741824e-21; 5^30 = 931322574615478515625 ≈ 9.3132e20.
    // Thirty roundings of 2^-53 each bound the relative error by 30 · 2^-53 < 1e-14.
    let small = try chain(weight: 0.2, depth: 30, precision: .float64)
    let large = try chain(weight: 5, depth: 30, precision: .float64)
    #expect(abs(small.layers[30].activation.rms / 1.073741824e-21 - 1) < 1e-14)
    #expect(abs(large.layers[30].activation.rms / 931322574615478515625.0 - 1) < 1e-14)
    #expect(ScalarChain.values(weight: 0.2, depth: 30)[30] == small.layers[30].activation.rms)
  }

  @Test("Float32 5^l first overflows at l = 56 and 0.2^l first flushes to zero at l = 65")
  func float32Limits() throws {
    // Float.greatestFiniteMagnitude ≈ 3.40e38: 5^55 ≈ 2.78e38 fits, 5^56 ≈ 1.39e39 does not.
    // The smallest subnormal is 2^-149 ≈ 1.40e-45: 0.2^64 ≈ 1.8e-45 rounds to it, while
    // 0.2^65 ≈ 3.7e-46 is below half of it and rounds to 0.
    let up = try chain(weight: 5, depth: 70, precision: .float32)
    let down = try chain(weight: 0.2, depth: 70, precision: .float32)
    #expect(up.forwardOverflowLayer == 56)
    #expect(down.forwardUnderflowLayer == 65)
    #expect(up.layers[55].activation.nonFiniteCount == 0)
    #expect(down.layers[64].activation.zeroFraction == 0)
  }

  @Test("Float64 5^l first overflows at l = 442 and 0.2^l first flushes to zero at l = 463")
  func float64Limits() throws {
    // Double.greatestFiniteMagnitude ≈ 1.80e308: 5^441 ≈ 1.78e308 just fits, 5^442 ≈ 8.9e308
    // does not. The smallest subnormal is 2^-1074 ≈ 4.94e-324: 0.2^462 ≈ 1.2e-323 survives,
    // 0.2^463 ≈ 2.4e-324 is below half of it and rounds to 0.
    let up = try chain(weight: 5, depth: 480, precision: .float64)
    let down = try chain(weight: 0.2, depth: 480, precision: .float64)
    #expect(up.forwardOverflowLayer == 442)
    #expect(down.forwardUnderflowLayer == 463)
  }
}
