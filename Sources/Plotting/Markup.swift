import Foundation

/// Helpers that build Pango markup for labels; every label in a figure is markup.
///
/// Numbers are formatted with the POSIX locale and a real minus sign (U+2212), so output does
/// not depend on the machine's locale.
public enum Markup {
  /// Escapes `&`, `<`, `>`, `'` and `"` so plain text can be used as a label.
  public static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "'": result += "&apos;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }

  /// `base` with a superscript integer exponent, e.g. `10<sup>−21</sup>`.
  public static func power(base: String = "10", exponent: Int) -> String {
    "\(base)<sup>\(integer(exponent))</sup>"
  }

  /// An integer with a typographic minus sign.
  public static func integer(_ value: Int) -> String {
    value < 0 ? "\u{2212}\(-value)" : "\(value)"
  }

  /// A decimal with a fixed number of fraction digits and a typographic minus sign.
  public static func decimal(_ value: Double, fractionDigits: Int) -> String {
    let digits = max(0, fractionDigits)
    let text = fixedPoint(abs(value), fractionDigits: digits)
    let isZero = text.allSatisfy { $0 == "0" || $0 == "." }
    return value < 0 && !isZero ? "\u{2212}" + text : text
  }

  /// `value ≥ 0` rounded half away from zero to `fractionDigits` digits, built from integer
  /// digits (tick labels format many numbers; C's printf is slow and locale-aware).
  private static func fixedPoint(_ value: Double, fractionDigits: Int) -> String {
    let scale = pow(10, Double(fractionDigits))
    let scaled = (value * scale).rounded()
    guard value.isFinite, fractionDigits <= 15, scaled < 9e15 else {
      return String(format: "%.\(fractionDigits)f", value)
    }
    var text = String(Int64(scaled))
    guard fractionDigits > 0 else { return text }
    if text.count <= fractionDigits {
      text = String(repeating: "0", count: fractionDigits - text.count + 1) + text
    }
    text.insert(".", at: text.index(text.endIndex, offsetBy: -fractionDigits))
    return text
  }

  /// Scientific notation with a superscript exponent, e.g. `1.07 × 10<sup>−21</sup>`.
  ///
  /// Zero and values with exponent 0 print as plain decimals; NaN and infinities print as
  /// `NaN`, `∞` and `−∞`.
  /// - Parameters:
  ///   - value: the number to format.
  ///   - significantDigits: digits in the mantissa, at least 1.
  public static func scientific(_ value: Double, significantDigits: Int = 3) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "\u{2212}\u{221E}" : "\u{221E}" }
    let digits = max(1, significantDigits)
    if value == 0 { return decimal(0, fractionDigits: digits - 1) }
    var exponent = Int(floor(log10(abs(value))))
    var mantissa = value / pow(10, Double(exponent))
    // Rounding may carry the mantissa to 10 (9.996 → 10.0); renormalise.
    let scale = pow(10, Double(digits - 1))
    if abs((mantissa * scale).rounded()) >= 10 * scale {
      exponent += 1
      mantissa = value / pow(10, Double(exponent))
    }
    let mantissaText = decimal(mantissa, fractionDigits: digits - 1)
    if exponent == 0 { return mantissaText }
    return "\(mantissaText) \u{00D7} " + power(exponent: exponent)
  }
}
