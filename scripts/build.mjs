// `npm run build`: per-module ESM, the one-file bundle, type declarations and the
// Custom Elements Manifest, then the size budget.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn']);
run('npx', ['--no-install', 'vite', 'build', '--mode', 'cdn', '--logLevel', 'warn']);
run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'analyze']);
run('node', ['scripts/size.mjs']);
