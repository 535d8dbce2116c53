import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The end-to-end tests need Debian's Chromium and fonts, and the built renderer. */
export default function setup(): void {
  execFileSync('bash', [join(process.cwd(), 'build', 'ensure-system-deps.sh')], { stdio: 'inherit' });
  if (!existsSync(join(process.cwd(), 'out', 'renderer', 'index.html'))) {
    execFileSync(join(process.cwd(), 'node_modules', '.bin', 'electron-vite'), ['build'], { stdio: 'inherit' });
  }
}
