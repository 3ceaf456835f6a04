/// Why a file was not written. Each reads as the end of one line naming the path:
/// "--output out/ ends in '/': give a file name".
public enum FileRefusal: Error, Equatable, Sendable {
    case emptyName
    case trailingSlash
    case directory
    /// Never followed: a link planted where the file goes could point anywhere.
    case symbolicLink
    case danglingSymbolicLink
    /// A FIFO (writing would block until a reader comes), a device or a socket.
    case notRegularFile(kind: String)
    /// Only when not replacing; the caller says what to do (add --force, try another name).
    case exists
    case missingDirectory(String)
    /// open or write failed; errno.
    case cannotWrite(Int32)

    public var reason: String {
        switch self {
        case .emptyName: "is empty: give a file name"
        case .trailingSlash: "ends in '/': give a file name, not a directory"
        case .directory: "is a directory: give a file name"
        case .symbolicLink: "is a symbolic link: give the real path (links are not followed)"
        case .danglingSymbolicLink: "is a symbolic link to nothing: give a real path (links are not followed)"
        case .notRegularFile(let kind): "is \(kind), not a regular file"
        case .exists: "exists"
        case .missingDirectory(let dir): "cannot be created: directory \(dir) does not exist"
        case .cannotWrite(let code): "cannot be written: \(Descriptor.reason(code))"
        }
    }
}
