import CBLAS
import Foundation

/// The floating-point precision a network computes in; statistics are always float64.
public enum Precision: String, CaseIterable, Sendable {
  /// IEEE single precision (`Float`, BLAS `sgemm`).
  case float32
  /// IEEE double precision (`Double`, BLAS `dgemm`).
  case float64
}

/// A scalar the MLP can compute in: its GEMM and the elementary functions activations need.
///
/// Conformances exist for `Float` (cblas_sgemm, libm `tanhf`, …) and `Double`.
protocol NetworkScalar: BinaryFloatingPoint, Sendable {
  /// `C = op(A) · op(B)` (row-major; `transA`/`transB` select the transposes; β = 0), with
  /// C `m × n` and k the shared dimension.
  static func gemm(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
    a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
    c: UnsafeMutablePointer<Self>, ldc: Int)
  /// Eight consecutive values widened to float64.
  static func loadDoubles(_ p: UnsafePointer<Self>) -> SIMD8<Double>
  /// h = tanh(z) elementwise; float32 uses the vectorisable `fastTanh`.
  static func tanh(_ z: UnsafePointer<Self>, into h: UnsafeMutablePointer<Self>, count: Int)
  /// h = 1 / (1 + e^(−z)) elementwise; float32 uses the vectorisable `fastSigmoid`.
  static func sigmoid(_ z: UnsafePointer<Self>, into h: UnsafeMutablePointer<Self>, count: Int)
  static func exp(_ x: Self) -> Self
  static func erf(_ x: Self) -> Self
  static func log1p(_ x: Self) -> Self
}

extension Float: NetworkScalar {
  static func gemm(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
    c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    cblas_sgemm(
      CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
      blasint(m), blasint(n), blasint(k), 1, a, blasint(lda), b, blasint(ldb), 0, c,
      blasint(ldc))
  }

  static func loadDoubles(_ p: UnsafePointer<Float>) -> SIMD8<Double> {
    SIMD8<Double>(UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self))
  }

  static func tanh(_ z: UnsafePointer<Float>, into h: UnsafeMutablePointer<Float>, count: Int) {
    fastTanh(z, into: h, count: count)
  }

  static func sigmoid(
    _ z: UnsafePointer<Float>, into h: UnsafeMutablePointer<Float>, count: Int
  ) {
    fastSigmoid(z, into: h, count: count)
  }

  static func exp(_ x: Float) -> Float { Foundation.expf(x) }
  static func erf(_ x: Float) -> Float { Foundation.erff(x) }
  static func log1p(_ x: Float) -> Float { Foundation.log1pf(x) }
}

extension Double: NetworkScalar {
  static func gemm(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
    a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
    c: UnsafeMutablePointer<Double>, ldc: Int
  ) {
    cblas_dgemm(
      CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
      blasint(m), blasint(n), blasint(k), 1, a, blasint(lda), b, blasint(ldb), 0, c,
      blasint(ldc))
  }

  static func loadDoubles(_ p: UnsafePointer<Double>) -> SIMD8<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Double>.self)
  }

  static func tanh(_ z: UnsafePointer<Double>, into h: UnsafeMutablePointer<Double>, count: Int) {
    for i in 0..<count { h[i] = Foundation.tanh(z[i]) }
  }

  static func sigmoid(
    _ z: UnsafePointer<Double>, into h: UnsafeMutablePointer<Double>, count: Int
  ) {
    for i in 0..<count { h[i] = 1 / (1 + Foundation.exp(-z[i])) }
  }

  static func exp(_ x: Double) -> Double { Foundation.exp(x) }
  static func erf(_ x: Double) -> Double { Foundation.erf(x) }
  static func log1p(_ x: Double) -> Double { Foundation.log1p(x) }
}

/// Process-wide BLAS threading control.
package enum BLASThreads {
  /// Makes every BLAS call single-threaded, so that parallel sweep cells (one per core) do
  /// not oversubscribe the machine and GEMM results do not depend on a thread count.
  package static func useSingleThread() {
    openblas_set_num_threads(1)
  }
}
