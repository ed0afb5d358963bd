import DSRModel
import XCTest

/// The model's own parsing: calendar days, instants, money and the settings file.
final class ModelTests: XCTestCase {
    func testCalendarDaysRejectImpossibleDatesAndCountAcrossLeapYears() {
        XCTAssertNil(CalendarDay(iso: "2026-02-31"))
        XCTAssertNil(CalendarDay(year: 2026, month: 13, day: 1))
        XCTAssertNotNil(CalendarDay(iso: "2028-02-29"))
        let day = CalendarDay(iso: "2026-12-04")!
        XCTAssertEqual(CalendarDay(daysSinceEpoch: day.daysSinceEpoch), day)
        XCTAssertEqual(day.startUTC, 1_796_342_400)
        XCTAssertEqual(CalendarDay(iso: "2028-02-28")!.adding(days: 2).description, "2028-03-01")
        XCTAssertEqual(CalendarDay(utc: day.endUTC), day)
    }

    func testInstantsInEveryAsOfForm() {
        XCTAssertEqual(UTCTime.parseInstant("2026-12-04T12:00:00Z"), 1_796_385_600)
        XCTAssertEqual(UTCTime.parseInstant("2026-12-04T20:00:00+08:00"), 1_796_385_600)
        XCTAssertEqual(UTCTime.parseInstant("2026-12-04"), 1_796_342_400)
        XCTAssertNil(UTCTime.parseInstant("04/12/2026"))
        XCTAssertEqual(UTCTime.iso8601(1_796_385_600), "2026-12-04T12:00:00Z")
        XCTAssertEqual(UTCTime.compactStamp(1_796_385_600), "20261204-120000")
    }

    func testMoneyKeepsMinorUnitsPerCurrency() {
        XCTAssertEqual(Money(decimal: "27.66", currency: "USD")?.minorUnits, 2766)
        XCTAssertEqual(Money(decimal: "1500", currency: "JPY")?.minorUnits, 1500)
        XCTAssertNil(Money(decimal: "12.3.4", currency: "USD"))
        XCTAssertEqual(Money(minorUnits: 2766, currency: "USD").decimalString, "27.66")
    }

    func testConfigErrorsNameTheFileAndLine() {
        XCTAssertThrowsError(try ConfigFile.parse("dispatch_sla_hours = 48\n[nowhere]\nx = 1\n", path: "c.toml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("c.toml:2: error:"), "\(error)")
        }
        let config = try? ConfigFile.parse("# settings\n[targets]\nlate_dispatch_rate = 0.05\n", path: "c.toml")
        XCTAssertEqual(config?.entries.first?.section, "targets")
        XCTAssertEqual(config?.entries.first?.line, 3)
        XCTAssertEqual(config?.entries.first?.value, .number(0.05))
    }
}
