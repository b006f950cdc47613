import { roundKinds } from '../rounds/registry';
import { HIRING_LEVEL_LABEL, type Evaluation } from '../rounds/types';
import type { Round, SessionWithRounds, Turn } from '../session/types';

/**
 * A session as a Markdown report a candidate can keep or share: each round's transcript, then its
 * scorecard (level, each dimension with the evidence quoted, flags and next steps).
 */

/** Text safe inside a Markdown table cell or a one-line list item. */
const inline = (text: string): string => text.replace(/\s+/gu, ' ').replace(/\|/gu, '\\|').trim();

/** Every line of `text` quoted, so candidate text never becomes headings or lists. */
const quoted = (text: string): string =>
  text
    .trim()
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');

const day = (iso: string): string => iso.slice(0, 10);

const speakerOf = (turn: Turn): string => {
  const who = turn.speaker === 'interviewer' ? 'Interviewer' : 'You';
  const what = turn.purpose === 'hint' ? ', hint' : '';
  return turn.phase === undefined ? `**${who}${what}**` : `**${who}${what}** (${turn.phase})`;
};

const scorecardOf = (round: Round, evaluation: Evaluation): string[] => {
  const kind = roundKinds.get(round.kind);
  const lines = [
    '### Scorecard',
    '',
    `**${HIRING_LEVEL_LABEL[evaluation.level]}**, ${Math.round(evaluation.score)} / 100.`,
    '',
    '| Dimension | Level | Why |',
    '| --- | --- | --- |',
    ...evaluation.dimensions.map(
      (dimension) =>
        `| ${inline(dimension.name)} | ${HIRING_LEVEL_LABEL[dimension.level]} | ${inline(dimension.summary)} |`,
    ),
  ];
  const evidence = evaluation.dimensions.flatMap((dimension) =>
    dimension.evidence.map((quote) => `- ${dimension.name}: “${inline(quote.quote)}”`),
  );
  if (evidence.length > 0) lines.push('', 'Evidence:', '', ...evidence);
  if (evaluation.flags.length > 0)
    lines.push(
      '',
      '### What to fix',
      '',
      ...evaluation.flags.map((finding) => {
        const label = kind?.flags[finding.flag]?.label ?? finding.flag;
        return `- **${inline(label)}**: ${inline(finding.message)}`;
      }),
    );
  if (evaluation.nextSteps.length > 0)
    lines.push(
      '',
      '### Next steps',
      '',
      ...evaluation.nextSteps.map((step) => `- ${inline(step.text)}`),
    );
  return lines;
};

const roundSection = (round: Round, position: number): string[] => {
  const kind = roundKinds.get(round.kind)?.label ?? round.kind;
  const lines = [`## Round ${position}: ${inline(round.title)} (${kind})`, ''];
  lines.push(
    `Started ${round.startedAt.replace('T', ' ').slice(0, 16)} UTC${round.elapsedMs === null ? '' : `, ${Math.max(1, Math.round(round.elapsedMs / 60_000))} min`}.`,
    '',
    '### Transcript',
    '',
  );
  for (const turn of round.transcript) lines.push(speakerOf(turn), '', quoted(turn.text), '');
  if (round.draft !== null && round.draft.text.trim() !== '')
    lines.push('**Unsent draft**', '', quoted(round.draft.text), '');
  const evaluation = round.scorecard?.evaluation;
  if (evaluation === undefined) lines.push('Not scored: the round was not finished.');
  else lines.push(...scorecardOf(round, evaluation));
  return lines;
};

export const sessionReport = (session: SessionWithRounds): string =>
  [
    `# ${inline(session.title)}`,
    '',
    `${session.mode === 'onsite' ? 'Onsite' : 'Practice'} session of ${day(session.createdAt)}, ${session.status === 'finished' ? 'finished' : 'not finished'}; exported from Onsite.`,
    '',
    ...session.rounds.flatMap((round, index) => [...roundSection(round, index + 1), '']),
  ]
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trimEnd()
    .concat('\n');
