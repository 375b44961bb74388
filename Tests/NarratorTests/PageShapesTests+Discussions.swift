import Foundation
import Testing
@testable import Narrator

/// Threads and discussions: every message of a thread is read, member cards and comments under an
/// article are not.
extension PageShapesTests {
    @Test func readsEveryPostOfADiscussion() throws {
        let posts = [
            "Has anyone found where the lantern frames end up after the festival each year?",
            "They drift to the weir below the old mill, where the volunteers pull them out by hand.",
            "I helped last year and we filled eleven sacks before lunch on the Sunday morning.",
        ]
        let body = "<main><h1>Where do the lanterns go?</h1><div class=\"thread\">"
            + posts.map { "<div class=\"comment-item\"><a class=\"user\" href=\"/u/reader\">reader</a><div class=\"comment-body\"><p>\($0)</p></div></div>" }.joined()
            + "</div></main>"
        let article = try extract(page(body))
        #expect(article.paragraphs == posts)
    }

    /// A thread whose messages are each an `<article>` (no headline of their own: the author's
    /// name is an `<h4>`) is read whole; other stories listed as `<article>`s with their
    /// headlines are not.
    @Test func readsEveryMessageOfAThreadMarkedUpAsArticles() throws {
        let replies = ["We went last year and the lanterns were launched from the east bank at dusk, well worth it. "
                           + "We stayed at the inn by the lock and walked down after dinner, which was easy enough.",
                       "Bring a coat, the wind off the weir is cold after dark even in the early autumn weeks. "
                           + "A flask of something hot helps too, since the stalls sell out of tea by nine o'clock.",
                       "The ferry runs late on festival night, so there is no need to leave before the last lantern. "
                           + "Buy the return ticket in the afternoon though, the queue at the kiosk gets very long.",
                       "Stand on the old bridge if you can, the view of the whole river from there is the best one. "
                           + "It fills up an hour before the launch, so bring a folding stool and something to read.",
                       "Volunteers always need more hands the morning after, and they give out breakfast to helpers. "
                           + "You wade in the shallows with a net and a sack, and it is strangely good fun for all.",
                       "Our children loved folding their own lanterns at the workshop tent beside the mill, go early. "
                           + "The paper runs out by noon, and the tent closes for the afternoon when it does.",
                       "Parking near the quay is impossible that evening, so we left the car at the station. "
                           + "The shuttle bus from there was free and ran every ten minutes until well past midnight.",
                       "If it rains they still launch, just later, and the reflections on the wet stones are lovely. "
                           + "Check the council's page on the day, they post any change to the times by lunchtime.",
                       "Eat before you go or book a table, every kitchen in the quarter is full from six onwards. "
                           + "The bakery by the mill stays open late and sells hot pies to the crowd on the bank."]
        // The opening post in a card of its own, each reply an <article> around its body.
        let opening = "<div class=\"card\"><div class=\"user\">river_walker</div><div class=\"content\"><article class=\"body\">"
            + (lines + ["Has anyone been this year, and is it worth the trip from the city for one night?"])
                .map { "<p>\($0)</p>" }.joined() + "</article></div></div>"
        let posts = replies.map {
            "<article class=\"post\"><h4 class=\"user\">quay_reader</h4><div class=\"content\"><article class=\"body\"><p>\($0)</p></article></div></article>"
        }.joined()
        let others = (1...3).map { "<article><h2><a href=\"/t/\($0)\">Another thread \($0)</a></h2><p>A question about the quarter's bridges, number \($0), asked at some length.</p></article>" }.joined()
        let body = "<div class=\"page\"><h1>Lantern festival returns</h1><div class=\"thread\">\(opening)<div class=\"replies\">\(posts)</div></div></div><aside>\(others)</aside>"
        let read = text(of: try extract(page(body)))
        for reply in replies { #expect(read.contains(reply)) }
        #expect(read.contains(lines[0]))
        #expect(!read.contains("bridges"))
    }

    /// A recipe whose introduction is the `<article>` holding the headline and whose steps are
    /// an `<article>` of their own beside it, under a heading that names the part
    /// ("Instructions"), is read whole; stories beside an article (an `<article>` with a
    /// headline of its own, or a heading over posts in `<article>`s) are not, however long.
    @Test func anArticlesPartSetInAnArticleOfItsOwnIsRead() throws {
        let steps = ["Fold the paper along the marked lines, pressing each crease flat with the back of a spoon.",
                     "Glue the long edge and hold it for a minute while the glue takes, then stand the lantern up.",
                     "Cut four thin strips of bamboo and bend them gently into hoops that fit inside the paper.",
                     "Tie the hoops to the frame with cotton thread, one at the top and one near the bottom edge.",
                     "Paint a thin coat of rice paste over the seams so that no light leaks out at the joins.",
                     "Leave the lantern on a rack overnight in a dry room, away from any draught or open window.",
                     "Twist a length of soft wire into a cradle small enough to hold a single tea light firmly.",
                     "Hook the cradle to the lowest hoop so that the flame sits in the middle of the lantern.",
                     "Trim any loose paper at the top with sharp scissors, keeping well clear of the wire hook.",
                     "Set the tea light in its cradle and hang the lantern from the hook at the top to dry out."]
        let asides = ["A bone folder works as well, if you have one.", "Wooden pegs hold it if your hands tire.",
                      "Split cane from a garden shop will also do.", "Waxed thread holds knots better than plain.",
                      "Flour and water make a fair paste in a pinch.", "A warm airing cupboard halves the time.",
                      "Florist's wire bends most easily of all.", "Check it twice before the first lighting.",
                      "Keep the offcuts for patching small tears.", "Never leave a lit lantern unattended."]
        let intro = "<section class=\"page-header\"><article class=\"quickview\"><h1>Lantern festival returns</h1>"
            + paragraphs + "<div class=\"stats\"><div>Prep</div><span>20 mins</span></div></article></section>"
        let method = "<section class=\"recipe-detail\"><aside class=\"ingredients\"><h2>You need</h2><ul><li>Paper</li></ul></aside>"
            + "<article class=\"instructions\"><h2>Instructions</h2><ol>"
            + zip(steps, asides).map { "<li><p>\($0) \($1)</p></li>" }.joined()
            + "</ol></article></section>"
        let declared = "<meta property=\"og:type\" content=\"article\">"
        let recipe = text(of: try extract(page("<main>" + intro + method + "</main>", head: declared)))
        #expect(recipe.contains(lines[0]))
        for step in steps { #expect(recipe.contains(step)) }

        let note = "Another maker's note about folding lanterns from old maps, with a long list of the maps that fold best."
        let teasers = (1...2).map { "<article><h2><a href=\"/next/\($0)\">Lantern festival moves to the weir</a></h2><p>\(note)</p><p>\(note)</p></article>" }
        let related = "<article class=\"related\"><h3>You may like...</h3>"
            + (1...4).map { _ in "<article><p>\(note)</p></article>" }.joined() + "</article>"
        let story = "<div class=\"page\"><article><h1>Lantern festival returns</h1>\(paragraphs)</article>"
            + teasers.joined() + related + "</div>"
        let read = text(of: try extract(page(story, head: declared)))
        #expect(read.contains(lines[0]))
        #expect(!read.contains("old maps"))
    }

    @Test func commentsUnderAnArticleStayUnread() throws {
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs + "</article>"
            + "<section class=\"comments\">" + (1...6).map {
                "<div class=\"comment\"><p>Comment \($0): what a lovely evening it was by the water this year.</p></div>"
            }.joined() + "</section>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
    }

    /// A thread's messages: a question and its answers.
    var threadPosts: [String] {
        [
            "\(lines[0]) Where should somebody launching a lantern for the first time stand?",
            "Launch from the east bank: the current carries lanterns away from the moored boats there.",
            "Arrive before eight, because the stewards close the launch steps once the crowd is large.",
            "Bring a lantern with a paper frame only; wire frames are turned away at the gate now.",
        ]
    }

    @Test func readsAThreadWrittenAsLikeBlocks() throws {
        let posts = threadPosts
        let body = "<div class=\"page\"><h1>Best place to launch a lantern?</h1><div class=\"thread\">"
            + posts.enumerated().map { index, post in
                // The opening post is the longest: not a fragment of the page's prose on its own.
                let text = index == 0 ? "<p>\(lines[1])</p><p>\(post)</p>" : "<p>\(post)</p>"
                return "<article class=\"post\"><div class=\"post-meta\"><a href=\"/u\">reader</a></div>"
                    + "<div class=\"post-text\">\(text)</div></article>"
            }.joined()
            + "</div></div>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[1]] + posts)
    }

    /// A forum message's member card (join date, post count) beside each message is not read.
    @Test func aThreadsMemberCardsAreNotRead() throws {
        let posts = threadPosts
        let body = "<div class=\"page\"><h1>Best place to launch a lantern?</h1><div class=\"thread\">"
            + posts.enumerated().map { index, post in
                "<article class=\"post\"><h4><a href=\"/u/\(index)\">Rower\(index)</a></h4><h5>\(index == 0 ? "Original Poster" : "Senior Member")</h5>"
                    + "<div><div>Join Date: Aug 20\(10 + index)</div><div>Posts: \(index + 1),077</div>"
                    + "<div>Reputation: \(index * 40)</div></div><div class=\"post-text\"><p>\(post)</p></div></article>"
            }.joined()
            + "</div></div>"
        let article = try extract(page(body))
        #expect(article.paragraphs == posts)
        // Each post heard under its author's name, not under a rank badge.
        #expect(!article.sections.contains { $0.heading == "Senior Member" || $0.heading == "Original Poster" })
    }

    /// A thread whose longest message is in the middle: the messages before it, made from the
    /// same template, are read too, in the page's order.
    @Test func aThreadIsReadFromItsFirstMessage() throws {
        let replies = ["We went last year and the lanterns were launched from the east bank at dusk, well worth the trip.",
                       "Bring a coat, the wind off the weir is cold after dark even in the early autumn weeks of the year.",
                       "The ferry runs late on festival night, so there is no need to leave before the last lantern goes up.",
                       "Stand on the old bridge if you can, the view of the whole river from there is the best one of all."]
        func message(_ name: String, _ paragraphs: [String]) -> String {
            "<article class=\"message\"><h4 class=\"name\">\(name)</h4><div class=\"content\">"
                + paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></article>"
        }
        let thread = message("river_walker", Array(replies[0...1])) + message("quay", [replies[2]])
            + message("mill", lines) + message("bridge", [replies[3]])
        let body = "<div class=\"page\"><h1>Lantern festival returns</h1><div class=\"thread\">\(thread)</div></div>"
        let read = try extract(page(body)).paragraphs
        #expect(read == Array(replies[0...2]) + lines + [replies[3]])
    }

    /// A forum that puts the opening post in one block and the replies in another, each
    /// message an `<article>` (one reply holding a link's card with a title): the whole thread
    /// is read, not the long opening post alone.
    @Test func aThreadSplitIntoTwoBlocksIsReadWhole() throws {
        let replies = ["We went last year and the lanterns were launched from the east bank at dusk, well worth the trip.",
                       "Bring a coat, the wind off the weir is cold after dark even in the early autumn weeks of the year.",
                       "The ferry runs late on festival night, so there is no need to leave before the last lantern goes up."]
        func message(_ name: String, _ content: String) -> String {
            "<article class=\"message\"><h4 class=\"name\">\(name)</h4><div class=\"content\">\(content)</div></article>"
        }
        let opening = message("river_walker", paragraphs + "<p>Is it worth the trip from the city for one night, do you think?</p>")
        let card = "<div class=\"card\"><h3><a href=\"/guide\">Festival guide</a></h3></div>"
        let answers = message("quay", "<p>\(replies[0])</p>") + message("mill", "<p>\(replies[1])</p>\(card)")
            + message("bridge", "<p>\(replies[2])</p>")
        let body = "<div class=\"page\"><h1>Lantern festival returns</h1><div class=\"messages\"><div class=\"opening\">\(opening)</div>"
            + "<div class=\"replies\">\(answers)</div></div></div>"
        let read = text(of: try extract(page(body)))
        #expect(read.hasPrefix(lines[0]))
        for reply in replies { #expect(read.contains(reply)) }
    }
}
