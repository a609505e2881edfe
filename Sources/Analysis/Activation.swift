// Design note: an activation is a `Kind` (a closed, `CaseIterable` set that sweeps and the
// CLI enumerate) plus the one parameter any kind takes, the leaky-ReLU slope. Scalar
// `value`/`derivative` here are float64 and serve theory, tests and small experiments; the
// network's vectorised float32/float64 kernels live in `Activation+Kernels.swift`.

/// A pointwise nonlinearity φ with its derivative φ′ and recommended initialization gain.
public struct Activation: Hashable, Sendable, CustomStringConvertible {
  /// The closed set of activation families.
  public enum Kind: String, CaseIterable, Sendable {
    /// φ(z) = z.
    case identity
    /// φ(z) = max(z, 0); φ′(0) is taken as 0.
    case relu
    /// φ(z) = z for z > 0, slope · z otherwise.
    case leakyReLU = "leaky-relu"
    /// φ(z) = tanh z.
    case tanh
    /// φ(z) = 1 / (1 + e^(−z)).
    case sigmoid
    /// φ(z) = ln(1 + e^z), evaluated as max(z, 0) + ln(1 + e^(−|z|)).
    case softplus
    /// φ(z) = z Φ(z) with Φ the standard normal CDF (exact, erf-based GELU).
    case gelu
    /// φ(z) = λ z for z > 0, λ α (e^z − 1) otherwise (via expm1) (Klambauer et al., 2017,
    /// "Self-Normalizing Neural Networks"), λ ≈ 1.0507, α ≈ 1.6733.
    case selu
  }

  /// SELU's scale λ.
  public static let seluLambda = 1.0507009873554804934193349852946
  /// SELU's α.
  public static let seluAlpha = 1.6732632423543772848170429916717
  /// Default leaky-ReLU slope (PyTorch's `negative_slope`).
  public static let defaultSlope = 0.01

  /// The activation family.
  public let kind: Kind
  /// The negative-side slope; meaningful for `.leakyReLU` only (0 for other kinds).
  public let slope: Double

  /// Creates an activation; `slope` is used by `.leakyReLU` only and defaults to 0.01.
  ///
  /// - Precondition: `slope` is finite.
  public init(_ kind: Kind, slope: Double = Activation.defaultSlope) {
    precondition(slope.isFinite, "activation slope must be finite, got \(slope)")
    self.kind = kind
    self.slope = kind == .leakyReLU ? slope : 0
  }

  /// One activation per kind with default parameters, in `Kind.allCases` order.
  public static var allCases: [Activation] { Kind.allCases.map { Activation($0) } }

  /// The canonical name, which `Activation(parsing:)` reads back: `leaky-relu:slope=0.2`.
  ///
  /// The slope is printed only when it differs from the default.
  public var description: String {
    guard kind == .leakyReLU, slope != Self.defaultSlope else { return kind.rawValue }
    return "\(kind.rawValue):slope=\(formatParameter(slope))"
  }

  /// φ(z) in float64. NaN propagates; ±∞ maps to the kind's limits.
  public func value(_ z: Double) -> Double {
    switch kind {
    case .identity: return z
    case .relu: return z > 0 ? z : 0
    case .leakyReLU: return z > 0 ? z : slope * z
    case .tanh: return _tanh(z)
    case .sigmoid: return 1 / (1 + _exp(-z))
    case .softplus: return max(z, 0) + _log1p(_exp(-abs(z)))
    case .gelu: return z * Self.normalCDF(z)
    case .selu:
      return z > 0 ? Self.seluLambda * z : Self.seluLambda * Self.seluAlpha * _expm1(z)
    }
  }

  /// φ′(z) in float64; at the kinks of ReLU, leaky ReLU and SELU the left derivative is
  /// used (φ′(0) = 0, slope, λα respectively).
  public func derivative(_ z: Double) -> Double {
    switch kind {
    case .identity: return 1
    case .relu: return z > 0 ? 1 : 0
    case .leakyReLU: return z > 0 ? 1 : slope
    case .tanh:
      let t = _tanh(z)
      return 1 - t * t
    case .sigmoid:
      let s = 1 / (1 + _exp(-z))
      return s * (1 - s)
    case .softplus:
      return 1 / (1 + _exp(-z))
    case .gelu:
      return Self.normalCDF(z) + z * _exp(-z * z / 2) / (2 * Double.pi).squareRoot()
    case .selu:
      return z > 0 ? Self.seluLambda : Self.seluLambda * Self.seluAlpha * _exp(z)
    }
  }

  /// Whether an output value h counts as saturated, where φ′ is nearly zero:
  /// tanh `|h| > 0.99` (φ′ < 0.0199) and sigmoid `h < 0.01 or h > 0.99` (φ′ < 0.0099).
  /// Other kinds never saturate by this definition (ReLU's dead units are counted as
  /// exact zeros instead).
  public func isSaturated(_ h: Double) -> Bool {
    switch kind {
    case .tanh: return abs(h) > 0.99
    case .sigmoid: return h < 0.01 || h > 0.99
    default: return false
    }
  }

  /// The gain g that `kaiming-*` and `xavier-*` multiply their standard deviation by.
  ///
  /// PyTorch's `calculate_gain` table: identity 1, sigmoid 1, tanh 5/3, relu √2,
  /// leaky-relu √(2 / (1 + slope²)), selu 3/4. PyTorch has no entry for softplus and gelu;
  /// for them the mean-field fixed-point gain `g = 1 / sqrt(E[φ(z)²])`, z ~ N(0, 1), is
  /// returned (the gain that keeps a unit forward second moment unchanged; it equals √2 for
  /// ReLU), computed by Gauss–Hermite quadrature.
  public var recommendedGain: Double {
    switch kind {
    case .identity, .sigmoid: return 1
    case .tanh: return 5.0 / 3.0
    case .relu: return 2.0.squareRoot()
    case .leakyReLU: return (2 / (1 + slope * slope)).squareRoot()
    case .selu: return 0.75
    case .softplus, .gelu:
      let q = GaussHermite.standard.expectation(variance: 1) { value($0) * value($0) }
      return 1 / q.squareRoot()
    }
  }

  /// A one-line formula for `initlab list activations`.
  public var formula: String {
    switch kind {
    case .identity: return "phi(z) = z"
    case .relu: return "phi(z) = max(z, 0)"
    case .leakyReLU: return "phi(z) = z if z > 0 else slope z (slope default 0.01)"
    case .tanh: return "phi(z) = tanh z; saturated when |h| > 0.99"
    case .sigmoid: return "phi(z) = 1 / (1 + e^-z); saturated when h < 0.01 or h > 0.99"
    case .softplus: return "phi(z) = ln(1 + e^z)"
    case .gelu: return "phi(z) = z Phi(z), Phi the standard normal CDF"
    case .selu: return "phi(z) = lambda z if z > 0 else lambda alpha (e^z - 1)"
    }
  }

  /// The standard normal CDF Φ(z) = (1 + erf(z / √2)) / 2.
  static func normalCDF(_ z: Double) -> Double {
    0.5 * (1 + _erf(z / 2.0.squareRoot()))
  }
}
