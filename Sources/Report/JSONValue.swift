import Foundation

/// A JSON value with ordered object keys, so configurations print in the
/// order they are documented and the output is byte-for-byte stable.
indirect enum JSONValue: Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case let (.bool(x), .bool(y)): return x == y
    case let (.number(x), .number(y)): return x == y
    case let (.string(x), .string(y)): return x == y
    case let (.array(x), .array(y)): return x == y
    case let (.object(x), .object(y)):
      return x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
    default: return false
    }
  }

  /// Indented JSON text; integers print without a fraction.
  func formatted(indent: String = "") -> String {
    let inner = indent + "  "
    switch self {
    case .null: return "null"
    case let .bool(b): return b ? "true" : "false"
    case let .number(x):
      if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
      return NumberFormat.exact(x)
    case let .string(s): return JSONText.quoted(s)
    case let .array(items):
      if items.isEmpty { return "[]" }
      let isFlat = items.allSatisfy {
        if case .number = $0 { return true }
        if case .string = $0 { return true }
        return false
      }
      if isFlat {
        return "[" + items.map { $0.formatted() }.joined(separator: ", ") + "]"
      }
      return "[\n" + items.map { inner + $0.formatted(indent: inner) }
        .joined(separator: ",\n") + "\n\(indent)]"
    case let .object(members):
      if members.isEmpty { return "{}" }
      return "{\n" + members.map {
        inner + JSONText.quoted($0.key) + ": " + $0.value.formatted(indent: inner)
      }.joined(separator: ",\n") + "\n\(indent)}"
    }
  }
}
