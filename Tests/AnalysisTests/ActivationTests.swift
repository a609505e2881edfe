import Testing
@testable import Analysis

@Suite("Activations")
struct ActivationTests {
  @Test("The derivative matches a central finite difference", arguments:
    Activation.allCases + [Activation(.leakyReLU, slope: 0.3)])
  func derivative(_ phi: Activation) {
    // Central differences with h = 1e-5 have truncation error h² |φ'''| / 6 ≲ 1e-10 and
    // rounding error ε |φ| / h ≲ 1e-10 on [−4, 4]; allow 1e-7. Points avoid the kinks at 0.
    let h = 1e-5
    for z in stride(from: -4.0, through: 4.0, by: 0.37) where abs(z) > 1e-3 {
      let numeric = (phi.value(z + h) - phi.value(z - h)) / (2 * h)
      #expect(abs(numeric - phi.derivative(z)) < 1e-7, "φ′(\(z))")
    }
  }

  @Test("Recommended gains follow PyTorch's calculate_gain table")
  func gains() {
    #expect(Activation(.identity).recommendedGain == 1)
    #expect(Activation(.sigmoid).recommendedGain == 1)
    #expect(Activation(.tanh).recommendedGain == 5.0 / 3.0)
    #expect(Activation(.relu).recommendedGain == 2.0.squareRoot())
    #expect(Activation(.leakyReLU, slope: 0.2).recommendedGain == (2 / 1.04).squareRoot())
    #expect(Activation(.selu).recommendedGain == 0.75)
    #expect(WeightInitializer.gain(for: "leaky_relu", a: 5.0.squareRoot())
      == (1.0 / 3).squareRoot())
  }

  @Test("Fixed-point gains of softplus and GELU keep a unit second moment")
  func fixedPointGains() {
    // By definition g² E[φ(z)²] = 1 for z ~ N(0, 1); quadrature is accurate to ~1e-12.
    for kind in [Activation.Kind.softplus, .gelu] {
      let phi = Activation(kind)
      let g = phi.recommendedGain
      let m2 = MeanFieldTheory.activationSecondMoment(phi, variance: 1)
      #expect(abs(g * g * m2 - 1) < 1e-12)
    }
  }

  @Test("Float32 kernels agree with float64 evaluation", arguments: Activation.allCases)
  func float32Kernels(_ phi: Activation) {
    // tanh and sigmoid evaluate in float64 and round once: within one float32 ulp of the
    // correctly rounded value. The other kernels use float32 libm and a few float32
    // operations: within 4 ε · max(|φ(z)|, |z|) (the cancellation in 1 + erf(z/√2) for
    // negative z makes GELU's error absolute, scaled by |z|).
    var z: [Float] = stride(from: -30.0, through: 30.0, by: 0.0137).map { Float($0) }
    z += [0, 1e-30, -1e-6, 3e-4, 1e-3, 88, -88, 100, -100]
    var h = [Float](repeating: 0, count: z.count)
    phi.apply(z, into: &h, count: z.count)
    let roundsOnce = phi.kind == .tanh || phi.kind == .sigmoid
    for (x, y) in zip(z, h) {
      let exact = Float(phi.value(Double(x)))
      let tolerance = roundsOnce
        ? max(exact.ulp, Float.leastNonzeroMagnitude) * 1.01
        : 4 * Float.ulpOfOne * max(abs(exact), abs(x))
      #expect(abs(y - exact) <= tolerance, "φ(\(x)) = \(y), expected \(exact)")
    }
  }

  @Test("NaN propagates through every float32 kernel", arguments: Activation.allCases)
  func nanPropagates(_ phi: Activation) {
    let z: [Float] = [.nan]
    var h: [Float] = [0]
    phi.apply(z, into: &h, count: 1)
    #expect(h[0].isNaN)
  }

  @Test("Saturation thresholds: tanh beyond ±0.99, sigmoid outside [0.01, 0.99]")
  func saturation() {
    #expect(Activation(.tanh).isSaturated(0.995))
    #expect(!Activation(.tanh).isSaturated(0.98))
    #expect(Activation(.sigmoid).isSaturated(0.005))
    #expect(!Activation(.sigmoid).isSaturated(0.5))
    #expect(!Activation(.relu).isSaturated(100))
  }
}
