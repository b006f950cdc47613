// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { toPublicCodingQuestion, type JudgeResult } from '@onsite/core';
import { makeCodingQuestion } from '@onsite/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialRunState, type RunState } from './judge-run';
import { labelsFor, ResultPanel } from './result-panel';

// uPlot (the growth report's chart) reads the pixel ratio through matchMedia as it loads; jsdom has none.
vi.hoisted(() => {
  const noop = () => undefined;
  Object.defineProperty(window, 'matchMedia', {
    value: (media: string) => ({
      matches: false,
      media,
      onchange: null,
      addListener: noop,
      removeListener: noop,
      addEventListener: noop,
      removeEventListener: noop,
      dispatchEvent: () => false,
    }),
  });
});

afterEach(cleanup);

const question = toPublicCodingQuestion(makeCodingQuestion());

const doneWith = (result: JudgeResult): RunState => ({
  ...initialRunState,
  phase: 'done',
  mode: 'submit',
  result,
  expectedTotal: result.total,
});

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('ResultPanel', () => {
  it('prints a compile error once, as the judge reports it in both the error and the compiler output', () => {
    const javac =
      "Solution.java:3: error: ';' expected\n        return nums\n                   ^\n1 error";
    const state = doneWith({
      verdict: 'Compile Error',
      passed: 0,
      total: 4,
      tests: [],
      compileOutput: javac,
      compileTimeMs: 900,
      error: { message: javac, line: 3 },
      isolation: 'namespaces',
    });
    const { container } = render(
      <ResultPanel state={state} question={question} labels={labelsFor(question)} />,
    );
    expect(occurrences(container.textContent, "error: ';' expected")).toBe(1);
    expect(container.querySelector('.compile-output')?.textContent).toBe(javac);
  });

  it('still shows a runtime error with its line', () => {
    const state = doneWith({
      verdict: 'Runtime Error',
      passed: 0,
      total: 4,
      tests: [],
      compileOutput: null,
      compileTimeMs: null,
      error: { message: 'ZeroDivisionError: division by zero', line: 7 },
      isolation: 'namespaces',
    });
    const { container } = render(
      <ResultPanel state={state} question={question} labels={labelsFor(question)} />,
    );
    expect(container.querySelector('.inline-error')?.textContent).toBe(
      'ZeroDivisionError: division by zero (line 7)',
    );
  });

  it('says in one line that the machine was busy when the verdict came late for it, and nothing otherwise', () => {
    const timedOut: JudgeResult = {
      verdict: 'Time Limit Exceeded',
      passed: 0,
      total: 4,
      tests: [
        { index: 0, verdict: 'Time Limit Exceeded', timeMs: 1000, memoryKb: null, sample: true },
      ],
      compileOutput: null,
      compileTimeMs: null,
      error: null,
      isolation: 'namespaces',
    };
    const busy = render(
      <ResultPanel
        state={doneWith({ ...timedOut, machineBusy: { extraWallMs: 2300 } })}
        question={question}
        labels={labelsFor(question)}
      />,
    );
    expect(busy.container.querySelector('.machine-busy')?.textContent).toBe(
      'The machine was busy: your code waited for a CPU, so it was given 2.3 s more wall time and the verdict came later.',
    );
    cleanup();
    const idle = render(
      <ResultPanel state={doneWith(timedOut)} question={question} labels={labelsFor(question)} />,
    );
    expect(idle.container.querySelector('.machine-busy')).toBeNull();
  });
});
