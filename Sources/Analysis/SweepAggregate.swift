/// Mean, minimum and maximum of one statistic over a sweep's seeds.
public struct SeedSpread: Equatable, Sendable {
  /// The arithmetic mean over seeds (NaN if any value is NaN; ±∞ propagate).
  public var mean: Double
  /// The smallest value (NaN-free values only; NaN if all are NaN).
  public var min: Double
  /// The largest value (NaN-free values only; NaN if all are NaN).
  public var max: Double

  /// Summarizes `values`, which must not be empty.
  ///
  /// - Precondition: `values` is not empty.
  public init(_ values: [Double]) {
    precondition(!values.isEmpty, "a seed spread needs at least one value")
    mean = values.reduce(0, +) / Double(values.count)
    let numbers = values.filter { !$0.isNaN }
    min = numbers.min() ?? .nan
    max = numbers.max() ?? .nan
  }
}

/// One layer's statistics aggregated over seeds.
public struct LayerAggregate: Equatable, Sendable {
  /// The layer index l (0 = input).
  public var layer: Int
  /// rms(H_l).
  public var forwardRMS: SeedSpread
  /// rms(Z_l); NaN at layer 0, which has no preactivation.
  public var preactivationRMS: SeedSpread
  /// rms(G_l), G_l = dL/dH_l.
  public var gradientRMS: SeedSpread
  /// rms(dW_l); NaN at layer 0.
  public var weightGradientRMS: SeedSpread
  /// Fraction of exact zeros in H_l.
  public var zeroFraction: SeedSpread
  /// Fraction of saturated entries in H_l.
  public var saturatedFraction: SeedSpread
  /// Non-finite entries in Z_l, H_l, G_l and dW_l together.
  public var nonFiniteCount: SeedSpread
}

/// One (initializer, activation, depth, width, weight scale) combination over all seeds.
public struct SweepAggregate: Equatable, Sendable {
  /// The cell with its seed set to the first seed.
  public var cell: SweepCell
  /// The seeds aggregated, in configuration order.
  public var seeds: [UInt64]
  /// Per-layer spreads, index 0 … depth.
  public var layers: [LayerAggregate]
  /// rms(G₁) / rms(G_L) over seeds (see `NetworkMeasurement.gradientRatio`).
  public var gradientRatio: SeedSpread
}
