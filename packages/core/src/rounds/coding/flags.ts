import type { FlagCopy } from '../types';

/** The flags the coding evaluator may raise: exactly this set, each with its copy below. */
export const CODING_FLAGS = [
  'does-not-compile',
  'fails-tests',
  'crashes',
  'too-slow',
  'too-much-memory',
  'grows-faster-than-expected',
] as const;
export type CodingFlag = (typeof CODING_FLAGS)[number];

export const CODING_FLAG_COPY: Readonly<Record<CodingFlag, FlagCopy>> = {
  'does-not-compile': {
    label: 'The code does not compile',
    whyItMatters: 'An interviewer cannot run it, so every other strength goes unseen.',
    howToFix: 'Read the first compiler error, fix it, and run the samples before submitting.',
    before: 'int result = nums.size() (missing semicolon)',
    after: 'int result = nums.size();',
  },
  'fails-tests': {
    label: 'Some tests give a wrong answer',
    whyItMatters: 'A solution that is wrong on some inputs is wrong: interviewers test the edges.',
    howToFix:
      'List the edge cases (empty input, one element, duplicates, negatives, the largest size) and trace your code on each.',
    before: 'Returns the right pair for the samples only.',
    after: 'Checked empty input, duplicates and negatives before submitting.',
  },
  crashes: {
    label: 'The code crashes on some inputs',
    whyItMatters: 'A crash in an interview reads as untested code.',
    howToFix:
      'Guard indexes and empty collections; the line the error points to is where to start.',
    before: 'return nums[i + 1] (reads past the end)',
    after: 'if (i + 1 < nums.length) return nums[i + 1]',
  },
  'too-slow': {
    label: 'Too slow for the largest inputs',
    whyItMatters:
      'The constraints say how large inputs get; a solution that times out there fails.',
    howToFix:
      'Work out the growth the constraints allow (about 10⁸ simple steps per second) and choose an approach that fits.',
    before: 'Two nested loops over 100 000 elements.',
    after: 'One pass with a hash map from value to index.',
  },
  'too-much-memory': {
    label: 'Uses more memory than allowed',
    whyItMatters: 'Memory is a constraint like time; interviewers ask what your solution keeps.',
    howToFix: 'Keep only what the next step needs, and reuse buffers instead of copying.',
    before: 'Copies the whole array on every recursive call.',
    after: 'Passes start and end indexes instead of slices.',
  },
  'grows-faster-than-expected': {
    label: 'Grows faster than the best solution',
    whyItMatters:
      'Interviewers ask for the optimal growth; a correct but slower approach is usually a "lean no hire".',
    howToFix:
      'Say the growth of your approach, then look for the repeated work a hash map, two pointers or sorting removes.',
    before: 'O(n²): for each element, scan the rest.',
    after: 'O(n): one pass, remembering what was seen.',
  },
};
