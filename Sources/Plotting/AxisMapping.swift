/// Maps data values on one axis to positions in points.
///
/// ```
/// position(v) = start + (T(v) − T(lower)) / (T(upper) − T(lower)) · (end − start)
/// ```
///
/// with `T` the identity or `log10`. For a y axis `start` is the bottom edge (larger y).
/// Values the scale cannot represent have no position.
struct AxisMapping: Hashable {
  var scale: AxisScale
  var limits: ClosedRange<Double>
  var start: Double
  var end: Double

  /// The position of `value`, or nil when the scale cannot represent it.
  func position(of value: Double) -> Double? {
    guard scale.canRepresent(value) else { return nil }
    let low = scale.transformed(limits.lowerBound)
    let high = scale.transformed(limits.upperBound)
    let t = (scale.transformed(value) - low) / (high - low)
    return start + t * (end - start)
  }

  /// Whether `value` lies within the limits (inclusive, with a relative tolerance of 1e-9).
  func isWithinLimits(_ value: Double) -> Bool {
    guard scale.canRepresent(value) else { return false }
    let low = scale.transformed(limits.lowerBound)
    let high = scale.transformed(limits.upperBound)
    let t = (scale.transformed(value) - low) / (high - low)
    return t >= -1e-9 && t <= 1 + 1e-9
  }
}
