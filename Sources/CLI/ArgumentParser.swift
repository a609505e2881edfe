import Analysis

// A small parser for `initlab SUBCOMMAND [--option value]...`.
//
// It accepts `--name value` and `--name=value`, repeated options (their
// values accumulate in order), boolean flags, and positional arguments
// when the command declares them. Anything else is a `CommandLineError`
// that names the offending argument, so the caller can exit with 64.

/// One option a command accepts.
package struct OptionSpec: Sendable {
  /// The long name without dashes, e.g. `out` for `--out`.
  package var name: String
  /// The placeholder shown in help, e.g. `DIR`; `nil` for a flag.
  package var valueName: String?
  /// One line of help text.
  package var help: String

  /// Whether the option is a boolean flag that takes no value.
  package var isFlag: Bool { valueName == nil }

  /// Creates an option that takes a value, or a flag when `valueName` is nil.
  package init(_ name: String, valueName: String? = nil, help: String) {
    self.name = name
    self.valueName = valueName
    self.help = help
  }
}

/// What a subcommand accepts, used both to parse and to print help.
package struct CommandSpec: Sendable {
  /// The subcommand name, e.g. `report`.
  package var name: String
  /// The usage line after `initlab`, e.g. `report [--out DIR]`.
  package var usage: String
  /// A one-paragraph summary for `--help`.
  package var summary: String
  /// The options the command accepts; `--help` is always accepted too.
  package var options: [OptionSpec]
  /// The most positional arguments the command takes.
  package var maximumPositionals: Int

  /// Creates a command specification.
  package init(
    name: String, usage: String, summary: String,
    options: [OptionSpec], maximumPositionals: Int = 0
  ) {
    self.name = name
    self.usage = usage
    self.summary = summary
    self.options = options
    self.maximumPositionals = maximumPositionals
  }
}

/// The result of parsing: option values in order and positionals.
package struct ParsedArguments: Sendable, Equatable {
  /// Every value given for each option, in command-line order.
  package var values: [String: [String]] = [:]
  /// Flags that were present.
  package var flags: Set<String> = []
  /// Positional arguments in order.
  package var positionals: [String] = []

  /// Whether the flag `--name` was given.
  package func isSet(_ name: String) -> Bool { flags.contains(name) }

  /// The last value given for `--name`, or nil.
  package func value(_ name: String) -> String? { values[name]?.last }

  /// All values for `--name`, with comma-separated lists split apart.
  package func list(_ name: String) -> [String] {
    (values[name] ?? []).flatMap { $0.split(separator: ",").map(String.init) }
  }
}

extension CommandSpec {
  /// Parses the arguments that follow the subcommand name.
  ///
  /// - Throws: `CommandLineError` naming the first argument that does not
  ///   fit this specification.
  package func parse(_ arguments: [String]) throws -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard argument.hasPrefix("--"), argument.count > 2 else {
        if argument.hasPrefix("-") && argument != "-" {
          throw unknown(argument)
        }
        guard parsed.positionals.count < maximumPositionals else {
          throw CommandLineError.unexpectedArgument(argument, command: name)
        }
        parsed.positionals.append(argument)
        continue
      }

      // Split `--name=value`; the name never contains `=`.
      let body = argument.dropFirst(2)
      let parts = body.split(separator: "=", maxSplits: 1)
      let optionName = String(parts[0])
      let inlineValue = parts.count == 2 ? String(parts[1]) : nil
      let option = try lookup(optionName, as: argument)

      if option.isFlag {
        if let inlineValue {
          throw CommandLineError.unexpectedValue(
            option: "--\(optionName)", value: inlineValue)
        }
        parsed.flags.insert(optionName)
      } else if let inlineValue {
        parsed.values[optionName, default: []].append(inlineValue)
      } else if index < arguments.count, !arguments[index].hasPrefix("--") {
        parsed.values[optionName, default: []].append(arguments[index])
        index += 1
      } else {
        throw CommandLineError.missingValue(option: "--\(optionName)")
      }
    }
    return parsed
  }

  private func lookup(_ optionName: String, as written: String) throws -> OptionSpec {
    if optionName == "help" {
      return OptionSpec("help", help: "Show help for this command.")
    }
    guard let option = options.first(where: { $0.name == optionName }) else {
      throw unknown(written)
    }
    return option
  }

  private func unknown(_ written: String) -> CommandLineError {
    let names = options.map { "--" + $0.name } + ["--help"]
    let bare = String(written.split(separator: "=", maxSplits: 1).first ?? "")
    return .unknownOption(
      bare, command: name, suggestion: EditDistance.closestMatch(to: bare, in: names))
  }
}
