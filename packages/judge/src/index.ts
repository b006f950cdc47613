export {
  createSandboxJudge,
  type JudgeStage,
  type SandboxJudge,
  type SandboxJudgeOptions,
} from './sandbox-judge';
export { detectToolchains, type Toolchain, type Toolchains } from './toolchains';
export { detectIsolation, type IsolationInfo, type CgroupSupport } from './sandbox/isolation';
export { compileChecker } from './compare';
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
export { compileGenerator, type InputGenerator } from './growth-measurement/generator';
export {
  createQueuedJudge,
  type QueuedJudge,
  type QueuedJudgeOptions,
} from './worker/queued-judge';
export { runJudgeWorker, type JudgeWorker, type JudgeWorkerOptions } from './worker/judge-worker';
