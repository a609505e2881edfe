// Design note: summaries run on every tensor of every layer, so they must cost far less
// than the layer's GEMMs. Passes accumulate in eight float64 lanes (SIMD8), which keeps
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

  /// Summarizes `x`; `saturation` selects the saturated-fraction rule.
  ///
  /// Pass 1 assumes every entry is finite (sum, sum of squares, max |x|, zeros). If its
  /// sums come out non-finite, pass 2 recomputes everything with inf and NaN masked out
  /// and counted. Pass 3 counts saturated entries, only for tanh and sigmoid.
  /// - Complexity: O(x.count); a few vector operations per entry and pass.
  static func summarize<T: NetworkScalar>(
    _ x: UnsafeBufferPointer<T>, saturation: Activation? = nil
  ) -> TensorSummary {
    let n = x.count
    var m = finiteMoments(x)
    var finiteCount = n
    if !(m.sum.isFinite && m.sumSquares.isFinite && m.maxAbs.isFinite) {
      (m, finiteCount) = maskedMoments(x)
    }
    let saturated = saturatedCount(x, band: saturationBand(saturation))

    let divisor = Double(max(finiteCount, 1))
    let mean = m.sum / divisor
    let meanSquare = m.sumSquares / divisor
    return TensorSummary(
      count: n,
      rms: meanSquare.squareRoot(),
      mean: mean,
      standardDeviation: max(meanSquare - mean * mean, 0).squareRoot(),
      maxAbs: m.maxAbs,
      zeroFraction: n == 0 ? 0 : Double(m.zeros) / Double(n),
      saturatedFraction: n == 0 ? 0 : Double(saturated) / Double(n),
      nonFiniteCount: n - finiteCount)
  }

  private struct Moments {
    var sum = 0.0
    var sumSquares = 0.0
    var maxAbs = 0.0
    var zeros = 0
  }

  /// Eight consecutive entries from `i` widened to float64; past the end, `padding`.
  @inline(__always)
  private static func block<T: NetworkScalar>(
    _ x: UnsafeBufferPointer<T>, _ i: Int, padding: Double
  ) -> SIMD8<Double> {
    if i + 8 <= x.count { return T.loadDoubles(x.baseAddress! + i) }
    var v = SIMD8<Double>(repeating: padding)
    for j in 0..<(x.count - i) { v[j] = Double(x[i + j]) }
    return v
  }

  /// Pass 1: moments assuming finite entries; the tail is padded with zeros, which add
  /// nothing to the sums and are subtracted from the zero count.
  private static func finiteMoments<T: NetworkScalar>(_ x: UnsafeBufferPointer<T>) -> Moments {
    var sum = SIMD8<Double>()
    var sumSquares = SIMD8<Double>()
    var maxAbs = SIMD8<Double>()
    var zeros = SIMD8<Int64>()
    var i = 0
    while i < x.count {
      let v = block(x, i, padding: 0)
      sum += v
      sumSquares += v * v
      let a = v.replacing(with: -v, where: v .< 0)
      maxAbs.replace(with: a, where: a .> maxAbs)
      zeros &+= SIMD8<Int64>(repeating: 0).replacing(with: 1, where: v .== 0)
      i += 8
    }
    let padding = (8 - x.count % 8) % 8
    return Moments(
      sum: sum.sum(), sumSquares: sumSquares.sum(), maxAbs: maxAbs.max(),
      zeros: Int(zeros.wrappedSum()) - padding)
  }

  /// Pass 2: moments over the finite entries only, and their count; the tail is NaN.
  private static func maskedMoments<T: NetworkScalar>(_ x: UnsafeBufferPointer<T>)
    -> (Moments, Int)
  {
    var sum = SIMD8<Double>()
    var sumSquares = SIMD8<Double>()
    var maxAbs = SIMD8<Double>()
    var zeros = SIMD8<Int64>()
    var finite = SIMD8<Int64>()
    var i = 0
    while i < x.count {
      let v = block(x, i, padding: .nan)
      let a = v.replacing(with: -v, where: v .< 0)
      let isFinite = a .< Double.infinity
      let w = v.replacing(with: 0, where: .!isFinite)
      sum += w
      sumSquares += w * w
      maxAbs.replace(with: a, where: isFinite .& (a .> maxAbs))
      zeros &+= SIMD8<Int64>(repeating: 0).replacing(with: 1, where: v .== 0)
      finite &+= SIMD8<Int64>(repeating: 0).replacing(with: 1, where: isFinite)
      i += 8
    }
    let moments = Moments(
      sum: sum.sum(), sumSquares: sumSquares.sum(), maxAbs: maxAbs.max(),
      zeros: Int(zeros.wrappedSum()))
    return (moments, Int(finite.wrappedSum()))
  }

  /// Pass 3: entries outside [low, high] (NaN never counts; the tail is NaN).
  private static func saturatedCount<T: NetworkScalar>(
    _ x: UnsafeBufferPointer<T>, band: (Double, Double)?
  ) -> Int {
    guard let (low, high) = band else { return 0 }
    var count = SIMD8<Int64>()
    var i = 0
    while i < x.count {
      let v = block(x, i, padding: .nan)
      let inf = Double.infinity
      let outside = ((v .< low) .| (v .> high)) .& (v .> -inf) .& (v .< inf)
      count &+= SIMD8<Int64>(repeating: 0).replacing(with: 1, where: outside)
      i += 8
    }
    return Int(count.wrappedSum())
  }

  /// The band [low, high] outside which an activation value counts as saturated; `nil`
  /// for activations without a saturation rule. Values must agree with
  /// `Activation.isSaturated(_:)`.
  private static func saturationBand(_ activation: Activation?) -> (Double, Double)? {
    switch activation?.kind {
    case .tanh?: return (-0.99, 0.99)
    case .sigmoid?: return (0.01, 0.99)
    default: return nil
    }
  }
}
