#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Runs `body` on a thread with a large stack and waits for it.
///
/// Why: the parser, compiler and VM recurse in Swift on program-controlled depth in a few places
/// (deep expressions, nested native→Python calls up to the recursion limit, ARC releasing a
/// deeply nested list). Those depths are bounded by Python's own limits, but a debug build's
/// frames are big; a 1 GiB stack (only touched pages are committed) keeps every bounded case far
/// from overflowing. The engine and shell should run the VM through this too.
public func runWithLargeStack<T>(size: Int = 1 << 30, _ body: @escaping () -> T) -> T {
    var result: T?
    let box = LargeStackBox()
    box.body = { result = body() }
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    pthread_attr_setstacksize(&attr, size)
    let unmanaged = Unmanaged.passRetained(box)
    var thread = pthread_t()
    let rc = pthread_create(&thread, &attr, { arg in
        let b = Unmanaged<LargeStackBox>.fromOpaque(arg!).takeRetainedValue()
        b.body?()
        b.body = nil
        return nil
    }, unmanaged.toOpaque())
    pthread_attr_destroy(&attr)
    if rc != 0 {
        // Could not create the thread: run here (smaller stack, still correct for normal programs).
        unmanaged.release()
        return body()
    }
    pthread_join(thread, nil)
    return result!
}

final class LargeStackBox {
    var body: (() -> Void)?
    init() {}
}
