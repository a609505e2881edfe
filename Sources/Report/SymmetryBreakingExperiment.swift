import Analysis
import Foundation
import Plotting

/// The chapter's symmetry argument, measured: a 4 → 5 → 1 tanh network trained by
/// minibatch SGD from each initializer, recording every hidden unit's incoming weights and
/// how many hidden units are distinct after every step. Under an all-equal initializer the
/// five units receive identical gradients, so they stay one unit forever; random weights
/// start them apart.
struct SymmetryBreakingExperiment: ExperimentKind {
  static let name = "symmetry"

  /// The initializers compared, one panel of unit weights each.
  var initializers: [WeightInitializer]
  /// SGD steps.
  var steps: Int
  /// Minibatch size.
  var batch: Int
  /// SGD learning rate η.
  var learningRate: Double

  init(initializers: [WeightInitializer], steps: Int, batch: Int, learningRate: Double) {
    self.initializers = initializers
    self.steps = steps
    self.batch = batch
    self.learningRate = learningRate
  }

  init(reading experiment: JSONReader) throws {
    try experiment.expectExperiment(
      keys: ["inits", "steps", "batch", "learning-rate"])
    let list = try experiment.field("inits").array()
    guard (1...3).contains(list.count) else {
      throw try experiment.field("inits").error(
        "expected 1 to 3 initializers, got \(list.count)")
    }
    initializers = try list.map { try $0.initializer() }
    steps = try experiment.optionalField("steps")?.integer(in: 1...2000) ?? 200
    batch = try experiment.optionalField("batch")?.integer(in: 1...256) ?? 16
    learningRate = try experiment.optionalField("learning-rate").map { field in
      let rate = try field.number()
      guard rate > 0, rate <= 10 else {
        throw field.error("expected a learning rate in (0, 10], got \(NumberFormat.exact(rate))")
      }
      return rate
    } ?? 0.1
  }

  var parameters: [(key: String, value: JSONValue)] {
    [
      ("inits", .array(initializers.map { .string($0.description) })),
      ("steps", .number(Double(steps))), ("batch", .number(Double(batch))),
      ("learning-rate", .number(learningRate)),
    ]
  }

  /// One initializer's training record.
  struct Run {
    var initializer: WeightInitializer
    var steps: [SymmetryExperiment.Step]
  }

  func run(in context: ExperimentContext) throws -> ExperimentResult {
    var configuration = SymmetryExperiment.Configuration()
    configuration.steps = steps
    configuration.batchSize = batch
    configuration.learningRate = learningRate
    configuration.seed = context.seed
    let runs = try initializers.map { initializer in
      Run(
        initializer: initializer,
        steps: try SymmetryExperiment.run(initializer: initializer, configuration: configuration))
    }

    var figure = Self.chart(runs)
    figure.palette = context.palette
    return ExperimentResult(
      figure: figure, data: dataTable(runs, configuration: configuration),
      tables: [keyTable(runs)],
      alt: "Panels of the five hidden units' first incoming weight over \(steps) SGD steps "
        + "for " + initializers.map(\.description).joined(separator: " and ")
        + ", and the number of distinct hidden units per step")
  }

  private func dataTable(
    _ runs: [Run], configuration: SymmetryExperiment.Configuration
  ) -> DataTable {
    let units = 1...configuration.hiddenCount
    let inputs = 1...configuration.inputCount
    let weightColumns = units.flatMap { j in inputs.map { i in "w1_input\(i)_unit\(j)" } }
    var data = DataTable(
      columns: ["initializer", "step", "loss", "distinct_units", "max_unit_distance"]
        + weightColumns)
    for run in runs {
      for step in run.steps {
        let weights = step.hiddenWeights.flatMap { $0 }.map(DataTable.Cell.number)
        data.append([
          .text(run.initializer.description), .number(Double(step.step)), .number(step.loss),
          .number(Double(step.distinctUnitCount)), .number(step.maxUnitDistance),
        ] + weights)
      }
    }
    return data
  }

  private func keyTable(_ runs: [Run]) -> KeyTable {
    let rows = runs.map { run -> [String] in
      let first = run.steps[0]
      let last = run.steps[run.steps.count - 1]
      return [
        run.initializer.description, "\(first.distinctUnitCount)",
        "\(last.distinctUnitCount)", NumberFormat.readable(last.maxUnitDistance),
        NumberFormat.readable(first.loss), NumberFormat.readable(last.loss),
      ]
    }
    return KeyTable(
      caption: "Distinct hidden units (of 5, compared exactly) before training and after "
        + "\(steps) SGD steps, the largest distance between two units' parameters, and the "
        + "full-data loss",
      header: [
        "initializer", "distinct units, step 0", "distinct units, step \(steps)",
        "max unit distance, step \(steps)", "loss, step 0", "loss, step \(steps)",
      ],
      rows: rows)
  }
}
