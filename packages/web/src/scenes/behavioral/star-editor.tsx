import { STAR_PARTS, type SegmentedSentence, type StarPart } from '@onsite/core';
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { countStarParts, toStarRanges } from './star-ranges';

export const STAR_LABEL: Readonly<Record<StarPart, string>> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
};

interface MarginLabel {
  readonly key: number;
  readonly part: StarPart;
  readonly top: number;
}

export interface StarEditorProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Sentences classified by STAR part; may be a little behind `value`. */
  readonly segments: readonly SegmentedSentence[];
  readonly placeholder?: string;
  readonly disabled?: boolean;
  /** Ctrl/Cmd+Enter. */
  readonly onSubmitShortcut?: () => void;
  readonly describedBy?: string;
  /** The textarea, for the room to put the focus where the user types next. */
  readonly ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A plain textarea laid over a mirror of its own text. The mirror tints each
 * sentence with its STAR part, and a margin beside it names the part, so the
 * structure never rests on colour alone. The mirror sets the height, so the
 * textarea grows with the answer and never scrolls out of line with the tints.
 */
export const StarEditor = ({
  id,
  label,
  value,
  onChange,
  segments,
  placeholder,
  disabled = false,
  onSubmitShortcut,
  describedBy,
  ref,
}: StarEditorProps) => {
  const ranges = useMemo(() => toStarRanges(value, segments), [value, segments]);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const [labels, setLabels] = useState<readonly MarginLabel[]>([]);

  // Margin labels sit level with the first line of each sentence, measured after layout.
  useLayoutEffect(() => {
    const mirror = mirrorRef.current;
    if (mirror === null) return;
    const measure = () => {
      const next: MarginLabel[] = [];
      let lastBottom = -Infinity;
      let lastPart: StarPart | null = null;
      for (const mark of mirror.querySelectorAll<HTMLElement>('mark[data-part]')) {
        const part = mark.dataset.part as StarPart;
        const top = mark.offsetTop;
        // One label per sentence, unless it would collide with the label above for the same part.
        if (top < lastBottom && part === lastPart) continue;
        const placed = Math.max(top, lastBottom);
        next.push({ key: Number(mark.dataset.start), part, top: placed });
        lastBottom = placed + 20;
        lastPart = part;
      }
      setLabels(next);
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(mirror);
    return () => observer?.disconnect();
  }, [ranges]);

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (
      event.key === 'Enter' &&
      (event.ctrlKey || event.metaKey) &&
      onSubmitShortcut !== undefined
    ) {
      event.preventDefault();
      onSubmitShortcut();
    }
  };

  return (
    <div className="star-editor">
      <div className="star-margin" aria-hidden="true">
        {labels.map((item) => (
          <span
            key={item.key}
            className={`star-label star-label-${item.part}`}
            style={{ top: item.top }}
          >
            <span className="star-label-full">{STAR_LABEL[item.part]}</span>
            <span className="star-label-abbr">{STAR_LABEL[item.part].charAt(0)}</span>
          </span>
        ))}
      </div>
      <div className="star-field">
        <div className="star-mirror" ref={mirrorRef} aria-hidden="true">
          {ranges.map((range) =>
            range.part === null ? (
              <span key={range.start}>{value.slice(range.start, range.end)}</span>
            ) : (
              <mark
                key={range.start}
                data-part={range.part}
                data-start={range.start}
                className={`star-tint star-${range.part}`}
              >
                {value.slice(range.start, range.end)}
              </mark>
            ),
          )}
          {/* A trailing newline in a textarea adds a line; the mirror needs a character to do the same. */}
          {'\u200b'}
        </div>
        <label htmlFor={id} className="visually-hidden">
          {label}
        </label>
        <textarea
          id={id}
          className="star-input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={handleKeyDown}
          placeholder={placeholder}
          // Read-only rather than disabled while a send is in flight: a disabled textarea drops the focus
          // to the page, and the user would have to Tab back to it to write the next reply.
          readOnly={disabled}
          aria-disabled={disabled}
          ref={ref}
          spellCheck
          aria-describedby={describedBy}
        />
      </div>
    </div>
  );
};

/** The key to the tints, with how many sentences of each part the answer has so far. */
export const StarLegend = ({ segments }: { segments: readonly SegmentedSentence[] }) => {
  const counts = countStarParts(segments);
  return (
    <ul className="star-legend" aria-label="Answer structure so far">
      {STAR_PARTS.map((part) => (
        <li key={part} className={counts[part] === 0 ? 'is-missing' : ''}>
          <span className={`star-swatch star-${part}`} aria-hidden="true" />
          {STAR_LABEL[part]}
          <span className="star-count">
            {counts[part]}
            <span className="visually-hidden">
              {' '}
              {counts[part] === 1 ? 'sentence' : 'sentences'}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
};
