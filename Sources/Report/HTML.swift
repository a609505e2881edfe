import Plotting

/// HTML escaping for text placed into templates.
enum HTML {
  /// Escapes `&`, `<`, `>`, `"` and `'` so text is inert in element content
  /// and in quoted attribute values. HTML5 and the XML of Pango markup
  /// share these five entities, so the plotting module's escaping serves.
  static func escaped(_ text: String) -> String {
    Markup.escaped(text)
  }
}
