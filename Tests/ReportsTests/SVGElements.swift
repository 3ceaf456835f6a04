import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The SVG's elements in document order, with their attributes and text.
final class SVGElements: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text = ""
    }

    private(set) var list: [Element] = []
    /// Text between elements (line breaks) belongs to none of them.
    private var open: Int?

    init(_ svg: String) throws {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        list.append(Element(name: name, attributes: attributes))
        open = list.count - 1
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open = nil
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let open { list[open].text += string }
    }
}
