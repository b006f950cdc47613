import { availableParallelism } from 'node:os';
import type { Logger } from 'pino';
import {
  type Clock,
  type CodingEvaluation,
  type CodingEvaluationInput,
  type CodingInterviewService,
  createCodingInterviewService,
  createDataTransfer,
  type DataTransfer,
  createPracticeService,
  roundKinds,
  createStoryService,
  type EvaluateAnswer,
  type IdGenerator,
  type Interviewer,
  type Judge,
  type PlanStore,
  type PracticeService,
  type ProgressDashboard,
  type QuestionBank,
  type SessionStore,
  type StoryService,
  type StoryStore,
  type SubmissionStore,
} from '@onsite/core';
import type { StorageCheck } from '@onsite/db';
import type { MeasureComplexityOptions } from '@onsite/judge';
import { LOOPBACK_HOSTS, type AllowedHosts } from './request-guard';
import type { DashboardInput } from './evaluation-pool';
import { createProgressService, type ProgressService } from './progress';
import { createSubmissionService, type SubmissionService } from './submissions';

/** What the HTTP app needs: the use cases, the bank, a logger and where the web app lives. Built by `createDeps` or by tests. */
export interface AppDeps {
  readonly practice: PracticeService;
  /** The coding interview room's moves, and its submissions' round checks. */
  readonly codingInterview: CodingInterviewService;
  /** Export and import of the user's data. */
  readonly transfer: DataTransfer;
  readonly stories: StoryService;
  /** History, Today and Progress, comparing attempts, the study plan's settings. */
  readonly progress: ProgressService;
  readonly bank: QuestionBank;
  /** Code submissions, judged by `judge`, kept in the submission store (live progress in memory: see submissions.ts). */
  readonly submissions: SubmissionService;
  /** For the tier in /api/health; reading `isolation` may probe the machine once (~20 ms). */
  readonly judge: Judge;
  readonly logger: Logger;
  /** Absolute path of the built web app (packages/web/dist). */
  readonly webDir: string;
  readonly version: string;
  /** The SQLite file's integrity for /api/health (absent when there is no file to check). */
  readonly storageStatus?: () => StorageCheck;
  /** Config.allowedHosts: the Host names answered (DNS rebinding defence). */
  readonly allowedHosts: AllowedHosts;
}

/** The ports the use cases run on: real adapters from `createDeps`, in-memory ones in tests. */
export interface Ports {
  readonly sessions: SessionStore;
  readonly stories: StoryStore;
  readonly submissions: SubmissionStore;
  readonly plans: PlanStore;
  readonly bank: QuestionBank;
  readonly interviewer: Interviewer;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly evaluate: EvaluateAnswer;
  /** Scores a coding round (off the event loop in the real app); inline when absent. */
  readonly evaluateCoding?: (input: CodingEvaluationInput) => Promise<CodingEvaluation>;
  /** Builds the progress dashboard (off the event loop in the real app); inline when absent. */
  readonly buildDashboard?: (input: DashboardInput) => Promise<ProgressDashboard>;
  readonly judge: Judge;
}

/** Builds the use cases over the ports. The one place services are wired, for the real app and for tests alike. */
export const createAppDeps = (
  ports: Ports,
  options: {
    logger: Logger;
    webDir: string;
    version: string;
    judgeConcurrency?: number;
    /** Config.instanceId; tests leave it out. */
    instanceId?: string;
    /** For tests: smaller sizes than a problem's own, so a growth measurement takes seconds. */
    complexity?: MeasureComplexityOptions;
    /** Config.judge.allowSpecCode (default false). */
    allowSpecCode?: boolean;
    /** Config.allowedHosts (default: the loopback names). */
    allowedHosts?: AllowedHosts;
    storageStatus?: () => StorageCheck;
  },
): AppDeps => {
  const { judgeConcurrency, complexity, instanceId, allowSpecCode, allowedHosts, ...rest } =
    options;
  const codingInterview = createCodingInterviewService({
    sessions: ports.sessions,
    submissions: ports.submissions,
    bank: ports.bank,
    clock: ports.clock,
    interviewerName: ports.interviewer.name,
    ...(ports.evaluateCoding === undefined ? {} : { evaluate: ports.evaluateCoding }),
  });
  return {
    allowedHosts: allowedHosts ?? new Set(LOOPBACK_HOSTS),
    practice: createPracticeService({
      ...ports,
      rounds: roundKinds,
      finishSubmissionRound: (ref) => codingInterview.finishRound(ref),
    }),
    codingInterview,
    transfer: createDataTransfer(ports),
    stories: createStoryService(ports),
    progress: createProgressService({ ...ports, registry: roundKinds }),
    bank: ports.bank,
    judge: ports.judge,
    submissions: createSubmissionService({
      judge: ports.judge,
      store: ports.submissions,
      bank: ports.bank,
      allowSpecCode: allowSpecCode ?? false,
      clock: ports.clock,
      ids: ports.ids,
      concurrency: judgeConcurrency ?? availableParallelism(),
      instanceId: instanceId ?? 'local',
      ...(complexity === undefined ? {} : { complexity }),
      onUnexpectedError: (error) =>
        options.logger.error({ err: error }, 'judging a submission failed'),
    }),
    ...rest,
  };
};
