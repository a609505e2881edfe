/// Everything that can go wrong while building or writing a report.
public enum ReportError: Error, CustomStringConvertible {
  /// A template file is missing or unreadable.
  case missingTemplate(path: String)
  /// A template uses a placeholder the page does not provide.
  case unknownPlaceholder(String, template: String, line: Int)
  /// A template has a `{{` with no closing `}}`.
  case unclosedPlaceholder(template: String, line: Int)
  /// A file or folder could not be written.
  case unwritable(path: String, reason: String)
  /// The output path exists but is not a folder InitLab can write into.
  case outputNotAFolder(path: String)
  /// A configuration value is invalid: JSON path, bad value, what is accepted.
  case invalidConfiguration(path: String, message: String)
  /// A rendering or analysis step failed.
  case stepFailed(step: String, reason: String)

  /// Whether the error is the user's input (exit 64) rather than a failure.
  public var isUsageError: Bool {
    if case .invalidConfiguration = self { return true }
    return false
  }

  public var description: String {
    switch self {
    case let .missingTemplate(path):
      return "template '\(path)' not found; pass --templates DIR pointing at a "
        + "folder with index.html, section.html, figure.html and style.css"
    case let .unknownPlaceholder(name, template, line):
      return "\(template):\(line): unknown placeholder '{{\(name)}}'"
    case let .unclosedPlaceholder(template, line):
      return "\(template):\(line): '{{' without a closing '}}'"
    case let .unwritable(path, reason):
      return "cannot write '\(path)': \(reason)"
    case let .outputNotAFolder(path):
      return "output path '\(path)' exists and is not a folder; choose another --out"
    case let .invalidConfiguration(path, message):
      return path.isEmpty ? message : "\(path): \(message)"
    case let .stepFailed(step, reason):
      return "\(step) failed: \(reason)"
    }
  }
}
