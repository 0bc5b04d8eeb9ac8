import Compiler
/// The builtin types, created once per process. Their method tables are filled in by
/// `VM.installTypeMethods()` the first time a VM starts.
public enum BuiltinTypes {
    /// `type` once it exists (classes created before it get their metaclass patched).
    nonisolated(unsafe) public static var typeIfReady: PyClass?

    public static let type: PyClass = {
        let object = PyClass(name: "object", base: nil, isBuiltin: true, metaclass: nil)
        let t = PyClass(name: "type", base: object, isBuiltin: true, metaclass: nil)
        t.cls = t
        object.cls = t
        typeIfReady = t
        objectStorage = object
        return t
    }()
    nonisolated(unsafe) private static var objectStorage: PyClass?
    public static var object: PyClass { _ = type; return objectStorage! }

    static func make(_ name: String, _ base: PyClass? = nil, module: String = "builtins") -> PyClass {
        _ = type
        return PyClass(name: name, base: base ?? object, isBuiltin: true, module: module)
    }

    public static let int = make("int")
    public static let bool = make("bool", int)
    public static let float = make("float")
    public static let complex = make("complex")
    public static let str = make("str")
    public static let bytes = make("bytes")
    public static let tuple = make("tuple")
    public static let list = make("list")
    public static let dict: PyClass = {
        let d = make("dict")
        dictIfReady = d
        return d
    }()
    /// `dict` once it exists: namespaces created while bootstrapping get their type patched later.
    nonisolated(unsafe) static var dictIfReady: PyClass?

    /// Gives every namespace dict created during bootstrap its type.
    static func patchBootstrapDicts() {
        let all: [PyClass] = [type, object, int, bool, float, complex, str, bytes, tuple, list, dict, set,
                              frozenset, range, slice, noneType, notImplementedType, ellipsisType, function,
                              method, builtinFunction, cell, module, property, staticmethod, classmethod,
                              iterator, generator, coroutine, asyncGenerator, traceback, superType, code,
                              dictKeys, dictValues, dictItems, enumerate, zip, map, filter, reversed]
        for c in all where c.dict.cls == nil { c.dict.cls = dict }
    }
    public static let set = make("set")
    public static let frozenset = make("frozenset")
    public static let range = make("range")
    public static let slice = make("slice")
    public static let noneType = make("NoneType")
    public static let notImplementedType = make("NotImplementedType")
    public static let ellipsisType = make("ellipsis")
    public static let function = make("function")
    public static let method = make("method")
    public static let builtinFunction = make("builtin_function_or_method")
    public static let cell = make("cell")
    public static let module = make("module")
    public static let property = make("property")
    public static let staticmethod = make("staticmethod")
    public static let classmethod = make("classmethod")
    public static let iterator = make("iterator")
    public static let generator = make("generator")
    public static let coroutine = make("coroutine")
    public static let asyncGenerator = make("async_generator")
    public static let traceback = make("traceback")
    public static let superType = make("super")
    public static let code = make("code")
    public static let dictKeys = make("dict_keys")
    public static let dictValues = make("dict_values")
    public static let dictItems = make("dict_items")
    public static let enumerate = make("enumerate")
    public static let zip = make("zip")
    public static let map = make("map")
    public static let filter = make("filter")
    public static let reversed = make("reversed")
    // CPython's iterator types, named as `type(iter(x))` prints them (behaviour is
    // `iterator`'s; see TypeMethods.installIteratorTypes).
    public static let listIterator = make("list_iterator")
    public static let listReverseIterator = make("list_reverseiterator")
    public static let tupleIterator = make("tuple_iterator")
    public static let strAsciiIterator = make("str_ascii_iterator")
    public static let strIterator = make("str_iterator")
    public static let rangeIterator = make("range_iterator")
    public static let longRangeIterator = make("longrange_iterator")
    public static let dictKeyIterator = make("dict_keyiterator")
    public static let dictValueIterator = make("dict_valueiterator")
    public static let dictItemIterator = make("dict_itemiterator")
    public static let setIterator = make("set_iterator")
    public static let bytesIterator = make("bytes_iterator")
    public static let callableIterator = make("callable_iterator")
    public static let dictReverseKeyIterator = make("dict_reversekeyiterator")
    public static let dictReverseValueIterator = make("dict_reversevalueiterator")
    public static let dictReverseItemIterator = make("dict_reverseitemiterator")

    public static let notImplemented = PyPlainObject(cls: notImplementedType)
    public static let ellipsis = PyPlainObject(cls: ellipsisType)
}

/// The builtin exception classes (CPython 3.11's hierarchy).
public enum ExceptionTypes {
    static func make(_ name: String, _ base: PyClass, extra: PyClass? = nil) -> PyClass {
        PyClass(name: name, base: base, isBuiltin: true, extraBase: extra)
    }
    public static let baseException = make("BaseException", BuiltinTypes.object)
    public static let baseExceptionGroup = make("BaseExceptionGroup", baseException)
    public static let generatorExit = make("GeneratorExit", baseException)
    public static let keyboardInterrupt = make("KeyboardInterrupt", baseException)
    public static let systemExit = make("SystemExit", baseException)
    public static let exception = make("Exception", baseException)
    public static let exceptionGroup = make("ExceptionGroup", baseExceptionGroup, extra: exception)
    public static let arithmeticError = make("ArithmeticError", exception)
    public static let floatingPointError = make("FloatingPointError", arithmeticError)
    public static let overflowError = make("OverflowError", arithmeticError)
    public static let zeroDivisionError = make("ZeroDivisionError", arithmeticError)
    public static let assertionError = make("AssertionError", exception)
    public static let attributeError = make("AttributeError", exception)
    public static let bufferError = make("BufferError", exception)
    public static let eofError = make("EOFError", exception)
    public static let importError = make("ImportError", exception)
    public static let moduleNotFoundError = make("ModuleNotFoundError", importError)
    public static let lookupError = make("LookupError", exception)
    public static let indexError = make("IndexError", lookupError)
    public static let keyError = make("KeyError", lookupError)
    public static let memoryError = make("MemoryError", exception)
    public static let nameError = make("NameError", exception)
    public static let unboundLocalError = make("UnboundLocalError", nameError)
    public static let osError = make("OSError", exception)
    public static let connectionError = make("ConnectionError", osError)
    public static let brokenPipeError = make("BrokenPipeError", connectionError)
    public static let connectionAbortedError = make("ConnectionAbortedError", connectionError)
    public static let connectionRefusedError = make("ConnectionRefusedError", connectionError)
    public static let connectionResetError = make("ConnectionResetError", connectionError)
    public static let blockingIOError = make("BlockingIOError", osError)
    public static let childProcessError = make("ChildProcessError", osError)
    public static let interruptedError = make("InterruptedError", osError)
    public static let isADirectoryError = make("IsADirectoryError", osError)
    public static let notADirectoryError = make("NotADirectoryError", osError)
    public static let processLookupError = make("ProcessLookupError", osError)
    public static let fileNotFoundError = make("FileNotFoundError", osError)
    public static let fileExistsError = make("FileExistsError", osError)
    public static let permissionError = make("PermissionError", osError)
    public static let timeoutError = make("TimeoutError", osError)
    public static let referenceError = make("ReferenceError", exception)
    public static let runtimeError = make("RuntimeError", exception)
    public static let notImplementedError = make("NotImplementedError", runtimeError)
    public static let recursionError = make("RecursionError", runtimeError)
    public static let stopAsyncIteration = make("StopAsyncIteration", exception)
    public static let stopIteration = make("StopIteration", exception)
    public static let syntaxError = make("SyntaxError", exception)
    public static let indentationError = make("IndentationError", syntaxError)
    public static let tabError = make("TabError", indentationError)
    public static let systemError = make("SystemError", exception)
    public static let typeError = make("TypeError", exception)
    public static let valueError = make("ValueError", exception)
    public static let unicodeError = make("UnicodeError", valueError)
    public static let unicodeDecodeError = make("UnicodeDecodeError", unicodeError)
    public static let unicodeEncodeError = make("UnicodeEncodeError", unicodeError)
    public static let unicodeTranslateError = make("UnicodeTranslateError", unicodeError)
    public static let warning = make("Warning", exception)
    public static let userWarning = make("UserWarning", warning)
    public static let deprecationWarning = make("DeprecationWarning", warning)
    public static let runtimeWarning = make("RuntimeWarning", warning)
    public static let syntaxWarning = make("SyntaxWarning", warning)
    public static let futureWarning = make("FutureWarning", warning)
    public static let pendingDeprecationWarning = make("PendingDeprecationWarning", warning)
    public static let importWarning = make("ImportWarning", warning)
    public static let unicodeWarning = make("UnicodeWarning", warning)
    public static let bytesWarning = make("BytesWarning", warning)
    public static let resourceWarning = make("ResourceWarning", warning)
    public static let encodingWarning = make("EncodingWarning", warning)

    /// Every builtin exception class, for the builtins namespace.
    public static var all: [PyClass] {
        [baseException, baseExceptionGroup, generatorExit, keyboardInterrupt, systemExit, exception,
         exceptionGroup, arithmeticError, floatingPointError, overflowError, zeroDivisionError,
         assertionError, attributeError, bufferError, eofError, importError, moduleNotFoundError,
         lookupError, indexError, keyError, memoryError, nameError, unboundLocalError, osError,
         connectionError, brokenPipeError, connectionAbortedError, connectionRefusedError,
         connectionResetError, fileNotFoundError, fileExistsError, permissionError, timeoutError,
         referenceError, runtimeError, notImplementedError, recursionError, stopAsyncIteration,
         stopIteration, syntaxError, indentationError, tabError, systemError, typeError, valueError,
         unicodeError, unicodeDecodeError, unicodeEncodeError, warning, userWarning,
         deprecationWarning, runtimeWarning,
         blockingIOError, childProcessError, interruptedError, isADirectoryError, notADirectoryError,
         processLookupError, unicodeTranslateError, syntaxWarning, futureWarning,
         pendingDeprecationWarning, importWarning, unicodeWarning, bytesWarning, resourceWarning,
         encodingWarning]
    }
}
