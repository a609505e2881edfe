import Testing
@testable import Plotting

@Test func probe() { #expect(true) }
