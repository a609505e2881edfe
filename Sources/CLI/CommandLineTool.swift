import Analysis
import Foundation
import Report

/// The `initlab` command line: picks the subcommand, parses its options,
/// runs it, and turns errors into messages and exit codes.
public enum CommandLineTool {
  /// The InitLab version printed by `--version` and stamped on reports.
  public static var version: String { ReportVersion.current }

  /// Runs `initlab` with the arguments after the program name.
  ///
  /// - Returns: the exit code: 0 success, 64 usage error, 1 other failure.
  public static func main(_ arguments: [String]) -> Int32 {
    run(arguments, console: .process)
  }

  /// Runs `initlab` writing to the given console.
  package static func run(_ arguments: [String], console: Console) -> Int32 {
    do {
      return try dispatch(arguments, console: console)
    } catch let error as CommandLineError {
      console.error(error.description)
      return ExitCode.usage
    } catch let error as ReportError where error.isUsageError {
      console.error(error.description)
      return ExitCode.usage
    } catch {
      console.error(String(describing: error))
      return ExitCode.failure
    }
  }

  static let commands: [any Command.Type] = [
    ReportCommand.self,
    SweepCommand.self,
    SampleCommand.self,
    ListCommand.self,
    BenchCommand.self,
  ]

  private static func dispatch(_ arguments: [String], console: Console) throws -> Int32 {
    let first = arguments.first
    switch first {
    case "--help", "-h", "help":
      console.print(overview)
      return ExitCode.success
    case "--version":
      console.print("initlab \(version)")
      return ExitCode.success
    default:
      break
    }

    // Options without a subcommand belong to the default command, `report`.
    let names = commands.map { $0.spec.name }
    let isOption = first.map { $0.hasPrefix("-") } ?? true
    let commandName = isOption ? ReportCommand.spec.name : first!
    let rest = isOption ? arguments : Array(arguments.dropFirst())
    guard let command = commands.first(where: { $0.spec.name == commandName }) else {
      throw CommandLineError.unknownCommand(
        commandName, accepted: names,
        suggestion: EditDistance.closestMatch(to: commandName, in: names))
    }

    let parsed = try command.spec.parse(rest)
    if parsed.isSet("help") {
      console.print(command.spec.helpText)
      return ExitCode.success
    }
    return try command.run(parsed, console: console)
  }

  private static var overview: String {
    let width = (commands.map { $0.spec.name.count }.max() ?? 0) + 2
    let rows = commands.flatMap { command in
      let name = command.spec.name
      let padding = String(repeating: " ", count: width - name.count)
      let firstSentence = command.spec.summary.split(separator: ".").first ?? ""
      let lines = wrapped(firstSentence + ".", width: 76 - width)
      let indent = String(repeating: " ", count: width + 2)
      return ["  " + name + padding + lines[0]] + lines.dropFirst().map { indent + $0 }
    }
    return ([
      "usage: initlab [COMMAND] [OPTIONS]",
      "",
      "InitLab measures how depth, width, activation and weight initialisation",
      "shape signals and gradients in deep networks, and writes the figures",
      "and an HTML report. Without a command it runs 'initlab report'.",
      "",
      "commands:",
    ] + rows + [
      "",
      "options:",
      "  --help     Show this help, or a command's help after its name.",
      "  --version  Print the InitLab version.",
      "",
      "exit codes: 0 success, 1 failure (or a stale report under --check),",
      "64 usage error.",
    ]).joined(separator: "\n")
  }
}
