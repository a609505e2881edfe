import Analysis
import Foundation
import Plotting
import Testing
@testable import Report

@Suite("layer-rms experiment")
struct LayerRMSExperimentTests {
  private typealias Reading = ExperimentReading

  private static let valid = """
    {"kind": "layer-rms", "inits": ["mxnet-default", "normal:sigma=0.01"],
     "activations": ["identity", "leaky-relu:slope=0.2"], "width": 8, "depth": 3,
     "batch": 4, "seeds": 2, "quantity": "backward", "dtype": "float64"}
    """

  @Test(
    "Parameters written back read as the same experiment",
    arguments: [
      valid,
      """
      {"kind": "layer-rms", "inits": ["xavier-uniform"], "activations": ["tanh"],
       "width": 8, "depth": 3, "batch": 4}
      """,
    ])
  func roundTrip(json: String) throws {
    let experiment = try Reading.experiment(json)
    let first = try #require(experiment.kind as? LayerRMSExperiment)
    #expect(try Reading.roundTripped(experiment).kind as? LayerRMSExperiment == first)
  }

  @Test("Omitted seeds, quantity and dtype default to 3, both and float32")
  func defaults() throws {
    let json = """
      {"kind": "layer-rms", "inits": ["xavier-uniform"], "activations": ["tanh"],
       "width": 8, "depth": 3, "batch": 4}
      """
    let experiment = try #require(try Reading.kind(json, as: LayerRMSExperiment.self))
    #expect(experiment.seeds == 3)
    #expect(experiment.quantity == .both)
    #expect(experiment.precision == .float32)
  }

  private static let initializers = WeightInitializer.names.joined(separator: ", ")
  private static let activations = Activation.names.joined(separator: ", ")

  /// One replaced (or misspelt) key of a valid experiment and the message it must give.
  private static let badCases: [(change: String, message: String)] = [
    (
      #""inits": ["kaiming-normall"]"#,
      "inits[0]: unknown initializer 'kaiming-normall'; expected one of: \(initializers) "
        + "(did you mean 'kaiming-normal'?)"
    ),
    (
      #""activations": ["tnah"]"#,
      "activations[0]: unknown activation 'tnah'; expected one of: \(activations) "
        + "(did you mean 'tanh'?)"
    ),
    (#""activations": []"#, "activations: expected 1 to 4 activations, got 0"),
    (#""depth": 0"#, "depth: expected a whole number from 1 to 500, got 0"),
    (#""width": -3"#, "width: expected a whole number from 1 to 4096, got -3"),
    (#""batch": 2.5"#, "batch: expected a whole number from 1 to 4096, got 2.5"),
    (#""seeds": "NaN""#, "seeds: expected a number, got the string \"NaN\""),
    (
      #""quantity": "forwards""#,
      "quantity: unknown quantity \"forwards\"; did you mean \"forward\"? Accepted: "
        + "forward, backward, both"
    ),
    (
      #""dtype": "float16""#,
      "dtype: unknown precision \"float16\"; did you mean \"float32\"? Accepted: "
        + "float32, float64"
    ),
    (
      #""widht": 8"#,
      "widht: unknown key \"widht\"; did you mean \"width\"? Accepted keys: kind, inits, "
        + "activations, width, depth, batch, seeds, quantity, dtype"
    ),
  ]

  @Test("Bad parameters are rejected with their JSON path and the fix", arguments: badCases)
  func badParameters(change: String, message: String) {
    // Replace one key of a valid experiment (or add a misspelt one) and expect its error.
    let key = String(change.split(separator: ":")[0])
    var fields = [
      #""inits": ["xavier-uniform"]"#, #""activations": ["tanh"]"#, #""width": 8"#,
      #""depth": 3"#, #""batch": 4"#,
    ].filter { !$0.hasPrefix(key) }
    fields.append(change)
    let json = #"{"kind": "layer-rms", "# + fields.joined(separator: ", ") + "}"
    #expect(Reading.message(json) == Reading.path + "." + message)
  }

  @Test("A linear network's RMS follows (n · Var[W])^(l/2) forward and backward")
  func linearClosedForm() throws {
    let json = """
      {"kind": "layer-rms", "inits": ["uniform:scale=0.2"], "activations": ["identity"],
       "width": 256, "depth": 4, "batch": 32, "seeds": 3, "dtype": "float64"}
      """
    let experiment = try #require(try Reading.kind(json, as: LayerRMSExperiment.self))
    let result = try experiment.run(in: Reading.context)

    // U(−0.2, 0.2): Var[W] = 0.04 / 3, so one layer scales the RMS by g = √(256 · 0.04 / 3).
    let gain = (256 * 0.04 / 3).squareRoot()
    for pass in ["forward", "backward"] {
      let filter: [String: DataTable.Cell] = ["pass": .text(pass)]
      let layers = Reading.numbers("layer", in: result.data, where: filter)
      let measured = Reading.numbers("rms_mean", in: result.data, where: filter)
      let theory = Reading.numbers("rms_theory", in: result.data, where: filter)
      for (l, (rms, predicted)) in zip(layers, zip(measured, theory)) {
        // Forward the signal has passed l layers; backward it has passed L − l.
        let passed = pass == "forward" ? l : 4 - l
        let expected = pow(gain, passed)
        // Theory is the same product, up to a few roundings.
        #expect(abs(predicted / expected - 1) < 1e-14)
        // One layer multiplies the batch's mean square by n Var[W] times a factor with
        // relative variance 2 tr(S²) / (n tr(S)²) ≈ 2 (B + n) / (B n²) = 2.7e-4, S the
        // B × B Gram matrix of a Gaussian-like batch (B = 32, n = 256). After l ≤ 4 layers
        // the RMS has relative SD √(4 · 2.7e-4) / 2 = 0.017, and the inputs' (or output
        // gradients') own mean square over B n = 8192 values adds √(2 / 8192) / 2 = 0.008;
        // the mean over 3 seeds has SD √(0.017² + 0.008²) / √3 = 0.011. Allow 5.5 SD: 6 %.
        #expect(abs(rms / expected - 1) < 0.06, "\(pass) layer \(l)")
      }
    }
  }

  @Test("Float32 ReLU under N(0, 0.01²) underflows to exact zeros the chart keeps")
  func underflow() throws {
    let json = """
      {"kind": "layer-rms", "inits": ["normal:sigma=0.01"], "activations": ["relu"],
       "width": 64, "depth": 42, "batch": 8, "seeds": 1, "quantity": "forward"}
      """
    let experiment = try #require(try Reading.kind(json, as: LayerRMSExperiment.self))
    let result = try experiment.run(in: Reading.context)

    // ReLU halves the mean square: one layer scales the RMS by √(64 · 10⁻⁴ / 2) ≈ 0.0566,
    // 10^−1.247. Float32 rounds values below half the smallest subnormal, 2⁻¹⁵⁰ ≈ 7e-46,
    // to 0: the RMS gets there after 149 · log₁₀ 2 / 1.247 ≈ 36 layers, and the largest
    // of the 512 entries, a few times the RMS, within a layer more. Seed-to-seed spread is
    // under a layer (relative SD of the RMS √(l / (2 B)) ≈ 1.5 at l = 36, a factor well
    // below one layer's 17.7).
    let first = try #require(
      LayerRMSExperiment.curves(
        of: try Sweep.run(experiment.sweep(seed: 42), jobs: 1), directions: [.forward]
      ).first?.firstUnderflowLayer)
    #expect((35...39).contains(first))
    let measured = Reading.numbers("rms_mean", in: result.data)
    #expect(measured.last == 0)
    #expect(result.tables[0].rows[0][2] == "0 (underflow)")
    // The chart hands Plotting the zero, which it draws as an "underflow" marker.
    #expect(result.figure.panels[0].lines[0].y.last == 0)
  }

  @Test("Panels are direction-major with one measured and one theory line per initializer")
  func figure() throws {
    let experiment = try #require(
      try Reading.kind(
        Self.valid.replacingOccurrences(of: "backward", with: "both"),
        as: LayerRMSExperiment.self))
    let result = try experiment.run(in: Reading.context)
    let panels = result.figure.panels

    #expect(result.figure.columns == 2)
    #expect(panels.map(\.title) == [
      "identity, forward", "leaky-relu:slope=0.2, forward", "identity, backward",
      "leaky-relu:slope=0.2, backward",
    ])
    #expect(panels.allSatisfy { $0.yAxis.scale == .log10 && $0.lines.count == 4 })
    #expect(panels[0].lines.map(\.label) == [
      "mxnet-default", "normal:sigma=0.01", "theory", nil,
    ])
    #expect(panels.dropFirst().allSatisfy { $0.legend == .hidden })
    // Measured lines carry the min…max band over seeds; theory lines do not.
    #expect(panels[0].lines.map { $0.band != nil } == [true, true, false, false])
    // Backward series run from layer L down to 0.
    #expect(panels[2].lines[0].x == [3, 2, 1, 0])
    #expect(result.tables[0].rows.count == 4)
  }
}
