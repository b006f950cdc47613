import { detectIsolation } from './src/sandbox/isolation';
import { runSandboxed } from './src/sandbox/run-sandboxed';
const iso = detectIsolation();
console.log(iso);
const limits = { cpuSeconds: 5, wallMs: 5000, memoryBytes: 512 << 20, fallbackMemoryLimit: null, maxProcesses: 64, maxOpenFiles: 64, maxFileSizeBytes: 1 << 20, maxOutputBytes: 1 << 20, tmpBytes: 1 << 24 };
for (const variant of [iso, { ...iso, cgroup: null }, { ...iso, cgroup: null, tier: 'rlimits' as const }]) {
  const ts: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const r = await runSandboxed(variant, { argv: ['/root/.pyenv/versions/3.11.7/bin/python3.11', '-I', '-S', '-c', 'print(1)'], boxDir: '/tmp', boxWritable: false, readOnlyPaths: ['/root/.pyenv/versions/3.11.7'], env: {}, stdin: '', limits }).exit;
    ts.push(performance.now() - t);
    if (i === 0) console.log(r.stdout.trim(), r.stderr.slice(0, 200), r.exitCode, r.peakMemoryKb);
  }
  console.log(variant.tier, variant.cgroup !== null, ts.map((x) => x.toFixed(0)).join(' '));
}
