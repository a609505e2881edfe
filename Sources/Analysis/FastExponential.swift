// Design note: libm's tanhf and expf are scalar calls that dominate a tanh or sigmoid
// layer's non-GEMM time. For float32 networks these kernels evaluate the exponential in
// float64 with straight-line arithmetic (no calls, no traps), so loops over them vectorize;
// the float64 result is then rounded once to float32. Accuracy: the exponential's relative
// error is below 1e-14 on the clamped range, far under float32's 6e-8 rounding, so results
// are the correctly rounded float32 value in almost every case and within 1 ulp always.

/// exp(y) for y in [−700, 700] by range reduction y = k ln 2 + r, |r| ≤ ln 2 / 2, and the
/// degree-11 Taylor polynomial of e^r (truncation error ≤ 0.35¹² / 12! ≈ 7e-15).
///
/// Outside the range the exponent bits wrap and the result is meaningless; NaN gives NaN.
@inline(__always)
func fastExp(_ y: Double) -> Double {
  // Adding 1.5 · 2⁵² rounds y / ln 2 to the nearest integer k in the low mantissa bits.
  let shifter = 0x1.8p52
  let t = y * 1.4426950408889634 + shifter
  let k = t - shifter
  let kBits = t.bitPattern &- shifter.bitPattern
  let r = (y - k * 0.6931471803691238) - k * 1.9082149292705877e-10
  var p = 1.0 / 39_916_800
  p = p * r + 1.0 / 3_628_800
  p = p * r + 1.0 / 362_880
  p = p * r + 1.0 / 40_320
  p = p * r + 1.0 / 5_040
  p = p * r + 1.0 / 720
  p = p * r + 1.0 / 120
  p = p * r + 1.0 / 24
  p = p * r + 1.0 / 6
  p = p * r + 0.5
  p = p * r + 1
  p = p * r + 1
  return p * Double(bitPattern: (kBits &+ 1023) << 52)
}

/// tanh for float32 networks: `1 − 2 / (e^(2|x|) + 1)` in float64 with the sign restored,
/// `x` itself for |x| < 2⁻¹² (where tanh x = x in float32), ±1 beyond |x| = 20, NaN kept.
func fastTanh(_ z: UnsafePointer<Float>, into h: UnsafeMutablePointer<Float>, count: Int) {
  for i in 0..<count {
    let x = Double(z[i])
    let a = x.magnitude
    let e = fastExp(a < 20 ? 2 * a : 40)
    var t = 1 - 2 / (e + 1)
    t = a < 0x1p-12 ? a : t
    t = x < 0 ? -t : t
    h[i] = x != x ? z[i] : Float(t)
  }
}

/// The logistic sigmoid for float32 networks: `1 / (1 + e^(−x))` in float64 with −x clamped
/// to [−120, 120] (beyond which float32 gives exactly 0 or 1 anyway); NaN propagates.
func fastSigmoid(_ z: UnsafePointer<Float>, into h: UnsafeMutablePointer<Float>, count: Int) {
  for i in 0..<count {
    var y = -Double(z[i])
    y = y > 120 ? 120 : y
    y = y < -120 ? -120 : y
    h[i] = Float(1 / (1 + fastExp(y)))
  }
}
