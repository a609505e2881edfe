import Analysis
import Foundation
import Plotting
import Testing
@testable import Report

@Suite("Orthogonal-spectrum experiment")
struct OrthogonalSpectrumExperimentTests {
  @Test("Parameters read back to an equal experiment")
  func roundTrip() throws {
    let experiment = try BeyondFixtures.experiment("""
      {"kind": "orthogonal-spectrum", "inits": ["orthogonal:gain=2", "xavier-normal"],
       "depths": [1, 8, 32], "width": 128}
      """)
    let again = try BeyondFixtures.roundTripped(experiment)
    #expect(again == experiment)
    let kind = try #require(again.kind as? OrthogonalSpectrumExperiment)
    #expect(kind.initializers.map(\.description) == ["orthogonal:gain=2", "xavier-normal"])
    #expect(kind.depths == [1, 8, 32])
  }

  @Test(
    "Bad parameters name the JSON path, the value and what is accepted",
    arguments: [
      (
        #""inits": ["orthgonal"]"#,
        ".inits[0]: unknown initializer 'orthgonal'; expected one of: "
          + WeightInitializer.names.joined(separator: ", ") + " (did you mean 'orthogonal'?)"
      ),
      (
        #""inits": ["orthogonal", "identity"]"#,
        #".inits[1]: expected a random initializer, got "identity"; a constant "#
          + "product has no spectrum worth comparing"
      ),
      (#""depths": [0, 8]"#, ".depths[0]: expected a whole number from 1 to 64, got 0"),
      (#""depths": []"#, ".depths: expected 1 to 4 values, got 0"),
      (#""width": 1"#, ".width: expected a whole number from 2 to 512, got 1"),
      (#""width": "nan""#, #".width: expected a number, got the string "nan""#),
      (
        #""seed": 3"#,
        #".seed: unknown key "seed"; accepted keys: kind, inits, depths, width"#
      ),
    ])
  func badParameters(replacement: String, message: String) {
    let key = String(replacement.split(separator: ":")[0])
    let defaults = [#""inits": ["orthogonal"]"#, #""depths": [1]"#, #""width": 4"#]
    let fields = defaults.filter { !$0.hasPrefix(key) } + [replacement]
    let json = #"{"kind": "orthogonal-spectrum", "# + fields.joined(separator: ", ") + "}"
    #expect(BeyondFixtures.configurationError(experiment: json) == BeyondFixtures.path + message)
  }

  @Test("Orthogonal products have every singular value 1; Gaussian ones keep mean σ² near 1")
  func closedForms() throws {
    let experiment = OrthogonalSpectrumExperiment(
      initializers: [.orthogonal(), WeightInitializer(.xavierNormal)], depths: [1, 4],
      width: 32)
    let result = try experiment.run(in: BeyondFixtures.context)

    // J is orthogonal; float64 products and the SVD leave each singular
    // value within about L · n · ε = 4 · 32 · 2⁻⁵² ≈ 2.8 × 10⁻¹⁴ of 1.
    let orthogonal = BeyondFixtures.column(
      "singular_value", of: result.data, where: "initializer", is: "orthogonal")
    #expect(orthogonal.count == 64)
    for value in orthogonal {
      #expect(abs(value - 1) <= 4 * 32 * Double.ulpOfOne)
    }
    // One Gaussian layer, Var = 2 / (n + n) = 1/n: mean σ² = ‖W‖²_F / n
    // sums n² entries of relative variance 2, so its standard error is
    // √2 / n ≈ 0.044 at n = 32. Allow 4 SE.
    let gaussian = BeyondFixtures.column(
      "singular_value", of: result.data, where: "initializer", is: "xavier-normal")
    let meanSquare = gaussian.prefix(32).reduce(0) { $0 + $1 * $1 } / 32
    #expect(abs(meanSquare - 1) <= 4 * 2.0.squareRoot() / 32)
    // The orthogonal prediction is exactly 1. The Gaussian one for a single
    // layer starts where 1/64 of the quarter-circle law lies above it; near
    // the edge that mass is (4 / 3π)(2 − σ)^(3/2), so σ ≈ 1.89.
    let theory = BeyondFixtures.column("singular_value_theory", of: result.data)
    #expect(theory.prefix(32).allSatisfy { $0 == 1 })
    #expect(abs(theory[32] - 1.89) <= 0.01)
  }

  @Test("The figure has one log panel per depth with a line per initializer")
  func figure() throws {
    let experiment = OrthogonalSpectrumExperiment(
      initializers: [.orthogonal(), WeightInitializer(.xavierNormal)], depths: [1, 2, 3],
      width: 8)
    let figure = try experiment.run(in: BeyondFixtures.context).figure

    #expect(figure.panels.count == 3 && figure.columns == 3 && figure.sharesYAxis)
    for panel in figure.panels {
      #expect(panel.yAxis.scale == .log10)
      // Measured lines first, then a dashed prediction for each.
      #expect(panel.lines.map(\.colorKey)
        == ["orthogonal", "xavier-normal", "theory", "theory"])
      #expect(panel.lines.suffix(2).allSatisfy { $0.dash == .dashed })
    }
    #expect(figure.panels.map(\.legend) == [.automatic, .hidden, .hidden])
  }
}
