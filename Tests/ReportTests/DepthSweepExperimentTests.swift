import Analysis
import Foundation
import Plotting
import Testing
@testable import Report

@Suite("Depth-sweep experiment")
struct DepthSweepExperimentTests {
  private static let defaults = [
    #""pairs": [{"initializer": "xavier-uniform", "activation": "tanh"}]"#,
    #""depths": [2, 4]"#, #""width": 8"#, #""batch": 4"#, #""seeds": 1"#,
  ]

  private static func json(replacing replacement: String? = nil) -> String {
    let key = replacement.map { String($0.split(separator: ":")[0]) }
    let fields = defaults.filter { key == nil || !$0.hasPrefix(key!) } + [replacement]
      .compactMap { $0 }
    return #"{"kind": "depth-sweep", "# + fields.joined(separator: ", ") + "}"
  }

  @Test("Parameters read back to an equal experiment")
  func roundTrip() throws {
    let experiment = try BeyondFixtures.experiment(Self.json(
      replacing: #""pairs": [{"initializer": "normal:sigma=0.02", "activation": "tanh"}, "#
        + #"{"initializer": "kaiming-normal", "activation": "leaky-relu:slope=0.2"}]"#))
    let again = try BeyondFixtures.roundTripped(experiment)
    #expect(again == experiment)
    let kind = try #require(again.kind as? DepthSweepExperiment)
    #expect(kind.pairs.map(\.label)
      == ["normal:sigma=0.02 / tanh", "kaiming-normal / leaky-relu:slope=0.2"])
    #expect(kind.depths == [2, 4])
  }

  @Test(
    "Bad parameters name the JSON path, the value and what is accepted",
    arguments: [
      (
        #""pairs": [{"initializer": "kaimng-normal", "activation": "relu"}]"#,
        ".pairs[0].initializer: unknown initializer 'kaimng-normal'; expected one of: "
          + WeightInitializer.names.joined(separator: ", ")
          + " (did you mean 'kaiming-normal'?)"
      ),
      (
        #""pairs": [{"initializer": "normal", "activation": "relu", "gain": 2}]"#,
        #".pairs[0].gain: unknown key "gain"; accepted keys: initializer, activation"#
      ),
      (#""pairs": []"#, ".pairs: expected 1 to 6 pairs, got 0"),
      (#""depths": [1, 4]"#, ".depths[0]: expected a whole number from 2 to 200, got 1"),
      (#""depths": [8, 4]"#, ".depths[1]: expected values in increasing order, got 4 after 8"),
      (#""width": -1"#, ".width: expected a whole number from 1 to 2048, got -1"),
      (#""batch": "64""#, #".batch: expected a number, got the string "64""#),
    ])
  func badParameters(replacement: String, message: String) {
    let error = BeyondFixtures.configurationError(experiment: Self.json(replacing: replacement))
    #expect(error == BeyondFixtures.path + message)
  }

  @Test("Linear networks follow the closed forms: orthogonal keeps 1, Gaussian (nσ²)^((L−1)/2)")
  func linearClosedForms() throws {
    let normal = WeightInitializer.normal(sigma: 0.2)
    let experiment = DepthSweepExperiment(
      pairs: [
        .init(initializer: .orthogonal(), activation: Activation(.identity)),
        .init(initializer: normal, activation: Activation(.identity)),
      ],
      depths: [2, 3, 5], width: 16, batchSize: 8, seedCount: 2)
    let result = try experiment.run(in: BeyondFixtures.context)

    // Orthogonal layers preserve every row's norm going back, so the ratio
    // is 1 up to float32 rounding: at most L · n · ε₃₂ = 5 · 16 · 2⁻²³.
    let orthogonal = BeyondFixtures.column(
      "ratio_mean", of: result.data, where: "initializer", is: "orthogonal")
    #expect(orthogonal.count == 3)
    for ratio in orthogonal {
      #expect(abs(ratio - 1) <= 5 * 16 * Double(Float.ulpOfOne))
    }
    // Mean field for a linear net: each layer multiplies E[g²] by n σ², so
    // the ratio over L − 1 layers is (16 · 0.04)^((L−1)/2) = 0.8^(L−1);
    // computed as a product of L − 1 factors, exact to a few ulps.
    let theory = BeyondFixtures.column(
      "ratio_theory", of: result.data, where: "initializer", is: normal.description)
    for (depth, value) in zip([2, 3, 5], theory) {
      #expect(abs(value / pow(0.8, Double(depth - 1)) - 1) <= 1e-14)
    }
  }

  @Test("The figure draws one banded line and one theory line per pair on a log axis")
  func figure() throws {
    let experiment = DepthSweepExperiment(
      pairs: [
        .init(initializer: WeightInitializer(.kaimingNormal), activation: Activation(.relu)),
        .init(initializer: WeightInitializer(.kaimingNormal), activation: Activation(.tanh)),
      ],
      depths: [2, 3], width: 8, batchSize: 4, seedCount: 2)
    let figure = try experiment.run(in: BeyondFixtures.context).figure

    #expect(figure.panels.count == 1)
    let plot = figure.panels[0]
    #expect(plot.yAxis.scale == .log10)
    #expect(plot.lines.count == 4)
    #expect(plot.lines.compactMap(\.label)
      == ["kaiming-normal / relu", "kaiming-normal / tanh", "mean-field theory"])
    #expect(plot.lines.prefix(2).allSatisfy { $0.band != nil && $0.x == [2, 3] })
    // Two pairs with one initializer are keyed by pair so they differ.
    #expect(plot.lines[0].colorKey != plot.lines[1].colorKey)
  }
}
