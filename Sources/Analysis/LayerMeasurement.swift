/// Statistics of one layer l of a measured network (l = 0 is the input).
public struct LayerMeasurement: Equatable, Sendable {
  /// The layer index l, 0 … depth.
  public var layer: Int
  /// The layer's width n_l.
  public var width: Int
  /// Z_l = H_{l−1} W_l; `nil` for the input layer.
  public var preactivation: TensorSummary?
  /// H_l = φ(Z_l); the input H₀ at layer 0. Its saturated fraction follows
  /// `Activation.isSaturated(_:)`.
  public var activation: TensorSummary
  /// G_l = dL/dH_l.
  public var gradient: TensorSummary
  /// dL/dW_l = H_{l−1}ᵀ (G_l ⊙ φ′(Z_l)); `nil` for the input layer.
  public var weightGradient: TensorSummary?
  /// dL/db_l = Σ_batch G_l ⊙ φ′(Z_l) for a zero bias; `nil` at layer 0 and unless
  /// `NetworkConfiguration.hasZeroBias`.
  public var biasGradient: TensorSummary?

  /// The forward RMS gain rms(H_l) / rms(H_{l−1}); `nil` at layer 0 or when the previous
  /// RMS is 0.
  public var forwardGain: Double?
  /// The backward RMS gain rms(G_{l−1}) / rms(G_l) through this layer; `nil` at layer 0 or
  /// when rms(G_l) is 0.
  public var backwardGain: Double?
}
