/**
 * The word lists the STAR evaluator reads answers with. Each list says why it
 * exists; keep entries lower-case. Lists are deliberately general (how people
 * tell work stories), never tuned to any particular bank answer.
 */

/** Escapes a phrase for use inside a RegExp. */
const escapeRegExp = (phrase: string): string => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One case-insensitive, global regex matching any of the phrases as whole
 * words. Longer phrases are tried first so "a lot of things" wins over "a lot".
 */
export const phraseRegex = (phrases: readonly string[]): RegExp => {
  const sorted = [...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // ASCII word edges without the unicode flag: several times faster, and the lists are ASCII.
  return new RegExp(`(?<![A-Za-z0-9])(?:${sorted.join('|')})(?![A-Za-z0-9])`, 'gi');
};

/**
 * Words that may sit between a subject and its verb ("I then rewrote",
 * "we quickly rolled back"). Skipped when looking for the verb.
 */
export const SUBJECT_VERB_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'then', 'first', 'finally', 'eventually', 'quickly', 'immediately', 'personally', 'myself', 'ourselves',
  'just', 'later', 'next', 'initially', 'actually', 'carefully', 'manually', 'still', 'soon', 'even', 'instead',
  'proactively', 'ultimately', 'again', 'together', 'jointly', 'all', 'both', 'only', 'basically', 'really', 'simply',
]);

/**
 * Irregular past-tense verbs that describe doing something. Regular ones are
 * recognised by their "-ed" ending; these are not, and storytellers use them a lot.
 */
export const IRREGULAR_ACTION_PAST: ReadonlySet<string> = new Set([
  'built', 'rebuilt', 'wrote', 'rewrote', 'ran', 'reran', 'led', 'made', 'took', 'set', 'put', 'found', 'brought',
  'drove', 'began', 'sent', 'spent', 'caught', 'chose', 'dug', 'gave', 'held', 'kept', 'met', 'paid', 'read', 'sat',
  'shut', 'sold', 'spoke', 'split', 'stood', 'taught', 'told', 'won', 'broke', 'cut', 'did', 'redid', 'drew', 'fed',
  'flew', 'got', 'grew', 'hit', 'laid', 'let', 'sought', 'struck', 'swept', 'threw', 'tore', 'undid', 'went', 'wound',
  'bought', 'dealt', 'fought', 'hid', 'shot', 'slept', 'spun', 'stuck', 'sped', 'overrode', 'withdrew', 'upheld',
  'forgave', 'rode', 'undertook', 'oversaw', 'underwent', 'outlined', 'mapped',
]);

/**
 * Present-tense verbs people use in "historic present" storytelling ("so I
 * write a script, I run it..."). Only common, unambiguous ones.
 */
export const PRESENT_ACTION_VERBS: ReadonlySet<string> = new Set([
  'build', 'write', 'run', 'set', 'add', 'create', 'propose', 'design', 'implement', 'test', 'measure', 'fix', 'ship',
  'deploy', 'call', 'ask', 'talk', 'pair', 'review', 'profile', 'rewrite', 'go', 'start', 'decide', 'push', 'roll',
]);

/**
 * Verbs after a subject that describe a state, a feeling, a plan or a hedge
 * rather than an action taken. "I was", "I needed to", "I think" are not actions.
 */
export const NON_ACTION_VERBS: ReadonlySet<string> = new Set([
  'was', 'were', 'am', 'are', 'is', 'be', 'been', 'had', 'have', 'has', "'m", "'re", "'s", "'d", 'think', 'thought',
  'guess', 'believe', 'believed', 'feel', 'felt', 'know', 'knew', 'mean', 'meant', 'suppose', 'supposed', 'would',
  'could', 'should', 'might', 'must', 'can', 'will', 'shall', 'may', 'do', 'does', "don't", "didn't", "doesn't",
  "wasn't", "weren't", "couldn't", "wouldn't", "haven't", "hadn't", 'needed', 'wanted', 'hoped', 'wished', 'liked',
  'loved', 'hated', 'worried', 'assumed', 'seemed', 'learned', 'learnt', 'realized', 'realised', 'joined', 'used',
  'need', 'want', 'hope', 'wish', 'like', 'love', 'hate', 'remember', 'remembered', 'recall', 'recalled', 'enjoyed',
  'expected', 'agreed', 'disagreed', 'preferred', 'wondered', 'doubted', 'understood', 'appreciated', 'noticed', 'owned', 'got',
]);

/**
 * Collective subjects: when these do the work, the interviewer cannot tell
 * what the candidate did. Matched as "<subject> <verb>".
 */
export const COLLECTIVE_SUBJECTS: readonly string[] = ['we', 'the team', 'our team', 'the whole team', 'everyone', 'everybody'];

/**
 * Phrases that hide specifics (vagueness), soften claims (hedging) or stand in
 * for thought (buzzwords). Counted by density, because one "basically" in a
 * good answer is normal speech.
 */
export const VAGUE_PHRASES: readonly string[] = [
  // vague quantities and references
  'various', 'a lot of things', 'lots of things', 'a bunch of', 'a bunch of stuff', 'stuff', 'things like that',
  'and so on', 'and so forth', 'etc', 'some things', 'certain things', 'somehow', 'something like that', 'whatever',
  'all sorts of', 'many things', 'different things', 'a number of things', 'some stuff', 'several things',
  'made some changes', 'did some', 'handled it', 'took care of it', 'worked on it', 'the necessary changes',
  'necessary steps', 'appropriate', 'proper', 'a lot of', 'a bit', 'a little bit', 'it was fine', 'we moved on',
  'overall', 'things got', 'worked on a lot', 'different parts',
  // hedges
  'basically', 'kind of', 'sort of', 'i think maybe', 'maybe', 'probably', 'i guess', 'more or less', 'pretty much',
  'i suppose', 'you know', 'honestly', 'somewhat', 'to some extent', 'in a way', 'roughly speaking', 'i believe it was',
  // buzzwords standing in for a concrete decision
  'best practices', 'best practice', 'synergy', 'synergies', 'leveraged', 'leverage', 'leveraging', 'holistic',
  'holistically', 'seamless', 'seamlessly', 'cutting-edge', 'cutting edge', 'world-class', 'game changer',
  'game-changer', 'paradigm', 'paradigm shift', 'move the needle', 'moved the needle', 'low-hanging fruit',
  'circle back', 'drove alignment', 'aligned stakeholders', 'stakeholder alignment', 'value-add', 'robust solution',
  'end-to-end solution', 'next-level', 'think outside the box', 'empowered', 'streamlined', 'optimized things',
  'improved things', 'synergistic', 'value proposition', 'bandwidth', 'deep dive', 'proactively',
];

/**
 * Technical vocabulary of software engineering: naming the mechanism is the
 * strongest sign the candidate did the work. Deliberately excludes generic
 * words that buzzword answers also use ("system", "solution", "platform") and
 * everyday words that only sometimes are technical ("go", "rest", "build", "table").
 */
export const TECHNICAL_TERMS: readonly string[] = [
  // data and storage
  'database', 'schema', 'index', 'indexes', 'indices', 'query', 'queries', 'sql', 'nosql', 'rest api', 'database table', 'build time', 'build pipeline', 'postgres', 'postgresql',
  'mysql', 'sqlite', 'mongodb', 'dynamodb', 'redis', 'memcached', 'cassandra', 'elasticsearch', 'tables',
  'column', 'columns', 'rows', 'joins', 'transaction', 'transactions', 'replica', 'replicas',
  'replication', 'shard', 'sharding', 'partition', 'partitions', 'backfill', 'migration', 'migrations', 'n+1',
  'foreign key', 'primary key', 'deadlock', 'isolation level', 'write-ahead log', 'snapshot', 'orm', 'stored procedure',
  // performance and reliability
  'cache', 'caching', 'cached', 'ttl', 'invalidation', 'invalidate', 'latency', 'throughput', 'p50', 'p90', 'p95',
  'p99', 'timeout', 'timeouts', 'retry', 'retries', 'backoff', 'exponential backoff', 'circuit breaker', 'rate limit',
  'rate limiting', 'rate limiter', 'load balancer', 'connection pool', 'thread pool', 'memory leak', 'garbage collection',
  'gc', 'cpu', 'heap', 'profiler', 'profiling', 'flame graph', 'benchmark', 'load test', 'slo', 'sla', 'sli',
  'error budget', 'failover', 'idempotent', 'idempotency', 'race condition', 'lock', 'locking', 'mutex', 'concurrency',
  'threads', 'async', 'event loop', 'backpressure', 'bottleneck', 'hot path', 'cold start',
  // architecture and messaging
  'api', 'apis', 'endpoint', 'endpoints', 'grpc', 'graphql', 'webhook', 'webhooks', 'queue', 'queues', 'kafka',
  'rabbitmq', 'sqs', 'pub/sub', 'consumer', 'consumers', 'producer', 'message broker', 'event sourcing', 'microservice',
  'microservices', 'monolith', 'service mesh', 'cdn', 'dns', 'tcp', 'http', 'https', 'tls', 'websocket', 'websockets',
  'payload', 'serialization', 'protobuf', 'json', 'batch', 'batching', 'cron', 'scheduler', 'workers',
  'state machine', 'feature flag', 'feature flags', 'canary', 'blue-green', 'rollback', 'rolled back', 'roll back',
  'dependency', 'dependencies', 'interface', 'contract test', 'versioning', 'backward compatible',
  'backwards compatible', 'deprecation', 'pagination', 'cursor',
  // delivery and tooling
  'ci', 'cd', 'ci/cd', 'pipeline', 'deploy', 'deployment', 'deploys', 'docker', 'container', 'containers',
  'kubernetes', 'k8s', 'terraform', 'aws', 'gcp', 'azure', 's3', 'ec2', 'lambda', 'git', 'bisect', 'git bisect',
  'pull request', 'code review', 'unit test', 'unit tests', 'integration test', 'integration tests', 'end-to-end test',
  'regression test', 'test suite', 'flaky', 'coverage', 'linter', 'type system', 'typescript', 'javascript', 'python',
  'java', 'golang', 'rust', 'kotlin', 'swift', 'react', 'node', 'node.js', 'compiler', 'runtime', 'bundle',
  'webpack', 'vite', 'monorepo', 'refactor', 'refactored', 'refactoring', 'logging', 'logs', 'tracing', 'metrics',
  'dashboard', 'alert', 'alerts', 'alerting', 'on-call', 'postmortem', 'post-mortem', 'runbook', 'incident',
  'root cause', 'stack trace', 'debugger', 'heap dump', 'datadog', 'grafana', 'prometheus', 'sentry', 'splunk',
  // security and identity
  'authentication', 'authorization', 'oauth', 'jwt', 'token', 'tokens', 'encryption',
  'hash', 'hashing', 'csrf', 'xss', 'permissions', 'rbac', 'secrets',
  // client and product engineering
  'frontend', 'front-end', 'backend', 'back-end', 'mobile', 'ios', 'android', 'browser', 'safari', 'render',
  'rendering', 'a/b test', 'experiment', 'telemetry', 'instrumentation', 'instrumented', 'sdk', 'library', 'algorithm',
  'data model', 'data structure', 'hash map', 'binary search', 'regex', 'parser', 'config', 'configuration',
  'codebase', 'module', 'modules', 'call graph', 'architecture diagram', 'design doc', 'rfc', 'prototype',
  // mobile
  'crash rate', 'crash-free', 'crash-free sessions', 'crash reports', 'crash report', 'view controller', 'view controllers',
  'web view', 'webview', 'app store', 'play store', 'testflight', 'phased release', 'phased rollout', 'staged rollout',
  'ui test', 'ui tests', 'snapshot test', 'snapshot tests', 'simulator', 'emulator', 'main thread', 'background thread',
  'deinit', 'retain cycle', 'weak reference', 'push notification', 'push notifications', 'deep link', 'deep links',
  'swiftui', 'uikit', 'jetpack compose', 'react native', 'flutter', 'xcode', 'gradle', 'cocoapods', 'crashlytics',
  'firebase', 'anr', 'anrs', 'app size', 'cold start time', 'offline mode', 'objective-c',
  // data and machine learning
  'ml model', 'the model', 'model training', 'training data', 'training set', 'retrained', 'retraining', 'inference',
  'feature store', 'feature engineering', 'embeddings', 'embedding', 'classifier', 'precision', 'false positives',
  'false positive', 'false negatives', 'overfitting', 'hyperparameter', 'hyperparameters', 'fine-tuned', 'fine-tuning',
  'holdout', 'control group', 'treatment group', 'p-value', 'p-values', 'statistically significant',
  'statistical significance', 'confidence interval', 'sample size', 'power analysis', 'a/b tests', 'a/b testing',
  'etl', 'elt', 'data warehouse', 'data lake', 'dbt', 'spark', 'airflow', 'dag', 'dags', 'snowflake', 'bigquery',
  'redshift', 'databricks', 'parquet', 'data pipeline', 'data quality', 'deduplication', 'dedupe', 'streaming job',
  'batch job', 'kinesis', 'flink', 'pandas', 'pytorch', 'tensorflow', 'scikit-learn', 'jupyter', 'notebook', 'mlflow',
  'sagemaker', 'dashboards in looker', 'looker', 'tableau', 'upstream table', 'late-arriving data',
  // infrastructure and reliability
  'autoscaling', 'autoscaler', 'auto-scaling', 'horizontal pod autoscaler', 'pod', 'pods', 'node pool', 'cluster',
  'clusters', 'helm', 'ansible', 'infrastructure as code', 'capacity planning', 'oom', 'out of memory', 'disk space',
  'availability zone', 'multi-region', 'region failover', 'pagerduty', 'paging', 'pages', 'mttr', 'observability',
  'opentelemetry', 'jaeger', 'kibana', 'cloudwatch', 'cloudfront', 'nginx', 'envoy', 'istio', 'vpc', 'eks', 'ecs', 'gke',
  'fargate', 'canary release', 'canary deploy', 'canaries', 'chaos test', 'game day', 'health check', 'health checks',
  'error rate', 'burn rate', 'dead letter queue', 'github actions', 'jenkins', 'circleci', 'gitlab ci', 'argo',
  // frontend
  'lcp', 'cls', 'inp', 'ttfb', 'core web vitals', 'web vitals', 'lighthouse', 'hydration', 'server-side rendering',
  'ssr', 'code splitting', 'code-splitting', 'lazy loading', 'lazy-loaded', 'tree shaking', 'bundle size', 'css', 'dom',
  'accessibility', 'a11y', 'wcag', 'screen reader', 'screen readers', 'aria', 'service worker', 'next.js', 'angular',
  'vue', 'svelte', 'redux', 'storybook', 'jest', 'cypress', 'playwright', 'selenium', 'design system',
  // security
  'iam', 'cve', 'cves', 'vulnerability', 'vulnerabilities', 'sso', 'saml', 'mfa', '2fa', 'key rotation', 'rotated the keys',
  'least privilege', 'audit log', 'audit logs', 'penetration test', 'pen test', 'threat model', 'ssl', 'certificate',
  'certificates', 'dependabot', 'snyk', 'vault', 'okta', 'access tokens', 'session tokens', 'encrypted', 'pii',
  // interfaces and compatibility
  'gateway', 'api gateway', 'breaking change', 'breaking changes', 'additive changes', 'backward compatibility',
  'backwards compatibility', 'api version', 'api versions', 'sdk version', 'schema change', 'schema changes',
];

/**
 * Free-form prompts about people (mentoring, conflict, feedback): the story is
 * about how the candidate treated others, so missing technical detail is no flaw.
 */
export const PEOPLE_PROMPT_PATTERN =
  /\b(?:mentor(?:ed|ing)?|coach(?:ed|ing)?|conflict|disagree(?:d|ment)?|difficult (?:colleague|coworker|person|conversation|stakeholder)|feedback|teammate|colleague|co-?worker|hir(?:e|ed|ing)|interview(?:ed|ing)?|onboard(?:ed|ing)?|helped someone|grew someone|trust|relationship|persuade|convince|influence)\b/iu;

/**
 * Technical words any engineer's story mentions without showing how anything
 * works ("we checked the logs and the database"): three count as one specific term.
 */
export const GENERIC_TECHNICAL_TERMS: ReadonlySet<string> = new Set([
  'api', 'apis', 'database', 'logs', 'logging', 'dashboard', 'deploy', 'deploys', 'deployment', 'postmortem', 'post-mortem',
  'incident', 'backend', 'back-end', 'frontend', 'front-end', 'mobile', 'metrics', 'alert', 'alerts', 'code review',
  'pipeline', 'codebase', 'library', 'module', 'modules', 'config', 'configuration', 'browser', 'ios', 'android',
  'design doc', 'prototype', 'interface', 'dependency', 'dependencies', 'experiment', 'json', 'http', 'https', 'git',
  'refactor', 'refactored', 'refactoring', 'bottleneck', 'on-call', 'root cause', 'pull request', 'rows', 'tables',
  'columns', 'query', 'queries', 'latency', 'endpoint', 'endpoints', 'test suite', 'unit tests', 'unit test',
  // Words that are technical in one story and everyday in another ("the model of the team", "pages of notes").
  'the model', 'notebook', 'precision', 'cluster', 'clusters', 'pages', 'paging', 'certificate', 'certificates',
  'vault', 'argo', 'pod', 'pods', 'design system', 'spark', 'error rate', 'simulator', 'holdout',
]);

/**
 * Phrases showing the candidate weighed alternatives: interviewers read a
 * rejected option with its reason as the clearest sign of real decision-making.
 */
export const TRADE_OFF_PHRASES: readonly string[] = [
  'instead of', 'rather than', 'considered', 'rejected', 'trade-off', 'tradeoff', 'trade off', 'the downside',
  'downside', 'at the cost of', 'alternative', 'alternatives', 'the other option', 'option was', 'options were',
  'pros and cons', 'weighed', 'decided against', 'ruled out', 'chose', 'we could have', 'i could have', 'versus',
  'compared the', 'cheaper than', 'simpler than', 'safer than', 'the risk was', 'risk of',
];

/** Phrases that explain a mechanism or a reason: depth is knowing why, not only what. */
export const CAUSAL_PHRASES: readonly string[] = ['because', 'so that', 'which meant', 'that meant', 'in order to', 'the reason', 'caused by', 'turned out'];

/**
 * Phrases that tie a relative number to its starting point or to how it was
 * measured. "40% faster" needs one of these to be checkable.
 */
export const BASELINE_PHRASES: readonly string[] = [
  'baseline', 'compared with', 'compared to', 'relative to', 'before and after', 'measured', 'measuring',
  'measurement', 'benchmark', 'benchmarked', 'a/b test', 'a/b tested', 'control group', 'previously', 'prior to',
  'used to take', 'used to be', 'used to cost', 'down from', 'up from', 'against the', 'over the previous',
  'week over week', 'month over month', 'year over year', 'the week before', 'the month before', 'before the change',
  'dashboard showed', 'according to',
];

/**
 * Words that turn a percentage or a multiplier into a claimed change, which is
 * what needs a baseline. "3% of checkouts failed" is a state, "3% fewer" a change.
 */
export const CHANGE_WORDS: readonly string[] = [
  'faster', 'slower', 'quicker', 'more', 'less', 'fewer', 'better', 'worse', 'higher', 'lower', 'cheaper', 'smaller',
  'larger', 'bigger', 'improvement', 'improved', 'improve', 'improving', 'increase', 'increased', 'increasing',
  'reduce', 'reduced', 'reduction', 'reducing', 'decrease', 'decreased', 'drop', 'dropped', 'cut', 'boost', 'boosted',
  'grew', 'growth', 'gain', 'gains', 'saving', 'savings', 'speedup', 'speed-up', 'uplift', 'lift', 'jump', 'jumped',
  'fell', 'rose', 'raised', 'lowered', 'shrank', 'down', 'up', 'by',
];

/** Nouns naming a metric; a number next to one elsewhere can serve as a relative claim's baseline. */
export const METRIC_NOUNS: readonly string[] = [
  'latency', 'p50', 'p90', 'p95', 'p99', 'response time', 'load time', 'page load', 'build time', 'build', 'deploy time',
  'error rate', 'errors', 'cost', 'costs', 'spend', 'bill', 'throughput', 'conversion', 'churn', 'retention',
  'crash rate', 'crashes', 'uptime', 'availability', 'tickets', 'incidents', 'pages', 'alerts', 'memory', 'cpu',
  'runtime', 'duration', 'queue depth', 'backlog', 'signups', 'revenue', 'complaints', 'test time', 'ci time',
  'onboarding time', 'lead time', 'cycle time', 'time to first', 'bundle size',
];

/**
 * Sentences that signal reflection: what the candidate learned and what they
 * now do differently. Failure and growth questions are about this. These
 * carry their own first person ("I learned", "taught me").
 */
export const LEARNING_PHRASES: readonly string[] = [
  'i learned', 'i learnt', 'i have learned', "i've learned", 'learned that', 'learnt that', 'lesson', 'lessons',
  'taught me', 'i realized', 'i realised', 'would do differently', 'i would have', "i'd have", 'i should have',
  'takeaway', "i've since", 'i have since', "i've started", 'i started to', 'changed how i', 'changed the way i',
  'changed my approach', 'i now', 'now i', 'these days i', 'nowadays i', 'made me realize', 'made me realise',
];

/**
 * Reflective framings that count only in a sentence about the candidate
 * ("since then I…"): "set ourselves up for success going forward" is not a lesson.
 */
export const FIRST_PERSON_LEARNING_PHRASES: readonly string[] = [
  'since then', 'ever since', 'from then on', 'going forward', 'next time', 'in hindsight', 'looking back',
  'do differently',
];

/** Self-accountability: balances a mention of others' failings. */
export const SELF_ACCOUNTABILITY_PHRASES: readonly string[] = [
  'i should have', 'my mistake', 'my fault', 'i was wrong', 'i take responsibility', 'i took responsibility',
  'i owned that', 'i own that', 'on me', 'i missed', 'i failed to', 'my part in', 'i could have', 'i underestimated',
];

/**
 * Someone other than the candidate, named by role: who blame lands on. People's
 * names are left out on purpose (too easy to confuse with tools).
 */
const OTHERS = String.raw`(?:they|he|she|someone|somebody|management|leadership|product|design|qa|ops|(?:their|his|her) (?:own )?[a-z]+|(?:my|our|the) (?:manager|boss|director|lead|pm|product manager|client|customer|vendor|contractors?|reviewers?|testers?|designers?|seniors?|senior engineers?|other teams?|(?:[a-z]+ ){1,2}team|qa people|qa team|ops team))`;
/** Adverbs that sit inside blame ("their lead also should have caught it"). */
const SOFTENERS = String.raw`(?:(?:also|really|obviously|clearly|honestly|even|just|simply|still|certainly|definitely) )?`;

/**
 * Blame that stands on its own: any one of these tells the interviewer the
 * candidate puts failures on others.
 */
export const STRONG_BLAME_PATTERNS: readonly RegExp[] = [
  /\b(?:their|his|her|its|the [a-z]+(?: team)?'s|management's|qa's|ops') fault\b/gi,
  /\b(?:wasn't|was not|isn't|is not|not) (?:really )?(?:my|our) fault\b/gi,
  /\bdropped the ball\b/gi,
  /\b(?:was|were|are|is) (?:completely |totally |just |really |so |pretty )?(?:useless|incompetent|lazy|clueless|hopeless|careless|sloppy|negligent)\b/gi,
  /\b(?:a |an )?(?:pretty |really |very |completely |totally )?(?:careless|sloppy|stupid|avoidable|negligent) (?:mistake|error|bug|oversight)\b/gi,
  /\bthrew (?:me|us) under the bus\b/gi,
  /\b(?:nothing i could (?:have )?do(?:ne)?|out of my hands|not my (?:job|responsibility|problem|call))\b/gi,
  new RegExp(String.raw`\b${OTHERS} ${SOFTENERS}(?:totally |completely )?(?:messed|screwed) (?:it |things |everything )?up\b`, 'gi'),
  /\b(?:their|his|her) (?:mistake|screw-up|mess)\b/gi,
  // Counterfactual blame: "their QA should have caught", "he should have known".
  new RegExp(String.raw`\b${OTHERS} ${SOFTENERS}should(?:n't)? ${SOFTENERS}have (?:caught|known|tested|checked|seen|spotted|reviewed|told|flagged|noticed|done|asked|warned|been|prevented|fixed)\b`, 'gi'),
  // Questioning others' motives: "didn't seem to care", "cared more about nitpicking than shipping".
  /\b(?:didn't|did not|never|don't|doesn't) (?:seem to |even |really )?care\b/gi,
  /\b(?:seemed|seem|seems) to care more about\b/gi,
  // Character judgements and deflection.
  /\b(?:impossible|difficult|hard|a nightmare|a pain) to work with\b/gi,
  /\bmade me look bad\b/gi,
  /\b(?:that's|that is|it was|it's) on (?:them|him|her)\b/gi,
  /\bcouldn't make up (?:their|his|her) minds?\b/gi,
];

/**
 * Blame that depends on tone: "the other team never replied" can be a plain
 * fact. Two of these, unbalanced by any self-accountability, read as blame.
 */
export const SOFT_BLAME_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\bbecause ${OTHERS} ${SOFTENERS}(?:didn't|did not|hadn't|had not|never|failed to|forgot|ignored|wouldn't|refused|couldn't be bothered)\b`, 'gi'),
  new RegExp(String.raw`\b${OTHERS} ${SOFTENERS}(?:didn't|did not|hadn't|had not|never|failed to|refused to|wouldn't|forgot to) ${SOFTENERS}(?:test|check|catch|spot|notice|review|respond|reply|listen|read|tell|communicate|deliver|prioriti[sz]e|follow|document|give|warn|show|bother|help|support|answer)\w*\b`, 'gi'),
  new RegExp(String.raw`\b${OTHERS} ${SOFTENERS}(?:ignored|missed|forgot|broke|overlooked)\b`, 'gi'),
  new RegExp(String.raw`\b${OTHERS} ${SOFTENERS}only (?:tested|checked|looked at|reviewed|cared about)\b`, 'gi'),
  new RegExp(String.raw`\b${OTHERS} (?:was|were) ${SOFTENERS}(?:always |so |very |really |pretty )?(?:slow|unresponsive|unhelpful|late|difficult|vague|busy)\b`, 'gi'),
  new RegExp(String.raw`\bif (?:only )?${OTHERS} (?:had|would have|hadn't)\b`, 'gi'),
  /\b(?:blamed?|blaming) (?:them|him|her|it on|the|management|qa|ops)\b/gi,
  /\b(?:working|work|worked) around their\b/gi,
  /\bshould never have happened\b/gi,
  new RegExp(String.raw`\b${OTHERS} ${SOFTENERS}(?:wouldn't|would not|didn't|did not|won't) ${SOFTENERS}(?:listen|get it|understand)\b`, 'gi'),
  new RegExp(String.raw`\b${OTHERS} (?:was|were) ${SOFTENERS}not (?:helpful|responsive|interested|cooperative)\b`, 'gi'),
  new RegExp(String.raw`\b${OTHERS} ${SOFTENERS}(?:didn't|did not) ${SOFTENERS}get\b`, 'gi'),
  /\b(?:how (?:it|things) usually went|they always do|as they always do|other people don't|some people are just|you can't change them|(?:outside|out of|beyond) (?:my|your|our) control)\b/gi,
  /\bif (?:the|their|his|her) [a-z]+ (?:had been|were|was) (?:clearer|better|faster|ready|done|on time)\b/gi,
];

/** Phrases that negate blame ("instead of blaming", "nobody's fault"): blame words inside them are not blame. */
export const BLAME_NEGATIONS: readonly RegExp[] = [
  /\b(?:instead of|rather than|without|not|never|didn't|did not|no point|avoid(?:ed)?|wasn't about) (?:to )?(?:blam(?:e|ed|ing)|pointing fingers)\b/gi,
  /\b(?:nobody|no one|no-one)'?s? (?:was to )?(?:fault|blame)\b/gi,
  /\bblameless\b/gi,
];

/**
 * What the candidate says when they do not know. Sentences with these are not
 * counted as evidence: "I'm not sure how we measured it" supplies no baseline.
 */
export const UNCERTAINTY_PHRASES: readonly string[] = [
  'not sure', "don't know", 'do not know', "don't remember", 'do not remember', "can't remember", 'cannot remember',
  "can't recall", 'no idea', "didn't measure", 'did not measure', 'never measured', "wasn't measured", 'not really sure',
  "i'm unsure", 'i am unsure', 'hard to say', 'no clue',
];

/** Prompts that ask for a lesson in so many words, whoever wrote them. */
export const EXPLICIT_LEARNING_PROMPT_PATTERN =
  /\b(?:learn(?:ed|t)?|lessons?|do differently|grow(?:th)?|what changed in you|improve yourself|changed your mind)\b/iu;

/**
 * Free-form prompts (no bank question to say so) about failure, mistakes,
 * feedback or regret: interviewers expect reflection on these.
 */
export const REFLECTIVE_PROMPT_PATTERN =
  /\b(?:fail(?:ed|ure|ures)?|mistakes?|wrong|feedback|critici[sz](?:ed|m)|regrets?|setbacks?|went badly|didn't go|did not go|weakness(?:es)?|missed (?:a )?deadline)\b/iu;
