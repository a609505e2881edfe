import Foundation

/// Times rendering of a typical report figure to PNG and SVG.
///
/// The figure is the one a report draws most: 7 lines of 50 points on a log y axis with
/// markers and a legend, 6.4 × 4.8 in at 150 dpi. Each of the `figureCount` figures has
/// slightly different data, so no layout is reused between them. Time covers building the
/// layout, drawing and encoding the file bytes.
public enum RenderBenchmark {
  /// Milliseconds per figure for each format.
  public struct Result: Sendable, Hashable {
    /// Figures rendered per format.
    public var figureCount: Int
    /// Mean wall-clock milliseconds to render one figure to PNG bytes.
    public var pngMillisecondsPerFigure: Double
    /// Mean wall-clock milliseconds to render one figure to SVG bytes.
    public var svgMillisecondsPerFigure: Double
    /// Mean CPU milliseconds of this thread per PNG figure; unlike wall-clock time it does
    /// not grow when other processes compete for the cores.
    public var pngCPUMillisecondsPerFigure: Double
    /// Mean CPU milliseconds of this thread per SVG figure.
    public var svgCPUMillisecondsPerFigure: Double
  }

  /// Renders `figureCount` figures to PNG, then to SVG, and reports the mean time of each.
  /// - Parameter figureCount: figures per format; 50 unless told otherwise.
  /// - Throws: any `PlottingError` from rendering, e.g. `.fontUnavailable`.
  /// - Complexity: O(figureCount · 7 · 50) drawing operations per format.
  public static func run(figureCount: Int = 50) throws -> Result {
    let figures = (0..<max(1, figureCount)).map(makeFigure)
    // One warm-up render loads fonts and fills Pango's caches outside the timed loops.
    _ = try figures[0].rendered(as: .png)
    let png = try millisecondsPerFigure(figures, format: .png)
    let svg = try millisecondsPerFigure(figures, format: .svg)
    return Result(
      figureCount: figures.count, pngMillisecondsPerFigure: png.wall,
      svgMillisecondsPerFigure: svg.wall, pngCPUMillisecondsPerFigure: png.cpu,
      svgCPUMillisecondsPerFigure: svg.cpu)
  }

  private static func millisecondsPerFigure(
    _ figures: [Figure], format: OutputFormat
  ) throws -> (wall: Double, cpu: Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = threadCPUNanoseconds()
    var totalBytes = 0
    for figure in figures { totalBytes += try figure.rendered(as: format).count }
    let cpu = threadCPUNanoseconds() - cpuStart
    let elapsed = DispatchTime.now().uptimeNanoseconds - start
    precondition(totalBytes > 0, "benchmark rendered no bytes")
    let count = Double(figures.count)
    return (Double(elapsed) / 1e6 / count, cpu / 1e6 / count)
  }

  private static func threadCPUNanoseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1e9 + Double(time.tv_nsec)
  }

  /// The benchmark figure number `index`: RMS-like curves 10^(g·l) for seven growth rates.
  static func makeFigure(index: Int) -> Figure {
    let names = [
      "xavier-uniform", "xavier-normal", "kaiming-uniform", "kaiming-normal", "orthogonal",
      "lecun-normal", "zeros",
    ]
    var plot = Plot(
      title: "Activation RMS by layer",
      xAxis: Axis(label: "layer"), yAxis: Axis(label: "RMS", scale: .log10))
    let layers = (0..<50).map(Double.init)
    for (line, name) in names.enumerated() {
      let growth = (Double(line) - 3) / 8 + Double(index % 5) * 0.01
      var series = LineSeries(
        label: name, x: layers, y: layers.map { pow(10, growth * $0) }, showsMarkers: true)
      series.markerSizeInPoints = 3.5
      plot.lines.append(series)
    }
    var figure = Figure(plot, widthInInches: 6.4, heightInInches: 4.8, dpi: 150)
    figure.palette = SeriesPalette(seededKeys: names)
    return figure
  }
}
