import Foundation

/// Tick placement on linear axes with steps of 1, 2 or 5 times a power of ten.
///
/// The step is the smallest 1-2-5 value for which the ticks between the nice limits number at
/// most `maxCount`; labels use the fraction digits the step needs (step 0.5 → one digit) and
/// switch to scientific notation when magnitudes reach 10^5 or steps fall below 10^−3.
public enum LinearTicks {
  /// The smallest 1-2-5 step whose ticks over `limits`, snapped outward, number at most
  /// `maxCount` (at least 2).
  public static func step(for limits: ClosedRange<Double>, maxCount: Int) -> Double {
    let room = max(2, maxCount)
    let span = limits.upperBound - limits.lowerBound
    guard span > 0, span.isFinite else { return 1 }
    var magnitude = pow(10, log10(span / Double(room - 1)).rounded(.down))
    while true {
      for multiplier in [1.0, 2.0, 5.0] {
        let candidate = multiplier * magnitude
        let low = (limits.lowerBound / candidate).rounded(.down)
        let high = (limits.upperBound / candidate).rounded(.up)
        if Int(high - low) + 1 <= room { return candidate }
      }
      magnitude *= 10
    }
  }

  /// `limits` widened outward to multiples of the step chosen for `maxTickCount` ticks.
  public static func niceLimits(
    _ limits: ClosedRange<Double>, maxTickCount: Int
  ) -> ClosedRange<Double> {
    let step = step(for: limits, maxCount: maxTickCount)
    let low = (limits.lowerBound / step).rounded(.down) * step
    let high = (limits.upperBound / step).rounded(.up) * step
    return low...high
  }

  /// Labelled ticks at multiples of the step inside `limits`, and minor ticks halfway between.
  public static func ticks(in limits: ClosedRange<Double>, maxCount: Int) -> TickSet {
    let step = step(for: limits, maxCount: maxCount)
    // Tolerance of a millionth of a step keeps limits that are exact multiples inside.
    let first = Int((limits.lowerBound / step - 1e-6).rounded(.up))
    let last = Int((limits.upperBound / step + 1e-6).rounded(.down))
    guard first <= last else { return TickSet(major: [], minor: []) }

    let largest = max(abs(limits.lowerBound), abs(limits.upperBound))
    let useScientific = largest >= 1e5 || step < 1e-3
    let fractionDigits = max(0, -Int(log10(step).rounded(.down)))
    var major: [Tick] = []
    var minor: [Double] = []
    for index in first...last {
      let value = Double(index) * step
      let label = useScientific && index != 0
        ? Markup.scientific(value, significantDigits: 2)
        : Markup.decimal(value, fractionDigits: fractionDigits)
      major.append(Tick(value: value, label: label))
      let half = value + step / 2
      if index < last || half <= limits.upperBound { minor.append(half) }
    }
    let before = Double(first) * step - step / 2
    if before >= limits.lowerBound { minor.insert(before, at: 0) }
    return TickSet(major: major, minor: minor.filter { $0 <= limits.upperBound })
  }
}
