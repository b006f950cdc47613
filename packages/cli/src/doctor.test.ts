import { describe, expect, it } from 'vitest';
import { formatDoctorReport, type DoctorReport } from './doctor';

const report = (isolation: DoctorReport['isolation']): DoctorReport => ({
  languages: [
    { language: 'python', version: 'Python 3.11.2', works: true, detail: 'judged a test in 30 ms' },
  ],
  isolation,
  node: 'v20.20.0',
  dataDir: '/data',
  database: 'sqlite (/data/onsite.db)',
  judgeMode: 'local',
  minIsolation: 'none',
});

describe('formatDoctorReport', () => {
  it('says the strongest tier has namespaces and the seccomp syscall filter', () => {
    expect(formatDoctorReport(report({ tier: 'namespaces', seccomp: true, notes: [] }))).toContain(
      'Isolation tier: namespaces (bubblewrap namespaces + seccomp syscall filter: the strongest tier)',
    );
  });

  it('points at the notes when namespaces run without the seccomp filter', () => {
    const text = formatDoctorReport(
      report({
        tier: 'namespaces',
        seccomp: false,
        notes: ['bwrap cannot install the seccomp filter here: EINVAL'],
      }),
    );
    expect(text).toContain('WITHOUT a seccomp syscall filter');
    expect(text).toContain('  - bwrap cannot install the seccomp filter here: EINVAL');
  });

  it('puts a loud banner around the warning below namespaces', () => {
    const text = formatDoctorReport(
      report({
        tier: 'rlimits',
        seccomp: false,
        notes: [],
        warning: 'Code runs WITHOUT namespace isolation.',
      }),
    );
    expect(text).toContain("WARNING: ISOLATION IS BELOW 'namespaces' (it is 'rlimits').");
    expect(text).not.toContain('seccomp');
  });
});
