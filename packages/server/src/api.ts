/** The typed API for clients (the web app imports this as types only). */
export * from './contract';
export type { OnsiteApp } from './app';
