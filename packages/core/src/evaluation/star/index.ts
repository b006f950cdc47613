export { evaluateBehavioralAnswer, type EvaluationInput } from './evaluate';
export { FLAG_SEVERITY } from './follow-ups';
export { DIMENSION_NAMES } from './dimensions';
