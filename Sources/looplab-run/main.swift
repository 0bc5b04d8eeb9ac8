// A tiny runner for tests and the conformance corpus until the real CLI wires `runProgram`:
//     looplab-run run FILE.py [--plain]
import VM
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

var args = Array(CommandLine.arguments.dropFirst())
if args.first == "run" { args.removeFirst() }
args.removeAll { $0 == "--plain" }
guard let path = args.first else {
    fputs("usage: looplab-run run FILE.py [--plain]\n", stderr)
    exit(2)
}
exit(runProgram(path: path))
