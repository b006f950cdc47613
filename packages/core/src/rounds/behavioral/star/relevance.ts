import type { StarFlag } from '../flags';
import type { BehavioralQuestion } from '../question';
import type { Evidence, FlagFinding } from '../../types';
import type { Analysis } from './analyze';
import { evidenceOf, shorten } from './text';

/**
 * Relevance: does the answer show the thing the question asks about?
 *
 * A bar raiser listening to "tell me about a time you were wrong in a code
 * review" waits for two things: a code review, and the candidate being wrong.
 * A fluent story about catching someone else's bug answers another question,
 * however good it is. So relevance is read as the prompt's *asked-about
 * things*: the events and subjects it names (a disagreement, a mistake, bad
 * news, scope growing, time zones, a customer, an estimate), each a family of
 * words with its synonyms and inflections, and each of which the answer must
 * show in its own words. Shared vocabulary alone proves nothing (every story
 * has a "team" and a "project"), so prompt words outside these families are
 * not required; a prompt that names none of them asks for nothing checkable.
 *
 * A bank question's `signals` (the words its author expects a story for it to
 * use) add their families to the prompt's, and one more test: an answer that
 * uses none of its signals, in any inflection, is about something else.
 *
 * Families lean towards recall of the *answer* wording (a strong story on topic
 * must never be called off topic), so each `shown` pattern is deliberately
 * broader than its `asked` pattern.
 */
export interface TopicFamily {
  readonly id: string;
  /** What the question asks to see, in plain words for the finding ("a disagreement"). */
  readonly asks: string;
  /** Prompt (or signal) wording that asks for it. */
  readonly asked: RegExp;
  /** Answer wording that shows it: synonyms, inflections, the usual ways of telling it. */
  readonly shown: RegExp;
}

/** Behavioral events a prompt asks the story to contain. */
const EVENT_FAMILIES: readonly TopicFamily[] = [
  {
    id: 'disagreement',
    asks: 'a disagreement or objection',
    asked:
      /\b(?:disagree\w*|conflicts?|push(?:ed)? back|pushback|argu(?:e|ed|ing|ment)\w*|(?:did ?n[o']t|did not) like|unpopular|objected|clash\w*|friction|tension)\b/i,
    shown:
      /\b(?:disagree\w*|(?:did ?n't|did not|didn't|wouldn't|would not|weren't|wasn't|was not|were not) (?:agree|like|want|accept|buy|happy|keen|thrilled|pleased|convinced|on board)|push(?:ed|ing)? back|pushback|argu(?:e|ed|ing|ment)\w*|object(?:ed|ion|ions)|conflicts?|clash\w*|unhappy|upset|frustrat\w+|annoy\w+|angry|resist\w*|oppos\w+|against|concerns?|worried|tension|friction|debat\w+|skeptic\w*|sceptic\w*|unpopular|hated|grumbl\w+|backlash|overrul\w+|veto\w*|rejected (?:my|our|his|her|their|the) (?:proposal|idea|design|plan|suggestion|PR|pull request|change|approach)|insisted|(?:but|while|whereas) I (?:thought|felt|believed|was sure|wanted|preferred|proposed|argued)|eye to eye|different (?:views?|opinions?)|(?:I|we) (?:thought|felt) (?:it|this|that) was (?:a )?(?:bad|wrong|mistake|overkill|risky)|(?:a )?bad idea|made no sense|went ahead anyway|(?:did ?n't|did not|wouldn't|would not) (?:care|listen)|block(?:ed|ing)? (?:my|our|his|her|their|the) (?:PR|pull request|change|merge|release|proposal)s?|question(?:ed|ing)? (?:my|our|the)|impossible to work|escalated (?:it )?to|went to (?:our|my|the|his|her) (?:manager|lead|director)|heated|tense|(?:not|wasn't|isn't|was not|is not|un)\s?realistic|impossible|too (?:short|tight|aggressive|ambitious|risky)|(?:at|too much) risk|negotiat\w+|counter-?(?:propos\w+|offer\w*)|propos(?:ed|ing|al)|(?:need(?:ed)?|ask(?:ed)? for|get|got|wanted) (?:\w+ ){0,2}(?:more|extra|another) (?:time|weeks?|days?|months?|sprints?)|(?:was|were|is) not (?:very |too |at all )?(?:happy|pleased|keen))\b/i,
  },
  {
    id: 'mistake',
    asks: 'what went wrong (a mistake, a miss or a failure)',
    asked:
      /\b(?:(?:were|was|went|got it|got \w+|turned out|proved you|proved \w+) (?:badly |very |completely |so |totally |all )?wrong|mistakes?|fail(?:ed|ure|ures)|broke|misjudg\w+|regret\w*|screw(?:ed)? up|went badly|setback)\b/i,
    shown:
      /\b(?:wrong(?:ly)?|mistaken|mistakes?|fault|(?:did ?n't|did not|never|forgot to) (?:think|check|notice|consider|test|catch|see|ask|realis\w+|realiz\w+)|should (?:catch|check|test|notice|see|ask|know)|(?<!(?:would|could|will|might|to) )fail\w*|(?<!without )(?:broke|breaking)(?! (?:\w+ ){0,3}(?:down )?into\b)|broken|missed|overlook\w*|forgot\w*|misread|misunderst\w+|misjudg\w+|underestimat\w*|overestimat\w*|incorrect\w*|errors?|erroneous|regret\w*|should(?:n't| not)? have|blew|over-?r[au]n\w*|slipped|slipping|(?:was|were|ran|came in) late|delayed|behind schedule|longer than|twice as long|(?:three|four|five|ten|\d+) times (?:as long|longer|over)|(?:did ?n't|did not) work|turned out|outage|rolled (?:it )?back|revert\w*|oversight|flaw\w*|embarrass\w*|(?:he|she|they|the author) (?:was|were) right|I realized I|I realised I|assum\w+|(?:it|that|this|the \w+) took (?:\w+ )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|longer|weeks|months)|than (?:I|we) (?:had )?(?:expected|estimated|planned|thought|promised|hoped)|original (?:date|estimate|plan|deadline|timeline)|I was (?:\w+ )?(?:sure|confident|convinced|certain)|(?:did ?n't|did not) make (?:\w+ ){0,3}difference|proved (?:me|us)|changed my mind|dropped the idea)\b/i,
  },
  {
    id: 'bad-news',
    asks: 'the bad news and how you delivered it',
    asked:
      /\b(?:bad news|unwelcome news|(?:deliver|break|give|tell)\w* (?:\w+ ){0,2}(?:news|no)\b|disappoint\w*)/i,
    shown:
      /\b(?:(?:bad|the|hard|difficult) news|break (?:it|the news)|broke (?:it|the news)|had to (?:tell|say|call|explain|admit|inform|let)|told (?:them|him|her|the\b|our|their|my)|inform\w*|let (?:them|him|her) know|apologi[sz]\w*|sorry|disappoint\w*|upset|delay\w*|slip\w*|(?:would|could|can|will|did)(?:n't| not)|cannot|unable|lost|los(?:e|ing)|cancel\w*|refund\w*|not (?:going to|able)|no longer|explain\w*|communicat\w+|admit\w*|warn\w*|wrote to|emailed|called|phoned|messaged|(?:on|joined) (?:a|the) call)\b/i,
  },
  {
    id: 'scope-growth',
    asks: 'the scope growing',
    asked:
      /\b(?:scope|creep\w*|kept (?:growing|changing|expanding)|(?:growing|expanding) requirements)\b/i,
    shown:
      /\b(?:scope|creep\w*|kept (?:adding|asking|growing|coming|changing|expanding)|grew|grow(?:ing|s)?|expand\w*|balloon\w*|snowball\w*|more and more|(?:more|new|extra|additional|another) (?:features?|requirements?|requests?|asks?|stakeholders?|work|markets?|platforms?)|added (?:another|more|a new|on)|on top of|also (?:wanted|asked|needed|added|requested)|(?:then|later|next) (?:they|he|she|sales|product|marketing|legal|the \w+) (?:asked|wanted|added|needed)|pil(?:ed|ing) up|bigger|kept \w+ing|added (?:it|them|more|another|a new|on)|doubl\w+|tripl\w+|(?:every|each|new|more|extra|feature|change) requests?|requests? (?:kept|piled|came)|while we're at it|wanted (?:it|more|to add)|said yes)\b/i,
  },
  {
    id: 'choosing',
    asks: 'having more than you could do, and what you chose',
    asked:
      /\b(?:more (?:\w+ ){0,3}than (?:you|I) could|too many|had to choose|(?:choose|chose|choosing) between|prioriti[sz]\w*|overload\w*|competing)\b/i,
    shown:
      /\b(?:priorit\w+|triag\w+|chose|choose|choos\w+|said no|say no|declin\w+|defer\w*|postpon\w+|push(?:ed)? (?:\w+ )?(?:back|out)|later|backlog|rank\w*|too many|more than (?:I|we) could|capacity|trade-?offs?|dropp(?:ed|ing)|cut|paus\w+|parked|queue\w*|first|instead|rather than|order(?:ed)?|requests?|asks)\b/i,
  },
  {
    id: 'time-zones',
    asks: 'working across time zones',
    asked:
      /\b(?:time ?zones?|timezones?|overseas|offshore|other side of the world|around the world|across (?:the )?(?:globe|continents))\b/i,
    shown:
      /\b(?:time ?zones?|timezones?|hours? (?:ahead|behind|apart|difference|offset|of overlap)|\d+[- ]hours? (?:difference|gap|offset|ahead|behind|apart)|overlap\w*|(?:their|our|my) (?:morning|evening|night|afternoon|end of (?:the )?day)|(?:early|late)[- ](?:morning|evening|night)|handoffs?|hand-offs?|handover|follow[- ]the[- ]sun|overnight|asynchronous\w*|async|offshore|overseas|continents?|UTC|GMT|PST|PDT|EST|CET|IST|AEST|JST|India|China|Japan|Singapore|Australia|Sydney|Melbourne|Bangalore|Bengaluru|Pune|Hyderabad|Tokyo|Berlin|London|Poland|Warsaw|Krakow|Brazil|Argentina|Vietnam|Manila|Philippines|Ukraine|Romania|Europe\w*|Asia\w*|APAC|EMEA|America\w*|Pacific|East Coast|West Coast|California|New York|Toronto|Canada|Mexico|Nairobi|Lagos|Israel|Dubai|Seoul|Korea|Taiwan|Auckland|New Zealand|Stockholm|Paris|Germany|Madrid|Lisbon|Dublin|Amsterdam|Zurich)\b/i,
  },
  {
    id: 'own-decision',
    asks: 'a decision you made yourself',
    asked: /\b(?:decision (?:that )?you (?:made|took)|you (?:decided|made the call))\b/i,
    shown:
      /\b(?:I (?:decided|chose|made (?:the|a|that|this|my) (?:call|decision)|went with|picked|opted|settled on|ruled|called it|took the decision|overrode|mandated|required|stopped|froze|banned|switched|moved (?:us|the team)|told (?:the team|them|everyone) (?:that )?we)|my (?:decision|call|choice)|I(?:'d| had) (?:decided|chosen)|I (?:\w+ ){0,4}(?:decid\w+|decision|chose|choice|mandat\w+|made the call|held firm)|I (?:announced|enforced|introduced|insisted|vetoed|scrapped|killed|turned off|pulled the plug))\b/i,
  },
  {
    // The candidate's own struggle: someone else being helped is another story.
    id: 'asking-for-help',
    asks: 'you struggling on your own and asking for help',
    asked:
      /\b(?:ask(?:ed|ing)? for (?:help|support|advice)|sought help|should have asked|reach(?:ed)? out for help)\b/i,
    shown:
      /\b(?:(?:I|me|my) (?:\w+ ){0,4}(?:help|advice|support)|ask(?:ed|ing)? (?:for|my|a|an|the|him|her|them|someone|anyone|around)|(?:I|me) (?:\w+ ){0,3}(?:stuck|struggl\w+|alone|on my own|by myself|spinning|sat on)|(?:I|finally|eventually|then) (?:\w+ ){0,2}ask(?:ed)?\b|ask(?:ed|ing)? (?:in|on|our|my)\b|(?:I|we) (?:\w+ ){0,2}(?:reached|reach) out|loop(?:ed|ing)? in|escalat\w+|too proud|pride|(?:should|could) have (?:asked|said|raised|told|flagged)|sooner|earlier)\b/i,
  },
  {
    id: 'rollback',
    asks: 'the roll-back call',
    asked:
      /\b(?:roll(?:ing)? (?:it |a release |the release |a deploy\w* )?back|rollbacks?|revert\w*)\b/i,
    shown:
      /\b(?:roll(?:ed|ing)?[- ]?(?:it |the \w+ )?back|rollbacks?|revert\w*|roll(?:ed|ing)? forward|fix(?:ed|ing)? forward|hotfix\w*|kill[- ]switch\w*|(?:feature )?flags?|turn(?:ed)? (?:it |the \w+ )?off|disabl\w+|pull(?:ed)? (?:it|the release|the build|the update)|previous (?:version|release|build)|last (?:good|known))\b/i,
  },
  {
    // Making someone else's work one's own: a new language or a greenfield build is another story.
    id: 'inheriting',
    asks: 'the system you inherited and what nobody knew about it',
    asked: /\b(?:inherit\w*|took over (?:a|an|the|someone) \w+)\b/i,
    shown:
      /\b(?:inherit\w*|took over|tak(?:e|ing) over|handed (?:to )?(?:me|us|over)|(?:had |who )?(?:left|quit|departed|moved on)|nobody (?:\w+ )?(?:knew|underst\w+|owned|remembered|touched|dared)|no one (?:\w+ )?(?:knew|underst\w+|owned|remembered|touched|dared)|(?:people|engineers?|team|developers?) before me|without (?:any )?(?:docs|documentation|handover)|(?:original|previous|former|old) (?:author|owner|team|engineer|developer|maintainer)s?|legacy|undocumented|no (?:docs|documentation|tests|owner)|written (?:by|years)|built by|years? (?:old|ago)|unowned|orphan\w*|black box|tribal)\b/i,
  },
  {
    id: 'compliance',
    asks: 'the requirement and what it demanded',
    asked: /\b(?:complian\w+|regulat\w+|privacy|GDPR|legal requirements?)\b/i,
    shown:
      /\b(?:complian\w+|compliant|regulat\w+|privacy|GDPR|CCPA|HIPAA|SOC ?2|PCI|ISO ?27001|FedRAMP|auditors?|(?:an|the|our|their|external) audit\b(?! (?:logs?|trails?))|legal|lawyers?|counsel|DPO|data protection|consent|retention|personal data|PII|requirements?|certif\w+|polic(?:y|ies)|laws?|deletion requests?|right to be forgotten|data subjects?|residency|encrypt\w+ at rest)\b/i,
  },
  {
    id: 'exclusion',
    asks: 'who was excluded and how',
    asked: /\b(?:accessib\w+|exclud\w+|disabilit\w+|usable (?:for|by))\b/i,
    shown:
      /\b(?:accessib\w+|a11y|WCAG|screen[- ]?readers?|blind|deaf|low[- ]vision|visually|impair\w+|disabilit\w+|disabled (?:users|people|customers)|keyboard|contrast|captions?|subtitles?|dyslex\w+|colou?r[- ]?blind\w*|exclu\w+|locali[sz]\w+|translat\w+|languages?|elderly|older (?:users|people|adults|customers)|low[- ]end|cheap(?:er)? (?:phones|devices)|slow (?:connections?|networks?)|offline|rural|right-to-left|RTL|(?:could ?n't|could not|can't|cannot|unable to|not able to) (?:\w+ )?(?:use|read|see|hear|reach|tap|click|scroll|rotate|access|navigate|sign|log|complete|finish|type|find|afford)|left out|fonts?|dynamic type|wheelchairs?|older|(?:users|people|customers|adults) (?:over|above|aged) \d+|ages? (?:over|above) \d+|touch targets?|motor|VoiceOver|TalkBack|ARIA|assistive)\b/i,
  },
  {
    // Stopping one's own work: a project someone else cancelled is another story.
    id: 'stopping-own-work',
    asks: 'you recommending the stop',
    asked:
      /\b(?:(?:stop|stopping|cancel\w*|kill\w*|shut(?:ting)? down|sunset\w*|abandon\w*) (?:\w+ ){0,4}(?:work|project|effort|initiative|feature|started)|recommend\w* (?:stopping|cancel\w*|killing|shutting))\b/i,
    shown:
      /\b(?:I|my|recommend\w*|propos\w*|suggest\w*) (?:\w+ ){0,5}(?:stop\w*|kill\w*|cancel\w*|shut\w*|shelv\w+|sunset\w*|archiv\w+|paus\w+|drop\w*|abandon\w*|scrap\w*|delet\w*|remov\w*|turn\w* (?:it |\w+ )?off|wind(?:ing)? down|wound down|pull(?:ed)? the plug|end(?:ed|ing)? (?:it|the))\b/i,
  },
  {
    // Someone or something else failing the candidate: choosing a vendor well is another story.
    id: 'let-down',
    asks: 'what failed you',
    asked:
      /\b(?:let (?:you|us|me|your team|the team) down|(?:failed|disappointed) you|fell through|(?:did ?n't|did not) (?:deliver|come through))\b/i,
    shown:
      /\b(?:outages?|(?:went|was|were|is|are) down|fail\w*|broke\w*|bugs?|buggy|crash\w*|timeouts?|timed out|errors?|late|missed|delay\w*|deprecat\w+|discontinu\w+|shut (?:it |us )?(?:down|off)|sunset\w*|breaking changes?|regress\w*|vulnerab\w+|leak\w*|slow\w*|unreliab\w+|reliability|incidents?|stopped (?:working|responding|supporting)|(?:did ?n't|did not|never|could ?n't|could not) (?:deliver|work|respond|ship|show|answer|fix|support)|(?:price|cost)s? (?:rise|rose|increase\w*|hike\w*|went up|doubled)|raised (?:their |the )?prices?|acquired|went bust|bankrupt|useless|wrong|corrupt\w*|lost|dropp(?:ed|ing)|(?:went|gone|go) blank|stopped|disappeared|vanished|without (?:any )?(?:warning|notice)|(?:days?'?|hours?'?|weeks?'?|no|little|short) notice|changed (?:its|their) \w+)\b/i,
  },
  {
    id: 'slowdown',
    asks: 'the slowdown',
    asked: /\b(?:slow\w*|latency|regress\w*)\b/i,
    shown:
      /\b(?:slow\w*|latenc\w+|performance|regress\w*|p\d{2,3}|\d+\s?ms|milliseconds?|seconds?|load times?|lag\w*|sluggish|took longer|timeouts?|timed out|cpu|memory|throughput|speed\w*|faster|jank\w*|frame rates?|fps)\b/i,
  },
];

/** Subjects a prompt names that any story answering it must mention. */
const SUBJECT_FAMILIES: readonly TopicFamily[] = [
  {
    id: 'incident',
    asks: 'the incident',
    asked: /\b(?:outages?|incidents?|went down|production (?:issue|problem|fire)s?)\b/i,
    shown:
      /\b(?:outages?|incidents?|down|alert\w*|paged|pager\w*|errors?|fail\w*|broke\w*|5\d\d|timeouts?|timed out|latency|on[- ]?call|post-?mortems?|root cause|roll(?:ed)?[- ]?back|revert\w*|(?:customers?|users?) (?:could ?n't|could not|were|got|saw)|crash\w*|stopped|unavailable|degrad\w+|bugs?|wrong|twice|duplicat\w*|double[- ]?(?:charg|bill|sen[dt]|process)\w*|corrupt\w*|lost|los(?:ing|es)|leak\w*|regress\w*|spik\w+|overload\w*|hotfix\w*|patch\w*|stop the bleeding)\b/i,
  },
  {
    id: 'mentoring',
    asks: 'the person you helped grow',
    asked:
      /\b(?:mentor\w*|coach(?:ed|ing)?|junior|new hires?|onboard\w*|struggling teammate|teammate (?:who )?was struggling)\b/i,
    shown:
      /\b(?:mentor\w*|coach\w*|junior|new (?:hire|joiner|engineer|grad\w*|starter)s?|interns?|graduates?|taught|teach\w*|pair\w*|onboard\w*|one-on-ones?|1:1s?|struggl\w+|explain\w*|showed (?:him|her|them)|guid\w+|support\w*|review\w*)\b/i,
  },
  {
    id: 'learning-new',
    asks: 'what you had to learn',
    asked:
      /\b(?:learn\w* (?:a |an |something )?(?:new|unfamiliar)|unfamiliar|new (?:technology|language|framework|codebase|domain))\b/i,
    shown:
      /\b(?:learn\w*|new to|never (?:used|worked|touched|written)|unfamiliar|first time|read|docs|documentation|tutorials?|courses?|ramp\w*|picked up|studied|books?|prototyp\w+|spikes?|experiment\w*|(?:did ?n't|did not) know|codebase)\b/i,
  },
  {
    id: 'ambiguity',
    asks: 'what was unclear',
    asked: /\b(?:ambigu\w+|unclear|vague|poorly defined|ill-defined)\b/i,
    shown:
      /\b(?:ambigu\w+|unclear|vague|no (?:spec|specs|requirements|brief|clear|one knew)|undefined|nobody knew|(?:did ?n't|did not) know (?:what|how|who|whether)|open-ended|clarif\w+|questions?|assum\w+|interview\w*|hypothes\w+|defin\w+|scop\w+|figur\w+ out|talked to|asked)\b/i,
  },
  {
    id: 'persuasion',
    asks: 'how you brought people round',
    asked:
      /\b(?:convinc\w+|persuad\w+|influenc\w+|buy-in|without (?:formal )?authority|get (?:people|others|them) (?:on board|behind))\b/i,
    shown:
      /\b(?:convinc\w+|persuad\w+|influenc\w+|buy-in|agree\w*|propos\w+|pitch\w*|present\w*|demo\w*|showed|data|won (?:them|him|her) over|came around|signed off|adopt\w+|on board|support\w*|behind (?:it|the)|champion\w*|argu\w+|case)\b/i,
  },
  {
    id: 'legacy',
    asks: 'the old code or debt',
    asked: /\b(?:tech(?:nical)? debt|legacy)\b/i,
    shown:
      /\b(?:debt|legacy|old|outdated|refactor\w*|rewr[io]t\w*|clean\w*|deprecat\w+|migrat\w+|years?|brittle|fragile|hacks?|workarounds?|unmaintain\w*|spaghetti|replac\w+|delet\w+|remov\w+)\b/i,
  },
  {
    id: 'deadline',
    asks: 'the deadline',
    asked: /\b(?:deadlines?|due date|time pressure)\b/i,
    shown:
      /\b(?:deadlines?|due|dates?|on time|launch\w*|weeks?|days?|hours?|months?|late|slip\w*|delay\w*|timelines?|sprints?|time|friday|monday|tuesday|wednesday|thursday|quarter|end of)\b/i,
  },
  {
    id: 'code-review',
    asks: 'the code review',
    asked: /\b(?:code reviews?|pull requests?|(?:in|during) (?:a )?reviews?)\b/i,
    shown:
      /\b(?:review\w*|pull requests?|PRs?|diffs?|merge requests?|patch\w*|approv\w+|LGTM|comment\w*)\b/i,
  },
  {
    id: 'design-review',
    asks: 'the design you reviewed',
    asked:
      /\b(?:reviewed (?:a|the|their|someone's) design|design (?:docs?|documents?|reviews?))\b/i,
    shown:
      /\b(?:design\w*|reviews?\w*|docs?|documents?|proposals?|RFCs?|specs?|architecture|plan)\b/i,
  },
  {
    id: 'production',
    asks: 'what happened in production',
    asked: /\b(?:in production|in prod)\b/i,
    shown:
      /\b(?:production|prod|live|real (?:traffic|users|data|world|devices|customers)|in the wild|deploy\w*|launch\w*|releas\w+|customers?|users?|beta)\b/i,
  },
  {
    id: 'other-team',
    asks: 'the other team',
    asked: /\b(?:another|other|a different) teams?\b/i,
    shown:
      /\b(?:another|other|their|partner|upstream|downstream|platform|vendors?|\w+ team|teams|departments?|groups?|org)\b/i,
  },
  {
    id: 'customer',
    asks: 'the customer',
    asked: /\b(?:customers?|clients?)\b/i,
    shown:
      /\b(?:customers?|clients?|users?|accounts?|buyers?|partners?|merchants?|tenants?|subscribers?|shoppers?|patients?|hospitals?|retailers?|stores?|brands?|shops?|compan(?:y|ies)|firms?|agenc(?:y|ies)|banks?|schools?|enterprises?|vendors?|their (?:team|CTO|CEO|ops|lead|engineers))\b/i,
  },
  {
    id: 'designer',
    asks: 'the designer and the design',
    asked: /\b(?:designers?|UX)\b/i,
    shown: /\b(?:design\w*|UX|UI|mock\w*|figma|wireframe\w*|prototyp\w*)\b/i,
  },
  {
    id: 'on-call',
    asks: 'on-call',
    asked: /\b(?:on[- ]call|pager\w*|incident response)\b/i,
    shown:
      /\b(?:on[- ]?call|pager\w*|pag(?:e|ed|es|ing)|rotations?|alert\w*|incidents?|escalat\w+|runbooks?|shifts?|woken|wake|night)\b/i,
  },
  {
    id: 'estimate',
    asks: 'the estimate',
    asked: /\b(?:estimat\w+|forecast\w*)\b/i,
    shown:
      /\b(?:estimat\w+|forecast\w*|timelines?|deadlines?|guess\w*|sized?|sizing|story points?|(?:would|should|could|will) take|quoted|promised|committed|planned|weeks?|days?|months?|sprints?)\b/i,
  },
  {
    id: 'support-or-sales',
    asks: 'the support or sales team',
    asked: /\b(?:support|sales|customer success|account manag\w+)\b/i,
    shown:
      /\b(?:support|sales|customer success|account (?:manager|executive|team)s?|CSMs?|tickets?|help ?desk|agents?|reps?|salespe\w+)\b/i,
  },
  {
    id: 'release',
    asks: 'the release',
    asked: /\b(?:releases?|deploy(?:s|ment|ments)?|rollouts?)\b/i,
    shown:
      /\b(?:releas\w+|deploy\w*|roll(?:ed)?[- ]?outs?|rolled out|ship\w*|launch\w*|versions?|upgrad\w+|updat\w+|v\d\S*|builds?|merg\w+)\b/i,
  },
  {
    id: 'model-or-pipeline',
    asks: 'the model or pipeline',
    asked: /\b(?:(?:ML )?models?|(?:data )?pipelines?|ETL)\b/i,
    shown:
      /\b(?:models?|pipelines?|ETL|jobs?|training|inference|features?|datasets?|predictions?|classifier\w*|embedding\w*|batch\w*|stream\w*|spark|airflow|dbt|kafka|transform\w*|scor(?:e|es|ing))\b/i,
  },
  {
    id: 'manager',
    asks: 'your manager',
    asked: /\b(?:your (?:manager|boss|director)|leadership)\b/i,
    shown:
      /\b(?:manager|boss|director|lead|EMs?|supervisor|VP|head of|CTO|CEO|founders?|skip[- ]level|leadership|management)\b/i,
  },
  {
    id: 'feedback',
    asks: 'the feedback',
    asked: /\b(?:feedback|critici[sz]\w*)\b/i,
    shown:
      /\b(?:feedback|critici[sz]\w*|told (?:me|him|her|them)|pointed out|said (?:that )?(?:I|my)|review\w*|comments?|conversation|talked|spoke)\b/i,
  },
  {
    id: 'security',
    asks: 'the security issue',
    asked: /\b(?:security|vulnerabilit\w+|breach\w*)\b/i,
    shown:
      /\b(?:security|vulnerab\w+|breach\w*|leak\w*|exploit\w*|attack\w*|credential\w*|secrets?|tokens?|keys?|CVE\S*|injection|XSS|auth\w*|permission\w*|expos\w+|phish\w*|access)\b/i,
  },
  {
    id: 'cost',
    asks: 'the cost',
    asked: /\b(?:the cost|costs|cost of|budgets?|spending|savings)\b/i,
    shown:
      /(?:\b(?:costs?|budget\w*|spend\w*|sav(?:e|ed|es|ing|ings)|bills?|billing|cheap\w*|expens\w+|dollars?|euros?|money|per month|invoices?|headcount|resources?)\b|[$€£])/i,
  },
];

const ALL_FAMILIES: readonly TopicFamily[] = [...EVENT_FAMILIES, ...SUBJECT_FAMILIES];

/** Something the question asks about that the answer never shows. */
export interface MissingTopic {
  /** What the answer should have shown, in plain words. */
  readonly asks: string;
  /** The question's own words that ask for it (or the signals, for a bank question). */
  readonly askedAs: string;
}

export interface Relevance {
  readonly onTopic: boolean;
  readonly missing: readonly MissingTopic[];
}

/** Signals below this count say too little about a question to hold an answer to them. */
const MIN_SIGNALS_TO_REQUIRE = 3;

/** Suffixes cut to reach a word's stem, longest first. */
const SUFFIXES = /(?:ations?|ments?|ities|ity|ings?|ness|ance|ence|ied|ies|ed|es|ly|s|e|y|i)$/u;

/** The lower-cased stem of a word: "simplified" and "simplify" share "simplif", "disagreed" and "disagreement" "disagre". */
const stemOf = (word: string): string => {
  const lower = word.toLowerCase();
  let stem = lower;
  for (let cut = 0; cut < 2; cut += 1) {
    const next = stem.replace(SUFFIXES, '');
    if (next.length < 4 || next === stem) break;
    stem = next;
  }
  return stem;
};

/**
 * A pattern that finds a signal in any inflection: a one-word signal by its
 * stem, a phrase ("status quo", "other team") by its longest word, since
 * stories reword phrases ("another team") but keep their key word.
 */
const signalPattern = (signal: string): RegExp => {
  const words = signal.split(/[\s-]+/u).filter((word) => word.length > 0);
  const key = words.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
  const escaped = stemOf(key).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`\\b${escaped}`, 'iu');
};

/** Each question's signal patterns, compiled once rather than on every evaluation. */
const compiledSignals = new WeakMap<readonly string[], readonly RegExp[]>();
const signalPatternsOf = (signals: readonly string[]): readonly RegExp[] => {
  const cached = compiledSignals.get(signals);
  if (cached !== undefined) return cached;
  const patterns = signals.map(signalPattern);
  compiledSignals.set(signals, patterns);
  return patterns;
};

/**
 * Whether the prompt offers this family as one alternative among others
 * ("the wrong thing for customers or for the product"): then the answer may
 * show the other one instead, so the family is not required.
 */
const isAlternative = (text: string, match: RegExpExecArray, family: TopicFamily): boolean => {
  const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
  const before = text.slice(Math.max(0, match.index - 40), match.index);
  const next = /^\s*,?\s*or\s+((?:\S+\s+){0,2}\S+)/iu.exec(after)?.[1];
  // Only right before it: in "a vendor or library let you down" the "or" joins the subjects, not the events.
  const previous = /(\S+(?:\s+\S+){0,2})\s+or\s+$/iu.exec(before)?.[1];
  return [next, previous].some((other) => other !== undefined && !family.asked.test(other));
};

/** The asked-about families a prompt requires, with the words that asked for each. */
const familiesAskedIn = (
  text: string,
): ReadonlyArray<{ readonly family: TopicFamily; readonly askedAs: string }> =>
  ALL_FAMILIES.flatMap((family) => {
    const match = family.asked.exec(text);
    return match === null || isAlternative(text, match, family)
      ? []
      : [{ family, askedAs: match[0] }];
  });

/**
 * Which of the things the question asks about the answer shows. `turns` are
 * the answer and any replies to probes: a reply that brings the story back to
 * the question counts. A bank question's `signals` are read only when its
 * prompt names no family: a signal list is a set of alternatives (no story
 * uses them all), so it can only tell that an answer uses none of them.
 */
export const judgeRelevance = (
  prompt: string,
  question: Pick<BehavioralQuestion, 'prompt' | 'signals'> | null,
  turns: readonly string[],
): Relevance => {
  const text = turns.join('\n');
  if (text.trim() === '') return { onTopic: true, missing: [] };
  const asked = new Map<string, { family: TopicFamily; askedAs: string }>();
  for (const source of [prompt, question?.prompt ?? '']) {
    for (const found of familiesAskedIn(source))
      if (!asked.has(found.family.id)) asked.set(found.family.id, found);
  }
  const missing: MissingTopic[] = [...asked.values()]
    .filter(({ family }) => !family.shown.test(text))
    .map(({ family, askedAs }) => ({ asks: family.asks, askedAs }));

  const signals = question?.signals ?? [];
  if (
    asked.size === 0 &&
    signals.length >= MIN_SIGNALS_TO_REQUIRE &&
    !signalPatternsOf(signals).some((pattern) => pattern.test(text))
  ) {
    missing.push({
      asks: 'any of what a story for this question is about',
      askedAs: signals.slice(0, 4).join(', '),
    });
  }
  return { onTopic: missing.length === 0, missing };
};

const listed = (items: readonly string[], conjunction: 'and' | 'or'): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;

const relevanceOf = (analysis: Analysis): Relevance =>
  judgeRelevance(analysis.prompt, analysis.question, analysis.turns);

/**
 * `off-topic` when the answer never shows what the question asks about,
 * quoting the question's words for it and the answer's opening, so the
 * candidate sees which story they told instead.
 */
export const relevanceFindings = (analysis: Analysis): FlagFinding<StarFlag>[] => {
  const { missing } = relevanceOf(analysis);
  if (missing.length === 0) return [];
  const opening = analysis.classified.find((item) => item.sentence.turn === 0);
  const evidence: Evidence[] = opening === undefined ? [] : [evidenceOf(opening.sentence)];
  const asked = listed(
    missing.map((topic) => `"${topic.askedAs}"`),
    'and',
  );
  const shows = listed(
    missing.map((topic) => topic.asks),
    'or',
  );
  const instead =
    opening === undefined
      ? ''
      : ` The story you told opens with "${shorten(opening.sentence.text)}".`;
  return [
    {
      flag: 'off-topic',
      message: `The question asks about ${asked}, and the answer never shows ${shows}.${instead}`,
      evidence,
    },
  ];
};

/** A follow-up that steers the candidate back to what the question asked. */
export const steeringProbe = (analysis: Analysis): string => {
  const first = relevanceOf(analysis).missing[0];
  return first === undefined
    ? 'How does this story answer the question you were asked?'
    : `The question was about "${first.askedAs}". Where in this story is ${first.asks}, or is there another story where it really happened?`;
};
