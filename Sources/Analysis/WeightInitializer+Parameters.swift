/// One parameter an initializer kind accepts: its name, default and domain.
public struct InitializerParameter: Sendable {
  /// The domain of a parameter value.
  public enum Domain: Sendable {
    /// Any finite real number.
    case real
    /// A real number > 0.
    case positive
    /// A real number ≥ 0.
    case nonNegative
    /// One of the listed words.
    case oneOf([String])
  }

  /// The key in `name:key=value`.
  public let name: String
  /// The value used when the key is absent.
  public let defaultSetting: WeightInitializer.Setting
  /// The accepted values.
  public let domain: Domain

  /// A human-readable form of the domain for error messages: "a positive number",
  /// "one of: avg, in, out".
  public var expectation: String {
    switch domain {
    case .real: return "a finite number"
    case .positive: return "a positive number"
    case .nonNegative: return "a non-negative number"
    case let .oneOf(words): return "one of: " + words.joined(separator: ", ")
    }
  }

  func validate(_ setting: WeightInitializer.Setting, item: String) throws {
    switch (setting, domain) {
    case let (.number(x), .real) where x.isFinite: return
    case let (.number(x), .positive) where x.isFinite && x > 0: return
    case let (.number(x), .nonNegative) where x.isFinite && x >= 0: return
    case let (.choice(word), .oneOf(words)) where words.contains(word): return
    case let (.number(x), _):
      throw AnalysisError.invalidParameter(
        item: item, key: name, value: "\(x)", expected: expectation)
    case let (.choice(word), _):
      throw AnalysisError.invalidParameter(
        item: item, key: name, value: word, expected: expectation)
    }
  }

  /// Parses `text` as a value of this parameter.
  ///
  /// - Throws: `AnalysisError.invalidParameter` when the text is not a number (for numeric
  ///   parameters) or not one of the words.
  func setting(parsing text: String, item: String) throws -> WeightInitializer.Setting {
    let setting: WeightInitializer.Setting
    switch domain {
    case .oneOf: setting = .choice(text.lowercased())
    default:
      guard let x = Double(text) else {
        throw AnalysisError.invalidParameter(
          item: item, key: name, value: text, expected: expectation)
      }
      setting = .number(x)
    }
    try validate(setting, item: item)
    return setting
  }
}

/// PyTorch `calculate_gain` nonlinearity names accepted by `kaiming-*`.
let nonlinearityNames = ["linear", "identity", "sigmoid", "tanh", "relu", "leaky_relu", "selu"]

extension WeightInitializer.Kind {
  /// The parameters this kind accepts, in the order `description` prints them.
  public var parameters: [InitializerParameter] {
    typealias P = InitializerParameter
    func number(_ name: String, _ x: Double, _ domain: P.Domain) -> P {
      P(name: name, defaultSetting: .number(x), domain: domain)
    }
    func word(_ name: String, _ x: String, _ words: [String]) -> P {
      P(name: name, defaultSetting: .choice(x), domain: .oneOf(words))
    }
    switch self {
    case .zeros, .ones, .mxnetDefault, .lecunUniform, .lecunNormal, .identity,
      .pytorchLinear, .glorotStandard:
      return []
    case .constant: return [number("value", 0, .real)]
    case .uniform: return [number("scale", 0.07, .positive)]
    case .normal: return [number("sigma", 0.01, .positive)]
    case .truncatedNormal:
      // bound 0 stands for the default 2 · sigma.
      return [number("sigma", 0.01, .positive), number("bound", 0, .nonNegative)]
    case .xavier:
      return [
        word("rnd", "uniform", ["uniform", "gaussian"]),
        word("factor", "avg", ["avg", "in", "out"]),
        number("magnitude", 3, .positive),
      ]
    case .xavierUniform, .xavierNormal, .orthogonal: return [number("gain", 1, .positive)]
    case .kaimingUniform, .kaimingNormal:
      return [
        word("mode", "fan_in", ["fan_in", "fan_out"]),
        word("nonlinearity", "leaky_relu", nonlinearityNames),
        number("a", 0, .real),
      ]
    case .msraPrelu:
      return [word("factor", "avg", ["avg", "in", "out"]), number("slope", 0.25, .real)]
    case .varianceScaling:
      return [
        number("scale", 1, .positive),
        word("mode", "fan_in", ["fan_in", "fan_out", "fan_avg"]),
        word(
          "distribution", "truncated_normal",
          ["truncated_normal", "untruncated_normal", "uniform", "normal"]),
      ]
    }
  }

  /// A one-line formula for `initlab list initializers` (n_in = fan-in, n_out = fan-out).
  public var formula: String {
    switch self {
    case .zeros: return "w = 0"
    case .ones: return "w = 1"
    case .constant: return "w = value"
    case .uniform: return "U(-scale, scale)"
    case .mxnetDefault: return "U(-0.07, 0.07), biases 0 (MXNet default)"
    case .normal: return "N(0, sigma^2)"
    case .truncatedNormal: return "N(0, sigma^2) redrawn outside [-bound, bound]; bound=0: 2 sigma"
    case .xavier:
      return "s = sqrt(magnitude / fan), fan = (n_in + n_out)/2 | n_in | n_out; "
        + "U(-s, s) or N(0, s^2)"
    case .xavierUniform: return "U(+-gain sqrt(6 / (n_in + n_out)))"
    case .xavierNormal: return "N(0, gain^2 2 / (n_in + n_out))"
    case .kaimingUniform: return "U(+-gain(nonlinearity, a) sqrt(3 / fan)), fan by mode"
    case .kaimingNormal: return "N(0, gain(nonlinearity, a)^2 / fan), fan by mode"
    case .msraPrelu: return "N(0, 2 / ((1 + slope^2) fan)), fan by factor"
    case .lecunUniform: return "U(+-sqrt(3 / n_in))"
    case .lecunNormal: return "truncated N, variance 1 / n_in, cut at 2 std"
    case .varianceScaling:
      return "variance scale / fan by mode; truncated (2 std, /0.8796), untruncated or uniform"
    case .orthogonal: return "gain Q, Q from QR of a Gaussian matrix, sign(diag R) fixed"
    case .identity: return "w_ij = 1 if i = j else 0"
    case .pytorchLinear: return "U(+-1 / sqrt(n_in)) (kaiming-uniform, a = sqrt(5))"
    case .glorotStandard: return "U(+-1 / sqrt(n_in)) (Glorot and Bengio 2010 baseline)"
    }
  }
}
