import Foundation

/// Locale-independent number formatting for pages and data files.
package enum NumberFormat {
  /// The shortest text that reads back to exactly `x` (Swift's own
  /// round-trip rule), with `inf`, `-inf` and `nan` for non-finite values;
  /// whole numbers below 10¹⁵ print without a fraction (`30`, not `30.0`).
  /// Used in data files, so the data behind a figure loses nothing, and in
  /// messages that echo a value back.
  package static func exact(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    // -0.0 keeps its sign, which an integer cannot carry.
    if x == x.rounded(), abs(x) < 1e15, !(x == 0 && x.sign == .minus) {
      return String(Int64(x))
    }
    return "\(x)"
  }

  /// `x` with `digits` significant digits for people: plain notation for
  /// magnitudes in [10⁻³, 10³), otherwise `m × 10ⁿ` with a Unicode
  /// superscript exponent (`1.07 × 10⁻²¹`). Zero prints as `0`.
  package static func readable(_ x: Double, digits: Int = 3) -> String {
    if x.isNaN { return "NaN" }
    if x.isInfinite { return x < 0 ? "−∞" : "∞" }
    if x == 0 { return "0" }
    let magnitude = abs(x)
    if magnitude >= 1e-3 && magnitude < 1e3 {
      let text = String(format: "%.\(digits)g", x)
      // 999.6 rounds up to "1e+03"; that case falls through to m × 10ⁿ.
      if !text.contains("e") {
        return text.replacingOccurrences(of: "-", with: "−")
      }
    }
    // Split into mantissa and exponent from the %e rendering, which
    // already rounds the mantissa correctly (9.999e5 -> 1.00e+06).
    let parts = String(format: "%.\(digits - 1)e", x).split(separator: "e")
    let mantissa = String(parts[0]).replacingOccurrences(of: "-", with: "−")
    let exponent = Int(parts[1]) ?? 0
    return "\(mantissa) × 10\(superscript(exponent))"
  }

  /// An integer written in Unicode superscript digits, e.g. `⁻²¹`.
  package static func superscript(_ n: Int) -> String {
    let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    let body = String(abs(n)).map { digits[Int(String($0))!] }
    return (n < 0 ? "⁻" : "") + String(body)
  }
}
