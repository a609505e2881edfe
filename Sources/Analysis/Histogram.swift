/// A fixed-width histogram of samples, normalized as a probability density.
public struct Histogram: Equatable, Sendable {
  /// Bin edges, `binCount + 1` ascending values from `range.lowerBound` to `upperBound`.
  public var edges: [Double]
  /// Samples per bin; a sample equal to the upper edge falls in the last bin.
  public var counts: [Int]
  /// Finite samples inside the range (the normalizer of `densities`).
  public var total: Int
  /// Samples outside the range or non-finite, left out of `counts`.
  public var outside: Int

  /// Bins the finite `values` that fall in `range` into `binCount` equal bins.
  ///
  /// - Throws: `AnalysisError.invalidShape` if `binCount < 1`, and
  ///   `AnalysisError.invalidParameter` if the range is empty or not finite.
  /// - Complexity: O(values.count + binCount).
  public init(of values: [Double], binCount: Int, range: ClosedRange<Double>) throws {
    guard binCount >= 1 else {
      throw AnalysisError.invalidShape(what: "bin count", value: binCount, expected: "at least 1")
    }
    guard range.lowerBound.isFinite, range.upperBound.isFinite,
      range.upperBound > range.lowerBound
    else {
      throw AnalysisError.invalidParameter(
        item: "histogram", key: "range", value: "\(range)",
        expected: "finite bounds with lower < upper")
    }
    let low = range.lowerBound
    let width = (range.upperBound - low) / Double(binCount)
    edges = (0...binCount).map { low + Double($0) * width }
    edges[binCount] = range.upperBound
    counts = [Int](repeating: 0, count: binCount)
    total = 0
    outside = 0
    for v in values {
      guard v.isFinite, range.contains(v) else {
        outside += 1
        continue
      }
      counts[min(Int((v - low) / width), binCount - 1)] += 1
      total += 1
    }
  }

  /// count / (total · bin width) per bin, so the histogram integrates to 1 (all 0 when
  /// `total` is 0).
  public var densities: [Double] {
    counts.indices.map { i in
      total == 0 ? 0 : Double(counts[i]) / (Double(total) * (edges[i + 1] - edges[i]))
    }
  }

  /// The centre of each bin.
  public var centers: [Double] { counts.indices.map { (edges[$0] + edges[$0 + 1]) / 2 } }
}
