import Plotting

extension RegressionExerciseExperiment {
  /// One log-scale panel of loss curves per model, the all-equal start and the random
  /// start in their initializers' palette styles.
  func chart(_ models: [Model]) -> Figure {
    let panels = models.map { model -> Plot in
      var plot = Plot(
        title: model.name.prefix(1).uppercased() + model.name.dropFirst(),
        xAxis: Axis(label: "gradient-descent step", scale: .linear),
        yAxis: Axis(label: "training loss", scale: .log10))
      let steps = model.fromEqual.indices.map(Double.init)
      for (start, initializer, losses) in [
        ("all-equal", equal, model.fromEqual), ("random", random, model.fromRandom),
      ] {
        var line = LineSeries(
          label: "\(start) start: " + Markup.escaped(initializer.description), x: steps,
          y: losses, colorKey: initializer.description)
        line.lineWidthInPoints = 2
        plot.lines.append(line)
      }
      return plot
    }
    return Figure(panels: panels, columns: 2, widthInInches: 10, heightInInches: 3.8)
  }
}
