import Analysis
import Foundation
import Plotting

/// The chapter's exercise "may linear and softmax regression start from equal weights?",
/// measured: full-batch gradient descent from all-equal weights and from random weights,
/// one panel of loss curves per model. Both losses are convex, and each weight's gradient
/// carries its own feature (and, for softmax, its own class's residual p_k − y_k), so the
/// equal start is not a trap: both starts reach the same minimum.
struct RegressionExerciseExperiment: ExperimentKind {
  static let name = "regression-exercise"

  /// The all-equal start (zeros, ones or constant).
  var equal: WeightInitializer
  /// The random start.
  var random: WeightInitializer
  /// Gradient-descent steps.
  var steps: Int
  /// Learning rate η.
  var learningRate: Double

  init(equal: WeightInitializer, random: WeightInitializer, steps: Int, learningRate: Double) {
    self.equal = equal
    self.random = random
    self.steps = steps
    self.learningRate = learningRate
  }

  init(reading experiment: JSONReader) throws {
    try experiment.expectExperiment(keys: ["equal", "random", "steps", "learning-rate"])
    let equalField = try experiment.field("equal")
    equal = try equalField.initializer()
    guard [.zeros, .ones, .constant].contains(equal.kind) else {
      throw equalField.error(
        "expected an all-equal initializer (zeros, ones or constant:value=…), got "
          + "\"\(equal)\"")
    }
    let randomField = try experiment.field("random")
    random = try randomField.initializer()
    guard random.isRandom else {
      throw randomField.error(
        "expected a random initializer such as normal:sigma=1, got \"\(random)\"")
    }
    steps = try experiment.optionalField("steps")?.integer(in: 1...5000) ?? 300
    learningRate = try experiment.optionalField("learning-rate").map { field in
      let rate = try field.number()
      guard rate > 0, rate <= 10 else {
        throw field.error("expected a learning rate in (0, 10], got \(NumberFormat.exact(rate))")
      }
      return rate
    } ?? 0.2
  }

  var parameters: [(key: String, value: JSONValue)] {
    [
      ("equal", .string(equal.description)), ("random", .string(random.description)),
      ("steps", .number(Double(steps))), ("learning-rate", .number(learningRate)),
    ]
  }

  /// One model's two loss curves and how to draw them.
  struct Model {
    var name: String
    /// The y-axis label: the loss being minimized.
    var lossLabel: String
    /// Whether the loss spans decades (log axis) rather than a factor of a few.
    var usesLogAxis: Bool
    var fromEqual: [Double]
    var fromRandom: [Double]
    /// A closed form the all-equal start's first loss must equal, as Pango markup.
    var equalStartNote: String?
  }

  func run(in context: ExperimentContext) throws -> ExperimentResult {
    var configuration = RegressionExercise.Configuration()
    configuration.steps = steps
    configuration.learningRate = learningRate
    configuration.seed = context.seed
    let curves = try RegressionExercise.run(
      equal: equal, random: random, configuration: configuration)
    let models = [
      Model(
        name: "linear regression", lossLabel: "squared error ½ mean (ŷ − y)<sup>2</sup>",
        usesLogAxis: true, fromEqual: curves.linearFromEqual,
        fromRandom: curves.linearFromRandom, equalStartNote: nil),
      Model(
        name: "softmax regression", lossLabel: "cross-entropy", usesLogAxis: false,
        fromEqual: curves.softmaxFromEqual, fromRandom: curves.softmaxFromRandom,
        // Equal weights and zero biases give every class the same logit: p = 1/K.
        equalStartNote: "ln \(configuration.classCount) ≈ "
          + Markup.decimal(log(Double(configuration.classCount)), fractionDigits: 2)
          + ": every class 1/\(configuration.classCount)"),
    ]

    var data = DataTable(columns: ["model", "start", "initializer", "step", "loss"])
    for model in models {
      for (start, initializer, losses) in [
        ("equal", equal, model.fromEqual), ("random", random, model.fromRandom),
      ] {
        for (step, loss) in losses.enumerated() {
          data.append([
            .text(model.name), .text(start), .text(initializer.description),
            .number(Double(step)), .number(loss),
          ])
        }
      }
    }
    var figure = chart(models)
    figure.palette = context.palette
    return ExperimentResult(
      figure: figure, data: data, tables: [keyTable(models)],
      alt: "Two panels of training loss over \(steps) gradient-descent steps, linear "
        + "regression and softmax regression, each from all-equal weights (\(equal)) and "
        + "from random weights (\(random))")
  }

  private func keyTable(_ models: [Model]) -> KeyTable {
    let rows = models.map { model -> [String] in
      let equalLoss = model.fromEqual[steps]
      let randomLoss = model.fromRandom[steps]
      return [
        model.name, NumberFormat.readable(model.fromEqual[0]),
        NumberFormat.readable(model.fromRandom[0]), NumberFormat.readable(equalLoss, digits: 6),
        NumberFormat.readable(randomLoss, digits: 6),
        NumberFormat.readable(equalLoss - randomLoss),
      ]
    }
    return KeyTable(
      caption: "Loss before training and after \(steps) full-batch gradient-descent steps "
        + "(η = \(NumberFormat.readable(learningRate))), from all-equal weights (\(equal)) "
        + "and from random weights (\(random))",
      header: [
        "model", "loss at step 0, equal", "loss at step 0, random",
        "loss at step \(steps), equal", "loss at step \(steps), random", "difference",
      ],
      rows: rows)
  }
}
