import Analysis
import Foundation

/// `initlab sweep`: measures networks layer by layer and prints one row per layer.
enum SweepCommand: Command {
  static let spec = CommandSpec(
    name: "sweep",
    usage: "sweep --init NAME --activation NAME [--depth L] [--width N] [--batch B] "
      + "[--seed S] [--dtype float32|float64] [--format csv|json] [--jobs N]",
    summary: "Run bias-free MLPs forward and backward and print per-layer statistics, "
      + "one row per layer, beside the mean-field prediction. Options marked LIST take "
      + "several values, repeated or comma-separated; every combination is measured and "
      + "init, activation, depth, width and seed columns are added.",
    options: [
      OptionSpec(
        "init", valueName: "LIST",
        help: "Initializers, e.g. xavier-uniform or 'normal:sigma=0.05' "
          + "(see 'initlab list initializers')."),
      OptionSpec(
        "activation", valueName: "LIST",
        help: "Activations, e.g. relu or 'leaky-relu:slope=0.2' "
          + "(see 'initlab list activations')."),
      OptionSpec("depth", valueName: "LIST", help: "Layers L, 1 to 10000 (default 50)."),
      OptionSpec("width", valueName: "LIST", help: "Width n, 1 to 65536 (default 256)."),
      OptionSpec("batch", valueName: "B", help: "Batch size, 1 to 65536 (default 256)."),
      OptionSpec("seed", valueName: "LIST", help: "Seeds (default 0)."),
      OptionSpec("dtype", valueName: "TYPE", help: "float32 (default) or float64."),
      OptionSpec("format", valueName: "FORMAT", help: "csv (default) or json."),
      OptionSpec("jobs", valueName: "N", help: "Worker threads (default: one per core)."),
    ])

  /// The per-layer columns, always present.
  static let layerColumns = [
    "layer", "forward_rms", "preactivation_rms", "grad_rms", "weight_grad_rms",
    "zero_fraction", "saturated_fraction", "nonfinite", "theory_forward_rms",
    "theory_grad_rms",
  ]

  static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
    let configuration = try sweepConfiguration(arguments)
    let jobs = try AnalysisArguments.integers(
      arguments, "jobs", in: 1...256,
      default: [ProcessInfo.processInfo.activeProcessorCount])[0]
    let format = try AnalysisArguments.choice(
      arguments, "format", default: AnalysisArguments.Format.csv)

    let result = try Sweep.run(configuration, jobs: jobs)
    let table = table(for: result)
    switch format {
    case .csv: console.standardOutput(table.csv)
    case .json: console.print(table.jsonRows)
    }
    return ExitCode.success
  }

  /// The sweep the options describe.
  ///
  /// - Throws: `CommandLineError` for a missing `--init` or `--activation` or a bad value.
  static func sweepConfiguration(_ arguments: ParsedArguments) throws -> SweepConfiguration {
    let initializers = try AnalysisArguments.initializers(arguments)
    guard !initializers.isEmpty else {
      throw CommandLineError.missingOption("--init", command: spec.name)
    }
    let activations = try AnalysisArguments.activations(arguments)
    guard !activations.isEmpty else {
      throw CommandLineError.missingOption("--activation", command: spec.name)
    }
    return SweepConfiguration(
      initializers: initializers, activations: activations,
      depths: try AnalysisArguments.integers(arguments, "depth", in: 1...10_000, default: [50]),
      widths: try AnalysisArguments.integers(
        arguments, "width", in: 1...65_536, default: [256]),
      seeds: try AnalysisArguments.seeds(arguments),
      batchSize: try AnalysisArguments.integers(
        arguments, "batch", in: 1...65_536, default: [256])[0],
      precision: try AnalysisArguments.choice(arguments, "dtype", default: Precision.float32))
  }

  /// One row per layer of every measured network; the cell columns appear when any axis
  /// has more than one value.
  static func table(for result: SweepResult) -> OutputTable {
    let c = result.configuration
    let isMulti = [
      c.initializers.count, c.activations.count, c.depths.count, c.widths.count,
      c.seeds.count,
    ].contains { $0 > 1 }
    let cellColumns = ["init", "activation", "depth", "width", "seed"]
    var table = OutputTable(columns: (isMulti ? cellColumns : []) + layerColumns)

    for (cell, measurement) in zip(result.cells, result.measurements) {
      let theory = MeanFieldTheory.predict(c.network(for: cell))
      for layer in measurement.layers {
        let prefix: [OutputTable.Cell] = isMulti
          ? [
            .text(cell.initializer.description), .text(cell.activation.description),
            .integer(cell.depth), .integer(cell.width), .unsigned(cell.seed),
          ] : []
        let predicted = theory[layer.layer]
        table.rows.append(prefix + [
          .integer(layer.layer),
          .number(layer.activation.rms),
          .number(layer.preactivation?.rms),
          .number(layer.gradient.rms),
          .number(layer.weightGradient?.rms),
          .number(layer.activation.zeroFraction),
          .number(layer.activation.saturatedFraction),
          .integer(layer.nonFiniteCount),
          .number(predicted.activationSecondMoment.squareRoot()),
          .number(predicted.gradientSecondMoment.squareRoot()),
        ])
      }
    }
    return table
  }
}
