import Glibc
import Shell

// Kept thin on purpose: all logic lives in libraries that tests can import.
exit(LooplabCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
