// The C++ harness prelude: what LeetCode's C++ environment provides (the
// standard library, `using namespace std`, ListNode, TreeNode), a small JSON
// reader/writer, and the private fd-3 channel. The generated main() follows
// the candidate's code in the same translation unit.
#include <bits/stdc++.h>
#include <sys/resource.h>
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

struct Json {
  enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
  bool b = false;
  string text;  // number literal or string value
  vector<Json> items;
  vector<string> keys;  // for objects, parallel to items
  const Json &operator[](size_t i) const {
    static const Json none;
    return i < items.size() ? items[i] : none;
  }
  const Json &at(const string &key) const {
    static const Json none;
    for (size_t i = 0; i < keys.size(); i++) if (keys[i] == key) return items[i];
    return none;
  }
};

struct Parser {
  const string &s;
  size_t p = 0;
  explicit Parser(const string &s) : s(s) {}
  void ws() { while (p < s.size() && isspace((unsigned char)s[p])) p++; }
  Json parse() {
    ws();
    Json j;
    if (p >= s.size()) return j;
    char c = s[p];
    if (c == '[' || c == '{') {
      bool object = c == '{';
      j.kind = object ? Json::Object : Json::Array;
      p++;
      ws();
      if (s[p] == (object ? '}' : ']')) { p++; return j; }
      while (true) {
        if (object) { j.keys.push_back(parse().text); ws(); p++; }  // the key and its ':'
        j.items.push_back(parse());
        ws();
        if (s[p] == ',') { p++; continue; }
        p++;
        break;
      }
    } else if (c == '"') {
      j.kind = Json::String;
      p++;
      while (s[p] != '"') {
        if (s[p] == '\\') {
          p++;
          char e = s[p++];
          if (e == 'n') j.text += '\n'; else if (e == 't') j.text += '\t'; else if (e == 'r') j.text += '\r';
          else if (e == 'b') j.text += '\b'; else if (e == 'f') j.text += '\f';
          else if (e == 'u') {
            unsigned code = stoul(s.substr(p, 4), nullptr, 16);
            p += 4;
            if (code < 0x80) j.text += (char)code;
            else if (code < 0x800) { j.text += (char)(0xC0 | (code >> 6)); j.text += (char)(0x80 | (code & 0x3F)); }
            else { j.text += (char)(0xE0 | (code >> 12)); j.text += (char)(0x80 | ((code >> 6) & 0x3F)); j.text += (char)(0x80 | (code & 0x3F)); }
          } else j.text += e;
        } else j.text += s[p++];
      }
      p++;
    } else if (c == 't') { j.kind = Json::Bool; j.b = true; p += 4; }
    else if (c == 'f') { j.kind = Json::Bool; p += 5; }
    else if (c == 'n') { p += 4; }
    else {
      j.kind = Json::Number;
      size_t start = p;
      while (p < s.size() && (isdigit((unsigned char)s[p]) || s[p] == '-' || s[p] == '+' || s[p] == '.' || s[p] == 'e' || s[p] == 'E')) p++;
      j.text = s.substr(start, p - start);
    }
    return j;
  }
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
template <> struct Conv<int> { static int from(const Json &j) { return (int)stoll(j.text); } static string to(int v) { return to_string(v); } };
template <> struct Conv<long long> { static long long from(const Json &j) { return stoll(j.text); } static string to(long long v) { return to_string(v); } };
template <> struct Conv<long> { static long from(const Json &j) { return stol(j.text); } static string to(long v) { return to_string(v); } };
template <> struct Conv<double> {
  static double from(const Json &j) { return stod(j.text); }
  static string to(double v) {
    if (std::isnan(v) || std::isinf(v)) return quote(std::isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
    char buf[64]; snprintf(buf, sizeof buf, "%.17g", v); return buf;
  }
};
template <> struct Conv<bool> { static bool from(const Json &j) { return j.b; } static string to(bool v) { return v ? "true" : "false"; } };
template <> struct Conv<string> { static string from(const Json &j) { return j.text; } static string to(const string &v) { return quote(v); } };
template <> struct Conv<char> { static char from(const Json &j) { return j.text.empty() ? '\0' : j.text[0]; } static string to(char v) { return quote(string(1, v)); } };
template <class T> struct Conv<vector<T>> {
  static vector<T> from(const Json &j) { vector<T> out; for (const Json &item : j.items) out.push_back(Conv<T>::from(item)); return out; }
  static string to(const vector<T> &v) {
    string out = "[";
    for (size_t i = 0; i < v.size(); i++) { if (i) out += ","; out += Conv<T>::to(v[i]); }
    return out + "]";
  }
};
template <> struct Conv<vector<bool>> {
  static vector<bool> from(const Json &j) { vector<bool> out; for (const Json &item : j.items) out.push_back(item.b); return out; }
  static string to(const vector<bool> &v) { string out = "["; for (size_t i = 0; i < v.size(); i++) { if (i) out += ","; out += v[i] ? "true" : "false"; } return out + "]"; }
};
template <> struct Conv<ListNode *> {
  static ListNode *from(const Json &j) {
    ListNode *head = nullptr;
    for (size_t i = j.items.size(); i-- > 0;) head = new ListNode(Conv<int>::from(j.items[i]), head);
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
  static TreeNode *from(const Json &j) {
    if (j.items.empty() || j.items[0].kind == Json::Null) return nullptr;
    TreeNode *root = new TreeNode(Conv<int>::from(j.items[0]));
    vector<TreeNode *> queue{root};
    size_t i = 1;
    for (size_t q = 0; q < queue.size() && i < j.items.size(); q++) {
      if (i < j.items.size() && j.items[i].kind != Json::Null) queue.push_back(queue[q]->left = new TreeNode(Conv<int>::from(j.items[i])));
      i++;
      if (i < j.items.size() && j.items[i].kind != Json::Null) queue.push_back(queue[q]->right = new TreeNode(Conv<int>::from(j.items[i])));
      i++;
    }
    return root;
  }
  static string to(TreeNode *root) {
    vector<string> out;
    vector<TreeNode *> queue{root};
    for (size_t q = 0; q < queue.size(); q++) {
      if (q >= 1000000) throw runtime_error("the returned tree has a cycle");
      TreeNode *node = queue[q];
      if (node) { out.push_back(to_string(node->val)); queue.push_back(node->left); queue.push_back(node->right); }
      else out.push_back("null");
    }
    while (!out.empty() && out.back() == "null") out.pop_back();
    string joined = "[";
    for (size_t i = 0; i < out.size(); i++) { if (i) joined += ","; joined += out[i]; }
    return joined + "]";
  }
};

template <class T> T from(const Json &j) { return Conv<std::decay_t<T>>::from(j); }
template <class T> string to(const T &v) { return Conv<std::decay_t<T>>::to(v); }

// --- The channel and per-test measurement ---------------------------------
string nonce;
size_t keepStdout = 4096, maxStdout = 1 << 26;
int current = -1;

void send(const string &json) {
  string line = nonce + " " + json + "\n";
  size_t off = 0;
  while (off < line.size()) {
    ssize_t n = ::write(3, line.data() + off, line.size() - off);
    if (n < 0) { if (errno == EAGAIN || errno == EINTR) continue; _exit(70); }
    off += (size_t)n;
  }
}

/** Stands in for cout's buffer: keeps the first bytes, counts all. */
struct Capture : std::streambuf {
  string kept;
  size_t count = 0;
  void add(const char *s, size_t n) {
    count += n;
    if (kept.size() < keepStdout) kept.append(s, min(n, keepStdout - kept.size()));
    if (count > maxStdout) {
      send("{\"t\":\"done\",\"i\":" + to_string(current < 0 ? 0 : current) + ",\"ok\":false,\"kind\":\"output\",\"error\":{\"name\":\"OutputLimit\",\"message\":\"output limit exceeded\"}}");
      _exit(0);
    }
  }
  int overflow(int c) override { if (c != EOF) { char ch = (char)c; add(&ch, 1); } return c; }
  std::streamsize xsputn(const char *s, std::streamsize n) override { add(s, (size_t)n); return n; }
};
Capture capture;

double cpuMs() { timespec ts; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6; }
long maxRssKb() { rusage u; getrusage(RUSAGE_SELF, &u); return u.ru_maxrss; }

vector<Json> begin() {
  string input((istreambuf_iterator<char>(cin)), istreambuf_iterator<char>());
  Json root = Parser(input).parse();
  nonce = root.at("nonce").text;
  keepStdout = (size_t)stoll(root.at("keepStdoutBytes").text);
  maxStdout = (size_t)stoll(root.at("maxStdoutBytes").text);
  cout.rdbuf(&capture);
  cerr.rdbuf(&capture);
  send("{\"t\":\"ready\"}");
  return root.at("tests").items;
}

double started = 0;
void start(int i) {
  current = i;
  capture.kept.clear();
  capture.count = 0;
  send("{\"t\":\"start\",\"i\":" + to_string(i) + "}");
  started = cpuMs();
}
string measured() {
  cout.flush();
  char buf[128];
  snprintf(buf, sizeof buf, ",\"cpuMs\":%.3f,\"memoryKb\":%ld,\"stdoutBytes\":%zu,\"stdout\":", cpuMs() - started, maxRssKb(), capture.count);
  return string(buf) + quote(capture.kept) + "}";
}
void ok(int i, const string &value) { send("{\"t\":\"done\",\"i\":" + to_string(i) + ",\"ok\":true,\"value\":" + value + measured()); }
void fail(int i, const string &kind, const string &name, const string &message) {
  send("{\"t\":\"done\",\"i\":" + to_string(i) + ",\"ok\":false,\"kind\":\"" + kind + "\",\"error\":{\"name\":" + quote(name) + ",\"message\":" + quote(message) + "}" + measured());
}

}  // namespace onsite
