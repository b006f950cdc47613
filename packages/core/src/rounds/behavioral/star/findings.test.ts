import { describe, expect, it } from 'vitest';
import { evaluateBehavioralAnswer } from './evaluate';

/**
 * Issue 9's content findings, as a bar raiser states them: blame in its soft
 * forms, lessons about others, hedged outcomes, filler, and depth read from
 * concrete detail rather than from a count of technical words.
 */

const evaluate = (prompt: string, answer: string) => evaluateBehavioralAnswer({ prompt, answer });
const flagsOf = (prompt: string, answer: string) =>
  evaluate(prompt, answer).flags.map((found) => found.flag);
const findingOf = (prompt: string, answer: string, flag: string) =>
  evaluate(prompt, answer).flags.find((found) => found.flag === flag);

const CONFLICT = 'Tell me about a time you disagreed with a colleague.';
const FAILURE = 'Tell me about a project that failed.';
const CUSTOMER = 'Tell me about a time you helped a customer.';

/** Lost the argument, calls it politics, is proven right, and the lesson is for companies. */
const VINDICATED = `I disagreed with our architect about splitting the billing service into four smaller services. I wrote a two-page memo arguing that the team of five could not run four deployments. Sadly the outcome was political: he had the CTO's ear, so my memo went nowhere and the split went ahead. Six months later two of the services were merged back, and several engineers told me afterwards that I had been right all along. What I took from it is that companies should give more weight to the engineers who actually run the systems.`;

/** The same project, told with the fault in passive voice and a lesson about product. */
const PASSIVE = `The launch of our partner dashboard slipped by two months. Mistakes were made in the planning, the decision was made to add reporting halfway through, and corners got cut on testing. When it finally shipped, the numbers in the export were wrong for a week. My takeaway is that product managers need to freeze the scope before engineering commits to a date.`;

/** Plain, first-person, no technical vocabulary: depth is in what exactly was said and done. */
const PLAIN_CONFLICT = `Our designer, Mariam, wanted the refund form to ask for a reason before the refund button appeared; I wanted the button first and the reason as an optional field after. Instead of arguing it in the review, I pulled the last month of support chats that mentioned the form and found that most people who gave up did so on the reason screen. I showed Mariam six of those chats side by side. She kept the reason field but made it a single drop-down with "Other" as the default, shown on the same screen as the button. Abandoned refunds on that form fell from about one in five to one in twenty over the next month, and she now asks me to pull chats before her design reviews.`;

/** The same disagreement, told in abstractions and hedges. */
const HOLLOW_CONFLICT = `I had a disagreement with a designer about a form. I felt it could be simpler, while she felt it was fine as it was. I tried to understand her perspective and we had some discussions about it. In the end I think we found a compromise that worked for both of us. Things went more smoothly after that and I believe the users were happier with it. It was a good example of how engineering and design can work together.`;

const TOOL_LIST = `I completely modernised our deployment process. I brought in Jenkins, ArgoCD, Helm, Vault, Terraform, Datadog and Kubernetes across all of our services. Deployments became much faster and far more reliable, and the whole organisation adopted the new platform by the end of the year.`;

/** A transcript with fillers whose substance is specific: filler is a communication note, not missing depth. */
const SPOKEN_STRONG = `Um, so, the one I'd pick is, like, when a hotel chain we worked with got charged twice for every booking made through our channel manager, you know, for about three days. I found the cause, which was, um, a retry in our payment client that fired when the gateway took longer than two seconds, even though the first charge had gone through. So I, like, added an idempotency key per booking so the gateway would drop the second charge, and I wrote the list of the 412 duplicate charges myself so finance could refund them. And then I called their finance lead, um, before they noticed, and walked her through the cause and the refund date. All 412 were refunded by the Friday, and, you know, they renewed their contract that spring.`;

describe('blames-others and no-learning: blame in its soft forms', () => {
  it('reads politics, being proven right and a lesson for companies as blame with no lesson of your own', () => {
    const flags = flagsOf(CONFLICT, VINDICATED);
    expect(flags).toContain('blames-others');
    expect(flags).toContain('no-learning');
  });

  it('quotes the words the blame is raised on', () => {
    const blame = findingOf(CONFLICT, VINDICATED, 'blames-others');
    expect(blame?.evidence.length).toBeGreaterThan(0);
    expect(blame?.message).toMatch(/political|I had been right|companies should/u);
  });

  it('reads passive voice ("mistakes were made", "the decision was made") as blame', () => {
    const flags = flagsOf(FAILURE, PASSIVE);
    expect(flags).toContain('blames-others');
    expect(flags).toContain('no-learning');
    expect(findingOf(FAILURE, PASSIVE, 'no-learning')?.message).toContain(
      'product managers need to',
    );
  });

  it('keeps a blaming story below hire', () => {
    expect(evaluate(CONFLICT, VINDICATED).level).toBeLessThanOrEqual(2);
    expect(evaluate(FAILURE, PASSIVE).level).toBeLessThanOrEqual(2);
  });

  it('does not read an exoneration ("not the user\'s fault") as blame', () => {
    const answer = `Users kept reporting that their saved cards were declined at checkout. I sat in on three support calls and saw that the card form auto-filled an expired card from the browser, so it really was a bad card, but not the user's fault. I changed the form to ignore browser auto-fill for the expiry field and show the card's last four digits before payment. Declines on saved cards fell from 9% to 2% of checkouts within two weeks.`;
    expect(flagsOf(CUSTOMER, answer)).not.toContain('blames-others');
  });

  it('does not read a slow system as contempt for colleagues', () => {
    const answer = `Our nightly import was too slow for the new customers in Asia, who started their day before it finished. I profiled it and found that it fetched each of 40,000 rows separately. I batched the fetches in groups of 500 and moved the job two hours earlier. It now finishes in 35 minutes instead of four hours, and no customer has opened a ticket about stale data since.`;
    expect(flagsOf('Tell me about a time you made something faster.', answer)).not.toContain(
      'blames-others',
    );
  });
});

describe('vague-language: hedges and filler', () => {
  it('reads "something to do with", "mostly" and "to be honest" as hedges', () => {
    const answer = `To be honest we never fully understood it. Our card readers froze in some stores, and it seemed to have something to do with the USB connection when the terminals got warm. I added code to reset the reader and after that the freezes mostly went away.`;
    expect(flagsOf('Describe a bug that only showed up in the field.', answer)).toContain(
      'vague-language',
    );
  });

  it('raises on hedged actions and felt outcomes, quoting the hedges', () => {
    const vague = findingOf(CONFLICT, HOLLOW_CONFLICT, 'vague-language');
    expect(vague).toBeDefined();
    expect(vague?.message).toMatch(/"(?:tried to|I think|I believe)"/iu);
  });

  it('raises on a spoken transcript full of "um", "like" and "you know"', () => {
    expect(flagsOf(CUSTOMER, SPOKEN_STRONG)).toContain('vague-language');
  });

  it('costs a strong spoken story communication, not ownership of its concrete steps', () => {
    const levels = new Map(
      evaluate(CUSTOMER, SPOKEN_STRONG).dimensions.map((dimension) => [
        dimension.id,
        dimension.level,
      ]),
    );
    expect(levels.get('communication')).toBeLessThanOrEqual(3);
    expect(levels.get('ownership')).toBeGreaterThanOrEqual(3);
  });
});

describe('no-technical-depth: concrete detail, not a count of technical words', () => {
  it('does not raise on a plain story with a concrete mechanism and no technical vocabulary', () => {
    expect(flagsOf(CONFLICT, PLAIN_CONFLICT)).not.toContain('no-technical-depth');
  });

  it('raises on the same disagreement told in abstractions, quoting an abstract step', () => {
    const depth = findingOf(CONFLICT, HOLLOW_CONFLICT, 'no-technical-depth');
    expect(depth).toBeDefined();
    expect(depth?.evidence.length).toBeGreaterThan(0);
  });

  it('raises on a list of tools with no decision, quoting the list', () => {
    const depth = findingOf(
      'Tell me about a time you improved a process.',
      TOOL_LIST,
      'no-technical-depth',
    );
    expect(depth?.message).toContain('Jenkins');
  });

  it('does not raise on a spoken story whose substance is specific', () => {
    expect(flagsOf(CUSTOMER, SPOKEN_STRONG)).not.toContain('no-technical-depth');
  });
});

describe('unquantified-result: felt outcomes, not missing numbers', () => {
  const PROCESS = 'Tell me about a time you improved how your team worked.';

  it('raises on a felt, hedged outcome and quotes it', () => {
    const answer = `Our release process had become painful, with every deploy needing a manual checklist from one senior engineer. I wrote a script that ran the checklist steps and posted the results in our channel, and I paired with two colleagues so they could run it themselves. Things got much better between the teams and the complaints mostly stopped, and I believe people trust the process more now.`;
    const found = findingOf(PROCESS, answer, 'unquantified-result');
    expect(found?.message).toMatch(/much better|mostly stopped|trust/u);
    expect(found?.evidence.length).toBeGreaterThan(0);
  });

  it('raises on improvement told as uplift, renewal or transformation', () => {
    const answer = `Our test suite had become slow and nobody trusted it. I rewrote the slowest fixtures to share one database per package, split the suite into two parallel jobs, and deleted forty tests that only checked mocks. The result was a significant uplift in productivity and a renewed sense of trust in our pipeline.`;
    expect(flagsOf(PROCESS, answer)).toContain('unquantified-result');
  });

  it('does not raise on an observable outcome without a number', () => {
    const answer = `Our payment webhook started charging some customers twice, and the engineer who wrote it was on leave. I read the handler and saw it acknowledged the event only after calling the card API, so a slow response made the provider resend it. I stored each event id before charging and skipped ids already seen, and I wrote the refund list from the provider's export myself. Refunds went out the same afternoon and no charge has doubled since.`;
    expect(flagsOf('Tell me about a bug you fixed under pressure.', answer)).not.toContain(
      'unquantified-result',
    );
  });
});

describe('no-baseline: a level after the change with nothing to compare it to', () => {
  const ONCALL = 'Describe a time you changed how your team handled on-call.';

  it('raises on an after-only rate and quotes it', () => {
    const answer = `On our billing team, alerts were never followed up, so the same ones woke people up every week. I made every page open a ticket assigned to whoever was paged, asking what would stop it paging again, and I ran a half-hour review of those tickets each Monday. I fixed the first handful myself to show what I meant. After two months we were getting about five pages a week.`;
    expect(findingOf(ONCALL, answer, 'no-baseline')?.message).toContain('five pages');
  });

  it('does not raise when the ending states the level before', () => {
    const answer = `On our billing team, alerts were never followed up, so the same ones woke people up every week. I made every page open a ticket assigned to whoever was paged, asking what would stop it paging again, and I ran a half-hour review of those tickets each Monday. I fixed the first handful myself to show what I meant. After two months pages went from about thirty a week to five.`;
    expect(flagsOf(ONCALL, answer)).not.toContain('no-baseline');
  });

  it('does not take the length of a step ("a 20 minutes review") for the level before', () => {
    const answer = `Pages on our payments team were acknowledged slowly at night, because nobody but two seniors knew the system. I wrote a runbook for the ten most common alerts, put everyone on the rotation after two shadow weeks, and held a 20 minutes review of each page every Friday. After three months the median time to acknowledge a page was 6 minutes.`;
    expect(findingOf(ONCALL, answer, 'no-baseline')?.message).toContain('6 minutes');
  });

  it('reads "from maybe twenty a week to almost none" as a before and an after', () => {
    const answer = `On our billing team, alerts were never followed up, so the same ones woke people up every week. I made every page open a ticket assigned to whoever was paged, asking what would stop it paging again, and I ran a half-hour review of those tickets each Monday. Night pages went from maybe 20 a week to almost none within two months.`;
    expect(flagsOf(ONCALL, answer)).not.toContain('no-baseline');
  });

  it('does not read a threshold in a clause of when ("switches when receipts drop below 95%") as an outcome', () => {
    const answer = `Our SMS provider went down for six hours and took login codes with it. I built a router that sends through a second provider when the first one's delivery receipts drop below 95% over five minutes, and I tested it by blackholing the primary in staging every sprint. When the first provider failed again, codes switched over in six minutes and logins that day looked like any other day.`;
    expect(flagsOf('Tell me about a time a vendor let you down.', answer)).not.toContain(
      'no-baseline',
    );
  });

  it('does not ask a count of things done for a baseline', () => {
    expect(flagsOf(CUSTOMER, SPOKEN_STRONG)).not.toContain('no-baseline');
  });
});

describe('we-not-i: whose steps these were', () => {
  const CHANGE = 'Tell me about a time you changed a process.';

  it('does not read a relative clause ("the team we depended on") as a team step', () => {
    const answer = `I owned the nightly export to our finance system. The data team we depended on changed a column type without notice, so I added a schema check that stops the export and pages me, and I wrote the mapping that converts the new type. I also set up a shared channel where schema changes are announced a week ahead. The export has not failed on a schema change since.`;
    expect(flagsOf(CHANGE, answer)).not.toContain('we-not-i');
  });

  it('does not count what the team did not do ("the team did not like it") as a team step', () => {
    const answer = `I moved our service from nightly deploys to deploys on every merge, and the team did not like it at first. I wrote the rollback script, I added a canary stage that sends 5% of traffic for ten minutes, and I ran the first twenty deploys myself. After a month the team was deploying on its own, and failed deploys fell from three a month to one in the quarter.`;
    expect(flagsOf(CHANGE, answer)).not.toContain('we-not-i');
  });

  it("raises when the candidate's own steps are hedged away behind the team's", () => {
    const answer = `Our planning meetings ran long. We moved them to Tuesday mornings and we split them into two halves. I tried to help with the agenda and I think I kind of kept people on time. We also started writing things down. Over time things improved.`;
    expect(flagsOf(CHANGE, answer)).toContain('we-not-i');
  });
});

describe('no-learning: praise as the payoff', () => {
  const MISTAKE = 'Tell me about a mistake you made.';

  it('raises when the lesson is a compliment and the story closes on praise', () => {
    const answer = `My biggest mistake is probably that I care too much about code quality. On one project I rewrote a colleague's module over a weekend because it did not meet my standards, which upset him a little. I've learned to explain my changes first. My director told me afterwards that my refactors are the best thing that happened to that codebase.`;
    const found = findingOf(MISTAKE, answer, 'no-learning');
    expect(found?.message).toContain('praise');
  });

  it('does not raise when the story also names a practice that changed', () => {
    const answer = `I merged a migration that locked our orders table for nine minutes during the lunch peak, because I tested it on an empty staging copy. I rolled it back, rewrote it to add the column without a default and backfill in batches of 5,000 rows, and wrote the incident summary myself. My lead said the write-up was the most useful one we had that quarter. Since then I run every migration against a production-sized snapshot before I ask for review.`;
    expect(flagsOf(MISTAKE, answer)).not.toContain('no-learning');
  });
});

describe('no-learning: self-praise and recognition as the payoff', () => {
  it.each([
    [
      'a knack',
      `Honestly I tend to be the person who gets handed the scary systems. Our old search indexer scared everyone else, but I just have a knack for reading other people's code, so within two weeks I understood it and cleaned it up. My director mentioned it in the all-hands and I got a spot bonus.`,
    ],
    [
      'a strength',
      `Right before a mobile release the crash-free rate on the beta felt off to me, so I dug in and found a crash in the new onboarding flow on older phones. It got fixed and the release went a day later. My VP sent me a personal thank-you note and said that kind of instinct can't be taught; catching things early is probably my biggest strength.`,
    ],
  ])(
    'raises when the story closes on %s rather than on what the candidate took away',
    (_, answer) => {
      const found = findingOf(
        'Tell me about a time you caught a problem early.',
        answer,
        'no-learning',
      );
      expect(found?.message).toContain('praise');
    },
  );

  it('counts a rule the candidate set themselves as a lesson, however it is worded', () => {
    const answer = `In my first month I spent eight days alone on a shipment bug, reading the state machine and adding logs, because I did not want to look slow. When our lead finally asked, she knew the cause from an incident the year before, and the fix took half a day. After that I set myself a rule: if I have made no progress in half a day, I post what I have tried in the team channel.`;
    expect(
      flagsOf('Tell me about a time you should have asked for help sooner.', answer),
    ).not.toContain('no-learning');
  });

  it('reads "should have" in a prompt as asking for a lesson', () => {
    const answer = `I spent three days on pods that were evicted during deploys before I asked our SRE, who saw in five minutes that the memory requests were too low. The deploy waiting on my fix slipped by those three days and the product team had to move a customer demo.`;
    expect(
      flagsOf('Tell me about a time you should have asked for help sooner.', answer),
    ).toContain('no-learning');
  });
});

describe('blames-others: fate and denied accountability', () => {
  it('reads fate and "not much I could have done" as blame, not as owning the miss', () => {
    const answer = `Our mobile release slipped three weeks. The backend team was late with the API again, and the timing just wasn't right with the holidays. I kept my part on schedule and had my screens ready on the first day. In the end it shipped in January. Honestly there was not much I could have done differently.`;
    const prompt = 'Tell me about a launch that slipped.';
    const flags = flagsOf(prompt, answer);
    expect(flags).toContain('blames-others');
    expect(flags).toContain('no-learning');
  });
});

describe('reflection: a lesson about others is not reflection', () => {
  it('keeps the reflection dimension at its lowest when the only takeaway is what product managers should do', () => {
    const reflection = evaluate(FAILURE, PASSIVE).dimensions.find(
      (dimension) => dimension.id === 'reflection',
    );
    expect(reflection?.level).toBe(1);
    expect(reflection?.summary).toContain('not one of your own');
  });
});
