/**
 * `onsite doctor`: what this machine can do for Onsite. Each language is
 * proven by judging a one-line program in the real sandbox, not just by
 * finding its compiler: a toolchain the sandbox cannot see is as good as none.
 */
import {
  JudgeSpecSchema,
  LANGUAGES,
  type IsolationTier,
  type Judge,
  type Language,
} from '@onsite/core';
import type { Toolchains } from '@onsite/judge';

const ADD_SPEC = JudgeSpecSchema.parse({
  id: 'doctor-add',
  signature: {
    style: 'function',
    name: 'add',
    params: [
      { name: 'a', type: 'int' },
      { name: 'b', type: 'int' },
    ],
    returns: 'int',
  },
  tests: [{ args: [2, 3], expected: 5, sample: true }],
});

const ADD_SOURCES: Record<Language, string> = {
  javascript: 'function add(a, b) {\n  return a + b;\n}\n',
  typescript: 'function add(a: number, b: number): number {\n  return a + b;\n}\n',
  python: 'def add(a, b):\n    return a + b\n',
  java: 'class Solution {\n    public int add(int a, int b) { return a + b; }\n}\n',
  cpp: 'class Solution {\npublic:\n    int add(int a, int b) { return a + b; }\n};\n',
};

export interface LanguageCheck {
  readonly language: Language;
  readonly version: string | null;
  readonly works: boolean;
  /** Why it does not work, or how long the check took. */
  readonly detail: string;
}

export interface DoctorReport {
  readonly languages: readonly LanguageCheck[];
  readonly isolation: {
    readonly tier: IsolationTier;
    /** Whether namespaced runs also get the seccomp syscall filter. */
    readonly seccomp: boolean;
    readonly notes: readonly string[];
    readonly warning?: string;
  };
  readonly node: string;
  readonly dataDir: string;
  readonly database: string;
  readonly judgeMode: string;
  readonly minIsolation: IsolationTier;
}

/** Judges `add(2, 3)` in each available language, one after the other (the machine may be small). */
export const checkLanguages = async (
  judge: Judge,
  toolchains: Toolchains,
): Promise<LanguageCheck[]> => {
  const checks: LanguageCheck[] = [];
  for (const language of LANGUAGES) {
    const toolchain = toolchains[language];
    if (!toolchain.available) {
      checks.push({
        language,
        version: null,
        works: false,
        detail: toolchain.reason ?? 'not found',
      });
      continue;
    }
    const started = performance.now();
    try {
      const result = await judge.judge({
        spec: ADD_SPEC,
        language,
        source: ADD_SOURCES[language],
        mode: 'submit',
      });
      const ms = Math.round(performance.now() - started);
      const works = result.verdict === 'Accepted';
      const why = result.compileOutput ?? result.error?.message ?? result.tests[0]?.message ?? '';
      checks.push({
        language,
        version: toolchain.version,
        works,
        detail: works
          ? `judged a test in ${ms} ms`
          : `${result.verdict}${why === '' ? '' : `: ${why.split('\n')[0] ?? ''}`}`,
      });
    } catch (error) {
      checks.push({
        language,
        version: toolchain.version,
        works: false,
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return checks;
};

const BANNER = '!'.repeat(78);

const describeNamespaces = ({ tier, seccomp }: DoctorReport['isolation']): string => {
  if (tier !== 'namespaces') return '';
  return seccomp
    ? ' (bubblewrap namespaces + seccomp syscall filter: the strongest tier)'
    : ' (bubblewrap namespaces WITHOUT a seccomp syscall filter: see the notes below)';
};

export const formatDoctorReport = (report: DoctorReport): string => {
  const lines: string[] = ['Onsite doctor', ''];
  lines.push('Languages:');
  for (const check of report.languages) {
    lines.push(
      `  ${check.works ? '✓' : '✗'} ${check.language.padEnd(10)} ${(check.version ?? 'not installed').padEnd(40)} ${check.works ? 'works' : 'DOES NOT WORK'} (${check.detail})`,
    );
  }
  lines.push('');
  lines.push(`Isolation tier: ${report.isolation.tier}${describeNamespaces(report.isolation)}`);
  for (const note of report.isolation.notes) lines.push(`  - ${note}`);
  if (report.isolation.warning !== undefined) {
    lines.push(
      BANNER,
      `WARNING: ISOLATION IS BELOW 'namespaces' (it is '${report.isolation.tier}').`,
      report.isolation.warning,
      BANNER,
    );
  }
  lines.push(`Minimum tier to run code (ONSITE_JUDGE_MIN_ISOLATION): ${report.minIsolation}`);
  lines.push(`Judge mode (ONSITE_JUDGE_MODE): ${report.judgeMode}`);
  lines.push('');
  lines.push(`Node: ${report.node}`);
  lines.push(`Data dir: ${report.dataDir}`);
  lines.push(`Database: ${report.database}`);
  return lines.join('\n');
};
