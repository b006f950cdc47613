import { describe, expect, it } from 'vitest';
import type { StarFlag } from '../flags';
import type { Evidence } from '../../types';
import type { BehavioralEvaluation } from '../evaluation';
import type { BehavioralQuestionWithId } from '../question';
import { evaluateBehavioralAnswer } from './evaluate';
import {
  BLAMING_FAILURE,
  BUZZWORD_LONG,
  BYSTANDER,
  CONCRETE_SHORT,
  FILLER_SENTENCE,
  NO_ENDING,
  OWNED_FAILURE,
  PROMPTS,
  RELATIVE_NO_BASELINE,
  STRONG_CODEBASE,
  VAGUE_WE,
  WE_MIGRATION,
} from './fixtures';

const evaluate = (
  prompt: string,
  answer: string,
  replies: ReadonlyArray<{ probe: string; reply: string }> = [],
): BehavioralEvaluation => evaluateBehavioralAnswer({ prompt, answer, replies });
/** A tour of a year's activities: a scene and steps, but no problem, goal or decision to read a task from. */
const AIMLESS_YEAR = `Last year I was on the payments team. I went to the weekly planning meetings and sat in on a few design reviews. I read through the service's runbooks and some old tickets. I wrote a couple of small scripts for the team and answered questions in our channel. I also went to the monthly architecture forum. Overall it was a busy year and there was always plenty to do.`;

const flagsOf = (evaluation: BehavioralEvaluation): StarFlag[] =>
  evaluation.flags.map((found) => found.flag);
const levelOf = (evaluation: BehavioralEvaluation, id: string): number | undefined =>
  evaluation.dimensions.find((dimension) => dimension.id === id)?.level;

/** Every quote must slice its own turn exactly. */
const allEvidence = (evaluation: BehavioralEvaluation): Evidence[] => [
  ...evaluation.segments,
  ...evaluation.flags.flatMap((found) => found.evidence),
  ...evaluation.dimensions.flatMap((dimension) => dimension.evidence),
];

describe('evaluateBehavioralAnswer: calibration', () => {
  it('rates a complete, concrete, first-person story with a baselined number as hire or better', () => {
    const evaluation = evaluate(PROMPTS.newCodebase, STRONG_CODEBASE);
    expect(evaluation.level).toBeGreaterThanOrEqual(3);
    expect(evaluation.score).toBeGreaterThanOrEqual(70);
    expect(flagsOf(evaluation)).toEqual([]);
  });

  it('rates a vague "we" story without numbers as no hire or lean no hire, under 50', () => {
    const evaluation = evaluate(PROMPTS.processImprovement, VAGUE_WE);
    expect(evaluation.level).toBeLessThanOrEqual(2);
    expect(evaluation.score).toBeLessThan(50);
  });

  it('is not fooled by length: 700 words of buzzwords and "we" score below a concrete 200-word answer', () => {
    const long = evaluate(PROMPTS.processImprovement, BUZZWORD_LONG);
    const concrete = evaluate(PROMPTS.slowService, CONCRETE_SHORT);
    expect(long.wordCount).toBeGreaterThan(600);
    expect(concrete.wordCount).toBeLessThan(260);
    expect(long.score).toBeLessThan(concrete.score);
    expect(long.level).toBeLessThanOrEqual(2);
  });

  it('does not reward padding a strong answer with filler', () => {
    const original = evaluate(PROMPTS.newCodebase, STRONG_CODEBASE);
    for (const copies of [3, 10, 30]) {
      const padded = evaluate(
        PROMPTS.newCodebase,
        `${STRONG_CODEBASE}\n\n${Array.from({ length: copies }, () => FILLER_SENTENCE).join(' ')}`,
      );
      expect(padded.score).toBeLessThanOrEqual(original.score);
    }
    const heavilyPadded = evaluate(
      PROMPTS.newCodebase,
      `${STRONG_CODEBASE}\n\n${Array.from({ length: 30 }, () => FILLER_SENTENCE).join(' ')}`,
    );
    expect(heavilyPadded.score).toBeLessThan(original.score);
  });

  it('caps a blaming failure story below hire even when the technical content is fine', () => {
    const blaming = evaluate(PROMPTS.failedLaunch, BLAMING_FAILURE);
    const owned = evaluate(PROMPTS.failedLaunch, OWNED_FAILURE);
    expect(blaming.level).toBeLessThanOrEqual(2);
    expect(owned.level).toBeGreaterThanOrEqual(3);
    expect(owned.score).toBeGreaterThan(blaming.score);
  });

  it('gives the same evaluation for the same input', () => {
    expect(evaluate(PROMPTS.slowService, CONCRETE_SHORT)).toEqual(
      evaluate(PROMPTS.slowService, CONCRETE_SHORT),
    );
  });

  it('handles an empty answer as a value, not a crash', () => {
    const evaluation = evaluate(PROMPTS.slowService, '   ');
    expect(evaluation.level).toBe(1);
    expect(evaluation.wordCount).toBe(0);
    expect(flagsOf(evaluation)).toEqual(
      expect.arrayContaining(['missing-action', 'missing-result', 'too-short']),
    );
  });
});

describe('evaluateBehavioralAnswer: flags', () => {
  const strong = evaluate(PROMPTS.newCodebase, STRONG_CODEBASE);
  const cases: ReadonlyArray<{
    flag: StarFlag;
    raisedBy: () => BehavioralEvaluation;
    notRaisedBy: () => BehavioralEvaluation;
  }> = [
    {
      flag: 'missing-situation',
      raisedBy: () =>
        evaluate(
          PROMPTS.slowService,
          'I rewrote the retry logic with exponential backoff and the errors stopped.',
        ),
      notRaisedBy: () => strong,
    },
    {
      // A goal implied by the scene counts (issue 9): only a tour of activities with no problem,
      // goal or decision in it lacks a task. VAGUE_WE ("the process was kind of slow") no longer does.
      flag: 'missing-task',
      raisedBy: () => evaluate(PROMPTS.processImprovement, AIMLESS_YEAR),
      notRaisedBy: () => strong,
    },
    {
      flag: 'missing-action',
      raisedBy: () => evaluate(PROMPTS.onCall, BYSTANDER),
      notRaisedBy: () => strong,
    },
    {
      flag: 'missing-result',
      raisedBy: () => evaluate(PROMPTS.slowService, NO_ENDING),
      notRaisedBy: () => strong,
    },
    {
      flag: 'unquantified-result',
      raisedBy: () => evaluate(PROMPTS.onCall, WE_MIGRATION),
      notRaisedBy: () => strong,
    },
    {
      flag: 'no-baseline',
      raisedBy: () => evaluate(PROMPTS.slowService, RELATIVE_NO_BASELINE),
      notRaisedBy: () => evaluate(PROMPTS.slowService, CONCRETE_SHORT),
    },
    {
      flag: 'we-not-i',
      raisedBy: () => evaluate(PROMPTS.onCall, WE_MIGRATION),
      notRaisedBy: () => strong,
    },
    {
      flag: 'vague-language',
      raisedBy: () => evaluate(PROMPTS.processImprovement, VAGUE_WE),
      notRaisedBy: () => strong,
    },
    {
      flag: 'no-technical-depth',
      raisedBy: () => evaluate(PROMPTS.processImprovement, VAGUE_WE),
      notRaisedBy: () => strong,
    },
    {
      flag: 'too-long',
      raisedBy: () => evaluate(PROMPTS.processImprovement, BUZZWORD_LONG),
      notRaisedBy: () => strong,
    },
    {
      flag: 'too-short',
      raisedBy: () => evaluate(PROMPTS.processImprovement, VAGUE_WE),
      notRaisedBy: () => strong,
    },
    {
      flag: 'no-learning',
      raisedBy: () => evaluate(PROMPTS.failedLaunch, BLAMING_FAILURE),
      notRaisedBy: () => evaluate(PROMPTS.failedLaunch, OWNED_FAILURE),
    },
    {
      flag: 'blames-others',
      raisedBy: () => evaluate(PROMPTS.failedLaunch, BLAMING_FAILURE),
      notRaisedBy: () => evaluate(PROMPTS.failedLaunch, OWNED_FAILURE),
    },
  ];

  for (const { flag, raisedBy, notRaisedBy } of cases) {
    it(`raises ${flag} when it applies, with a message`, () => {
      const found = raisedBy().flags.find((item) => item.flag === flag);
      expect(found?.message.length ?? 0).toBeGreaterThan(20);
    });
    it(`does not raise ${flag} when it does not apply`, () => {
      expect(flagsOf(notRaisedBy())).not.toContain(flag);
    });
  }

  it('quotes the unbaselined claim in the no-baseline message', () => {
    const found = evaluate(PROMPTS.slowService, RELATIVE_NO_BASELINE).flags.find(
      (item) => item.flag === 'no-baseline',
    );
    expect(found?.message).toContain('"40% faster"');
  });

  it('accepts "from X to Y" and a named measurement as a baseline', () => {
    const answer = RELATIVE_NO_BASELINE.replace(
      'search became 40% faster',
      'search became 40% faster, from 800 ms to 480 ms at p95',
    );
    expect(flagsOf(evaluate(PROMPTS.slowService, answer))).not.toContain('no-baseline');
  });

  it('treats a percentage describing a state, not a change, as needing no baseline', () => {
    expect(flagsOf(evaluate(PROMPTS.slowService, CONCRETE_SHORT))).not.toContain('no-baseline');
  });

  it('judges vagueness by density: one "basically" in a concrete answer is not vague language', () => {
    const answer = CONCRETE_SHORT.replace('I started by pulling', 'I basically started by pulling');
    expect(flagsOf(evaluate(PROMPTS.slowService, answer))).not.toContain('vague-language');
  });

  it('does not read negated blame as blame', () => {
    const answer = OWNED_FAILURE.replace('I learned that', 'Instead of blaming QA, I learned that');
    expect(flagsOf(evaluate(PROMPTS.failedLaunch, answer))).not.toContain('blames-others');
  });

  it('asks for learning only when the prompt or the question asks for it', () => {
    expect(flagsOf(evaluate(PROMPTS.slowService, NO_ENDING))).not.toContain('no-learning');
    expect(flagsOf(evaluate('Tell me about a mistake you made at work.', NO_ENDING))).toContain(
      'no-learning',
    );
  });
});

describe('evaluateBehavioralAnswer: segments and evidence', () => {
  it('labels context first, actions in the middle and the outcome last', () => {
    const { segments } = evaluate(PROMPTS.slowService, CONCRETE_SHORT);
    expect(segments[0]?.part).toBe('situation');
    expect(segments[1]?.part).toBe('task');
    expect(segments.slice(2, 6).every((segment) => segment.part === 'action')).toBe(true);
    expect(segments.at(-2)?.part).toBe('result');
  });

  it('gives quotes whose offsets slice the original turn exactly, replies included', () => {
    const reply =
      'Median latency was 800 ms before and 480 ms after, measured in Grafana over a week.';
    const evaluation = evaluate(PROMPTS.slowService, RELATIVE_NO_BASELINE, [
      { probe: 'Against what baseline?', reply },
    ]);
    const turns = [RELATIVE_NO_BASELINE, reply];
    const evidence = allEvidence(evaluation);
    expect(evidence.some((item) => item.turn === 1)).toBe(true);
    for (const item of evidence)
      expect(turns[item.turn]?.slice(item.start, item.end)).toBe(item.quote);
  });

  it('judges all six dimensions with human-readable names', () => {
    const evaluation = evaluate(PROMPTS.slowService, CONCRETE_SHORT);
    expect(evaluation.dimensions.map((dimension) => dimension.id)).toEqual([
      'structure',
      'ownership',
      'impact',
      'depth',
      'communication',
      'reflection',
    ]);
    for (const dimension of evaluation.dimensions) {
      expect(dimension.name).toMatch(/^[A-Z]/u);
      expect(dimension.summary.length).toBeGreaterThan(10);
    }
  });

  it('caps the structure level when STAR parts are missing', () => {
    expect(levelOf(evaluate(PROMPTS.slowService, NO_ENDING), 'structure')).toBeLessThanOrEqual(2);
    // The crash during a campaign implies the goal, so only the action is missing now (issue 9).
    expect(levelOf(evaluate(PROMPTS.onCall, BYSTANDER), 'structure')).toBeLessThanOrEqual(2);
    expect(levelOf(evaluate(PROMPTS.processImprovement, AIMLESS_YEAR), 'structure')).toBe(1);
  });
});

describe('evaluateBehavioralAnswer: probe replies', () => {
  const probe = 'You said "40% faster": against what baseline, and how did you measure it?';

  it('clears no-baseline and lifts the score when a reply supplies the baseline', () => {
    const before = evaluate(PROMPTS.slowService, RELATIVE_NO_BASELINE);
    const after = evaluate(PROMPTS.slowService, RELATIVE_NO_BASELINE, [
      {
        probe,
        reply:
          'Median search latency was 800 ms before the change and 480 ms after, measured in Grafana over the week before and after the release.',
      },
    ]);
    expect(flagsOf(before)).toContain('no-baseline');
    expect(flagsOf(after)).not.toContain('no-baseline');
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('does not credit a reply that supplies nothing', () => {
    const before = evaluate(PROMPTS.slowService, RELATIVE_NO_BASELINE);
    for (const reply of ['Not sure.', "I don't remember exactly how we measured it."]) {
      const after = evaluate(PROMPTS.slowService, RELATIVE_NO_BASELINE, [{ probe, reply }]);
      expect(flagsOf(after)).toContain('no-baseline');
      expect(after.score).toBeLessThanOrEqual(before.score);
    }
  });

  it('clears we-not-i when a reply says what the candidate personally did', () => {
    const before = evaluate(PROMPTS.onCall, WE_MIGRATION);
    const after = evaluate(PROMPTS.onCall, WE_MIGRATION, [
      {
        probe: 'What did you personally do?',
        reply:
          'I designed the dual-write layer and wrote it myself. I also wrote the nightly checksum job, and I ran the cutover: I flipped the read flag and watched replication lag for the first hour.',
      },
    ]);
    expect(flagsOf(before)).toContain('we-not-i');
    expect(flagsOf(after)).not.toContain('we-not-i');
    expect(levelOf(after, 'ownership')).toBeGreaterThan(levelOf(before, 'ownership') ?? 0);
  });

  it('clears no-learning when a reply gives the lesson', () => {
    const answer = OWNED_FAILURE.slice(0, OWNED_FAILURE.indexOf('I learned'));
    const before = evaluate(PROMPTS.failedLaunch, answer);
    const after = evaluate(PROMPTS.failedLaunch, answer, [
      {
        probe: 'What did you learn?',
        reply:
          'I learned to treat the device matrix as my job. Since then I add it to every release plan and review it with QA.',
      },
    ]);
    expect(flagsOf(before)).toContain('no-learning');
    expect(flagsOf(after)).not.toContain('no-learning');
    expect(after.score).toBeGreaterThan(before.score);
  });
});

describe('evaluateBehavioralAnswer: follow-ups and next steps', () => {
  it('probes the weakest points first, quoting the answer', () => {
    const { followUps } = evaluate(PROMPTS.onCall, WE_MIGRATION);
    expect(followUps[0]).toEqual({
      text: 'You said "We migrated the service to PostgreSQL over two months". What did you personally do?',
      targetFlag: 'we-not-i',
    });
    expect(followUps.length).toBeGreaterThanOrEqual(2);
    expect(followUps.length).toBeLessThanOrEqual(3);
  });

  it('asks for the baseline of an unbaselined number and drills into a technical term', () => {
    const texts = evaluate(PROMPTS.slowService, RELATIVE_NO_BASELINE).followUps.map(
      (probe) => probe.text,
    );
    expect(texts[0]).toBe(
      'You said "40% faster": against what baseline, and how did you measure it?',
    );
    expect(texts).toContain('How did you invalidate that cache, and what happened to stale reads?');
  });

  it('still proposes two probes for a flawless answer', () => {
    expect(evaluate(PROMPTS.newCodebase, STRONG_CODEBASE).followUps.length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it("mixes in the question's own probes, with their ids", () => {
    const question = {
      id: 'behavioral/test-question',
      body: '',
      kind: 'behavioral',
      slug: 'test-question',
      title: 'A test question',
      prompt: PROMPTS.onCall,
      difficulty: 'medium',
      tags: [],
      competencies: ['ownership'],
      principles: ['amazon/ownership'],
      asksForLearning: false,
      signals: [],
      followUps: [
        { id: 'first-hour', text: 'What did you do in the first hour?' },
        { id: 'afterwards', text: 'What did you change afterwards?' },
      ],
      rubric: [
        {
          dimension: 'ownership',
          weight: 2,
          strong: 'Says what they did themselves.',
          weak: 'Hides behind the team.',
        },
        { dimension: 'impact', weight: 1, strong: 'Measures the outcome.', weak: 'No outcome.' },
        { dimension: 'structure', weight: 1, strong: 'Clear STAR.', weak: 'Rambling.' },
      ],
      examples: {
        strong: { answer: 'x'.repeat(40), notes: ['n/a'], flags: [] },
        weak: { answer: 'x'.repeat(40), notes: ['n/a'], flags: [] },
      },
    } satisfies BehavioralQuestionWithId;
    const evaluation = evaluateBehavioralAnswer({
      prompt: question.prompt,
      question,
      answer: WE_MIGRATION,
    });
    expect(evaluation.followUps.map((probe) => probe.probeId ?? probe.targetFlag)).toEqual([
      'we-not-i',
      'unquantified-result',
      'first-hour',
    ]);
    expect(
      evaluation.dimensions.find((dimension) => dimension.id === 'ownership')?.summary,
    ).toContain('Hides behind the team.');
    expect(evaluation.nextSteps[0]?.action).toEqual({
      kind: 'practice',
      competency: 'ownership',
      principle: 'amazon/ownership',
    });
  });

  it('proposes two to four next steps aimed at the weakest dimensions', () => {
    const weak = evaluate(PROMPTS.processImprovement, VAGUE_WE);
    expect(weak.nextSteps.length).toBeGreaterThanOrEqual(2);
    expect(weak.nextSteps.length).toBeLessThanOrEqual(4);
    expect(weak.nextSteps[0]?.id).toBe('improve-ownership');
    const strong = evaluate(PROMPTS.newCodebase, STRONG_CODEBASE);
    expect(strong.nextSteps.length).toBeGreaterThanOrEqual(2);
    for (const step of [...weak.nextSteps, ...strong.nextSteps])
      expect(step.action?.kind).toBe('practice');
  });
});

describe('evaluateBehavioralAnswer: regressions', () => {
  it('does not ask for a baseline on a share of something ("8% of listings went missing")', () => {
    const answer =
      'When we cut over, about 8% of listings went missing from search for six hours. I rolled back, and after my fix search freshness went from 24 hours to under 2 minutes.';
    expect(flagsOf(evaluate('Tell me about a pipeline you rebuilt.', answer))).not.toContain(
      'no-baseline',
    );
  });

  it('hears blame when an adverb sits between "should" and "have" ("QA should honestly have caught it")', () => {
    const answer =
      'I shipped the migration on Friday and it broke the nightly export. The QA team should honestly have caught the schema problem before release.';
    expect(flagsOf(evaluate('Tell me about a time a release went wrong.', answer))).toContain(
      'blames-others',
    );
  });
});

describe('evaluateBehavioralAnswer: bullets and labels', () => {
  const BULLETED = `- Situation: our mobile app's crash rate spiked after iOS 17 launched
- Task: as the iOS lead I had to get crash-free sessions back above 99.5% before the holiday release
- Action: I grouped the Crashlytics reports by stack trace and found 70% came from one WebKit callback
- I moved the web view teardown out of the view controller's deinit and guarded the callback
- I added a UI test that rotates the device during checkout and shipped the fix behind a phased release
- Result: crash-free sessions went from 97.8% to 99.7% in 9 days, measured in Crashlytics`;

  it('lets an explicit "Situation:" label on a bullet decide its part (no missing-situation)', () => {
    const evaluation = evaluate('Tell me about a time you fixed a production problem.', BULLETED);
    expect(flagsOf(evaluation)).not.toContain('missing-situation');
    expect(evaluation.segments.map((segment) => segment.part)).toEqual([
      'situation',
      'task',
      'action',
      'action',
      'action',
      'result',
    ]);
    expect(evaluation.segments[0]?.quote).toBe(
      "our mobile app's crash rate spiked after iOS 17 launched",
    );
  });

  it('reads every "-", "*", "•" or "1." line as its own sentence even without a period', () => {
    const lines = [
      'our build took 40 minutes',
      'I cached the Gradle dependencies',
      'I split the tests across four runners',
      'the build went from 40 to 9 minutes',
    ];
    for (const marker of ['- ', '* ', '• ']) {
      expect(
        evaluate(
          PROMPTS.slowService,
          lines.map((line) => `${marker}${line}`).join('\n'),
        ).segments.map((segment) => segment.quote),
      ).toEqual(lines);
    }
    const numbered = evaluate(
      PROMPTS.slowService,
      lines.map((line, index) => `${index + 1}. ${line}`).join('\n'),
    );
    expect(numbered.segments.map((segment) => segment.quote)).toEqual(lines);
  });

  it('reads "My task:", "S:" and "Result -" style labels, and a label beats the cues of its line', () => {
    const answer = [
      'S: I rewrote our deploy script last year',
      'My task: I built a rollback button',
      'Action: the team was unhappy with releases',
      'Result - we added canary deploys',
    ].join('\n');
    expect(evaluate(PROMPTS.slowService, answer).segments.map((segment) => segment.part)).toEqual([
      'situation',
      'task',
      'action',
      'result',
    ]);
  });
});

describe('evaluateBehavioralAnswer: technical depth across fields', () => {
  const depthOf = (answer: string): boolean =>
    flagsOf(evaluate(PROMPTS.slowService, answer)).includes('no-technical-depth');

  it('counts mobile terms and mixed-case product names (Crashlytics, WebKit, iOS, view controller, UI test, phased release)', () => {
    expect(
      depthOf(
        `Last year our mobile app's crash rate spiked right after iOS 17 launched, and I was the iOS lead on the checkout team. My task was to get crash-free sessions back above 99.5% before the holiday release. I grouped the Crashlytics reports by stack trace and found that 70% came from one WebKit callback that fired after the view controller had been deallocated. I moved the web view teardown out of the view controller's deinit, guarded the callback with a weak reference, and added a UI test that rotates the device during checkout. I shipped the fix behind a phased release on the App Store. As a result crash-free sessions went from 97.8% to 99.7% in 9 days, measured in Crashlytics.`,
      ),
    ).toBe(false);
  });

  it('counts data, infrastructure, frontend and security vocabulary', () => {
    expect(
      depthOf(
        'I retrained the model on a feature store snapshot and ran an A/B test until the p-value was below 0.05.',
      ),
    ).toBe(false);
    expect(
      depthOf(
        'I moved our ETL from cron scripts to Airflow DAGs that run dbt models against the warehouse.',
      ),
    ).toBe(false);
    expect(
      depthOf(
        'I wrote the Terraform for autoscaling on Kubernetes and set an SLO with an error budget policy.',
      ),
    ).toBe(false);
    expect(
      depthOf(
        'I cut the bundle with code splitting, fixed a hydration bug and got LCP under two seconds.',
      ),
    ).toBe(false);
    expect(
      depthOf(
        'I replaced shared secrets with OAuth tokens, scoped IAM roles and patched the CVE in our TLS library.',
      ),
    ).toBe(false);
    expect(
      depthOf(
        'I set up GitHub Actions to run our PostgreSQL migrations against a WebKit test page.',
      ),
    ).toBe(false);
  });

  it('does not count buzzwords ("synergy", "best practices", "leveraged the cloud") or business acronyms as depth', () => {
    expect(
      depthOf(
        'I leveraged the cloud and best practices to create synergy, aligned the KPIs and OKRs, and drove our AI strategy for the SaaS roadmap.',
      ),
    ).toBe(true);
  });
});

describe('evaluateBehavioralAnswer: baselines', () => {
  it('does not raise no-baseline for a share in an action ("70% came from one WebKit callback") when the result is baselined', () => {
    expect(
      flagsOf(
        evaluate(
          'Tell me about a time you fixed a production problem.',
          `Last year our mobile app's crash rate spiked right after iOS 17 launched, and I was the iOS lead on the checkout team. My task was to get crash-free sessions back above 99.5% before the holiday release. I grouped the Crashlytics reports by stack trace and found that 70% came from one WebKit callback that fired after the view controller had been deallocated. I moved the web view teardown out of the view controller's deinit, guarded the callback with a weak reference, and added a UI test that rotates the device during checkout. I shipped the fix behind a phased release on the App Store. As a result crash-free sessions went from 97.8% to 99.7% in 9 days, measured in Crashlytics.`,
        ),
      ),
    ).not.toContain('no-baseline');
  });

  it('does not raise no-baseline for a relative aside in an action when the result states its starting point', () => {
    const answer =
      'Our nightly report took six hours. My task was to get it under one hour. I rewrote the heaviest join, which alone made that step 3x faster, and I partitioned the table by day. As a result the report went from six hours to 40 minutes, measured over the next month.';
    expect(flagsOf(evaluate(PROMPTS.slowService, answer))).not.toContain('no-baseline');
  });

  it('still raises no-baseline for "We made it 40% faster" in the result', () => {
    const answer =
      'Our internal search was slow. My task was to speed it up. I added a full-text index and cached common filters in Redis. We made it 40% faster.';
    expect(
      evaluate(PROMPTS.slowService, answer).flags.find((found) => found.flag === 'no-baseline')
        ?.message,
    ).toContain('"40% faster"');
  });
});
