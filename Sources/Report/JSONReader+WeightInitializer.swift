import Analysis

extension JSONReader {
  /// An initializer in its text form, e.g. `"normal:sigma=0.5"`, parsed by Analysis.
  ///
  /// - Throws: the Analysis parser's message (unknown name with its closest match, unknown
  ///   parameter, bad value) at this JSON path.
  func weightInitializer() throws -> WeightInitializer {
    let text = try string()
    do {
      return try WeightInitializer(parsing: text)
    } catch let error as AnalysisError {
      throw self.error(error.description)
    }
  }
}
