/// The InitLab version stamped on every page and printed by `--version`.
public enum ReportVersion {
  /// The current release, following semantic versioning.
  public static let current = "0.1.0"
}
