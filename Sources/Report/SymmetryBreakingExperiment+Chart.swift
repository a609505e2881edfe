import Analysis
import Plotting

extension SymmetryBreakingExperiment {
  /// One panel per initializer with each hidden unit's weight from input 1 over the steps,
  /// then one panel with the number of distinct hidden units per step.
  static func chart(_ runs: [Run]) -> Figure {
    var panels = runs.map(unitPanel)
    var distinct = Plot(
      title: "Distinct hidden units",
      xAxis: Axis(label: "SGD step", scale: .linear),
      yAxis: Axis(label: "distinct units", scale: .linear, limits: 0...6))
    for run in runs {
      let key = run.initializer.description
      distinct.lines.append(LineSeries(
        label: Markup.escaped(key), x: run.steps.map { Double($0.step) },
        y: run.steps.map { Double($0.distinctUnitCount) }, colorKey: key))
    }
    panels.append(distinct)
    return Figure(
      panels: panels, columns: panels.count, widthInInches: 11, heightInInches: 3.8)
  }

  /// Each hidden unit's incoming weight from input 1, W1[1, j], per step. Units are
  /// interchangeable, so the panel has no legend: what matters is how many curves differ.
  private static func unitPanel(_ run: Run) -> Plot {
    var plot = Plot(
      title: Markup.escaped(run.initializer.description),
      xAxis: Axis(label: "SGD step", scale: .linear),
      yAxis: Axis(label: "weight from input 1 to unit j", scale: .linear))
    let steps = run.steps.map { Double($0.step) }
    let unitCount = run.steps[0].hiddenWeights.count
    for j in 0..<unitCount {
      plot.lines.append(LineSeries(
        label: "unit \(j + 1)", x: steps, y: run.steps.map { $0.hiddenWeights[j][0] },
        colorKey: "unit \(j + 1)"))
    }
    plot.legend = .hidden
    let last = run.steps[run.steps.count - 1]
    guard last.distinctUnitCount == 1 else { return plot }
    // The five curves are drawn on top of each other; say so where the reader looks.
    let y = last.hiddenWeights[0][0]
    let x = steps[steps.count - 1]
    plot.annotations.append(Annotation(
      "all \(unitCount) units coincide", pointingAt: (0.75 * x, y),
      textAt: (0.5 * x, y), hasArrow: false))
    return plot
  }
}
