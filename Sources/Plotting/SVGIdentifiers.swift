import Foundation

/// Renumbers the ids Cairo writes into SVG so they depend only on the document.
///
/// Cairo numbers some ids (`surface5`, `clip3`, `glyph0-1`, …) with counters that live as long
/// as the process, so the second identical figure rendered in one process would get different
/// ids. Every id of the form `letters` + `digits[-digits]` is replaced, together with its
/// `#id` and `url(#id)` references, by `letters` + its order of first appearance.
enum SVGIdentifiers {
  static func renumbered(_ bytes: [UInt8]) -> [UInt8] {
    let text = String(decoding: bytes, as: UTF8.self)
    let pattern = try! NSRegularExpression(pattern: #"id="([A-Za-z]+)([0-9]+(?:-[0-9]+)?)""#)
    let range = NSRange(text.startIndex..., in: text)
    var mapping: [String: String] = [:]
    var counters: [String: Int] = [:]
    for match in pattern.matches(in: text, range: range) {
      let prefix = String(text[Range(match.range(at: 1), in: text)!])
      let number = String(text[Range(match.range(at: 2), in: text)!])
      let old = prefix + number
      guard mapping[old] == nil else { continue }
      let next = counters[prefix, default: 0]
      counters[prefix] = next + 1
      mapping[old] = "\(prefix)\(next)"
    }
    guard !mapping.isEmpty else { return bytes }

    // Replace whole tokens only: an id followed by a letter, digit or '-' is another id.
    let reference = try! NSRegularExpression(
      pattern: #"(id="|#)([A-Za-z]+[0-9]+(?:-[0-9]+)?)(?![A-Za-z0-9-])"#)
    let result = NSMutableString(string: text)
    let matches = reference.matches(in: text, range: range)
    for match in matches.reversed() {
      let old = String(text[Range(match.range(at: 2), in: text)!])
      guard let new = mapping[old] else { continue }
      result.replaceCharacters(in: match.range(at: 2), with: new)
    }
    return Array((result as String).utf8)
  }
}
