/// The result of one forward and backward pass: per-layer statistics and where the signal
/// first broke down.
public struct NetworkMeasurement: Equatable, Sendable {
  /// What was measured.
  public var configuration: NetworkConfiguration
  /// The seed of the run.
  public var seed: UInt64
  /// One entry per layer, index 0 … depth.
  public var layers: [LayerMeasurement]
  /// The loss, for `OutputGradient.squaredError` only.
  public var loss: Double?

  /// The first layer (counting up from 1) whose Z or H holds an inf or NaN.
  public var forwardOverflowLayer: Int?
  /// The first layer (counting up from 1) whose H is exactly zero everywhere.
  public var forwardUnderflowLayer: Int?
  /// The first layer reached by the backward pass (counting down from depth) whose
  /// gradient G_l (layer 0 included) or weight gradient holds an inf or NaN.
  public var backwardOverflowLayer: Int?
  /// The first layer reached by the backward pass (counting down from depth) whose
  /// gradient G_l is exactly zero everywhere.
  public var backwardUnderflowLayer: Int?

  /// rms(G₁) / rms(G_L): how much the gradient with respect to the first hidden layer's
  /// output grew (> 1) or vanished (< 1) relative to the last; NaN when rms(G_L) is 0.
  public var gradientRatio: Double {
    guard layers.count >= 2 else { return .nan }
    return layers[1].gradient.rms / layers[layers.count - 1].gradient.rms
  }

  /// rms(dW₁) / rms(dW_L): the weight-gradient analogue of `gradientRatio`.
  public var weightGradientRatio: Double {
    guard layers.count >= 2,
      let first = layers[1].weightGradient, let last = layers.last?.weightGradient
    else { return .nan }
    return first.rms / last.rms
  }
}
