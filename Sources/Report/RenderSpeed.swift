import Plotting

/// Rendering speed, measured for `initlab bench`.
public enum RenderSpeed {
  /// Milliseconds per figure for PNG and SVG.
  public struct Result: Sendable {
    /// How many figures were rendered in each format.
    public var figureCount: Int
    /// Wall-clock milliseconds per figure rendered to PNG bytes.
    public var pngMillisecondsPerFigure: Double
    /// Wall-clock milliseconds per figure rendered to SVG bytes.
    public var svgMillisecondsPerFigure: Double
  }

  /// Renders `figureCount` benchmark figures (7 lines × 50 points, log y,
  /// legend, 6.4 × 4.8 in at 150 dpi) to PNG and to SVG and times each.
  ///
  /// - Throws: `ReportError.stepFailed` when a render fails.
  public static func measure(figureCount: Int = 50) throws -> Result {
    do {
      let result = try RenderBenchmark.run(figureCount: figureCount)
      return Result(
        figureCount: result.figureCount,
        pngMillisecondsPerFigure: result.pngMillisecondsPerFigure,
        svgMillisecondsPerFigure: result.svgMillisecondsPerFigure)
    } catch {
      throw ReportError.stepFailed(step: "render benchmark", reason: "\(error)")
    }
  }
}
