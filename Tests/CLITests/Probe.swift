import Testing
@testable import CLI

@Test func probe() { #expect(true) }
