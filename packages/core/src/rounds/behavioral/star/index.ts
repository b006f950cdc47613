export { evaluateBehavioralAnswer, type EvaluationInput } from './evaluate';
export { MAX_SCORED_CHARACTERS } from './analyze';
export { countWords } from './text';
export { FLAG_SEVERITY } from './follow-ups';
export { DIMENSION_NAMES } from './dimensions';
export { LEVEL_POINTS } from './score';
