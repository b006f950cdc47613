import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBank, loadQuestion, formatProblem, DEFAULT_BANK_DIR } from './load-bank';
import { createTempBank, validBehavioral, type TempBank } from './testing/temp-bank';

let bank: TempBank;
beforeEach(() => {
  bank = createTempBank();
});
afterEach(() => {
  bank.remove();
});

/** The problems of one load, as the lines a coach would read. */
const problemLines = (): string[] => loadBank(bank.dir).problems.map(formatProblem);

describe('loadBank', () => {
  it('loads a valid question with its id, defaults and Markdown body', () => {
    bank.writeQuestion(
      'behavioral/disagreed.md',
      validBehavioral('disagreed'),
      '# Coach notes\n\nAsk about data.\n',
    );
    const { questions, problems } = loadBank(bank.dir);
    expect(problems).toEqual([]);
    expect(questions).toHaveLength(1);
    const [question] = questions;
    expect(question?.id).toBe('behavioral/disagreed');
    expect(question?.body).toBe('# Coach notes\n\nAsk about data.');
    expect(question?.kind === 'behavioral' && question.examples.strong.flags).toEqual([]);
  });

  it('names the file, the field and the likely intended principle for a misspelt principle', () => {
    const data = validBehavioral('x');
    data.principles = ['amazon/earn-trust', 'google/value-feedback', 'amazon/ownershp'];
    bank.writeQuestion('behavioral/x.md', data);
    expect(problemLines()).toEqual([
      'bank/behavioral/x.md  principles.2: unknown principle "amazon/ownershp"; use an id such as amazon/ownership (see docs/bank-format.md); did you mean "amazon/ownership"?',
    ]);
  });

  it('suggests the full id when the company part of a principle is left out', () => {
    const data = validBehavioral('x');
    data.principles = ['dive-deep'];
    bank.writeQuestion('behavioral/x.md', data);
    expect(problemLines()).toEqual([
      expect.stringContaining('principles.0: unknown principle "dive-deep"') as string,
    ]);
    expect(problemLines()[0]).toContain('did you mean "amazon/dive-deep"?');
  });

  it('lists the allowed flags when a weak example names an unknown flag', () => {
    const data = validBehavioral('x');
    data.examples = {
      ...(data.examples as object),
      weak: {
        answer: 'We did various things and it was basically fine overall.',
        notes: ['Vague.'],
        flags: ['vage-language'],
      },
    };
    bank.writeQuestion('behavioral/x.md', data);
    const [line] = problemLines();
    expect(line).toContain(
      'bank/behavioral/x.md  examples.weak.flags.0: unknown flag "vage-language"; allowed: missing-situation',
    );
    expect(line).toContain('did you mean "vague-language"?');
  });

  it('rejects a slug that differs from the file name', () => {
    bank.writeQuestion('behavioral/disagreed.md', validBehavioral('disagree'));
    expect(problemLines()).toEqual([
      'bank/behavioral/disagreed.md  slug: "disagree" does not match the file name "disagreed.md"; the slug must equal the file name without .md',
    ]);
  });

  it('rejects a kind that differs from the folder the file sits in', () => {
    bank.writeQuestion('coding/two-sum.md', { ...validBehavioral('two-sum') });
    expect(problemLines()).toContain(
      'bank/coding/two-sum.md  kind: says "behavioral" but the file is in the coding folder; move the file to the behavioral folder or change it to "kind: coding"',
    );
  });

  it('asks for the kind when it is missing and validates the rest against the folder', () => {
    const data = validBehavioral('x');
    delete data.kind;
    delete data.followUps;
    bank.writeQuestion('behavioral/x.md', data);
    expect(problemLines()).toEqual([
      'bank/behavioral/x.md  kind: missing; this file is in the behavioral folder, so add "kind: behavioral"',
      'bank/behavioral/x.md  followUps: missing; add it (see docs/bank-format.md for what it holds)',
    ]);
  });

  it('reports a duplicate slug used in two folders and keeps the first', () => {
    bank.writeQuestion('behavioral/tradeoffs.md', validBehavioral('tradeoffs'));
    bank.writeQuestion('system-design/tradeoffs.md', {
      slug: 'tradeoffs',
      kind: 'system-design',
      title: 'Trade-offs',
      prompt: 'Design a URL shortener for a billion links.',
      difficulty: 'hard',
    });
    const { questions, problems } = loadBank(bank.dir);
    expect(questions.map((question) => question.id)).toEqual(['behavioral/tradeoffs']);
    expect(problems.map(formatProblem)).toEqual([
      'bank/system-design/tradeoffs.md  slug: duplicate slug "tradeoffs": bank/behavioral/tradeoffs.md already uses it; slugs must be unique across the bank',
    ]);
  });

  it('reports bad YAML with the line of the file where it broke', () => {
    bank.write(
      'behavioral/broken.md',
      [
        '---',
        'slug: broken',
        'kind: behavioral',
        'title: Broken: a title with a colon',
        'prompt: x',
        '---',
        'body',
      ].join('\n'),
    );
    const { problems } = loadBank(bank.dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(4);
    expect(formatProblem(problems[0] ?? { file: '', field: '', message: '' })).toMatch(
      /^bank\/behavioral\/broken\.md {2}the front matter is not valid YAML near line 4: .+; check the indentation and put text that contains ": " or starts with a quote inside quotes$/,
    );
  });

  it('reports an empty file', () => {
    bank.write('behavioral/empty.md', '  \n\n');
    expect(problemLines()).toEqual([
      'bank/behavioral/empty.md  the file is empty; start from the full example in docs/bank-format.md',
    ]);
  });

  it('reports a file without front matter and one whose front matter is never closed', () => {
    bank.write('behavioral/no-dashes.md', 'slug: no-dashes\nkind: behavioral\n');
    bank.write('behavioral/unclosed.md', '---\nslug: unclosed\nkind: behavioral\n');
    expect(problemLines()).toEqual([
      'bank/behavioral/no-dashes.md  the file must start with a line of three dashes (---) that opens the front matter',
      'bank/behavioral/unclosed.md  the front matter is never closed; add a line of three dashes (---) after the last field',
    ]);
  });

  it('reports front matter with no fields', () => {
    bank.write('behavioral/blank.md', '---\n---\nJust a body.\n');
    expect(problemLines()).toEqual([
      'bank/behavioral/blank.md  the front matter has no fields; write one "field: value" per line between the --- lines',
    ]);
  });

  it('says which type a field should have in plain words', () => {
    const data = validBehavioral('x');
    data.asksForLearning = 'yes';
    data.competencies = 'conflict';
    bank.writeQuestion('behavioral/x.md', data);
    expect(problemLines()).toEqual([
      'bank/behavioral/x.md  competencies: should be a list (lines starting with "- "), but is the text "conflict"',
      'bank/behavioral/x.md  asksForLearning: should be true or false, but is the text "yes"',
    ]);
  });

  it('flags a misspelt field instead of silently dropping it', () => {
    const data = validBehavioral('x');
    data.asksForLearnin = true;
    bank.writeQuestion('behavioral/x.md', data);
    expect(problemLines()).toEqual([
      'bank/behavioral/x.md  asksForLearnin: unknown field; did you mean "asksForLearning"?',
    ]);
  });

  it('rejects a no-learning flag on a question that does not ask for learning, and repeated ids', () => {
    const data = validBehavioral('x');
    data.examples = {
      ...(data.examples as object),
      weak: {
        answer: 'We had a problem once and it got fixed eventually in the end.',
        notes: ['No lesson.'],
        flags: ['no-learning'],
      },
    };
    data.followUps = [
      { id: 'same', text: 'What did you do first, and why?' },
      { id: 'same', text: 'What would you do differently now?' },
    ];
    bank.writeQuestion('behavioral/x.md', data);
    expect(problemLines()).toEqual([
      'bank/behavioral/x.md  followUps.1.id: "same" is used by another follow-up of this question; give each follow-up its own id',
      'bank/behavioral/x.md  examples.weak.flags.0: no-learning is only raised for questions that ask for a lesson; set "asksForLearning: true" or remove the flag',
    ]);
  });

  it('reports a folder that is not a round kind and a file that is not Markdown, but not a reference solution', () => {
    bank.write('behavioural/x.md', 'whatever');
    bank.write('behavioral/notes.txt', 'whatever');
    bank.write('coding/two-sum.solution.py', 'def two_sum(nums, target): ...');
    bank.write('README.md', 'Files at the root are documentation and are skipped.');
    expect(problemLines()).toEqual([
      'bank/behavioral/notes.txt  only .md files are read; rename it to end in .md',
      'bank/behavioural/  "behavioural" is not a round kind, so its files are not loaded; use one of the folders behavioral, coding, system-design, object-oriented-design, scenario',
    ]);
  });

  it('reports a bank folder that does not exist instead of throwing', () => {
    const missing = `${bank.dir}/nope`;
    expect(loadBank(missing)).toEqual({
      questions: [],
      problems: [
        {
          file: missing,
          field: '',
          message:
            'the bank folder does not exist; pass the folder that holds behavioral/, coding/ and the other kinds',
        },
      ],
    });
  });

  it('still loads the good files when others are broken', () => {
    bank.writeQuestion('behavioral/good.md', validBehavioral('good'));
    bank.write('behavioral/bad.md', '');
    const { questions, problems } = loadBank(bank.dir);
    expect(questions.map((question) => question.id)).toEqual(['behavioral/good']);
    expect(problems).toHaveLength(1);
  });
});

describe('loadQuestion', () => {
  it('reads one question from its own file, as loadBank reads it', () => {
    bank.writeQuestion('behavioral/disagreed.md', validBehavioral('disagreed'), '# Notes\n');
    bank.writeQuestion('behavioral/other.md', validBehavioral('other'));
    const [fromBank] = loadBank(bank.dir).questions;
    expect(loadQuestion('behavioral/disagreed', bank.dir)).toEqual(fromBank);
  });

  it('finds nothing for an id with no file, no kind, a broken file or a path out of the bank', () => {
    const broken = validBehavioral('broken');
    broken.principles = ['amazon/ownershp'];
    bank.writeQuestion('behavioral/broken.md', broken);
    for (const id of [
      'behavioral/missing',
      'disagreed',
      'nonsense/disagreed',
      'behavioral/broken',
      'behavioral/../behavioral/broken',
      'behavioral/',
    ])
      expect({ id, question: loadQuestion(id, bank.dir) }).toEqual({ id, question: undefined });
  });
});

describe('the shipped bank', () => {
  it('loads with no problems', () => {
    const { problems, questions } = loadBank(DEFAULT_BANK_DIR);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(questions.length).toBeGreaterThan(0);
  });
});
