import Foundation

/// A figure file format the report can write.
public enum FigureFormat: String, CaseIterable, Sendable {
  case png, svg, pdf
}

/// How to write a report: where, from which templates, in which formats.
public struct ReportOptions: Sendable {
  /// The folder the report replaces (default `Output/`).
  public var outputFolder: URL
  /// The templates folder; `nil` uses `Templates/` (see the README).
  public var templatesFolder: URL?
  /// Figure formats to write; PNG is always written because pages show it.
  public var formats: [FigureFormat]
  /// Resolution of PNG figures, in dots per inch.
  public var dpi: Double
  /// The seed of every random draw; `nil` keeps the configuration's seed.
  public var seed: UInt64?
  /// Worker threads for experiments; `nil` uses every core.
  public var jobs: Int?
  /// The command line shown on pages as the way to regenerate them.
  public var command: String

  /// Creates options with the defaults of `initlab report`.
  public init(
    outputFolder: URL = URL(fileURLWithPath: "Output", isDirectory: true),
    templatesFolder: URL? = nil,
    formats: [FigureFormat] = FigureFormat.allCases,
    dpi: Double = 150,
    seed: UInt64? = nil,
    jobs: Int? = nil,
    command: String = "initlab report"
  ) {
    self.outputFolder = outputFolder
    self.templatesFolder = templatesFolder
    self.formats = formats
    self.dpi = dpi
    self.seed = seed
    self.jobs = jobs
    self.command = command
  }
}

/// A step of report generation, passed to the caller's progress closure.
public enum ReportProgress: Sendable {
  /// Work on section `index` (from 1) of `count` started.
  case sectionStarted(index: Int, count: Int, title: String)
  /// A figure's files were staged.
  case figureFinished(id: String, index: Int, count: Int)
}

/// What a finished report contains.
public struct ReportSummary: Sendable {
  /// The folder the report was written to.
  public var outputFolder: URL
  /// Every file written, relative to `outputFolder`, sorted.
  public var files: [String]
}
