import Testing
@testable import Analysis

@Test func probe() { #expect(true) }
