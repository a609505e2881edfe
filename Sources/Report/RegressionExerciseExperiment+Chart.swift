import Plotting

extension RegressionExerciseExperiment {
  /// One panel of loss curves per model, the all-equal start and the random start in
  /// their initializers' palette styles. Linear regression falls over decades to its noise
  /// floor and gets a log axis; cross-entropy stays within a factor of a few and gets a
  /// linear one.
  func chart(_ models: [Model]) -> Figure {
    let panels = models.map { model -> Plot in
      let top = (model.fromEqual + model.fromRandom).max() ?? 1
      var plot = Plot(
        title: model.name.prefix(1).uppercased() + model.name.dropFirst(),
        xAxis: Axis(label: "gradient-descent step", scale: .linear),
        yAxis: Axis(
          label: model.lossLabel, scale: model.usesLogAxis ? .log10 : .linear,
          limits: model.usesLogAxis ? nil : 0...(1.15 * top)))
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
      if let note = model.equalStartNote, let start = model.fromEqual.first {
        // Right of the first step and a little below the start, clear of both curves.
        plot.annotations.append(Annotation(
          note, pointingAt: (0, start), textAt: (0.35 * Double(self.steps), 0.8 * top)))
      }
      return plot
    }
    return Figure(panels: panels, columns: 2, widthInInches: 10, heightInInches: 3.8)
  }
}
