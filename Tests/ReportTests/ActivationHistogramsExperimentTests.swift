import Analysis
import Foundation
import Plotting
import Testing
@testable import Report

@Suite("activation-histograms experiment")
struct ActivationHistogramsExperimentTests {
  private typealias Reading = ExperimentReading

  private static func json(
    inits: String = #"["glorot-standard", "xavier-uniform"]"#, activation: String = "tanh",
    width: Int = 256, depth: Int = 5, batch: Int = 64, extra: String = ""
  ) -> String {
    """
    {"kind": "activation-histograms", "inits": \(inits), "activation": "\(activation)",
     "width": \(width), "depth": \(depth), "batch": \(batch)\(extra)}
    """
  }

  @Test("Parameters written back read as the same experiment")
  func roundTrip() throws {
    let experiment = try Reading.experiment(Self.json(extra: #", "bins": 30"#))
    let first = try #require(experiment.kind as? ActivationHistogramsExperiment)
    #expect(first.bins == 30)
    #expect(try Reading.roundTripped(experiment).kind as? ActivationHistogramsExperiment == first)
  }

  private static let badCases: [(json: String, message: String)] = [
    (json(depth: 11), "depth: expected a whole number from 1 to 10, got 11"),
    (json(width: 0), "width: expected a whole number from 1 to 2048, got 0"),
    (
      json(width: 2048, batch: 64),
      ": width × batch = 131072 values per histogram; at most 100000 are drawn, so lower "
        + "the width or the batch"
    ),
    (
      json(activation: "sigmod"),
      "activation: unknown activation 'sigmod'; expected one of: "
        + Activation.names.joined(separator: ", ") + " (did you mean 'sigmoid'?)"
    ),
    (
      json(inits: #"["normal", "uniform", "ones", "zeros"]"#),
      "inits: expected 1 to 3 initializers, got 4"
    ),
    (
      json(extra: #", "bin": 30"#),
      "bin: unknown key \"bin\"; did you mean \"bins\"? Accepted keys: kind, inits, "
        + "activation, width, depth, batch, bins"
    ),
  ]

  @Test("Bad parameters are rejected with their JSON path and the fix", arguments: badCases)
  func badParameters(json: String, message: String) {
    let separator = message.hasPrefix(":") ? "" : "."
    #expect(Reading.message(json) == Reading.path + separator + message)
  }

  @Test("Linear layers scale the std by √(n · Var[W]): (1/3)^(l/2) standard, 1 Xavier")
  func linearClosedForm() throws {
    let experiment = try #require(
      try Reading.kind(Self.json(activation: "identity", depth: 3), as:
        ActivationHistogramsExperiment.self))
    let runs = try experiment.activations(seed: 42)

    // Standard U(±1/√n): n · Var[W] = n · (1/n) / 3 = 1/3. Xavier U(±√(6/(2n))): 1. The
    // batch's mean square picks up a factor with relative variance 2 (B + n) / (B n²) =
    // 1.5e-4 per layer (B = 64, n = 256; see LayerRMSExperimentTests), so after 3 layers the
    // std has relative SD √(3 · 1.5e-4) / 2 = 0.011, and the N(0, 1) inputs' own sample std
    // over B n = 16384 values adds √(2 / 16384) / 2 = 0.0055: 0.012 together. Allow about
    // 6 SD: 7 %.
    for (layers, gain) in zip(runs, [(1.0 / 3).squareRoot(), 1]) {
      for l in 1...3 {
        let std = ActivationHistogramsExperiment.standardDeviation(layers[l])
        #expect(abs(std / pow(gain, Double(l)) - 1) < 0.07, "layer \(l)")
      }
    }
  }

  @Test("Under tanh the standard init's histograms narrow layer by layer and Xavier's do not")
  func tanhNarrowing() throws {
    let experiment = try #require(
      try Reading.kind(Self.json(), as: ActivationHistogramsExperiment.self))
    let runs = try experiment.activations(seed: 42)

    // Mean-field theory (independent quadrature code) predicts the per-layer std; the same
    // finite-batch spread as in the linear test (0.015 relative SD after 5 layers) plus the
    // theory's O(1/n) finite-width bias fit in 10 %.
    for (initializer, layers) in zip(experiment.initializers, runs) {
      let theory = MeanFieldTheory.predict(experiment.network(initializer))
      for l in 1...5 {
        let std = ActivationHistogramsExperiment.standardDeviation(layers[l])
        let predicted = theory[l].activationSecondMoment.squareRoot()
        #expect(abs(std / predicted - 1) < 0.1, "\(initializer) layer \(l)")
      }
    }
    // Theory: standard 0.46 → 0.047 (÷ 10), Xavier 0.63 → 0.32 (÷ 2).
    let ratios = runs.map {
      ActivationHistogramsExperiment.standardDeviation($0[5])
        / ActivationHistogramsExperiment.standardDeviation($0[1])
    }
    #expect(ratios[0] < 0.15)
    #expect(ratios[1] > 0.4)
  }

  @Test("Two panels share a y axis and draw one step histogram per layer on [−1, 1]")
  func figure() throws {
    let experiment = try #require(
      try Reading.kind(Self.json(width: 32, batch: 16), as:
        ActivationHistogramsExperiment.self))
    let result = try experiment.run(in: Reading.context)
    let panels = result.figure.panels

    #expect(panels.count == 2)
    #expect(result.figure.sharesYAxis)
    #expect(panels.map(\.title) == ["glorot-standard", "xavier-uniform"])
    for panel in panels {
      #expect(panel.histograms.map(\.label) == (1...5).map { "layer \($0)" })
      #expect(panel.histograms.allSatisfy {
        $0.style == .step && $0.range == -1...1 && $0.values.count == 32 * 16
      })
    }
    #expect(result.tables[0].rows.count == 5)
    // 2 initializers × 5 layers × 50 bins.
    #expect(result.data.rows.count == 500)
  }
}
