import Analysis
import Foundation
import Plotting
import Testing
@testable import Report

@Suite("Regression exercise experiment")
struct RegressionExerciseExperimentTests {
  private static let chapter = #"""
    {"kind": "regression-exercise", "equal": "constant:value=0.5",
     "random": "normal:sigma=1", "steps": 300, "learning-rate": 0.2}
    """#

  @Test("Parameters survive a write and a second read, defaults included")
  func roundTrip() throws {
    let (first, second) = try ExperimentJSON.roundTrip(Self.chapter)
    #expect(first == second)
    let (defaulted, again) = try ExperimentJSON.roundTrip(
      #"{"kind": "regression-exercise", "equal": "zeros", "random": "xavier-normal"}"#)
    #expect(defaulted == again)
    let kind = try #require(defaulted.kind as? RegressionExerciseExperiment)
    #expect(kind.steps == 300 && kind.learningRate == 0.2)
  }

  @Test(
    "Bad parameters are rejected with their JSON path",
    arguments: [
      (
        #"{"kind": "regression-exercise", "equal": "normal", "random": "normal"}"#,
        "experiment.equal: expected an all-equal initializer (zeros, ones or "
          + #"constant:value=…), got "normal""#
      ),
      (
        #"{"kind": "regression-exercise", "equal": "zeros", "random": "ones"}"#,
        #"experiment.random: expected a random initializer such as normal:sigma=1, got "ones""#
      ),
      (
        #"{"kind": "regression-exercise", "equal": "zeros", "random": "xavir"}"#,
        "experiment.random: unknown initializer 'xavir'; expected one of: "
          + WeightInitializer.names.joined(separator: ", ") + " (did you mean 'xavier'?)"
      ),
      (
        #"{"kind": "regression-exercise", "equal": "zeros", "random": "normal", "steps": -1}"#,
        "experiment.steps: expected a whole number from 1 to 5000, got -1"
      ),
      (
        #"{"kind": "regression-exercise", "equal": "zeros", "random": "normal", "#
          + #""learning_rate": 1}"#,
        #"experiment.learning_rate: unknown key "learning_rate"; did you mean "learning-rate"? "#
          + "Accepted keys: kind, equal, random, steps, learning-rate"
      ),
    ])
  func rejection(object: String, message: String) {
    #expect(ExperimentJSON.rejection(object) == message)
  }

  // All-equal weights and zero biases give every class the same logit, so softmax assigns
  // 1/3 to each of the K = 3 classes and the mean cross-entropy is ln 3 exactly; summing
  // N = 512 rounded terms costs at most N ulps, far below 1e-12 relative.
  //
  // Linear regression: gradient descent contracts the distance to the unique minimum by
  // (1 − η λ_min) per step, with λ_min ≈ (1 − √(d/N))² ≈ 0.81 for d = 5 standard-normal
  // features and N = 512, so after 300 steps with η = 0.2 the two starts differ by about
  // 0.84³⁰⁰ ≈ 10⁻²³: equal to rounding, checked at 1e-12 relative. Softmax cross-entropy is
  // only locally strongly convex and converges more slowly; both curves are deterministic
  // (fixed seed, float64 loops), the gap after 300 steps is about 4 × 10⁻⁶, and the check
  // asks that it fell by more than 10⁴ from the start and stays below 1e-4 relative.
  @Test("Equal and random starts reach the same loss; softmax from equal starts at ln 3")
  func sameMinimum() throws {
    let experiment = try #require(
      try ExperimentJSON.read(Self.chapter).kind as? RegressionExerciseExperiment)
    let result = try experiment.run(in: ExperimentJSON.context(seed: 42))
    var curves: [String: [Double]] = [:]
    for row in result.data.rows {
      guard case let .text(model) = row[0], case let .text(start) = row[1],
        case let .number(loss) = row[4]
      else { continue }
      curves["\(model)/\(start)", default: []].append(loss)
    }
    let softmaxEqual = try #require(curves["softmax regression/equal"])
    let softmaxRandom = try #require(curves["softmax regression/random"])
    let linearEqual = try #require(curves["linear regression/equal"])
    let linearRandom = try #require(curves["linear regression/random"])
    #expect(softmaxEqual.count == 301)
    #expect(abs(softmaxEqual[0] - log(3)) <= 1e-12 * log(3))
    #expect(abs(linearEqual[300] - linearRandom[300]) <= 1e-12 * linearRandom[300])
    let gap = abs(softmaxEqual[300] - softmaxRandom[300])
    #expect(gap <= 1e-4 * softmaxRandom[300])
    #expect(gap * 1e4 < abs(softmaxEqual[0] - softmaxRandom[0]))
  }

  @Test("The figure has a log panel for linear and a linear panel for softmax regression")
  func figure() throws {
    let experiment = RegressionExerciseExperiment(
      equal: .constant(0.5), random: .normal(sigma: 1), steps: 5, learningRate: 0.2)
    let figure = try experiment.run(in: ExperimentJSON.context()).figure
    #expect(figure.panels.count == 2)
    #expect(figure.panels.map(\.yAxis.scale) == [.log10, .linear])
    #expect(figure.panels.map(\.annotations.count) == [0, 1])
    #expect(figure.panels[1].annotations.first?.text.hasPrefix("ln 3 ≈ 1.10") == true)
    for panel in figure.panels {
      #expect(panel.lines.map(\.colorKey) == ["constant:value=0.5", "normal:sigma=1"])
      #expect(panel.lines.allSatisfy { $0.x.count == 6 })
    }
  }
}
