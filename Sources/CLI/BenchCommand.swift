import Analysis
import Foundation
import Report

/// `initlab bench`: measures the engine against the raw GEMM rate of the
/// same machine in the same run, and the renderer's time per figure.
enum BenchCommand: Command {
  static let spec = CommandSpec(
    name: "bench",
    usage: "bench [--jobs N] [--figures N]",
    summary: "Measure speed: the raw cblas_sgemm rate (256³, one single-threaded stream "
      + "per core), the GEMM rate a sweep achieves (7 initializers × 4 activations × 3 "
      + "seeds, depth 50, width 256, batch 256, float32, forward and backward), their "
      + "ratio and peak memory; then milliseconds per figure rendered to PNG and SVG. "
      + "Run it from a release build.",
    options: [
      OptionSpec("jobs", valueName: "N", help: "Worker threads (default: one per core)."),
      OptionSpec("figures", valueName: "N", help: "Figures to render (default 50)."),
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
    let jobs = try positiveInteger(arguments, "jobs")
      ?? ProcessInfo.processInfo.activeProcessorCount
    let figures = try positiveInteger(arguments, "figures") ?? 50

    if console.isInteractive { console.standardError("measuring GEMM and sweep rates…\n") }
    let engine = try Benchmark.run(jobs: jobs)
    let sweep = Benchmark.sweepConfiguration
    console.print(String(
      format: "raw cblas_sgemm 256³, %d stream(s) × 1 thread: %.1f GFLOP/s",
      jobs, engine.rawGemmGigaflops))
    console.print(String(
      format: "sweep %d cells (depth %d, width %d, batch %d, float32, 3 GEMMs/layer): "
        + "%.1f GFLOP/s in %.2f s",
      engine.cellCount, sweep.depths.first ?? 0, sweep.widths.first ?? 0, sweep.batchSize,
      engine.sweepGigaflops, engine.sweepSeconds))
    console.print(String(format: "ratio sweep/raw: %.3f (goal ≥ 0.85)", engine.ratio))

    if console.isInteractive { console.standardError("rendering \(figures) figures…\n") }
    let render = try RenderSpeed.measure(figureCount: figures)
    console.print(String(
      format: "render %d figures (7 lines × 50 points, log y, 6.4×4.8 in, 150 dpi): "
        + "PNG %.2f ms/figure (goal < 10), SVG %.2f ms/figure",
      render.figureCount, render.pngMillisecondsPerFigure, render.svgMillisecondsPerFigure))
    console.print(String(
      format: "peak memory (max RSS): %.1f MB",
      Double(max(engine.peakMemoryBytes, peakResidentBytes())) / 1_048_576))
    return ExitCode.success
  }

  private static func positiveInteger(_ arguments: ParsedArguments, _ name: String) throws
    -> Int?
  {
    guard let text = arguments.value(name) else { return nil }
    guard let value = Int(text), (1...1024).contains(value) else {
      throw CommandLineError.invalidValue(
        option: "--\(name)", value: text, expected: "a whole number from 1 to 1024")
    }
    return value
  }

  private static func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss * 1024
  }
}
