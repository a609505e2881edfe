/// A usage error on the command line: a bad flag, a missing value, an
/// unknown subcommand. Every case maps to exit code 64.
public enum CommandLineError: Error, Equatable, CustomStringConvertible {
  /// An option the command does not accept, with a close match if any.
  case unknownOption(String, command: String, suggestion: String?)
  /// An option given without the value it needs.
  case missingValue(option: String)
  /// A flag that takes no value was given one (`--quiet=yes`).
  case unexpectedValue(option: String, value: String)
  /// An option value outside its accepted set or range.
  case invalidValue(option: String, value: String, expected: String)
  /// A required option that was not given.
  case missingOption(String, command: String)
  /// A subcommand name that does not exist.
  case unknownCommand(String, accepted: [String], suggestion: String?)
  /// A positional argument the command does not take.
  case unexpectedArgument(String, command: String)

  public var description: String {
    switch self {
    case let .unknownOption(name, command, suggestion):
      return "unknown option '\(name)' for 'initlab \(command)'"
        + didYouMean(suggestion)
        + "; run 'initlab \(command) --help' for the accepted options"
    case let .missingValue(option):
      return "option '\(option)' needs a value, e.g. '\(option) VALUE'"
    case let .unexpectedValue(option, value):
      return "option '\(option)' takes no value, but got '\(value)'"
    case let .invalidValue(option, value, expected):
      return "invalid value '\(value)' for '\(option)'; expected \(expected)"
    case let .missingOption(name, command):
      return "'initlab \(command)' needs '\(name)'; "
        + "run 'initlab \(command) --help' for usage"
    case let .unknownCommand(name, accepted, suggestion):
      return "unknown command '\(name)'" + didYouMean(suggestion)
        + "; expected one of: " + accepted.joined(separator: ", ")
    case let .unexpectedArgument(argument, command):
      return "unexpected argument '\(argument)' for 'initlab \(command)'; "
        + "run 'initlab \(command) --help' for usage"
    }
  }

  private func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { " (did you mean '\($0)'?)" } ?? ""
  }
}
