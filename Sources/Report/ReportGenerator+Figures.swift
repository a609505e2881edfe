import Foundation
import Plotting

extension ReportGenerator {
  /// Renders a figure in every requested format, writes its data beside
  /// it, and describes the files for the page.
  static func write(
    _ result: ExperimentResult, of configuration: FigureConfiguration,
    options: ReportOptions, into folder: inout OutputFolder
  ) throws -> PlacedFigure {
    var figure = result.figure
    figure.dpi = options.dpi
    let stem = "figures/\(configuration.id)"
    var files: [(label: String, path: String)] = []
    let formats = [.png] + options.formats.filter { $0 != .png }
    for format in formats {
      let bytes: [UInt8]
      do {
        bytes = try render(figure, as: format)
      } catch {
        throw ReportError.stepFailed(
          step: "rendering figure '\(configuration.id)' as \(format.rawValue.uppercased())",
          reason: "\(error)")
      }
      let path = "\(stem).\(format.rawValue)"
      try folder.write(Data(bytes), to: path)
      files.append((format.rawValue.uppercased(), path))
    }
    try folder.write(result.data.csv, to: "\(stem).csv")
    try folder.write(result.data.json, to: "\(stem).json")
    files += [("CSV", "\(stem).csv"), ("JSON", "\(stem).json")]
    return PlacedFigure(
      id: configuration.id, caption: configuration.caption, alt: result.alt, files: files,
      displayWidth: Int((figure.widthInInches * 96).rounded()))
  }

  private static func render(_ figure: Figure, as format: FigureFormat) throws -> [UInt8] {
    switch format {
    case .png: return try figure.rendered(as: .png)
    case .svg: return try figure.rendered(as: .svg)
    case .pdf: return try figure.rendered(as: .pdf)
    }
  }
}
