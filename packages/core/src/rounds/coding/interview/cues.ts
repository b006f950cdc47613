import type { Evidence } from '../../types';
import type { CodingFollowUp, EdgeCase } from '../question';
import { findCue, sentenceAround } from './text';

/**
 * The test phase and the follow-ups are judged by what the candidate names: each edge case and
 * each follow-up's key idea has cue words, and a cue said anywhere in the candidate's words
 * counts, quoted as evidence (the sentence it was said in).
 */

/** A candidate turn: its text and its index among the candidate's turns (for evidence). */
export interface CandidateWords {
  readonly text: string;
  readonly turn: number;
}

const quoteOf = (words: CandidateWords, at: { start: number; end: number }): Evidence => {
  const sentence = sentenceAround(words.text, at.start);
  return sentence === null
    ? { quote: words.text.slice(at.start, at.end), turn: words.turn, start: at.start, end: at.end }
    : { quote: sentence.text, turn: words.turn, start: sentence.start, end: sentence.end };
};

/** The first place any of the cues is said, across the turns in order. */
const firstCue = (turns: readonly CandidateWords[], cues: readonly string[]): Evidence | null => {
  for (const words of turns)
    for (const cue of cues) {
      const at = findCue(words.text, cue);
      if (at !== null) return quoteOf(words, at);
    }
  return null;
};

export interface EdgeCaseCoverage {
  readonly named: readonly { readonly edgeCase: EdgeCase; readonly evidence: Evidence }[];
  readonly missed: readonly EdgeCase[];
}

/** Which of the problem's edge cases the candidate named, with where they named each. */
export const edgeCasesNamed = (
  edgeCases: readonly EdgeCase[],
  turns: readonly CandidateWords[],
): EdgeCaseCoverage => {
  const named: { edgeCase: EdgeCase; evidence: Evidence }[] = [];
  const missed: EdgeCase[] = [];
  for (const edgeCase of edgeCases) {
    const evidence = firstCue(turns, edgeCase.cues);
    if (evidence === null) missed.push(edgeCase);
    else named.push({ edgeCase, evidence });
  }
  return { named, missed };
};

/** The interviewer's reply in the test phase: what was covered, and one case to think about. */
export const respondToTestCases = (coverage: EdgeCaseCoverage): string => {
  const covered = coverage.named.map((entry) => entry.edgeCase.label);
  const total = covered.length + coverage.missed.length;
  const next = coverage.missed[0];
  const said =
    covered.length === 0
      ? 'None of those is a case I would worry about most.'
      : `Good: ${covered.join(', ')}. That is ${covered.length} of the ${total} cases I look for.`;
  return next === undefined
    ? `${said} Walk me through what your code returns for one of them.`
    : `${said} What about ${next.label}? What does your code do then?`;
};

export interface FollowUpAnswer {
  readonly followUp: CodingFollowUp;
  /** The cues the answer contains, each with its quote. */
  readonly covered: readonly Evidence[];
  /** covered / cues, 0–1. */
  readonly share: number;
}

/** How much of a follow-up's key idea the answer contains. */
export const judgeFollowUpAnswer = (
  followUp: CodingFollowUp,
  answer: CandidateWords,
): FollowUpAnswer => {
  const covered = followUp.cues.flatMap((cue) => {
    const at = findCue(answer.text, cue);
    return at === null ? [] : [quoteOf(answer, at)];
  });
  const unique = [...new Map(covered.map((evidence) => [evidence.start, evidence])).values()];
  // One idea said in different words is one idea: a follow-up is fully answered at two cues.
  const share = Math.min(1, covered.length / Math.min(2, followUp.cues.length));
  return { followUp, covered: unique, share };
};
