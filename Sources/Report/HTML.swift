/// HTML escaping for text placed into templates.
enum HTML {
  /// Escapes `&`, `<`, `>`, `"` and `'` so text is inert in element content
  /// and in quoted attribute values.
  static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }
}
