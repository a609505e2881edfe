extension WeightInitializer {
  /// Keras' correction for a normal truncated at ±2 standard deviations: the standard
  /// deviation of N(0, 1) conditioned on |z| ≤ 2, sqrt(1 − 4φ(2) / (2Φ(2) − 1)).
  public static let truncatedNormalCorrection = 0.87962566103423978

  /// The distribution one `fanIn × fanOut` weight matrix is drawn from.
  ///
  /// Fans: `avg` = (fanIn + fanOut) / 2. Gains follow PyTorch's `calculate_gain`
  /// (`gain(for:a:)`). `variance-scaling` (Keras): with n the fan chosen by `mode`,
  ///
  /// ```
  /// truncated_normal, normal: N(0, s²) cut at ±2s, s = sqrt(scale / n) / 0.8796256610342398
  /// untruncated_normal:       N(0, scale / n)
  /// uniform:                  U(±sqrt(3 scale / n))
  /// ```
  /// - Precondition: `fanIn > 0` and `fanOut > 0`.
  public func distribution(fanIn: Int, fanOut: Int) -> WeightDistribution {
    precondition(fanIn > 0 && fanOut > 0, "fans must be positive, got \(fanIn) x \(fanOut)")
    let nIn = Double(fanIn)
    let nOut = Double(fanOut)
    let avg = (nIn + nOut) / 2

    func fan(_ word: String) -> Double {
      switch word {
      case "in", "fan_in": return nIn
      case "out", "fan_out": return nOut
      default: return avg
      }
    }

    switch kind {
    case .zeros: return .constant(0)
    case .ones: return .constant(1)
    case .constant: return .constant(number("value"))
    case .uniform: return .uniform(bound: number("scale"))
    case .mxnetDefault: return .uniform(bound: 0.07)
    case .normal: return .normal(sigma: number("sigma"))
    case .truncatedNormal:
      let sigma = number("sigma")
      let bound = number("bound")
      return .truncatedNormal(sigma: sigma, bound: bound == 0 ? 2 * sigma : bound)
    case .xavier:
      let s = (number("magnitude") / fan(choice("factor"))).squareRoot()
      return choice("rnd") == "uniform" ? .uniform(bound: s) : .normal(sigma: s)
    case .xavierUniform:
      return .uniform(bound: number("gain") * (6 / (nIn + nOut)).squareRoot())
    case .xavierNormal:
      return .normal(sigma: number("gain") * (2 / (nIn + nOut)).squareRoot())
    case .kaimingUniform, .kaimingNormal:
      let gain = Self.gain(for: choice("nonlinearity"), a: number("a"))
      let std = gain / fan(choice("mode")).squareRoot()
      return kind == .kaimingNormal ? .normal(sigma: std) : .uniform(bound: 3.squareRoot() * std)
    case .msraPrelu:
      let slope = number("slope")
      let magnitude = 2 / (1 + slope * slope)
      return .normal(sigma: (magnitude / fan(choice("factor"))).squareRoot())
    case .lecunUniform: return .uniform(bound: (3 / nIn).squareRoot())
    case .lecunNormal: return Self.kerasTruncated(variance: 1 / nIn)
    case .varianceScaling:
      let variance = number("scale") / fan(choice("mode"))
      switch choice("distribution") {
      case "uniform": return .uniform(bound: (3 * variance).squareRoot())
      case "untruncated_normal": return .normal(sigma: variance.squareRoot())
      default: return Self.kerasTruncated(variance: variance)
      }
    case .orthogonal: return .orthogonal(gain: number("gain"))
    case .identity: return .identity
    case .pytorchLinear, .glorotStandard: return .uniform(bound: 1 / nIn.squareRoot())
    }
  }

  /// PyTorch's `calculate_gain(nonlinearity, a)`:
  ///
  /// ```
  /// linear, identity, sigmoid: 1    tanh: 5/3    relu: √2    selu: 3/4
  /// leaky_relu:                sqrt(2 / (1 + a²))
  /// ```
  /// - Precondition: `nonlinearity` is one of the names above.
  public static func gain(for nonlinearity: String, a: Double) -> Double {
    switch nonlinearity {
    case "linear", "identity", "sigmoid": return 1
    case "tanh": return 5.0 / 3.0
    case "relu": return 2.0.squareRoot()
    case "leaky_relu": return (2 / (1 + a * a)).squareRoot()
    case "selu": return 0.75
    default: preconditionFailure("unknown nonlinearity '\(nonlinearity)'")
    }
  }

  private static func kerasTruncated(variance: Double) -> WeightDistribution {
    let s = variance.squareRoot() / truncatedNormalCorrection
    return .truncatedNormal(sigma: s, bound: 2 * s)
  }

  /// The per-entry variance for a `fanIn × fanOut` matrix; see
  /// `WeightDistribution.variance(fanIn:fanOut:)`.
  public func variance(fanIn: Int, fanOut: Int) -> Double {
    distribution(fanIn: fanIn, fanOut: fanOut).variance(fanIn: fanIn, fanOut: fanOut)
  }

  /// The support bound max |w|, or `nil` when unbounded; see `WeightDistribution.bound`.
  public func bound(fanIn: Int, fanOut: Int) -> Double? {
    distribution(fanIn: fanIn, fanOut: fanOut).bound
  }

  /// The exact density at `x`, or `nil` without a closed form; see
  /// `WeightDistribution.density(at:)`.
  public func density(at x: Double, fanIn: Int, fanOut: Int) -> Double? {
    distribution(fanIn: fanIn, fanOut: fanOut).density(at: x)
  }
}
