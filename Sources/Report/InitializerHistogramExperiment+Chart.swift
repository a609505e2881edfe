import Analysis
import Foundation
import Plotting

extension InitializerHistogramExperiment {
  /// One case's samples, their statistics and how the panel frames them.
  struct Panel {
    var item: Case
    var distribution: WeightDistribution
    var samples: [Double]
    var mean: Double
    var standardDeviation: Double
    /// The edge of the support, ±a, for distributions that have a hard one (uniform and
    /// truncated normal); orthogonal entries are bounded by the gain only loosely, and a
    /// normal has no bound.
    var edge: Double?
    /// The binned interval: the support [−a, a] when there is an edge, so no bin straddles
    /// it, else ±4 standard deviations.
    var binRange: ClosedRange<Double>
    /// The sample histogram, normalised to a density over all samples.
    var histogram: Plotting.Histogram
    var bins: HistogramBins

    init(_ item: Case, samples: [Double], bins binCount: Int) throws {
      self.item = item
      self.samples = samples
      distribution = item.initializer.distribution(
        fanIn: item.fans.fanIn, fanOut: item.fans.fanOut)
      let n = Double(samples.count)
      mean = samples.reduce(0, +) / n
      let m = mean
      standardDeviation = (samples.reduce(0) { $0 + ($1 - m) * ($1 - m) } / n).squareRoot()
      switch distribution {
      case let .uniform(a), let .truncatedNormal(_, a): edge = a
      default: edge = nil
      }
      let spread = 4 * distribution.standardDeviation(
        fanIn: item.fans.fanIn, fanOut: item.fans.fanOut)
      binRange = edge.map { -$0...$0 } ?? -spread...spread
      histogram = Plotting.Histogram(
        label: "samples", values: samples, binCount: binCount, range: binRange,
        normalization: .density, style: .bars, colorKey: item.initializer.description)
      bins = try histogram.bins()
    }

    /// x limits: 30 % beyond the edge, or ±4.5 standard deviations.
    var xLimits: ClosedRange<Double> {
      let reach = edge.map { 1.3 * $0 } ?? 1.125 * binRange.upperBound
      return -reach...reach
    }

    /// The exact density on `xLimits`, with vertical jumps at the support's edges.
    var densityCurve: LineSeries? {
      guard distribution.hasDensity else { return nil }
      let count = 301
      let limits = xLimits
      let step = (limits.upperBound - limits.lowerBound) / Double(count - 1)
      let grid = (0..<count).map { limits.lowerBound + Double($0) * step }
      var points = grid.map { (x: $0, y: distribution.density(at: $0)!) }
      if let a = edge {
        // Both sides of each jump, so the curve drops vertically at ±a.
        let height = distribution.density(at: a)!
        points = points.filter { $0.x < -a } + [(-a, 0), (-a, height)]
          + points.filter { abs($0.x) < a } + [(a, height), (a, 0)]
          + points.filter { $0.x > a }
      }
      var line = LineSeries(
        label: "exact density", x: points.map(\.x), y: points.map(\.y), colorKey: "exact")
      line.color = .black
      line.dash = .dashed
      line.lineWidthInPoints = 1.2
      return line
    }

    /// The key-table row: name, shape, sample mean and std, exact std, min, max and bound.
    func keyRow(showsFans: Bool) -> [String] {
      let fans = item.fans
      let exactStd = distribution.standardDeviation(fanIn: fans.fanIn, fanOut: fans.fanOut)
      return [
        item.initializer.label,
        showsFans ? "\(fans.fanIn) × \(fans.fanOut)" : "any",
        NumberFormat.readable(mean), NumberFormat.readable(standardDeviation),
        NumberFormat.readable(exactStd), NumberFormat.readable(samples.min()!),
        NumberFormat.readable(samples.max()!),
        edge.map { "±" + NumberFormat.readable($0) } ?? "none",
      ]
    }
  }

  /// Small multiples: one panel per case, bars over the exact density, edges marked.
  ///
  /// Panels carry no legend: the support edges are drawn as full-height lines with their
  /// labels at the top, which leaves no corner for a legend in a narrow panel, so the
  /// density curve is named by an arrow instead and the bars speak for themselves.
  func chart(_ panels: [Panel]) -> Figure {
    let showsFans = fans.count > 1
    let plots = panels.map { panel -> Plot in
      let name = Markup.escaped(panel.item.initializer.label)
      let fans = "n<sub>in</sub> = \(panel.item.fans.fanIn), "
        + "n<sub>out</sub> = \(panel.item.fans.fanOut)"
      let peak = max(
        panel.bins.heights.max() ?? 0, panel.distribution.density(at: 0) ?? 0)
      let title = !showsFans ? name : initializers.count == 1 ? fans : "\(name), \(fans)"
      var plot = Plot(
        title: title, xAxis: Axis(label: "weight w", limits: panel.xLimits),
        yAxis: Axis(label: "density", limits: 0...(1.45 * peak)))
      plot.histograms.append(panel.histogram)
      plot.legend = .hidden
      if let curve = panel.densityCurve {
        plot.lines.append(curve)
        plot.annotations.append(panel.densityLabel(peak: peak))
      }
      if let a = panel.edge {
        plot.referenceLines = [
          ReferenceLine(
            .vertical, at: -a, label: Markup.escaped(NumberFormat.readable(-a)),
            labelSide: .after),
          ReferenceLine(
            .vertical, at: a, label: Markup.escaped(NumberFormat.readable(a)),
            labelSide: .before),
        ]
      }
      return plot
    }
    let columns = plots.count == 4 ? 2 : min(plots.count, 3)
    let rows = (plots.count + columns - 1) / columns
    var figure = Figure(
      panels: plots, columns: columns, widthInInches: columns == 1 ? 6.4 : 10,
      heightInInches: columns == 1 ? 4.8 : 3.4 * Double(rows))
    if showsFans && initializers.count == 1 {
      figure.title = Markup.escaped(initializers[0].label)
    }
    return figure
  }
}

extension InitializerHistogramExperiment.Panel {
  /// "exact density" in the empty band above the bars, with an arrow down to the curve
  /// halfway between the centre and the edge (or one standard deviation out).
  func densityLabel(peak: Double) -> Annotation {
    let fans = item.fans
    let x = edge.map { $0 / 2 }
      ?? distribution.standardDeviation(fanIn: fans.fanIn, fanOut: fans.fanOut)
    return Annotation(
      "exact density", pointingAt: (x, distribution.density(at: x) ?? 0),
      textAt: (0, 1.27 * peak))
  }
}
