import Analysis

// Experiment parameters name Analysis values (initializers, activations, precisions) in
// their text form. These readers parse them with Analysis' own parsers, so the accepted
// spellings are the CLI's, and turn an `AnalysisError` into a configuration error at the
// value's JSON path.

extension JSONReader {
  /// An initializer in text form, e.g. `normal:sigma=0.01`.
  ///
  /// - Throws: `ReportError.invalidConfiguration` at this path carrying the
  ///   `AnalysisError` message (unknown name with its closest match, bad parameter).
  func initializer() throws -> WeightInitializer {
    let text = try string()
    do {
      return try WeightInitializer(parsing: text)
    } catch let error as AnalysisError {
      throw self.error("\(error)")
    }
  }

  /// An activation in text form, e.g. `tanh` or `leaky-relu:slope=0.2`.
  ///
  /// - Throws: `ReportError.invalidConfiguration` at this path carrying the
  ///   `AnalysisError` message.
  func activation() throws -> Activation {
    let text = try string()
    do {
      return try Activation(parsing: text)
    } catch let error as AnalysisError {
      throw self.error("\(error)")
    }
  }

  /// A non-empty array of distinct items, each read by `item`.
  ///
  /// - Parameters:
  ///   - count: how many items are accepted.
  ///   - what: the plural noun for messages, e.g. "initializers".
  ///   - item: reads one element.
  /// - Throws: for a wrong count, at the array's path; for a repeated item, at the
  ///   repeat's path; and whatever `item` throws.
  func distinctItems<T: Equatable>(
    count: ClosedRange<Int>, what: String, _ item: (JSONReader) throws -> T
  ) throws -> [T] {
    let list = try array()
    guard count.contains(list.count) else {
      throw error(
        "expected \(count.lowerBound) to \(count.upperBound) \(what), got \(list.count)")
    }
    var items: [T] = []
    for element in list {
      let value = try item(element)
      guard !items.contains(value) else {
        throw element.error("repeats an earlier entry; list each of the \(what) once")
      }
      items.append(value)
    }
    return items
  }

  /// A precision name, `float32` or `float64`.
  ///
  /// - Throws: naming the accepted names and the closest one.
  func precision() throws -> Precision {
    let names = Precision.allCases.map(\.rawValue)
    return Precision(rawValue: try word(oneOf: names, what: "precision"))!
  }

  /// One of a fixed set of words.
  ///
  /// - Throws: `unknown <what> "x"; did you mean "y"? Accepted: …` at this
  ///   path (see `JSONReader.unknown`).
  func word(oneOf words: [String], what: String) throws -> String {
    let text = try string()
    guard words.contains(text) else {
      throw error(Self.unknown(what, text, accepted: words))
    }
    return text
  }

  /// The whole number at `key` in `range`, or `defaultValue` when the key is absent.
  func integer(_ key: String, in range: ClosedRange<Int>, default defaultValue: Int) throws
    -> Int
  {
    try optionalField(key)?.integer(in: range) ?? defaultValue
  }
}
