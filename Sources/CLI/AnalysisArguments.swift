import Analysis

/// Turns the `Analysis` commands' option values into typed values, and numbers into text.
///
/// Every failure becomes a `CommandLineError` (exit 64) whose message keeps what the
/// `Analysis` parser said: the accepted names and the closest match.
enum AnalysisArguments {
  /// The output formats of `sweep` and `sample`.
  enum Format: String, CaseIterable {
    case csv, json
  }

  /// The option's values as initializer or activation specifications. Values may repeat
  /// or be comma-separated; a comma piece holding `=` but no `:` continues the previous
  /// specification's parameters, so `xavier:rnd=gaussian,magnitude=2,relu` is two items.
  static func specifications(_ arguments: ParsedArguments, _ option: String) -> [String] {
    var items: [String] = []
    for value in arguments.values[option] ?? [] {
      for piece in value.split(separator: ",").map(String.init) {
        if piece.contains("="), !piece.contains(":"), let last = items.popLast() {
          items.append(last + "," + piece)
        } else {
          items.append(piece)
        }
      }
    }
    return items
  }

  /// Parses every `--init` value.
  static func initializers(_ arguments: ParsedArguments, option: String = "init") throws
    -> [WeightInitializer]
  {
    try specifications(arguments, option).map { text in
      try translating(option: option, value: text) { try WeightInitializer(parsing: text) }
    }
  }

  /// Parses every `--activation` value.
  static func activations(_ arguments: ParsedArguments) throws -> [Activation] {
    try specifications(arguments, "activation").map { text in
      try translating(option: "activation", value: text) { try Activation(parsing: text) }
    }
  }

  /// Every value of an integer option, repeated or comma-separated, each in `range`;
  /// `defaults` when the option is absent.
  static func integers(
    _ arguments: ParsedArguments, _ option: String, in range: ClosedRange<Int>,
    default defaults: [Int]
  ) throws -> [Int] {
    let texts = arguments.list(option)
    guard !texts.isEmpty else { return defaults }
    return try texts.map { text in
      guard let value = Int(text), range.contains(value) else {
        throw CommandLineError.invalidValue(
          option: "--\(option)", value: text,
          expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
      }
      return value
    }
  }

  /// Every value of `--seed`, each a whole number from 0 to 2⁶⁴ − 1; `[0]` when absent.
  static func seeds(_ arguments: ParsedArguments) throws -> [UInt64] {
    let texts = arguments.list("seed")
    guard !texts.isEmpty else { return [0] }
    return try texts.map { text in
      guard let value = UInt64(text) else {
        throw CommandLineError.invalidValue(
          option: "--seed", value: text, expected: "a whole number from 0 to 2⁶⁴ − 1")
      }
      return value
    }
  }

  /// The value of a single-choice option among `choices`, or `fallback` when absent.
  static func choice<T: RawRepresentable & CaseIterable>(
    _ arguments: ParsedArguments, _ option: String, default fallback: T
  ) throws -> T where T.RawValue == String {
    guard let text = arguments.value(option) else { return fallback }
    guard let value = T(rawValue: text.lowercased()) else {
      let names = T.allCases.map(\.rawValue)
      let hint = EditDistance.closestMatch(to: text, in: names).map {
        " (did you mean '\($0)'?)"
      } ?? ""
      throw CommandLineError.invalidValue(
        option: "--\(option)", value: text,
        expected: names.joined(separator: " or ") + hint)
    }
    return value
  }

  /// Runs `parse`, rethrowing an `AnalysisError` as a usage error for `--option`.
  static func translating<T>(option: String, value: String, _ parse: () throws -> T) throws
    -> T
  {
    do {
      return try parse()
    } catch let error as AnalysisError {
      throw CommandLineError.invalidValue(
        option: "--\(option)", value: value, expected: expectation(for: error))
    }
  }

  /// What `--option` accepts, phrased from the parser's error.
  private static func expectation(for error: AnalysisError) -> String {
    func hint(_ match: String?) -> String { match.map { " (did you mean '\($0)'?)" } ?? "" }
    switch error {
    case let .unknownName(category, _, accepted, closeMatch):
      return "a known \(category), one of: " + accepted.joined(separator: ", ")
        + hint(closeMatch)
    case let .unknownParameter(item, key, accepted, closeMatch):
      let list = accepted.isEmpty ? "no parameters" : accepted.joined(separator: ", ")
      return "parameters of '\(item)' (\(list)); '\(key)' is not one" + hint(closeMatch)
    case let .invalidParameter(item, key, value, expected):
      return "\(expected) for '\(key)' of '\(item)' (got '\(value)')"
    default:
      return "'name' or 'name:key=value,...'; \(error)"
    }
  }

  /// A number as text for CSV and JSON: Swift's shortest round-trip form, which does not
  /// depend on the locale; `nil` for NaN and ±∞ (empty in CSV, `null` in JSON).
  static func number(_ x: Double?) -> String? {
    guard let x, x.isFinite else { return nil }
    return "\(x)"
  }
}
