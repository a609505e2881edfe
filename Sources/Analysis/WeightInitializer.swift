// Design note: an initializer is a `Kind` (closed and `CaseIterable`, so sweeps can cover
// every family) plus named parameters, each with a default. Text form and value form are
// the same data: `WeightInitializer(parsing: init.description) == init` for every value.
// Once fan-in and fan-out are known, an initializer resolves to a `WeightDistribution`,
// which owns the exact variance, bound, density and sampling. Semantics follow the library
// each name comes from (MXNet, PyTorch or Keras), as stated per case.

/// A named weight-initialization scheme with its parameters.
public struct WeightInitializer: Hashable, Sendable, CustomStringConvertible {
  /// The value of one named parameter: a number or one of a fixed set of words.
  public enum Setting: Hashable, Sendable {
    /// A real-valued parameter such as `sigma` or `gain`.
    case number(Double)
    /// An enumerated parameter such as `mode=fan_out`.
    case choice(String)
  }

  /// The initializer family; `rawValue` is the name the CLI and configuration accept.
  public enum Kind: String, CaseIterable, Sendable {
    /// w = 0.
    case zeros
    /// w = 1.
    case ones
    /// w = value (default 0).
    case constant
    /// U(−scale, scale), default scale 0.07 (MXNet `Uniform`).
    case uniform
    /// MXNet's default: U(−0.07, 0.07) weights, zero biases.
    case mxnetDefault = "mxnet-default"
    /// N(0, sigma²), default sigma 0.01 (MXNet `Normal`).
    case normal
    /// N(0, sigma²) redrawn outside ±bound; default sigma 0.01, bound 2 · sigma.
    case truncatedNormal = "truncated-normal"
    /// MXNet `Xavier(rnd_type, factor_type, magnitude)`: s = sqrt(magnitude / factor),
    /// U(−s, s) or N(0, s²); factor avg = (fanIn + fanOut) / 2, in, out; magnitude 3.
    case xavier
    /// PyTorch `xavier_uniform_`: U(±gain · sqrt(6 / (fanIn + fanOut))) (Glorot and Bengio,
    /// 2010, "Understanding the difficulty of training deep feedforward neural networks").
    case xavierUniform = "xavier-uniform"
    /// PyTorch `xavier_normal_`: N(0, gain² · 2 / (fanIn + fanOut)).
    case xavierNormal = "xavier-normal"
    /// PyTorch `kaiming_uniform_`: U(±gain · sqrt(3 / fan)) (He et al., 2015, "Delving Deep
    /// into Rectifiers"); gain from `nonlinearity` and `a`; fan by `mode`.
    case kaimingUniform = "kaiming-uniform"
    /// PyTorch `kaiming_normal_`: N(0, gain² / fan).
    case kaimingNormal = "kaiming-normal"
    /// MXNet `MSRAPrelu(factor_type, slope)`: Xavier gaussian with magnitude
    /// 2 / (1 + slope²), default avg fan and slope 0.25.
    case msraPrelu = "msra-prelu"
    /// Keras `lecun_uniform`: U(±sqrt(3 / fanIn)).
    case lecunUniform = "lecun-uniform"
    /// Keras `lecun_normal`: truncated normal with variance 1 / fanIn (stddev
    /// sqrt(1 / fanIn) / 0.87962566103423978, cut at 2 stddev).
    case lecunNormal = "lecun-normal"
    /// Keras `VarianceScaling(scale, mode, distribution)`; see `Kind.varianceScaling` docs
    /// on `WeightInitializer.distribution(fanIn:fanOut:)`.
    case varianceScaling = "variance-scaling"
    /// `gain ·` Q from the QR decomposition of a Gaussian matrix, columns' signs fixed by
    /// diag(R) (Saxe et al., 2014, "Exact solutions to the nonlinear dynamics of learning in
    /// deep linear neural networks").
    case orthogonal
    /// The rectangular identity matrix.
    case identity
    /// PyTorch `nn.Linear`'s default: kaiming-uniform with a = √5, i.e. U(±1 / sqrt(fanIn)).
    case pytorchLinear = "pytorch-linear"
    /// The "standard" baseline of Glorot and Bengio (2010): U(±1 / sqrt(fanIn)).
    case glorotStandard = "glorot-standard"
  }

  /// The family.
  public let kind: Kind
  /// Parameters the caller set explicitly; missing ones take the defaults in
  /// `Kind.parameters`.
  public let settings: [String: Setting]

  /// Creates an initializer of `kind` with default parameters.
  public init(_ kind: Kind) {
    self.kind = kind
    self.settings = [:]
  }

  /// Creates an initializer, validating every setting against the kind's parameter list.
  ///
  /// Settings equal to their default are dropped, so equal schemes compare equal.
  /// - Throws: `AnalysisError.unknownParameter` for a key the kind does not take and
  ///   `AnalysisError.invalidParameter` for a value outside its domain.
  public init(_ kind: Kind, settings: [String: Setting]) throws {
    var kept: [String: Setting] = [:]
    for (key, setting) in settings.sorted(by: { $0.key < $1.key }) {
      guard let spec = kind.parameters.first(where: { $0.name == key }) else {
        let names = kind.parameters.map(\.name)
        throw AnalysisError.unknownParameter(
          item: kind.rawValue, key: key, accepted: names,
          closeMatch: EditDistance.closestMatch(to: key, in: names))
      }
      try spec.validate(setting, item: kind.rawValue)
      if setting != spec.defaultSetting { kept[key] = setting }
    }
    self.kind = kind
    self.settings = kept
  }

  /// One initializer per kind with default parameters, in `Kind.allCases` order.
  public static var allCases: [WeightInitializer] { Kind.allCases.map { WeightInitializer($0) } }

  /// The numeric parameter `name` (explicit or default).
  ///
  /// - Precondition: `name` is a numeric parameter of this kind.
  public func number(_ name: String) -> Double {
    let spec = kind.parameters.first { $0.name == name }
    guard case let .number(x)? = settings[name] ?? spec?.defaultSetting else {
      preconditionFailure("\(kind.rawValue) has no numeric parameter '\(name)'")
    }
    return x
  }

  /// The enumerated parameter `name` (explicit or default).
  ///
  /// - Precondition: `name` is an enumerated parameter of this kind.
  public func choice(_ name: String) -> String {
    let spec = kind.parameters.first { $0.name == name }
    guard case let .choice(x)? = settings[name] ?? spec?.defaultSetting else {
      preconditionFailure("\(kind.rawValue) has no enumerated parameter '\(name)'")
    }
    return x
  }

  /// Whether the scheme draws random weights (false for zeros, ones, constant, identity).
  public var isRandom: Bool {
    ![.zeros, .ones, .constant, .identity].contains(kind)
  }
}
