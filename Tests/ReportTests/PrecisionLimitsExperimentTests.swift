import Analysis
import Foundation
import Plotting
import Testing
@testable import Report

@Suite("Precision limits experiment")
struct PrecisionLimitsExperimentTests {
  private static let chapter = #"""
    {"kind": "precision-limits", "weights": [0.2, 5], "depth": 100,
     "precisions": ["float32", "float64"]}
    """#

  @Test("Parameters survive a write and a second read")
  func roundTrip() throws {
    let (first, second) = try ExperimentJSON.roundTrip(Self.chapter)
    #expect(first == second)
    let defaulted = try ExperimentJSON.read(
      #"{"kind": "precision-limits", "weights": [5], "depth": 10}"#)
    let kind = try #require(defaulted.kind as? PrecisionLimitsExperiment)
    #expect(kind.precisions == [.float32, .float64])
  }

  @Test(
    "Bad parameters are rejected with their JSON path",
    arguments: [
      (
        #"{"kind": "precision-limits", "weights": [5], "depth": 10, "precisions": ["flaot32"]}"#,
        #"experiment.precisions[0]: unknown precision "flaot32"; did you mean "float32"? "#
          + "Accepted: float32, float64"
      ),
      (
        #"{"kind": "precision-limits", "weights": [0], "depth": 10}"#,
        "experiment.weights[0]: expected a positive weight, got 0"
      ),
      (
        #"{"kind": "precision-limits", "weights": [5], "depth": 0}"#,
        "experiment.depth: expected a whole number from 1 to 1000, got 0"
      ),
      (
        #"{"kind": "precision-limits", "weights": [5], "depth": "inf"}"#,
        #"experiment.depth: expected a number, got the string "inf""#
      ),
      (
        #"{"kind": "precision-limits", "weights": [5], "depht": 10}"#,
        #"experiment.depht: unknown key "depht"; did you mean "depth"? "#
          + "Accepted keys: kind, weights, depth, precisions"
      ),
    ])
  func rejection(object: String, message: String) {
    #expect(ExperimentJSON.rejection(object) == message)
  }

  // float32: 5⁵⁵ ≈ 2.78 × 10³⁸ < 3.40 × 10³⁸ (largest finite) < 5⁵⁶ ≈ 1.39 × 10³⁹, and
  // 0.2⁶⁵ ≈ 3.7 × 10⁻⁴⁶ is below half the smallest subnormal 2⁻¹⁴⁹ ≈ 1.40 × 10⁻⁴⁵, while
  // 0.2⁶⁴ ≈ 1.8 × 10⁻⁴⁵ is above it. float64: ln(1.80 × 10³⁰⁸) / ln 5 ≈ 441.0 and
  // ln(2⁻¹⁰⁷⁵) / ln 0.2 ≈ 462.98, so 5ˡ overflows at 442 and 0.2ˡ vanishes at 463.
  @Test("float32 overflows at 56 and underflows at 65; float64 lasts to 442 and 463")
  func limits() throws {
    #expect(PrecisionLimitsExperiment.theoreticalLayer(weight: 5, precision: .float32) == 56)
    #expect(PrecisionLimitsExperiment.theoreticalLayer(weight: 0.2, precision: .float32) == 65)
    #expect(PrecisionLimitsExperiment.theoreticalLayer(weight: 5, precision: .float64) == 442)
    #expect(PrecisionLimitsExperiment.theoreticalLayer(weight: 0.2, precision: .float64) == 463)
    #expect(PrecisionLimitsExperiment.theoreticalLayer(weight: 1, precision: .float64) == nil)

    let five = try PrecisionLimitsExperiment.chain(weight: 5, depth: 100, precision: .float32)
    #expect(five.overflowLayer == 56)
    #expect(five.values[55].isFinite && five.values[56] == .infinity)
    let fifth = try PrecisionLimitsExperiment.chain(
      weight: 0.2, depth: 100, precision: .float32)
    #expect(fifth.underflowLayer == 65)
    #expect(fifth.values[64] > 0 && fifth.values[65] == 0)
    for w in [0.2, 5] {
      let chain = try PrecisionLimitsExperiment.chain(weight: w, depth: 100, precision: .float64)
      #expect(chain.overflowLayer == nil && chain.underflowLayer == nil)
      #expect(chain.values.allSatisfy { $0.isFinite && $0 > 0 })
    }
  }

  // Each layer rounds one product, so after l layers the relative error is at most
  // l · u (u = 2⁻²⁴ in float32, 2⁻⁵³ in float64) to first order; 5¹⁰ = 9 765 625 < 2²⁴ is
  // exact in both.
  @Test("The chain holds wˡ to within one rounding per layer")
  func values() throws {
    let float32 = try PrecisionLimitsExperiment.chain(weight: 5, depth: 30, precision: .float32)
    let float64 = try PrecisionLimitsExperiment.chain(weight: 5, depth: 30, precision: .float64)
    #expect(float32.values[10] == 9_765_625 && float64.values[10] == 9_765_625)
    let exact: Double = Foundation.pow(5.0, 30.0)
    #expect(abs(float32.values[30] - exact) <= 30 * 0x1p-24 * exact)
    #expect(abs(float64.values[30] - exact) <= 30 * 0x1p-53 * exact)
  }

  @Test("The figure has one log panel per precision; float32 draws its limits as lines")
  func figure() throws {
    let experiment = PrecisionLimitsExperiment(
      weights: [0.2, 5], depth: 100, precisions: [.float32, .float64])
    let result = try experiment.run(in: ExperimentJSON.context())
    let figure = result.figure
    #expect(figure.panels.count == 2 && figure.sharesYAxis)
    #expect(figure.panels.map(\.title) == ["float32", "float64"])
    for panel in figure.panels {
      #expect(panel.yAxis.scale == .log10)
      #expect(panel.lines.map(\.label) == ["w = 0.2", "w = 5"])
    }
    #expect(figure.panels[0].referenceLines.count == 2)
    #expect(figure.panels[0].annotations.isEmpty)
    #expect(figure.panels[1].referenceLines.isEmpty)
    #expect(figure.panels[1].annotations.count == 1)
    #expect(result.tables[0].rows.map { $0[3] } == [
      "l = 65", "l = 56", "none up to l = 100", "none up to l = 100",
    ])
    #expect(result.tables[0].rows.map { $0[4] } == ["l = 65", "l = 56", "l = 463", "l = 442"])
  }
}
