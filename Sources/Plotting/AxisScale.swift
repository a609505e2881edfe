import Foundation

/// How data values map to positions along an axis.
public enum AxisScale: Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// Position proportional to the value.
  case linear
  /// Position proportional to `log10(value)`; only positive finite values are representable.
  case log10

  /// `linear` or `log10`.
  public var description: String { self == .linear ? "linear" : "log10" }

  /// Whether positions are proportional to the logarithm of the value.
  public var isLogarithmic: Bool { self == .log10 }

  /// Whether the value can be placed on this scale: finite, and positive on a log scale.
  public func canRepresent(_ value: Double) -> Bool {
    value.isFinite && (self == .linear || value > 0)
  }

  /// The value in the space where the scale is linear: the value itself, or `log10(value)`.
  /// - Precondition: `canRepresent(value)`.
  func transformed(_ value: Double) -> Double {
    self == .linear ? value : Foundation.log10(value)
  }

  /// Automatic limits around data, snapped outward: to decades on a log scale, to multiples
  /// of the tick step on a linear scale.
  ///
  /// An empty range gives 1...10 (log) or 0...1 (linear); a single value is widened to the
  /// decade holding it (log) or by one unit of its magnitude each side (linear).
  /// - Parameters:
  ///   - range: smallest and largest representable data value, or nil when there is none.
  ///   - maxTickCount: most major ticks the axis has room for (linear scales only).
  func automaticLimits(
    around range: ClosedRange<Double>?, maxTickCount: Int
  ) -> ClosedRange<Double> {
    switch self {
    case .log10:
      guard let range else { return 1...10 }
      var low = Foundation.log10(range.lowerBound).rounded(.down)
      var high = Foundation.log10(range.upperBound).rounded(.up)
      if high <= low { high = low + 1 }
      // Keep 10^low and 10^high finite and positive in Double.
      low = max(low, -307)
      high = min(high, 308)
      return pow(10, low)...pow(10, high)
    case .linear:
      guard let range else { return 0...1 }
      var low = range.lowerBound
      var high = range.upperBound
      if high <= low {
        let unit = low == 0 ? 1 : pow(10, Foundation.log10(abs(low)).rounded(.down))
        low -= unit
        high += unit
      }
      return LinearTicks.niceLimits(low...high, maxTickCount: maxTickCount)
    }
  }
}
