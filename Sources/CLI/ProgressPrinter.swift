import Foundation
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

/// Shows report progress on stderr.
///
/// On a terminal: one bar, redrawn in place, with figure counts and the
/// estimated time left. `--verbose` prints one line per section and per
/// figure instead (also into logs). Otherwise nothing, so CI logs hold
/// only warnings and errors; `--quiet` silences the bar too.
package final class ProgressPrinter {
  private let console: Console
  private let verbosity: Verbosity
  private let start = Date()
  private var section = ""
  private var isBarShown = false
  private var figures: (done: Int, total: Int)?

  /// Creates a printer writing to `console` at the given verbosity.
  package init(console: Console, verbosity: Verbosity) {
    self.console = console
    self.verbosity = verbosity
  }

  private var showsBar: Bool { verbosity == .normal && console.isInteractive }

  /// Receives one progress event from the report generator.
  package func report(_ event: ReportProgress) {
    switch event {
    case let .sectionStarted(index, count, title):
      section = "section \(index)/\(count)"
      if verbosity == .verbose {
        console.standardError("[\(index)/\(count)] \(title)\n")
      }
      if showsBar { drawBar() }
    case let .figureFinished(id, index, count):
      if verbosity == .verbose {
        console.standardError("  figure \(index)/\(count): \(id)\n")
      }
      figures = (index, count)
      if showsBar { drawBar() }
    }
  }

  /// Clears the bar so the next output starts on a clean line.
  package func finish() {
    if isBarShown { console.standardError("\r\u{1B}[2K") }
    isBarShown = false
  }

  private func drawBar() {
    let width = 24
    var text = "\r\u{1B}[2K" + section
    if let (done, total) = figures, total > 0 {
      let filled = width * done / total
      let bar = String(repeating: "#", count: filled)
        + String(repeating: "-", count: width - filled)
      text += " [\(bar)] \(done)/\(total) figures"
      let elapsed = Date().timeIntervalSince(start)
      if done < total {
        let left = elapsed / Double(done) * Double(total - done)
        text += String(format: ", about %.0f s left", left.rounded(.up))
      }
    }
    console.standardError(text)
    isBarShown = true
  }
}
