// The Java harness runtime: a small JSON reader/writer, conversions between
// LeetCode's JSON forms and Java values, and the private fd-3 channel. The
// generated Main calls the candidate's class with it.
import java.io.*;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.*;

final class Harness {
  static String nonce;
  static int keepStdout = 4096;
  static long maxStdout = 1L << 26;
  static int current = -1;
  private static OutputStream channel;
  private static final Capture capture = new Capture();
  private static long started;
  /** The candidate's call only, once stopClock() has run; a design class is timed whole (-1 until then). */
  private static long spent = -1;
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  // ---- JSON ----------------------------------------------------------------
  static final class Parser {
    final String s;
    int p = 0;
    Parser(String s) { this.s = s; }
    void ws() { while (p < s.length() && Character.isWhitespace(s.charAt(p))) p++; }
    Object parse() {
      ws();
      char c = s.charAt(p);
      if (c == '[') {
        p++;
        List<Object> out = new ArrayList<>();
        ws();
        if (s.charAt(p) == ']') { p++; return out; }
        while (true) { out.add(parse()); ws(); if (s.charAt(p++) == ']') return out; }
      }
      if (c == '{') {
        p++;
        Map<String, Object> out = new LinkedHashMap<>();
        ws();
        if (s.charAt(p) == '}') { p++; return out; }
        while (true) { String k = (String) parse(); ws(); p++; out.put(k, parse()); ws(); if (s.charAt(p++) == '}') return out; }
      }
      if (c == '"') {
        p++;
        StringBuilder sb = new StringBuilder();
        while (s.charAt(p) != '"') {
          char ch = s.charAt(p++);
          if (ch != '\\') { sb.append(ch); continue; }
          char e = s.charAt(p++);
          switch (e) {
            case 'n': sb.append('\n'); break;
            case 't': sb.append('\t'); break;
            case 'r': sb.append('\r'); break;
            case 'b': sb.append('\b'); break;
            case 'f': sb.append('\f'); break;
            case 'u': sb.append((char) Integer.parseInt(s.substring(p, p + 4), 16)); p += 4; break;
            default: sb.append(e);
          }
        }
        p++;
        return sb.toString();
      }
      if (s.startsWith("true", p)) { p += 4; return Boolean.TRUE; }
      if (s.startsWith("false", p)) { p += 5; return Boolean.FALSE; }
      if (s.startsWith("null", p)) { p += 4; return null; }
      int start = p;
      while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) p++;
      return s.substring(start, p); // numbers stay text until their type is known
    }
  }

  static String quote(String v) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') sb.append("\\\""); else if (c == '\\') sb.append("\\\\"); else if (c == '\n') sb.append("\\n");
      else if (c == '\r') sb.append("\\r"); else if (c == '\t') sb.append("\\t");
      else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c);
    }
    return sb.append('"').toString();
  }

  // ---- Conversions ---------------------------------------------------------
  static Class<?> type(String t) {
    if (t.endsWith("[]")) return Array.newInstance(type(t.substring(0, t.length() - 2)), 0).getClass();
    switch (t) {
      case "int": return int.class;
      case "long": return long.class;
      case "double": return double.class;
      case "bool": return boolean.class;
      case "char": return char.class;
      case "string": return String.class;
      case "ListNode": return ListNode.class;
      case "TreeNode": return TreeNode.class;
      default: throw new IllegalArgumentException("unknown type " + t);
    }
  }

  @SuppressWarnings("unchecked")
  static Object from(String t, Object j) {
    if (t.endsWith("[]")) {
      if (j == null) return null;
      List<Object> items = (List<Object>) j;
      String inner = t.substring(0, t.length() - 2);
      Object out = Array.newInstance(type(inner), items.size());
      for (int i = 0; i < items.size(); i++) Array.set(out, i, from(inner, items.get(i)));
      return out;
    }
    switch (t) {
      case "int": return Integer.parseInt((String) j);
      case "long": return Long.parseLong((String) j);
      case "double": return Double.parseDouble((String) j);
      case "bool": return (Boolean) j;
      case "char": return ((String) j).charAt(0);
      case "string": return (String) j;
      case "ListNode": {
        List<Object> items = (List<Object>) j;
        ListNode head = null;
        for (int i = items.size() - 1; i >= 0; i--) head = new ListNode(Integer.parseInt((String) items.get(i)), head);
        return head;
      }
      case "TreeNode": {
        List<Object> items = (List<Object>) j;
        if (items.isEmpty() || items.get(0) == null) return null;
        TreeNode root = new TreeNode(Integer.parseInt((String) items.get(0)));
        List<TreeNode> queue = new ArrayList<>();
        queue.add(root);
        int i = 1;
        for (int q = 0; q < queue.size() && i < items.size(); q++) {
          TreeNode node = queue.get(q);
          if (i < items.size() && items.get(i) != null) { node.left = new TreeNode(Integer.parseInt((String) items.get(i))); queue.add(node.left); }
          i++;
          if (i < items.size() && items.get(i) != null) { node.right = new TreeNode(Integer.parseInt((String) items.get(i))); queue.add(node.right); }
          i++;
        }
        return root;
      }
      default: throw new IllegalArgumentException("unknown type " + t);
    }
  }

  static void write(StringBuilder sb, Object v) {
    if (v == null) { sb.append("null"); return; }
    if (v instanceof String) { sb.append(quote((String) v)); return; }
    if (v instanceof Character) { sb.append(quote(String.valueOf(v))); return; }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) sb.append(quote(String.valueOf(d))); else sb.append(d);
      return;
    }
    if (v instanceof Number || v instanceof Boolean) { sb.append(v); return; }
    if (v instanceof ListNode) {
      sb.append('[');
      int n = 0;
      for (ListNode node = (ListNode) v; node != null; node = node.next, n++) {
        if (n >= 1000000) throw new IllegalStateException("the returned list has a cycle");
        if (n > 0) sb.append(',');
        sb.append(node.val);
      }
      sb.append(']');
      return;
    }
    if (v instanceof TreeNode) {
      List<String> out = new ArrayList<>();
      List<TreeNode> queue = new ArrayList<>();
      queue.add((TreeNode) v);
      // The cap counts nodes, not queue slots: a tree of n nodes fills 2n + 1 slots, its nulls included.
      int nodes = 0;
      for (int q = 0; q < queue.size(); q++) {
        TreeNode node = queue.get(q);
        if (node == null) { out.add("null"); continue; }
        if (++nodes > 1000000) throw new IllegalStateException("the returned tree has a cycle");
        out.add(String.valueOf(node.val));
        queue.add(node.left);
        queue.add(node.right);
      }
      while (!out.isEmpty() && out.get(out.size() - 1).equals("null")) out.remove(out.size() - 1);
      sb.append('[').append(String.join(",", out)).append(']');
      return;
    }
    if (v.getClass().isArray()) {
      sb.append('[');
      for (int i = 0, n = Array.getLength(v); i < n; i++) { if (i > 0) sb.append(','); write(sb, Array.get(v, i)); }
      sb.append(']');
      return;
    }
    if (v instanceof Iterable) {
      sb.append('[');
      boolean first = true;
      for (Object item : (Iterable<?>) v) { if (!first) sb.append(','); first = false; write(sb, item); }
      sb.append(']');
      return;
    }
    sb.append(quote(String.valueOf(v)));
  }

  static String json(Object v) { StringBuilder sb = new StringBuilder(); write(sb, v); return sb.toString(); }

  /** An empty list or tree is `null` in Java and `[]` in LeetCode's notation. */
  static String json(Object v, String type) {
    if (v == null && (type.equals("ListNode") || type.equals("TreeNode"))) return "[]";
    return json(v);
  }

  // ---- Channel and measurement ---------------------------------------------
  static final class Capture extends OutputStream {
    final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    long count = 0;
    @Override public void write(int b) { write(new byte[] {(byte) b}, 0, 1); }
    @Override public void write(byte[] b, int off, int len) {
      count += len;
      int room = keepStdout - kept.size();
      if (room > 0) kept.write(b, off, Math.min(room, len));
      if (count > maxStdout) {
        // As the other harnesses do: the printing cannot be stopped short of ending the run.
        send("{\"t\":\"done\",\"i\":" + Math.max(current, 0) + ",\"ok\":false,\"kind\":\"output\",\"error\":{\"name\":\"OutputLimit\",\"message\":\"output limit exceeded\"}" + measurements());
        Runtime.getRuntime().halt(0);
      }
    }
  }

  static synchronized void send(String json) {
    try {
      channel.write((nonce + " " + json + "\n").getBytes(StandardCharsets.UTF_8));
      channel.flush();
    } catch (IOException e) {
      Runtime.getRuntime().halt(70);
    }
  }

  @SuppressWarnings("unchecked")
  static List<Object> begin() throws Exception {
    // fd 3 may be a socket, so /proc/self/fd/3 cannot be opened: wrap the descriptor itself.
    FileDescriptor fd = new FileDescriptor();
    Field field = FileDescriptor.class.getDeclaredField("fd");
    field.setAccessible(true);
    field.setInt(fd, 3);
    channel = new BufferedOutputStream(new FileOutputStream(fd), 1 << 16);
    String input = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    Map<String, Object> root = (Map<String, Object>) new Parser(input).parse();
    nonce = (String) root.get("nonce");
    keepStdout = Integer.parseInt((String) root.get("keepStdoutBytes"));
    maxStdout = Long.parseLong((String) root.get("maxStdoutBytes"));
    PrintStream captured = new PrintStream(capture, true, StandardCharsets.UTF_8);
    System.setOut(captured);
    System.setErr(captured);
    send("{\"t\":\"ready\"}");
    return (List<Object>) root.get("tests");
  }

  static void start(int i) {
    current = i;
    capture.kept.reset();
    capture.count = 0;
    send("{\"t\":\"start\",\"i\":" + i + "}");
    started = THREADS.getCurrentThreadCpuTime();
    spent = -1;
  }

  /** Converting the arguments is the harness's work: timing it would make O(log n) measure as O(n). */
  // The host's tight wall clock for the test covers the call only, as the CPU clock does.
  static void restartClock() {
    send("{\"t\":\"call\",\"i\":" + current + "}");
    started = THREADS.getCurrentThreadCpuTime();
  }

  static void stopClock() {
    spent = THREADS.getCurrentThreadCpuTime() - started;
    send("{\"t\":\"returned\",\"i\":" + current + "}");
  }

  static long maxRssKb() {
    try (BufferedReader reader = new BufferedReader(new FileReader("/proc/self/status"))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    } catch (IOException e) {
      // No /proc: report nothing rather than fail the test.
    }
    return 0;
  }

  static String measured() {
    System.out.flush();
    return measurements();
  }

  /** The test's time, memory and output so far, closing a done message. */
  static String measurements() {
    double cpuMs = (spent >= 0 ? spent : THREADS.getCurrentThreadCpuTime() - started) / 1e6;
    return ",\"cpuMs\":" + cpuMs + ",\"memoryKb\":" + maxRssKb() + ",\"stdoutBytes\":" + capture.count + ",\"stdout\":" + quote(new String(capture.kept.toByteArray(), StandardCharsets.UTF_8)) + "}";
  }

  static void ok(int i, String value) { send("{\"t\":\"done\",\"i\":" + i + ",\"ok\":true,\"value\":" + value + measured()); }

  static void fail(int i, Throwable error) {
    boolean memory = error instanceof OutOfMemoryError;
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    String stack = trace.toString();
    if (stack.length() > 20000) stack = stack.substring(0, 20000);
    String message = String.valueOf(error.getMessage());
    // Its message is null: say what it means. The stack still names the recursing line.
    if (error instanceof StackOverflowError) message = "stack overflow (the recursion is too deep or never ends)";
    send("{\"t\":\"done\",\"i\":" + i + ",\"ok\":false,\"kind\":\"" + (memory ? "memory" : "runtime") + "\",\"error\":{\"name\":" + quote(error.getClass().getName()) + ",\"message\":" + quote(message) + ",\"stack\":" + quote(stack) + "}" + measured());
  }

  static void end() {
    send("{\"t\":\"end\"}");
    Runtime.getRuntime().halt(0);
  }
}
