// `npm run build`: per-module ESM, the one-file bundle, type declarations and the
// Custom Elements Manifest. Sizes are checked by `npm test` (or `node scripts/size.mjs`).
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn']);
run('npx', ['--no-install', 'vite', 'build', '--mode', 'cdn', '--logLevel', 'warn']);
run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'analyze']);
// VS Code's HTML custom data and JetBrains web-types, from custom-elements.json.
run(process.execPath, ['scripts/editor-data.mjs']);
