// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { SegmentedSentence, StarPart } from '@onsite/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StarEditor, StarLegend } from './star-editor';

const TEXT = 'Our API was slow. I added a cache. Latency fell 60%.';
const sentence = (quote: string, part: StarPart): SegmentedSentence => {
  const start = TEXT.indexOf(quote);
  return { quote, part, start, end: start + quote.length, turn: 0 };
};
const SEGMENTS = [
  sentence('Our API was slow.', 'situation'),
  sentence('I added a cache.', 'action'),
  sentence('Latency fell 60%.', 'result'),
];

afterEach(cleanup);

describe('StarEditor', () => {
  it('is a labelled textarea whose tinted mirror is hidden from assistive technology', () => {
    const { container } = render(
      <StarEditor
        id="answer"
        label="Your answer"
        value={TEXT}
        onChange={() => undefined}
        segments={SEGMENTS}
      />,
    );
    expect(screen.getByLabelText('Your answer').tagName).toBe('TEXTAREA');
    const mirror = container.querySelector('.star-mirror');
    expect(mirror?.getAttribute('aria-hidden')).toBe('true');
    expect(mirror?.textContent).toBe(`${TEXT}\u200b`);
  });

  it('tints each classified sentence and names its part in the margin, not by colour alone', () => {
    const { container } = render(
      <StarEditor
        id="answer"
        label="Your answer"
        value={TEXT}
        onChange={() => undefined}
        segments={SEGMENTS}
      />,
    );
    const marks = [...container.querySelectorAll('mark[data-part]')].map((mark) => [
      mark.getAttribute('data-part'),
      mark.textContent,
    ]);
    expect(marks).toEqual([
      ['situation', 'Our API was slow.'],
      ['action', 'I added a cache.'],
      ['result', 'Latency fell 60%.'],
    ]);
    const labels = [...container.querySelectorAll('.star-label .star-label-full')].map(
      (label) => label.textContent,
    );
    expect(labels).toEqual(['Situation', 'Action', 'Result']);
  });

  it('reports every edit', () => {
    const onChange = vi.fn();
    render(
      <StarEditor id="answer" label="Your answer" value="" onChange={onChange} segments={[]} />,
    );
    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: 'I led it.' } });
    expect(onChange).toHaveBeenCalledWith('I led it.');
  });

  it('sends on Ctrl+Enter and on Cmd+Enter, but a plain Enter is a new line', () => {
    const onSubmit = vi.fn();
    render(
      <StarEditor
        id="answer"
        label="Your answer"
        value={TEXT}
        onChange={() => undefined}
        segments={[]}
        onSubmitShortcut={onSubmit}
      />,
    );
    const textarea = screen.getByLabelText('Your answer');
    fireEvent.keyDown(textarea, { key: 'Enter' });
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.keyDown(textarea, { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(textarea, { key: 'Enter', metaKey: true });
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });
});

describe('StarLegend', () => {
  it('counts sentences per part and marks the missing ones', () => {
    const { container } = render(<StarLegend segments={SEGMENTS} />);
    const items = [...container.querySelectorAll('li')];
    expect(items.map((item) => item.textContent)).toEqual([
      'Situation1 sentence',
      'Task0 sentences',
      'Action1 sentence',
      'Result1 sentence',
    ]);
    expect(
      items.filter((item) => item.classList.contains('is-missing')).map((item) => item.textContent),
    ).toEqual(['Task0 sentences']);
  });
});
