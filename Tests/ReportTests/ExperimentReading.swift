import Analysis
import Foundation
import Plotting
@testable import Report

/// Reads experiment objects the way a report configuration does, so errors carry the full
/// JSON path a user would see, and runs them with a fixed context.
enum ExperimentReading {
  /// The JSON path of the experiment inside `configuration(wrapping:)`.
  static let path = "sections[0].figures[0].experiment"

  /// A one-section, one-figure configuration around an experiment object.
  static func configuration(wrapping experiment: String) -> String {
    """
    {"title": "t", "sections": [{"id": "s", "title": "S", "figures": [
      {"id": "f", "caption": "c", "experiment": \(experiment)}]}]}
    """
  }

  /// The experiment read from its JSON object text.
  static func experiment(_ json: String) throws -> Experiment {
    let data = Data(configuration(wrapping: json).utf8)
    return try ReportConfiguration(json: data).sections[0].figures[0].experiment
  }

  /// The typed experiment kind read from its JSON object text.
  static func kind<Kind: ExperimentKind>(_ json: String, as _: Kind.Type) throws -> Kind? {
    try experiment(json).kind as? Kind
  }

  /// The error message reading `json` produces, or nil when it reads.
  static func message(_ json: String) -> String? {
    do {
      _ = try experiment(json)
      return nil
    } catch {
      return "\(error)"
    }
  }

  /// The experiment written back as JSON text and read again.
  static func roundTripped(_ experiment: Experiment) throws -> Experiment {
    try self.experiment(experiment.jsonValue.formatted())
  }

  /// A context like the report's: seed 42 and the report's palette.
  static var context: ExperimentContext {
    ExperimentContext(
      seed: 42, jobs: 2, palette: SeriesPalette(seededKeys: WeightInitializer.names))
  }

  /// The number cells of `column`, in row order, for rows whose `filter` columns hold the
  /// given texts or numbers.
  static func numbers(
    _ column: String, in table: DataTable, where filter: [String: DataTable.Cell] = [:]
  ) -> [Double] {
    let index = table.columns.firstIndex(of: column)!
    return table.rows.filter { row in
      filter.allSatisfy { key, value in row[table.columns.firstIndex(of: key)!] == value }
    }.map { row in
      guard case let .number(x) = row[index] else { return .nan }
      return x
    }
  }
}
