// The C++ harness prelude: what LeetCode's C++ environment provides (the
// standard library, `using namespace std`, ListNode, TreeNode), a small JSON
// reader/writer, and the private fd-3 channel. The generated main() follows
// the candidate's code in the same translation unit.
#include <bits/stdc++.h>
#include <cxxabi.h>
#include <execinfo.h>
#include <link.h>
#include <signal.h>
#include <sys/resource.h>
#include <ucontext.h>
#include <unistd.h>
using namespace std;

struct ListNode {
  int val;
  ListNode *next;
  ListNode() : val(0), next(nullptr) {}
  ListNode(int x) : val(x), next(nullptr) {}
  ListNode(int x, ListNode *next) : val(x), next(next) {}
};

struct TreeNode {
  int val;
  TreeNode *left;
  TreeNode *right;
  TreeNode() : val(0), left(nullptr), right(nullptr) {}
  TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
  TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};

namespace onsite {

/**
 * A cursor over the harness's input, JSON the judge wrote: values are read straight into
 * their C++ types, with no tree in between (a tree of 10⁵ numbers costs more than the
 * candidate's O(n) call). The input is trusted; a malformed one throws.
 */
struct Reader {
  const char *p = nullptr, *end = nullptr;
  [[noreturn]] static void malformed() { throw runtime_error("the judge's input is malformed"); }
  void ws() { while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) p++; }
  char peek() { ws(); return p < end ? *p : '\0'; }
  void expect(char c) { if (peek() != c) malformed(); p++; }
  /** Steps into an array; a missing one (a design call without its argument list) reads as empty. */
  void enter() { if (peek() == '[') p++; else p = end; }
  /** Before an array's next item: false at its end (the closing bracket is consumed). */
  bool next() {
    char c = peek();
    if (c == ',') { p++; c = peek(); }
    if (c == ']' || c == '}') { p++; return false; }
    return p < end;
  }
  bool null() { if (peek() == 'n') { p += 4; return true; } return false; }
  long long integer() {
    // A number given as a string ("5") reads as that number, as it did through a JSON tree.
    if (peek() == '"') { string t = text(); return stoll(t); }
    if (p >= end) malformed();
    char *after = nullptr;
    long long v = strtoll(p, &after, 10);
    if (after == p) malformed();
    p = after;
    // A fraction or exponent (1e+21 for a long past JSON's exact range) is cut, as stoll cuts it.
    while (p < end && (isdigit((unsigned char)*p) || *p == '.' || *p == 'e' || *p == 'E' || *p == '+' || *p == '-')) p++;
    return v;
  }
  double real() {
    // Also "NaN", "Infinity" and "-Infinity", which JSON can only carry as strings.
    if (peek() == '"') { string t = text(); return stod(t); }
    if (p >= end) malformed();
    char *after = nullptr;
    double v = strtod(p, &after);
    if (after == p) malformed();
    p = after;
    return v;
  }
  bool boolean() {
    char c = peek();
    p += c == 't' ? 4 : c == 'f' ? 5 : 4;  // null reads as false
    return c == 't';
  }
  static void utf8(string &out, unsigned code) {
    if (code < 0x80) out += (char)code;
    else if (code < 0x800) { out += (char)(0xC0 | (code >> 6)); out += (char)(0x80 | (code & 0x3F)); }
    else if (code < 0x10000) { out += (char)(0xE0 | (code >> 12)); out += (char)(0x80 | ((code >> 6) & 0x3F)); out += (char)(0x80 | (code & 0x3F)); }
    else { out += (char)(0xF0 | (code >> 18)); out += (char)(0x80 | ((code >> 12) & 0x3F)); out += (char)(0x80 | ((code >> 6) & 0x3F)); out += (char)(0x80 | (code & 0x3F)); }
  }
  unsigned hex4() {
    if (end - p < 4) malformed();
    unsigned code = (unsigned)stoul(string(p, 4), nullptr, 16);
    p += 4;
    return code;
  }
  /** A string (null reads as ""). */
  string text() {
    string out;
    if (null()) return out;
    expect('"');
    while (p < end && *p != '"') {
      const char *run = p;
      while (p < end && *p != '"' && *p != '\\') p++;
      out.append(run, (size_t)(p - run));
      if (p >= end || *p == '"') break;
      p++;  // the backslash
      char e = p < end ? *p++ : '\0';
      if (e == 'n') out += '\n'; else if (e == 't') out += '\t'; else if (e == 'r') out += '\r';
      else if (e == 'b') out += '\b'; else if (e == 'f') out += '\f';
      else if (e == 'u') {
        unsigned code = hex4();
        // A surrogate pair is one character beyond the Basic Multilingual Plane.
        if (code >= 0xD800 && code < 0xDC00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
          p += 2;
          unsigned low = hex4();
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        utf8(out, code);
      } else out += e;
    }
    if (p >= end) malformed();
    p++;
    return out;
  }
  /** Moves past one value of any kind. */
  void skip() {
    char c = peek();
    if (c == '"') { text(); return; }
    if (c == '[' || c == '{') {
      int depth = 0;
      while (p < end) {
        char d = *p;
        if (d == '"') { text(); continue; }
        p++;
        if (d == '[' || d == '{') depth++;
        else if ((d == ']' || d == '}') && --depth == 0) return;
      }
      malformed();
    }
    while (p < end && *p != ',' && *p != ']' && *p != '}' && !isspace((unsigned char)*p)) p++;
  }
  /** The next value as a reader of its own, moving past it. */
  Reader element() { ws(); Reader r; r.p = p; skip(); r.end = p; return r; }
  /** The array's next item as a reader of its own; an empty reader past its end. */
  Reader item() { return next() ? element() : Reader{}; }
};

string quote(const string &v) {
  string out = "\"";
  for (unsigned char c : v) {
    if (c == '"') out += "\\\""; else if (c == '\\') out += "\\\\"; else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r"; else if (c == '\t') out += "\\t";
    else if (c < 0x20) { char buf[8]; snprintf(buf, sizeof buf, "\\u%04x", c); out += buf; }
    else out += (char)c;
  }
  return out + "\"";
}

template <class T> struct Conv;
template <> struct Conv<int> { static int read(Reader &r) { return (int)r.integer(); } static string to(int v) { return to_string(v); } };
template <> struct Conv<long long> { static long long read(Reader &r) { return r.integer(); } static string to(long long v) { return to_string(v); } };
template <> struct Conv<long> { static long read(Reader &r) { return (long)r.integer(); } static string to(long v) { return to_string(v); } };
template <> struct Conv<double> {
  static double read(Reader &r) { return r.real(); }
  static string to(double v) {
    if (std::isnan(v) || std::isinf(v)) return quote(std::isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
    char buf[64]; snprintf(buf, sizeof buf, "%.17g", v); return buf;
  }
};
template <> struct Conv<bool> { static bool read(Reader &r) { return r.boolean(); } static string to(bool v) { return v ? "true" : "false"; } };
template <> struct Conv<string> { static string read(Reader &r) { return r.text(); } static string to(const string &v) { return quote(v); } };
template <> struct Conv<char> { static char read(Reader &r) { string s = r.text(); return s.empty() ? '\0' : s[0]; } static string to(char v) { return quote(string(1, v)); } };
template <class T> struct Conv<vector<T>> {
  static vector<T> read(Reader &r) {
    vector<T> out;
    if (r.null()) return out;
    r.expect('[');
    while (r.next()) out.push_back(Conv<T>::read(r));
    return out;
  }
  static string to(const vector<T> &v) {
    string out = "[";
    for (size_t i = 0; i < v.size(); i++) { if (i) out += ","; out += Conv<T>::to(v[i]); }
    return out + "]";
  }
};
template <> struct Conv<vector<bool>> {
  static vector<bool> read(Reader &r) {
    vector<bool> out;
    if (r.null()) return out;
    r.expect('[');
    while (r.next()) out.push_back(r.boolean());
    return out;
  }
  static string to(const vector<bool> &v) { string out = "["; for (size_t i = 0; i < v.size(); i++) { if (i) out += ","; out += v[i] ? "true" : "false"; } return out + "]"; }
};
template <> struct Conv<ListNode *> {
  static ListNode *read(Reader &r) {
    vector<int> values = Conv<vector<int>>::read(r);
    ListNode *head = nullptr;
    for (size_t i = values.size(); i-- > 0;) head = new ListNode(values[i], head);
    return head;
  }
  static string to(ListNode *node) {
    string out = "[";
    for (size_t n = 0; node; node = node->next, n++) {
      if (n >= 1000000) throw runtime_error("the returned list has a cycle");
      if (n) out += ",";
      out += to_string(node->val);
    }
    return out + "]";
  }
};
template <> struct Conv<TreeNode *> {
  static TreeNode *read(Reader &r) {
    // Level order, null for a missing child.
    vector<TreeNode *> nodes;
    if (!r.null()) {
      r.expect('[');
      while (r.next()) nodes.push_back(r.null() ? nullptr : new TreeNode((int)r.integer()));
    }
    if (nodes.empty() || nodes[0] == nullptr) return nullptr;
    vector<TreeNode *> queue{nodes[0]};
    size_t i = 1;
    for (size_t q = 0; q < queue.size() && i < nodes.size(); q++) {
      if (i < nodes.size() && nodes[i]) queue.push_back(queue[q]->left = nodes[i]);
      i++;
      if (i < nodes.size() && nodes[i]) queue.push_back(queue[q]->right = nodes[i]);
      i++;
    }
    return nodes[0];
  }
  static string to(TreeNode *root) {
    vector<string> out;
    vector<TreeNode *> queue{root};
    // The cap counts nodes, not queue slots: a tree of n nodes fills 2n + 1 slots, its nulls included.
    size_t nodes = 0;
    for (size_t q = 0; q < queue.size(); q++) {
      TreeNode *node = queue[q];
      if (node && ++nodes > 1000000) throw runtime_error("the returned tree has a cycle");
      if (node) { out.push_back(to_string(node->val)); queue.push_back(node->left); queue.push_back(node->right); }
      else out.push_back("null");
    }
    while (!out.empty() && out.back() == "null") out.pop_back();
    string joined = "[";
    for (size_t i = 0; i < out.size(); i++) { if (i) joined += ","; joined += out[i]; }
    return joined + "]";
  }
};

/** The next argument of an argument list. */
template <class T> T arg(Reader &r) {
  if (!r.next()) throw runtime_error("an argument is missing");
  return Conv<std::decay_t<T>>::read(r);
}
template <class T> T read(Reader &r) { return Conv<std::decay_t<T>>::read(r); }
template <class T> string to(const T &v) { return Conv<std::decay_t<T>>::to(v); }

// --- The channel and per-test measurement ---------------------------------
string nonce;
size_t keepStdout = 4096, maxStdout = 1 << 26;
int current = -1;

/**
 * Messages held back until the next one is sent, and then written with it: a test's result (and
 * the harness's `ready`) waits for the next test's start, or the end. Nothing of the candidate's
 * runs in between, so the judge learns nothing later than it would have, and is woken once per
 * test less (a write to the channel wakes the judge's event loop).
 */
string held;
/** False while `held` is being changed: a fatal signal's report then leaves it out (see onFatalSignal). */
volatile sig_atomic_t heldIntact = 1;
void hold(const string &json) {
  string line = nonce + " " + json + "\n";
  heldIntact = 0;
  held += line;
  heldIntact = 1;
}
void send(const string &json) {
  string line = held + nonce + " " + json + "\n";
  heldIntact = 0;
  held.clear();
  heldIntact = 1;
  size_t off = 0;
  while (off < line.size()) {
    ssize_t n = ::write(3, line.data() + off, line.size() - off);
    if (n < 0) { if (errno == EAGAIN || errno == EINTR) continue; _exit(70); }
    off += (size_t)n;
  }
}

string measurements();

/** Stands in for the buffers of cout, cerr, clog, stdout and stderr: keeps the first bytes, counts all. */
struct Capture : std::streambuf {
  string kept;
  size_t count = 0;
  void add(const char *s, size_t n) {
    count += n;
    if (kept.size() < keepStdout) kept.append(s, min(n, keepStdout - kept.size()));
    if (count > maxStdout) {
      // As the other harnesses do: the printing cannot be stopped short of ending the run.
      send("{\"t\":\"done\",\"i\":" + to_string(current < 0 ? 0 : current) + ",\"ok\":false,\"kind\":\"output\",\"error\":{\"name\":\"OutputLimit\",\"message\":\"output limit exceeded\"}" + measurements());
      _exit(0);
    }
  }
  int overflow(int c) override { if (c != EOF) { char ch = (char)c; add(&ch, 1); } return c; }
  std::streamsize xsputn(const char *s, std::streamsize n) override { add(s, (size_t)n); return n; }
};
Capture capture;

/** The write function of the FILE that stands in for stdout. */
ssize_t captureStdout(void *, const char *data, size_t size) {
  capture.add(data, size);
  return (ssize_t)size;
}

/**
 * The write function of the FILE that stands in for stderr. It writes to the real stderr as
 * well: the C library reports a failed assert there just before the process dies, and the
 * judge reads the crash's cause from it.
 */
ssize_t captureStderr(void *, const char *data, size_t size) {
  for (size_t off = 0; off < size;) {
    ssize_t n = ::write(2, data + off, size - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    off += (size_t)n;
  }
  capture.add(data, size);
  return (ssize_t)size;
}

/**
 * printf, puts, putchar and fprintf(stderr) print through the C streams: they go to the
 * capture as cout does. Unbuffered, so that they interleave with cout in the order printed.
 */
FILE *captureStream(cookie_write_function_t *write, FILE *fallback) {
  cookie_io_functions_t io{};
  io.write = write;
  FILE *stream = fopencookie(nullptr, "w", io);
  if (stream == nullptr) return fallback;
  setvbuf(stream, nullptr, _IONBF, 0);
  return stream;
}

// The thread's CPU clock: under RLIMIT_CPU the process clock may only advance on scheduler ticks.
double cpuMs() { timespec ts; clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6; }
long maxRssKb() { rusage u; getrusage(RUSAGE_SELF, &u); return u.ru_maxrss; }

void installCrashReports();

/**
 * The whole of stdin, read in large blocks (a stream reads it a character at a time), into
 * memory that is never zero-filled: resizing a string to 1 MB first wrote every page of it, and
 * those page faults were a quarter of a 30-test run's CPU here. Pages of a large malloc are only
 * touched where read() writes. NUL-terminated, as strtoll and strtod in the Reader expect.
 */
struct Input {
  const char *data;
  size_t size;
};
Input readInput() {
  size_t capacity = 1 << 20, used = 0;
  char *buffer = (char *)malloc(capacity);
  while (buffer != nullptr) {
    if (used + 1 >= capacity) buffer = (char *)realloc(buffer, capacity *= 2);
    if (buffer == nullptr) break;
    ssize_t n = ::read(0, buffer + used, capacity - used - 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    used += (size_t)n;
  }
  if (buffer == nullptr) throw std::bad_alloc();
  buffer[used] = '\0';
  return {buffer, used};
}

/** Reads the run's settings and returns each test's argument list, unread: a test converts its own. */
vector<Reader> begin() {
  Input input = readInput();  // never freed: the tests' readers point into it
  Reader root{input.data, input.data + input.size};
  vector<Reader> tests;
  root.expect('{');
  while (root.next()) {
    string key = root.text();
    root.expect(':');
    if (key == "nonce") nonce = root.text();
    else if (key == "keepStdoutBytes") keepStdout = (size_t)root.integer();
    else if (key == "maxStdoutBytes") maxStdout = (size_t)root.integer();
    else if (key == "tests") {
      root.expect('[');
      while (root.next()) tests.push_back(root.element());
    } else root.skip();
  }
  // Unsynced now, so that a candidate's own ios::sync_with_stdio(false) (a common speed-up) is a
  // no-op: it would give cout a new buffer writing around the capture.
  ios_base::sync_with_stdio(false);
  cout.rdbuf(&capture);
  cerr.rdbuf(&capture);
  clog.rdbuf(&capture);
  stdout = captureStream(captureStdout, stdout);
  stderr = captureStream(captureStderr, stderr);
  installCrashReports();
  hold("{\"t\":\"ready\"}");
  return tests;
}

double started = 0;
// The time of the candidate's call only, once stopClock() has run; a design class is timed whole.
double spent = -1;
void start(int i) {
  current = i;
  capture.kept.clear();
  capture.count = 0;
  send("{\"t\":\"start\",\"i\":" + to_string(i) + "}");
  started = cpuMs();
  spent = -1;
}
// Converting the arguments is the harness's work: timing it would make O(log n) measure as O(n).
// The host's tight wall clock for the test covers the call only, as the CPU clock does.
void restartClock() {
  send("{\"t\":\"call\",\"i\":" + to_string(current) + "}");
  started = cpuMs();
}
void stopClock() {
  spent = cpuMs() - started;
  send("{\"t\":\"returned\",\"i\":" + to_string(current) + "}");
}
string measurements() {
  char buf[128];
  snprintf(buf, sizeof buf, ",\"cpuMs\":%.3f,\"memoryKb\":%ld,\"stdoutBytes\":%zu,\"stdout\":", spent >= 0 ? spent : cpuMs() - started, maxRssKb(), capture.count);
  return string(buf) + quote(capture.kept) + "}";
}
string measured() {
  cout.flush();
  fflush(stdout);  // should the candidate have buffered it
  fflush(stderr);
  return measurements();
}
void ok(int i, const string &value) { hold("{\"t\":\"done\",\"i\":" + to_string(i) + ",\"ok\":true,\"value\":" + value + measured()); }
void fail(int i, const string &kind, const string &name, const string &message, const string &stack = "") {
  string where = stack.empty() ? "" : ",\"stack\":" + quote(stack);
  hold("{\"t\":\"done\",\"i\":" + to_string(i) + ",\"ok\":false,\"kind\":\"" + kind + "\",\"error\":{\"name\":" + quote(name) + ",\"message\":" + quote(message) + where + "}" + measured());
}

// --- Where a crash happened ------------------------------------------------
// The sandbox has no debugger and no debug-info reader: the harness reports raw
// code addresses as offsets into this executable ("native-frames: 1a2b! 3c4d",
// "native-frames/overflow:" when the stack ran out,
// `!` marking a faulting instruction, the others return addresses), and the
// judge maps them to the candidate's lines with addr2line on the host.
uintptr_t imageLow = 0, imageHigh = 0, imageBias = 0;
uintptr_t stackTop = 0, stackLimit = 0;  // stackLimit 0: unknown
jmp_buf recover;

/** Appends `frames` that lie in this executable; async-signal-safe (no allocation). */
size_t formatFrames(char *out, size_t size, const char *header, uintptr_t exact, void *const *frames, int count) {
  static const char hex[] = "0123456789abcdef";
  size_t n = 0;
  auto put = [&](char c) { if (n + 1 < size) out[n++] = c; };
  for (const char *p = header; *p; p++) put(*p);
  auto address = [&](uintptr_t a, bool faulting) {
    if (a < imageLow || a >= imageHigh) return;
    uintptr_t offset = a - imageBias;
    char digits[2 * sizeof offset];
    int k = 0;
    do { digits[k++] = hex[offset & 15]; offset >>= 4; } while (offset != 0);
    put(' ');
    while (k > 0) put(digits[--k]);
    if (faulting) put('!');
  };
  if (exact != 0) address(exact, true);
  for (int f = 0; f < count; f++) if ((uintptr_t)frames[f] != exact) address((uintptr_t)frames[f], false);
  out[n] = '\0';
  return n;
}

int findImage(dl_phdr_info *info, size_t, void *) {
  // The first object is the executable itself.
  imageBias = info->dlpi_addr;
  imageLow = UINTPTR_MAX;
  for (int k = 0; k < info->dlpi_phnum; k++) {
    const ElfW(Phdr) &segment = info->dlpi_phdr[k];
    if (segment.p_type != PT_LOAD || !(segment.p_flags & PF_X)) continue;
    imageLow = min(imageLow, (uintptr_t)(info->dlpi_addr + segment.p_vaddr));
    imageHigh = max(imageHigh, (uintptr_t)(info->dlpi_addr + segment.p_vaddr + segment.p_memsz));
  }
  return 1;
}

/** Writes `text` whole to the channel without allocating. */
void sendRaw(const char *text, size_t length) {
  while (length > 0) {
    ssize_t n = ::write(3, text, length);
    if (n < 0) { if (errno == EINTR || errno == EAGAIN) continue; return; }
    text += n;
    length -= (size_t)n;
  }
}

void appendText(char *out, size_t size, size_t &n, const char *text) {
  for (; *text && n + 1 < size; text++) out[n++] = *text;
  out[n] = '\0';
}

extern "C" void onFatalSignal(int sig, siginfo_t *info, void *context) {
  const char *name = "Crash", *message = "the program was stopped by a signal";
  if (sig == SIGSEGV) { name = "Segmentation fault"; message = "invalid memory access (a null or dangling pointer, an index out of range, or a stack overflow)"; }
  else if (sig == SIGFPE) { name = "Arithmetic error"; message = info->si_code == FPE_INTOVF ? "integer overflow" : "integer division by zero"; }
  else if (sig == SIGBUS) { name = "Bus error"; message = "invalid memory access"; }
  else if (sig == SIGILL) { name = "Illegal instruction"; message = "the program reached code it must not (often a function that does not return a value)"; }
  else if (sig == SIGABRT) { name = "Aborted"; message = "abort() was called or an assert failed"; }
  uintptr_t exact = 0, sp = 0;
#if defined(__x86_64__)
  exact = (uintptr_t)((ucontext_t *)context)->uc_mcontext.gregs[REG_RIP];
  sp = (uintptr_t)((ucontext_t *)context)->uc_mcontext.gregs[REG_RSP];
#elif defined(__aarch64__)
  exact = (uintptr_t)((ucontext_t *)context)->uc_mcontext.pc;
  sp = (uintptr_t)((ucontext_t *)context)->uc_mcontext.sp;
#endif
  if (sig == SIGABRT) exact = 0;  // inside abort(), not the candidate's code
  // A stack overflow faults next to the stack pointer, or with the stack all but used up.
  uintptr_t fault = (uintptr_t)info->si_addr;
  bool overflow = sig == SIGSEGV && sp != 0 &&
                  ((fault + 65536 > sp && fault < sp + 65536) || (stackLimit != 0 && stackTop > sp && stackTop - sp + 262144 > stackLimit));
  if (overflow) message = "stack overflow (the recursion is too deep or never ends)";
  void *frames[64];
  int count = backtrace(frames, 64);
  static char line[4096], stack[2048];
  formatFrames(stack, sizeof stack, overflow ? "native-frames/overflow:" : "native-frames:", exact, frames, count);
  char index[24];
  {
    char digits[16];
    int k = 0, n = 0;
    unsigned value = current < 0 ? 0u : (unsigned)current;
    do { digits[k++] = (char)('0' + value % 10); value /= 10; } while (value != 0);
    while (k > 0) index[n++] = digits[--k];
    index[n] = '\0';
  }
  size_t n = 0;
  line[0] = '\0';
  appendText(line, sizeof line, n, nonce.c_str());
  appendText(line, sizeof line, n, " {\"t\":\"crash\",\"i\":");
  appendText(line, sizeof line, n, index);
  appendText(line, sizeof line, n, ",\"error\":{\"name\":\"");
  appendText(line, sizeof line, n, name);
  appendText(line, sizeof line, n, "\",\"message\":\"");
  appendText(line, sizeof line, n, message);
  appendText(line, sizeof line, n, "\",\"stack\":\"");
  appendText(line, sizeof line, n, stack);
  appendText(line, sizeof line, n, "\"}}\n");
  // A test's result still held back goes first: the crash belongs to what ran after it (the
  // C library aborting in a destructor over a heap the candidate's code corrupted).
  if (heldIntact) sendRaw(held.data(), held.size());
  sendRaw(line, n);
  // Die of the same signal, so that the judge sees the real cause.
  signal(sig, SIG_DFL);
  raise(sig);
}

/**
 * An exception no handler catches: the stack is still intact here (two-phase
 * unwinding calls terminate before unwinding), so the throw site is on it.
 * Reports the test and carries on with the next one.
 */
void onTerminate() {
  void *frames[64];
  int count = backtrace(frames, 64);
  char stack[2048];
  formatFrames(stack, sizeof stack, "native-frames:", 0, frames, count);
  string name = "exception", message = "an exception that is not a std::exception";
  if (const std::type_info *type = abi::__cxa_current_exception_type()) {
    int status = 0;
    char *readable = abi::__cxa_demangle(type->name(), nullptr, nullptr, &status);
    name = status == 0 && readable ? readable : type->name();
    free(readable);
  }
  if (std::exception_ptr error = std::current_exception()) {
    try { std::rethrow_exception(error); } catch (const std::exception &e) { message = e.what(); } catch (...) {}
  }
  if (current < 0) {
    signal(SIGABRT, SIG_DFL);
    abort();
  }
  fail(current, "runtime", name, message, stack);
  // Release the exception terminate() was handed, then resume at the test loop.
  abi::__cxa_end_catch();
  longjmp(recover, 1);
}

void installCrashReports() {
  dl_iterate_phdr(findImage, nullptr);
  stackTop = (uintptr_t)__builtin_frame_address(0);
  rlimit limit{};
  if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) stackLimit = (uintptr_t)limit.rlim_cur;
  void *warm[1];
  backtrace(warm, 1);  // loads the unwinder now: a signal handler must not
  static char altStack[1 << 16];
  stack_t alt{};
  alt.ss_sp = altStack;
  alt.ss_size = sizeof altStack;
  sigaltstack(&alt, nullptr);  // a stack overflow leaves no stack to run the handler on
  struct sigaction action {};
  action.sa_sigaction = onFatalSignal;
  action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  for (int sig : {SIGSEGV, SIGFPE, SIGBUS, SIGILL, SIGABRT}) sigaction(sig, &action, nullptr);
  std::set_terminate(onTerminate);
}

}  // namespace onsite
