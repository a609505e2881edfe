/// Every recoverable error the `Analysis` layer throws.
///
/// Messages are built in one place (`description`) and always name the bad value, what is
/// accepted, and, for misspelled names, the closest accepted name.
public enum AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A name (initializer, activation, precision, …) that is not recognised.
  ///
  /// `category` is what was being parsed ("initializer"), `accepted` every valid name and
  /// `closeMatch` the accepted name with the smallest edit distance, if it is close.
  case unknownName(category: String, name: String, accepted: [String], closeMatch: String?)
  /// A `key=value` parameter the named item does not take.
  case unknownParameter(item: String, key: String, accepted: [String], closeMatch: String?)
  /// A parameter value that does not parse or lies outside its domain.
  case invalidParameter(item: String, key: String, value: String, expected: String)
  /// A parameter string that is not of the form `name:key=value,key=value`.
  case malformedSpecification(String)
  /// A shape, count or size outside its domain (for example a width of 0).
  case invalidShape(what: String, value: Int, expected: String)
  /// A LAPACK routine returned a non-zero `info` code.
  case lapackFailure(routine: String, info: Int)

  /// The user-facing message for this error.
  public var description: String {
    switch self {
    case let .unknownName(category, name, accepted, closeMatch):
      return "unknown \(category) '\(name)'; expected one of: "
        + accepted.joined(separator: ", ") + Self.hint(closeMatch)
    case let .unknownParameter(item, key, accepted, closeMatch):
      let list = accepted.isEmpty ? "(none)" : accepted.joined(separator: ", ")
      return "unknown parameter '\(key)' for '\(item)'; accepted parameters: "
        + list + Self.hint(closeMatch)
    case let .invalidParameter(item, key, value, expected):
      return "invalid value '\(value)' for parameter '\(key)' of '\(item)'; expected \(expected)"
    case let .malformedSpecification(text):
      return "malformed specification '\(text)'; expected 'name' or "
        + "'name:key=value,key=value' (for example 'xavier:rnd=gaussian,magnitude=2')"
    case let .invalidShape(what, value, expected):
      return "invalid \(what) \(value); expected \(expected)"
    case let .lapackFailure(routine, info):
      return "LAPACK routine \(routine) failed with info = \(info)"
    }
  }

  private static func hint(_ closeMatch: String?) -> String {
    guard let closeMatch else { return "" }
    return " (did you mean '\(closeMatch)'?)"
  }
}
