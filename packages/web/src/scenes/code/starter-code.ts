import type { CodingQuestion, Language, Signature } from '@onsite/core';

export const LANGUAGE_LABEL: Readonly<Record<Language, string>> = {
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  python: 'Python 3',
  java: 'Java',
  cpp: 'C++',
};

const base = (type: string) => type.replace(/(\[\])+$/u, '');
const depth = (type: string) => (type.match(/\[\]/gu) ?? []).length;

const JAVA_TYPES: Readonly<Record<string, string>> = { int: 'int', long: 'long', double: 'double', bool: 'boolean', string: 'String', char: 'char', void: 'void', ListNode: 'ListNode', TreeNode: 'TreeNode' };
const CPP_TYPES: Readonly<Record<string, string>> = { int: 'int', long: 'long long', double: 'double', bool: 'bool', string: 'string', char: 'char', void: 'void', ListNode: 'ListNode*', TreeNode: 'TreeNode*' };
const TS_TYPES: Readonly<Record<string, string>> = { int: 'number', long: 'number', double: 'number', bool: 'boolean', string: 'string', char: 'string', void: 'void', ListNode: 'ListNode | null', TreeNode: 'TreeNode | null' };

const javaType = (type: string) => `${JAVA_TYPES[base(type)] ?? base(type)}${'[]'.repeat(depth(type))}`;
const cppType = (type: string) => {
  let text = CPP_TYPES[base(type)] ?? base(type);
  for (let level = 0; level < depth(type); level += 1) text = `vector<${text}>`;
  return text;
};
const tsType = (type: string) => {
  const inner = TS_TYPES[base(type)] ?? base(type);
  return depth(type) === 0 ? inner : `${inner.includes('|') ? `(${inner})` : inner}${'[]'.repeat(depth(type))}`;
};

type Method = { readonly name: string; readonly params: readonly { name: string; type: string }[]; readonly returns: string };

const methodStub = (language: Language, method: Method, indent: string, inClass: boolean): string => {
  const names = method.params.map((param) => param.name);
  switch (language) {
    case 'javascript':
      return inClass ? `${indent}${method.name}(${names.join(', ')}) {\n${indent}}\n` : `function ${method.name}(${names.join(', ')}) {\n}\n`;
    case 'typescript': {
      const params = method.params.map((param) => `${param.name}: ${tsType(param.type)}`).join(', ');
      return `${indent}${inClass ? '' : 'function '}${method.name}(${params}): ${tsType(method.returns)} {\n${indent}}\n`;
    }
    case 'python':
      return `${indent}def ${method.name}(${[...(inClass ? ['self'] : []), ...names].join(', ')}):\n${indent}    pass\n`;
    case 'java':
      return `${indent}public ${javaType(method.returns)} ${method.name}(${method.params.map((param) => `${javaType(param.type)} ${param.name}`).join(', ')}) {\n${indent}}\n`;
    case 'cpp':
      return `${indent}${cppType(method.returns)} ${method.name}(${method.params.map((param) => `${cppType(param.type)} ${param.name}`).join(', ')}) {\n${indent}}\n`;
  }
};

/** A starting point from the signature, for languages the question has no starter code for. */
export const stubFor = (signature: Signature, language: Language): string => {
  if (signature.style === 'function') {
    if (language === 'java') return `class Solution {\n${methodStub(language, signature, '    ', true)}}\n`;
    if (language === 'cpp') return `class Solution {\npublic:\n${methodStub(language, signature, '    ', true)}};\n`;
    return methodStub(language, signature, '', false);
  }
  const constructor: Method = { name: signature.className, params: signature.constructorParams, returns: 'void' };
  const methods = signature.methods.map((method) => methodStub(language, method, '    ', true)).join('\n');
  switch (language) {
    case 'javascript':
      return `class ${signature.className} {\n    constructor(${constructor.params.map((param) => param.name).join(', ')}) {\n    }\n\n${methods}}\n`;
    case 'typescript':
      return `class ${signature.className} {\n    constructor(${constructor.params.map((param) => `${param.name}: ${tsType(param.type)}`).join(', ')}) {\n    }\n\n${methods}}\n`;
    case 'python':
      return `class ${signature.className}:\n    def __init__(${['self', ...constructor.params.map((param) => param.name)].join(', ')}):\n        pass\n\n${methods}`;
    case 'java':
      return `class ${signature.className} {\n    public ${signature.className}(${constructor.params.map((param) => `${javaType(param.type)} ${param.name}`).join(', ')}) {\n    }\n\n${methods}}\n`;
    case 'cpp':
      return `class ${signature.className} {\npublic:\n    ${signature.className}(${constructor.params.map((param) => `${cppType(param.type)} ${param.name}`).join(', ')}) {\n    }\n\n${methods}};\n`;
  }
};

export const starterFor = (question: Pick<CodingQuestion, 'signature' | 'starterCode'>, language: Language): string =>
  question.starterCode?.[language] ?? stubFor(question.signature, language);

/** Where the editor's text is kept on this device, per question and language. */
export const codeStorageKey = (questionId: string, language: Language): string => `onsite:code:${questionId}:${language}`;
export const languageStorageKey = 'onsite:code-language';
/** The editor's code from just before a "Restore this code", per question and language, so the restore can be undone. */
export const restoreBackupKey = (questionId: string, language: Language): string => `onsite:code-before-restore:${questionId}:${language}`;

const storage = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
};

export const readStored = (key: string): string | null => {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
};

/** Best effort: a full or blocked storage must not stop the candidate typing. */
export const writeStored = (key: string, value: string | null): void => {
  try {
    if (value === null) storage()?.removeItem(key);
    else storage()?.setItem(key, value);
  } catch {
    // Nothing to do: the text is still in the editor.
  }
};
