import { readFileSync } from 'node:fs';

/** The `version` of the package.json at `packageJson` (the server's health, `onsite --version`), or 0.0.0 if it has none. */
export const readPackageVersion = (packageJson: URL): string => {
  const pkg: unknown = JSON.parse(readFileSync(packageJson, 'utf8'));
  return typeof pkg === 'object' &&
    pkg !== null &&
    'version' in pkg &&
    typeof pkg.version === 'string'
    ? pkg.version
    : '0.0.0';
};
