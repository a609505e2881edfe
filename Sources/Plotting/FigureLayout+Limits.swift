// Data extents and limits of every panel, before any measuring.

extension FigureLayout {
  /// Smallest and largest value of `values` that `scale` can represent.
  static func representableRange(
    of values: [Double], on scale: AxisScale
  ) -> ClosedRange<Double>? {
    var low = Double.infinity
    var high = -Double.infinity
    for value in values where scale.canRepresent(value) {
      low = min(low, value)
      high = max(high, value)
    }
    return low <= high ? low...high : nil
  }

  /// Every x value a panel shows.
  static func xValues(of plot: Plot) throws -> [Double] {
    var values: [Double] = []
    for line in plot.lines { values += line.x }
    for histogram in plot.histograms { values += try histogram.bins().edges }
    if let heatmap = plot.heatmap { values += heatmap.xEdges }
    for reference in plot.referenceLines where reference.orientation == .vertical {
      values.append(reference.value)
    }
    for annotation in plot.annotations {
      values += [annotation.target.x, annotation.textPosition.x]
    }
    return values
  }

  /// Every y value a panel shows; histograms on a linear axis include their zero baseline.
  static func yValues(of plot: Plot) throws -> [Double] {
    var values: [Double] = []
    for line in plot.lines {
      values += line.y
      if let band = line.band { values += band.lower + band.upper }
    }
    for histogram in plot.histograms {
      values += try histogram.bins().heights
      if plot.yAxis.scale == .linear { values.append(0) }
    }
    if let heatmap = plot.heatmap { values += heatmap.yEdges }
    for reference in plot.referenceLines where reference.orientation == .horizontal {
      values.append(reference.value)
    }
    for annotation in plot.annotations {
      values += [annotation.target.y, annotation.textPosition.y]
    }
    return values
  }

  /// Limits of one axis: the explicit ones, validated, or limits fitted to `range`.
  static func limits(
    of axis: Axis, named name: String, fitting range: ClosedRange<Double>?, maxTickCount: Int
  ) throws -> ClosedRange<Double> {
    guard let explicit = axis.limits else {
      return axis.scale.automaticLimits(around: range, maxTickCount: maxTickCount)
    }
    let low = explicit.lowerBound
    let high = explicit.upperBound
    let isValid = low.isFinite && high.isFinite && low < high && axis.scale.canRepresent(low)
    guard isValid else {
      throw PlottingError.invalidLimits(axis: name, lower: low, upper: high, scale: axis.scale)
    }
    return explicit
  }

  /// The union of two optional ranges.
  static func union(
    _ a: ClosedRange<Double>?, _ b: ClosedRange<Double>?
  ) -> ClosedRange<Double>? {
    guard let a else { return b }
    guard let b else { return a }
    return min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
  }
}
