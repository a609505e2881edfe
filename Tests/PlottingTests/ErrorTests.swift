import Testing

@testable import Plotting

@Suite("Errors name the bad value and the fix")
struct ErrorTests {
  private var simple: Figure {
    var plot = Plot(yAxis: Axis(scale: .log10))
    plot.lines.append(LineSeries(label: "a", x: [0, 1], y: [1, 10]))
    return Figure(plot)
  }

  @Test("A missing font names the fonts-dejavu-core package")
  func missingFont() {
    var figure = simple
    figure.fontFamily = "No Such Font Family"
    #expect {
      try figure.rendered(as: .png)
    } throws: { error in
      guard case .fontUnavailable(let requested, _)? = error as? PlottingError else {
        return false
      }
      return requested == "No Such Font Family" && "\(error)".contains("fonts-dejavu-core")
    }
  }

  @Test("Invalid markup is rejected with the label")
  func invalidMarkup() {
    var figure = simple
    figure.title = "a < b"
    #expect {
      try figure.rendered(as: .svg)
    } throws: { error in
      guard case .invalidMarkup(let text, _)? = error as? PlottingError else { return false }
      return text == "a < b" && "\(error)".contains("Markup.escaped")
    }
  }

  @Test("Non-positive explicit limits on a log axis are rejected")
  func invalidLogLimits() {
    var figure = simple
    figure.panels[0].yAxis.limits = 0...10
    #expect(throws: PlottingError.invalidLimits(axis: "y", lower: 0, upper: 10, scale: .log10)) {
      try figure.rendered(as: .png)
    }
  }

  @Test("Impossible figure sizes and empty grids are rejected")
  func invalidSizes() {
    var figure = simple
    figure.dpi = 0
    #expect(throws: PlottingError.self) { try figure.rendered(as: .png) }
    let empty = Figure(panels: [], columns: 2)
    #expect(throws: PlottingError.invalidGrid(panelCount: 0, columns: 2)) {
      try empty.rendered(as: .pdf)
    }
  }

  @Test("An annotation at zero on a log axis is rejected")
  func invalidAnnotation() {
    var figure = simple
    figure.panels[0].annotations.append(Annotation("x", pointingAt: (1, 0), textAt: (0.5, 5)))
    #expect(throws: PlottingError.invalidAnnotation(text: "x", x: 1, y: 0)) {
      try figure.rendered(as: .png)
    }
  }

  @Test("Greek, Cyrillic and Arabic labels are laid out by Pango with DejaVu")
  func nonLatinText() throws {
    var figure = simple
    figure.title = "σ² по слоям — التهيئة"
    let image = try PNGImage(pngBytes: figure.rendered(as: .png))
    // The title row holds dark glyph pixels.
    let titleRows = 10..<40
    let hasInk = titleRows.contains { row in
      (0..<image.width).contains { image.pixel(column: $0, row: row).red < 128 }
    }
    #expect(hasInk)
  }
}
