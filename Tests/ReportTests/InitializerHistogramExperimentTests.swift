import Analysis
import Foundation
import Plotting
import Testing
@testable import Report

@Suite("initializer-histogram experiment")
struct InitializerHistogramExperimentTests {
  private typealias Reading = ExperimentReading

  private static let xavier = """
    {"kind": "initializer-histogram", "inits": ["xavier-uniform"],
     "fans": [[64, 64], [256, 1024]], "samples": 20000, "bins": 40}
    """

  @Test(
    "Parameters written back read as the same experiment",
    arguments: [
      xavier,
      """
      {"kind": "initializer-histogram", "inits": ["mxnet-default", "normal:sigma=0.01",
       "truncated-normal:sigma=0.02,bound=0.03"], "fans": [[256, 256]], "samples": 500}
      """,
    ])
  func roundTrip(json: String) throws {
    let experiment = try Reading.experiment(json)
    let again = try Reading.roundTripped(experiment)
    let first = try #require(experiment.kind as? InitializerHistogramExperiment)
    #expect(again.kind as? InitializerHistogramExperiment == first)
  }

  @Test(
    "Bad parameters are rejected with their JSON path and the fix",
    arguments: [
      (
        #""inits": ["xavir-uniform"], "fans": [[4, 4]], "samples": 500"#,
        "inits[0]: unknown initializer 'xavir-uniform'; expected one of: "
          + WeightInitializer.names.joined(separator: ", ")
          + " (did you mean 'xavier-uniform'?)"
      ),
      (
        #""inits": ["zeros"], "fans": [[4, 4]], "samples": 500"#,
        "inits[0]: zeros draws no random weights, so it has no histogram; use a random "
          + "initializer such as mxnet-default or xavier-uniform"
      ),
      (
        #""inits": ["normal"], "fans": [[0, 4]], "samples": 500"#,
        "fans[0][0]: expected a whole number from 1 to 65536, got 0"
      ),
      (
        #""inits": ["normal"], "fans": [[4, 4, 4]], "samples": 500"#,
        "fans[0]: expected [fan-in, fan-out], two whole numbers, got 3 values"
      ),
      (
        #""inits": ["normal"], "fans": [[4, 4]], "samples": "many""#,
        "samples: expected a number, got the string \"many\""
      ),
      (
        #""inits": ["normal"], "fans": [[4, 4]], "samples": -5"#,
        "samples: expected a whole number from 100 to 1000000, got -5"
      ),
      (
        #""inits": ["normal", "normal:sigma=0.01"], "fans": [[4, 4]], "samples": 500"#,
        "inits[1]: repeats an earlier entry; list each of the initializers once"
      ),
      (
        #""inits": ["normal"], "fans": [[4, 4]], "sample": 500"#,
        "sample: unknown key \"sample\"; did you mean \"samples\"? Accepted keys: kind, "
          + "inits, fans, samples, bins"
      ),
      (
        #""inits": ["normal", "uniform"], "fans": [[1, 1], [2, 2], [3, 3], [4, 4], [5, 5]], "#
          + #""samples": 500"#,
        ": 2 initializers × 5 fan pairs make 10 panels; at most 9 fit a figure"
      ),
    ])
  func badParameters(body: String, message: String) {
    let json = #"{"kind": "initializer-histogram", "# + body + "}"
    #expect(Reading.message(json) == Reading.path + (message.hasPrefix(":") ? "" : ".") + message)
  }

  @Test("Xavier-uniform samples stay inside ±√(6 / (a + b)) with variance a² / 3")
  func xavierBound() throws {
    let experiment = try #require(
      try Reading.kind(Self.xavier, as: InitializerHistogramExperiment.self))
    for item in experiment.cases {
      let fans = item.fans
      let bound = (6 / Double(fans.fanIn + fans.fanOut)).squareRoot()
      let samples = try experiment.draw(item, seed: 42)
      #expect(samples.count == 20000)
      #expect(samples.allSatisfy { abs($0) <= bound })

      // U(−a, a): E[w²] = a²/3 and Var[w²] = a⁴/5 − a⁴/9 = 4a⁴/45, so the mean of N squares
      // has relative standard error √(4/45 / N) / (1/3) = √(0.8 / N) ≈ 0.0063 at N = 20000;
      // allow 5 standard errors.
      let meanSquare = samples.reduce(0) { $0 + $1 * $1 } / Double(samples.count)
      let tolerance = 5 * (0.8 / Double(samples.count)).squareRoot()
      #expect(abs(meanSquare / (bound * bound / 3) - 1) < tolerance)
    }
  }

  @Test("The data table bins exactly [−a, a] and its exact density is 1 / (2a)")
  func dataTable() throws {
    let experiment = try #require(
      try Reading.kind(Self.xavier, as: InitializerHistogramExperiment.self))
    let result = try experiment.run(in: Reading.context)

    for (fanIn, fanOut) in [(64, 64), (256, 1024)] {
      let filter: [String: DataTable.Cell] = [
        "fan_in": .number(Double(fanIn)), "fan_out": .number(Double(fanOut)),
      ]
      let a = (6 / Double(fanIn + fanOut)).squareRoot()
      let left = Reading.numbers("bin_left", in: result.data, where: filter)
      let right = Reading.numbers("bin_right", in: result.data, where: filter)
      let density = Reading.numbers("density", in: result.data, where: filter)
      let exact = Reading.numbers("exact_density", in: result.data, where: filter)
      #expect(left.count == 40)
      // Edges are low + k · width: within a few ULPs of a.
      #expect(left.first == -a)
      #expect(abs(right.last! - a) <= 4 * a.ulp)
      #expect(exact.allSatisfy { abs($0 - 1 / (2 * a)) <= (1 / (2 * a)).ulp })
      // No sample lies outside [−a, a], so the densities integrate to 1 up to rounding of
      // 40 terms; one sample outside would lower the sum by 1 / 20000 = 5e-5.
      let mass = zip(density, zip(left, right)).reduce(0) { $0 + $1.0 * ($1.1.1 - $1.1.0) }
      #expect(abs(mass - 1) < 1e-12)
    }
  }

  @Test("One panel per case with the bars, the exact density and the marked bounds")
  func figure() throws {
    let json = """
      {"kind": "initializer-histogram", "inits": ["mxnet-default", "normal:sigma=0.01"],
       "fans": [[256, 256]], "samples": 1000}
      """
    let experiment = try #require(
      try Reading.kind(json, as: InitializerHistogramExperiment.self))
    let result = try experiment.run(in: Reading.context)
    let panels = result.figure.panels

    #expect(panels.count == 2)
    #expect(panels.map { $0.histograms.count } == [1, 1])
    #expect(panels.map { $0.lines.map(\.label) } == [["exact density"], ["exact density"]])
    // U(−0.07, 0.07) has edges; the normal has none.
    #expect(panels[0].referenceLines.map(\.value) == [-0.07, 0.07])
    #expect(panels[1].referenceLines.isEmpty)
    #expect(panels.map(\.title) == ["mxnet-default", "normal:sigma=0.01"])
    #expect(result.tables[0].rows.map { $0[7] } == ["±0.07", "none"])
  }
}
