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
  /// Networks with the same weight key and seed (they differ only in activation) form one
  /// work unit that draws its weights once (the last few units are split to keep every
  /// worker busy to the end); results do not change, since those networks would draw
  /// identical weights anyway.
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
    let grouped = workUnits(networks, seeds: seeds)
    let workers = min(jobs, max(grouped.count, 1))
    let units = balanced(grouped, workers: workers)
    let state = Mutex(State(results: Array(repeating: nil, count: total)))

    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let unit: Int = state.withLock { s in
          defer { s.next += 1 }
          return s.next
        }
        guard unit < units.count else { return }
        let members = units[unit]
        let first = members[0]
        let weights = Result { try RoundedWeights(networks[first], seed: seeds[first]) }
        for index in members {
          let result = Result {
            try Network.measure(networks[index], seed: seeds[index], weights: weights.get())
          }
          state.withLock { s in
            s.results[index] = result
            s.completed += 1
            progress?(s.completed, total)
          }
        }
      }
    }
    return try state.withLock { s in try s.results.map { try $0!.get() } }
  }

  /// `units` with the last `units.count % workers` of them split into one unit per
  /// network, so that at the end of a sweep every worker has cells to measure instead of
  /// one worker finishing a whole unit alone; a split unit draws its weights once per
  /// network, which costs far less than the idle cores would. Results do not change.
  private static func balanced(_ units: [[Int]], workers: Int) -> [[Int]] {
    let remainder = units.count % workers
    guard remainder > 0 else { return units }
    let kept = units.count - remainder
    return Array(units[..<kept]) + units[kept...].flatMap { unit in unit.map { [$0] } }
  }

  /// Indices grouped by (weight key, precision, seed), groups in order of their first
  /// member; the precision is part of the key because units share rounded weights.
  private static func workUnits(_ networks: [NetworkConfiguration], seeds: [UInt64])
    -> [[Int]]
  {
    var units: [[Int]] = []
    var unitOfKey: [String: Int] = [:]
    for index in networks.indices {
      let key = Network.weightKey(networks[index])
        + "|\(networks[index].precision)|\(seeds[index])"
      if let unit = unitOfKey[key] {
        units[unit].append(index)
      } else {
        unitOfKey[key] = units.count
        units.append([index])
      }
    }
    return units
  }
}
