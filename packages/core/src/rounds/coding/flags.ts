import type { FlagCopy } from '../types';

/** The flags the coding evaluator may raise: exactly this set, each with its copy below. */
export const CODING_FLAGS = [
  'does-not-compile',
  'fails-tests',
  'crashes',
  'too-slow',
  'too-much-memory',
  'grows-faster-than-expected',
  'no-approach-stated',
  'complexity-claim-off',
  'edge-cases-missed',
  'hints-used',
  'code-hard-to-read',
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
  'no-approach-stated': {
    label: 'Started coding without a plan',
    whyItMatters:
      'Interviewers want to hear the approach and its cost first: it is how they see problem solving, and how they steer you before you spend twenty minutes on the wrong idea.',
    howToFix:
      'Before typing, say the idea in two sentences and its time and space complexity, and wait for a nod.',
    before: '(starts typing a loop)',
    after: '"I will walk once with a map from value to index: O(n) time, O(n) space."',
  },
  'complexity-claim-off': {
    label: 'The complexity you stated is not what the code does',
    whyItMatters:
      'Getting your own complexity wrong tells the interviewer you cannot yet predict the cost of code, which matters more than the code.',
    howToFix:
      'Count the work: each loop over the input multiplies by n, a sort adds n log n, a lookup in a hash map is O(1) on average.',
    before: '"It is O(n)" (with a scan inside the loop)',
    after: '"The inner scan makes it O(n²); a set makes each check O(1), so O(n)."',
  },
  'edge-cases-missed': {
    label: 'Few edge cases named',
    whyItMatters:
      'Strong candidates find their own bugs: naming the empty, single, duplicate and extreme inputs before the interviewer does is what the testing score is about.',
    howToFix:
      'Before submitting, list the inputs that break solutions of this kind and trace one of them through your code.',
    before: '"I think it works."',
    after: '"Let me try an empty list, one element, all equal values and negatives."',
  },
  'hints-used': {
    label: 'Hints used',
    whyItMatters:
      'A hint is fine to take, and interviewers note it: the more of the idea they gave, the less of it counts as yours.',
    howToFix:
      'Practise this pattern until the first step comes without a hint; read the study view first.',
    before: 'Needed the second hint to think of a hash map.',
    after: 'Reached for a hash map when the brute force repeated lookups.',
  },
  'code-hard-to-read': {
    label: 'The code is harder to read than it needs to be',
    whyItMatters:
      'Interviewers read your code as a teammate would: unclear names, very long functions, dead or copied code make it harder to trust.',
    howToFix:
      'Name variables for what they hold, split a long function, delete commented-out code, and comment the one line that is clever.',
    before: 'a, b, tmp2 = ... (with a commented-out loop below)',
    after: 'left, right, best_length = ...',
  },
};
