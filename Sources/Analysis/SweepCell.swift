/// One point of a sweep's Cartesian product: everything but the shared batch, precision,
/// input and output-gradient settings.
public struct SweepCell: Hashable, Sendable {
  /// The weight initializer.
  public var initializer: WeightInitializer
  /// The activation.
  public var activation: Activation
  /// The number of layers L.
  public var depth: Int
  /// The width of the input and of every layer.
  public var width: Int
  /// The factor applied to every sampled weight.
  public var weightScale: Double
  /// The seed of this cell's random streams.
  public var seed: UInt64

  /// Creates a cell.
  public init(
    initializer: WeightInitializer, activation: Activation, depth: Int, width: Int,
    weightScale: Double = 1, seed: UInt64
  ) {
    self.initializer = initializer
    self.activation = activation
    self.depth = depth
    self.width = width
    self.weightScale = weightScale
    self.seed = seed
  }
}
