import { starterStub, type CodingQuestion, type Language } from '@onsite/core';

export const LANGUAGE_LABEL: Readonly<Record<Language, string>> = {
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  python: 'Python 3',
  java: 'Java',
  cpp: 'C++',
};

/** The question's own starter code, or else a stub from its signature (core's, the form the judge's tests prove). */
export const starterFor = (
  question: Pick<CodingQuestion, 'signature' | 'starterCode'>,
  language: Language,
): string => question.starterCode?.[language] ?? starterStub(question.signature, language);

/** Where the editor's text is kept on this device, per question and language. */
export const codeStorageKey = (questionId: string, language: Language): string =>
  `onsite:code:${questionId}:${language}`;
export const languageStorageKey = 'onsite:code-language';
/** The editor's code from just before a "Restore this code", per question and language, so the restore can be undone. */
export const restoreBackupKey = (questionId: string, language: Language): string =>
  `onsite:code-before-restore:${questionId}:${language}`;

const storage = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
};

export const readStored = (key: string): string | null => {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
};

/** Best effort: a full or blocked storage must not stop the candidate typing. */
export const writeStored = (key: string, value: string | null): void => {
  try {
    if (value === null) storage()?.removeItem(key);
    else storage()?.setItem(key, value);
  } catch {
    // Nothing to do: the text is still in the editor.
  }
};
