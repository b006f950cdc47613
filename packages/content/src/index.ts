export {
  DEFAULT_BANK_DIR,
  formatProblem,
  loadBank,
  loadQuestion,
  parseQuestionFile,
} from './load-bank';
export type { BankProblem, LoadedBank, ParsedQuestionFile, QuestionFile } from './load-bank';
export { createQuestionBank } from './question-bank';
export { checkBank, formatBankReport, summarizeBank } from './check-bank';
export type { BankCheckResult, BankSummary, PrincipleCoverage } from './check-bank';
export { checkReferenceSolutions, formatReferenceReport } from './check-reference-solutions';
export type {
  CheckReferenceSolutionsOptions,
  GrowthCheck,
  MeasureGrowth,
  ReferenceCheck,
  ReferenceCheckProgress,
  ReferenceCheckResult,
  SolutionCheck,
} from './check-reference-solutions';
