import Analysis
import Foundation
import Plotting

/// The singular values of a deep linear network's input–output Jacobian
/// J = W₁ W₂ ⋯ W_L for a few initializers and depths, beside their
/// infinite-width prediction.
///
/// Orthogonal weights make J orthogonal, so every singular value is
/// gain^L, 1 by default, at every depth: dynamical isometry (Saxe,
/// McClelland and Ganguli, 2014, "Exact solutions to the nonlinear dynamics
/// of learning in deep linear neural networks"; Pennington, Schoenholz and
/// Ganguli, 2017, "Resurrecting the sigmoid in deep learning through
/// dynamical isometry: theory and practice"). Independent weights with
/// n · Var[W] = 1 keep the mean of σ² at 1 but spread the spectrum further
/// with every layer: as n → ∞ the squared singular values follow the
/// Fuss–Catalan law of order L (`JacobianSpectrum.gaussianSingularValues`),
/// scaled by (n · E[w²])^L for other variances.
///
/// Float64 cannot resolve singular values far below the largest: the L − 1
/// products and the SVD each add errors of about n · ε · σ_max, so values
/// below `resolution = L · n · ε · σ_max` (ε = 2⁻⁵²) are reported as
/// unresolved instead of drawn.
struct OrthogonalSpectrumExperiment: ExperimentKind, Equatable {
  static let name = "orthogonal-spectrum"

  /// The initializers compared.
  var initializers: [WeightInitializer]
  /// The depths L, increasing; one panel each.
  var depths: [Int]
  /// Width n of every square layer.
  var width: Int

  init(initializers: [WeightInitializer], depths: [Int], width: Int) {
    self.initializers = initializers
    self.depths = depths
    self.width = width
  }

  init(reading experiment: JSONReader) throws {
    try experiment.expectExperiment(keys: ["inits", "depths", "width"])
    let list = try experiment.field("inits").array()
    guard (1...4).contains(list.count) else {
      throw try experiment.field("inits").error(
        "expected 1 to 4 initializers, got \(list.count)")
    }
    initializers = try list.map { try $0.initializer() }
    if let index = initializers.firstIndex(where: { !$0.isRandom }) {
      throw list[index].error(
        "expected a random initializer, got \"\(initializers[index])\"; a constant "
          + "product has no spectrum worth comparing")
    }
    depths = try experiment.field("depths").increasingIntegers(in: 1...64, count: 1...4)
    width = try experiment.field("width").integer(in: 2...512)
    // One product at a time: its weights, with no batch of activations.
    try experiment.checkMemory(
      width: width, depth: depths.last!, batch: 0, concurrentNetworks: 1)
  }

  var parameters: [(key: String, value: JSONValue)] {
    [
      ("inits", .array(initializers.map { .string($0.description) })),
      ("depths", .array(depths.map { .number(Double($0)) })),
      ("width", .number(Double(width))),
    ]
  }

  /// The descending singular values of one (initializer, depth) product
  /// and their infinite-width prediction.
  struct Spectrum {
    var initializer: WeightInitializer
    var depth: Int
    var values: [Double]
    var theory: [Double]

    /// The smallest value float64 resolves: L · n · ε · σ_max.
    var resolution: Double {
      Double(depth * values.count) * Double.ulpOfOne * (values.first ?? 0)
    }

    /// The values at or above `resolution`.
    var resolved: [Double] { values.filter { $0 >= resolution } }
  }

  func run(in context: ExperimentContext) throws -> ExperimentResult {
    var spectra: [Spectrum] = []
    for depth in depths {
      for initializer in initializers {
        let values = try JacobianSpectrum.singularValues(
          initializer: initializer, width: width, depth: depth, seed: context.seed)
        spectra.append(Spectrum(
          initializer: initializer, depth: depth, values: values,
          theory: theory(initializer, depth: depth)))
      }
    }

    var figure = chart(spectra)
    figure.usePalette(context.palette)
    return ExperimentResult(
      figure: figure, data: table(spectra), tables: [keyTable(spectra)],
      alt: "Sorted singular values of the product of \(width) × \(width) weight matrices "
        + "on a log axis, one panel per depth ("
        + depths.map(String.init).joined(separator: ", ") + "), for "
        + initializers.map(\.description).joined(separator: " and "))
  }

  /// The infinite-width singular values, largest first: gain^L for
  /// orthogonal weights, otherwise the Fuss–Catalan values scaled by
  /// (n · E[w²])^(L/2).
  func theory(_ initializer: WeightInitializer, depth: Int) -> [Double] {
    if initializer.kind == .orthogonal {
      let value = pow(abs(initializer.number("gain")), Double(depth))
      return Array(repeating: value, count: width)
    }
    let gain = Double(width) * initializer.distribution(fanIn: width, fanOut: width)
      .secondMoment(fanIn: width, fanOut: width)
    let scale = pow(gain, Double(depth) / 2)
    return JacobianSpectrum.gaussianSingularValues(depth: depth, count: width)
      .map { $0 * scale }
  }

  private func table(_ spectra: [Spectrum]) -> DataTable {
    var data = DataTable(columns: [
      "initializer", "depth", "index", "singular_value", "resolved_in_float64",
      "singular_value_theory",
    ])
    for spectrum in spectra {
      let resolution = spectrum.resolution
      for (index, value) in spectrum.values.enumerated() {
        data.append([
          .text(spectrum.initializer.description), .number(Double(spectrum.depth)),
          .number(Double(index + 1)), .number(value),
          .text(value >= resolution ? "yes" : "no"), .number(spectrum.theory[index]),
        ])
      }
    }
    return data
  }

  private func keyTable(_ spectra: [Spectrum]) -> KeyTable {
    let rows = spectra.map { spectrum -> [String] in
      let largest = spectrum.values.first ?? .nan
      let smallest = spectrum.values.last ?? .nan
      let resolution = spectrum.resolution
      let isResolved = smallest >= resolution
      let meanSquare = spectrum.values.reduce(0) { $0 + $1 * $1 } / Double(width)
      return [
        spectrum.initializer.description, "\(spectrum.depth)",
        NumberFormat.readable(largest),
        isResolved
          ? NumberFormat.readable(smallest) : "< " + NumberFormat.readable(resolution),
        isResolved
          ? NumberFormat.readable(largest / smallest)
          : "> " + NumberFormat.readable(largest / resolution),
        NumberFormat.readable(meanSquare),
      ]
    }
    return KeyTable(
      caption: "Singular values of W₁ ⋯ W_L (width \(width)); a smallest value below "
        + "float64's resolution L · n · ε · σ_max is given as that bound",
      header: ["initializer", "depth L", "σ_max", "σ_min", "σ_max / σ_min", "mean σ²"],
      rows: rows)
  }
}
