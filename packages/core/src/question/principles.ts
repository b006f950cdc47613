/**
 * Company principles a behavioral question can probe. Ids are `company/slug`
 * so a tag in the bank names its company and the bank can be filtered by it.
 */
export const COMPANIES = ['amazon', 'google', 'meta', 'microsoft'] as const;
export type Company = (typeof COMPANIES)[number];

export interface Principle {
  readonly id: string;
  readonly company: Company;
  readonly name: string;
  /** One line, in our own words: what an interviewer listens for. */
  readonly listensFor: string;
}

const p = (company: Company, slug: string, name: string, listensFor: string): Principle => ({
  id: `${company}/${slug}`,
  company,
  name,
  listensFor,
});

export const PRINCIPLES = [
  p(
    'amazon',
    'customer-obsession',
    'Customer Obsession',
    'Starts from what the customer needs and works backwards, even against internal convenience.',
  ),
  p(
    'amazon',
    'ownership',
    'Ownership',
    'Acts for the long term and takes on problems beyond their job description; never says "not my job".',
  ),
  p(
    'amazon',
    'invent-and-simplify',
    'Invent and Simplify',
    'Finds a simpler or new way instead of accepting the existing complexity.',
  ),
  p(
    'amazon',
    'are-right-a-lot',
    'Are Right, A Lot',
    'Makes good calls with incomplete data and seeks views that disconfirm their own.',
  ),
  p(
    'amazon',
    'learn-and-be-curious',
    'Learn and Be Curious',
    'Learns new domains on their own initiative and applies what they learned.',
  ),
  p(
    'amazon',
    'hire-and-develop-the-best',
    'Hire and Develop the Best',
    'Raises the bar when hiring and invests in growing the people around them.',
  ),
  p(
    'amazon',
    'insist-on-the-highest-standards',
    'Insist on the Highest Standards',
    'Refuses to ship defects and keeps raising the quality bar for the team.',
  ),
  p(
    'amazon',
    'think-big',
    'Think Big',
    'Sets a bold direction that others can rally behind, beyond the next sprint.',
  ),
  p(
    'amazon',
    'bias-for-action',
    'Bias for Action',
    'Moves quickly on reversible decisions and explains why the risk was acceptable.',
  ),
  p(
    'amazon',
    'frugality',
    'Frugality',
    'Achieves more with fewer resources; treats constraints as a source of invention.',
  ),
  p(
    'amazon',
    'earn-trust',
    'Earn Trust',
    'Listens, speaks candidly, admits mistakes and treats others respectfully.',
  ),
  p(
    'amazon',
    'dive-deep',
    'Dive Deep',
    'Knows the details of their own systems and checks when metrics and anecdotes disagree.',
  ),
  p(
    'amazon',
    'have-backbone-disagree-and-commit',
    'Have Backbone; Disagree and Commit',
    'Challenges decisions with data, then commits fully once a decision is made.',
  ),
  p(
    'amazon',
    'deliver-results',
    'Deliver Results',
    'Delivers the key outcomes on time despite setbacks, with measurable results.',
  ),
  p(
    'amazon',
    'strive-to-be-earths-best-employer',
    "Strive to be Earth's Best Employer",
    'Creates a safe, fair and growth-oriented environment for the team.',
  ),
  p(
    'amazon',
    'success-and-scale-bring-broad-responsibility',
    'Success and Scale Bring Broad Responsibility',
    'Weighs the second-order effects of their work on users, society and the world.',
  ),
  p(
    'google',
    'focus-on-the-user',
    'Focus on the user',
    'Grounds decisions in user needs and evidence rather than internal preference.',
  ),
  p(
    'google',
    'thrive-in-ambiguity',
    'Thrive in ambiguity',
    'Makes progress when the goal or the path is unclear, and creates clarity for others.',
  ),
  p(
    'google',
    'challenge-the-status-quo',
    'Challenge the status quo',
    'Questions how things are done and proposes a better way with evidence.',
  ),
  p(
    'google',
    'value-feedback',
    'Value feedback',
    'Seeks, accepts and acts on feedback; gives it kindly and clearly.',
  ),
  p(
    'google',
    'do-the-right-thing',
    'Do the right thing',
    'Acts with integrity when nobody is watching and when it costs something.',
  ),
  p(
    'google',
    'care-about-the-team',
    'Care about the team',
    'Includes others, shares credit and helps teammates succeed.',
  ),
  p(
    'google',
    'emergent-leadership',
    'Emergent leadership',
    'Steps up to lead when needed without formal authority, and steps back when not.',
  ),
  p(
    'meta',
    'move-fast',
    'Move fast',
    'Ships and learns quickly, and is honest about the risk they accepted to do it.',
  ),
  p(
    'meta',
    'focus-on-long-term-impact',
    'Focus on long-term impact',
    'Chooses work by its lasting impact, not by what is easy or visible.',
  ),
  p(
    'meta',
    'build-awesome-things',
    'Build awesome things',
    'Cares about the craft and the quality of what reaches people.',
  ),
  p(
    'meta',
    'live-in-the-future',
    'Live in the future',
    'Builds for where the product and technology are heading.',
  ),
  p(
    'meta',
    'be-direct-and-respect-your-colleagues',
    'Be direct and respect your colleagues',
    'Gives and receives direct feedback while keeping trust.',
  ),
  p(
    'meta',
    'meta-metamates-me',
    'Meta, Metamates, me',
    'Puts the company and the team ahead of personal credit.',
  ),
  p(
    'microsoft',
    'growth-mindset',
    'Growth mindset',
    'Learns from failure and shows how they actually changed afterwards.',
  ),
  p(
    'microsoft',
    'customer-obsessed',
    'Customer obsessed',
    "Learns about customers' needs and solves their real problems.",
  ),
  p(
    'microsoft',
    'diverse-and-inclusive',
    'Diverse and inclusive',
    'Seeks out different perspectives and makes room for others to contribute.',
  ),
  p(
    'microsoft',
    'one-microsoft',
    'One Microsoft',
    'Collaborates across team boundaries toward a shared goal.',
  ),
  p(
    'microsoft',
    'making-a-difference',
    'Making a difference',
    'Connects their work to a meaningful, measurable outcome.',
  ),
  p(
    'microsoft',
    'accountability',
    'Accountability',
    'Owns commitments and their outcomes, including the misses.',
  ),
] as const satisfies readonly Principle[];

export type PrincipleId = (typeof PRINCIPLES)[number]['id'];

const PRINCIPLE_BY_ID: ReadonlyMap<string, Principle> = new Map(
  PRINCIPLES.map((principle) => [principle.id, principle]),
);

export const isPrincipleId = (value: string): value is PrincipleId => PRINCIPLE_BY_ID.has(value);
export const findPrinciple = (id: string): Principle | undefined => PRINCIPLE_BY_ID.get(id);
export const companyOfPrinciple = (id: PrincipleId): Company => id.split('/')[0] as Company;

/** Behavioral competencies: what a story demonstrates, independent of any company. */
export const COMPETENCIES = [
  'ownership',
  'leadership',
  'conflict',
  'collaboration',
  'failure',
  'growth',
  'ambiguity',
  'impact',
  'technical-depth',
  'customer-focus',
  'prioritization',
  'mentoring',
  'influence',
  'communication',
  'decision-making',
  'innovation',
  'delivery',
  'integrity',
] as const;
export type Competency = (typeof COMPETENCIES)[number];
