import Testing
@testable import NarratorCore

@Suite struct HeadlineTests {
    @Test(arguments: [("https://forums.raspberrypi.com/viewtopic.php?t=1", "raspberrypi"),
                      ("http://www.harbour-gazette.co.uk:8080/a", "harbourgazette"),
                      ("https://courier.example#top", "courier"), ("/relative/path", nil)])
    func theHostNamesTheSite(_ address: String, _ name: String?) {
        #expect(Headline.hostName(address) == name)
    }

    @Test(arguments: [("Bridgestone Tires", "bridgestonetire", true), ("Koia", "drinkkoia", true),
                      ("Raspberry Pi Forums", "raspberrypi", true), ("News", "riversidecourier", false),
                      ("Art", "artlyst", false), ("a night on the river", "riversidecourier", false)])
    func aTailNamesTheHost(_ tail: String, _ host: String, _ names: Bool) {
        #expect(Headline.namesHost(tail, host) == names)
    }
}
