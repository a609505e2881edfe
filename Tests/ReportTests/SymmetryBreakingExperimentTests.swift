import Analysis
import Foundation
import Plotting
import Testing
@testable import Report

@Suite("Symmetry experiment")
struct SymmetryBreakingExperimentTests {
  private static let short = #"""
    {"kind": "symmetry", "inits": ["constant:value=0.5", "normal:sigma=0.5"],
     "steps": 20, "batch": 8, "learning-rate": 0.1}
    """#

  @Test("Parameters survive a write and a second read, defaults included")
  func roundTrip() throws {
    let (first, second) = try ExperimentJSON.roundTrip(Self.short)
    #expect(first == second)
    let (defaulted, again) = try ExperimentJSON.roundTrip(
      #"{"kind": "symmetry", "inits": ["ones"]}"#)
    #expect(defaulted == again)
    let kind = try #require(defaulted.kind as? SymmetryBreakingExperiment)
    #expect(kind.steps == 200 && kind.batch == 16 && kind.learningRate == 0.1)
  }

  @Test(
    "Bad parameters are rejected with their JSON path",
    arguments: [
      (
        #"{"kind": "symmetry", "inits": ["constnt"]}"#,
        "experiment.inits[0]: unknown initializer 'constnt'; expected one of: "
          + WeightInitializer.names.joined(separator: ", ") + " (did you mean 'constant'?)"
      ),
      (
        #"{"kind": "symmetry", "inits": []}"#,
        "experiment.inits: expected 1 to 3 initializers, got 0"
      ),
      (
        #"{"kind": "symmetry", "inits": ["ones"], "steps": 0}"#,
        "experiment.steps: expected a whole number from 1 to 2000, got 0"
      ),
      (
        #"{"kind": "symmetry", "inits": ["ones"], "learning-rate": -0.5}"#,
        "experiment.learning-rate: expected a learning rate in (0, 10], got -0.5"
      ),
      (
        #"{"kind": "symmetry", "inits": ["ones"], "batch": "NaN"}"#,
        #"experiment.batch: expected a number, got the string "NaN""#
      ),
      (
        #"{"kind": "symmetry", "inits": ["ones"], "step": 5}"#,
        #"experiment.step: unknown key "step"; did you mean "steps"? "#
          + "Accepted keys: kind, inits, steps, batch, learning-rate"
      ),
    ])
  func rejection(object: String, message: String) {
    #expect(ExperimentJSON.rejection(object) == message)
  }

  // Equal units get equal gradients, so under constant init exactly one distinct unit
  // survives every step (exact comparison: the network is plain float64 loops, one
  // operation sequence per unit). N(0, 0.25) weights are distinct with probability 1.
  @Test("Constant init keeps one distinct unit at every step; random init keeps five")
  func distinctUnits() throws {
    let experiment = try #require(
      try ExperimentJSON.read(Self.short).kind as? SymmetryBreakingExperiment)
    let result = try experiment.run(in: ExperimentJSON.context())
    let column = try #require(result.data.columns.firstIndex(of: "distinct_units"))
    var counts: [String: Set<Double>] = [:]
    for row in result.data.rows {
      guard case let .text(name) = row[0], case let .number(count) = row[column] else {
        continue
      }
      counts[name, default: []].insert(count)
    }
    #expect(counts == ["constant:value=0.5": [1], "normal:sigma=0.5": [5]])
    #expect(result.data.rows.count == 2 * 21)
    #expect(result.tables[0].rows.map { Array($0[1...2]) } == [["1", "1"], ["5", "5"]])
  }

  @Test("The figure has one unit panel per initializer and a distinct-units panel")
  func figure() throws {
    let experiment = try #require(
      try ExperimentJSON.read(Self.short).kind as? SymmetryBreakingExperiment)
    let figure = try experiment.run(in: ExperimentJSON.context()).figure
    #expect(figure.panels.count == 3 && figure.columns == 3)
    #expect(figure.panels[0].lines.count == 5 && figure.panels[1].lines.count == 5)
    #expect(figure.panels[0].annotations.count == 1)
    #expect(figure.panels[1].annotations.isEmpty)
    #expect(figure.panels[2].lines.map(\.colorKey) == ["constant:value=0.5", "normal:sigma=0.5"])
    #expect(figure.panels[2].lines.allSatisfy { $0.x.count == 21 })
  }
}
