/// Text inside SVG elements and attributes: the explorer's screen export and the reports'
/// charts both carry user-visible strings ("stable → canary", "$9,000.00") into XML.
public enum XMLText {
    public static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}
