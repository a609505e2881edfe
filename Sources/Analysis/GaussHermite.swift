/// Gauss–Hermite quadrature for Gaussian expectations E[f(z)], z ~ N(0, q).
///
/// Nodes and weights come from the Golub–Welsch algorithm (Golub and Welsch, 1969,
/// "Calculation of Gauss quadrature rules"): the nodes x_i are the eigenvalues of the
/// symmetric tridiagonal Jacobi matrix of the physicists' Hermite polynomials (zero
/// diagonal, off-diagonal sqrt(k / 2), k = 1 … n−1) and the weights are √π · v_{0i}², with
/// v_{0i} the first component of the i-th unit eigenvector. Then
///
/// ```
/// E[f(z)] = (1/√π) Σ_i w_i f(sqrt(2q) x_i)
/// ```
/// which is exact for polynomials f of degree ≤ 2n − 1. For functions with a kink (ReLU) it
/// converges more slowly; `MeanFieldTheory` uses closed forms there.
public struct GaussHermite: Sendable {
  /// The nodes x_i (roots of H_n), ascending.
  public let nodes: [Double]
  /// The normalized weights w_i / √π, which sum to 1.
  public let normalizedWeights: [Double]

  /// Computes the `order`-point rule.
  ///
  /// - Throws: `AnalysisError.invalidShape` when `order < 1`, and
  ///   `AnalysisError.lapackFailure` if `dstev` fails.
  public init(order: Int) throws {
    guard order >= 1 else {
      throw AnalysisError.invalidShape(
        what: "quadrature order", value: order, expected: "at least 1")
    }
    let off = (1..<max(order, 1)).map { (Double($0) / 2).squareRoot() }
    let (values, first) = try LinearAlgebra.tridiagonalEigen(
      diagonal: [Double](repeating: 0, count: order), offDiagonal: off)
    nodes = values
    normalizedWeights = first.map { $0 * $0 }
  }

  /// The 96-point rule used by the theory code: exact for polynomials up to degree 191 and
  /// accurate to about 1e-12 for the smooth activations on variances up to ~10³.
  public static let standard: GaussHermite = {
    do {
      return try GaussHermite(order: 96)
    } catch {
      preconditionFailure("Gauss–Hermite rule of order 96 failed: \(error)")
    }
  }()

  /// E[f(z)] for z ~ N(0, variance); `variance = 0` gives f(0).
  ///
  /// - Precondition: `variance ≥ 0` (NaN and +∞ propagate into the result).
  public func expectation(variance: Double, _ f: (Double) -> Double) -> Double {
    precondition(!(variance < 0), "variance must be non-negative, got \(variance)")
    let scale = (2 * variance).squareRoot()
    var sum = 0.0
    for (x, w) in zip(nodes, normalizedWeights) { sum += w * f(scale * x) }
    return sum
  }
}
