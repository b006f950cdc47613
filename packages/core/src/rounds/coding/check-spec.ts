/**
 * Checks a judge spec beyond its schema: rules across fields that only show up
 * when a solution runs (a test with one argument too few, a design test whose
 * call list and expected list differ in length, an `int` test value of 2.5).
 * A bank question that passes these is one the judge can run; each problem
 * names the field, as a dotted path, that needs fixing.
 */
import { JudgeSpecSchema, VALUE_TYPE_PATTERN, type JudgeSpec, type Signature } from './judge-spec';

export interface SpecProblem {
  /** Dotted path into the spec, e.g. `tests.3.args.1`; empty for the whole spec. */
  readonly path: string;
  readonly message: string;
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

const isIntegerIn = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const isLeetCodeNodeArray = (value: unknown, allowNull: boolean): boolean =>
  Array.isArray(value) &&
  value.every((item) => (allowNull && item === null) || isIntegerIn(item, INT_MIN, INT_MAX));

/**
 * Null when `value` is valid JSON for the spec type `type` (see the type table
 * in docs/judge-spec.md), else what is wrong with it, in a few words.
 */
export function valueTypeProblem(value: unknown, type: string): string | null {
  if (!VALUE_TYPE_PATTERN.test(type)) return `"${type}" is not a judge type`;
  if (type.endsWith('[]')) {
    if (!Array.isArray(value)) return `expected a list (${type})`;
    const itemType = type.slice(0, -2);
    for (const [index, item] of value.entries()) {
      const problem = valueTypeProblem(item, itemType);
      if (problem !== null) return `item ${index}: ${problem}`;
    }
    return null;
  }
  switch (type) {
    case 'int':
      return isIntegerIn(value, INT_MIN, INT_MAX) ? null : 'expected a 32-bit whole number (int)';
    case 'long':
      return isIntegerIn(value, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)
        ? null
        : 'expected a whole number (long) within ±2^53';
    case 'double':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : 'expected a number (double)';
    case 'bool':
      return typeof value === 'boolean' ? null : 'expected true or false (bool)';
    case 'string':
      return typeof value === 'string' ? null : 'expected text in double quotes (string)';
    case 'char':
      // One UTF-16 unit, as Java's char holds.
      return typeof value === 'string' && value.length === 1
        ? null
        : 'expected one character in double quotes (char)';
    case 'ListNode':
      return isLeetCodeNodeArray(value, false)
        ? null
        : 'expected a linked list as a list of ints, e.g. [1,2,3]';
    case 'TreeNode':
      if (!isLeetCodeNodeArray(value, true))
        return 'expected a tree in level order, ints and nulls, e.g. [3,9,20,null,null,15,7]';
      return Array.isArray(value) && value.length > 0 && value[0] === null
        ? 'the root cannot be null; the empty tree is []'
        : null;
    case 'void':
      return value === null ? null : 'a void result is written null';
    default:
      return `"${type}" is not a judge type`;
  }
}

const describeParams = (params: readonly { name: string }[]): string =>
  params.length === 0
    ? 'no arguments'
    : `${params.length} (${params.map((param) => param.name).join(', ')})`;

function signatureProblems(signature: Signature): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const seen = (names: readonly string[], path: string): void => {
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index)
        problems.push({
          path: `${path}.${index}.name`,
          message: `"${name}" is used twice; give each its own name`,
        });
    });
  };
  if (signature.style === 'function') {
    seen(
      signature.params.map((param) => param.name),
      'signature.params',
    );
    signature.params.forEach((param, index) => {
      if (param.type === 'void')
        problems.push({
          path: `signature.params.${index}.type`,
          message: 'a parameter cannot be void',
        });
    });
    if (signature.mutates !== undefined) {
      if (!signature.params.some((param) => param.name === signature.mutates)) {
        problems.push({
          path: 'signature.mutates',
          message: `"${signature.mutates}" is not a parameter; name the argument the function changes in place`,
        });
      }
      if (signature.returns !== 'void') {
        problems.push({
          path: 'signature.returns',
          message: 'an in-place problem (with mutates) returns void',
        });
      }
    } else if (signature.returns === 'void') {
      problems.push({
        path: 'signature.mutates',
        message: 'a void function needs mutates: the argument compared after the call',
      });
    }
  } else {
    seen(
      signature.methods.map((method) => method.name),
      'signature.methods',
    );
    seen(
      signature.constructorParams.map((param) => param.name),
      'signature.constructorParams',
    );
    signature.methods.forEach((method, index) => {
      seen(
        method.params.map((param) => param.name),
        `signature.methods.${index}.params`,
      );
      if (method.name === signature.className) {
        problems.push({
          path: `signature.methods.${index}.name`,
          message:
            'a method cannot share the class name; the first call of each test is the constructor',
        });
      }
    });
  }
  return problems;
}

function testProblems(
  spec: JudgeSpec,
  options: { readonly repeats: boolean } = { repeats: true },
): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const { signature } = spec;
  // A checker decides what a right answer looks like, so `expected` may be any shape it reads.
  const checksExpected = spec.comparison.mode !== 'checker';
  const argumentsProblems = (
    values: readonly unknown[],
    params: readonly { name: string; type: string }[],
    path: string,
  ): void => {
    if (values.length !== params.length) {
      problems.push({
        path,
        message: `gives ${values.length} argument${values.length === 1 ? '' : 's'} but the signature takes ${describeParams(params)}`,
      });
      return;
    }
    params.forEach((param, index) => {
      const problem = valueTypeProblem(values[index], param.type);
      if (problem !== null)
        problems.push({ path: `${path}.${index}`, message: `${param.name}: ${problem}` });
    });
  };

  spec.tests.forEach((test, index) => {
    const path = `tests.${index}`;
    if (signature.style === 'function') {
      argumentsProblems(test.args, signature.params, `${path}.args`);
      if (!checksExpected) return;
      const compared =
        signature.mutates === undefined
          ? signature.returns
          : signature.params.find((param) => param.name === signature.mutates)?.type;
      // A broken in-place signature is reported once, on the signature, not once per test.
      if (compared === undefined || compared === 'void') return;
      const problem = valueTypeProblem(test.expected, compared);
      // any-order compares the top level as a multiset, but each item still has the declared type.
      if (problem !== null) problems.push({ path: `${path}.expected`, message: problem });
      return;
    }
    const [calls, argumentLists] = test.args;
    if (test.args.length !== 2 || !Array.isArray(calls) || !Array.isArray(argumentLists)) {
      problems.push({
        path: `${path}.args`,
        message:
          'a design test is a pair: the list of calls, then the list of their argument lists',
      });
      return;
    }
    if (calls.length === 0 || calls[0] !== signature.className) {
      problems.push({
        path: `${path}.args.0.0`,
        message: `the first call must be the constructor "${signature.className}"`,
      });
    }
    if (argumentLists.length !== calls.length) {
      problems.push({
        path: `${path}.args.1`,
        message: `${calls.length} calls but ${argumentLists.length} argument lists; give one per call`,
      });
    }
    const expected = checksExpected ? test.expected : undefined;
    if (checksExpected && (!Array.isArray(expected) || expected.length !== calls.length)) {
      problems.push({
        path: `${path}.expected`,
        message: `give one expected result per call (${calls.length}), null for the constructor and void methods`,
      });
    }
    calls.forEach((call, position) => {
      if (position === 0) return;
      const method = signature.methods.find((candidate) => candidate.name === call);
      if (method === undefined) {
        problems.push({
          path: `${path}.args.0.${position}`,
          message: `"${String(call)}" is not a method of ${signature.className}`,
        });
        return;
      }
      const callArguments: unknown = argumentLists[position];
      if (argumentLists.length !== calls.length) {
        // Already reported: which list belongs to which call is unclear.
      } else if (!Array.isArray(callArguments)) {
        problems.push({
          path: `${path}.args.1.${position}`,
          message: `the arguments of ${method.name} must be a list, [] for none`,
        });
      } else {
        argumentsProblems(callArguments, method.params, `${path}.args.1.${position}`);
      }
      if (Array.isArray(expected) && expected.length === calls.length) {
        const problem = valueTypeProblem(expected[position], method.returns);
        if (problem !== null)
          problems.push({
            path: `${path}.expected.${position}`,
            message: `${method.name}: ${problem}`,
          });
      }
    });
    const constructorArguments: unknown = argumentLists[0];
    if (Array.isArray(constructorArguments))
      argumentsProblems(constructorArguments, signature.constructorParams, `${path}.args.1.0`);
    if (Array.isArray(expected) && expected.length > 0 && expected[0] !== null) {
      problems.push({
        path: `${path}.expected.0`,
        message: 'the constructor returns nothing; write null',
      });
    }
  });

  const seenArgs = new Map<string, number>();
  if (options.repeats)
    spec.tests.forEach((test, index) => {
      const key = JSON.stringify(test.args);
      const first = seenArgs.get(key);
      if (first === undefined) seenArgs.set(key, index);
      else
        problems.push({
          path: `tests.${index}.args`,
          message: `the same input as test ${first}; remove the repeat or change it`,
        });
    });
  if (!spec.tests.some((test) => test.sample)) {
    problems.push({
      path: 'tests',
      message: 'mark at least one test "sample: true": samples are the examples the candidate sees',
    });
  }
  return problems;
}

/**
 * Every problem with a spec (given as parsed JSON or an object), all at once:
 * schema violations first, then the cross-field rules. Empty means the judge
 * can run it.
 */
export function checkJudgeSpec(input: unknown): readonly SpecProblem[] {
  const parsed = JudgeSpecSchema.safeParse(input);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
  return [...signatureProblems(parsed.data.signature), ...testProblems(parsed.data)];
}

/**
 * What is wrong with a candidate's own test cases (Run's custom inputs) for
 * this spec: the number of arguments and each value's type, as for a spec's
 * tests, with paths `customInputs.<case>.<argument>`. Empty means the judge
 * can run them; anything else would only fail inside the harness, unclearly.
 */
export function customInputProblems(
  spec: JudgeSpec,
  inputs: readonly (readonly unknown[])[],
): readonly SpecProblem[] {
  const asTests: JudgeSpec = {
    ...spec,
    // A checker accepts any expected value, so only the arguments are checked.
    comparison: { mode: 'checker', source: 'return true;' },
    tests: inputs.map((args) => ({ args: [...args], expected: null, sample: true })),
  };
  return testProblems(asTests, { repeats: false }).map((problem) => ({
    ...problem,
    path: problem.path.replace(/^tests\.(\d+)\.args/, 'customInputs.$1'),
  }));
}
