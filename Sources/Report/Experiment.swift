// Experiments are the vocabulary of a report configuration: each figure
// names one by its `kind` and gives its parameters. Every kind is a type
// conforming to `ExperimentKind`, in its own file, that reads and checks
// its parameters from JSON, writes them back, and runs to a figure. The
// registry below is the one list of kinds; adding a kind means adding a
// type and one line here.
import Analysis
import Plotting

/// A kind of experiment a figure can show, with its validated parameters.
protocol ExperimentKind: Sendable {
  /// The name used as `"kind"` in configurations, e.g. `scalar-chain`.
  static var name: String { get }

  /// Reads and validates the parameters from the experiment object.
  ///
  /// - Throws: `ReportError.invalidConfiguration` naming the JSON path,
  ///   the bad value and what is accepted.
  init(reading experiment: JSONReader) throws

  /// The parameters as written in a configuration, `kind` excluded.
  var parameters: [(key: String, value: JSONValue)] { get }

  /// Runs the experiment and builds its figure, data and key numbers.
  func run(in context: ExperimentContext) throws -> ExperimentResult
}

/// What every experiment may use while it runs.
struct ExperimentContext {
  /// The seed of this figure's random streams, derived from the report's
  /// seed and the figure's id so figures do not depend on each other.
  var seed: UInt64
  /// Worker threads for sweeps.
  var jobs: Int
  /// The palette every figure shares, so a series name (an initializer)
  /// has the same colour and dash in every figure of the report.
  var palette: SeriesPalette
}

/// The experiment behind one figure.
public struct Experiment: Sendable, Equatable {
  let kind: any ExperimentKind

  init(_ kind: any ExperimentKind) {
    self.kind = kind
  }

  /// Every experiment kind, in the order `initlab list experiments` and
  /// error messages show them.
  static let kinds: [any ExperimentKind.Type] = [
    ScalarChainExperiment.self,
    DeepLinearExperiment.self,
    PrecisionLimitsExperiment.self,
    SymmetryBreakingExperiment.self,
    RegressionExerciseExperiment.self,
    InitializerHistogramExperiment.self,
    LayerRMSExperiment.self,
    ActivationHistogramsExperiment.self,
    GainComparisonExperiment.self,
    OrthogonalSpectrumExperiment.self,
    PhaseDiagramExperiment.self,
    DepthSweepExperiment.self,
  ]

  /// The accepted kind names.
  public static var kindNames: [String] { kinds.map { $0.name } }

  /// Reads an experiment object: its `kind`, then that kind's parameters.
  init(reading reader: JSONReader) throws {
    let kindReader = try reader.field("kind")
    let name = try kindReader.string()
    guard let type = Self.kinds.first(where: { $0.name == name }) else {
      throw kindReader.error(
        JSONReader.unknown("experiment kind", name, accepted: Self.kindNames))
    }
    kind = try type.init(reading: reader)
  }

  var jsonValue: JSONValue {
    .object([("kind", .string(type(of: kind).name))] + kind.parameters)
  }

  public static func == (a: Experiment, b: Experiment) -> Bool {
    a.jsonValue == b.jsonValue
  }
}

extension JSONReader {
  /// Checks that an experiment object has only `kind` and `keys`.
  func expectExperiment(keys: [String]) throws {
    try expectObject(keys: ["kind"] + keys)
  }
}
