import { JudgeSpecSchema } from '@onsite/core';
import { createSandboxJudge } from '@onsite/judge';
const tests = Array.from({ length: 30 }, (_, k) => { const nums = Array.from({ length: 1000 }, (_, i) => 4 * i); nums[3] = 1; nums[7] = 2; return { args: [nums, 3], expected: [3, 7], sample: k < 3 }; });
const spec = JudgeSpecSchema.parse({ id: 'x', signature: { style: 'function', name: 'twoSum', params: [{ name: 'nums', type: 'int[]' }, { name: 'target', type: 'int' }], returns: 'int[]' }, tests, comparison: { mode: 'any-order' } });
const source = `function twoSum(nums, target) { const seen = new Map(); for (let i = 0; i < nums.length; i++) { const j = seen.get(target - nums[i]); if (j !== undefined) return [j, i]; seen.set(nums[i], i); } return []; }`;
const py = `def twoSum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        j = seen.get(target - x)\n        if j is not None:\n            return [j, i]\n        seen[x] = i\n    return []\n`;
const judge = createSandboxJudge({ warm: true });
await new Promise((r) => setTimeout(r, 1500));
for (const [language, src] of [['javascript', source], ['python', py]] as const) {
  const times: number[] = [];
  for (let i = 0; i < 12; i++) {
    const t0 = performance.now();
    const r = await judge.judge({ spec, language, source: src, mode: 'submit' }, (e) => { if (process.env.TRACE) console.log(e.type, (performance.now() - t0).toFixed(1)); });
    times.push(performance.now() - t0);
    if (r.verdict !== 'Accepted') console.log(r);
    await new Promise((r) => setTimeout(r, 400));
  }
  console.log(language, times.map((t) => t.toFixed(0)).join(' '));
}
await judge.close();
