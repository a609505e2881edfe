import Foundation

/// Where a command writes: stdout for what was asked for, stderr for
/// progress, warnings and errors. Tests pass a recording console.
package struct Console: Sendable {
  /// Writes text to standard output as given.
  package var standardOutput: @Sendable (String) -> Void
  /// Writes text to standard error as given.
  package var standardError: @Sendable (String) -> Void
  /// Whether standard error is an interactive terminal, so progress shows.
  package var isInteractive: Bool

  /// Creates a console from two writers.
  package init(
    standardOutput: @escaping @Sendable (String) -> Void,
    standardError: @escaping @Sendable (String) -> Void,
    isInteractive: Bool
  ) {
    self.standardOutput = standardOutput
    self.standardError = standardError
    self.isInteractive = isInteractive
  }

  /// The process's real standard output and standard error.
  package static var process: Console {
    Console(
      standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
      standardError: { FileHandle.standardError.write(Data($0.utf8)) },
      isInteractive: isatty(STDERR_FILENO) == 1
    )
  }

  /// Prints one line to standard output.
  package func print(_ line: String) { standardOutput(line + "\n") }

  /// Prints `error: message` to standard error.
  package func error(_ message: String) { standardError("error: \(message)\n") }

  /// Prints `warning: message` to standard error.
  package func warning(_ message: String) { standardError("warning: \(message)\n") }
}
