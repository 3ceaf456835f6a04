import Testing
import CallbackModel
import Readout

struct ExactTextTests {
    @Test func durations() {
        #expect(ExactText.duration(days: Rational(30, 900)) == "48 minutes")
        #expect(ExactText.duration(days: 30) == "30 days")
        #expect(ExactText.duration(days: Rational(3, 24)) == "3 hours")
        #expect(ExactText.duration(days: Rational(1, 86400)) == "1 second")
    }

    @Test func money() {
        #expect(ExactText.money(Rational(12_960_000)) == "$12,960,000.00")
        #expect(ExactText.money(Rational(1, 3)) == "$0.33")
    }
}
