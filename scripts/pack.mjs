// The package as a user installs it: `npm run build` when dist/ is missing or older than the
// sources, then `npm pack` into .pack/ (inside the checkout, gitignored). The package checks and
// the example apps (examples/) all use this one tarball, .pack/rapport-elements.tgz.
//
//   node scripts/pack.mjs     build if needed, pack, print the tarball's path and size
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
export const packDir = join(root, '.pack');

/** The newest modification time of any file under `dir`. */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

/** Whether dist/ and custom-elements.json are older than what they are built from. */
export function buildIsStale() {
  const outputs = [
    'dist/index.js',
    'dist/rapport.js',
    'dist/types/index.d.ts',
    'dist/react/index.js',
    'custom-elements.json',
    'dist/web-types.json',
  ].map((f) => join(root, f));
  if (outputs.some((f) => !existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const inputs = Math.max(
    newest(join(root, 'src')),
    ...[
      'package.json',
      'vite.config.ts',
      'tsconfig.build.json',
      'custom-elements-manifest.config.mjs',
      'scripts/build.mjs',
      'scripts/minify-templates.mjs',
      'scripts/editor-data.mjs',
    ]
      .map((f) => join(root, f))
      .filter((f) => existsSync(f))
      .map((f) => statSync(f).mtimeMs),
  );
  return built < inputs;
}

/**
 * Builds when stale and packs. Returns `{ file, size, files }`: the tarball's absolute path, its
 * size in bytes and the paths it holds (from `npm pack --json`).
 */
export function pack({ log = console.log } = {}) {
  if (buildIsStale()) {
    log('Building the package (dist/ is missing or older than the sources)…');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  }
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  const out = execFileSync(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const [info] = JSON.parse(out);
  // One name whatever the version, so the examples' package.json files can point at it.
  const file = join(packDir, 'rapport-elements.tgz');
  renameSync(join(packDir, info.filename), file);
  return {
    file,
    size: info.size,
    unpackedSize: info.unpackedSize,
    files: info.files.map((f) => f.path),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { file, size } = pack();
  console.log(`${file} (${(size / 1024).toFixed(1)} KiB)`);
}
