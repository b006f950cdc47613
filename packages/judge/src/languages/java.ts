import type { LanguageRuntime } from './language';

export const javaRuntime: LanguageRuntime = {
  prepare() {
    return Promise.reject(new Error('java: not yet'));
  },
};
