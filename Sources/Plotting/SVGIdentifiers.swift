/// Renumbers the ids Cairo writes into SVG so they depend only on the document.
///
/// Cairo numbers some ids (`surface5`, `clip3`, `glyph0-1`, …) with counters that live as long
/// as the process, so the second identical figure rendered in one process would get different
/// ids. Every id of the form `letters` + `digits[-digits]` is replaced, together with its
/// `#id` and `url(#id)` references, by `letters` + its order of first appearance. A single
/// byte scan does it; SVG from Cairo is ASCII apart from text it does not emit as characters.
enum SVGIdentifiers {
  static func renumbered(_ bytes: [UInt8]) -> [UInt8] {
    // Pass 1: ids in order of definition.
    var mapping: [[UInt8]: [UInt8]] = [:]
    var counters: [[UInt8]: Int] = [:]
    let marker = Array("id=\"".utf8)
    var index = 0
    while let start = find(marker, in: bytes, from: index) {
      let tokenStart = start + marker.count
      index = tokenStart
      guard let token = token(in: bytes, at: tokenStart), bytes[token.end] == UInt8(ascii: "\"")
      else { continue }
      let old = Array(bytes[tokenStart..<token.end])
      guard mapping[old] == nil else { continue }
      let prefix = Array(bytes[tokenStart..<token.digitsStart])
      let next = counters[prefix, default: 0]
      counters[prefix] = next + 1
      mapping[old] = prefix + Array(String(next).utf8)
    }
    guard !mapping.isEmpty else { return bytes }

    // Pass 2: copy, replacing known tokens after `id="` or `#`.
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    index = 0
    while index < bytes.count {
      let byte = bytes[index]
      result.append(byte)
      index += 1
      let isIdStart = byte == UInt8(ascii: "\"") && index >= 4
        && bytes[index - 4..<index].elementsEqual(marker)
      guard byte == UInt8(ascii: "#") || isIdStart,
        let token = token(in: bytes, at: index),
        let new = mapping[Array(bytes[index..<token.end])]
      else { continue }
      result += new
      index = token.end
    }
    return result
  }

  /// A token `letters digits [- digits]` at `start` that is not followed by a letter, digit
  /// or dash; its end and where its digits begin.
  private static func token(
    in bytes: [UInt8], at start: Int
  ) -> (end: Int, digitsStart: Int)? {
    var index = start
    while index < bytes.count, isLetter(bytes[index]) { index += 1 }
    let digitsStart = index
    guard digitsStart > start else { return nil }
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    guard index > digitsStart else { return nil }
    if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-"), isDigit(bytes[index + 1]) {
      index += 1
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    guard index < bytes.count else { return nil }
    let next = bytes[index]
    if isLetter(next) || isDigit(next) || next == UInt8(ascii: "-") { return nil }
    return (index, digitsStart)
  }

  private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard needle.count <= bytes.count else { return nil }
    var index = start
    let last = bytes.count - needle.count
    while index <= last {
      if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
