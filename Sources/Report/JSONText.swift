import Foundation

/// JSON text helpers shared by the report's data files and the command
/// line's `--format json` output.
package enum JSONText {
  /// `text` as a JSON string literal: quotes, backslashes and control
  /// characters escaped, everything else (Unicode included) kept as is.
  package static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        out += String(format: "\\u%04x", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
