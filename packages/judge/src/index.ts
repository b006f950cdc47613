export { createSandboxJudge, tierRank, type SandboxJudgeOptions } from './sandbox-judge';
export { detectToolchains, type Toolchain, type Toolchains } from './toolchains';
export { detectIsolation, type IsolationInfo, type CgroupSupport } from './sandbox/isolation';
export { runSandboxed, boxPath, type SandboxCommand, type SandboxExit, type SandboxLimits, type SandboxRun } from './sandbox/run-sandboxed';
export { createComparer, deepMatch, type Comparer } from './compare';
