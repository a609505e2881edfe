/// A labelled major tick on an axis.
public struct Tick: Sendable, Hashable {
  /// The data value the tick marks.
  public var value: Double
  /// The label as Pango markup, e.g. `10<sup>−21</sup>` or `0.5`.
  public var label: String

  /// Creates a tick.
  public init(value: Double, label: String) {
    self.value = value
    self.label = label
  }
}

/// Major (labelled) and minor (unlabelled) ticks of one axis.
public struct TickSet: Sendable, Hashable {
  /// Labelled ticks in increasing order.
  public var major: [Tick]
  /// Unlabelled tick values in increasing order.
  public var minor: [Double]

  /// Creates a tick set.
  public init(major: [Tick], minor: [Double]) {
    self.major = major
    self.minor = minor
  }

  /// Ticks for `limits` on `scale` with at most `maxMajorCount` labelled ticks.
  public static func make(
    for limits: ClosedRange<Double>, scale: AxisScale, maxMajorCount: Int
  ) -> TickSet {
    switch scale {
    case .linear: return LinearTicks.ticks(in: limits, maxCount: maxMajorCount)
    case .log10: return LogTicks.ticks(in: limits, maxMajorCount: maxMajorCount)
    }
  }
}
