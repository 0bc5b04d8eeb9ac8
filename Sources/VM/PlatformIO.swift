import Compiler
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The few libc calls the VM makes (kept in one place).
enum PlatformIO {
    static func write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, p, n)
        #else
        return Darwin.write(fd, p, n)
        #endif
    }
}
