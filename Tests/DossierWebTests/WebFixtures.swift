import DossierCore
import Foundation
@testable import DossierWeb

/// The test pages and feeds of `Fixtures/`, and small helpers to read them.
enum WebFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))) }

    static func read(_ name: String) throws -> WebReading { try WebReader.read(path: path(name)) }

    static func page(_ name: String) throws -> Article { try read(name).articles[0] }

    /// A page's tree after the preparation pass, ready for one pass to be run alone.
    static func tree(html: String) -> NodeTree {
        let tree = LibXML.parseHTML(Array(html.utf8), encoding: "UTF-8")!.tree
        PreparePass.run(tree)
        return tree
    }

    static func elements(_ tree: NodeTree, _ tag: Tag) -> [NodeTree.ID] { tree.descendants(of: tree.root, tagged: [tag]) }

    /// The element whose `id` attribute is `id`.
    static func element(_ tree: NodeTree, id: String) -> NodeTree.ID {
        tree.descendants(of: tree.root).first { tree.isElement($0) && tree.attribute("id", of: $0) == id }!
    }
}

extension Array where Element == Block {
    var texts: [String] { map(\.plainText) }
}
