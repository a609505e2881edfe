import CBLAS

/// Singular values of a deep linear network's input–output Jacobian, the measure of
/// dynamical isometry (Saxe et al., 2014, "Exact solutions to the nonlinear dynamics of
/// learning in deep linear neural networks"; Pennington et al., 2017, "Resurrecting the
/// sigmoid in deep learning through dynamical isometry").
public enum JacobianSpectrum {
  /// The singular values, descending, of J = W_1 W_2 ⋯ W_L for a linear network of `depth`
  /// square layers of `width` (row vectors: h_L = h_0 J).
  ///
  /// Orthogonal weights give J orthogonal, so every singular value is 1 (up to rounding,
  /// about depth · 1e-15); Gaussian weights with Var = 1/n keep the mean squared singular
  /// value at 1 but spread the spectrum more with every layer. The weights are exactly
  /// those `Network.weights` draws for the same initializer, width, depth and seed.
  /// Products use cblas_dgemm, singular values LAPACK dgesdd, all in float64.
  /// - Throws: `AnalysisError` for non-positive sizes, from sampling, or from dgesdd.
  /// - Complexity: O(depth · width³).
  public static func singularValues(
    initializer: WeightInitializer, width: Int, depth: Int, seed: UInt64
  ) throws -> [Double] {
    let config = NetworkConfiguration(
      width: width, depth: depth, initializer: initializer, activation: Activation(.identity),
      precision: .float64)
    try config.validate()
    let weights = try Network.weights(config, seed: seed)

    var product = weights[0]
    var next = [Double](repeating: 0, count: width * width)
    let n = Int32(width)
    for w in weights.dropFirst() {
      cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1, product, n, w, n, 0,
        &next, n)
      swap(&product, &next)
    }
    return try LinearAlgebra.singularValues(of: product, rows: width, columns: width)
  }
}
