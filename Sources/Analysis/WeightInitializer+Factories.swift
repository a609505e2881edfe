extension WeightInitializer {
  /// Creates an initializer from settings known to be valid.
  ///
  /// - Precondition: every setting is accepted by `kind` (violations print the error).
  private init(validated kind: Kind, _ settings: [String: Setting]) {
    do {
      try self.init(kind, settings: settings)
    } catch {
      preconditionFailure("\(error)")
    }
  }

  /// `constant:value=V`: every weight equals `value`.
  ///
  /// - Precondition: `value` is finite.
  public static func constant(_ value: Double) -> WeightInitializer {
    WeightInitializer(validated: .constant, ["value": .number(value)])
  }

  /// `normal:sigma=S`: N(0, sigma²).
  ///
  /// - Precondition: `sigma > 0`.
  public static func normal(sigma: Double) -> WeightInitializer {
    WeightInitializer(validated: .normal, ["sigma": .number(sigma)])
  }

  /// `uniform:scale=S`: U(−scale, scale).
  ///
  /// - Precondition: `scale > 0`.
  public static func uniform(scale: Double) -> WeightInitializer {
    WeightInitializer(validated: .uniform, ["scale": .number(scale)])
  }

  /// `variance-scaling:scale=S,mode=M,distribution=D` (Keras semantics).
  ///
  /// - Precondition: `scale > 0`; `mode` is fan_in, fan_out or fan_avg; `distribution` is
  ///   truncated_normal, untruncated_normal, uniform or normal.
  public static func varianceScaling(scale: Double, mode: String, distribution: String)
    -> WeightInitializer
  {
    WeightInitializer(
      validated: .varianceScaling,
      ["scale": .number(scale), "mode": .choice(mode), "distribution": .choice(distribution)])
  }

  /// `orthogonal:gain=G`.
  ///
  /// - Precondition: `gain > 0`.
  public static func orthogonal(gain: Double = 1) -> WeightInitializer {
    WeightInitializer(validated: .orthogonal, ["gain": .number(gain)])
  }
}
