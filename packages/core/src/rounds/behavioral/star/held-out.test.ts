import { describe, expect, it } from 'vitest';
import type { StarFlag } from '../flags';
import type { BehavioralEvaluation, StarPart } from '../evaluation';
import { evaluateBehavioralAnswer } from './evaluate';

/**
 * A held-out set: answers written after the evaluator, in domains, formats and
 * voices it was not tuned on (data, infra, frontend, security, people stories;
 * bullets, labels, headings, a run-on, hard-wrapped text; British spelling,
 * numbers in words, "my team and I"). Each expectation is what a bar raiser
 * would say about the answer, not what the evaluator happened to output.
 */

const PROMPT = 'Tell me about a problem you solved.';
const evaluate = (answer: string, prompt = PROMPT): BehavioralEvaluation =>
  evaluateBehavioralAnswer({ prompt, answer });
const flagsOf = (evaluation: BehavioralEvaluation): StarFlag[] =>
  evaluation.flags.map((found) => found.flag);
const levelOf = (evaluation: BehavioralEvaluation, id: string): number =>
  evaluation.dimensions.find((dimension) => dimension.id === id)?.level ?? 0;
const partsOf = (evaluation: BehavioralEvaluation): StarPart[] =>
  evaluation.segments.map((segment) => segment.part);
const STRUCTURE_FLAGS: readonly StarFlag[] = [
  'missing-situation',
  'missing-task',
  'missing-action',
  'missing-result',
];

const ML = `At my previous company I was the only data scientist on the payments risk team, and our fraud model was blocking about 4% of legitimate card payments, which support said was the top complaint from small merchants.

My goal was to cut false positives without letting more fraud through, and to prove it with an experiment rather than an offline number.

First I pulled six months of labelled transactions from the warehouse with a dbt model and found that the classifier leaned heavily on one feature, the distance between billing and shipping address, which punished people who ship gifts. I rebuilt the feature pipeline in Airflow, added a feature for repeat shipping addresses and retrained the model with gradient boosting. I considered simply raising the decision threshold, but rejected it because offline it let through 30% more fraud. I then ran an A/B test on 10% of traffic for three weeks, with a sample size I had worked out beforehand from a power analysis.

As a result the false positive rate fell from 4.1% to 1.6% with no statistically significant change in fraud losses (p-value 0.41), and merchant complaints about declined payments dropped from about 90 a week to 25. The new model has been in production for a year. I learned to check which feature dominates before tuning anything else, and I now put that check in every model review.`;

const INFRA = `Last year I was on the platform team at a logistics startup, and our order service kept breaching its SLO during the Monday morning peak: we burned half the monthly error budget in two hours most weeks.

I was asked to own the fix because I had written the Terraform for that cluster.

I started by reading the on-call pages and the Grafana dashboards for the last eight Mondays and saw that the pods hit their CPU limit about ten minutes before the autoscaler added capacity. The horizontal pod autoscaler was scaling on average CPU with a five minute window, which was far too slow for a spike that arrived at 8:55 every week. Instead of just raising the replica count, which would have doubled our bill all week, I switched the autoscaling signal to request queue depth, shortened the window and added a scheduled scale-up at 8:45 on weekdays. I tested it with a load test that replayed a recorded Monday, rolled it out as a canary to one region, and wrote a runbook for the new alerts.

Since the change we have had zero SLO breaches in fourteen weeks, compared with nine in the fourteen weeks before, and compute cost rose by only $600 a month. I now look at how fast a system scales, not only whether it scales.`;

const FRONTEND = `* Context: I was the frontend lead for a recipe site where 70% of visits came from phones on slow networks
* Our search landing page had a Largest Contentful Paint of 4.8 s at p75 and Google flagged it as poor in Core Web Vitals
* My goal was to get LCP under 2.5 s before the spring campaign
* I profiled the page with Lighthouse and WebPageTest and found the hero image waited on a 900 KB JavaScript bundle
* I split the bundle by route, lazy loaded the comments widget and moved the hero image into the server-rendered HTML
* I also fixed a hydration mismatch that re-rendered the whole page on load
* I checked accessibility with a screen reader so the lazy widget still announced itself
* Result: LCP at p75 went from 4.8 s to 1.9 s over the next month, measured in our real user monitoring, and bounce rate from search fell from 61% to 48%`;

const SECURITY = `S: At a fintech company our mobile and web clients used long-lived OAuth access tokens that never expired, and a pen test flagged it as our highest risk finding.
T: As the engineer who owned the auth service, my task was to move every client to short-lived tokens without logging anyone out.
A: I designed a rotation scheme with 15-minute access tokens and refresh tokens bound to the device, stored hashed in PostgreSQL.
A: I added a compatibility endpoint so old app versions could exchange their long-lived token once, and tracked adoption on a dashboard.
A: I wrote the threat model with our security lead and rotated the signing keys into Vault with an IAM policy that only the auth service could read.
R: After six weeks 99.2% of sessions were on short-lived tokens, forced logouts stayed under 0.1% of sessions, and the finding was closed in the next audit.`;

const HEADINGS = `## Situation

Our analytics team shipped a weekly revenue report that finance used for the board, and twice in one quarter it showed numbers that were wrong by several percent.

## Task

I volunteered to find out why and make the report trustworthy before the next board meeting.

## Action

- I traced both bad weeks to late-arriving data: the ETL job read yesterday's partition before the upstream table had finished loading
- I added a data quality check in Airflow that blocks the report until the row count is within 2% of the same weekday last week
- I rewrote the revenue query in dbt with tests on uniqueness and nulls
- I walked the finance analysts through the new checks so they knew what an alert meant

## Result

In the nine weeks since, the report has been late twice, by under an hour, and has not once been wrong. Finance stopped re-checking it by hand, which saved them about four hours a week.`;

const RUNON = `so basically at my last job we had this problem where the nightly billing export would fail maybe twice a week and nobody really owned it so I said I would look into it and my goal was to make it stop failing before the end of the quarter so first I went through the logs for the last month and I found that every failure was a timeout talking to the tax service and then I added retries with exponential backoff and a circuit breaker and I also split the export into batches of a thousand invoices so one slow call would not kill the whole run and after that I added an alert so the on-call person would know in the morning and in the end the export went from failing about eight times a month to once in the next three months and finance stopped emailing us about missing invoices`;

const MENTORING = `When I was a senior engineer on the checkout team at an online retailer, we hired a graduate engineer, Priya, who was bright but had never worked on a production codebase and was visibly nervous in code review.

My manager asked me to mentor her through her first six months, with the goal of her owning a small service on her own by the end of that time.

I set up a weekly one-to-one and asked her what she found hardest; it was that review comments felt like criticism of her rather than the code. So I paired with her on her first three pull requests and reviewed them out loud, explaining why I asked each question. I also gave her a small, real piece of work she could own end to end, the gift-card balance endpoint, and I let her present the design in our team review while I stayed quiet unless she asked. When she missed a bug in production, I walked her through writing the postmortem herself instead of fixing it for her.

By month five she was reviewing other people's code, and by month six she was the on-call owner of the gift-card service. In her review she said the paired reviews were what made her confident. I learned that the most useful thing I could do was to give her real ownership early, and I now do that with every new starter.`;

const CONFLICT = `At my last company I disagreed strongly with a staff engineer on another team about how to version our public API. She wanted to keep one version and add fields forever; I thought that would trap us with fields we could never remove.

I was the tech lead for the mobile API, so the decision was mine to drive, but I needed her team to agree because they owned the gateway.

Instead of arguing in the design review, I asked her for thirty minutes to understand her concerns. It turned out her real worry was the cost of running two versions in the gateway, which I had not considered. I wrote a short doc with both options, including her cost estimate, and proposed a compromise: additive changes stay in one version, and breaking changes get a new version with a twelve-month sunset that the gateway enforces automatically. I asked her to review the draft before anyone else saw it, and she added the sunset enforcement idea herself.

We agreed on the compromise in one meeting. Over the next year we shipped one breaking version and retired the old one on schedule, with no extra gateway cost. I learned to ask what someone is worried about before defending my own position, and I now book a one-to-one before any design review where I expect disagreement.`;

const BRITISH = `In my previous role I was a backend developer at a British energy supplier, and our smart-meter ingestion service had become the biggest source of customer complaints because readings often arrived a day late.

My responsibility was to get readings into customers' accounts within an hour, ahead of the winter tariff change.

I analysed a fortnight of logs and realised the queue consumers were serialised on a single database lock. I prioritised the fix over a planned refactor, reorganised the consumers to partition by meter ID and moved the lock to a per-meter row lock. I also organised a load test with the operations colleagues so we could see the behaviour under the winter peak, and I optimised the retry policy so that failed readings were retried with backoff rather than all at once.

As a result the median delay went from nineteen hours to eleven minutes, measured on the dashboard over a month, and complaints about late readings fell from roughly 300 a week to 40. I learnt that I should look at locking before adding capacity, and I now check lock contention first whenever a queue backs up.`;

const WORDNUMBERS = `Two years ago I joined a small games studio as the only build engineer, and our Unity builds took about forty minutes, so artists waited most of the morning to see their changes.

My goal was to get a full build under fifteen minutes without buying new hardware.

First I instrumented the build and found that two thirds of the time went to reimporting assets that had not changed. I set up a shared asset cache on the build server, split the build into three parallel jobs in Jenkins and turned off texture compression for development builds, keeping it for release builds. I weighed moving to a cloud build service but rejected it because uploading our assets would have cost more time than it saved.

In the end a full build went from forty minutes to twelve minutes, and the artists went from three test builds a day to about ten. I learned to measure where the time goes before changing anything, and I now instrument every pipeline I touch.`;

const MYTEAMANDI = `Last year my team and I were responsible for the search service of a travel booking site, and search results were slow during sales, which hurt bookings.

My team and I needed to make search fast enough for the summer sale.

My team and I looked at the traces and my team and I found that the ranking step was slow. My team and I added a cache in front of the ranking service and my team and I tuned the Elasticsearch queries. We also moved some work to a background job and we load tested the new setup before the sale. My team and I then rolled it out gradually with a feature flag.

As a result p95 search latency went from 2.1 s to 600 ms during the summer sale, measured in Datadog, and bookings during the sale were up 12% on the previous year. We learned a lot about caching from it.`;

const BUZZ = `At my last company our team had challenges with the way we delivered value to customers. I was part of the effort to transform how we worked. We leveraged the cloud and adopted best practices across the organisation to create synergy between product and engineering. I drove alignment with stakeholders and we took a holistic approach to the roadmap. We streamlined our processes and empowered the teams to move faster. It was a journey, but in the end the organisation was in a much better place and leadership was happy with the outcome. I learned that communication is key and that you have to bring people along with you.`;

const FORTYFASTER = `At my previous company I worked on the internal search tool that support agents used to find past tickets, and agents kept complaining that it was slow.

My task was to speed it up before the support team doubled in size in the new year.

I profiled the search endpoint and found that every query scanned the full ticket table because the text column had no index. I added a full-text index in PostgreSQL, rewrote the query to use it, and cached the most common filters in Redis with a ten-minute TTL. I also paginated the results so the page no longer loaded two thousand tickets at once.

We made it 40% faster and the agents were much happier with it.`;

const SHORTIE = `I fixed a bug in the payment flow and it worked. My manager was happy.`;

const FAILURE_BLAME = `At my last job I led the launch of a new onboarding flow for our banking app. The launch slipped by three weeks and the first release had a bug that stopped some users from verifying their identity. Honestly it was mostly the design team's fault because they kept changing the screens, and QA was useless and missed the verification bug completely. I rewrote the verification screen twice to keep up with design and I pushed the fix the day after launch. In the end about 2% of new users could not finish onboarding for a day. It was frustrating but these things happen with other teams.`;

const FAILURE_LESSONS = `Situation: at a health-tech startup I was responsible for migrating appointment reminders from SMS to push notifications
Task: I had to switch all patients over in one release to save about $4,000 a month in SMS fees
Action: I wrote the migration, tested it on my own phone and two test devices, and shipped it to everyone on a Friday
Action: on Monday we found that Android users who had disabled notifications got no reminders at all, and no-shows rose
Action: I rolled back to SMS for Android within the hour, wrote the postmortem and added a fallback that sends an SMS when a push is not delivered
Result: no-shows went back from 9% to the usual 5% within a week, and the savings still came through a month later with the fallback in place
Lessons: roll out to a small share of users first, and test with the permissions real users actually have, not the ones on my phone`;

const NUMBERED = `1. At my previous company I was on the payments team of a food delivery app and refunds took up to ten days
2. My goal was to get refunds to customers within a day because refund complaints were our top support ticket
3. I mapped the refund flow and found each refund waited for a nightly batch job and then a manual approval
4. I replaced the batch job with a queue consumer that refunds immediately and I added an automatic approval rule for orders under $30
5. I wrote integration tests against the payment provider's sandbox and rolled it out behind a feature flag
6. Refunds now reach customers in under four hours for 95% of orders, down from an average of seven days, and refund tickets fell from 1,200 to 300 a month`;

const INLINE = `Situation: our team's CI pipeline took 50 minutes and engineers merged without waiting for it Task: I took on getting it under 15 minutes Action: I profiled the pipeline, cached the Gradle dependencies, split the test suite across six parallel runners and moved the slow end-to-end tests to a nightly job Result: the pipeline went from 50 minutes to 11 minutes and merges without green CI dropped from about 20 a week to 2`;

const SHARE = `Two years ago I was a backend engineer on the listings team of a property portal, and our nightly re-index job had started to miss listings: about 8% of new listings did not appear in search until the next day.

I owned the indexing pipeline, so my job was to make every new listing searchable within minutes.

I added logging to the job and found that timeouts against the geocoding API accounted for 60% of the dropped listings, and the rest came from a schema change nobody had mirrored in Elasticsearch. I moved geocoding to a queue with retries and exponential backoff, added a contract test between the listings schema and the index mapping, and switched the job from a nightly batch to a Kafka consumer that indexes each listing as it is created.

As a result the time for a new listing to appear in search went from up to 24 hours to under two minutes, measured from the creation event to the first search hit, and missing listings fell to zero over the next quarter.`;

const WRAPPED = `At my previous company I was the on-call engineer for the notifications service when a
deploy started sending duplicate emails to about 40,000 customers. My job was to stop
the duplicates and find out why they happened. I paused the email workers, rolled back
the deploy and wrote a query to find every customer who had received a duplicate. I
traced the bug to a retry that was not idempotent, added an idempotency key on the send
call and a test that fails if a message is sent twice. As a result duplicates went from
40,000 that night to zero in the six months since, and I sent an apology email that
support said stopped the complaints within a day.`;

describe('held-out answers: strong stories in other domains', () => {
  const strong: ReadonlyArray<readonly [string, string]> = [
    ['a data-science story with an A/B test and a p-value', ML],
    ['an SRE story about autoscaling, an SLO and an error budget', INFRA],
    ['a frontend story about LCP, the bundle and hydration, in bullets', FRONTEND],
    ['a security story about OAuth tokens, labelled S/T/A/R', SECURITY],
    ['a data-quality story under markdown headings', HEADINGS],
    ['a story in British spelling ("analysed", "prioritised", "learnt")', BRITISH],
    ['a story whose numbers are written as words', WORDNUMBERS],
    ['a numbered list without periods', NUMBERED],
    [
      'a story where shares ("8% of listings", "accounted for 60%") sit beside a baselined result',
      SHARE,
    ],
  ];
  for (const [name, answer] of strong) {
    it(`rates ${name} hire or better, with every STAR part, technical depth and no baseline complaint`, () => {
      const evaluation = evaluate(answer);
      expect(evaluation.level).toBeGreaterThanOrEqual(3);
      expect(flagsOf(evaluation)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^missing-/u)]),
      );
      expect(flagsOf(evaluation)).not.toContain('no-technical-depth');
      expect(flagsOf(evaluation)).not.toContain('no-baseline');
      expect(flagsOf(evaluation)).not.toContain('we-not-i');
      expect(levelOf(evaluation, 'depth')).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('held-out answers: formats', () => {
  it('reads "S:"/"T:"/"A:"/"R:" labels as the part of their line', () => {
    expect(partsOf(evaluate(SECURITY))).toEqual([
      'situation',
      'task',
      'action',
      'action',
      'action',
      'result',
    ]);
  });

  it("keeps a heading's part for the paragraph and bullets under it", () => {
    expect(partsOf(evaluate(HEADINGS))).toEqual([
      'situation',
      'task',
      'action',
      'action',
      'action',
      'action',
      'result',
      'result',
    ]);
  });

  it('does not carry a bullet\'s "Context:" label to the bullets after it', () => {
    const parts = partsOf(evaluate(FRONTEND));
    expect(parts[0]).toBe('situation');
    expect(parts).toContain('task');
    expect(parts.filter((part) => part === 'action').length).toBeGreaterThanOrEqual(3);
    expect(parts.at(-1)).toBe('result');
  });

  it('splits labels inside one unbroken line ("… Task: … Action: … Result: …")', () => {
    const evaluation = evaluate(INLINE);
    expect(partsOf(evaluation)).toEqual(['situation', 'task', 'action', 'result']);
    expect(evaluation.segments[0]?.quote.startsWith('our team')).toBe(true);
  });

  it('finds the steps and the outcome in a run-on paragraph without punctuation, but marks down its clarity', () => {
    const evaluation = evaluate(RUNON);
    for (const flag of ['missing-action', 'missing-result', 'unquantified-result'] as const)
      expect(flagsOf(evaluation)).not.toContain(flag);
    expect(levelOf(evaluation, 'communication')).toBeLessThanOrEqual(2);
  });

  it('keeps hard-wrapped lines of prose in their sentence', () => {
    const evaluation = evaluate(WRAPPED);
    expect(evaluation.segments).toHaveLength(5);
    expect(flagsOf(evaluation).filter((flag) => STRUCTURE_FLAGS.includes(flag))).toEqual([]);
    for (const segment of evaluation.segments)
      expect(WRAPPED.slice(segment.start, segment.end)).toBe(segment.quote);
  });

  it('counts a "Lessons:" line as the lesson a failure question asks for', () => {
    const evaluation = evaluate(
      FAILURE_LESSONS,
      'Tell me about a time you failed. What did you learn?',
    );
    expect(flagsOf(evaluation)).not.toContain('no-learning');
    expect(evaluation.level).toBeGreaterThanOrEqual(3);
  });
});

describe('held-out answers: people stories', () => {
  it('does not ask a mentoring story for technical depth, and rates it a hire', () => {
    const evaluation = evaluate(MENTORING, 'Tell me about a time you mentored someone.');
    expect(flagsOf(evaluation)).toEqual([]);
    expect(evaluation.level).toBeGreaterThanOrEqual(3);
  });

  it('hears a disagreement end in agreement and a shipped result, without reading blame', () => {
    const evaluation = evaluate(CONFLICT, 'Tell me about a time you disagreed with a colleague.');
    expect(flagsOf(evaluation)).not.toContain('missing-result');
    expect(flagsOf(evaluation)).not.toContain('blames-others');
    expect(evaluation.level).toBeGreaterThanOrEqual(3);
  });
});

describe('held-out answers: weak stories', () => {
  it('credits "my team and I" to the team, not to the candidate', () => {
    const evaluation = evaluate(MYTEAMANDI);
    expect(flagsOf(evaluation)).toContain('we-not-i');
    expect(levelOf(evaluation, 'ownership')).toBeLessThanOrEqual(2);
  });

  it('does not count buzzwords ("leveraged the cloud", "best practices", "synergy") as technical depth', () => {
    const evaluation = evaluate(BUZZ);
    expect(flagsOf(evaluation)).toEqual(
      expect.arrayContaining(['no-technical-depth', 'vague-language', 'unquantified-result']),
    );
    expect(evaluation.level).toBeLessThanOrEqual(2);
  });

  it('still asks for the baseline of "we made it 40% faster" in the result', () => {
    const evaluation = evaluate(FORTYFASTER);
    const found = evaluation.flags.find((item) => item.flag === 'no-baseline');
    expect(found?.message).toContain('40% faster');
    expect(levelOf(evaluation, 'impact')).toBeLessThanOrEqual(2);
  });

  it('rates a two-sentence answer no hire', () => {
    const evaluation = evaluate(SHORTIE);
    expect(flagsOf(evaluation)).toEqual(
      expect.arrayContaining([
        'too-short',
        'missing-situation',
        'missing-result',
        'unquantified-result',
      ]),
    );
    expect(evaluation.level).toBe(1);
  });

  it('caps a failure story that blames design and QA and gives no lesson', () => {
    const evaluation = evaluate(FAILURE_BLAME, 'Tell me about a time you failed.');
    expect(flagsOf(evaluation)).toEqual(expect.arrayContaining(['blames-others', 'no-learning']));
    expect(evaluation.level).toBeLessThanOrEqual(2);
  });
});

// Speed is checked by bench/evaluator.bench.ts, not by a timed unit test: a shared CI core makes timings flaky.
