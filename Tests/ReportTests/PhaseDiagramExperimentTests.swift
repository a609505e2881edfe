import Analysis
import Foundation
import Plotting
import Testing
@testable import Report

@Suite("Phase-diagram experiment")
struct PhaseDiagramExperimentTests {
  @Test("Parameters read back to an equal experiment")
  func roundTrip() throws {
    let experiment = try BeyondFixtures.experiment("""
      {"kind": "phase-diagram", "depths": [4, 8, 16], "weight-variances": [0.5, 1, 2.5],
       "width": 64, "batch": 32, "seeds": 2}
      """)
    let again = try BeyondFixtures.roundTripped(experiment)
    #expect(again == experiment)
    let kind = try #require(again.kind as? PhaseDiagramExperiment)
    #expect(kind.weightVariances == [0.5, 1, 2.5])
  }

  @Test(
    "Bad parameters name the JSON path, the value and what is accepted",
    arguments: [
      (#""weight-variances": [0, 1]"#, ".weight-variances[0]: expected a positive number, got 0"),
      (
        #""weight-variances": [2, 1]"#,
        ".weight-variances[1]: expected values in increasing order, got 1 after 2"
      ),
      (#""weight-variances": [1]"#, ".weight-variances: expected 2 to 32 values, got 1"),
      (#""depths": [2, -4]"#, ".depths[1]: expected a whole number from 2 to 200, got -4"),
      (#""width": 0"#, ".width: expected a whole number from 1 to 1024, got 0"),
      (#""seeds": "inf""#, #".seeds: expected a number, got the string "inf""#),
      (
        #""depth": [2, 4]"#,
        #".depth: unknown key "depth"; did you mean "depths"? Accepted keys: kind, depths, "#
          + "weight-variances, width, batch, seeds"
      ),
    ])
  func badParameters(replacement: String, message: String) {
    let key = String(replacement.split(separator: ":")[0])
    let defaults = [
      #""depths": [2, 4]"#, #""weight-variances": [0.5, 2]"#, #""width": 8"#, #""batch": 4"#,
      #""seeds": 1"#,
    ]
    let fields = defaults.filter { !$0.hasPrefix(key + ":") } + [replacement]
    let json = #"{"kind": "phase-diagram", "# + fields.joined(separator: ", ") + "}"
    #expect(BeyondFixtures.configurationError(experiment: json) == BeyondFixtures.path + message)
  }

  @Test("Gradients vanish in the ordered phase and grow in the chaotic phase")
  func phases() throws {
    let experiment = PhaseDiagramExperiment(
      depths: [2, 16], weightVariances: [0.5, 3], width: 64, batchSize: 32, seedCount: 2)
    let result = try experiment.run(in: BeyondFixtures.context)
    let measured = BeyondFixtures.column("ratio_measured", of: result.data)
    let theory = BeyondFixtures.column("ratio_theory", of: result.data)

    // Rows: (2, 0.5), (2, 3), (16, 0.5), (16, 3). With z → 0 at σ_w² = 0.5
    // each layer multiplies the ratio by about √0.5, so 15 layers give
    // ≈ 0.5^7.5 ≈ 0.006; at σ_w² = 3 the theory grows by about 12% a layer
    // to ≈ 4.7. A factor of 3 either side of 1 is far outside sampling
    // noise.
    #expect(measured[2] < 1.0 / 3 && theory[2] < 1.0 / 3)
    #expect(measured[3] > 3 && theory[3] > 3)
    // At one layer apart (depth 2) theory and measurement agree within 25%:
    // the ratio of two RMS over B · n = 2048 entries, two seeds.
    for (m, t) in zip(measured.prefix(2), theory.prefix(2)) {
      #expect(abs(m / t - 1) <= 0.25)
    }
  }

  @Test("Cell edges are midpoints between centres, extended by half a gap at the ends")
  func edges() {
    // Exact: halves and sums of small binary fractions.
    #expect(PhaseDiagramExperiment.edges(around: [0.5, 1, 2]) == [0.25, 0.75, 1.5, 2.5])
    #expect(PhaseDiagramExperiment.edges(around: [4, 8]) == [2, 6, 10])
  }

  @Test("The figure has a measured and a theory heatmap on one log colour scale")
  func figure() throws {
    let experiment = PhaseDiagramExperiment(
      depths: [2, 3], weightVariances: [0.5, 1, 2], width: 8, batchSize: 4, seedCount: 1)
    let figure = try experiment.run(in: BeyondFixtures.context).figure

    #expect(figure.panels.count == 2)
    let maps = figure.panels.compactMap(\.heatmap)
    #expect(maps.count == 2)
    #expect(maps.allSatisfy { $0.colorScale == .log10 && $0.values.count == 2 })
    #expect(maps[0].colorLimits != nil && maps[0].colorLimits == maps[1].colorLimits)
    for panel in figure.panels {
      #expect(panel.referenceLines.map(\.value) == [1])
      #expect(panel.referenceLines.first?.orientation == .vertical)
    }
  }
}
