import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.(ts|tsx)$/.test(name)) yield path;
  }
}

describe('one spelling of the words on screen', () => {
  it('writes "tuổi Đảng" (the Party, capitalised) everywhere, never "tuổi Đảng"', () => {
    const found: string[] = [];
    for (const dir of ['renderer/src', 'shared', 'electron', 'db', 'test']) {
      for (const file of sources(join(root, dir))) {
        const lines = readFileSync(file, 'utf8').normalize('NFC').split('\n');
        lines.forEach((line, i) => {
          if (/[Tt]uổi đảng/.test(line) && !file.endsWith('spelling.test.ts')) found.push(`${relative(root, file)}:${i + 1}`);
        });
      }
    }
    expect(found).toEqual([]);
  });
});
