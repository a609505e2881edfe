/// A parsed `name:key=value,key=value` string, the textual form of initializers and
/// activations on the command line and in configuration files.
package struct Specification: Equatable, Sendable {
  /// The part before the first `:`, lower-cased and trimmed.
  package var name: String
  /// The `key=value` pairs in their written order; keys lower-cased and trimmed.
  package var parameters: [(key: String, value: String)]

  /// Splits `text` into a name and its parameters.
  ///
  /// - Throws: `AnalysisError.malformedSpecification` when the name is empty, a pair has no
  ///   `=`, a key or value is empty, or a key repeats.
  package init(parsing text: String) throws {
    let trimmed = text.trimmingSpaces()
    let head = trimmed.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    let name = String(head[0]).trimmingSpaces().lowercased()
    guard !name.isEmpty else { throw AnalysisError.malformedSpecification(text) }

    var pairs: [(key: String, value: String)] = []
    if head.count == 2 {
      for item in head[1].split(separator: ",", omittingEmptySubsequences: false) {
        let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard kv.count == 2 else { throw AnalysisError.malformedSpecification(text) }
        let key = String(kv[0]).trimmingSpaces().lowercased()
        let value = String(kv[1]).trimmingSpaces()
        guard !key.isEmpty, !value.isEmpty, !pairs.contains(where: { $0.key == key }) else {
          throw AnalysisError.malformedSpecification(text)
        }
        pairs.append((key, value))
      }
    }
    self.name = name
    self.parameters = pairs
  }

  /// Equal names and equal parameters in the same order.
  package static func == (lhs: Specification, rhs: Specification) -> Bool {
    lhs.name == rhs.name && lhs.parameters.map(\.key) == rhs.parameters.map(\.key)
      && lhs.parameters.map(\.value) == rhs.parameters.map(\.value)
  }
}

extension String {
  func trimmingSpaces() -> String {
    var s = Substring(self)
    while let c = s.first, c.isWhitespace { s.removeFirst() }
    while let c = s.last, c.isWhitespace { s.removeLast() }
    return String(s)
  }
}

/// Formats a double so that `Double(text)` reads back the same value: the shortest
/// round-trip representation Swift prints, without a trailing `.0` for integers.
package func formatParameter(_ x: Double) -> String {
  if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
  return "\(x)"
}
