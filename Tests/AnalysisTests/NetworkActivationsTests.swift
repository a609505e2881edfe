import Testing
@testable import Analysis

@Suite("Raw per-layer activations")
struct NetworkActivationsTests {
  /// A small network that still has several layers, a non-square batch and random weights.
  private static func network(
    _ initializer: WeightInitializer, _ activation: Activation.Kind, _ precision: Precision
  ) -> NetworkConfiguration {
    NetworkConfiguration(
      width: 24, depth: 5, initializer: initializer, activation: Activation(activation),
      batchSize: 7, precision: precision)
  }

  @Test(
    "Every layer's values summarize exactly to what Network.measure reports",
    arguments: [
      (WeightInitializer(.xavierUniform), Activation.Kind.tanh, Precision.float64),
      (WeightInitializer(.glorotStandard), .tanh, .float32),
      (WeightInitializer(.kaimingNormal), .relu, .float32),
      (WeightInitializer(.mxnetDefault), .sigmoid, .float64),
    ])
  func agreesWithMeasure(
    initializer: WeightInitializer, activation: Activation.Kind, precision: Precision
  ) throws {
    // Same weights, inputs, kernels and summation order, so the summaries are bit-identical.
    let config = Self.network(initializer, activation, precision)
    let values = try Network.activations(config, seed: 11)
    let measured = try Network.measure(config, seed: 11)

    #expect(values.count == config.depth + 1)
    for (l, layer) in values.enumerated() {
      #expect(layer.count == config.batchSize * config.widths[l])
      let summary = layer.withUnsafeBufferPointer {
        TensorSummary.summarize($0, saturation: l == 0 ? nil : config.activation)
      }
      #expect(summary == measured.layers[l].activation, "layer \(l)")
    }
  }

  @Test("Constant weights c and unit inputs give (n · c)^l in every entry")
  func constantWeights() throws {
    // Every entry of Z_l sums n = 4 products c · h = 0.5 · 2^(l−1), i.e. 2^l exactly; powers
    // of two are exact in float64, so the check is equality.
    let config = NetworkConfiguration(
      width: 4, depth: 6, initializer: .constant(0.5), activation: Activation(.identity),
      batchSize: 3, precision: .float64, inputs: .constant(1))
    let values = try Network.activations(config, seed: 0)

    for (l, layer) in values.enumerated() {
      let expected = Double(1 << l)
      #expect(layer.allSatisfy { $0 == expected }, "layer \(l)")
    }
  }

  @Test("A different seed draws different weights and inputs")
  func seedMatters() throws {
    let config = Self.network(WeightInitializer(.xavierUniform), .tanh, .float64)
    let a = try Network.activations(config, seed: 1)
    let b = try Network.activations(config, seed: 2)
    #expect(a[0] != b[0])
    #expect(a[5] != b[5])
  }

  @Test("A network of depth 0 is rejected with the measurement's message")
  func invalidDepth() {
    let config = NetworkConfiguration(
      width: 4, depth: 0, initializer: WeightInitializer(.xavierUniform),
      activation: Activation(.tanh))
    #expect(throws: AnalysisError.invalidShape(what: "depth", value: 0, expected: "at least 1")) {
      try Network.activations(config, seed: 0)
    }
  }
}
