'use strict';
// The JavaScript/TypeScript harness. It runs inside the sandbox, reads the
// tests (arguments only: expected outputs never enter the sandbox) from stdin,
// and reports each result on fd 3, every line prefixed with a per-run nonce.
// Everything it relies on is captured before the candidate's code loads.
const fs = require('fs');
const writeSync = fs.writeSync;
const stringify = JSON.stringify;
const BufferFrom = Buffer.from;
const cpuUsage = process.cpuUsage;
const resourceUsage = process.resourceUsage;
const exit = process.exit;
const ArrayIsArray = Array.isArray;
const ArrayFrom = Array.from;
const iteratorKey = Symbol.iterator;

/** A typed array, Set or other iterable returned for a list type counts as the list of its items. */
function asList(value) {
  if (
    ArrayIsArray(value) ||
    value === null ||
    typeof value !== 'object' ||
    typeof value[iteratorKey] !== 'function'
  )
    return value;
  return ArrayFrom(value);
}

// Filled from stdin once the set-up below is done (see "Everything up to here" further down).
let input;
let nonce;
let signature;
let keepStdoutBytes;
let maxStdoutBytes;

function send(message) {
  const bytes = BufferFrom(nonce + ' ' + stringify(message) + '\n');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(3, bytes, offset);
    } catch (error) {
      if (error && error.code === 'EAGAIN') continue;
      exit(70);
    }
  }
}

// The candidate's prints are captured per test, not sent to the real stdout.
let captured = '';
let capturedBytes = 0;
let current = -1;
function capture(chunk) {
  const text = typeof chunk === 'string' ? chunk : String(chunk);
  capturedBytes += text.length;
  if (captured.length < keepStdoutBytes)
    captured += text.slice(0, keepStdoutBytes - captured.length);
  // console.log swallows exceptions from write(), so the limit ends the run here.
  if (capturedBytes > maxStdoutBytes) {
    send({
      t: 'done',
      i: current,
      ok: false,
      kind: 'output',
      error: { name: 'OutputLimit', message: 'output limit exceeded', stack: '' },
      stdout: captured,
      stdoutBytes: capturedBytes,
      cpuMs: 0,
      memoryKb: 0,
    });
    exit(0);
  }
  return true;
}
process.stdout.write = capture;
process.stderr.write = capture;

function ListNode(val, next) {
  this.val = val === undefined ? 0 : val;
  this.next = next === undefined ? null : next;
}
function TreeNode(val, left, right) {
  this.val = val === undefined ? 0 : val;
  this.left = left === undefined ? null : left;
  this.right = right === undefined ? null : right;
}
globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;

function fromJson(type, value) {
  if (type.endsWith('[]'))
    return value === null ? null : value.map((item) => fromJson(type.slice(0, -2), item));
  if (type === 'ListNode') {
    let head = null;
    for (let i = value.length - 1; i >= 0; i--) head = new ListNode(value[i], head);
    return head;
  }
  if (type === 'TreeNode') {
    if (value.length === 0 || value[0] === null) return null;
    const root = new TreeNode(value[0]);
    const queue = [root];
    let i = 1;
    for (let q = 0; q < queue.length && i < value.length; q++) {
      const node = queue[q];
      if (i < value.length && value[i] !== null) queue.push((node.left = new TreeNode(value[i])));
      i++;
      if (i < value.length && value[i] !== null) queue.push((node.right = new TreeNode(value[i])));
      i++;
    }
    return root;
  }
  return value;
}

const NODE_CAP = 1000000;

/** Without this, an array returned for a ListNode read as the list [null], a Wrong Answer with no hint. */
function notANode(value, type, returned) {
  const what = ArrayIsArray(value)
    ? 'an array'
    : value !== null && typeof value === 'object'
      ? 'an object without val'
      : typeof value === 'bigint'
        ? 'a BigInt'
        : 'a ' + typeof value;
  return new TypeError(
    (returned ? 'the function returned ' : 'the returned ' + type + ' links to ') +
      what +
      ' where a ' +
      type +
      ' (or null) was expected',
  );
}
const isNode = (value) =>
  value !== null && typeof value === 'object' && !ArrayIsArray(value) && 'val' in value;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/**
 * A BigInt for a number type is the number it holds when a number holds it exactly (JSON has no
 * BigInt, and stringify throws on one); beyond 2^53 - 1 it would round, so that is an error.
 */
function numberFromBigInt(value) {
  if (value <= MAX_SAFE && value >= -MAX_SAFE) return Number(value);
  throw new RangeError(
    'the result holds the BigInt ' +
      String(value) +
      'n, beyond 2^53 - 1, where a number cannot hold it exactly',
  );
}

function toJson(type, value) {
  if (value === undefined) return null;
  if (type === 'void') return null;
  if (type.endsWith('[]')) {
    const list = asList(value);
    return ArrayIsArray(list) ? list.map((item) => toJson(type.slice(0, -2), item)) : list;
  }
  if (type === 'ListNode') {
    const out = [];
    for (let node = value; node !== null && node !== undefined; node = node.next) {
      if (!isNode(node)) throw notANode(node, type, node === value);
      if (out.length >= NODE_CAP) throw new Error('the returned list has a cycle');
      out.push(node.val);
    }
    return out;
  }
  if (type === 'TreeNode') {
    const out = [];
    const queue = [value];
    // Real nodes only: a complete tree of n nodes has n + 1 empty slots in the queue.
    let nodes = 0;
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q];
      if (node === null || node === undefined) {
        out.push(null);
        continue;
      }
      if (!isNode(node)) throw notANode(node, type, node === value);
      if (++nodes > NODE_CAP) throw new Error('the returned tree has a cycle');
      out.push(node.val);
      queue.push(node.left ?? null, node.right ?? null);
    }
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint' && (type === 'int' || type === 'long' || type === 'double'))
    return numberFromBigInt(value);
  return value;
}

function describe(error) {
  if (error instanceof Error)
    return { name: error.name, message: String(error.message), stack: String(error.stack || '') };
  return { name: 'Error', message: 'uncaught ' + stringify(String(error)), stack: '' };
}

// Everything up to here runs before the submission exists: a pre-started sandbox has paid for it
// when its stdin arrives. That includes touching process.stdout (creating the stream costs ~7 ms)
// and one warm-up pass over the conversions and the encoder, which then run compiled rather than
// interpreted for the candidate's tests (~10 ms over 30 tests of 1,000 numbers, measured).
{
  const sample = Array.from({ length: 64 }, (_, i) => i);
  for (let k = 0; k < 200; k++)
    stringify({ t: 'done', i: k, ok: true, value: toJson('int[]', fromJson('int[]', sample)) });
}
input = JSON.parse(fs.readFileSync(0, 'utf8'));
nonce = input.nonce;
signature = input.signature;
keepStdoutBytes = input.keepStdoutBytes;
maxStdoutBytes = input.maxStdoutBytes;

// Load the candidate's code. The file ends with a trailer exporting the names the signature needs.
let exported;
try {
  exported = require(input.solutionPath);
} catch (error) {
  const info = describe(error);
  send({ t: info.name === 'SyntaxError' ? 'compile' : 'load-error', error: info });
  exit(0);
}

function resolveFunction() {
  const name = signature.name;
  // LeetCode calls new Solution().name: a top-level function of the same name is then a helper.
  // An arrow function has no prototype and cannot be constructed.
  const Solution = exported.Solution;
  if (typeof Solution === 'function' && Solution.prototype !== undefined) {
    const solution = new Solution();
    if (typeof solution[name] === 'function') return solution[name].bind(solution);
  }
  if (typeof exported[name] === 'function') return exported[name];
  return null;
}

// The clock covers the candidate's call only: converting a 10⁶-node tree from JSON is the
// harness's work, and timing it would make every O(log n) solution measure as O(n).
let clockFrom = null;
let clockMs = null;
function startClock() {
  clockFrom = cpuUsage();
  clockMs = null;
}
function stopClock() {
  const used = cpuUsage(clockFrom);
  clockMs = (used.user + used.system) / 1000;
}

function runTest(args) {
  if (signature.style === 'function') {
    const fn = resolveFunction();
    if (fn === null)
      throw new TypeError(
        signature.name +
          ' is not defined: write a function ' +
          signature.name +
          ' or a class Solution with that method',
      );
    const values = signature.params.map((p, i) => fromJson(p.type, args[i]));
    // The host's tight wall clock for the test covers the call only, as the CPU clock does.
    send({ t: 'call', i: current });
    startClock();
    let result;
    try {
      result = fn(...values);
    } finally {
      stopClock();
      send({ t: 'returned', i: current });
    }
    if (signature.mutates) {
      const index = signature.params.findIndex((p) => p.name === signature.mutates);
      return toJson(signature.params[index].type, values[index]);
    }
    return toJson(signature.returns, result);
  }
  const Cls = exported[signature.className];
  if (typeof Cls !== 'function')
    throw new TypeError('class ' + signature.className + ' is not defined');
  const names = args[0];
  const calls = args[1];
  const out = [];
  let instance = null;
  for (let k = 0; k < names.length; k++) {
    const callArgs = calls[k] || [];
    if (k === 0) {
      instance = new Cls(
        ...signature.constructorParams.map((p, i) => fromJson(p.type, callArgs[i])),
      );
      out.push(null);
      continue;
    }
    const method = signature.methods.find((m) => m.name === names[k]);
    if (!method) throw new TypeError('unknown method ' + names[k]);
    if (typeof instance[method.name] !== 'function')
      throw new TypeError(signature.className + '.' + method.name + ' is not a function');
    const result = instance[method.name](
      ...method.params.map((p, i) => fromJson(p.type, callArgs[i])),
    );
    out.push(method.returns === 'void' ? null : toJson(method.returns, result));
  }
  return out;
}

send({ t: 'ready' });
for (let i = 0; i < input.tests.length; i++) {
  captured = '';
  capturedBytes = 0;
  current = i;
  send({ t: 'start', i });
  startClock();
  let message;
  try {
    const value = runTest(input.tests[i]);
    message = { t: 'done', i, ok: true, value };
  } catch (error) {
    const info = describe(error);
    message = { t: 'done', i, ok: false, kind: 'runtime', error: info };
  }
  // A design class (or a test that failed before the call) is timed as a whole.
  if (clockMs === null) stopClock();
  message.cpuMs = clockMs;
  message.memoryKb = resourceUsage().maxRSS;
  message.stdout = captured;
  message.stdoutBytes = capturedBytes;
  try {
    send(message);
  } catch (error) {
    // stringify threw before anything was written (a BigInt where no number was expected, a
    // cycle): the test is reported, not the harness's own stack.
    const reason =
      typeof error?.message === 'string' && error.message.includes('BigInt')
        ? 'it holds a BigInt; return a number'
        : String(error?.message ?? error).split('\n')[0];
    send({
      t: 'done',
      i,
      ok: false,
      kind: 'runtime',
      error: { name: 'TypeError', message: 'the result is not serialisable: ' + reason, stack: '' },
      cpuMs: message.cpuMs,
      memoryKb: message.memoryKb,
      stdout: captured,
      stdoutBytes: capturedBytes,
    });
  }
}
send({ t: 'end' });
exit(0);
