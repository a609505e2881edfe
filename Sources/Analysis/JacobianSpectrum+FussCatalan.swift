import Foundation

// Design note: the limit law of a product of L independent n × n matrices with i.i.d.
// zero-mean entries of variance 1/n, as n → ∞: its squared singular values follow the
// Fuss–Catalan distribution of order L (Penson and Życzkowski, 2011, "Product of Ginibre
// matrices: Fuss–Catalan and Raney distributions"; universality for i.i.d. entries:
// Alexeev, Götze and Tikhomirov, 2010, "Asymptotic distribution of singular values of
// powers of random matrices"). Its moments are the Fuss–Catalan numbers, E[x] = 1 and
// E[x²] = L + 1. The density has no closed form in x but a closed parametrization
// (Haagerup and Möller, 2012, "The law of large numbers for the free multiplicative
// convolution"; Neuschel, 2014, "Plancherel–Rotach formulae for average characteristic
// polynomials of products of Ginibre random matrices and the Fuss–Catalan distribution"):
//
//     x(φ) = sin^(L+1)((L+1)φ) / (sin φ · sin^L(Lφ)),   0 < φ < π / (L+1),
//
// which runs from the upper edge (L+1)^(L+1) / L^L at φ → 0 down to 0. The probability
// mass per unit φ is then bounded and smooth,
//
//     f(φ) = (1/π) · (sin φ / sin Lφ)
//            · |(L+1)² cos((L+1)φ) − sin((L+1)φ) (cot φ + L² cot Lφ)|,
//
// so quantiles come from integrating f on a uniform φ grid (midpoint rule) and inverting
// by linear interpolation in φ; x(φ) itself is evaluated exactly, in logs.

extension JacobianSpectrum {
  /// The upper edge of the singular values of a product of `depth` Gaussian matrices with
  /// Var = 1/n as n → ∞: `√((L + 1)^(L+1) / L^L)`, 2 for one matrix (the quarter-circle law)
  /// and about √(e (L + 1)) for large L. Float64, computed in logs (a few ulps).
  /// - Precondition: `depth ≥ 1`.
  public static func gaussianEdge(depth: Int) -> Double {
    precondition(depth >= 1, "depth must be at least 1, got \(depth)")
    let l = Double(depth)
    return exp(((l + 1) * log(l + 1) - l * log(l)) / 2)
  }

  /// The singular values an infinitely wide product of `depth` matrices with i.i.d.
  /// zero-mean entries of variance 1/n has at `count` evenly spread ranks, largest first:
  /// value i is the singular value with a fraction (i + 1/2) / count of the spectrum above
  /// it, i.e. `√Q(1 − (i + 1/2) / count)` with Q the Fuss–Catalan quantile function.
  ///
  /// Compare them with the sorted singular values of one n × n product (`count = n`);
  /// for variance v/n instead of 1/n multiply by `(n v)^(L/2)`.
  /// - Parameters:
  ///   - depth: The number of factors L, at least 1.
  ///   - count: The number of values, at least 1.
  ///   - gridSize: Midpoint-rule intervals in φ; the tail masses are normalised by the
  ///     computed total, whose error is below 10⁻⁶ for 4096 intervals and L ≤ 64.
  /// - Returns: `count` values in [0, gaussianEdge(depth:)], non-increasing; the
  ///   smallest may underflow to 0 for large L.
  /// - Precondition: `depth ≥ 1`, `count ≥ 1`, `gridSize ≥ 16`.
  /// - Complexity: O(gridSize + count).
  public static func gaussianSingularValues(depth: Int, count: Int, gridSize: Int = 4096)
    -> [Double]
  {
    precondition(depth >= 1 && count >= 1 && gridSize >= 16,
      "need depth ≥ 1, count ≥ 1, grid ≥ 16; got \(depth), \(count), \(gridSize)")
    let s = Double(depth)
    let end = Double.pi / (s + 1)
    let h = end / Double(gridSize)

    // 1. Tail mass P(X ≥ x(φ_k)) at the grid points φ_k = k h.
    var tail = [Double](repeating: 0, count: gridSize + 1)
    for k in 0..<gridSize {
      tail[k + 1] = tail[k] + massDensity(at: (Double(k) + 0.5) * h, order: s) * h
    }
    let total = tail[gridSize]

    // 2. Invert: find φ with tail mass (i + 1/2) / count, then evaluate x(φ) exactly.
    var values: [Double] = []
    values.reserveCapacity(count)
    var k = 0
    for i in 0..<count {
      let target = (Double(i) + 0.5) / Double(count) * total
      while k < gridSize - 1 && tail[k + 1] < target { k += 1 }
      let step = tail[k + 1] - tail[k]
      let fraction = step > 0 ? (target - tail[k]) / step : 0
      let phi = (Double(k) + fraction) * h
      values.append(exp(logSquaredValue(at: phi, order: s) / 2))
    }
    return values
  }

  /// f(φ), the Fuss–Catalan probability mass per unit φ (see the design note).
  private static func massDensity(at phi: Double, order s: Double) -> Double {
    let a = (s + 1) * phi
    let bracket = (s + 1) * (s + 1) * cos(a)
      - sin(a) * (cos(phi) / sin(phi) + s * s * cos(s * phi) / sin(s * phi))
    return sin(phi) / sin(s * phi) * abs(bracket) / Double.pi
  }

  /// log x(φ); −∞ at φ = π / (L + 1).
  private static func logSquaredValue(at phi: Double, order s: Double) -> Double {
    if phi <= 0 { return (s + 1) * log(s + 1) - s * log(s) }
    let a = max(sin((s + 1) * phi), 0)
    return (s + 1) * log(a) - log(sin(phi)) - s * log(sin(s * phi))
  }
}
