import Foundation
import Testing

@testable import Plotting

@Suite("Rendered PNG pixels")
struct PixelTests {
  /// y = 10^x for x in −22…22 in pure red on a log axis: a scalar chain through 44 decades.
  private func chain() -> Figure {
    let xs = (-22...22).map(Double.init)
    var plot = Plot(xAxis: Axis(label: "layer"), yAxis: Axis(label: "RMS", scale: .log10))
    var line = LineSeries(label: nil, x: xs, y: xs.map { pow(10, $0) })
    line.color = Color(red: 1, green: 0, blue: 0)
    line.lineWidthInPoints = 1
    plot.lines.append(line)
    return Figure(plot)
  }

  @Test("The line at y = 10^k lands on the predicted pixel row", arguments: [-21, -7, 0, 9, 21])
  func lineOnPredictedRow(k: Int) throws {
    let figure = chain()
    let image = try PNGImage(pngBytes: figure.rendered(as: .png))
    let panel = try figure.makeLayout().panels[0]
    let scale = figure.dpi / 72

    // Column whose centre sits nearest x = k; the predicted row follows the straight line
    // (in log space) through that column centre.
    let column = Int((try #require(panel.x.position(of: Double(k))) * scale).rounded(.down))
    let xInPoints = (Double(column) + 0.5) / scale
    let limits = panel.x.limits
    let xAtCenter = limits.lowerBound + (xInPoints - panel.x.start)
      / (panel.x.end - panel.x.start) * (limits.upperBound - limits.lowerBound)
    let predicted = try #require(panel.y.position(of: pow(10, xAtCenter))) * scale

    // Centroid of redness (R − G: 255 for red, 0 for white, grey and black) in the column.
    var weight = 0.0
    var moment = 0.0
    for row in 0..<image.height {
      let pixel = image.pixel(column: column, row: row)
      let redness = Double(pixel.red) - Double(pixel.green)
      guard redness > 0 else { continue }
      weight += redness
      moment += redness * (Double(row) + 0.5)
    }
    let centroid = try #require(weight > 0 ? moment / weight : nil)
    // Pixman rasterises antialiased edges on a 17 × 15 sub-pixel grid, so a coverage
    // centroid is exact to about 1/15 pixel; 0.15 pixel allows two such steps.
    #expect(abs(centroid - predicted) < 0.15)
  }

  @Test("PNG size is width and height in inches times dpi")
  func pngSize() throws {
    var figure = chain()
    figure.dpi = 100
    let image = try PNGImage(pngBytes: figure.rendered(as: .png))
    #expect(image.width == 640 && image.height == 480)
  }

  @Test("RMS difference is 0 for identical images and 255 for black against white")
  func rmsScale() throws {
    var white = Plot()
    white.hasGrid = false
    var figure = Figure(white, widthInInches: 1, heightInInches: 1, dpi: 20)
    let a = try PNGImage(pngBytes: figure.rendered(as: .png))
    #expect(try PNGImage.rmsDifference(a, a) == 0)
    figure.widthInInches = 2
    let b = try PNGImage(pngBytes: figure.rendered(as: .png))
    #expect(throws: PlottingError.self) { try PNGImage.rmsDifference(a, b) }
    let black = PNGImage(width: 2, height: 1, rgba: [0, 0, 0, 255, 0, 0, 0, 255])
    let whitePixels = PNGImage(width: 2, height: 1, rgba: [UInt8](repeating: 255, count: 8))
    #expect(try PNGImage.rmsDifference(black, whitePixels) == 255)
  }

  @Test("Bytes that are not a PNG are rejected with a clear error")
  func invalidPNG() {
    #expect(throws: PlottingError.self) { try PNGImage(pngBytes: Array("not a png".utf8)) }
  }
}
