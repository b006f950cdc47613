export {
  createSandboxJudge,
  tierRank,
  type SandboxJudge,
  type SandboxJudgeOptions,
} from './sandbox-judge';
export { detectToolchains, type Toolchain, type Toolchains } from './toolchains';
export { detectIsolation, type IsolationInfo, type CgroupSupport } from './sandbox/isolation';
export {
  runSandboxed,
  boxPath,
  type SandboxCommand,
  type SandboxExit,
  type SandboxLimits,
  type SandboxRun,
} from './sandbox/run-sandboxed';
export { compileChecker, createComparer, deepMatch, type Comparer } from './compare';
export {
  createJudgePool,
  type JudgePool,
  type JudgePoolOptions,
  type JudgePoolStats,
} from './pool/judge-pool';
export {
  measureComplexity,
  type MeasureComplexityOptions,
} from './growth-measurement/measure-complexity';
export {
  compileGenerator,
  createSeededRandom,
  type InputGenerator,
} from './growth-measurement/generator';
export {
  createQueuedJudge,
  type QueuedJudge,
  type QueuedJudgeOptions,
} from './worker/queued-judge';
export { runJudgeWorker, type JudgeWorker, type JudgeWorkerOptions } from './worker/judge-worker';
export { DEFAULT_QUEUE as JUDGE_QUEUE } from './worker/tables';
