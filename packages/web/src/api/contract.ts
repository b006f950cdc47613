/**
 * The one place the web app reaches into the server package, and only for
 * types: a rename in the contract breaks this build.
 */
export type * from '@onsite/server/api';
