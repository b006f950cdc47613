import { performance } from 'node:perf_hooks';
import type { Reporter, TestModule } from 'vitest/node';

interface ProjectSpan {
  files: number;
  firstStart: number;
  lastEnd: number;
  /** Sum of each file's own run time (import, setup, tests): what the project costs one worker. */
  fileTime: number;
}

const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(1)} s`;

/**
 * Prints, after the run, each project's wall-clock span (its first file starting to its last
 * file ending, measured here) and the summed time of its files, slowest first.
 */
export default class PackageTimesReporter implements Reporter {
  private readonly spans = new Map<string, ProjectSpan>();

  onTestModuleEnd(testModule: TestModule): void {
    const end = performance.now();
    const diagnostic = testModule.diagnostic();
    const fileTime =
      diagnostic.environmentSetupDuration +
      diagnostic.prepareDuration +
      diagnostic.setupDuration +
      diagnostic.collectDuration +
      diagnostic.duration;
    // The file began its import and setup `fileTime` before it ended (Vitest measures each step).
    const start = end - fileTime;
    const name = testModule.project.name || 'tests';
    const span = this.spans.get(name);
    if (span === undefined) {
      this.spans.set(name, { files: 1, firstStart: start, lastEnd: end, fileTime });
      return;
    }
    span.files += 1;
    span.firstStart = Math.min(span.firstStart, start);
    span.lastEnd = Math.max(span.lastEnd, end);
    span.fileTime += fileTime;
  }

  onTestRunEnd(): void {
    if (this.spans.size === 0) return;
    const rows = [...this.spans].sort(
      ([, a], [, b]) => b.lastEnd - b.firstStart - (a.lastEnd - a.firstStart),
    );
    const width = Math.max(...rows.map(([name]) => name.length));
    const lines = rows.map(
      ([name, span]) =>
        `  ${name.padEnd(width)}  ${seconds(span.lastEnd - span.firstStart).padStart(8)} wall` +
        `  ${seconds(span.fileTime).padStart(8)} in files  (${span.files} files)`,
    );
    process.stdout.write(`\n Time per package\n${lines.join('\n')}\n`);
    this.spans.clear();
  }
}
