import Testing
@testable import Analysis

@Suite("Mean-field theory and quadrature")
struct TheoryTests {
  @Test("Gauss–Hermite integrates Gaussian moments exactly")
  func gaussHermiteMoments() throws {
    // A 20-point rule is exact for degree ≤ 39: E[z²] = q, E[z⁴] = 3q², E[z⁶] = 15q³ for
    // z ~ N(0, q). The eigen-solver leaves ~1e-14 relative error; allow 1e-12.
    let rule = try GaussHermite(order: 20)
    let q = 2.5
    #expect(abs(rule.normalizedWeights.reduce(0, +) - 1) < 1e-12)
    #expect(abs(rule.expectation(variance: q) { $0 * $0 } / q - 1) < 1e-12)
    #expect(abs(rule.expectation(variance: q) { $0 * $0 * $0 * $0 } / (3 * q * q) - 1) < 1e-12)
    let sixth = rule.expectation(variance: q) { _exp(6 * _log(abs($0))) }
    #expect(abs(sixth / (15 * q * q * q) - 1) < 1e-12)
  }

  @Test("Quadrature reproduces the ReLU closed form E[relu(z)²] = q/2 to 1e-4")
  func reluQuadrature() {
    // The kink at 0 limits Gauss–Hermite's accuracy; with 96 points the error is ~1e-5.
    let phi = Activation(.relu)
    let q = 1.7
    let numeric = GaussHermite.standard.expectation(variance: q) { phi.value($0) * phi.value($0) }
    #expect(abs(numeric / (q / 2) - 1) < 1e-4)
  }

  @Test("A linear network's theory is q_l = (n Var[W])^l q_0")
  func linearClosedForm() {
    // n = 128, Var = 0.07² / 3: n Var = 0.20907; each step is one multiplication, so the
    // result matches pow to a few ulps (1e-13 relative over 10 layers).
    let config = NetworkConfiguration(
      width: 128, depth: 10, initializer: WeightInitializer(.mxnetDefault),
      activation: Activation(.identity))
    let layers = MeanFieldTheory.predict(config)
    let factor = 128 * 0.07 * 0.07 / 3
    for l in 1...10 {
      let expected = _exp(Double(l) * _log(factor))
      #expect(abs(layers[l].preactivationSecondMoment / expected - 1) < 1e-13)
      #expect(abs(layers[10 - l].gradientSecondMoment / expected - 1) < 1e-13)
    }
  }

  @Test("ReLU theory halves the linear factor: Kaiming keeps q fixed")
  func reluTheory() throws {
    let config = NetworkConfiguration(
      width: 64, depth: 8,
      initializer: try WeightInitializer(parsing: "kaiming-normal:nonlinearity=relu"),
      activation: Activation(.relu))
    for layer in MeanFieldTheory.predict(config) {
      #expect(abs(layer.activationSecondMoment - 1) < 1e-14)
      #expect(abs(layer.gradientSecondMoment - 1) < 1e-14)
    }
  }

  @Test("Tanh theory predicts the measured RMS of a wide network within 5%")
  func tanhTheoryMatchesMeasurement() throws {
    // Width and batch 512, σ_w² = (5/3)² from Kaiming's tanh gain. Finite-width corrections
    // are O(1/n) and the sampling SE of one layer's RMS is ≈ 0.5% here; averaging over the
    // 8 layers, 5% leaves room for the O(1/n) drift that accumulates with depth.
    let config = NetworkConfiguration(
      width: 512, depth: 8,
      initializer: try WeightInitializer(parsing: "kaiming-normal:nonlinearity=tanh"),
      activation: Activation(.tanh), batchSize: 512)
    let theory = MeanFieldTheory.predict(config)
    let measured = try Network.measure(config, seed: 3)
    for l in 1...8 {
      let predicted = theory[l].activationSecondMoment.squareRoot()
      #expect(abs(measured.layers[l].activation.rms / predicted - 1) < 0.05, "layer \(l)")
      let z = theory[l].preactivationSecondMoment.squareRoot()
      #expect(abs(measured.layers[l].preactivation!.rms / z - 1) < 0.05, "layer \(l)")
    }
  }
}
