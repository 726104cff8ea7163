import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const DEMO_DIR = path.resolve(import.meta.dirname, '../../data/demo');

/** The five demo articles as raw text, by file name. */
export function seedTexts(): Array<{ file: string; text: string }> {
  return readdirSync(DEMO_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(DEMO_DIR, file), 'utf8') }));
}
