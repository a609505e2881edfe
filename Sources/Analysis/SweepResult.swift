/// The measurements of a sweep, in `SweepConfiguration.cells` order.
public struct SweepResult: Equatable, Sendable {
  /// The configuration that was run.
  public var configuration: SweepConfiguration
  /// The cells, in order.
  public var cells: [SweepCell]
  /// One measurement per cell, aligned with `cells`.
  public var measurements: [NetworkMeasurement]

  /// Groups measurements that differ only in seed and summarizes each statistic as mean,
  /// min and max over seeds; groups keep configuration order.
  public func aggregated() -> [SweepAggregate] {
    let perGroup = configuration.seeds.count
    return stride(from: 0, to: measurements.count, by: perGroup).map { start in
      let group = Array(measurements[start..<(start + perGroup)])
      let depth = group[0].layers.count - 1
      let layers = (0...depth).map { l in
        func spread(_ f: (LayerMeasurement) -> Double) -> SeedSpread {
          SeedSpread(group.map { f($0.layers[l]) })
        }
        return LayerAggregate(
          layer: l,
          forwardRMS: spread { $0.activation.rms },
          preactivationRMS: spread { $0.preactivation?.rms ?? .nan },
          gradientRMS: spread { $0.gradient.rms },
          weightGradientRMS: spread { $0.weightGradient?.rms ?? .nan },
          zeroFraction: spread { $0.activation.zeroFraction },
          saturatedFraction: spread { $0.activation.saturatedFraction },
          nonFiniteCount: spread { Double($0.nonFiniteCount) })
      }
      return SweepAggregate(
        cell: cells[start], seeds: configuration.seeds, layers: layers,
        gradientRatio: SeedSpread(group.map(\.gradientRatio)))
    }
  }
}

extension LayerMeasurement {
  /// Non-finite entries in Z_l, H_l, G_l and dW_l together.
  public var nonFiniteCount: Int {
    (preactivation?.nonFiniteCount ?? 0) + activation.nonFiniteCount
      + gradient.nonFiniteCount + (weightGradient?.nonFiniteCount ?? 0)
  }
}
