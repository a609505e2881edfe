import Foundation

// A minimal template filler for the HTML in Templates/.
//
// `{{name}}` is replaced by the HTML-escaped value of `name`;
// `{{{name}}}` inserts the value as raw HTML (for fragments InitLab built
// itself from other templates). Whitespace inside the braces is ignored.
// There are no loops or conditions: repeated blocks are filled one by one
// and joined by the caller. A placeholder with no value is an error that
// names the template and line, so a typo never ships as an empty string.

/// A parsed template: literal text interleaved with placeholders.
struct Template {
  private enum Piece {
    case text(String)
    case placeholder(name: String, isRaw: Bool, line: Int)
  }

  /// The name used in error messages, usually the file name.
  let name: String
  private let pieces: [Piece]

  /// Parses template text.
  ///
  /// - Throws: `ReportError.unclosedPlaceholder` for a `{{` without `}}`.
  init(_ text: String, name: String) throws {
    self.name = name
    var pieces: [Piece] = []
    var rest = Substring(text)
    var line = 1
    while let open = rest.range(of: "{{") {
      let literal = rest[..<open.lowerBound]
      pieces.append(.text(String(literal)))
      line += literal.count(where: { $0 == "\n" })

      let isRaw = rest[open.upperBound...].hasPrefix("{")
      let closing = isRaw ? "}}}" : "}}"
      let bodyStart = isRaw ? rest.index(after: open.upperBound) : open.upperBound
      guard let close = rest[bodyStart...].range(of: closing) else {
        throw ReportError.unclosedPlaceholder(template: name, line: line)
      }
      let body = rest[bodyStart..<close.lowerBound]
      let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
      pieces.append(.placeholder(name: trimmed, isRaw: isRaw, line: line))
      line += body.count(where: { $0 == "\n" })
      rest = rest[close.upperBound...]
    }
    pieces.append(.text(String(rest)))
    self.pieces = pieces
  }

  /// Fills every placeholder from `values`.
  ///
  /// - Throws: `ReportError.unknownPlaceholder` naming the first placeholder
  ///   that has no value, with the template name and line.
  func filled(with values: [String: String]) throws -> String {
    var out = ""
    for piece in pieces {
      switch piece {
      case let .text(text):
        out += text
      case let .placeholder(key, isRaw, line):
        guard let value = values[key] else {
          throw ReportError.unknownPlaceholder(key, template: name, line: line)
        }
        out += isRaw ? value : HTML.escaped(value)
      }
    }
    return out
  }
}
