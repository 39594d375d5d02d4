// Checks of the packed package, the way a user's tools meet it: every tests imports src/, so
// without these a wrong `exports` map, a missing `.d.ts` or a `sideEffects` list that lets a
// bundler drop a `define` module would pass unnoticed.
//
// `check()` packs (scripts/pack.mjs), unpacks the tarball into a temporary folder and returns one
// row per check, `{ name, ok, detail }`; `npm test` counts each row as a test.
//
//   node scripts/package-check.mjs    print the checks, exit non-zero when one fails
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as acorn from 'acorn';
import { pack, root } from './pack.mjs';

const require = createRequire(import.meta.url);

/** Every file under `dir`, as paths relative to it with `/`. */
function listFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory()
      ? listFiles(path, base)
      : [relative(base, path).split('\\').join('/')];
  });
}

/**
 * A `sideEffects` or `exports` pattern as a regular expression over `./`-relative paths, as
 * bundlers read them: `**` any folders, `*` any characters but `/`.
 */
export function globToRegExp(glob) {
  const path = glob.replace(/^\.\//, '');
  let source = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '*' && path[i + 1] === '*') {
      source += path[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += path[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else source += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The `exports` entries as `{ key, conditions: { types?, default } }`. */
function exportEntries(pkg) {
  return Object.entries(pkg.exports).map(([key, value]) => ({
    key,
    conditions: typeof value === 'string' ? { default: value } : value,
  }));
}

/**
 * What a module does on import, for `sideEffects`: `calls` when it calls something at the top
 * level (a tag defined, a language or an example registered), and `bare`, the relative modules it
 * imports for their effects alone (`import './locales/index.js'`), which must then be kept too.
 */
function effectsOf(code) {
  const program = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const calls = program.body.some(
    (node) =>
      node.type === 'ExpressionStatement' &&
      node.expression.type === 'CallExpression' &&
      // A decorator applied to a class of the same module goes when its class goes.
      node.expression.callee.name !== '__decorate',
  );
  const bare = program.body
    .filter((node) => node.type === 'ImportDeclaration' && node.specifiers.length === 0)
    .map((node) => node.source.value)
    .filter((source) => source.startsWith('.'));
  return { calls, bare };
}

/** Files a package must never ship: sources, tests, stories, scratch and build config. */
const unwanted = [
  /^src\//,
  /^test\//,
  /^stories\//,
  /^examples\//,
  /^\.storybook\//,
  /^\.scratch\//,
  /^demo\//,
  /^bench\//,
  /\.test\.[cm]?[jt]s$/,
  /\.stories\.[cm]?[jt]s$/,
  /(^|\/)tsconfig[^/]*\.json$/,
  /^dist\/tsc\//,
];

export async function check({ log = () => {} } = {}) {
  const rows = [];
  const add = (name, problems, detail = '') =>
    rows.push({
      name,
      ok: problems.length === 0,
      detail: problems.length ? problems.join('; ') : detail,
    });

  const tarball = pack({ log });
  const work = mkdtempSync(join(tmpdir(), 'rapport-pack-'));
  try {
    execFileSync('tar', ['-xzf', tarball.file, '-C', work]);
    const dir = join(work, 'package');
    const files = listFiles(dir);
    const shipped = new Set(files);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

    add(
      'the tarball is packed',
      [],
      `${(tarball.size / 1024).toFixed(1)} KiB packed, ` +
        `${(tarball.unpackedSize / 1024).toFixed(1)} KiB unpacked, ${files.length} files`,
    );

    // Every `exports` target exists, with a .d.ts beside each JavaScript one.
    const entries = exportEntries(pkg);
    const matching = (target) =>
      target.includes('*')
        ? files.filter((f) => globToRegExp(target).test(f))
        : [target.replace(/^\.\//, '')];
    const targetProblems = [];
    const typeProblems = [];
    for (const { key, conditions } of entries) {
      for (const [condition, target] of Object.entries(conditions)) {
        const found = matching(target).filter((f) => shipped.has(f));
        if (found.length === 0)
          targetProblems.push(`${key} (${condition}) → ${target} is not in the tarball`);
      }
      if (/\.js$/.test(conditions.default) && !conditions.types) {
        typeProblems.push(`${key} has no "types"`);
      }
      if (conditions.types && conditions.types !== Object.values(conditions)[0]) {
        typeProblems.push(`${key}: "types" must come first`);
      }
    }
    add('every exports target is in the tarball', targetProblems, `${entries.length} entries`);
    add('every JavaScript export has its .d.ts', typeProblems);

    // Node resolves every public specifier to a shipped file, from an app that installed it.
    const app = join(work, 'app');
    mkdirSync(join(app, 'node_modules'), { recursive: true });
    symlinkSync(dir, join(app, 'node_modules', 'rapport-elements'), 'dir');
    const specifiers = entries.flatMap(({ key, conditions }) => {
      const name = (subpath) =>
        subpath === '.' ? 'rapport-elements' : `rapport-elements/${subpath.slice(2)}`;
      if (!key.includes('*')) return [name(key)];
      // A pattern export names one specifier per file it matches.
      const [prefix, suffix] = conditions.default.replace(/^\.\//, '').split('*');
      const re = globToRegExp(conditions.default);
      return files
        .filter((f) => re.test(f))
        .map((f) => name(key.replace('*', f.slice(prefix.length, f.length - suffix.length))));
    });
    const resolver = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `for (const s of JSON.parse(process.argv[1])) {
           try { console.log(JSON.stringify([s, import.meta.resolve(s)])); }
           catch (e) { console.log(JSON.stringify([s, null, e.code])); }
         }`,
        JSON.stringify(specifiers),
      ],
      { cwd: app, encoding: 'utf8' },
    );
    const resolved = resolver.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const resolveProblems = resolved
      .filter(
        ([, url]) =>
          !url || !shipped.has(relative(dir, new URL(url).pathname).split('\\').join('/')),
      )
      .map(([s, , code]) => `${s} does not resolve${code ? ` (${code})` : ''}`);
    if (resolved.length !== specifiers.length) resolveProblems.push(resolver.stderr.trim());
    add(
      'every public specifier resolves in Node',
      resolveProblems,
      `${specifiers.length} specifiers`,
    );

    // sideEffects: every module that does something on import is listed, and every pattern
    // matches a shipped file.
    const patterns = (pkg.sideEffects ?? []).map((p) => ({ p, re: globToRegExp(p) }));
    const effectful = new Set();
    for (const f of files.filter((f) => /\.js$/.test(f))) {
      const { calls, bare } = effectsOf(readFileSync(join(dir, f), 'utf8'));
      if (calls) effectful.add(f);
      for (const source of bare) effectful.add(join(dirname(f), source).split('\\').join('/'));
    }
    const dropped = [...effectful].filter((f) => !patterns.some(({ re }) => re.test(f)));
    add(
      'sideEffects keeps every module that defines or registers',
      dropped.map((f) => `${f} is not in sideEffects`),
      `${effectful.size} modules, ${[...effectful].filter((f) => /define\.js$/.test(f)).length} of them define modules`,
    );
    // Patterns under ./src/ serve the project's own builds from source (size budget, bundle).
    add(
      'every sideEffects pattern for dist/ matches a shipped file',
      patterns
        .filter(({ p }) => !p.startsWith('./src/') && !files.some((f) => globToRegExp(p).test(f)))
        .map(({ p }) => `${p} matches nothing`),
    );

    // Editor data: web-types (found through package.json) and VS Code's custom data name every
    // element of the manifest, with its attributes.
    const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
    const { elementsOf } = await import('./editor-data.mjs');
    // Compared in order of name: the manifest's order follows the order its files were read in.
    const tags = elementsOf(manifest)
      .map((el) => `${el.tagName}(${(el.attributes ?? []).length})`)
      .sort();
    const editorProblems = [];
    const read = (file) => {
      if (!shipped.has(file)) {
        editorProblems.push(`${file} is not in the tarball`);
        return null;
      }
      return JSON.parse(readFileSync(join(dir, file), 'utf8'));
    };
    const webTypesFile = (pkg['web-types'] ?? '').replace(/^\.\//, '');
    if (!webTypesFile) editorProblems.push('package.json has no "web-types"');
    const webTypes = webTypesFile && read(webTypesFile);
    const vscode = read('dist/vscode.html-custom-data.json');
    const listed = {
      'web-types': webTypes?.contributions?.html?.elements?.map(
        (el) => `${el.name}(${el.attributes.length})`,
      ),
      'VS Code custom data': vscode?.tags?.map((t) => `${t.name}(${t.attributes.length})`),
    };
    for (const [what, found] of Object.entries(listed)) {
      if (found && JSON.stringify([...found].sort()) !== JSON.stringify(tags)) {
        editorProblems.push(
          `${what} lists ${found.join(', ')}; the manifest has ${tags.join(', ')}`,
        );
      }
    }
    add('editor data lists every element and attribute', editorProblems, `${tags.length} elements`);

    // Nothing of the sources, tests or tooling.
    add(
      'no source, test or tooling file is shipped',
      files.filter((f) => unwanted.some((re) => re.test(f))).map((f) => `${f} is shipped`),
    );

    // publint on the unpacked files, which are exactly what was packed.
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const lint = await publint({ pkgDir: dir, pack: false, level: 'suggestion', strict: true });
    add(
      'publint finds nothing',
      lint.messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`),
    );

    // Are the types wrong? An ESM-only package: CommonJS and node10 resolution are out of scope.
    const attwBin = join(
      dirname(require.resolve('@arethetypeswrong/cli/package.json')),
      'dist/index.js',
    );
    const attw = spawnSync(
      process.execPath,
      [attwBin, tarball.file, '--profile', 'esm-only', '--format', 'json', '--no-color'],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    let attwProblems;
    try {
      const report = JSON.parse(attw.stdout);
      const problems = report.analysis?.problems ?? [];
      const ignored = new Set(['node10', 'node16-cjs']);
      attwProblems = problems
        .filter((p) => !p.resolutionKind || !ignored.has(p.resolutionKind))
        .map(
          (p) =>
            `${p.kind}${p.entrypoint ? ` at ${p.entrypoint}` : ''}${p.resolutionKind ? ` (${p.resolutionKind})` : ''}`,
        );
    } catch {
      attwProblems = [`attw did not report: ${(attw.stderr || attw.stdout).trim().split('\n')[0]}`];
    }
    add('arethetypeswrong finds nothing (ESM-only profile)', [...new Set(attwProblems)]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

export function describe(row) {
  return `${row.name}${row.detail ? `: ${row.detail}` : ''}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await check({ log: console.log });
  for (const row of rows) console.log(`${row.ok ? 'ok  ' : 'FAIL'} ${describe(row)}`);
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}
