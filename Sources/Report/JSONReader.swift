import Analysis
import Foundation

/// Reads a parsed JSON document while tracking the JSON path of every
/// value, so a validation error can say exactly where it is:
/// `sections[2].figures[0].experiment.depth: expected a whole number ≥ 1, got -3`.
struct JSONReader {
  /// The value at this position, as `JSONSerialization` produced it.
  let value: Any
  /// The JSON path of `value`, e.g. `sections[2].title`; empty at the root.
  let path: String

  /// Parses JSON text.
  ///
  /// - Throws: `ReportError.invalidConfiguration` for malformed JSON, with
  ///   the parser's own description of where it failed.
  init(parsing data: Data) throws {
    do {
      value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    } catch {
      let reason = (error as NSError).userInfo["NSDebugDescription"] as? String
        ?? (error as NSError).localizedDescription
      throw ReportError.invalidConfiguration(path: "", message: "malformed JSON: \(reason)")
    }
    path = ""
  }

  private init(value: Any, path: String) {
    self.value = value
    self.path = path
  }

  /// A validation error at this position.
  func error(_ message: String) -> ReportError {
    .invalidConfiguration(path: path, message: message)
  }

  private func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  private var typeName: String {
    switch value {
    case is NSNull: return "null"
    case let number as NSNumber:
      return Self.isBoolean(number) ? "a boolean" : "a number"
    case is String: return "a string"
    case is [Any]: return "an array"
    case is [String: Any]: return "an object"
    default: return "an unknown value"
    }
  }

  private var object: [String: Any]? { value as? [String: Any] }

  /// Whether a parsed number is really `true` or `false`: Foundation
  /// stores JSON booleans as numbers whose Objective-C type is `c` (char).
  private static func isBoolean(_ number: NSNumber) -> Bool {
    String(cString: number.objCType) == "c"
  }

  /// Checks that this is an object whose keys are all in `allowed`.
  ///
  /// - Throws: naming the first unknown key and a close match.
  func expectObject(keys allowed: [String]) throws {
    guard let object else { throw error("expected an object, got \(typeName)") }
    for key in object.keys.sorted() where !allowed.contains(key) {
      throw ReportError.invalidConfiguration(
        path: child(key), message: Self.unknown("key", key, accepted: allowed, listedAs: "keys"))
    }
  }

  /// The message for a name that is not one of `accepted`, with a close
  /// match when there is one:
  /// `unknown key "bin"; did you mean "bins"? Accepted keys: kind, bins` or
  /// `unknown key "seed"; accepted keys: kind, bins`.
  static func unknown(
    _ what: String, _ name: String, accepted: [String], listedAs list: String = ""
  ) -> String {
    let label = list.isEmpty ? "accepted: " : "accepted \(list): "
    let names = accepted.joined(separator: ", ")
    guard let match = EditDistance.closestMatch(to: name, in: accepted) else {
      return "unknown \(what) \"\(name)\"; \(label)\(names)"
    }
    return "unknown \(what) \"\(name)\"; did you mean \"\(match)\"? "
      + label.prefix(1).uppercased() + label.dropFirst() + names
  }

  /// The member `key`, which must be present.
  func field(_ key: String) throws -> JSONReader {
    guard let object else { throw error("expected an object, got \(typeName)") }
    guard let member = object[key] else {
      throw ReportError.invalidConfiguration(path: child(key), message: "missing required key")
    }
    return JSONReader(value: member, path: child(key))
  }

  /// The member `key`, or nil when absent.
  func optionalField(_ key: String) -> JSONReader? {
    object?[key].map { JSONReader(value: $0, path: child(key)) }
  }

  /// The elements of an array.
  func array() throws -> [JSONReader] {
    guard let items = value as? [Any] else {
      throw error("expected an array, got \(typeName)")
    }
    return items.enumerated().map { JSONReader(value: $1, path: "\(path)[\($0)]") }
  }

  /// A non-empty string.
  func string() throws -> String {
    guard let text = value as? String else { throw error("expected a string, got \(typeName)") }
    guard !text.isEmpty else { throw error("expected a non-empty string") }
    return text
  }

  /// A finite number.
  func number() throws -> Double {
    guard let number = value as? NSNumber, !Self.isBoolean(number) else {
      throw error("expected a number, got \(describeValue)")
    }
    let x = number.doubleValue
    guard x.isFinite else { throw error("expected a finite number, got \(x)") }
    return x
  }

  /// A whole number in `range`.
  func integer(in range: ClosedRange<Int>) throws -> Int {
    let x = try number()
    guard x == x.rounded(), x >= Double(range.lowerBound), x <= Double(range.upperBound) else {
      throw error(
        "expected a whole number from \(range.lowerBound) to \(range.upperBound), "
          + "got \(NumberFormat.exact(x))")
    }
    return Int(x)
  }

  /// An identifier: lowercase letters, digits and hyphens, starting with a letter.
  func slug() throws -> String {
    let text = try string()
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
    guard text.first?.isLetter == true, text.allSatisfy({ allowed.contains($0) }),
      text.count <= 64
    else {
      throw error(
        "\"\(text)\" is not a valid id; use up to 64 lowercase letters, digits and "
          + "hyphens, starting with a letter")
    }
    return text
  }

  private var describeValue: String {
    if let text = value as? String { return "the string \"\(text)\"" }
    return typeName
  }
}
