import Testing
@testable import CLI

@Suite("Argument parser")
struct ArgumentParserTests {
  private let spec = CommandSpec(
    name: "demo", usage: "demo", summary: "Demo.",
    options: [
      OptionSpec("out", valueName: "DIR", help: "Output."),
      OptionSpec("init", valueName: "NAME", help: "Initializer."),
      OptionSpec("quiet", help: "Quiet."),
    ],
    maximumPositionals: 1)

  @Test("Values come as '--name value' or '--name=value' and accumulate")
  func values() throws {
    let parsed = try spec.parse(["--out", "x", "--init=a,b", "--init", "c", "--quiet", "pos"])
    #expect(parsed.value("out") == "x")
    #expect(parsed.list("init") == ["a", "b", "c"])
    #expect(parsed.isSet("quiet"))
    #expect(parsed.positionals == ["pos"])
  }

  @Test(
    "Bad arguments are named in the error",
    arguments: [
      (["--outt", "x"], "unknown option '--outt' for 'initlab demo' (did you mean '--out'?); "
        + "run 'initlab demo --help' for the accepted options"),
      (["--frobnicate"], "unknown option '--frobnicate' for 'initlab demo'; "
        + "run 'initlab demo --help' for the accepted options"),
      (["-x"], "unknown option '-x' for 'initlab demo'; "
        + "run 'initlab demo --help' for the accepted options"),
      (["--out"], "option '--out' needs a value, e.g. '--out VALUE'"),
      (["--quiet=yes"], "option '--quiet' takes no value, but got 'yes'"),
      (["a", "b"], "unexpected argument 'b' for 'initlab demo'; "
        + "run 'initlab demo --help' for usage"),
    ] as [([String], String)])
  func errors(arguments: [String], message: String) {
    #expect {
      try spec.parse(arguments)
    } throws: { error in
      (error as? CommandLineError)?.description == message
    }
  }
}
