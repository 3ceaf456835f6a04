import Foundation
import RouletteDialect
import Testing

/// Issue 16 item 5: lists that share structure are small in memory and huge when walked.
struct SharedStructureTests {
    static let grow = """
        (define (grow l n) (if (= n 0) l (grow (list l l) (- n 1))))
        (define a (grow '(1) 40))
        """

    // Catches `equal?` walking all 2^40 elements of two separately built lists (it never ended).
    @Test func equalComparesEachSharedPairOnce() throws {
        let start = Date()
        #expect(try lines(Self.grow + "\n(equal? a (grow '(1) 40))\n(equal? a (grow '(2) 40))") == ["#t", "#f"])
        #expect(Date().timeIntervalSince(start) < 5)
    }

    // Catches printing building the whole text (it ran past 60 s at 830 MB).
    @Test func printingStopsAtTheLimit() {
        #expect(failure(Self.grow + "\na")?.contains("value too large to print") == true)
    }
}
