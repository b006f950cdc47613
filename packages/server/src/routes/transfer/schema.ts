import { z } from 'zod';

/**
 * An `onsite export` document. Core checks it whole (readExportDocument) and names what is wrong;
 * here it need only be a JSON object.
 */
export const ImportSchema = z.looseObject({}).describe('export file');

/** An export may hold years of answers and code: its own body limit, far above the API's. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
