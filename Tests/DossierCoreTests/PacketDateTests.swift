import DossierCore
import Testing

@Suite("PacketDate")
struct PacketDateTests {
    @Test("parses and prints YYYY-MM-DD", arguments: ["2021-09-26", "2000-02-29", "1970-01-01", "0999-12-31"])
    func roundTrip(text: String) throws {
        #expect(try #require(PacketDate(text)).description == text)
    }

    @Test("rejects what is not a calendar day", arguments: ["2021-9-26", "2021-02-29", "2021-13-01", "26/09/2021", "", "2021-09-26T00:00"])
    func rejects(text: String) {
        #expect(PacketDate(text) == nil)
    }

    @Test("SOURCE_DATE_EPOCH seconds map to their UTC day and back to its midnight")
    func epoch() throws {
        let date = PacketDate(secondsSince1970: 1_632_700_799) // 2021-09-26T23:59:59Z
        #expect(date.description == "2021-09-26")
        #expect(date.secondsSince1970 == 1_632_614_400)
        #expect(PacketDate(secondsSince1970: -1).description == "1969-12-31")
        #expect(date.timestamp == "2021-09-26T00:00:00Z")
    }
}
