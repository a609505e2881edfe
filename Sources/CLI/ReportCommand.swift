import Foundation
import Report

/// `initlab report`: runs a report configuration and writes the pages.
enum ReportCommand: Command {
  static let spec = CommandSpec(
    name: "report",
    usage: "report [--config FILE] [--out DIR] [--templates DIR] [--formats LIST] "
      + "[--dpi N] [--jobs N] [--seed S] [--check] [--print-config] [--quiet|--verbose]",
    summary: "Run the chapter's experiments and write the HTML report, its figures and "
      + "their data into a folder, replacing the previous report only when everything "
      + "succeeded. Prints the path of the index page.",
    options: [
      OptionSpec(
        "config", valueName: "FILE",
        help: "Report configuration (JSON); default: the built-in chapter report."),
      OptionSpec("out", valueName: "DIR", help: "Output folder (default: Output)."),
      OptionSpec(
        "templates", valueName: "DIR",
        help: "Folder of HTML templates and style.css (default: Templates)."),
      OptionSpec(
        "formats", valueName: "LIST",
        help: "Figure formats, comma-separated, from png,svg,pdf (default: all; PNG is "
          + "always written because pages show it)."),
      OptionSpec("dpi", valueName: "N", help: "PNG resolution, 36 to 600 (default 150)."),
      OptionSpec("jobs", valueName: "N", help: "Worker threads (default: one per core)."),
      OptionSpec(
        "seed", valueName: "S", help: "Seed for every random draw (default: the "
          + "configuration's, 42 for the built-in report)."),
      OptionSpec(
        "check", help: "Regenerate in a temporary folder and list the files that are "
          + "stale in the output folder; exit 1 if any. Writes nothing."),
      OptionSpec("print-config", help: "Print the configuration as JSON and exit."),
      OptionSpec("quiet", help: "Print only errors."),
      OptionSpec("verbose", help: "Print a line per section and per figure."),
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
    let configuration = try loadConfiguration(arguments)
    if arguments.isSet("print-config") {
      console.standardOutput(configuration.json)
      return ExitCode.success
    }
    let options = try options(from: arguments)
    let progress = ProgressPrinter(console: console, verbosity: Verbosity(arguments))
    defer { progress.finish() }

    if arguments.isSet("check") {
      let stale = try ReportGenerator.check(
        configuration, options: options, progress: progress.report)
      progress.finish()
      for file in stale { console.print(file.description) }
      if stale.isEmpty {
        if Verbosity(arguments) != .quiet {
          console.standardError("report in \(options.outputFolder.path) is up to date\n")
        }
        return ExitCode.success
      }
      console.error("\(stale.count) stale file(s) in \(options.outputFolder.path); "
        + "regenerate with '\(options.command)'")
      return ExitCode.failure
    }

    let summary = try ReportGenerator.generate(
      configuration, options: options, progress: progress.report)
    progress.finish()
    console.print(summary.outputFolder.appendingPathComponent("index.html").path)
    return ExitCode.success
  }

  private static func loadConfiguration(_ arguments: ParsedArguments) throws
    -> ReportConfiguration
  {
    guard let path = arguments.value("config") else { return .default }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw CommandLineError.invalidValue(
        option: "--config", value: path, expected: "a readable JSON file")
    }
    return try ReportConfiguration(json: data)
  }

  static func options(from arguments: ParsedArguments) throws -> ReportOptions {
    var options = ReportOptions()
    if let out = arguments.value("out") {
      options.outputFolder = URL(fileURLWithPath: out, isDirectory: true)
    }
    if let templates = arguments.value("templates") {
      options.templatesFolder = URL(fileURLWithPath: templates, isDirectory: true)
    }
    if arguments.value("formats") != nil {
      options.formats = try arguments.list("formats").map { name in
        guard let format = FigureFormat(rawValue: name.lowercased()) else {
          throw CommandLineError.invalidValue(
            option: "--formats", value: name, expected: "png, svg or pdf")
        }
        return format
      }
    }
    if let dpi = arguments.value("dpi") {
      guard let value = Double(dpi), value.isFinite, value >= 36, value <= 600 else {
        throw CommandLineError.invalidValue(
          option: "--dpi", value: dpi, expected: "a number from 36 to 600")
      }
      options.dpi = value
    }
    if let jobs = arguments.value("jobs") {
      guard let value = Int(jobs), (1...256).contains(value) else {
        throw CommandLineError.invalidValue(
          option: "--jobs", value: jobs, expected: "a whole number from 1 to 256")
      }
      options.jobs = value
    }
    if let seed = arguments.value("seed") {
      guard let value = UInt64(seed) else {
        throw CommandLineError.invalidValue(
          option: "--seed", value: seed, expected: "a whole number from 0 to 2⁶⁴ − 1")
      }
      options.seed = value
    }
    options.command = regenerationCommand(arguments)
    return options
  }

  /// The command printed on every page to regenerate it: the options that
  /// change the output, as the user wrote them, in a fixed order, so the
  /// same inputs always give the same pages.
  static func regenerationCommand(_ arguments: ParsedArguments) -> String {
    var words = ["initlab", "report"]
    for name in ["config", "out", "templates", "formats", "dpi", "seed"] {
      if let value = arguments.value(name) {
        words += ["--\(name)", shellQuoted(value)]
      }
    }
    return words.joined(separator: " ")
  }

  private static func shellQuoted(_ word: String) -> String {
    let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./,=:")
    guard word.isEmpty || !word.allSatisfy({ plain.contains($0) }) else { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
