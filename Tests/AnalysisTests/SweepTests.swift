import Testing
@testable import Analysis

@Suite("Sweeps")
struct SweepTests {
  private let config = SweepConfiguration(
    initializers: [WeightInitializer(.xavierUniform), WeightInitializer(.orthogonal)],
    activations: [Activation(.tanh), Activation(.relu)], depths: [3, 5], widths: [16],
    seeds: [1, 2], batchSize: 8)

  @Test("Sweeps are bit-identical on one and on two threads")
  func threadCountInvariance() throws {
    let one = try Sweep.run(config, jobs: 1)
    let two = try Sweep.run(config, jobs: 2)
    #expect(one == two)
    #expect(one.measurements.count == 16)
  }

  @Test("A cell's result does not depend on the other cells in the sweep")
  func cellIndependence() throws {
    let full = try Sweep.run(config, jobs: 2)
    var single = config
    single.initializers = [WeightInitializer(.orthogonal)]
    single.activations = [Activation(.relu)]
    single.depths = [5]
    single.seeds = [2]
    let alone = try Sweep.run(single, jobs: 1)
    let index = full.cells.firstIndex(of: alone.cells[0])!
    #expect(full.measurements[index].layers == alone.measurements[0].layers)
  }

  @Test("Progress reports every cell once, ending at the total")
  func progress() throws {
    final class Counter: @unchecked Sendable { var calls: [Int] = [] }
    let counter = Counter()
    _ = try Sweep.run(config, jobs: 2) { done, total in
      // The sweep serializes progress calls, so this unsynchronized append is safe.
      counter.calls.append(done)
      #expect(total == 16)
    }
    #expect(counter.calls.sorted() == Array(1...16))
  }

  @Test("Aggregates bracket the mean between the minimum and maximum over seeds")
  func aggregates() throws {
    let result = try Sweep.run(config, jobs: 2)
    let groups = result.aggregated()
    #expect(groups.count == 8)
    for group in groups {
      #expect(group.seeds == [1, 2])
      for layer in group.layers {
        #expect(layer.forwardRMS.min <= layer.forwardRMS.mean)
        #expect(layer.forwardRMS.mean <= layer.forwardRMS.max)
      }
    }
  }

  @Test("An empty axis is rejected by name")
  func emptyAxis() {
    var bad = config
    bad.seeds = []
    #expect(throws: AnalysisError.invalidShape(
      what: "number of seeds", value: 0, expected: "at least one value")
    ) { try Sweep.run(bad) }
  }
}
