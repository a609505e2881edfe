import Analysis

/// `initlab list`: every initializer or activation name with its formula and defaults.
enum ListCommand: Command {
  /// What `list` can enumerate.
  enum Topic: String, CaseIterable {
    case initializers, activations
  }

  static let spec = CommandSpec(
    name: "list",
    usage: "list initializers|activations",
    summary: "Print every initializer or activation name that --init and --activation "
      + "accept, with its formula and default parameters (n_in = fan-in = inputs of the "
      + "layer; weights are n_in x n_out and applied as Z = H W).",
    options: [], maximumPositionals: 1)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
    guard let word = arguments.positionals.first else {
      throw CommandLineError.missingOption("initializers|activations", command: spec.name)
    }
    guard let topic = Topic(rawValue: word.lowercased()) else {
      let names = Topic.allCases.map(\.rawValue)
      let hint = EditDistance.closestMatch(to: word, in: names).map {
        " (did you mean '\($0)'?)"
      } ?? ""
      throw CommandLineError.invalidValue(
        option: "list", value: word, expected: names.joined(separator: " or ") + hint)
    }
    let rows: [(String, String, String)]
    switch topic {
    case .initializers:
      rows = WeightInitializer.Kind.allCases.map { kind in
        (kind.rawValue, kind.formula, defaults(kind.parameters))
      }
    case .activations:
      rows = Activation.allCases.map { phi in
        let parameters = phi.kind == .leakyReLU ? "slope=\(Activation.defaultSlope); " : ""
        let gain = "gain \(String(format3: phi.recommendedGain))"
        return (phi.kind.rawValue, phi.formula, parameters + gain)
      }
    }
    let width = rows.map(\.0.count).max()! + 2
    for (name, formula, defaults) in rows {
      let padding = String(repeating: " ", count: width - name.count)
      console.print(name + padding + formula + (defaults.isEmpty ? "" : "  [\(defaults)]"))
    }
    return ExitCode.success
  }

  private static func defaults(_ parameters: [InitializerParameter]) -> String {
    parameters.map { parameter in
      switch parameter.defaultSetting {
      case let .number(x): return "\(parameter.name)=\(x == x.rounded() ? String(Int(x)) : "\(x)")"
      case let .choice(word): return "\(parameter.name)=\(word)"
      }
    }.joined(separator: ", ")
  }
}

extension String {
  /// `x` with three decimals, independent of the locale.
  fileprivate init(format3 x: Double) {
    let scaled = Int((x * 1000).rounded())
    let fraction = String(abs(scaled) % 1000)
    self = "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}
