// Design note: predictions come from the mean-field recursion for wide networks with
// independent zero-mean weights (Poole et al., 2016, "Exponential expressivity in deep
// neural networks through transient chaos"; Schoenholz et al., 2017, "Deep Information
// Propagation"). Closed forms are used where they exist (identity, ReLU, leaky ReLU) and
// Gauss–Hermite quadrature otherwise. The backward pass assumes gradients independent of
// the forward weights (the usual "gradient independence" assumption).

/// Predicted per-layer second moments of a network.
public struct TheoryLayer: Equatable, Sendable {
  /// The layer index l (0 = input).
  public var layer: Int
  /// q_l = E[z_l²] (0 at layer 0, which has no preactivation).
  public var preactivationSecondMoment: Double
  /// E[h_l²].
  public var activationSecondMoment: Double
  /// E[g_l²], g_l = dL/dh_l.
  public var gradientSecondMoment: Double
  /// E[(dL/dW_l)²] ≈ B · E[h_{l−1}²] · E[φ′(z_l)²] · E[g_l²] (0 at layer 0).
  public var weightGradientSecondMoment: Double
}

/// Mean-field predictions of forward and backward second moments.
public enum MeanFieldTheory {
  /// Predicts every layer of `configuration`:
  ///
  /// ```
  /// q_l       = n_{l−1} · m_l · E[h_{l−1}²]          m_l = E[w²] · weightScale²
  /// E[h_l²]   = E[φ(z)²],   z ~ N(0, q_l)
  /// E[g_{l−1}²] = n_l · m_l · E[φ′(z)²] · E[g_l²]
  /// ```
  /// For a linear net this is `q_l = (n Var[W])^l q_0`; for ReLU the same times (1/2)^l.
  /// E[h_0²] is 1 for N(0, 1) inputs and c² for constant inputs; E[g_L²] is 1 for a
  /// standard-normal output gradient, c² for a constant one, and (E[h_L²] + 1) / B² for
  /// squared error against N(0, 1) targets. m_l is the weight distribution's mean square
  /// (`WeightDistribution.secondMoment`), so constant and identity weights are treated as if
  /// their entries were independent, which they are not; theory is meaningful for the
  /// random zero-mean kinds only.
  public static func predict(_ configuration: NetworkConfiguration) -> [TheoryLayer] {
    let c = configuration
    let phi = c.activation
    let depth = c.depth
    let m = (1...depth).map { l in
      c.initializer.distribution(fanIn: c.widths[l - 1], fanOut: c.widths[l])
        .secondMoment(fanIn: c.widths[l - 1], fanOut: c.widths[l])
        * c.weightScale * c.weightScale
    }

    // 1. Forward.
    var q = [Double](repeating: 0, count: depth + 1)
    var h2 = [Double](repeating: 0, count: depth + 1)
    switch c.inputs {
    case .standardNormal: h2[0] = 1
    case let .constant(x): h2[0] = x * x
    }
    for l in 1...depth {
      q[l] = Double(c.widths[l - 1]) * m[l - 1] * h2[l - 1]
      h2[l] = activationSecondMoment(phi, variance: q[l])
    }

    // 2. Backward.
    var g2 = [Double](repeating: 0, count: depth + 1)
    switch c.outputGradient {
    case .standardNormal: g2[depth] = 1
    case let .constant(x): g2[depth] = x * x
    case .squaredError: g2[depth] = (h2[depth] + 1) / Double(c.batchSize * c.batchSize)
    }
    var dW2 = [Double](repeating: 0, count: depth + 1)
    for l in stride(from: depth, through: 1, by: -1) {
      let gz2 = derivativeSecondMoment(phi, variance: q[l]) * g2[l]
      dW2[l] = Double(c.batchSize) * h2[l - 1] * gz2
      g2[l - 1] = Double(c.widths[l]) * m[l - 1] * gz2
    }
    return (0...depth).map {
      TheoryLayer(
        layer: $0, preactivationSecondMoment: q[$0], activationSecondMoment: h2[$0],
        gradientSecondMoment: g2[$0], weightGradientSecondMoment: dW2[$0])
    }
  }

  /// E[φ(z)²] for z ~ N(0, q), in float64.
  ///
  /// Closed forms: identity q; ReLU q/2; leaky ReLU (1 + s²) q / 2. Otherwise the 96-point
  /// Gauss–Hermite rule. q = 0 gives φ(0)²; q = ∞ or NaN propagate.
  public static func activationSecondMoment(_ phi: Activation, variance q: Double) -> Double {
    switch phi.kind {
    case .identity: return q
    case .relu: return q / 2
    case .leakyReLU: return (1 + phi.slope * phi.slope) * q / 2
    default:
      guard q.isFinite else { return .nan }
      return GaussHermite.standard.expectation(variance: q) { phi.value($0) * phi.value($0) }
    }
  }

  /// E[φ′(z)²] for z ~ N(0, q), in float64; identity 1, ReLU 1/2, leaky ReLU (1 + s²)/2,
  /// otherwise Gauss–Hermite.
  public static func derivativeSecondMoment(_ phi: Activation, variance q: Double) -> Double {
    switch phi.kind {
    case .identity: return 1
    case .relu: return 0.5
    case .leakyReLU: return (1 + phi.slope * phi.slope) / 2
    default:
      guard q.isFinite else { return .nan }
      return GaussHermite.standard.expectation(variance: q) {
        phi.derivative($0) * phi.derivative($0)
      }
    }
  }
}
