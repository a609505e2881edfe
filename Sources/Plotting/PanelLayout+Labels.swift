// Boxes of text placed inside the axes: annotations and reference-line labels. The drawer
// draws them here, and legend placement treats them as data it must not cover.

extension PanelLayout {
  /// Size of reference-line labels relative to the base font size.
  static let referenceLabelScale = 0.9

  /// Measures annotation texts and reference-line labels.
  mutating func measureLabels(type: Typography, measure: TextMeasurer) throws {
    sizes.annotationExtents = try plot.annotations.map {
      try measure.extents($0.text, type.tick)
    }
    let style = TextStyle(sizeInPoints: Self.referenceLabelScale * type.base)
    sizes.referenceLabelExtents = try plot.referenceLines.map { reference in
      try reference.label.map { try measure.extents($0, style) }
    }
  }

  /// The text box of annotation `index`, centred on its text position and moved inside the
  /// axes if it would stick out.
  /// - Throws: `PlottingError.invalidAnnotation` when the text position cannot be shown.
  func annotationBox(_ index: Int) throws -> Rect {
    let annotation = plot.annotations[index]
    let position = annotation.textPosition
    guard let center = point(position.x, position.y) else {
      throw PlottingError.invalidAnnotation(
        text: annotation.text, x: position.x, y: position.y)
    }
    let extents = sizes.annotationExtents[index]
    let inner = plotRect.insetBy(0.5 * sizes.padding)
    let x = min(max(center.x - extents.width / 2, inner.minX), inner.maxX - extents.width)
    let y = min(max(center.y - extents.height / 2, inner.minY), inner.maxY - extents.height)
    return Rect(x: x, y: y, width: extents.width, height: extents.height)
  }

  /// The box of the label of reference line `index`: at the top of a vertical line, beside
  /// it; at the right end of a horizontal line, above or below it. Nil without a label or
  /// when the line is outside the limits.
  func referenceLabelBox(_ index: Int) -> Rect? {
    let reference = plot.referenceLines[index]
    guard let extents = sizes.referenceLabelExtents[index],
      let (a, b) = referenceSegment(reference)
    else { return nil }
    let gap = 0.5 * sizes.padding
    let isAfter = reference.labelSide == .after
    switch reference.orientation {
    case .vertical:
      let x = isAfter ? a.x + gap : a.x - gap - extents.width
      return Rect(x: x, y: a.y + gap, width: extents.width, height: extents.height)
    case .horizontal:
      let y = isAfter ? a.y - gap - extents.height : a.y + gap
      return Rect(
        x: b.x - gap - extents.width, y: y, width: extents.width, height: extents.height)
    }
  }
}
