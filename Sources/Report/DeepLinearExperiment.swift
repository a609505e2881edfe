import Analysis
import Foundation
import Plotting

/// The deep linear network H(l) = X W(1) … W(l) of width n with N(0, σ²) weights, for σ
/// below, at and above 1/√n: per-layer RMS of the activations (forward) and of the
/// gradients G(l) = ∂L/∂H(l) (backward), measured over several seeds beside the theory
///
/// ```
/// rms H(l) = (n σ²)^(l/2),   rms G(l) = (n σ²)^((L − l)/2)
/// ```
/// for N(0, 1) inputs and a standard-normal gradient at the top layer L.
struct DeepLinearExperiment: ExperimentKind {
  static let name = "deep-linear"

  /// The products σ·√n, one network family each; σ = gain / √n.
  var gains: [Double]
  /// The width n of the input and of every layer.
  var width: Int
  /// The number of layers L.
  var depth: Int
  /// Rows of X.
  var batch: Int
  /// Networks per gain; the band spans them.
  var seeds: Int

  init(gains: [Double], width: Int, depth: Int, batch: Int, seeds: Int) {
    self.gains = gains
    self.width = width
    self.depth = depth
    self.batch = batch
    self.seeds = seeds
  }

  init(reading experiment: JSONReader) throws {
    try experiment.expectExperiment(keys: ["gains", "width", "depth", "batch", "seeds"])
    let list = try experiment.field("gains").array()
    guard (1...6).contains(list.count) else {
      throw try experiment.field("gains").error("expected 1 to 6 gains σ·√n, got \(list.count)")
    }
    gains = try list.map { item in
      let gain = try item.number()
      guard gain > 0, gain <= 10 else {
        throw item.error("expected a gain σ·√n in (0, 10], got \(NumberFormat.exact(gain))")
      }
      return gain
    }
    width = try experiment.optionalField("width")?.integer(in: 1...1024) ?? 256
    depth = try experiment.optionalField("depth")?.integer(in: 1...200) ?? 40
    batch = try experiment.optionalField("batch")?.integer(in: 1...1024) ?? 64
    seeds = try experiment.optionalField("seeds")?.integer(in: 1...16) ?? 3
    try experiment.checkMemory(width: width, depth: depth, batch: batch)
  }

  var parameters: [(key: String, value: JSONValue)] {
    [
      ("gains", .array(gains.map(JSONValue.number))), ("width", .number(Double(width))),
      ("depth", .number(Double(depth))), ("batch", .number(Double(batch))),
      ("seeds", .number(Double(seeds))),
    ]
  }

  /// The N(0, σ²) initializer of a gain: σ = gain / √n.
  func initializer(gain: Double) -> WeightInitializer {
    .normal(sigma: gain / Double(width).squareRoot())
  }

  func run(in context: ExperimentContext) throws -> ExperimentResult {
    let sweep = SweepConfiguration(
      initializers: gains.map(initializer(gain:)), activations: [Activation(.identity)],
      depths: [depth], widths: [width], seeds: context.derivedSeeds(seeds), batchSize: batch)
    let aggregates = try Sweep.run(sweep, jobs: context.jobs).aggregated()
    let curves = zip(gains, aggregates).map { gain, aggregate in
      Curves(gain: gain, aggregate: aggregate, theory: MeanFieldTheory.predict(
        sweep.network(for: aggregate.cell)))
    }

    var figure = Self.chart(curves, depth: depth)
    figure.palette = context.palette
    return ExperimentResult(
      figure: figure, data: dataTable(curves), tables: [keyTable(curves)],
      alt: "Two log-scale panels: RMS of activations and of gradients per layer of a "
        + "\(depth)-layer linear network of width \(width) for σ·√n = "
        + gains.map { NumberFormat.readable($0) }.joined(separator: ", ")
        + ", with the theory (nσ²)^(l/2) dashed")
  }

  /// One gain's measured spreads and predicted RMS per layer.
  struct Curves {
    var gain: Double
    var aggregate: SweepAggregate
    var theory: [TheoryLayer]

    /// The initializer's canonical text, used as the series' colour key.
    var key: String { aggregate.cell.initializer.description }

    var forwardTheory: [Double] { theory.map { $0.activationSecondMoment.squareRoot() } }

    var backwardTheory: [Double] { theory.map { $0.gradientSecondMoment.squareRoot() } }
  }

  private func dataTable(_ curves: [Curves]) -> DataTable {
    var data = DataTable(columns: [
      "gain", "sigma", "direction", "layer", "rms_mean", "rms_min", "rms_max", "rms_theory",
    ])
    for curve in curves {
      let sigma = curve.gain / Double(width).squareRoot()
      for layer in curve.aggregate.layers {
        let l = layer.layer
        for (direction, spread, theory) in [
          ("forward", layer.forwardRMS, curve.forwardTheory[l]),
          ("backward", layer.gradientRMS, curve.backwardTheory[l]),
        ] {
          data.append([
            .number(curve.gain), .number(sigma), .text(direction), .number(Double(l)),
            .number(spread.mean), .number(spread.min), .number(spread.max), .number(theory),
          ])
        }
      }
    }
    return data
  }

  private func keyTable(_ curves: [Curves]) -> KeyTable {
    let rows = curves.map { curve -> [String] in
      let last = curve.aggregate.layers[depth].forwardRMS
      let theory = curve.forwardTheory[depth]
      let first = curve.aggregate.layers[0].gradientRMS
      return [
        Self.readable(curve.gain), Self.readable(curve.gain * curve.gain),
        Self.readable(last.mean)
          + " (\(Self.readable(last.min)) … \(Self.readable(last.max)))",
        Self.readable(theory), Self.readable(last.mean / theory),
        Self.readable(first.mean), Self.readable(curve.backwardTheory[0]),
      ]
    }
    return KeyTable(
      caption: "Deep linear network, width \(width), batch \(batch), \(seeds) seeds: RMS at "
        + "the last layer L = \(depth) and of the gradient at the input, measured (mean, "
        + "min … max over seeds) against (nσ²)^(L/2)",
      header: [
        "σ·√n", "nσ²", "rms H(L) measured", "(nσ²)^(L/2)", "measured / theory",
        "rms G(0) measured", "theory",
      ],
      rows: rows)
  }

  /// Three significant digits, but all integer digits in [1000, 10⁴): `%.3g` would print
  /// 7570 as `7.57e+03`, which is neither plain nor the report's `× 10ⁿ` form.
  private static func readable(_ x: Double) -> String {
    let hasFourIntegerDigits = abs(x) >= 1000 && abs(x) < 10_000
    return NumberFormat.readable(x, digits: hasFourIntegerDigits ? 4 : 3)
  }
}
