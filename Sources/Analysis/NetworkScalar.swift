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
  static func tanh(_ x: Self) -> Self
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

  static func tanh(_ x: Float) -> Float { Foundation.tanhf(x) }
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

  static func tanh(_ x: Double) -> Double { Foundation.tanh(x) }
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
