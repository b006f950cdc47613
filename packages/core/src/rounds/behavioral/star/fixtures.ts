/**
 * Answers written for the evaluator's own tests and benchmark, on prompts that
 * are deliberately not in the question bank, so the evaluator is judged on
 * stories it was never tuned to.
 */

export const PROMPTS = {
  newCodebase: 'Tell me about a time you had to learn a new codebase quickly.',
  processImprovement: 'Describe a time you improved the way your team worked.',
  slowService: 'Tell me about a performance problem you solved.',
  failedLaunch: 'Tell me about a launch that went badly. What did you learn?',
  onCall: 'Tell me about a difficult on-call incident you handled.',
} as const;

/** ~290 words: context, a clear goal, first-person steps with technical detail and a trade-off, and a baselined result. */
export const STRONG_CODEBASE = `Two years ago I moved from the web team to the billing platform at my previous company, three weeks before the invoicing service was due to support usage-based pricing. Nobody who had written the service was still on the team, and the code was about 40,000 lines of Kotlin with thin documentation.

My goal was to ship the usage-based invoice path by the end of the quarter without breaking the existing monthly invoices.

First I ran the full test suite and the service locally, then traced one real invoice end to end with the debugger, writing down every class it touched. That gave me a call graph of about 30 classes, which I turned into a one-page architecture diagram and reviewed with the two engineers who consumed our API. I also read the last six months of incident postmortems, which showed that most bugs came from the proration code.

Because proration was fragile, I decided not to modify it. Instead of threading usage pricing through the existing calculator, I added a separate strategy class behind a feature flag, and I wrote characterization tests that pinned the output of 200 real invoices from production so any change to monthly invoices would fail in CI. I considered rewriting the calculator entirely but rejected it because we could not verify a rewrite before the deadline.

We launched on time. Over the first month the new path produced 1,800 invoices with zero billing disputes, compared with about 12 disputes a month on the old manual process, and the characterization tests caught two regressions before they reached customers.

What I learned is to read the incident history before the code: it told me where the risk was. Since then I start every new codebase by tracing one real request and reading the postmortems.`;

/** ~120 words of "we", vague phrases and no numbers. */
export const VAGUE_WE = `So basically our team had a lot of issues with how we did things and the process was kind of slow. We talked about it as a team and we decided to improve things. We leveraged some best practices and we made various changes to the workflow and stuff like that. We also did some things around communication and we aligned with stakeholders. The team worked really hard on it and we got a lot of things done. In the end things were sort of better and people were happier with it overall. It was a good experience for everyone and we learned a lot of things from it, I think maybe the main thing was teamwork.`;

/** ~225 words, concrete and personal, with a baselined result. */
export const CONCRETE_SHORT = `Last spring our checkout API was timing out for about 3% of requests during the evening peak, and I owned the service that quarter.

My task was to bring the error rate under our 0.5% objective before the holiday sale.

I started by pulling a week of traces from Datadog and found that the slow requests all waited on a Postgres connection: the pool had 10 connections while the service ran 40 worker threads. I reproduced the queueing locally with a load test in k6. Rather than just raising the pool size, which would have overloaded the primary database, I moved the two read-only queries to a replica and added a 300 ms timeout with one retry on the inventory call. I wrote a runbook entry and an alert on pool wait time so the next on-call engineer would see this coming.

As a result, the timeout rate fell from 3% to 0.2%, measured over the two weeks before and after the change, and p95 latency went from 1.8 s to 420 ms. We went through the holiday sale with no checkout incidents. I now check connection pool metrics first whenever a service slows down under load.`;

/** Filler sentences used to pad an answer without adding substance. */
export const FILLER_SENTENCE =
  'Basically we worked on a lot of things and it was kind of a team effort overall, you know.';

/** A buzzword-heavy "we" answer of about 700 words. */
export const BUZZWORD_LONG = (() => {
  const paragraphs = [
    'At my company we were on a journey to transform how we deliver value to our customers, and it was a really exciting time for the whole organization. We had a lot of stakeholders and various teams who all had different priorities and perspectives, so basically the challenge was to drive alignment across the board and make sure everyone was on the same page.',
    'We leveraged best practices from across the industry and we kind of started by doing a deep dive into the different workflows and processes. We held various workshops and we brainstormed a lot of ideas together as a team. We really focused on synergy and on building a holistic approach, and we made sure that we were always thinking outside the box.',
    'Then we decided to implement a new framework for how we work, and we rolled it out to the teams in phases. We streamlined a lot of things and we removed various blockers and stuff that was slowing people down. The team worked really hard and we kept iterating on the approach, and we basically took care of all the issues as they came up.',
    'We also proactively communicated with leadership and we aligned stakeholders on the vision and the roadmap. We created a robust solution that was seamless for everyone and we empowered people to take ownership of their own work. We had regular syncs and we circled back on feedback, and we made the necessary changes along the way.',
    'In the end it was kind of a game changer for the organization. Things got a lot better and people were much happier overall, and leadership was really pleased with the outcome. We moved the needle on a lot of things and we set ourselves up for success going forward, and honestly it was one of the best experiences of my career.',
    'Looking back, I think maybe the biggest thing was the teamwork and the collaboration, because everyone came together and we leveraged the strengths of each person on the team. We were able to deliver a world-class experience and we kept a strong focus on the customer throughout, which I think is basically the most important thing.',
    'We also did a lot of things around culture, and we tried to make the process more agile and more efficient in various ways. We worked on communication, we worked on documentation, we worked on tooling and stuff like that, and we made sure that the best practices were followed by everyone on the different teams.',
    'Overall we delivered a lot of value, and the whole experience was kind of a paradigm shift for us as an organization. We were able to leverage our synergies and we achieved great results across the board, and I think everyone involved learned a lot of things that they still use today in their work and in how they collaborate.',
    'On top of that we had to navigate a lot of change management, and we basically had to bring people along on the journey. We did various roadshows and town halls and we made sure the messaging was aligned with the broader strategy, and we kind of iterated on it based on what we were hearing from the different groups and stakeholders.',
    'There were definitely some challenges along the way, and sometimes things did not go exactly to plan, but we always regrouped as a team and we found a way forward. We leveraged the learnings and we doubled down on the things that were working, and we let go of the stuff that was not adding value to the organization.',
    'So overall it was a really successful initiative, and it positioned us really well for the future. The team is still using a lot of the things we put in place, and leadership often refers back to it as an example of what great collaboration and best-in-class execution looks like when everyone is aligned on the same goals.',
  ];
  return paragraphs.join('\n\n');
})();

/** Failure story that blames others and never reflects. */
export const BLAMING_FAILURE = `Last year I was the lead on our mobile app's new onboarding flow, and the launch went badly.

My job was to get the new flow out to all users by the end of March.

I designed the screens with our designer, wrote the API for the new profile step in Go, and set up the A/B test in our experiment service. The QA team dropped the ball and never tested the flow on older Android phones, and the backend team didn't review my API changes in time because they were busy with their own roadmap. Management didn't give us enough time either, so it wasn't my fault that the release slipped.

When it finally launched, the app crashed for 4% of new users on Android 9 and we had to roll it back after two days. We shipped it again three weeks later and the crash went away.`;

/** The same failure told with ownership and learning. */
export const OWNED_FAILURE = `Last year I led our mobile app's new onboarding flow, and the launch went badly.

My job was to ship the flow to all users by the end of March, and I set that date myself.

I designed the screens with our designer, wrote the profile API in Go and set up the A/B test. I skipped a test pass on older Android versions because I assumed our device lab covered them, and I did not ask QA for time on the test plan. When we launched, the app crashed for 4% of new users on Android 9, from a WebView API that did not exist there. I rolled the release back within two hours, reproduced the crash on an emulator and wrote a fallback for the missing API.

We relaunched three weeks later: crash-free sessions went from 96% back to 99.8%, measured in Crashlytics over the following month, and onboarding completion rose from 61% to 68%.

I learned that I had treated the test matrix as someone else's job. Since then I write the device matrix into every release plan and ask QA to review it two weeks before launch.`;

/** A solid story whose headline number has no baseline: "40% faster" than what? */
export const RELATIVE_NO_BASELINE = `At my last company I was the backend engineer on the product search team, and search results had become slow enough that sales kept hearing about it from customers.

My task was to make search fast again before our annual customer conference, six weeks away.

I profiled the search endpoint with a flame graph and found that most of the time went into an N+1 query that loaded each product's category one row at a time. I rewrote it as a single join and added a composite index on the category and product columns. I also added a Redis cache in front of the facet counts with a five-minute TTL, and I invalidated it whenever a product's category changed. I considered precomputing the facets in a nightly job instead, but rejected it because merchants expected new products to show up immediately. I wrote load tests in k6 for the ten most common queries and ran them in CI so that a slow query would fail the build.

As a result, search became 40% faster and we shipped it a week before the conference. Sales stopped escalating search complaints, and I learned to profile before guessing.`;

/** A "we" story with technical nouns but no personal action. */
export const WE_MIGRATION = `Last year our team owned the billing service, which still ran on a single MySQL instance that was close to its storage limit.

We needed to move it to PostgreSQL before the contract on the old hardware ran out at the end of the quarter.

We migrated the service to PostgreSQL over two months. We wrote a dual-write layer and we backfilled the historical invoices with a batch job. We compared row counts and checksums every night, and we switched reads over once they matched for a week. The team also rewrote the reporting queries and we added monitoring dashboards for replication lag.

In the end we finished the migration on time, with no downtime for customers, and storage costs went down.`;

/** A story in which the candidate watches but never acts. */
export const BYSTANDER = `At my previous company our mobile app had a crash that affected a lot of Android users during a big marketing campaign, and the whole company was watching the numbers.

The crash was in the image loading library, and it was a stressful week for everyone involved in the release.

Eventually the issue was resolved and the crash rate went back down from 4% to under 0.5% within three days. Management was relieved, the campaign continued, and it turned out to be one of the most successful campaigns the company had run that year.`;

/** A story that stops after the actions: we never hear how it ended. */
export const NO_ENDING = `Two years ago I was the only backend engineer at a small logistics startup, and our delivery-tracking API was timing out whenever a large customer uploaded their daily manifest.

I was asked to make the upload path reliable before we signed our next enterprise customer.

I started by reading the request logs and found that the manifest parser loaded the whole CSV file into memory before validating any row. I rewrote the parser to stream rows, validate each one and write them to Postgres in batches of 500 inside a transaction. I added a background worker queue so the upload request returned immediately with a job id, and I wrote a status endpoint that the web app could poll. I also added integration tests with a 200,000-row manifest, and I paired with our frontend engineer to show upload progress in the dashboard.`;
