import type { LanguageRuntime } from './language';

export const cppRuntime: LanguageRuntime = {
  prepare() {
    return Promise.reject(new Error('cpp: not yet'));
  },
};
