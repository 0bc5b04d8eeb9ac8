import Glibc

/// How output may look on the current terminal: colour or not, Unicode
/// box-drawing or the ASCII fallback (DESIGN §5), and the width to fit.
public struct TerminalStyle: Sendable {
    public var colour: Bool
    public var unicode: Bool
    public var width: Int

    public init(colour: Bool, unicode: Bool, width: Int) {
        self.colour = colour
        self.unicode = unicode
        self.width = max(20, width)
    }

    /// Plain text, 80 columns: what tests and pipes get.
    public static let plain = TerminalStyle(colour: false, unicode: true, width: 80)

    public func bold(_ text: String) -> String { sgr("1", text) }
    public func dim(_ text: String) -> String { sgr("2", text) }
    public func accent(_ text: String) -> String { sgr("36", text) }
    public func heading(_ text: String) -> String { sgr("1;33", text) }
    public func error(_ text: String) -> String { sgr("31", text) }

    /// A horizontal rule character: `─`, or `-` in the ASCII fallback.
    public var ruleCharacter: String { unicode ? "─" : "-" }
    /// A vertical bar: `│`, or `|` in the ASCII fallback.
    public var barCharacter: String { unicode ? "│" : "|" }
    public var bulletCharacter: String { unicode ? "•" : "*" }

    private func sgr(_ code: String, _ text: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Columns a string occupies on a terminal: wide East Asian characters and
/// emoji take two, combining marks and format characters none.
///
/// Written by hand because Swift's Glibc module does not expose `wcwidth`;
/// the wide ranges are Unicode's East Asian Wide/Fullwidth blocks.
public func displayWidth(_ text: String) -> Int {
    var width = 0
    for scalar in text.unicodeScalars {
        width += columns(of: scalar)
    }
    return width
}

private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F3,
    0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x26AA...0x26AB,
    0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
    0x26F2...0x26F5, 0x26FA...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0,
    0x23F0...0x23F0, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
    0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
    0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
]

private func columns(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value >= 0x20 ? 1 : 0 }
    if value < 0xA0 { return 0 }
    if value < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
    return wideRanges.contains { $0.contains(value) } ? 2 : 1
}
