/// Font sizes and spacing derived from the figure's base font size.
struct Typography {
  var base: Double

  var tick: TextStyle { TextStyle(sizeInPoints: base) }
  var axisLabel: TextStyle { TextStyle(sizeInPoints: base) }
  var panelTitle: TextStyle { TextStyle(sizeInPoints: 1.1 * base, isBold: true) }
  var figureTitle: TextStyle { TextStyle(sizeInPoints: 1.25 * base, isBold: true) }
  var legend: TextStyle { TextStyle(sizeInPoints: 0.9 * base) }
  var note: TextStyle { TextStyle(sizeInPoints: 0.8 * base, color: .darkGray) }
  var padding: Double { 0.6 * base }
  var tickLength: Double { 0.35 * base }
  var tickPadding: Double { 0.3 * base }
}
