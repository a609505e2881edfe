import Foundation
import Plotting
@testable import Report

/// Reads experiment objects the way a configuration does, so tests see the JSON paths a
/// user would: every experiment sits under the key `experiment`.
enum ExperimentJSON {
  /// The experiment in `{"experiment": <object>}`.
  static func read(_ object: String) throws -> Experiment {
    let root = try JSONReader(parsing: Data(#"{"experiment": \#(object)}"#.utf8))
    return try Experiment(reading: root.field("experiment"))
  }

  /// Reads `object`, writes its parameters back as JSON and reads that text again.
  static func roundTrip(_ object: String) throws -> (first: Experiment, second: Experiment) {
    let first = try read(object)
    return (first, try read(first.jsonValue.formatted()))
  }

  /// The message a bad experiment object is rejected with, or nil if it is accepted.
  static func rejection(_ object: String) -> String? {
    do {
      _ = try read(object)
      return nil
    } catch {
      return String(describing: error)
    }
  }

  /// A context with a fixed seed, one job and the report's palette.
  static func context(seed: UInt64 = 7) -> ExperimentContext {
    ExperimentContext(seed: seed, jobs: 1, palette: SeriesPalette())
  }
}
