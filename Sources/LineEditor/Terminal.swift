import Glibc

/// Facts about the terminal the shell runs in.
public enum Terminal {
    /// Selects the user's locale so libedit accepts UTF-8 input; a C program
    /// starts in the "C" locale, where libedit silently drops non-ASCII bytes.
    /// Falls back to C.UTF-8 (built into glibc) when the locale is not UTF-8.
    public static func setUpLocale() {
        setlocale(LC_ALL, "")
        if !isUTF8Locale {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    public static var isUTF8Locale: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// True when both ends are terminals: then the shell edits lines and
    /// shows prompts; otherwise it reads plain lines and prints no escapes.
    public static var isInteractive: Bool { isatty(0) != 0 && isatty(1) != 0 }

    public static var stdoutIsTerminal: Bool { isatty(1) != 0 }

    /// Colour only on a terminal, never with a non-empty NO_COLOR, never on TERM=dumb.
    public static func colourEnabled(environment: [String: String]) -> Bool {
        guard stdoutIsTerminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// The terminal's width in columns (80 when unknown or not a terminal).
    public static func width() -> Int {
        var size = winsize()
        if isatty(1) != 0, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 {
            return columns
        }
        return 80
    }
}
