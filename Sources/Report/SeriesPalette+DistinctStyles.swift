import Plotting

// The report palette gives every initializer name a fixed slot, but it
// has more names than colours: names whose slots differ by a multiple of
// seven share colour and marker and differ only in dash. A figure that
// shows two such names together would be unreadable, so within a figure
// the later of two clashing series moves to a colour no other series of
// that figure uses.

extension SeriesPalette {
  /// A colour and marker for each of `keys` (one figure's series, in
  /// drawing order): the palette's own where no earlier key of the figure
  /// has the same colour, else the first unused Okabe–Ito colour with its
  /// marker, keeping black last because theory lines are dark grey.
  func distinctStyles(for keys: [String]) -> [String: (color: Color, marker: MarkerShape)] {
    let colours = Self.okabeIto
    let markers = MarkerShape.allCases.filter { $0 != .none }
    let slotCount = min(colours.count, markers.count)
    var used: Set<Int> = []
    var styles: [String: (color: Color, marker: MarkerShape)] = [:]
    for key in keys where styles[key] == nil {
      var slot = styleIndex(for: key) % slotCount
      if used.contains(slot), let free = (0..<slotCount).first(where: { !used.contains($0) }) {
        slot = free
      }
      used.insert(slot)
      styles[key] = (colours[slot % colours.count], markers[slot % markers.count])
    }
    return styles
  }
}

extension Figure {
  /// Uses the report's palette and gives series whose palette colours
  /// clash within this figure distinct explicit colours and markers;
  /// series that already have an explicit colour are left alone.
  mutating func usePalette(_ palette: SeriesPalette) {
    self.palette = palette
    let keys = panels.flatMap { panel in
      panel.lines.filter { $0.color == nil }.map { $0.colorKey ?? $0.label ?? "" }
    }
    let styles = palette.distinctStyles(for: keys)
    for index in panels.indices {
      panels[index].lines = panels[index].lines.map { line in
        guard line.color == nil, let style = styles[line.colorKey ?? line.label ?? ""] else {
          return line
        }
        var copy = line
        copy.color = style.color
        copy.marker = style.marker
        return copy
      }
    }
  }
}
