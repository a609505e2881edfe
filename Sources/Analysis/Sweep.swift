import Dispatch
import Foundation
import Synchronization

/// Runs every cell of a `SweepConfiguration` in parallel, deterministically.
///
/// Each cell's random streams depend only on the cell (see `Network`), and results are
/// stored by cell index, so the result is bit-identical whatever `jobs` is and in whatever
/// order cells finish. BLAS is set to one thread per call so that `jobs` workers use
/// `jobs` cores.
public enum Sweep {
  /// Measures every cell.
  ///
  /// - Parameters:
  ///   - configuration: The sweep's axes and shared settings.
  ///   - jobs: Worker threads; defaults to the number of active processors.
  ///   - progress: Called after each finished cell with (completed, total), serialized
  ///     (never concurrently) but from worker threads.
  /// - Returns: One measurement per cell, in `configuration.cells` order.
  /// - Throws: `AnalysisError` from validation, or the error of the lowest-index failing
  ///   cell.
  /// - Complexity: Σ over cells of O(depth · batch · width²); memory per running cell
  ///   O(depth · (batch + width) · width).
  public static func run(
    _ configuration: SweepConfiguration,
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> SweepResult {
    try configuration.validate()
    guard jobs >= 1 else {
      throw AnalysisError.invalidShape(what: "job count", value: jobs, expected: "at least 1")
    }
    let cells = configuration.cells
    let networks = cells.map { configuration.network(for: $0) }
    let measurements = try measureAll(networks, seeds: cells.map(\.seed), jobs: jobs,
      progress: progress)
    return SweepResult(configuration: configuration, cells: cells, measurements: measurements)
  }

  /// Measures `networks[i]` with `seeds[i]` for every i on `jobs` threads.
  ///
  /// - Throws: The error of the lowest-index failing network.
  package static func measureAll(
    _ networks: [NetworkConfiguration], seeds: [UInt64], jobs: Int,
    progress: (@Sendable (Int, Int) -> Void)?
  ) throws -> [NetworkMeasurement] {
    struct State {
      var next = 0
      var completed = 0
      var results: [Result<NetworkMeasurement, Error>?]
    }
    BLASThreads.useSingleThread()
    let total = networks.count
    let state = Mutex(State(results: Array(repeating: nil, count: total)))
    let workers = min(jobs, max(total, 1))

    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let index: Int = state.withLock { s in
          defer { s.next += 1 }
          return s.next
        }
        guard index < total else { return }
        let result = Result { try Network.measure(networks[index], seed: seeds[index]) }
        state.withLock { s in
          s.results[index] = result
          s.completed += 1
          progress?(s.completed, total)
        }
      }
    }
    return try state.withLock { s in try s.results.map { try $0!.get() } }
  }
}
