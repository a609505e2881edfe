import Analysis

// Readers for lists of sizes and numbers that network experiments share.

extension JSONReader {
  /// A list of `count` positive scalar weights w, as the scalar-chain
  /// experiments take them.
  ///
  /// - Throws: at the array's path for a wrong length, at the element's
  ///   path for a weight that is not a positive number.
  func positiveWeights(count: ClosedRange<Int>) throws -> [Double] {
    let list = try array()
    guard count.contains(list.count) else {
      throw error(
        "expected \(count.lowerBound) to \(count.upperBound) weights, got \(list.count)")
    }
    return try list.map { item in
      let w = try item.number()
      guard w > 0 else {
        throw item.error("expected a positive weight, got \(NumberFormat.exact(w))")
      }
      return w
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
