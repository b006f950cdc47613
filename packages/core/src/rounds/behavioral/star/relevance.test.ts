import { describe, expect, it } from 'vitest';
import type { BehavioralEvaluation } from '../evaluation';
import { evaluateBehavioralAnswer } from './evaluate';
import { OWNED_FAILURE, STRONG_CODEBASE } from './fixtures';
import { judgeRelevance } from './relevance';

const DISAGREEMENT_PROMPT =
  'Tell me about a time you disagreed with a teammate about a technical approach.';

/** A strong, specific story that does contain the disagreement, told without the word "disagree". */
const PUSHED_BACK_ON_CACHE = `Last year a teammate on our search team proposed caching every query result in Redis for an hour to cut our p95 latency before a sales demo. I pushed back, because our catalogue changed every few minutes and an hour of stale prices would show customers the wrong totals. We argued it out in the design review: he was worried about the demo, I was worried about support tickets. I suggested a test instead of a debate, so I replayed a day of production queries against both designs and measured hit rates. A five-minute TTL with invalidation on price updates kept 80% of the hit rate of his version with no stale prices. He agreed, we shipped that version, and p95 latency fell from 900 ms to 310 ms with zero pricing complaints in the following quarter.`;

const flagsOf = (evaluation: BehavioralEvaluation): string[] =>
  evaluation.flags.map((found) => found.flag);

const evaluate = (
  prompt: string,
  answer: string,
  replies: ReadonlyArray<{ probe: string; reply: string }> = [],
): BehavioralEvaluation => evaluateBehavioralAnswer({ prompt, answer, replies });

describe('off-topic: the answer must show what the question asks about', () => {
  it('flags a strong story about something else (learning a codebase, told to a disagreement question) and holds it at lean no hire', () => {
    const evaluation = evaluate(DISAGREEMENT_PROMPT, STRONG_CODEBASE);
    expect(flagsOf(evaluation)).toContain('off-topic');
    expect(evaluation.level).toBeLessThanOrEqual(2);
  });

  it("quotes the question's words for what is missing and the story told instead", () => {
    const finding = evaluate(DISAGREEMENT_PROMPT, STRONG_CODEBASE).flags.find(
      (found) => found.flag === 'off-topic',
    );
    expect(finding?.message).toContain('"disagreed"');
    expect(finding?.message).toContain('a disagreement');
    expect(finding?.evidence[0]?.quote).toMatch(/^Two years ago I moved/u);
  });

  it('does not flag the same kind of strong story when it contains the disagreement in other words ("pushed back", "argued")', () => {
    const evaluation = evaluate(DISAGREEMENT_PROMPT, PUSHED_BACK_ON_CACHE);
    expect(flagsOf(evaluation)).not.toContain('off-topic');
    expect(evaluation.level).toBeGreaterThanOrEqual(3);
  });

  it('reads the event through inflections and synonyms, not the prompt word itself', () => {
    const mistake = 'Tell me about a time you made a mistake at work.';
    const shows = (answer: string) => judgeRelevance(mistake, null, [answer]).onTopic;
    expect(shows('I underestimated how long the backfill would take and it ran into Monday.')).toBe(
      true,
    );
    expect(shows('I had assumed the cache was per user; it was shared, so I broke logins.')).toBe(
      true,
    );
    expect(shows('I planned the backfill carefully and it finished on Friday as promised.')).toBe(
      false,
    );
  });

  it('requires both the event and the subject a prompt names: a review story where the candidate was right is not "you were wrong"', () => {
    const prompt = 'Tell me about a time you were wrong in a code review.';
    const rightInReview =
      'In review I spotted that a colleague’s change kept sessions in memory, explained it with a diagram, and he moved them to Redis before release.';
    const wrongInReview =
      'I left a blocking comment on a colleague’s pull request insisting on a lock; he showed me the lock was never contended and I had misread the profile, so I approved it.';
    expect(judgeRelevance(prompt, null, [rightInReview]).missing.map((m) => m.askedAs)).toEqual([
      'were wrong',
    ]);
    expect(judgeRelevance(prompt, null, [wrongInReview]).onTopic).toBe(true);
  });

  it('does not require one side of an "or" in the prompt ("for customers or for the product")', () => {
    const prompt =
      'Tell me about a time you said no to a request because it was the wrong thing for customers or for the product.';
    const answer =
      'Our VP asked for a dashboard with every metric on one page. I said no and proposed three charts instead, because the page would take eight seconds to load.';
    expect(judgeRelevance(prompt, null, [answer]).onTopic).toBe(true);
  });

  it('knows the common subjects of behavioral prompts beyond the labelled set (mentoring, incidents, legacy code)', () => {
    const costStory =
      'I moved our nightly batch jobs to spot instances with checkpointing, and the compute bill fell from $18,000 to $7,000 a month.';
    expect(
      judgeRelevance('Tell me about a time you mentored a junior engineer.', null, [costStory])
        .onTopic,
    ).toBe(false);
    expect(judgeRelevance('Tell me about an outage you handled.', null, [costStory]).onTopic).toBe(
      false,
    );
    const mentoring =
      'A new graduate on my team was stuck on her first on-call week, so I paired with her on two pages and wrote a runbook with her.';
    expect(
      judgeRelevance('Tell me about a time you mentored a junior engineer.', null, [mentoring])
        .onTopic,
    ).toBe(true);
  });

  it('asks nothing of a prompt that names no event or subject it can check', () => {
    expect(
      judgeRelevance('Tell me about a project you are proud of.', null, [STRONG_CODEBASE]).onTopic,
    ).toBe(true);
  });

  it('leaves an answer to the question asked alone: a failure question answered with an owned failure', () => {
    const evaluation = evaluate(
      'Tell me about a launch that went badly. What did you learn?',
      OWNED_FAILURE,
    );
    expect(flagsOf(evaluation)).not.toContain('off-topic');
  });

  it('clears the flag when a reply to a probe brings the story back to the question', () => {
    const reply =
      'The disagreement was with our tech lead: he wanted to rewrite the calculator and I argued against it, because we could not verify a rewrite before the deadline.';
    const evaluation = evaluate(DISAGREEMENT_PROMPT, STRONG_CODEBASE, [
      { probe: 'Where was the disagreement?', reply },
    ]);
    expect(flagsOf(evaluation)).not.toContain('off-topic');
  });

  it('steers back to the question: the first follow-up quotes what the question asked, and the first next step is to pick the right story', () => {
    const evaluation = evaluate(DISAGREEMENT_PROMPT, STRONG_CODEBASE);
    expect(evaluation.followUps[0]).toMatchObject({ targetFlag: 'off-topic' });
    expect(evaluation.followUps[0]?.text).toContain('"disagreed"');
    expect(evaluation.nextSteps[0]?.id).toBe('answer-the-question');
  });

  it("uses a bank question's signals when its prompt names nothing checkable: an answer with none of them is off topic", () => {
    const question = {
      prompt: 'Tell me about a time you made a complicated system simpler.',
      signals: ['simplified', 'complexity', 'removed', 'consolidated', 'deleted'],
    };
    const simpler =
      'Our deploy scripts had grown to nine bash files; I consolidated them into one Makefile and deleted the rest.';
    const unrelated =
      'I mentored two new graduates through their first quarter with weekly pairing sessions and a reading list.';
    expect(judgeRelevance(question.prompt, question, [simpler]).onTopic).toBe(true);
    expect(judgeRelevance(question.prompt, question, [unrelated]).onTopic).toBe(false);
  });

  it('reads a deadline negotiated (an alternative proposed, more time asked for) as the pushback a deadline question asks about', () => {
    const prompt = 'Tell me about a time you pushed back on a deadline.';
    const negotiated =
      'Our sales lead promised a bulk import by the end of the month. I showed him the upload path timed out on anything over a few thousand rows and proposed shipping a background CSV import three weeks later instead; he took that to the customer, who agreed.';
    const complied =
      'Our sales lead promised a bulk import by the end of the month. I built the upload screen, wrote the parser and the tests, and it went live on the last day of the month.';
    expect(judgeRelevance(prompt, null, [negotiated]).onTopic).toBe(true);
    expect(judgeRelevance(prompt, null, [complied]).onTopic).toBe(false);
  });

  it.each([
    [
      'Tell me about a time you should have asked for help sooner.',
      'A new engineer on my team had gone quiet in standups, so I paired with her for an afternoon and walked her through how our feature flags work; I then wrote it up for the onboarding guide.',
      'I spent four days alone on a failing Terraform import before I finally asked in the team channel; a senior engineer fixed it with me in half an hour.',
    ],
    [
      'Tell me about a time you had to decide whether to roll back a release.',
      'I designed our canary pipeline: each release went to 5% of pods, then 25%, then all of them, with analysis steps on error rate between stages.',
      'Ten minutes into the release, checkout errors doubled; I weighed a fix forward against the rollback and rolled it back, because the fix needed a schema change.',
    ],
    [
      'Tell me about a time you inherited a system nobody on the team understood.',
      'After a transfer to the data team I had to learn Scala: I did the official tour in a week and paired with a senior engineer on my first real ticket.',
      'When its author left, I took over the billing exporter; nobody knew why it ran twice a night, so I traced every cron entry before touching it.',
    ],
    [
      'Tell me about a time you had to meet a privacy or compliance requirement under pressure.',
      'Our intrusion detection flagged a credential-stuffing attack on the admin panel; I blocked the ranges, checked the audit logs for 48 hours and moved the panel behind the VPN.',
      'Legal told us in March that we had to honour GDPR deletion requests within 30 days, and our backups kept personal data for a year, so I built per-user encryption keys we could destroy.',
    ],
    [
      'Tell me about a time you made a product usable for people it had been excluding.',
      'Our home page weighed 4 MB, so I removed six unused tracking tags, lazy-loaded the images below the fold and set a performance budget in CI.',
      'Two pickers used wheelchair-mounted tablets and could not rotate them, so I made every screen of the scanning app work in landscape with bigger touch targets.',
    ],
    [
      'Tell me about a time a third-party vendor or library let you down.',
      'I led the evaluation of a new observability vendor: a scoring matrix over five options, proofs of concept with three, and a recommendation to our VP with the trade-offs laid out.',
      'Our map tiles provider changed its API key format with two days of warning and the map went blank for drivers on older app versions, so I put a proxy in front of it that same evening.',
    ],
    [
      'Tell me about a time you recommended stopping work you had started yourself.',
      'Six months into my dashboard redesign there was a reorganisation, management cancelled the project, and I moved to the mobile team.',
      'Four weeks into the A/B test my ranking model was at a 0.4% lift against the 2% we had agreed, so I wrote a memo recommending we stop and move the three engineers to recommendations.',
    ],
  ])(
    'knows more of the events behavioral prompts ask about: for "%s", a story about something else is off topic and the asked-about event is not',
    (prompt, elsewhere, onTopic) => {
      expect(judgeRelevance(prompt, null, [elsewhere]).onTopic).toBe(false);
      expect(judgeRelevance(prompt, null, [onTopic]).onTopic).toBe(true);
    },
  );

  it('judges an answer in well under a millisecond', () => {
    const started = performance.now();
    for (let run = 0; run < 100; run += 1)
      judgeRelevance(DISAGREEMENT_PROMPT, null, [STRONG_CODEBASE]);
    expect((performance.now() - started) / 100).toBeLessThan(2);
  });
});

describe('a concise production story told in plain words (issue 9, pattern 1)', () => {
  const DOUBLE_CHARGES = `Our payment webhook started charging some customers twice, and the engineer who wrote it was on leave. I had never touched that service, but I decided to stop the bleeding before understanding everything: I turned off automatic retries for the webhook, which meant a few payments would need manual follow-up, and I told support which customers to watch. Then I read the handler and found it acknowledged the event only after writing the charge, so a slow database made the provider resend it. I added an idempotency key on the provider's event id with a unique index, and wrote a test that replays the same event three times. Refunds went out the same afternoon and no charge has doubled since.`;

  it('shows the incident a production-incident question asks about, though it never says "incident" or "outage"', () => {
    for (const prompt of [
      'Tell me about a production incident you handled.',
      'Tell me about a time you fixed a production problem in code you did not know.',
    ]) {
      expect(judgeRelevance(prompt, null, [DOUBLE_CHARGES]).onTopic).toBe(true);
    }
  });

  it('reads "no charge has doubled since" as a result that stopped a problem, not a figure without a baseline, and is hire or better', () => {
    const evaluation = evaluate('Tell me about a production incident you handled.', DOUBLE_CHARGES);
    expect(flagsOf(evaluation)).not.toContain('no-baseline');
    expect(flagsOf(evaluation)).not.toContain('off-topic');
    expect(evaluation.level).toBeGreaterThanOrEqual(3);
  });
});
