import Analysis

// Readers for the values network experiments share: initializer and
// activation names in the Analysis parsers' syntax, and lists of sizes.
// Parser errors keep Analysis' wording (which already names the accepted
// values and the closest match) and gain the JSON path.

extension JSONReader {
  /// A weight initializer in `WeightInitializer(parsing:)` syntax, e.g.
  /// `kaiming-normal` or `normal:sigma=0.01`.
  ///
  /// - Throws: `ReportError.invalidConfiguration` at this path with the
  ///   parser's message, e.g. `unknown initializer 'xavir'; expected one
  ///   of: … (did you mean 'xavier'?)`.
  func weightInitializer() throws -> WeightInitializer {
    let text = try string()
    do {
      return try WeightInitializer(parsing: text)
    } catch let failure as AnalysisError {
      throw error(failure.description)
    }
  }

  /// An activation in `Activation(parsing:)` syntax, e.g. `relu` or
  /// `leaky-relu:slope=0.2`.
  ///
  /// - Throws: `ReportError.invalidConfiguration` at this path with the
  ///   parser's message.
  func activationFunction() throws -> Activation {
    let text = try string()
    do {
      return try Activation(parsing: text)
    } catch let failure as AnalysisError {
      throw error(failure.description)
    }
  }

  /// A strictly increasing list of `count` whole numbers, each in `range`.
  ///
  /// - Throws: at the array's path for a wrong length, at the element's
  ///   path for a value out of range or out of order.
  func increasingIntegers(
    in range: ClosedRange<Int>, count: ClosedRange<Int>
  ) throws -> [Int] {
    let items = try array()
    guard count.contains(items.count) else {
      throw error(
        "expected \(count.lowerBound) to \(count.upperBound) values, got \(items.count)")
    }
    var values: [Int] = []
    for item in items {
      let value = try item.integer(in: range)
      if let last = values.last, value <= last {
        throw item.error("expected values in increasing order, got \(value) after \(last)")
      }
      values.append(value)
    }
    return values
  }

  /// A strictly increasing list of `count` positive finite numbers.
  ///
  /// - Throws: at the array's path for a wrong length, at the element's
  ///   path for a non-positive value or one out of order.
  func increasingPositiveNumbers(count: ClosedRange<Int>) throws -> [Double] {
    let items = try array()
    guard count.contains(items.count) else {
      throw error(
        "expected \(count.lowerBound) to \(count.upperBound) values, got \(items.count)")
    }
    var values: [Double] = []
    for item in items {
      let value = try item.number()
      guard value > 0 else {
        throw item.error("expected a positive number, got \(NumberFormat.exact(value))")
      }
      if let last = values.last, value <= last {
        throw item.error(
          "expected values in increasing order, got \(NumberFormat.exact(value)) after "
            + NumberFormat.exact(last))
      }
      values.append(value)
    }
    return values
  }
}
