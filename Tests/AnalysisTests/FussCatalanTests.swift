import Foundation
import Testing
@testable import Analysis

@Suite("Singular values of infinitely wide Gaussian products")
struct FussCatalanTests {
  @Test("The edge is 2 for one matrix and √(27/4) for two")
  func edge() {
    // exp and log of small integers: a few ulps.
    #expect(abs(JacobianSpectrum.gaussianEdge(depth: 1) - 2) <= 1e-14)
    #expect(abs(JacobianSpectrum.gaussianEdge(depth: 2) - (27.0 / 4).squareRoot()) <= 1e-14)
  }

  @Test("One matrix follows the quarter-circle law")
  func quarterCircle() {
    // The singular values of one square Gaussian matrix (Var = 1/n) have
    // density √(4 − σ²) / π on [0, 2], so
    // P(σ ≤ t) = (t √(4 − t²) / 2 + 2 arcsin(t / 2)) / π.
    // Value i must leave the fraction (i + 1/2) / count above it; the midpoint rule on
    // 4096 intervals of a smooth density is accurate to about 10⁻⁷, so allow 10⁻⁶.
    let count = 50
    let values = JacobianSpectrum.gaussianSingularValues(depth: 1, count: count)
    for (i, t) in values.enumerated() {
      let below = (t * (4 - t * t).squareRoot() / 2 + 2 * asin(t / 2)) / Double.pi
      #expect(abs((1 - below) - (Double(i) + 0.5) / Double(count)) <= 1e-6)
    }
  }

  @Test(
    "Squared values have the Fuss–Catalan moments E[x] = 1 and E[x²] = L + 1",
    arguments: [2, 8, 32])
  func moments(depth: Int) {
    // Averaging the quantile function at `count` midpoints integrates it with an error
    // of at most (largest − smallest) / count for a monotone function: edge² / count for
    // x and edge⁴ / count for x².
    let count = 20_000
    let values = JacobianSpectrum.gaussianSingularValues(depth: depth, count: count)
    let edge2 = pow(JacobianSpectrum.gaussianEdge(depth: depth), 2)
    let mean = values.reduce(0) { $0 + $1 * $1 } / Double(count)
    let second = values.reduce(0) { $0 + pow($1, 4) } / Double(count)
    #expect(abs(mean - 1) <= edge2 / Double(count))
    #expect(abs(second - Double(depth + 1)) <= edge2 * edge2 / Double(count))
    #expect(zip(values, values.dropFirst()).allSatisfy { $0 >= $1 })
    #expect(values[0] <= JacobianSpectrum.gaussianEdge(depth: depth))
  }
}
