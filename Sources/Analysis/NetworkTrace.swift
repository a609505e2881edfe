/// The raw tensors of one run, row-major, for gradient checks.
package struct NetworkTrace {
  /// H₀ (batch × widths[0]).
  package var input: [Double] = []
  /// dL/dH_L (batch × widths[depth]).
  package var outputGradient: [Double] = []
  /// dL/dW_l for l = 1 … depth, each widths[l−1] × widths[l].
  package var weightGradients: [[Double]] = []
  /// dL/dH₀ (batch × widths[0]).
  package var inputGradient: [Double] = []
}
