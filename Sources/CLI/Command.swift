/// A subcommand of `initlab`: its specification and what it does.
package protocol Command {
  /// The options and help text of the command.
  static var spec: CommandSpec { get }

  /// Runs the command on parsed arguments.
  ///
  /// - Returns: the process exit code (see `ExitCode`).
  /// - Throws: `CommandLineError` for usage errors (exit 64); any other
  ///   error exits 1 with its description.
  static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32
}

/// The exit codes `initlab` uses, as documented in the README.
package enum ExitCode {
  /// Success.
  package static let success: Int32 = 0
  /// Any failure that is not a usage error: an unwritable path, a failed
  /// render, a stale report under `--check`.
  package static let failure: Int32 = 1
  /// A usage error: unknown flag, bad value, invalid configuration.
  package static let usage: Int32 = 64
}
