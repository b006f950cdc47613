# The Python harness. It runs inside the sandbox, reads the tests (arguments
# only: expected outputs never enter the sandbox) from stdin, and reports each
# result on fd 3, every line prefixed with a per-run nonce. Everything it
# relies on is bound to locals before the candidate's code loads.
#
# Start-up time is much of a verdict's cost, so the harness imports nothing
# heavy but json: its C decoder reads 200 kB of tests in ~9 ms where eval()
# of the same literal spends ~190 ms compiling it (measured), far above
# the import (which a pre-started sandbox has paid before the submission).
# Results are encoded by hand below.
import os, sys, time, resource, gc
import builtins as _builtins
from json import loads as _loads

_write = os.write
_exit = os._exit

# The recursion limit below is 100000, but recursion through C code (functools.cache,
# lru_cache, __lt__ from heapq or sorted) costs ~440 bytes of C stack a level, so at
# depth ~25,000 the default 8 MB main-thread stack overflowed into a segfault where the
# code is fine. The main thread's stack grows on demand up to the soft RLIMIT_STACK
# read at each fault, so raising it here is enough: nothing is reserved (it costs
# nothing under RLIMIT_AS), only pages a deep recursion touches count as memory, and no
# thread has to carry the tests (the clock and the capture stay as they are). The room to
# grow into is the gap the kernel keeps below the stack, sized at exec for up to 16 GB of
# randomisation on x86-64: all but certainly far above the ~25 MB that 100000 levels
# through cache use (measured).
_stack_soft, _stack_hard = resource.getrlimit(resource.RLIMIT_STACK)
_STACK_WANTED = 1 << 30
if _stack_soft != resource.RLIM_INFINITY and _stack_soft < _STACK_WANTED:
    try:
        resource.setrlimit(resource.RLIMIT_STACK, (_STACK_WANTED if _stack_hard == resource.RLIM_INFINITY else min(_stack_hard, _STACK_WANTED), _stack_hard))
    except (ValueError, OSError):
        pass

# The thread's CPU clock: with RLIMIT_CPU set, the kernel serves the process clock from a
# tick-granular sample (0 or 4 ms for a 1 ms test), which made small tests read as free.
_cpu_time = time.thread_time
_getrusage = resource.getrusage
_RUSAGE_SELF = resource.RUSAGE_SELF
_isinstance = isinstance
_str = str
_repr = repr
_float = float
_list = list
_iter = iter


def _is_other_iterable(value):
    if _isinstance(value, (_str, bytes, dict)) or value is None:
        return False
    try:
        _iter(value)
        return True
    except TypeError:
        return False

# Filled from stdin once the set-up below is done (see "Everything up to here" further down).
_input = None
_nonce = ""
_signature = None
_solution_path = None
_keep = 0
_max = 0

_ESCAPES = {i: "\\u%04x" % i for i in range(32)}
_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def _dumps(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if _isinstance(value, int):
        return _str(int(value))
    if _isinstance(value, float):
        if value != value or value in (_float("inf"), _float("-inf")):
            return '"' + _repr(value) + '"'
        return _repr(value)
    if _isinstance(value, (list, tuple)):
        return "[" + ",".join([_dumps(item) for item in value]) + "]"
    if _isinstance(value, dict):
        return "{" + ",".join(['"' + _str(k).translate(_ESCAPES) + '":' + _dumps(v) for k, v in value.items()]) + "}"
    if not _isinstance(value, str):
        value = _str(value)
    return '"' + value.translate(_ESCAPES) + '"'


def _send(message):
    data = (_nonce + " " + _dumps(message) + "\n").encode("utf-8", "surrogatepass")
    while data:
        try:
            data = data[_write(3, data):]
        except BlockingIOError:
            continue
        except OSError:
            _exit(70)


class _Capture:
    """Stands in for sys.stdout/sys.stderr: keeps the first bytes, counts all."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.text = ""
        self.count = 0
        self.current = -1

    def write(self, chunk):
        text = chunk if isinstance(chunk, str) else str(chunk)
        self.count += len(text)
        if len(self.text) < _keep:
            self.text += text[: _keep - len(self.text)]
        if self.count > _max:
            _send({"t": "done", "i": self.current, "ok": False, "kind": "output",
                   "error": {"name": "OutputLimit", "message": "output limit exceeded", "line": None},
                   "stdout": self.text, "stdoutBytes": self.count, "cpuMs": 0, "memoryKb": 0})
            _exit(0)
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False


_capture = _Capture()
sys.stdout = _capture
sys.stderr = _capture


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


# Types whose JSON value already is the Python value: arrays of them need no per-item call
# (30 tests of 1,000 ints spent ~10 ms in per-item calls, measured).
_PLAIN = frozenset(("int", "long", "bool", "string", "char"))


def _from_json(type_, value):
    if type_.endswith("[]"):
        if value is None:
            return None
        item_type = type_[:-2]
        # json.loads built a fresh list for this test alone, so the candidate may keep or mutate it.
        if item_type in _PLAIN:
            return value
        return [_from_json(item_type, item) for item in value]
    if type_ == "ListNode":
        head = None
        for item in reversed(value):
            head = ListNode(item, head)
        return head
    if type_ == "TreeNode":
        if not value or value[0] is None:
            return None
        root = TreeNode(value[0])
        queue = [root]
        i = 1
        q = 0
        while q < len(queue) and i < len(value):
            node = queue[q]
            q += 1
            if i < len(value) and value[i] is not None:
                node.left = TreeNode(value[i])
                queue.append(node.left)
            i += 1
            if i < len(value) and value[i] is not None:
                node.right = TreeNode(value[i])
                queue.append(node.right)
            i += 1
        return root
    if type_ == "double" and isinstance(value, int):
        return float(value)
    return value


_NODE_CAP = 1000000


def _not_a_node(value, type_, returned):
    """Without this, a list returned for a ListNode read as "'list' object has no attribute 'val'", with no line."""
    name = type(value).__name__
    what = ("an " if name[:1].lower() in "aeiou" else "a ") + name
    where = "the function returned " if returned else "the returned " + type_ + " links to "
    return TypeError(where + what + " where a " + type_ + " (or None) was expected")


def _to_json(type_, value):
    if type_ == "void":
        return None
    if type_.endswith("[]"):
        if not _isinstance(value, (list, tuple)) and _is_other_iterable(value):
            # A range, generator, deque or set returned for a list type counts as the list of its items.
            value = _list(value)
        # _dumps writes lists and tuples of plain values (non-finite floats included) as they are.
        if type_[:-2] in _PLAIN:
            return value
        if isinstance(value, (list, tuple)):
            return [_to_json(type_[:-2], item) for item in value]
        return value
    if type_ == "ListNode":
        out = []
        node = value
        try:
            while node is not None:
                if len(out) >= _NODE_CAP:
                    raise ValueError("the returned list has a cycle")
                out.append(node.val)
                node = node.next
        except AttributeError:
            raise _not_a_node(node, "ListNode", node is value) from None
        return out
    if type_ == "TreeNode":
        out = []
        queue = [value]
        q = 0
        # Real nodes only: a complete tree of n nodes has n + 1 empty slots in the queue.
        nodes = 0
        try:
            while q < len(queue):
                node = queue[q]
                q += 1
                if node is None:
                    out.append(None)
                else:
                    nodes += 1
                    if nodes > _NODE_CAP:
                        raise ValueError("the returned tree has a cycle")
                    out.append(node.val)
                    queue.append(node.left)
                    queue.append(node.right)
        except AttributeError:
            raise _not_a_node(node, "TreeNode", node is value) from None
        while out and out[-1] is None:
            out.pop()
        return out
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return str(value)
    return value


def _error_info(error):
    # Walk the traceback by hand: a RecursionError has ~100000 frames and
    # traceback.extract_tb would spend seconds reading source lines.
    line = None
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == _solution_path:
            line = tb.tb_lineno
        tb = tb.tb_next
    try:
        message = str(error)
    except BaseException:
        message = "(unprintable error)"
    if _isinstance(error, (NameError, ImportError)) and getattr(error, "name", None) in _SORTED_CONTAINERS:
        message += " (sortedcontainers is not installed here: use bisect.insort on a list, or heapq)"
    return {"name": type(error).__name__, "message": message[:10000], "line": line}


# What LeetCode's Python 3 environment makes available without an import: in effect
# `from typing import *`, then the same for collections, heapq, bisect, functools,
# itertools, math, string and operator (a later module's name wins, so collections'
# Counter is the class rather than typing's alias; builtins win over all of them, so
# pow(b, e, m) still works), then the modules themselves (`bisect` and `copy` are the
# modules, as bisect.bisect_left is what solutions call), and deepcopy. Each module's
# names as `import *` gives them in Python 3.11 (__all__, or every public name).
_STAR_IMPORTS = (
    ("typing", "AbstractSet Annotated Any AnyStr AsyncContextManager AsyncGenerator AsyncIterable AsyncIterator Awaitable BinaryIO ByteString Callable ChainMap ClassVar Collection Concatenate Container ContextManager Coroutine Counter DefaultDict Deque Dict Final ForwardRef FrozenSet Generator Generic Hashable IO ItemsView Iterable Iterator KeysView List Literal LiteralString Mapping MappingView Match MutableMapping MutableSequence MutableSet NamedTuple Never NewType NoReturn NotRequired Optional OrderedDict ParamSpec ParamSpecArgs ParamSpecKwargs Pattern Protocol Required Reversible Self Sequence Set Sized SupportsAbs SupportsBytes SupportsComplex SupportsFloat SupportsIndex SupportsInt SupportsRound TYPE_CHECKING Text TextIO Tuple Type TypeAlias TypeGuard TypeVar TypeVarTuple TypedDict Union Unpack ValuesView assert_never assert_type cast clear_overloads dataclass_transform final get_args get_origin get_overloads get_type_hints is_typeddict no_type_check no_type_check_decorator overload reveal_type runtime_checkable"),
    ("collections", "ChainMap Counter OrderedDict UserDict UserList UserString defaultdict deque namedtuple"),
    ("heapq", "heapify heappop heappush heappushpop heapreplace merge nlargest nsmallest"),
    ("bisect", "bisect bisect_left bisect_right insort insort_left insort_right"),
    ("functools", "WRAPPER_ASSIGNMENTS WRAPPER_UPDATES cache cached_property cmp_to_key lru_cache partial partialmethod reduce singledispatch singledispatchmethod total_ordering update_wrapper wraps"),
    ("itertools", "accumulate chain combinations combinations_with_replacement compress count cycle dropwhile filterfalse groupby islice pairwise permutations product repeat starmap takewhile tee zip_longest"),
    ("math", "acos acosh asin asinh atan atan2 atanh cbrt ceil comb copysign cos cosh degrees dist e erf erfc exp exp2 expm1 fabs factorial floor fmod frexp fsum gamma gcd hypot inf isclose isfinite isinf isnan isqrt lcm ldexp lgamma log log10 log1p log2 modf nan nextafter perm pi pow prod radians remainder sin sinh sqrt tan tanh tau trunc ulp"),
    ("string", "Formatter Template ascii_letters ascii_lowercase ascii_uppercase capwords digits hexdigits octdigits printable punctuation whitespace"),
    ("operator", "abs add and_ attrgetter call concat contains countOf delitem eq floordiv ge getitem gt iadd iand iconcat ifloordiv ilshift imatmul imod imul index indexOf inv invert ior ipow irshift is_ is_not isub itemgetter itruediv ixor le length_hint lshift lt matmul methodcaller mod mul ne neg not_ or_ pos pow rshift setitem sub truediv truth xor"),
)
_MODULES = ("collections", "heapq", "math", "bisect", "itertools", "functools", "string", "re", "random", "typing", "operator", "sys", "json", "copy")
# name -> (module, attribute), attribute None for the module itself.
_LEETCODE_NAMES = {}
for _module, _names in _STAR_IMPORTS:
    for _name in _names.split():
        if _name not in _builtins.__dict__:
            _LEETCODE_NAMES[_name] = (_module, _name)
for _module in _MODULES:
    _LEETCODE_NAMES[_module] = (_module, None)
_LEETCODE_NAMES["deepcopy"] = ("copy", "deepcopy")
# Not installed here (LeetCode has it): the NameError or ImportError of a solution using it says so.
_SORTED_CONTAINERS = frozenset(("sortedcontainers", "SortedList", "SortedDict", "SortedSet", "SortedKeyList"))
_CodeType = type(compile("", "", "exec"))


def _names_used(code):
    """Every global name the candidate's code could look up, nested functions and classes included.

    co_names also holds attribute names (node.count makes itertools' count look used) and string
    constants are counted too (eval("deque"), globals()["deque"]): a superset costs an import.
    """
    found = set()
    pending = [code]
    while pending:
        item = pending.pop()
        if _isinstance(item, _CodeType):
            found.update(item.co_names)
            pending.extend(item.co_consts)
        elif _isinstance(item, (tuple, frozenset)):
            pending.extend(item)
        elif _isinstance(item, _str):
            found.add(item)
    return found


def _leetcode_globals(code):
    """The LeetCode names the code uses, imported now; it runs before any test is timed."""
    found = {}
    for name in _names_used(code):
        where = _LEETCODE_NAMES.get(name)
        if where is None:
            continue
        try:
            module = __import__(where[0])
            found[name] = module if where[1] is None else getattr(module, where[1])
        except (ImportError, AttributeError):  # another Python's module may lack a name
            pass
    return found


# Everything up to here runs before the submission exists: a pre-started sandbox has paid for it
# when its stdin arrives. The input comes from the judge (never from the candidate).
# The interpreter's own objects (modules, the names above) never become garbage: frozen out of
# the collections between tests (see below), which then walk only what the submission made.
gc.freeze()
_input = _loads(sys.stdin.buffer.read())
_nonce = _input["nonce"]
_signature = _input["signature"]
_solution_path = _input["solutionPath"]
_keep = _input["keepStdoutBytes"]
_max = _input["maxStdoutBytes"]

# Annotations such as List[int] stay unevaluated strings, as under `from __future__ import annotations`.
_CO_FUTURE_ANNOTATIONS = 0x1000000

try:
    with open(_solution_path, encoding="utf-8") as _file:
        _code = compile(_file.read(), _solution_path, "exec", _CO_FUTURE_ANNOTATIONS, True)
except SyntaxError as error:
    _send({"t": "compile", "error": {"name": "SyntaxError", "message": str(error.msg), "line": error.lineno}})
    _exit(0)
# Both mappings are exact dicts: CPython's cached global and builtin lookups need that, and a
# dict subclass (LeetCode's names loaded through __missing__) made every len() or max() call
# ~2x slower. The builtins are a copy, so a candidate rebinding one cannot reach the harness.
#
# The namespace is a real module's, registered in sys.modules under its name: code that looks its
# own module up there (dataclasses does, to read annotations kept as strings; so do typing's
# get_type_hints and pickle) finds it, as it would in LeetCode's file.
_SOLUTION_MODULE = "__solution__"
_module = type(sys)(_SOLUTION_MODULE)
_namespace = _module.__dict__
_namespace.update(_leetcode_globals(_code))
_namespace.update({"__builtins__": dict(_builtins.__dict__), "ListNode": ListNode, "TreeNode": TreeNode})
sys.modules[_SOLUTION_MODULE] = _module
sys.setrecursionlimit(100000)
try:
    exec(_code, _namespace)
except BaseException as error:  # the candidate's top level may raise anything, SystemExit included
    _send({"t": "load-error", "kind": "memory" if isinstance(error, MemoryError) else "runtime", "error": _error_info(error)})
    _exit(0)


def _resolve_function():
    # LeetCode calls Solution().name: a top-level function of the same name is then a helper.
    name = _signature["name"]
    solution = _namespace.get("Solution")
    if isinstance(solution, type) and callable(getattr(solution, name, None)):
        return getattr(solution(), name)
    fn = _namespace.get(name)
    if callable(fn) and not isinstance(fn, type):
        return fn
    return None


# The clock covers the candidate's call only: converting a 10**6-node tree from JSON is the
# harness's work, and timing it would make every O(log n) solution measure as O(n).
_clock = {"from": 0.0, "ms": None}


def _start_clock():
    _clock["from"] = _cpu_time()
    _clock["ms"] = None


def _stop_clock():
    _clock["ms"] = (_cpu_time() - _clock["from"]) * 1000


def _run_test(args):
    if _signature["style"] == "function":
        fn = _resolve_function()
        if fn is None:
            raise NameError(_signature["name"] + " is not defined: write a function " + _signature["name"] + " or a class Solution with that method")
        params = _signature["params"]
        values = [_from_json(p["type"], args[i]) for i, p in enumerate(params)]
        # The host's tight wall clock for the test covers the call only, as the CPU clock does.
        _send({"t": "call", "i": _i})
        _start_clock()
        try:
            result = fn(*values)
        finally:
            _stop_clock()
            _send({"t": "returned", "i": _i})
        mutated = _signature.get("mutates")
        if mutated:
            index = [p["name"] for p in params].index(mutated)
            return _to_json(params[index]["type"], values[index])
        return _to_json(_signature["returns"], result)
    cls = _namespace.get(_signature["className"])
    if not isinstance(cls, type):
        raise NameError("class " + _signature["className"] + " is not defined")
    names, calls = args[0], args[1]
    methods = {m["name"]: m for m in _signature["methods"]}
    out = []
    instance = None
    for k, name in enumerate(names):
        call_args = calls[k] if k < len(calls) else []
        if k == 0:
            instance = cls(*[_from_json(p["type"], call_args[i]) for i, p in enumerate(_signature["constructorParams"])])
            out.append(None)
            continue
        method = methods.get(name)
        if method is None:
            raise NameError("unknown method " + name)
        result = getattr(instance, name)(*[_from_json(p["type"], call_args[i]) for i, p in enumerate(method["params"])])
        out.append(None if method["returns"] == "void" else _to_json(method["returns"], result))
    return out


# All tests share one process, and CPython's cycle collector runs by object counts, not bytes: a
# call whose garbage is a few cyclic objects holding 40 MB (a list that contains itself, a
# recursive functools.cache closure) leaves them for later tests to pay for, until one is Memory
# Limit Exceeded. So the harness collects before every test, outside its clock and wall deadline
# (the host arms those at "start"). What lives on after a collection (the tests' data, the
# candidate's globals) is frozen, so that the next collection only walks objects made since:
# ~1 µs between small tests instead of ~3 ms for a full walk of the interpreter's own objects.
_collect = gc.collect
_freeze = gc.freeze
_send({"t": "ready"})
for _i, _args in enumerate(_input["tests"]):
    _collect()
    _freeze()
    _capture.reset()
    _capture.current = _i
    _send({"t": "start", "i": _i})
    _start_clock()
    try:
        _message = {"t": "done", "i": _i, "ok": True, "value": _run_test(_args)}
    except MemoryError as error:
        _message = {"t": "done", "i": _i, "ok": False, "kind": "memory", "error": _error_info(error)}
    except BaseException as error:
        _message = {"t": "done", "i": _i, "ok": False, "kind": "runtime", "error": _error_info(error)}
    # A design class (or a test that failed before the call) is timed as a whole.
    if _clock["ms"] is None:
        _stop_clock()
    _message["cpuMs"] = _clock["ms"]
    _message["memoryKb"] = _getrusage(_RUSAGE_SELF).ru_maxrss
    _message["stdout"] = _capture.text
    _message["stdoutBytes"] = _capture.count
    try:
        _send(_message)
    except (TypeError, ValueError, RecursionError) as error:
        _send({"t": "done", "i": _i, "ok": False, "kind": "runtime", "error": {"name": "TypeError", "message": "the result is not serialisable: " + str(error), "line": None},
               "cpuMs": _message["cpuMs"], "memoryKb": _message["memoryKb"], "stdout": _capture.text, "stdoutBytes": _capture.count})
_send({"t": "end"})
_exit(0)
