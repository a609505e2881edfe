extension WeightInitializer {
  /// Every accepted initializer name, in `Kind.allCases` order.
  public static var names: [String] { Kind.allCases.map(\.rawValue) }

  /// Parses `name` or `name:key=value,...`, for example `xavier:rnd=gaussian,magnitude=2`
  /// or `kaiming-normal:mode=fan_out,nonlinearity=relu`.
  ///
  /// Names and keys are case-insensitive; enumerated values are lower-cased.
  /// - Throws: `AnalysisError.unknownName` (with the closest accepted name) for an unknown
  ///   initializer, `.unknownParameter` for a key the kind does not take,
  ///   `.invalidParameter` for a bad value and `.malformedSpecification` for bad syntax.
  public init(parsing text: String) throws {
    let spec = try Specification(parsing: text)
    guard let kind = Kind(rawValue: spec.name) else {
      throw AnalysisError.unknownName(
        category: "initializer", name: spec.name, accepted: Self.names,
        closeMatch: EditDistance.closestMatch(to: spec.name, in: Self.names))
    }

    var settings: [String: Setting] = [:]
    for (key, value) in spec.parameters {
      guard let parameter = kind.parameters.first(where: { $0.name == key }) else {
        let names = kind.parameters.map(\.name)
        throw AnalysisError.unknownParameter(
          item: kind.rawValue, key: key, accepted: names,
          closeMatch: EditDistance.closestMatch(to: key, in: names))
      }
      settings[key] = try parameter.setting(parsing: value, item: kind.rawValue)
    }
    try self.init(kind, settings: settings)
  }

  /// The canonical text form, read back exactly by `init(parsing:)`: the name, then the
  /// non-default parameters in the kind's parameter order, e.g. `normal:sigma=0.5`.
  public var description: String {
    let pairs = kind.parameters.compactMap { parameter -> String? in
      guard let setting = settings[parameter.name] else { return nil }
      switch setting {
      case let .number(x): return "\(parameter.name)=\(formatParameter(x))"
      case let .choice(word): return "\(parameter.name)=\(word)"
      }
    }
    return pairs.isEmpty ? kind.rawValue : kind.rawValue + ":" + pairs.joined(separator: ",")
  }
}

extension Activation {
  /// Every accepted activation name, in `Kind.allCases` order.
  public static var names: [String] { Kind.allCases.map(\.rawValue) }

  /// Parses an activation name, optionally with its slope: `relu`, `leaky-relu:slope=0.2`.
  ///
  /// - Throws: `AnalysisError.unknownName` with the closest accepted name,
  ///   `.unknownParameter` for a key other than `slope` (or any key on other kinds), and
  ///   `.invalidParameter` for a slope that is not a finite number.
  public init(parsing text: String) throws {
    let spec = try Specification(parsing: text)
    guard let kind = Kind(rawValue: spec.name) else {
      throw AnalysisError.unknownName(
        category: "activation", name: spec.name, accepted: Self.names,
        closeMatch: EditDistance.closestMatch(to: spec.name, in: Self.names))
    }

    var slope = Self.defaultSlope
    let accepted = kind == .leakyReLU ? ["slope"] : []
    for (key, value) in spec.parameters {
      guard accepted.contains(key) else {
        throw AnalysisError.unknownParameter(
          item: kind.rawValue, key: key, accepted: accepted,
          closeMatch: EditDistance.closestMatch(to: key, in: accepted))
      }
      guard let x = Double(value), x.isFinite else {
        throw AnalysisError.invalidParameter(
          item: kind.rawValue, key: key, value: value, expected: "a finite number")
      }
      slope = x
    }
    self.init(kind, slope: slope)
  }
}
