import type { PublicCodingQuestion, TestCase } from '@onsite/core';
import * as Tabs from '@radix-ui/react-tabs';
import { useCallback, useId, useMemo, useState } from 'react';
import { formatValue } from './judge-run';
import { readStored, writeStored } from './starter-code';
import {
  caseFields,
  caseOrigin,
  casesFromSamples,
  casesStorageKey,
  checkField,
  deserializeCases,
  isSameAsSamples,
  MAX_CUSTOM_CASES,
  newCaseId,
  serializeCases,
  type CaseDraft,
  type CaseField,
} from './test-cases';

export interface TestCasesModel {
  readonly fields: readonly CaseField[];
  readonly samples: readonly TestCase[];
  readonly cases: readonly CaseDraft[];
  readonly selected: string;
  readonly select: (id: string) => void;
  readonly setText: (id: string, field: number, text: string) => void;
  readonly add: () => void;
  readonly remove: (id: string) => void;
  readonly reset: () => void;
}

/** The Testcases tab's state, kept on this device per question so a reload loses nothing typed. */
export const useTestCases = (question: PublicCodingQuestion): TestCasesModel => {
  const fields = useMemo(() => caseFields(question.signature), [question.signature]);
  const samples = question.samples;
  const key = casesStorageKey(question.id);
  const [cases, setCases] = useState<readonly CaseDraft[]>(
    () => deserializeCases(readStored(key), fields) ?? casesFromSamples(samples, fields),
  );
  const [selected, setSelected] = useState(() => cases[0]?.id ?? '');

  const update = useCallback(
    (next: readonly CaseDraft[]) => {
      setCases(next);
      // Nothing is kept while the cases are the examples, so an improved example in the bank shows up.
      writeStored(
        key,
        isSameAsSamples(next, fields, samples) ? null : serializeCases(next, fields),
      );
    },
    [fields, key, samples],
  );

  return {
    fields,
    samples,
    cases,
    selected,
    select: setSelected,
    setText: (id, field, text) =>
      update(
        cases.map((entry) =>
          entry.id === id
            ? { ...entry, texts: entry.texts.map((old, index) => (index === field ? text : old)) }
            : entry,
        ),
      ),
    add: () => {
      if (cases.length >= MAX_CUSTOM_CASES) return;
      // Like LeetCode: the new case starts as a copy of the one in view, ready to be changed.
      const source = cases.find((entry) => entry.id === selected) ?? cases.at(-1);
      const added: CaseDraft = { id: newCaseId(), texts: source?.texts ?? fields.map(() => '') };
      update([...cases, added]);
      setSelected(added.id);
    },
    remove: (id) => {
      if (cases.length <= 1) return;
      const index = cases.findIndex((entry) => entry.id === id);
      const next = cases.filter((entry) => entry.id !== id);
      update(next);
      if (id === selected) setSelected(next[Math.max(0, index - 1)]?.id ?? '');
    },
    reset: () => {
      const next = casesFromSamples(samples, fields);
      update(next);
      setSelected(next[0]?.id ?? '');
    },
  };
};

/** One tab per case, one JSON field per parameter, checked as the candidate types. */
export const TestcasesPanel = ({
  model,
  notice,
}: {
  model: TestCasesModel;
  notice: string | null;
}) => {
  const ids = useId();
  const { fields, samples, cases } = model;
  const selected = cases.some((entry) => entry.id === model.selected)
    ? model.selected
    : (cases[0]?.id ?? '');
  const pristine = isSameAsSamples(cases, fields, samples);
  const full = cases.length >= MAX_CUSTOM_CASES;
  return (
    <div className="cases">
      {notice !== null && (
        <p className="inline-error cases-notice" role="alert">
          {notice}
        </p>
      )}
      <Tabs.Root value={selected} onValueChange={model.select} activationMode="manual">
        <div className="cases-bar">
          <Tabs.List className="cases-list" aria-label="Test cases">
            {cases.map((entry, index) => {
              const origin = caseOrigin(entry, fields, samples);
              return (
                <Tabs.Trigger
                  key={entry.id}
                  value={entry.id}
                  className={`case-tab case-${origin.kind}`}
                >
                  Case {index + 1}
                  {origin.kind === 'custom' && (
                    <span className="case-mark" title="Your own input">
                      <span aria-hidden="true">•</span>
                      <span className="visually-hidden"> (your input)</span>
                    </span>
                  )}
                  {origin.kind === 'invalid' && (
                    <span className="case-mark case-mark-bad" title="Needs fixing">
                      <span aria-hidden="true">!</span>
                      <span className="visually-hidden"> (needs fixing)</span>
                    </span>
                  )}
                </Tabs.Trigger>
              );
            })}
          </Tabs.List>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={model.add}
            disabled={full}
            title={
              full
                ? `At most ${MAX_CUSTOM_CASES} cases`
                : 'Add a case, starting as a copy of this one'
            }
          >
            + Add case
          </button>
          <span className="spacer" />
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={model.reset}
            disabled={pristine}
          >
            Reset to examples
          </button>
        </div>
        {cases.map((entry, index) => {
          const origin = caseOrigin(entry, fields, samples);
          return (
            <Tabs.Content key={entry.id} value={entry.id} className="case-body">
              {fields.map((field, fieldIndex) => {
                const fieldId = `${ids}-${entry.id}-${fieldIndex}`;
                const text = entry.texts[fieldIndex] ?? '';
                const check = checkField(text, field);
                return (
                  <div key={field.name} className="case-field">
                    <label htmlFor={fieldId}>
                      <code>{field.name}</code> <span className="case-type">{field.type}</span>
                    </label>
                    <textarea
                      id={fieldId}
                      className="case-input"
                      value={text}
                      rows={1}
                      spellCheck={false}
                      autoCapitalize="off"
                      autoComplete="off"
                      aria-invalid={!check.ok}
                      aria-describedby={check.ok ? undefined : `${fieldId}-error`}
                      onChange={(event) => model.setText(entry.id, fieldIndex, event.target.value)}
                    />
                    {!check.ok && (
                      <p id={`${fieldId}-error`} className="field-error">
                        {check.message}
                      </p>
                    )}
                  </div>
                );
              })}
              <div className="case-foot">
                <p className="muted small">
                  {origin.kind === 'example'
                    ? `Example ${origin.example + 1}: expected ${formatValue(samples[origin.example]?.expected, 120)}.`
                    : origin.kind === 'custom'
                      ? 'Your own input: Run shows your output for it, with no expected answer to compare.'
                      : 'Fix the highlighted field before running.'}
                </p>
                <button
                  type="button"
                  className="btn btn-danger-ghost btn-sm"
                  onClick={() => model.remove(entry.id)}
                  disabled={cases.length <= 1}
                >
                  Remove case {index + 1}
                </button>
              </div>
            </Tabs.Content>
          );
        })}
      </Tabs.Root>
      <p className="muted small cases-help">
        Run always checks the {samples.length === 1 ? 'example' : `${samples.length} examples`}; any
        case that differs from them runs too.
      </p>
    </div>
  );
};
