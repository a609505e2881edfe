// Design note: summaries run on every tensor of every layer, so they must cost far less
// than the layer's GEMMs. One pass accumulates in eight float64 lanes (SIMD8), which keeps
// the summation order fixed (bit-reproducible) while letting the compiler vectorize.
// Non-finite values are counted and left out of every other statistic, so one inf or NaN
// never hides the rest of the tensor and nothing traps.

/// Summary statistics of one tensor (all its entries), accumulated in float64.
public struct TensorSummary: Equatable, Sendable {
  /// Number of entries, finite or not.
  public var count: Int
  /// sqrt(mean of x²) over the finite entries (0 if there are none).
  public var rms: Double
  /// Mean over the finite entries.
  public var mean: Double
  /// Population standard deviation sqrt(E[x²] − E[x]²) over the finite entries (clamped at
  /// 0 against rounding).
  public var standardDeviation: Double
  /// max |x| over the finite entries.
  public var maxAbs: Double
  /// Fraction of all entries exactly equal to ±0.
  public var zeroFraction: Double
  /// Fraction of all entries the activation counts as saturated (see
  /// `Activation.isSaturated(_:)`); 0 for tensors other than activations.
  public var saturatedFraction: Double
  /// Number of entries that are ±∞ or NaN.
  public var nonFiniteCount: Int

  /// Whether every entry is exactly zero (the tensor has underflowed or died).
  public var isAllZero: Bool { count > 0 && zeroFraction == 1 }

  /// Summarizes `x` in one pass; `saturation` selects the saturated-fraction rule.
  ///
  /// - Complexity: O(x.count), about two vector operations per entry.
  static func summarize<T: NetworkScalar>(
    _ x: UnsafeBufferPointer<T>, saturation: Activation? = nil
  ) -> TensorSummary {
    var sum = SIMD8<Double>()
    var sumSquares = SIMD8<Double>()
    var maxAbs = SIMD8<Double>()
    var zeros = SIMD8<Int64>()
    var finite = SIMD8<Int64>()
    var saturated = SIMD8<Int64>()
    let (low, high) = saturationBand(saturation)
    let n = x.count
    let base = x.baseAddress

    // 1. Eight lanes at a time; the tail is padded with NaN, which no statistic counts.
    var i = 0
    while i < n {
      var v: SIMD8<Double>
      if i + 8 <= n {
        v = T.loadDoubles(base! + i)
      } else {
        v = SIMD8<Double>(repeating: .nan)
        for j in 0..<(n - i) { v[j] = Double(x[i + j]) }
      }
      let magnitude = v.replacing(with: 0, where: v .< 0) - v.replacing(with: 0, where: v .> 0)
      let isFinite = magnitude .< Double.infinity
      let w = v.replacing(with: 0, where: .!isFinite)
      sum += w
      sumSquares += w * w
      maxAbs = pointwiseMax(maxAbs, magnitude.replacing(with: 0, where: .!isFinite))
      finite &+= SIMD8<Int64>(repeating: 0).replacing(with: 1, where: isFinite)
      zeros &+= SIMD8<Int64>(repeating: 0).replacing(with: 1, where: v .== 0)
      let out = (v .< low) .| (v .> high)
      saturated &+= SIMD8<Int64>(repeating: 0).replacing(with: 1, where: out .& isFinite)
      i += 8
    }

    // 2. Reduce lanes in a fixed order and form the moments.
    let finiteCount = Int(finite.wrappedSum())
    let m = max(finiteCount, 1)
    let mean = sum.sum() / Double(m)
    let meanSquare = sumSquares.sum() / Double(m)
    return TensorSummary(
      count: n,
      rms: meanSquare.squareRoot(),
      mean: mean,
      standardDeviation: max(meanSquare - mean * mean, 0).squareRoot(),
      maxAbs: maxAbs.max(),
      zeroFraction: n == 0 ? 0 : Double(zeros.wrappedSum()) / Double(n),
      saturatedFraction: n == 0 ? 0 : Double(saturated.wrappedSum()) / Double(n),
      nonFiniteCount: n - finiteCount)
  }

  /// The band [low, high] outside which an activation value counts as saturated; infinite
  /// (never saturated) for activations without a saturation rule. Values must agree with
  /// `Activation.isSaturated(_:)`.
  private static func saturationBand(_ activation: Activation?) -> (Double, Double) {
    switch activation?.kind {
    case .tanh?: return (-0.99, 0.99)
    case .sigmoid?: return (0.01, 0.99)
    default: return (-Double.infinity, Double.infinity)
    }
  }
}
