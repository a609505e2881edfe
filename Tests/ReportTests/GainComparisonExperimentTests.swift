import Analysis
import Foundation
import Plotting
import Testing
@testable import Report

@Suite("Gain-comparison experiment")
struct GainComparisonExperimentTests {
  private static let json = """
    {"kind": "gain-comparison", "activation": "relu",
     "inits": ["kaiming-normal", "xavier-uniform", "normal:sigma=0.05"],
     "width": 256, "depth": 50, "batch": 32, "seeds": 2}
    """

  @Test("Parameters read back to an equal experiment")
  func roundTrip() throws {
    let experiment = try BeyondFixtures.experiment(Self.json)
    let again = try BeyondFixtures.roundTripped(experiment)
    #expect(again == experiment)
    let kind = try #require(again.kind as? GainComparisonExperiment)
    #expect(kind.initializers.map(\.description)
      == ["kaiming-normal", "xavier-uniform", "normal:sigma=0.05"])
    #expect(kind.depth == 50 && kind.width == 256 && kind.batchSize == 32)
  }

  @Test(
    "Bad parameters name the JSON path, the value and what is accepted",
    arguments: [
      (
        #""inits": ["kaiming-normal", "xavir"]"#,
        ".inits[1]: unknown initializer 'xavir'; expected one of: "
          + WeightInitializer.names.joined(separator: ", ") + " (did you mean 'xavier'?)"
      ),
      (
        #""activation": "rellu""#,
        ".activation: unknown activation 'rellu'; expected one of: "
          + Activation.names.joined(separator: ", ") + " (did you mean 'relu'?)"
      ),
      (#""width": 0"#, ".width: expected a whole number from 1 to 2048, got 0"),
      (#""depth": -3"#, ".depth: expected a whole number from 1 to 200, got -3"),
      (#""seeds": "NaN""#, #".seeds: expected a number, got the string "NaN""#),
      (
        #""widht": 8"#,
        #".widht: unknown key "widht"; did you mean "width"? Accepted keys: kind, "#
          + "activation, inits, width, depth, batch, seeds"
      ),
    ])
  func badParameters(replacement: String, message: String) throws {
    let key = String(replacement.split(separator: ":")[0])
    let defaults = [
      #""activation": "relu""#, #""inits": ["kaiming-normal"]"#, #""width": 8"#,
      #""depth": 2"#, #""batch": 4"#, #""seeds": 1"#,
    ]
    let fields = defaults.filter { !$0.hasPrefix(key) } + [replacement]
    let json = #"{"kind": "gain-comparison", "# + fields.joined(separator: ", ") + "}"
    #expect(BeyondFixtures.configurationError(experiment: json) == BeyondFixtures.path + message)
  }

  @Test("With identity activation, orthogonal weights keep every layer's RMS")
  func orthogonalLinear() throws {
    let experiment = GainComparisonExperiment(
      activation: Activation(.identity), initializers: [.orthogonal()], width: 32, depth: 6,
      batchSize: 16, seedCount: 2)
    let result = try experiment.run(in: BeyondFixtures.context)

    // Square orthogonal W preserves every row's norm, so rms(H_l) = rms(H₀)
    // and rms(G_l) = rms(G_L) up to float32 rounding: each GEMM row adds
    // a relative error of at most n · ε₃₂ (γ_n bound), so six layers stay
    // within 6 · 32 · 2⁻²³ ≈ 2.3 × 10⁻⁵.
    let tolerance = 6 * 32 * Double(Float.ulpOfOne)
    let forward = BeyondFixtures.column("forward_rms_mean", of: result.data)
    let backward = BeyondFixtures.column("gradient_rms_mean", of: result.data)
    #expect(forward.count == 7)
    for value in forward {
      #expect(abs(value / forward[0] - 1) <= tolerance)
    }
    for value in backward {
      #expect(abs(value / backward[6] - 1) <= tolerance)
    }
    // Theory: n · Var[W] = 1 for orthogonal weights, so every layer is 1.
    for value in BeyondFixtures.column("forward_rms_theory", of: result.data) {
      #expect(abs(value - 1) <= 1e-12)
    }
  }

  @Test("ReLU with Xavier weights halves the second moment of the first layer")
  func reluHalves() throws {
    let experiment = GainComparisonExperiment(
      activation: Activation(.relu), initializers: [WeightInitializer(.xavierUniform)],
      width: 64, depth: 2, batchSize: 64, seedCount: 3)
    let result = try experiment.run(in: BeyondFixtures.context)
    let forward = BeyondFixtures.column("forward_rms_mean", of: result.data)

    // n · Var[W] = 1 and E[relu(z)²] = q / 2, so rms(H₁) / rms(H₀) = √(1/2).
    // rms(H₁)² averages N = B · n = 4096 entries with relative variance
    // Var[relu(z)²] / E² = (3/2 − 1/4) / (1/4) = 5 each; over 3 seeds the
    // RMS has relative standard error √(5 / (3N)) / 2 ≈ 0.010. Allow 4 SE.
    let ratio = forward[1] / forward[0]
    #expect(abs(ratio / 0.5.squareRoot() - 1) <= 0.04)
  }

  @Test("The figure has a forward and a backward log panel with bands and theory")
  func figure() throws {
    let experiment = GainComparisonExperiment(
      activation: Activation(.relu),
      initializers: [WeightInitializer(.kaimingNormal), WeightInitializer(.mxnetDefault)],
      width: 16, depth: 3, batchSize: 8, seedCount: 2)
    let result = try experiment.run(in: BeyondFixtures.context)
    let figure = result.figure

    #expect(figure.panels.count == 2)
    for panel in figure.panels {
      #expect(panel.yAxis.scale == .log10)
      // One measured line per initializer, then one theory line each.
      #expect(panel.lines.count == 4)
      #expect(panel.lines.prefix(2).allSatisfy { $0.band != nil && $0.x.count == 4 })
      #expect(panel.lines.suffix(2).allSatisfy { $0.dash == .dashed && $0.band == nil })
    }
    #expect(figure.panels[0].lines.compactMap(\.label)
      == ["kaiming-normal", "mxnet-default", "mean-field theory"])
    #expect(figure.panels[1].legend == .hidden)
    // Kaiming-normal and mxnet-default share a palette colour; the figure
    // must still tell them apart.
    #expect(figure.panels[0].lines[0].color != figure.panels[0].lines[1].color)
  }
}
