import { describe, expect, it } from 'vitest';
import type { StarFlag } from '../flags';
import type { BehavioralEvaluation, StarPart } from '../evaluation';
import { analyzeAnswer } from './analyze';
import { evaluateBehavioralAnswer } from './evaluate';
import { structureFindings } from './structure-findings';

/**
 * How the story's sentences get their S/T/A/R parts, and when a part counts
 * as missing (issue 9): by the order of the story, not by cue words alone.
 */

const PROMPT = 'Tell me about a time you fixed a problem that affected customers.';
const STRUCTURE_FLAGS: readonly StarFlag[] = [
  'missing-situation',
  'missing-task',
  'missing-action',
  'missing-result',
];

const evaluate = (answer: string): BehavioralEvaluation =>
  evaluateBehavioralAnswer({ prompt: PROMPT, answer });
const flagsOf = (evaluation: BehavioralEvaluation): StarFlag[] =>
  evaluation.flags.map((found) => found.flag);
const structureFlagsOf = (evaluation: BehavioralEvaluation): StarFlag[] =>
  flagsOf(evaluation).filter((flag) => STRUCTURE_FLAGS.includes(flag));
const partsOf = (evaluation: BehavioralEvaluation): StarPart[] =>
  evaluation.segments.map((segment) => segment.part);
const levelOf = (evaluation: BehavioralEvaluation, id: string): number | undefined =>
  evaluation.dimensions.find((dimension) => dimension.id === id)?.level;

/** 150 words, plain prose: no "my task was", no "as a result", no number in the ending. */
const PLAIN_STRONG = `Our invoice service started emailing some customers the same invoice four or five times a night, and the engineer who built the mailer had just left the company. I read the mailer's logs for the worst night and saw that every duplicate followed a timeout from the email provider: the job retried the whole batch, not the one message that failed. Rather than patch the retry count, I gave each email an idempotency key made of the invoice id and the send date, and made the job skip any key the provider had already accepted. I tested it against a copy of that night's queue with the provider's sandbox forced to time out. Then I wrote to the support lead with the list of affected accounts so her team could apologise before customers asked. The duplicates stopped the same evening, and no customer has been sent an invoice twice since.`;

describe('STAR parts by sequence', () => {
  it('reads a plain opening as the situation, whatever words it uses', () => {
    const evaluation = evaluate(PLAIN_STRONG);
    expect(partsOf(evaluation)[0]).toBe('situation');
    expect(flagsOf(evaluation)).not.toContain('missing-situation');
  });

  it('reads a changed state after the steps as the result, with or without a number', () => {
    const evaluation = evaluate(PLAIN_STRONG);
    expect(partsOf(evaluation).at(-1)).toBe('result');
    expect(flagsOf(evaluation)).not.toContain('missing-result');
  });

  it('moves forward through the story: once the steps begin, no sentence goes back to the scene', () => {
    const parts = partsOf(evaluate(PLAIN_STRONG));
    const firstAction = parts.indexOf('action');
    expect(firstAction).toBeGreaterThan(0);
    expect(parts.slice(firstAction)).not.toContain('situation');
  });

  it('keeps a strong concise story free of structure flags and at hire or better', () => {
    const evaluation = evaluate(PLAIN_STRONG);
    expect(structureFlagsOf(evaluation)).toEqual([]);
    expect(levelOf(evaluation, 'structure')).toBeGreaterThanOrEqual(3);
    expect(evaluation.level).toBeGreaterThanOrEqual(3);
  });
});

describe('missing-task: a task may be implied', () => {
  it('reads the goal from a problem in the scene: nobody has to say "my task was"', () => {
    expect(flagsOf(evaluate(PLAIN_STRONG))).not.toContain('missing-task');
  });

  it('reads the goal from the first decision', () => {
    const evaluation = evaluate(
      `Last spring I joined the team that runs our warehouse scanners. I decided to move the label printing off the handheld devices and onto a small print server, rather than keep patching the old driver on every device. I wrote the print server in Go, moved two sites onto it in a week, and kept the old path behind a switch. Label reprints at those sites went from about forty a day to three, and the other sites moved the month after.`,
    );
    expect(flagsOf(evaluation)).not.toContain('missing-task');
  });

  it('reads the goal from an ending that changes what the scene set up, as in subjectless bullets', () => {
    const evaluation = evaluate(
      `Context: TLS certificates for about 300 internal services were renewed by hand from a spreadsheet; one lapsed in production most months.
- Compared the spreadsheet with the load balancer configs and found 41 certificates it did not list.
- Wrote a daily job that checks every endpoint's expiry and opens a ticket 30 days ahead.
- Moved 260 services to automatic issuance; kept a human approval for the 40 on external authorities.
Result: no certificate has lapsed in production in the 14 months since.`,
    );
    expect(flagsOf(evaluation)).not.toContain('missing-task');
  });

  it('raises missing-task for a tour of activities with no problem, goal or decision in it', () => {
    const evaluation = evaluate(
      `At the time I was on the search team. Most weeks I went to standup and the planning meeting, and I sat in on the design reviews when I could. I looked at the dashboards in the mornings and read through some of the older tickets. I wrote a few small scripts for the team and answered questions in our channel. I also went to the engineering all-hands and the monthly guild meeting. It was a full quarter and there was always plenty going on.`,
    );
    expect(flagsOf(evaluation)).toContain('missing-task');
  });
});

describe('missing-situation, missing-action and missing-result: only when the part is absent', () => {
  it('does not take an opening claim out of time ("X are some of the hardest problems") for a scene', () => {
    const evaluation = evaluate(
      `Field-only issues are some of the most challenging problems in engineering, because they require deep curiosity and strong partnership. In my experience the key is to stay calm, gather data systematically and collaborate closely with hardware and QA. I've led several such investigations end to end and consistently brought them to resolution.`,
    );
    expect(flagsOf(evaluation)).toContain('missing-situation');
  });

  it('does not take a career summary ("I\'ve led several such investigations") for a step', () => {
    const evaluation = evaluate(
      `Customer-facing bugs are some of the most stressful problems in our work, because they need both curiosity and calm. In my experience the key is to gather data systematically and keep everyone informed. I've led several such investigations end to end and brought them to resolution while strengthening our practices.`,
    );
    expect(flagsOf(evaluation)).toContain('missing-action');
  });

  it('reads a step on "it" or "them" as a step on the thing the story named', () => {
    const evaluation = evaluate(
      `Our legacy search indexer had been written by a contractor years ago and nobody on the team would touch it. Over two weeks I read it end to end. I rewrote it, tested it and documented it. Since then two other engineers have shipped changes to it without asking me.`,
    );
    expect(flagsOf(evaluation)).not.toContain('missing-action');
  });

  it('does not take "the feedback I received was positive" for a step the candidate took', () => {
    const evaluation = evaluate(
      `When I moved teams I was intentional about designing a knowledge transfer strategy. I partnered closely with my manager to identify the critical knowledge areas, and I made sure nothing would fall through the cracks. I invested heavily in documentation and in a culture of shared ownership. The feedback I received was overwhelmingly positive, and the team kept executing at a high level.`,
    );
    expect(flagsOf(evaluation)).toContain('missing-action');
  });

  it('raises missing-situation for a story that opens on a run of its steps', () => {
    const evaluation = evaluate(
      `I set up daily calls with him and made sure he could reach me any time. I reviewed every change he wrote and left long comments. I also asked our manager to give him smaller tickets, and I shared a few courses with him. After two months he was picking up larger tickets alone and our manager noticed it too.`,
    );
    expect(flagsOf(evaluation)).toContain('missing-situation');
  });

  it('treats subjectless résumé bullets as the candidate’s own actions', () => {
    const evaluation = evaluate(
      [
        'Context: our mobile checkout failed for about one in fifty Android users after the spring release.',
        '- Pulled three days of crash reports and grouped them by device model and OS version.',
        '- Reproduced the crash on a borrowed Android 9 phone: the card scanner asked for a camera mode it lacked.',
        '- Wrote a fallback to manual card entry and shipped it behind a remote flag the same week.',
        '- Added the device to the release checklist and to our test farm.',
        'Checkout failures on those devices fell to zero within a week of the flag going on.',
      ].join('\n'),
    );
    expect(flagsOf(evaluation)).not.toContain('missing-action');
    expect(flagsOf(evaluation)).not.toContain('we-not-i');
    expect(levelOf(evaluation, 'ownership')).toBeGreaterThanOrEqual(3);
  });

  it('does not count management language or a list of tools as actions', () => {
    const evaluation = evaluate(
      `Our alerting had become a serious problem for the whole organisation. I drove alignment across stakeholders and championed a culture of operational excellence. I introduced PagerDuty, Grafana, Prometheus, Sentry, Loki and Terraform for the alert rules. Pages dropped by 80% and the team was much happier.`,
    );
    expect(flagsOf(evaluation)).toContain('missing-action');
  });

  it('counts a hedged ending as an ending: the hedge is vague-language, not a missing result', () => {
    const evaluation = evaluate(
      `Our search results page showed stale prices for about an hour after every catalogue import. I traced it to a cache that was keyed on the product id alone, changed the key to include the catalogue version, and added a check to the import job that warms the new keys before switching. After that release, I believe the stale-price reports from the shops stopped almost entirely.`,
    );
    expect(flagsOf(evaluation)).not.toContain('missing-result');
  });

  it('takes "we" in a relative clause for context, not for a step of the team', () => {
    const evaluation = evaluate(
      `The analytics team we relied on delivered the new event schema two weeks late. Everyone waited for it.`,
    );
    expect(flagsOf(evaluation)).toContain('missing-action');
  });

  it('does not count a plan as the result', () => {
    const evaluation = evaluate(
      `Our nightly backup job for the customer database had been failing silently for a month, and nobody had noticed because its alert went to an old mailing list. I found it while restoring a test copy, traced the failures to an expired storage credential, and rotated the credential by hand. I then moved the alert to the on-call channel and wrote up the gap for my manager. We agreed to revisit the backup monitoring next quarter.`,
    );
    expect(flagsOf(evaluation)).toContain('missing-result');
  });
});

describe('STAR labels count only when content follows them', () => {
  it('raises every structure flag when each label is followed by a word or two', () => {
    const evaluation = evaluate(
      'Situation: billing. Task: fix it. Action: changes. Result: success. Learning: quality matters.',
    );
    expect(structureFlagsOf(evaluation)).toEqual(STRUCTURE_FLAGS);
  });

  it('raises missing-result for "Result: success." after real content', () => {
    const evaluation = evaluate(
      `Situation: our reporting API timed out for the largest customers at every month end. Task: make month-end reports load for every customer. Action: I profiled the report query, added a covering index on the invoice table, and moved the export to a background job with a download link. Result: success.`,
    );
    expect(flagsOf(evaluation)).toContain('missing-result');
    expect(flagsOf(evaluation)).not.toContain('missing-situation');
    expect(flagsOf(evaluation)).not.toContain('missing-action');
  });

  it('lets a label with content decide its part', () => {
    const evaluation = evaluate(
      `Situation: our reporting API timed out for the largest customers at every month end. Task: make month-end reports load for every customer. Action: I profiled the report query, added a covering index on the invoice table, and moved the export to a background job with a download link. Result: month-end reports now finish in under a minute for every customer, and the timeout tickets stopped.`,
    );
    expect(partsOf(evaluation)).toEqual(['situation', 'task', 'action', 'result']);
    expect(structureFlagsOf(evaluation)).toEqual([]);
  });
});

describe('structure messages quote why a part is missing', () => {
  const messageOf = (answer: string, flag: StarFlag): string =>
    structureFindings(analyzeAnswer({ prompt: PROMPT, answer })).find(
      (found) => found.flag === flag,
    )?.message ?? '';

  it('points at management language when it stands in for steps', () => {
    expect(
      messageOf(
        'Our alerting had become a serious problem. I drove alignment across stakeholders and championed a culture of excellence. The team was much happier afterwards.',
        'missing-action',
      ),
    ).toMatch(/^"I drove alignment across stakeholders.*" names no step/u);
  });

  it('names a label with nothing after it as a label, not an outcome', () => {
    expect(
      messageOf(
        'Situation: our reporting API timed out for the largest customers at month end. Action: I profiled the report query and added a covering index on the invoice table. Result: success.',
        'missing-result',
      ),
    ).toContain('"Result: success." is a label');
  });

  it('says the story ends on a plan when it does', () => {
    expect(
      messageOf(
        'Our nightly backup job had been failing silently for a month. I traced the failures to an expired storage credential and rotated it by hand. We agreed to revisit the backup monitoring next quarter.',
        'missing-result',
      ),
    ).toContain('ends on a plan');
  });

  it('calls an opening creed a view rather than a moment', () => {
    expect(
      messageOf(
        'I believe transparency is the foundation of every customer relationship. I always tell customers the truth.',
        'missing-situation',
      ),
    ).toContain('a view rather than a moment');
  });
});
