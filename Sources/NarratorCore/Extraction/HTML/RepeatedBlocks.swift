/// Finds the rest of a body written as a run of like blocks.
///
/// A forum thread is a run of posts and a Q&A page a question and its answers: the body
/// locator finds one of them. The others are siblings of an ancestor close above it, made from
/// the same template: the same tag and the same class attribute, each holding prose.
struct RepeatedBlocks {
    let filter: BoilerplateHints
    /// How far above the container a run of like blocks is looked for.
    static let levels = 6

    private var tree: PageTree { filter.tree }

    /// The blocks to read, in document order: the container alone, or the container with the
    /// run of like blocks an ancestor close above it belongs to (the run's blocks before and
    /// after that ancestor: a thread's earlier posts too). A block holding the
    /// page's headline is an article of its own (pages that load the next story below): its
    /// like siblings are other articles, not more of this one.
    func blocks(around container: PageTree.Index, body: PageTree.Index, headline: PageTree.Index?) -> [PageTree.Index] {
        var node = container
        for _ in 0...Self.levels {
            guard node != body, let parent = tree.parent(node), parent != body else { break }
            if let headline, node <= headline, headline < tree.end(node) { break }
            if let classes = tree.attributeBytes(node, .class), !classes.isEmpty {
                let tag = tree.tag(node)
                let like = tree.children(parent).filter { sibling in
                    sibling != node && tree.tag(sibling) == tag
                        && tree.attributeBytes(sibling, .class).map { $0.elementsEqual(classes) } == true
                        && filter.measures.paragraphCharacters[sibling] >= 40 && !filter.isBoilerplate(sibling)
                }
                // A run is the body when the like blocks together hold as much prose as the
                // one found; a single trailing block of the same template is an appendix (a
                // press release's "about the company").
                let likeProse = like.reduce(0) { $0 + Int(filter.measures.paragraphCharacters[$1]) }
                if !like.isEmpty, likeProse >= Int(filter.measures.paragraphCharacters[node]) {
                    return like.filter { $0 < node } + [container] + like.filter { $0 > node }
                }
            }
            node = parent
        }
        return [container]
    }
}
