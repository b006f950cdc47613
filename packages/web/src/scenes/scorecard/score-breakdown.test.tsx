// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import {
  evaluateBehavioralAnswer,
  HIRING_LEVEL_LABEL,
  type BehavioralEvaluation,
  type Evidence,
} from '@onsite/core';
import { afterEach, describe, expect, it } from 'vitest';
import { kindSectionsOf } from './kind-sections';
import { ScoreBreakdownSection } from './score-breakdown';

afterEach(cleanup);

const BLAME = `Our release slipped by three weeks last spring. The QA team was useless and missed every regression, and management kept changing the scope.
I rewrote the checkout validation in TypeScript and added unit tests for the payment form.
In the end we shipped, but it was not my fault that it was late. Overall that year NPS rose by 35% and we saved around $200k.`;

const evaluate = (answer: string): BehavioralEvaluation =>
  evaluateBehavioralAnswer({ prompt: 'Tell me about a project that went wrong.', answer });

describe('ScoreBreakdownSection (scorecard)', () => {
  it('shows each dimension with its level, weight and points, then the mean and the score, from a real evaluation', () => {
    const evaluation = evaluate(BLAME);
    const breakdown = evaluation.scoreBreakdown;
    expect(breakdown).toBeDefined();
    if (breakdown === undefined) return;
    render(<ScoreBreakdownSection breakdown={breakdown} onQuote={() => undefined} />);

    const table = screen.getByRole('table');
    for (const item of breakdown.contributions) {
      const row = within(table).getByRole('row', { name: new RegExp(`^${item.name}`, 'u') });
      expect(row.textContent).toContain(HIRING_LEVEL_LABEL[item.level]);
      expect(row.textContent).toContain(`×${item.weight}`);
    }
    expect(within(table).getByRole('row', { name: /^Score/u }).textContent).toContain(
      String(evaluation.score),
    );
  });

  it('names the cap that held the score down, with its reason and quotes that open in the answer', () => {
    const evaluation = evaluate(BLAME);
    const breakdown = evaluation.scoreBreakdown;
    const blame = breakdown?.caps.find((cap) => cap.source === 'blames-others');
    expect(blame).toBeDefined();
    if (breakdown === undefined || blame === undefined) return;
    const quoted: Evidence[] = [];
    render(
      <ScoreBreakdownSection breakdown={breakdown} onQuote={(evidence) => quoted.push(evidence)} />,
    );

    const caps = screen.getByRole('list', { name: 'Caps on the score' });
    expect(caps.textContent).toContain('Blaming others caps the score below 50');
    expect(caps.textContent).toContain(blame.reason);
    const [firstQuote] = within(caps).getAllByRole('button');
    if (firstQuote !== undefined) fireEvent.click(firstQuote);
    expect(quoted).toHaveLength(1);
  });

  it('lists the figures it did not count as impact, and why', () => {
    const breakdown = evaluate(BLAME).scoreBreakdown;
    if (breakdown === undefined) throw new Error('no breakdown');
    render(<ScoreBreakdownSection breakdown={breakdown} onQuote={() => undefined} />);
    const figures = screen.getByRole('list', { name: 'Figures not counted as impact' });
    expect(figures.textContent).toMatch(/"35%" shares no metric, system or subject/u);
  });

  it('shows nothing for a scorecard saved before scores were explained', () => {
    const { scoreBreakdown: _dropped, ...saved } = evaluate(BLAME);
    render(<>{kindSectionsOf(saved, () => undefined).details}</>);
    expect(screen.queryByRole('heading', { name: 'How the score was reached' })).toBeNull();
  });
});
