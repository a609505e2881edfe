/// A histogram of samples drawn as a step outline or as bars.
///
/// Bins are equal-width on `range`; bin `i` holds values in `[edge_i, edge_i+1)`, and the last
/// bin is closed, `[edge_n−1, edge_n]`, so the maximum of the data is counted. With density
/// normalisation the height of a bin is
///
/// ```
/// density_i = count_i / (N · binWidth)
/// ```
///
/// where `N` is the number of samples, including samples outside an explicit `range`; the
/// bars then integrate to the fraction of samples inside the range (1 when none fall
/// outside), which keeps out-of-range samples visible instead of silently renormalising.
public struct Histogram: Sendable {
  /// What a bin's height measures.
  public enum Normalization: Sendable, Hashable {
    /// Number of samples in the bin.
    case count
    /// `count / (N · binWidth)`, an estimate of the probability density.
    case density
  }

  /// How bins are drawn.
  public enum Style: Sendable, Hashable {
    /// An outline along the tops of the bins.
    case step
    /// Filled bars with a thin outline.
    case bars
  }

  /// Legend entry as Pango markup; nil keeps the histogram out of the legend.
  public var label: String?
  /// Palette key; defaults to the label.
  public var colorKey: String?
  /// The samples; every one must be finite.
  public var values: [Double]
  /// Number of equal-width bins, at least 1.
  public var binCount: Int
  /// Binned interval; nil uses the smallest and largest sample.
  public var range: ClosedRange<Double>?
  /// Height measure.
  public var normalization: Normalization
  /// Drawing style.
  public var style: Style
  /// Explicit colour; nil takes the palette colour.
  public var color: Color?

  /// Creates a histogram.
  public init(
    label: String?, values: [Double], binCount: Int, range: ClosedRange<Double>? = nil,
    normalization: Normalization = .density, style: Style = .bars, colorKey: String? = nil
  ) {
    self.label = label
    self.values = values
    self.binCount = binCount
    self.range = range
    self.normalization = normalization
    self.style = style
    self.colorKey = colorKey
  }

  /// The palette key: `colorKey`, else the label, else an empty string.
  var resolvedKey: String { colorKey ?? label ?? "" }

  /// Bin edges, heights and the number of samples outside the range.
  /// - Throws: `PlottingError.invalidHistogram` for no samples, a bin count below 1, a
  ///   non-finite sample (naming its index) or an empty or non-finite range.
  /// - Complexity: O(values.count + binCount).
  public func bins() throws -> HistogramBins {
    let name = label ?? colorKey ?? "unnamed"
    guard binCount >= 1 else {
      throw PlottingError.invalidHistogram(
        label: name, reason: "bin count \(binCount) is below 1; use 1 or more bins")
    }
    guard !values.isEmpty else {
      throw PlottingError.invalidHistogram(
        label: name, reason: "no samples; pass at least one value")
    }
    if let bad = values.firstIndex(where: { !$0.isFinite }) {
      throw PlottingError.invalidHistogram(
        label: name,
        reason: "sample \(bad) is \(values[bad]); drop non-finite samples before binning")
    }
    let interval = range ?? (values.min()!...values.max()!)
    var low = interval.lowerBound
    var high = interval.upperBound
    guard low.isFinite, high.isFinite else {
      throw PlottingError.invalidHistogram(
        label: name, reason: "range \(interval) is not finite; pass finite bounds")
    }
    if high == low {
      // All samples equal: give the single value a unit-wide home.
      low -= 0.5
      high += 0.5
    }

    let width = (high - low) / Double(binCount)
    var counts = [Int](repeating: 0, count: binCount)
    var outside = 0
    for value in values {
      if value < low || value > high {
        outside += 1
        continue
      }
      let index = min(Int((value - low) / width), binCount - 1)
      counts[index] += 1
    }

    let edges = (0...binCount).map { low + Double($0) * width }
    let scale = normalization == .density ? 1 / (Double(values.count) * width) : 1
    return HistogramBins(
      edges: edges, heights: counts.map { Double($0) * scale }, outsideCount: outside)
  }
}

/// The result of binning: `edges.count == heights.count + 1`.
public struct HistogramBins: Sendable, Hashable {
  /// Bin edges in increasing order.
  public var edges: [Double]
  /// Height of each bin: a count or a density.
  public var heights: [Double]
  /// Samples outside the binned range.
  public var outsideCount: Int
}
