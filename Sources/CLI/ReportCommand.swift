import Foundation
import Report

/// `initlab report`: runs the report configuration and writes the pages.
enum ReportCommand: Command {
  static let spec = CommandSpec(
    name: "report",
    usage: "report [--out DIR] [--templates DIR] [--formats LIST] [--dpi N] [--seed S]",
    summary: "Run the chapter's experiments and write the HTML report, its "
      + "figures and their data into a folder. Prints the paths written.",
    options: [
      OptionSpec("out", valueName: "DIR", help: "Output folder (default: Output)."),
      OptionSpec(
        "templates", valueName: "DIR",
        help: "Folder of HTML templates and style.css (default: Templates)."),
      OptionSpec(
        "formats", valueName: "LIST",
        help: "Figure formats, comma-separated: png,svg,pdf (default: all)."),
      OptionSpec("dpi", valueName: "N", help: "PNG resolution in dots per inch (default 150)."),
      OptionSpec("seed", valueName: "S", help: "Seed for every random draw (default 42)."),
      OptionSpec("quiet", help: "Print only errors."),
      OptionSpec("verbose", help: "Print a line per figure."),
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
    let options = try options(from: arguments)
    let progress = ProgressPrinter(
      console: console, verbosity: Verbosity(arguments))
    let summary = try ReportGenerator.generate(
      .default, options: options, progress: progress.report)
    progress.finish()
    let index = summary.outputFolder.appendingPathComponent("index.html")
    console.print(index.path)
    return ExitCode.success
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
      guard let value = Double(dpi), value.isFinite, value >= 36, value <= 1200 else {
        throw CommandLineError.invalidValue(
          option: "--dpi", value: dpi, expected: "a number from 36 to 1200")
      }
      options.dpi = value
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
