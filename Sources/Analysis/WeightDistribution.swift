/// The concrete distribution an initializer draws one weight matrix from, once its fans are
/// known.
///
/// Weight matrices are `fanIn × fanOut`, row-major, applied as `Z = H W` to a
/// `batch × fanIn` activation matrix H; fan-in is the number of inputs of the layer.
public enum WeightDistribution: Equatable, Sendable {
  /// Every weight equals `value` (a point mass).
  case constant(Double)
  /// U(−bound, bound).
  case uniform(bound: Double)
  /// N(0, sigma²).
  case normal(sigma: Double)
  /// N(0, sigma²) conditioned on |w| ≤ bound (draws outside are redrawn).
  case truncatedNormal(sigma: Double, bound: Double)
  /// `gain ·` a matrix with orthonormal columns (fanIn ≥ fanOut) or rows (fanIn < fanOut).
  case orthogonal(gain: Double)
  /// The rectangular identity: w_ij = 1 if i = j, else 0.
  case identity

  /// The exact per-entry variance, or for deterministic and orthogonal matrices the mean
  /// square E[w²] over the matrix (what mean-field theory needs):
  ///
  /// ```
  /// constant c: c² (the mean square; the sample variance is 0)
  /// uniform:    b² / 3
  /// normal:     σ²
  /// truncated:  σ² (1 − 2β φ(β) / (2Φ(β) − 1)),  β = bound / σ
  /// orthogonal: gain² / max(fanIn, fanOut)        (Σ w² = gain² · min(fanIn, fanOut))
  /// identity:   1 / max(fanIn, fanOut)
  /// ```
  public func secondMoment(fanIn: Int, fanOut: Int) -> Double {
    switch self {
    case let .constant(c): return c * c
    case let .uniform(b): return b * b / 3
    case let .normal(sigma): return sigma * sigma
    case let .truncatedNormal(sigma, bound):
      let beta = bound / sigma
      let mass = 2 * Activation.normalCDF(beta) - 1
      return sigma * sigma * (1 - 2 * beta * Self.normalPDF(beta) / mass)
    case let .orthogonal(gain): return gain * gain / Double(max(fanIn, fanOut))
    case .identity: return 1 / Double(max(fanIn, fanOut))
    }
  }

  /// The exact variance of one entry drawn at random: equal to `secondMoment` for the
  /// zero-mean random kinds, 0 for `.constant`, and `p(1 − p)` with p = 1 / max(fanIn,
  /// fanOut) for `.identity` (a random entry is 1 with probability p).
  public func variance(fanIn: Int, fanOut: Int) -> Double {
    switch self {
    case .constant: return 0
    case .identity:
      let p = 1 / Double(max(fanIn, fanOut))
      return p * (1 - p)
    default: return secondMoment(fanIn: fanIn, fanOut: fanOut)
    }
  }

  /// The standard deviation `sqrt(variance(fanIn:fanOut:))`.
  public func standardDeviation(fanIn: Int, fanOut: Int) -> Double {
    variance(fanIn: fanIn, fanOut: fanOut).squareRoot()
  }

  /// The bound of the support, max |w|: `b` for uniform and truncated normal, |c| for a
  /// constant, `gain` for orthogonal (entries of an orthonormal frame are at most 1) and 1
  /// for identity; `nil` for the unbounded normal.
  public var bound: Double? {
    switch self {
    case let .constant(c): return abs(c)
    case let .uniform(b): return b
    case .normal: return nil
    case let .truncatedNormal(_, b): return b
    case let .orthogonal(gain): return abs(gain)
    case .identity: return 1
    }
  }

  /// The exact probability density at `x`, for histogram overlays:
  ///
  /// ```
  /// uniform:   1 / (2b) on [−b, b]
  /// normal:    φ(x / σ) / σ
  /// truncated: φ(x / σ) / (σ (2Φ(β) − 1)) on [−bound, bound]
  /// ```
  /// `nil` where no closed form exists: point masses (constant, identity) and orthogonal
  /// matrices.
  public func density(at x: Double) -> Double? {
    switch self {
    case let .uniform(b): return abs(x) <= b ? 1 / (2 * b) : 0
    case let .normal(sigma): return Self.normalPDF(x / sigma) / sigma
    case let .truncatedNormal(sigma, bound):
      guard abs(x) <= bound else { return 0 }
      let mass = 2 * Activation.normalCDF(bound / sigma) - 1
      return Self.normalPDF(x / sigma) / (sigma * mass)
    case .constant, .orthogonal, .identity: return nil
    }
  }

  /// Whether `density(at:)` has a closed form for this distribution.
  public var hasDensity: Bool { density(at: 0) != nil }

  /// The standard normal density φ(z) = e^(−z²/2) / √(2π).
  static func normalPDF(_ z: Double) -> Double {
    _exp(-z * z / 2) / (2 * Double.pi).squareRoot()
  }
}
