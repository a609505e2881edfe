import Testing
@testable import Analysis

@Suite("Parsing initializers and activations")
struct ParsingTests {
  @Test("Every initializer's description parses back to itself", arguments:
    WeightInitializer.allCases + [
      try! WeightInitializer(parsing: "constant:value=-0.25"),
      try! WeightInitializer(parsing: "xavier:rnd=gaussian,factor=out,magnitude=2.5"),
      try! WeightInitializer(parsing: "kaiming-uniform:mode=fan_out,nonlinearity=tanh,a=0.1"),
      try! WeightInitializer(parsing: "variance-scaling:scale=0.3,distribution=uniform"),
      try! WeightInitializer(parsing: "normal:sigma=1e-7"),
    ])
  func initializerRoundTrip(_ initializer: WeightInitializer) throws {
    #expect(try WeightInitializer(parsing: initializer.description) == initializer)
  }

  @Test("Default parameters are dropped from the canonical name")
  func canonicalName() throws {
    #expect(try WeightInitializer(parsing: "Normal:SIGMA=0.01").description == "normal")
    #expect(try WeightInitializer(parsing: "normal:sigma=0.5").description == "normal:sigma=0.5")
    #expect(try WeightInitializer(parsing: " xavier : magnitude = 2 ").description
      == "xavier:magnitude=2")
  }

  @Test("Every activation's description parses back to itself", arguments:
    Activation.allCases + [Activation(.leakyReLU, slope: 0.2)])
  func activationRoundTrip(_ activation: Activation) throws {
    #expect(try Activation(parsing: activation.description) == activation)
  }

  @Test("Unknown names list the accepted names and suggest the closest", arguments: [
    ("kaiming", "kaiming-uniform"), ("xavier-unifrom", "xavier-uniform"),
    ("orthogonl", "orthogonal"), ("lecun_normal", "lecun-normal"),
  ])
  func unknownInitializer(_ pair: (String, String)) {
    let (name, suggestion) = pair
    do {
      _ = try WeightInitializer(parsing: name)
      Issue.record("'\(name)' parsed")
    } catch let error as AnalysisError {
      let message = error.description
      #expect(message.hasPrefix("unknown initializer '\(name)'; expected one of: zeros, ones"))
      #expect(message.hasSuffix("(did you mean '\(suggestion)'?)"))
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test("An unknown activation suggests the closest name")
  func unknownActivation() {
    #expect(throws: AnalysisError.unknownName(
      category: "activation", name: "rleu", accepted: Activation.names, closeMatch: "relu")
    ) { try Activation(parsing: "rleu") }
    #expect(throws: AnalysisError.unknownName(
      category: "activation", name: "sigmod", accepted: Activation.names,
      closeMatch: "sigmoid")
    ) { try Activation(parsing: "sigmod") }
    // softmax is 4 edits from softplus, beyond the limit max(2, 7 / 3): no suggestion.
    #expect(throws: AnalysisError.unknownName(
      category: "activation", name: "softmax", accepted: Activation.names, closeMatch: nil)
    ) { try Activation(parsing: "softmax") }
  }

  @Test("Bad parameters name the key, the value and what is accepted")
  func badParameters() {
    #expect(throws: AnalysisError.unknownParameter(
      item: "normal", key: "sigm", accepted: ["sigma"], closeMatch: "sigma")
    ) { try WeightInitializer(parsing: "normal:sigm=1") }
    #expect(throws: AnalysisError.invalidParameter(
      item: "normal", key: "sigma", value: "-1.0", expected: "a positive number")
    ) { try WeightInitializer(parsing: "normal:sigma=-1") }
    #expect(throws: AnalysisError.invalidParameter(
      item: "xavier", key: "rnd", value: "gauss", expected: "one of: uniform, gaussian")
    ) { try WeightInitializer(parsing: "xavier:rnd=gauss") }
    #expect(throws: AnalysisError.malformedSpecification("normal:sigma")) {
      try WeightInitializer(parsing: "normal:sigma")
    }
    let message = AnalysisError.invalidParameter(
      item: "normal", key: "sigma", value: "abc", expected: "a positive number").description
    #expect(message == "invalid value 'abc' for parameter 'sigma' of 'normal'; "
      + "expected a positive number")
  }

  @Test("Edit distance counts insertions, deletions and substitutions")
  func editDistance() {
    // kitten → sitting: substitute k/s, e/i, insert g = 3 (Levenshtein's classic example).
    #expect(EditDistance.distance("kitten", "sitting") == 3)
    #expect(EditDistance.distance("", "abc") == 3)
    #expect(EditDistance.distance("relu", "RELU") == 0)
    #expect(EditDistance.closestMatch(to: "zzzzzz", in: Activation.names) == nil)
  }
}
