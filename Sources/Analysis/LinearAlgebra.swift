import CBLAS

/// The LAPACK calls InitLab needs, wrapped so that no C type leaves this file.
///
/// All matrices crossing this API are row-major `[Double]`; conversion to LAPACK's
/// column-major layout happens here.
package enum LinearAlgebra {
  /// An `m × k` matrix with orthonormal columns (m ≥ k) from the QR decomposition of a
  /// column-major `m × k` matrix `a`, with each column j multiplied by sign(R_jj) so that
  /// the result is Haar-distributed when `a` is Gaussian (Mezzadri, 2007, "How to generate
  /// random matrices from the classical compact groups"). Returned column-major.
  ///
  /// Uses LAPACK `dgeqrf` then `dorgqr`.
  /// - Throws: `AnalysisError.lapackFailure` when either routine reports an error.
  /// - Precondition: `m ≥ k ≥ 1` and `a.count == m · k`.
  package static func orthonormalColumns(_ a: [Double], rows m: Int, columns k: Int) throws
    -> [Double]
  {
    precondition(m >= k && k >= 1 && a.count == m * k, "bad QR shape \(m) x \(k), \(a.count)")
    var q = a
    var tau = [Double](repeating: 0, count: k)
    var mm = Int32(m)
    var kk = Int32(k)
    var info: Int32 = 0

    // 1. Workspace query (lwork = -1), then the factorization A = QR.
    var lwork: Int32 = -1
    var size = 0.0
    dgeqrf_(&mm, &kk, &q, &mm, &tau, &size, &lwork, &info)
    lwork = Int32(max(size, Double(k)))
    var work = [Double](repeating: 0, count: Int(lwork))
    dgeqrf_(&mm, &kk, &q, &mm, &tau, &work, &lwork, &info)
    guard info == 0 else { throw AnalysisError.lapackFailure(routine: "dgeqrf", info: Int(info)) }
    let signs = (0..<k).map { q[$0 * m + $0] < 0 ? -1.0 : 1.0 }

    // 2. Form Q explicitly from the Householder reflectors.
    lwork = -1
    dorgqr_(&mm, &kk, &kk, &q, &mm, &tau, &size, &lwork, &info)
    lwork = Int32(max(size, Double(k)))
    work = [Double](repeating: 0, count: Int(lwork))
    dorgqr_(&mm, &kk, &kk, &q, &mm, &tau, &work, &lwork, &info)
    guard info == 0 else { throw AnalysisError.lapackFailure(routine: "dorgqr", info: Int(info)) }

    // 3. Fix the signs so Q does not depend on LAPACK's reflector convention.
    for j in 0..<k where signs[j] < 0 {
      for i in 0..<m { q[j * m + i] = -q[j * m + i] }
    }
    return q
  }

  /// The singular values, in descending order, of the row-major `m × n` matrix `a`
  /// (LAPACK `dgesdd`, values only).
  ///
  /// - Throws: `AnalysisError.lapackFailure` when `dgesdd` does not converge.
  /// - Precondition: `a.count == m · n` and both sizes are positive.
  /// - Complexity: O(m · n · min(m, n)).
  package static func singularValues(of a: [Double], rows m: Int, columns n: Int) throws
    -> [Double]
  {
    precondition(m > 0 && n > 0 && a.count == m * n, "bad SVD shape \(m) x \(n), \(a.count)")
    // A row-major m × n matrix is the column-major n × m matrix Aᵀ, which has the same
    // singular values, so no transpose is needed.
    var t = a
    var rows = Int32(n)
    var cols = Int32(m)
    var s = [Double](repeating: 0, count: min(m, n))
    var jobz = CChar(UInt8(ascii: "N"))
    var one: Int32 = 1
    var u = [0.0]
    var vt = [0.0]
    var iwork = [Int32](repeating: 0, count: 8 * min(m, n))
    var info: Int32 = 0
    var lwork: Int32 = -1
    var size = 0.0
    dgesdd_(&jobz, &rows, &cols, &t, &rows, &s, &u, &one, &vt, &one,
      &size, &lwork, &iwork, &info)
    lwork = Int32(size)
    var work = [Double](repeating: 0, count: Int(max(lwork, 1)))
    dgesdd_(&jobz, &rows, &cols, &t, &rows, &s, &u, &one, &vt, &one,
      &work, &lwork, &iwork, &info)
    guard info == 0 else { throw AnalysisError.lapackFailure(routine: "dgesdd", info: Int(info)) }
    return s
  }

  /// Eigenvalues (ascending) and the first component of each unit eigenvector of the
  /// symmetric tridiagonal matrix with `diagonal` and `offDiagonal` (LAPACK `dstev`).
  ///
  /// - Throws: `AnalysisError.lapackFailure` when `dstev` does not converge.
  /// - Precondition: `offDiagonal.count == diagonal.count - 1`.
  package static func tridiagonalEigen(diagonal: [Double], offDiagonal: [Double]) throws
    -> (values: [Double], firstComponents: [Double])
  {
    let n = diagonal.count
    precondition(n >= 1 && offDiagonal.count == n - 1, "bad tridiagonal sizes")
    var d = diagonal
    var e = offDiagonal + [0]
    var z = [Double](repeating: 0, count: n * n)
    var work = [Double](repeating: 0, count: max(1, 2 * n - 2))
    var nn = Int32(n)
    var jobz = CChar(UInt8(ascii: "V"))
    var info: Int32 = 0
    dstev_(&jobz, &nn, &d, &e, &z, &nn, &work, &info)
    guard info == 0 else { throw AnalysisError.lapackFailure(routine: "dstev", info: Int(info)) }
    // Column j of the column-major z is eigenvector j; its first entry is z[j * n].
    return (d, (0..<n).map { z[$0 * n] })
  }
}
