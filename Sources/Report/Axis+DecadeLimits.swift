import Foundation
import Plotting

extension Axis {
  /// Log-axis limits at whole decades around the positive finite `values`,
  /// widened by a further decade on a side whose extreme value lies within
  /// a tenth of a decade of the boundary, so markers there clear the frame.
  /// Nil when no value is positive and finite (the axis then fits itself).
  static func decadeLimits(around values: [Double]) -> ClosedRange<Double>? {
    let usable = values.filter { $0 > 0 && $0.isFinite }
    guard let low = usable.min(), let high = usable.max() else { return nil }
    let bottom = floor(log10(low) - 0.1)
    let top = max(ceil(log10(high) + 0.1), bottom + 1)
    return pow(10, bottom)...pow(10, top)
  }
}
