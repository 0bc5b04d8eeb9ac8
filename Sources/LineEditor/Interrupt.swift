import Glibc
import Synchronization

/// Set by the SIGINT handler; polled by the shell and by long-running work.
private let sigintFlag = Atomic<Bool>(false)

/// Ctrl-C handling shared by the prompt and running programs.
///
/// The handler only stores a flag (nothing else is async-signal-safe).
/// `sigaction` with `sa_flags = 0` (no SA_RESTART) makes a blocked `read`
/// inside libedit return EINTR, so Ctrl-C at the prompt is seen at once;
/// glibc's `signal()` would restart the read and the line would run anyway.
public enum Interrupt {
    public static func install() {
        _ = sigintFlag.load(ordering: .relaxed)  // run the lazy global init outside the handler
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in sigintFlag.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// True once per Ctrl-C: reading clears the flag.
    public static func take() -> Bool {
        sigintFlag.exchange(false, ordering: .relaxed)
    }

    /// True if Ctrl-C was pressed, without clearing the flag.
    public static var isPending: Bool { sigintFlag.load(ordering: .relaxed) }

    /// Forgets an earlier Ctrl-C (called before each prompt).
    public static func clear() { sigintFlag.store(false, ordering: .relaxed) }
}
