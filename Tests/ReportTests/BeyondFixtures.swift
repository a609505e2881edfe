import Analysis
import Foundation
import Plotting
@testable import Report

/// Shared helpers for the experiment kinds of the "Beyond the chapter"
/// section: reading experiments from JSON, round-tripping them, and the
/// error a one-figure report gives, which carries the full JSON path.
enum BeyondFixtures {
  /// The JSON path of the experiment in `report(experiment:)`.
  static let path = "sections[0].figures[0].experiment"

  /// A context with a fixed seed and one worker.
  static let context = ExperimentContext(
    seed: 7, jobs: 1, palette: SeriesPalette(seededKeys: WeightInitializer.names))

  /// Reads one experiment object.
  static func experiment(_ json: String) throws -> Experiment {
    try Experiment(reading: JSONReader(parsing: Data(json.utf8)))
  }

  /// Writes the experiment's parameters out and reads them back.
  static func roundTripped(_ experiment: Experiment) throws -> Experiment {
    try Experiment(reading: JSONReader(parsing: Data(experiment.jsonValue.formatted().utf8)))
  }

  /// The message reading a one-figure report around `json` fails with,
  /// or nil when it reads.
  static func configurationError(experiment json: String) -> String? {
    let text = """
      {"title": "t", "sections": [{"id": "s", "title": "S", "figures": [
        {"id": "f", "caption": "c", "experiment": \(json)}]}]}
      """
    do {
      _ = try ReportConfiguration(json: Data(text.utf8))
      return nil
    } catch {
      return "\(error)"
    }
  }

  /// The numeric column `name` of the rows whose text column `key`
  /// equals `value` (all rows when `key` is nil).
  static func column(
    _ name: String, of table: DataTable, where key: String? = nil, is value: String = ""
  ) -> [Double] {
    let index = table.columns.firstIndex(of: name)!
    let keyIndex = key.flatMap { table.columns.firstIndex(of: $0) }
    return table.rows.compactMap { row in
      if let keyIndex, row[keyIndex] != .text(value) { return nil }
      guard case let .number(x) = row[index] else { return nil }
      return x
    }
  }
}
