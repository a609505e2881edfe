import Report

/// How much `initlab` says on stderr.
package enum Verbosity {
  case quiet, normal, verbose

  /// Reads `--quiet` and `--verbose`; `--quiet` wins when both are given.
  package init(_ arguments: ParsedArguments) {
    if arguments.isSet("quiet") {
      self = .quiet
    } else if arguments.isSet("verbose") {
      self = .verbose
    } else {
      self = .normal
    }
  }
}

/// Prints report progress on stderr: one line per section when stderr is a
/// terminal or `--verbose` is given, nothing under `--quiet` or in logs.
package final class ProgressPrinter {
  private let console: Console
  private let verbosity: Verbosity

  package init(console: Console, verbosity: Verbosity) {
    self.console = console
    self.verbosity = verbosity
  }

  private var showsPhases: Bool {
    verbosity == .verbose || (verbosity == .normal && console.isInteractive)
  }

  /// Receives one progress event from the report generator.
  package func report(_ event: ReportProgress) {
    switch event {
    case let .sectionStarted(index, count, title):
      if showsPhases { console.standardError("[\(index)/\(count)] \(title)\n") }
    case let .figureFinished(id, index, count):
      if verbosity == .verbose {
        console.standardError("  figure \(index)/\(count): \(id)\n")
      }
    }
  }

  /// Ends the progress output.
  package func finish() {}
}
