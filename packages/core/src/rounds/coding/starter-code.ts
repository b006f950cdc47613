/**
 * The starting point a candidate gets from a signature, in each language, for
 * questions that bring no starter code of their own. One place, so that the
 * coding room shows the form the judge's tests prove it accepts.
 */
import type { Language, Signature } from './judge-spec';

const base = (type: string): string => type.replace(/(\[\])+$/u, '');
const depth = (type: string): number => (type.match(/\[\]/gu) ?? []).length;

/** Each signature type's name in Java and in C++ (`[]` aside): the starter code's and the judge's. */
export const JAVA_TYPES: Readonly<Record<string, string>> = {
  int: 'int',
  long: 'long',
  double: 'double',
  bool: 'boolean',
  string: 'String',
  char: 'char',
  void: 'void',
  ListNode: 'ListNode',
  TreeNode: 'TreeNode',
};
export const CPP_TYPES: Readonly<Record<string, string>> = {
  int: 'int',
  long: 'long long',
  double: 'double',
  bool: 'bool',
  string: 'string',
  char: 'char',
  void: 'void',
  ListNode: 'ListNode*',
  TreeNode: 'TreeNode*',
};
const TS_TYPES: Readonly<Record<string, string>> = {
  int: 'number',
  long: 'number',
  double: 'number',
  bool: 'boolean',
  string: 'string',
  char: 'string',
  void: 'void',
  ListNode: 'ListNode | null',
  TreeNode: 'TreeNode | null',
};

const javaType = (type: string): string =>
  `${JAVA_TYPES[base(type)] ?? base(type)}${'[]'.repeat(depth(type))}`;
const cppType = (type: string): string => {
  let text = CPP_TYPES[base(type)] ?? base(type);
  for (let level = 0; level < depth(type); level += 1) text = `vector<${text}>`;
  return text;
};
const tsType = (type: string): string => {
  const inner = TS_TYPES[base(type)] ?? base(type);
  return depth(type) === 0
    ? inner
    : `${inner.includes('|') ? `(${inner})` : inner}${'[]'.repeat(depth(type))}`;
};

interface Param {
  readonly name: string;
  readonly type: string;
}

/**
 * A C++ parameter as LeetCode's templates write it: containers by reference (`vector<int>& nums`,
 * everywhere, so an in-place change reaches the caller and nothing is copied), and a string by
 * reference where the problem changes it in place (`string& s`), by value otherwise.
 */
export const cppParameter = (param: Param, mutates: string | undefined): string => {
  const type = cppType(param.type);
  const byReference = depth(param.type) > 0 || (param.type === 'string' && param.name === mutates);
  return `${type}${byReference ? '&' : ''} ${param.name}`;
};

interface Method {
  readonly name: string;
  readonly params: readonly Param[];
  readonly returns: string;
  readonly mutates?: string | undefined;
}

const methodStub = (
  language: Language,
  method: Method,
  indent: string,
  inClass: boolean,
): string => {
  const names = method.params.map((param) => param.name);
  switch (language) {
    case 'javascript':
      return inClass
        ? `${indent}${method.name}(${names.join(', ')}) {\n${indent}}\n`
        : `function ${method.name}(${names.join(', ')}) {\n}\n`;
    case 'typescript': {
      const params = method.params
        .map((param) => `${param.name}: ${tsType(param.type)}`)
        .join(', ');
      return `${indent}${inClass ? '' : 'function '}${method.name}(${params}): ${tsType(method.returns)} {\n${indent}}\n`;
    }
    case 'python':
      return `${indent}def ${method.name}(${[...(inClass ? ['self'] : []), ...names].join(', ')}):\n${indent}    pass\n`;
    case 'java':
      return `${indent}public ${javaType(method.returns)} ${method.name}(${method.params.map((param) => `${javaType(param.type)} ${param.name}`).join(', ')}) {\n${indent}}\n`;
    case 'cpp':
      return `${indent}${cppType(method.returns)} ${method.name}(${method.params.map((param) => cppParameter(param, method.mutates)).join(', ')}) {\n${indent}}\n`;
  }
};

/** A starting point from the signature: the class or function the judge calls, with an empty body. */
export const starterStub = (signature: Signature, language: Language): string => {
  if (signature.style === 'function') {
    if (language === 'java')
      return `class Solution {\n${methodStub(language, signature, '    ', true)}}\n`;
    if (language === 'cpp')
      return `class Solution {\npublic:\n${methodStub(language, signature, '    ', true)}};\n`;
    return methodStub(language, signature, '', false);
  }
  const constructorParams = signature.constructorParams;
  const methods = signature.methods
    .map((method) => methodStub(language, method, '    ', true))
    .join('\n');
  switch (language) {
    case 'javascript':
      return `class ${signature.className} {\n    constructor(${constructorParams.map((param) => param.name).join(', ')}) {\n    }\n\n${methods}}\n`;
    case 'typescript':
      return `class ${signature.className} {\n    constructor(${constructorParams.map((param) => `${param.name}: ${tsType(param.type)}`).join(', ')}) {\n    }\n\n${methods}}\n`;
    case 'python':
      return `class ${signature.className}:\n    def __init__(${['self', ...constructorParams.map((param) => param.name)].join(', ')}):\n        pass\n\n${methods}`;
    case 'java':
      return `class ${signature.className} {\n    public ${signature.className}(${constructorParams.map((param) => `${javaType(param.type)} ${param.name}`).join(', ')}) {\n    }\n\n${methods}}\n`;
    case 'cpp':
      return `class ${signature.className} {\npublic:\n    ${signature.className}(${constructorParams.map((param) => cppParameter(param, undefined)).join(', ')}) {\n    }\n\n${methods}};\n`;
  }
};
