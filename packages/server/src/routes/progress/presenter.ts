import type { PracticeRecord, Topic } from '@onsite/core';
import type { HistoryEntry, HistoryResponse } from '../../contract';

/** How much of an answer a history line shows. */
export const EXCERPT_CHARACTERS = 160;

/** The start of an answer or code on one line: whitespace collapsed, cut at a word with "…". */
export const excerptOf = (text: string): string => {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line.length <= EXCERPT_CHARACTERS) return line;
  const cut = line.slice(0, EXCERPT_CHARACTERS - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > EXCERPT_CHARACTERS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
};

export const presentHistoryEntry = ({ text, ...record }: PracticeRecord): HistoryEntry => ({
  ...record,
  excerpt: excerptOf(text),
});

export const presentHistory = (history: {
  readonly records: readonly PracticeRecord[];
  readonly total: number;
  readonly topics: readonly Topic[];
}): HistoryResponse => ({
  rounds: history.records.map(presentHistoryEntry),
  total: history.total,
  topics: history.topics,
});
