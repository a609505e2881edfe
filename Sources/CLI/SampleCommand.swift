import Analysis
import Foundation

/// `initlab sample`: draws weights from one initializer and compares them with its
/// distribution.
enum SampleCommand: Command {
  static let spec = CommandSpec(
    name: "sample",
    usage: "sample --init NAME --fan-in A --fan-out B [--count N] [--seed S] [--bins K] "
      + "[--format csv|json]",
    summary: "Draw weights of an A x B layer and print their mean, standard deviation, "
      + "minimum and maximum beside the initializer's exact standard deviation and bound, "
      + "then a density histogram with the exact density at each bin centre (where a "
      + "closed form exists). CSV puts the summary in '# key: value' lines above the "
      + "histogram table.",
    options: [
      OptionSpec("init", valueName: "NAME", help: "The initializer, e.g. 'kaiming-normal'."),
      OptionSpec("fan-in", valueName: "A", help: "Inputs of the layer, 1 to 65536."),
      OptionSpec("fan-out", valueName: "B", help: "Outputs of the layer, 1 to 65536."),
      OptionSpec(
        "count", valueName: "N",
        help: "Weights to draw, 1 to 10^8 (default: one matrix, A x B); whole matrices "
          + "are drawn and cut to N."),
      OptionSpec("seed", valueName: "S", help: "Seed (default 0)."),
      OptionSpec("bins", valueName: "K", help: "Histogram bins, 1 to 10000 (default 50)."),
      OptionSpec("format", valueName: "FORMAT", help: "csv (default) or json."),
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
    // 1. Options.
    let initializers = try AnalysisArguments.initializers(arguments)
    guard let initializer = initializers.first else {
      throw CommandLineError.missingOption("--init", command: spec.name)
    }
    guard initializers.count == 1 else {
      throw CommandLineError.invalidValue(
        option: "--init", value: initializers.map(\.description).joined(separator: ","),
        expected: "exactly one initializer")
    }
    guard arguments.value("fan-in") != nil else {
      throw CommandLineError.missingOption("--fan-in", command: spec.name)
    }
    guard arguments.value("fan-out") != nil else {
      throw CommandLineError.missingOption("--fan-out", command: spec.name)
    }
    let fanIn = try single(arguments, "fan-in", in: 1...65_536, default: 1)
    let fanOut = try single(arguments, "fan-out", in: 1...65_536, default: 1)
    let count = try single(arguments, "count", in: 1...100_000_000, default: fanIn * fanOut)
    let bins = try single(arguments, "bins", in: 1...10_000, default: 50)
    let seeds = try AnalysisArguments.seeds(arguments)
    let format = try AnalysisArguments.choice(
      arguments, "format", default: AnalysisArguments.Format.csv)

    // 2. Sample, summarize, bin.
    let values = try initializer.samples(
      count: count, fanIn: fanIn, fanOut: fanOut, seed: seeds.last!)
    let distribution = initializer.distribution(fanIn: fanIn, fanOut: fanOut)
    let mean = values.reduce(0, +) / Double(values.count)
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
    let low = values.min()!
    let high = values.max()!
    let histogram = try Histogram(
      of: values, binCount: bins, range: histogramRange(distribution, low: low, high: high))

    // 3. Print.
    let summary: [(String, OutputTable.Cell)] = [
      ("initializer", .text(initializer.description)),
      ("fan_in", .integer(fanIn)), ("fan_out", .integer(fanOut)),
      ("count", .integer(values.count)), ("seed", .unsigned(seeds.last!)),
      ("mean", .number(mean)), ("std", .number(variance.squareRoot())),
      ("min", .number(low)), ("max", .number(high)),
      ("theory_std", .number(distribution.standardDeviation(fanIn: fanIn, fanOut: fanOut))),
      ("theory_bound", .number(distribution.bound)),
    ]
    var table = OutputTable(columns: ["bin_low", "bin_high", "count", "density", "theory_density"])
    for i in histogram.counts.indices {
      table.rows.append([
        .number(histogram.edges[i]), .number(histogram.edges[i + 1]),
        .integer(histogram.counts[i]), .number(histogram.densities[i]),
        .number(distribution.density(at: histogram.centers[i])),
      ])
    }
    switch format {
    case .csv:
      let header = summary.map { "# \($0.0): " + csvText($0.1) }.joined(separator: "\n")
      console.standardOutput(header + "\n" + table.csv)
    case .json:
      let fields = summary.map { "  \"\($0.0)\": " + OutputTable.json($0.1) }
      let rows = table.jsonRows.split(separator: "\n").joined(separator: "\n  ")
      console.print("{\n" + fields.joined(separator: ",\n") + ",\n  \"histogram\": " + rows + "\n}")
    }
    return ExitCode.success
  }

  /// The histogram covers the support [−bound, bound] when the samples lie inside it,
  /// otherwise the sample range; a single repeated value gets a unit-wide range around it.
  static func histogramRange(_ d: WeightDistribution, low: Double, high: Double)
    -> ClosedRange<Double>
  {
    if let bound = d.bound, bound > 0, low >= -bound, high <= bound, d.hasDensity {
      return -bound...bound
    }
    return low < high ? low...high : (low - 0.5)...(high + 0.5)
  }

  private static func single(
    _ arguments: ParsedArguments, _ option: String, in range: ClosedRange<Int>, default d: Int
  ) throws -> Int {
    try AnalysisArguments.integers(arguments, option, in: range, default: [d]).last!
  }

  private static func csvText(_ cell: OutputTable.Cell) -> String {
    switch cell {
    case let .text(s): return s
    case let .integer(i): return String(i)
    case let .unsigned(u): return String(u)
    case let .number(x): return AnalysisArguments.number(x) ?? ""
    }
  }
}
