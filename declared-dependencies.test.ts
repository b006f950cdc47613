import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every package's package.json says exactly what its files import: a package imported by code
 * that ships is in `dependencies`; one imported only by tests, test helpers, build tooling or as
 * types (`import type`) may be in `devDependencies` instead; nothing is declared that no file
 * imports (an `@types/x` counts as used when `x` is); no file reaches into another package by a
 * relative path (bar the repository's own scripts/, which belong to none). Tests may also use the
 * workspace's own test tooling, declared once in the root package.json.
 */
const ROOT = import.meta.dirname;
const PACKAGES_DIR = join(ROOT, 'packages');
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.builds']);
const BUILTINS = new Set(builtinModules);

interface Manifest {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** Files that never ship: tests, their helpers and fixtures, and the web app's build tooling. */
const isDevFile = (path: string): boolean =>
  /\.test\.tsx?$|\.test-suite\.ts$|(^|\/)testing(\/|\.ts$)|^(vite\.config|build)\.ts$/.test(path);

const sourceFiles = (dir: string, base = dir): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : sourceFiles(path, base);
    return /\.(ts|tsx|js|cjs|mjs)$/.test(entry.name) ? [relative(base, path)] : [];
  });

/**
 * `react-dom/client` → `react-dom`, `@hono/node-server/x` → `@hono/node-server`; null for relative
 * paths and Node's own modules.
 */
const packageOf = (specifier: string): string | null => {
  if (specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  return BUILTINS.has(name) ? null : name;
};

interface Import {
  readonly name: string;
  readonly typeOnly: boolean;
}

const isTypeOnlyImport = (node: ts.ImportDeclaration): boolean => {
  const clause = node.importClause;
  if (clause === undefined) return false; // `import 'x'` runs x
  if (clause.phaseModifier === ts.SyntaxKind.TypeKeyword) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
};

const isRepositoryScript = (path: string): boolean =>
  !relative(join(ROOT, 'scripts'), path).startsWith('..');

/**
 * Static imports and re-exports, `import('x')` and `require('x')`; a relative path out of the
 * package is kept as written, so it can match no declaration.
 */
const importsOf = (packageDir: string, path: string): Import[] => {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const found: Import[] = [];
  const add = (specifier: ts.Node | undefined, typeOnly: boolean): void => {
    if (specifier === undefined || !ts.isStringLiteral(specifier)) return;
    const { text } = specifier;
    if (text.startsWith('.')) {
      const absolute = resolve(dirname(path), text);
      // The repository's scripts/ (the build-inputs hasher) belong to no package.
      if (relative(packageDir, absolute).startsWith('..') && !isRepositoryScript(absolute))
        found.push({ name: text, typeOnly });
      return;
    }
    const name = packageOf(text);
    if (name !== null) found.push({ name, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, isTypeOnlyImport(node));
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    )
      add(node.arguments[0], false);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};

const rootDevDependencies = new Set(Object.keys(readManifest(ROOT).devDependencies ?? {}));

interface Finding {
  readonly undeclared: string[];
  readonly runtimeInDevDependencies: string[];
  readonly unused: string[];
}

const checkPackage = (dir: string, manifest: Manifest = readManifest(dir)): Finding => {
  const dependencies = new Set(Object.keys(manifest.dependencies ?? {}));
  const devDependencies = new Set(Object.keys(manifest.devDependencies ?? {}));
  const undeclared = new Set<string>();
  const runtimeInDevDependencies = new Set<string>();
  const imported = new Set<string>();
  for (const file of sourceFiles(dir)) {
    const devFile = isDevFile(file);
    for (const { name, typeOnly } of importsOf(dir, join(dir, file))) {
      if (name === manifest.name) continue;
      imported.add(name);
      if (dependencies.has(name)) continue;
      if (devDependencies.has(name)) {
        if (!devFile && !typeOnly) runtimeInDevDependencies.add(`${name} (${file})`);
      } else if (!(devFile && rootDevDependencies.has(name))) undeclared.add(`${name} (${file})`);
    }
  }
  const unused = [...dependencies, ...devDependencies].filter(
    (name) => !imported.has(name) && !imported.has(name.replace(/^@types\//, '')),
  );
  return {
    undeclared: [...undeclared].sort(),
    runtimeInDevDependencies: [...runtimeInDevDependencies].sort(),
    unused: unused.sort(),
  };
};

describe('each package.json declares exactly what its package imports', () => {
  for (const name of readdirSync(PACKAGES_DIR).sort()) {
    it(`@onsite/${name}`, () => {
      expect(checkPackage(join(PACKAGES_DIR, name))).toEqual({
        undeclared: [],
        runtimeInDevDependencies: [],
        unused: [],
      });
    });
  }

  it('reports an undeclared import, shipped code importing a devDependency, and an unused one', () => {
    const dir = join(PACKAGES_DIR, 'judge');
    const { dependencies = {}, devDependencies = {} } = readManifest(dir);
    const { 'pg-boss': _pgBoss, esbuild, ...rest } = dependencies;
    const doctored = {
      name: '@onsite/judge',
      dependencies: { ...rest, 'left-pad': '^1.3.0' },
      devDependencies: { ...devDependencies, esbuild: esbuild ?? '*' },
    };
    const names = (found: readonly string[]) => found.map((entry) => entry.split(' ')[0]);
    const finding = checkPackage(dir, doctored);
    expect(new Set(names(finding.undeclared))).toEqual(new Set(['pg-boss']));
    expect(new Set(names(finding.runtimeInDevDependencies))).toEqual(new Set(['esbuild']));
    expect(finding.unused).toEqual(['left-pad']);
  });
});
