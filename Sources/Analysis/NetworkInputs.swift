/// Where the network's inputs H₀ come from.
public enum InputDistribution: Hashable, Sendable {
  /// Every entry N(0, 1), drawn from the run's data stream.
  case standardNormal
  /// Every entry equals the value (for closed-form tests such as hˡ = wˡ).
  case constant(Double)
}

/// Where the backward pass starts.
public enum OutputGradient: Hashable, Sendable {
  /// dL/dH_L has independent N(0, 1) entries (the loss is the linear form L = ⟨G, H_L⟩).
  case standardNormal
  /// dL/dH_L = value everywhere.
  case constant(Double)
  /// Squared error against N(0, 1) targets Y: `L = ‖H_L − Y‖² / (2B)`,
  /// `dL/dH_L = (H_L − Y) / B`.
  case squaredError
}
