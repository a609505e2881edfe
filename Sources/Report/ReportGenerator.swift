import Analysis
import Foundation
import Plotting

/// What an experiment hands to the page: a figure to draw, the data
/// behind it, and tables of key numbers.
struct ExperimentResult {
  var figure: Figure
  var data: DataTable
  var tables: [KeyTable]
  var alt: String
}

/// Runs a report configuration and writes its pages.
public enum ReportGenerator {
  /// Runs every experiment of `configuration`, renders its figures and
  /// writes the pages into `options.outputFolder`, replacing the previous
  /// report only once everything succeeded.
  ///
  /// - Parameters:
  ///   - configuration: the sections and experiments to run.
  ///   - options: where and how to write.
  ///   - progress: called on the calling thread after each step.
  /// - Returns: the folder and the files written.
  /// - Throws: `ReportError` for a missing template, a failed render or an
  ///   unwritable output folder; the previous report is then untouched.
  public static func generate(
    _ configuration: ReportConfiguration,
    options: ReportOptions,
    progress: (ReportProgress) -> Void = { _ in }
  ) throws -> ReportSummary {
    let templates = try TemplateSet(folder: options.templatesFolder ?? TemplateSet.defaultFolder)
    let seed = options.seed ?? configuration.seed

    // 1. Run every experiment before anything is staged.
    var results = try runExperiments(configuration, seed: seed, options: options, progress)

    // 2. One palette for the whole report, so a series name keeps its
    //    colour in every figure.
    let palette = reportPalette(results.flatMap { $0 })
    for section in results.indices {
      for figure in results[section].indices {
        results[section][figure].figure.usePalette(palette)
      }
    }

    // 3. Render, write the pages, and swap the report into place.
    var folder = try OutputFolder(target: options.outputFolder)
    do {
      let renderer = PageRenderer(
        templates: templates, version: ReportVersion.current, seed: seed,
        command: options.command)
      var pages: [PageContent] = []
      for (offset, section) in configuration.sections.enumerated() {
        var page = PageContent(
          number: offset + 1, slug: section.id, title: section.title,
          finding: section.finding, introduction: section.introduction, figures: [],
          tables: [], configuration: describe(section, seed: seed))
        for (figure, result) in zip(section.figures, results[offset]) {
          page.figures.append(try write(result, of: figure, options: options, into: &folder))
          page.tables += result.tables
        }
        pages.append(page)
      }
      try writePages(pages, configuration: configuration, renderer: renderer, into: &folder)
      try folder.write(templates.stylesheet, to: "style.css")
      try folder.commit()
      return ReportSummary(
        outputFolder: folder.target,
        files: (folder.written + [OutputFolder.markerName]).sorted())
    } catch {
      folder.discard()
      throw error
    }
  }

  /// Runs every figure's experiment, section by section.
  private static func runExperiments(
    _ configuration: ReportConfiguration, seed: UInt64, options: ReportOptions,
    _ progress: (ReportProgress) -> Void
  ) throws -> [[ExperimentResult]] {
    let figureCount = configuration.sections.reduce(0) { $0 + $1.figures.count }
    var figuresDone = 0
    return try configuration.sections.enumerated().map { offset, section in
      progress(.sectionStarted(
        index: offset + 1, count: configuration.sections.count, title: section.title))
      return try section.figures.map { figure in
        let context = ExperimentContext(
          seed: figureSeed(seed, id: figure.id), jobs: options.jobs ?? defaultJobs,
          palette: SeriesPalette(seededKeys: WeightInitializer.names))
        let result = try run(figure, in: context)
        figuresDone += 1
        progress(.figureFinished(id: figure.id, index: figuresDone, count: figureCount))
        return result
      }
    }
  }

  /// The chapter's initializers, which get the first palette slots so
  /// they have distinct colours (none of them black, the colour of theory
  /// lines) in every figure of every report.
  static let leadingSeriesKeys = [
    "mxnet-default", "normal:sigma=0.01", "xavier-uniform", "kaiming-normal",
    "glorot-standard", "orthogonal",
  ].map { name in
    // Series use the canonical description (`normal` for the default
    // sigma 0.01), so the keys are spelled the same way.
    do {
      return try WeightInitializer(parsing: name).description
    } catch {
      preconditionFailure("built-in initializer '\(name)' does not parse: \(error)")
    }
  }

  /// A palette seeded with the chapter's initializers, then every other
  /// series name of the report in order of first appearance, so no two
  /// names share a slot unless the report has more names than styles.
  private static func reportPalette(_ results: [ExperimentResult]) -> SeriesPalette {
    var keys = leadingSeriesKeys
    for panel in results.flatMap({ $0.figure.panels }) {
      keys += panel.lines.filter { $0.color == nil }.map { $0.colorKey ?? $0.label ?? "" }
      keys += panel.histograms.map { $0.colorKey ?? $0.label ?? "" }
    }
    return SeriesPalette(seededKeys: withBlackReserved(keys.filter { !$0.isEmpty }))
  }

  /// `keys` without duplicates, with a placeholder in every slot that
  /// the palette colours black (the last of its seven colours), so no
  /// measured series is drawn in the colour of theory and reference lines.
  static func withBlackReserved(_ keys: [String]) -> [String] {
    let colourCount = SeriesPalette.okabeIto.count
    var seeded: [String] = []
    for key in keys where !seeded.contains(key) {
      if seeded.count % colourCount == colourCount - 1 {
        seeded.append("\u{0}reserved for black \(seeded.count)")
      }
      seeded.append(key)
    }
    return seeded
  }

  private static func run(
    _ figure: FigureConfiguration, in context: ExperimentContext
  ) throws -> ExperimentResult {
    do {
      return try figure.experiment.kind.run(in: context)
    } catch let error as ReportError {
      throw error
    } catch {
      throw ReportError.stepFailed(step: "experiment '\(figure.id)'", reason: "\(error)")
    }
  }

  /// A figure's seed: the report seed mixed with a hash of the figure's
  /// id (FNV-1a), so adding or reordering figures changes no other figure.
  static func figureSeed(_ seed: UInt64, id: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in id.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return seed ^ hash
  }

  private static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

  private static func writePages(
    _ pages: [PageContent], configuration: ReportConfiguration,
    renderer: PageRenderer, into folder: inout OutputFolder
  ) throws {
    for (index, page) in pages.enumerated() {
      let previous = index > 0 ? pages[index - 1] : nil
      let next = index + 1 < pages.count ? pages[index + 1] : nil
      let html = try renderer.sectionPage(page, previous: previous, next: next)
      try folder.write(html, to: page.fileName)
    }
    let index = try renderer.indexPage(
      pages, title: configuration.title, lede: configuration.lede)
    try folder.write(index, to: "index.html")
  }
}
