import Foundation
import Plotting
import Testing
@testable import Report

@Suite("Deep linear network experiment")
struct DeepLinearExperimentTests {
  private static let small = #"""
    {"kind": "deep-linear", "gains": [0.8, 1.25], "width": 128, "depth": 8, "batch": 32,
     "seeds": 4}
    """#

  @Test("Parameters survive a write and a second read, defaults included")
  func roundTrip() throws {
    let (first, second) = try ExperimentJSON.roundTrip(Self.small)
    #expect(first == second)
    let (defaulted, again) = try ExperimentJSON.roundTrip(
      #"{"kind": "deep-linear", "gains": [1]}"#)
    #expect(defaulted == again)
    let kind = try #require(defaulted.kind as? DeepLinearExperiment)
    #expect(kind.width == 256 && kind.depth == 40 && kind.batch == 64 && kind.seeds == 3)
  }

  @Test(
    "Bad parameters are rejected with their JSON path",
    arguments: [
      (
        #"{"kind": "deep-linear", "gains": []}"#,
        "experiment.gains: expected 1 to 6 gains σ·√n, got 0"
      ),
      (
        #"{"kind": "deep-linear", "gains": [-1]}"#,
        "experiment.gains[0]: expected a gain σ·√n in (0, 10], got -1"
      ),
      (
        #"{"kind": "deep-linear", "gains": ["1"]}"#,
        #"experiment.gains[0]: expected a number, got the string "1""#
      ),
      (
        #"{"kind": "deep-linear", "gains": [1], "width": 0}"#,
        "experiment.width: expected a whole number from 1 to 1024, got 0"
      ),
      (
        #"{"kind": "deep-linear", "gains": [1], "depth": -3}"#,
        "experiment.depth: expected a whole number from 1 to 200, got -3"
      ),
      (
        #"{"kind": "deep-linear", "gains": [1], "depth": "NaN"}"#,
        #"experiment.depth: expected a number, got the string "NaN""#
      ),
      (
        #"{"kind": "deep-linear", "gains": [1], "widht": 8}"#,
        #"experiment.widht: unknown key "widht"; did you mean "width"? "#
          + "Accepted keys: kind, gains, width, depth, batch, seeds"
      ),
    ])
  func rejection(object: String, message: String) {
    #expect(ExperimentJSON.rejection(object) == message)
  }

  // A linear layer multiplies each row's squared norm by nσ² · χ²ₙ/n, which has mean nσ²
  // and relative variance 2/n, so the mean square after L layers has mean (nσ²)^L exactly
  // and, for a single row (the worst case: rows sharing the weights only average that
  // noise down), Var[ln MS] ≈ 2L/n = 2 · 8/128 = 0.125. The RMS halves the logarithm:
  // sd[ln RMS] ≤ √0.125 / 2 ≈ 0.177 per seed, 0.088 for the mean of 4 seeds, and Jensen's
  // inequality biases ln RMS down by about Var[ln MS]/4 ≈ 0.031. Allowing 4 standard
  // errors plus that bias: |ln(measured / theory)| ≤ 4 · 0.088 + 0.031 ≈ 0.39.
  @Test("Measured RMS at the last layer and at the input follows (nσ²)^(l/2)")
  func closedForm() throws {
    let experiment = try #require(
      try ExperimentJSON.read(Self.small).kind as? DeepLinearExperiment)
    let result = try experiment.run(in: ExperimentJSON.context())
    let gainColumn = try #require(result.data.columns.firstIndex(of: "gain"))
    let layerColumn = try #require(result.data.columns.firstIndex(of: "layer"))
    let meanColumn = try #require(result.data.columns.firstIndex(of: "rms_mean"))
    let theoryColumn = try #require(result.data.columns.firstIndex(of: "rms_theory"))
    var checked = 0
    for row in result.data.rows {
      guard case let .number(gain) = row[gainColumn], case let .number(layer) = row[layerColumn],
        case let .number(mean) = row[meanColumn], case let .number(theory) = row[theoryColumn]
      else { continue }
      guard case let .text(direction) = row[2] else { continue }
      // Forward at l = L and backward at l = 0 both span all 8 layers.
      let exponent = direction == "forward" ? layer : 8 - layer
      #expect(abs(theory - pow(gain * gain, exponent / 2)) <= 1e-12 * theory)
      guard exponent == 8 else { continue }
      #expect(abs(log(mean / theory)) <= 0.39, "gain \(gain), \(direction), layer \(layer)")
      checked += 1
    }
    #expect(checked == 4)
  }

  @Test("The figure has a forward and a backward log panel with measured and theory lines")
  func figure() throws {
    let experiment = DeepLinearExperiment(gains: [0.8, 1.25], width: 16, depth: 3, batch: 4,
      seeds: 2)
    let figure = try experiment.run(in: ExperimentJSON.context()).figure
    #expect(figure.panels.count == 2)
    #expect(figure.columns == 2)
    for panel in figure.panels {
      #expect(panel.yAxis.scale == .log10)
      #expect(panel.lines.count == 4)
      let measured = panel.lines.filter { $0.band != nil }
      #expect(measured.count == 2)
      #expect(measured.map(\.colorKey) == [0.8, 1.25].map {
        experiment.initializer(gain: $0).description
      })
      let theory = panel.lines.filter { $0.colorKey == "theory" }
      #expect(theory.count == 2)
      #expect(theory.compactMap(\.label).count == 1)
      #expect(theory.allSatisfy { $0.dash == .dashed && $0.x.count == 4 })
    }
  }
}
