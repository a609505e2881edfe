import Foundation

/// Tick placement on log10 axes.
///
/// Major ticks sit on decades `10^k` and are labelled `10` with a superscript exponent. When
/// the decades would not fit, only every `stride`-th decade (exponent divisible by the stride)
/// is labelled and the skipped decades become minor ticks; the stride is the smallest of
/// 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 25, 30, 50, 100, … that fits, so 42 decades with room for
/// 15 labels tick every 3rd decade. Minor ticks at 2…9 × 10^k appear only when every decade is
/// labelled and the axis spans at most ``maxDecadesWithSubdecadeTicks`` decades.
public enum LogTicks {
  /// Widest span, in decades, that still gets minor ticks at 2…9 × 10^k.
  public static let maxDecadesWithSubdecadeTicks = 10

  /// The smallest stride from the 1-2-3-5 style sequence whose labelled decades in
  /// `lowerExponent...upperExponent` number at most `maxMajorCount`.
  /// - Parameters:
  ///   - lowerExponent: exponent of the lower limit, rounded up to an integer.
  ///   - upperExponent: exponent of the upper limit, rounded down to an integer.
  ///   - maxMajorCount: room for labels; values below 2 are treated as 2.
  public static func stride(lowerExponent: Int, upperExponent: Int, maxMajorCount: Int) -> Int {
    let room = max(2, maxMajorCount)
    for candidate in strideCandidates() {
      if multiples(of: candidate, in: lowerExponent, upperExponent) <= room { return candidate }
    }
    return max(1, upperExponent - lowerExponent)
  }

  /// Major and minor ticks for positive `limits`.
  /// - Precondition: `limits.lowerBound > 0`.
  public static func ticks(in limits: ClosedRange<Double>, maxMajorCount: Int) -> TickSet {
    precondition(limits.lowerBound > 0, "log ticks need positive limits, got \(limits)")
    let lowLog = log10(limits.lowerBound)
    let highLog = log10(limits.upperBound)
    // Tolerate rounding in log10 so that 1e-21 counts as exactly decade −21.
    let low = Int((lowLog - 1e-9).rounded(.up))
    let high = Int((highLog + 1e-9).rounded(.down))
    let step = stride(lowerExponent: low, upperExponent: high, maxMajorCount: maxMajorCount)

    var major: [Tick] = []
    var minor: [Double] = []
    if low <= high {
      for exponent in low...high {
        let value = pow(10, Double(exponent))
        if exponent % step == 0 {
          major.append(Tick(value: value, label: Markup.power(exponent: exponent)))
        } else {
          minor.append(value)
        }
      }
    }

    let decadeSpan = highLog - lowLog
    if step == 1 && decadeSpan <= Double(maxDecadesWithSubdecadeTicks) + 1e-9 {
      let first = Int(lowLog.rounded(.down))
      let last = Int(highLog.rounded(.up))
      for exponent in first...last {
        for multiple in 2...9 {
          let value = Double(multiple) * pow(10, Double(exponent))
          if value >= limits.lowerBound && value <= limits.upperBound { minor.append(value) }
        }
      }
      minor.sort()
    }
    return TickSet(major: major, minor: minor)
  }

  private static func strideCandidates() -> [Int] {
    var result = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 25, 30]
    var scale = 10
    while scale < 1000 {
      result += [5 * scale, 10 * scale]
      scale *= 10
    }
    return result
  }

  private static func multiples(of step: Int, in low: Int, _ high: Int) -> Int {
    guard low <= high else { return 0 }
    let first = Int((Double(low) / Double(step)).rounded(.up))
    let last = Int((Double(high) / Double(step)).rounded(.down))
    return max(0, last - first + 1)
  }
}
