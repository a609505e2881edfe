import Testing
@testable import Analysis

@Suite("Chapter experiments")
struct ExperimentTests {
  @Test("Constant initialization keeps exactly one distinct hidden unit at every step")
  func symmetryConstant() throws {
    let steps = try SymmetryExperiment.run(
      initializer: .constant(0.3), configuration: SymmetryExperiment.Configuration())
    #expect(steps.count == 201)
    #expect(steps.allSatisfy { $0.distinctUnitCount == 1 && $0.maxUnitDistance == 0 })
    // Training still moves the (shared) weights and lowers the loss.
    #expect(steps[200].loss < steps[0].loss)
    #expect(steps[200].hiddenWeights[0] != steps[0].hiddenWeights[0])
  }

  @Test("Random initialization keeps all five hidden units distinct")
  func symmetryRandom() throws {
    let steps = try SymmetryExperiment.run(
      initializer: WeightInitializer(.xavierUniform),
      configuration: SymmetryExperiment.Configuration())
    #expect(steps.allSatisfy { $0.distinctUnitCount == 5 })
    #expect(steps[200].loss < steps[0].loss)
  }

  @Test("Linear and softmax regression reach the same loss from equal and random weights")
  func regressionExercise() throws {
    var c = RegressionExercise.Configuration()
    c.steps = 600
    c.sampleCount = 256
    let curves = try RegressionExercise.run(configuration: c)
    // Linear: gradient descent contracts the error by ≈ (1 − η λ_min)^t with λ_min ≈ 0.7
    // for N = 256 standard-normal rows in 5 dimensions: (1 − 0.14)^600 ≈ 1e-39, so both runs
    // reach the least-squares loss to rounding (1e-12 relative).
    let a = curves.linearFromEqual.last!
    let b = curves.linearFromRandom.last!
    #expect(abs(a - b) <= 1e-12 * a)
    // Softmax: convex but only linearly convergent with a smaller curvature; after 600 steps
    // the two losses agree to better than 1e-4 relative.
    let s = curves.softmaxFromEqual.last!
    let t = curves.softmaxFromRandom.last!
    #expect(abs(s - t) <= 1e-4 * s)
    #expect(curves.softmaxFromEqual.count == 601)
    #expect(curves.linearFromRandom[0] > 10 * b)
  }

  @Test("Orthogonal deep-linear Jacobians have all singular values 1; Gaussian ones spread")
  func dynamicalIsometry() throws {
    // Products of orthogonal matrices are orthogonal; rounding grows ~ depth · n ε ≈ 1e-12.
    let orthogonal = try JacobianSpectrum.singularValues(
      initializer: .orthogonal(), width: 64, depth: 16, seed: 1)
    #expect(orthogonal.allSatisfy { abs($0 - 1) < 1e-10 })
    // Gaussian N(0, 1/n): the condition number of a 16-layer product at n = 64 grows
    // roughly like exp(c · depth); it exceeds 100 by a wide margin.
    let gaussian = try JacobianSpectrum.singularValues(
      initializer: .normal(sigma: 1 / 8.0), width: 64, depth: 16, seed: 1)
    #expect(gaussian.first! / gaussian.last! > 100)
    #expect(gaussian == gaussian.sorted(by: >))
  }

  @Test("The tanh phase diagram vanishes below σ_w² = 1 and explodes above")
  func phaseDiagram() throws {
    // Depth 20, width 64. Ordered phase σ_w² = 0.5: the signal decays to q → 0 where tanh is
    // linear, so each layer scales the gradient by ≈ sqrt(0.5): rms(G₁) / rms(G_20) ≈
    // 0.5^9.5 ≈ 1.4e-3 < 0.01. Chaotic phase σ_w² = 4: χ = σ_w² E[φ′(z)²] > 1, so the
    // ratio exceeds 1. Theory agrees in direction.
    let diagram = try PhaseDiagram.tanh(
      depths: [20], weightVariances: [0.5, 4], width: 64, batchSize: 64, jobs: 2)
    #expect(diagram.measured[0][0] < 0.01)
    #expect(diagram.measured[0][1] > 1)
    #expect(diagram.predicted[0][0] < 0.01)
    #expect(diagram.predicted[0][1] > 1)
  }
}
