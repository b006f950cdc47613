import type { Context } from 'hono';
import { z } from 'zod';
import { DomainError } from '@onsite/core';
import { validationError } from './errors';

/**
 * Request validation shared by every route. Each helper returns the parsed,
 * typed value or throws a DomainError('VALIDATION_FAILED') with fields keyed by
 * path, which the error handler answers with 400.
 */

/**
 * zod reports unknown keys as one issue on the object ("Unrecognized keys:
 * "a", "b""); the client needs each one named as its own field, as for any
 * other field that is wrong.
 */
const namingUnknownFields = (error: z.ZodError): z.ZodError =>
  new z.ZodError(
    error.issues.flatMap((issue): z.core.$ZodIssue[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            code: 'custom',
            path: [...issue.path, key],
            message: `"${key}" is not a field here; remove it`,
            input: undefined,
          }))
        : [issue],
    ),
  );

/** A text field of at most `max` characters; the message names the field (`what`). */
export const textUpTo = (max: number, what: string) =>
  z.string().max(max, `${what} is too long (at most ${max} characters)`);

/**
 * Parses the JSON body with the schema. An empty body counts as `{}` so optional-only bodies need
 * not send one. The schema's description (`.describe('story')`) names the body in the message.
 */
export const readBody = async <S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<z.output<S>> => {
  const what = schema.description ?? 'request body';
  const text = await c.req.text();
  let json: unknown = {};
  if (text.trim() !== '') {
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'The request body is not valid JSON.',
        { body: 'send a JSON object' },
        { cause: error },
      );
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationError(what, namingUnknownFields(parsed.error));
  return parsed.data;
};

export const readQuery = <S extends z.ZodType>(c: Context, schema: S): z.output<S> => {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw validationError('query string', namingUnknownFields(parsed.error));
  return parsed.data;
};

const IdParamSchema = z.string().min(1).max(200, 'the id is too long');

/** A path parameter such as `:id`; ids are opaque, so only their length is checked. */
export const readParam = (c: Context, name: string): string => {
  const parsed = IdParamSchema.safeParse(c.req.param(name));
  if (!parsed.success)
    throw new DomainError('VALIDATION_FAILED', `The ${name} in the path is not valid.`, {
      [name]: parsed.error.issues[0]?.message ?? 'not valid',
    });
  return parsed.data;
};
