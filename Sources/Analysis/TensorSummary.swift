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
  /// Pass 1 assumes every entry is finite (sum, sum of squares, max |x|, zeros, and for
  /// float32 the saturated entries). If its sums come out non-finite, pass 2 recomputes
  /// everything with inf and NaN masked out and counted. Pass 3 counts saturated entries,
  /// only for tanh and sigmoid and only where pass 1 did not.
  /// - Complexity: O(x.count); a few vector operations per entry and pass.
  static func summarize<T: NetworkScalar>(
    _ x: UnsafeBufferPointer<T>, saturation: Activation? = nil
  ) -> TensorSummary {
    let n = x.count
    let band = saturationBand(saturation)
    var m = finiteMoments(x, band: band)
    var finiteCount = n
    if !(m.sum.isFinite && m.sumSquares.isFinite && m.maxAbs.isFinite) {
      (m, finiteCount) = maskedMoments(x)
    }
    let saturated = m.saturated ?? saturatedCount(x, band: band)

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
    /// Entries outside the saturation band; `nil` when the pass did not count them.
    var saturated: Int?
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
  private static func finiteMoments<T: NetworkScalar>(
    _ x: UnsafeBufferPointer<T>, band: (Double, Double)?
  ) -> Moments {
    if T.self == Float.self {
      let floats = UnsafeBufferPointer(
        start: UnsafeRawPointer(x.baseAddress)?.assumingMemoryBound(to: Float.self),
        count: x.count)
      guard let (low, high) = band else { return finiteMoments(floats, countsSaturated: false) }
      return finiteMoments(floats, countsSaturated: true, low: low, high: high)
    }
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

  /// Pass 1 for float32: max |x|, the zero count and the saturated count are exact in
  /// float32, so only the sums widen to float64 (half the vector work of widening
  /// everything). Same results as the generic pass and `saturatedCount`.
  ///
  /// The saturated count, when `countsSaturated`, uses float32 bounds equivalent to the
  /// float64 band for every float32 value: v > high exactly when v > the largest float32
  /// ≤ high, and v < low exactly when v < the smallest float32 ≥ low. Every entry is
  /// assumed finite here, as in the rest of this pass; the caller recounts otherwise.
  @inline(__always)
  private static func finiteMoments(
    _ x: UnsafeBufferPointer<Float>, countsSaturated: Bool, low: Double = 0, high: Double = 0
  ) -> Moments {
    var lowBound = Float(low)
    if Double(lowBound) < low { lowBound = lowBound.nextUp }
    var highBound = Float(high)
    if Double(highBound) > high { highBound = highBound.nextDown }
    let lowVector = SIMD8<Float>(repeating: lowBound)
    let highVector = SIMD8<Float>(repeating: highBound)
    // The sums keep eight float64 lanes (their order fixes the rounding). The maximum and
    // the counts are exact in any order, so they fold to four lanes: fewer registers, and
    // the sums' accumulators are not spilled to memory inside the loop.
    var sum = SIMD8<Double>()
    var sumSquares = SIMD8<Double>()
    var maxAbs = SIMD4<Float>()
    var zeros = SIMD4<Int32>()
    var saturated = SIMD4<Int32>()
    let full = x.count / 8 * 8
    var i = 0
    while i < full {
      let v = UnsafeRawPointer(x.baseAddress! + i).loadUnaligned(as: SIMD8<Float>.self)
      let d = SIMD8<Double>(v)
      sum += d
      sumSquares += d * d
      let a = unsafeBitCast(unsafeBitCast(v, to: SIMD8<UInt32>.self) & 0x7FFF_FFFF,
        to: SIMD8<Float>.self)
      let halvesMax = a.lowHalf.replacing(with: a.highHalf, where: a.highHalf .> a.lowHalf)
      maxAbs.replace(with: halvesMax, where: halvesMax .> maxAbs)
      let isZero = unsafeBitCast(v .== 0, to: SIMD8<Int32>.self)
      zeros &-= isZero.lowHalf &+ isZero.highHalf
      if countsSaturated {
        let isOutside = unsafeBitCast((v .< lowVector) .| (v .> highVector),
          to: SIMD8<Int32>.self)
        saturated &-= isOutside.lowHalf &+ isOutside.highHalf
      }
      i += 8
    }
    var moments = Moments(
      sum: sum.sum(), sumSquares: sumSquares.sum(), maxAbs: Double(maxAbs.max()),
      zeros: Int(zeros.wrappedSum()),
      saturated: countsSaturated ? Int(saturated.wrappedSum()) : nil)
    // The tail, in order, after the lanes.
    while i < x.count {
      let d = Double(x[i])
      moments.sum += d
      moments.sumSquares += d * d
      moments.maxAbs = max(moments.maxAbs, abs(d))
      moments.zeros += d == 0 ? 1 : 0
      if countsSaturated, d < low || d > high { moments.saturated! += 1 }
      i += 1
    }
    return moments
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
