import { DomainError } from '../errors';
import { behavioralRound } from './behavioral';
import { codingRound } from './coding';
import type {
  ConversationInput,
  ConversationRoundKind,
  Evaluation,
  RoundKindDefinition,
} from './types';

/** Every round kind Onsite runs. Adding a kind: its folder in rounds/<kind>/ and one line here. */
export const ROUND_KIND_DEFINITIONS = [behavioralRound, codingRound] as const;

type RegisteredDefinition = (typeof ROUND_KIND_DEFINITIONS)[number];
/** The id of a kind with a round: what `AnswerEvaluation.kind` and a scorecard dispatch on. */
export type RegisteredRoundKind = RegisteredDefinition['id'];
/** Any registered kind's evaluation, told apart by `kind`. */
export type AnswerEvaluation = ReturnType<RegisteredDefinition['evaluate']>;

/** Looks kinds up by id. The engine and the built-in interviewer take one, so a test can add a kind. */
export interface RoundRegistry<E extends Evaluation = AnswerEvaluation> {
  readonly kinds: readonly RoundKindDefinition<E>[];
  readonly get: (kind: string) => RoundKindDefinition<E> | undefined;
  /** The conversation kind with this id; UNSUPPORTED_ROUND_KIND when there is none. */
  readonly conversation: (kind: string) => ConversationRoundKind<E>;
  /** Scores a conversation round's answer with its kind's evaluator. */
  readonly evaluate: (input: ConversationInput) => E;
}

export const createRoundRegistry = <E extends Evaluation>(
  kinds: readonly RoundKindDefinition<E>[],
): RoundRegistry<E> => {
  const byId = new Map(kinds.map((kind) => [kind.id, kind]));
  const conversations = new Map(
    kinds.flatMap((kind): [string, ConversationRoundKind<E>][] =>
      kind.answeredBy === 'conversation' ? [[kind.id, kind]] : [],
    ),
  );
  const conversation = (kind: string): ConversationRoundKind<E> => {
    const found = conversations.get(kind);
    if (found !== undefined) return found;
    const practised = [...conversations.values()].map((each) => each.label.toLowerCase());
    throw new DomainError(
      'UNSUPPORTED_ROUND_KIND',
      `${byId.get(kind)?.label ?? `"${kind}"`} rounds cannot be practised as a conversation; only ${practised.join(', ')} rounds can so far.`,
    );
  };
  return {
    kinds: [...byId.values()],
    get: (kind) => byId.get(kind),
    conversation,
    evaluate: (input) => conversation(input.kind).evaluate(input),
  };
};

/** Onsite's round kinds. */
export const roundKinds: RoundRegistry =
  createRoundRegistry<AnswerEvaluation>(ROUND_KIND_DEFINITIONS);
