// Vectorisable forward and backward kernels for the network. Each switches on the kind
// once, outside its loop. Conditionals are written so that NaN propagates forward
// (`z < 0 ? 0 : z` keeps NaN, `max(z, 0)` might not), which the non-finite counts rely on.

extension Activation {
  /// Writes h = φ(z) elementwise, in the network's precision.
  ///
  /// - Precondition: `z` and `h` have the same count (they may not alias).
  func apply<T: NetworkScalar>(_ z: UnsafePointer<T>, into h: UnsafeMutablePointer<T>, count: Int) {
    let slope = T(self.slope)
    let lambda = T(Self.seluLambda)
    let lambdaAlpha = T(Self.seluLambda * Self.seluAlpha)
    let invSqrt2 = T(0.5.squareRoot())
    switch kind {
    case .identity: h.update(from: z, count: count)
    case .relu: for i in 0..<count { h[i] = z[i] < 0 ? 0 : z[i] }
    case .leakyReLU: for i in 0..<count { h[i] = z[i] < 0 ? slope * z[i] : z[i] }
    case .tanh: T.tanh(z, into: h, count: count)
    case .sigmoid: T.sigmoid(z, into: h, count: count)
    case .softplus:
      for i in 0..<count { h[i] = (z[i] < 0 ? 0 : z[i]) + T.log1p(T.exp(-abs(z[i]))) }
    case .gelu: for i in 0..<count { h[i] = z[i] * (1 + T.erf(z[i] * invSqrt2)) / 2 }
    case .selu:
      for i in 0..<count { h[i] = z[i] > 0 ? lambda * z[i] : lambdaAlpha * T.expm1(z[i]) }
    }
  }

  /// Writes dL/dZ = g ⊙ φ′(z) into `out`, using h = φ(z) where that is cheaper
  /// (tanh: 1 − h², sigmoid: h(1 − h), SELU: h + λα for z ≤ 0).
  ///
  /// `out` may alias `z` (the network overwrites Z with dL/dZ in the backward pass): each
  /// element reads z[i], h[i] and g[i] before writing out[i].
  func multiplyByDerivative<T: NetworkScalar>(
    _ g: UnsafePointer<T>, z: UnsafePointer<T>, h: UnsafePointer<T>,
    into out: UnsafeMutablePointer<T>, count: Int
  ) {
    let slope = T(self.slope)
    let lambda = T(Self.seluLambda)
    let lambdaAlpha = T(Self.seluLambda * Self.seluAlpha)
    let invSqrt2 = T(0.5.squareRoot())
    let invSqrt2Pi = T(1 / (2 * Double.pi).squareRoot())
    switch kind {
    case .identity: out.update(from: g, count: count)
    // g[i] is loaded before the comparison so that the choice is a vector select, not a
    // branch on the sign of z (taken about half the time at random).
    case .relu:
      for i in 0..<count {
        let gi = g[i]
        out[i] = z[i] > 0 ? gi : 0
      }
    case .leakyReLU:
      for i in 0..<count {
        let gi = g[i]
        out[i] = z[i] > 0 ? gi : slope * gi
      }
    case .tanh: for i in 0..<count { out[i] = g[i] * (1 - h[i] * h[i]) }
    case .sigmoid: for i in 0..<count { out[i] = g[i] * (h[i] * (1 - h[i])) }
    case .softplus: for i in 0..<count { out[i] = g[i] / (1 + T.exp(-z[i])) }
    case .gelu:
      for i in 0..<count {
        let x = z[i]
        let cdf = (1 + T.erf(x * invSqrt2)) / 2
        out[i] = g[i] * (cdf + x * invSqrt2Pi * T.exp(-x * x / 2))
      }
    case .selu: for i in 0..<count { out[i] = g[i] * (z[i] > 0 ? lambda : h[i] + lambdaAlpha) }
    }
  }
}
