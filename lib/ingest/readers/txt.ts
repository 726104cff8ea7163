/** Plain-text articles, with optional YAML front matter between `---` lines at the very top. */
import { parse as parseYaml } from 'yaml';
import { issue } from '../issues';
import { describeZodError, frontMatterSchema, type ExplicitMeta } from '../validate';
import type { ReadResult } from './doc';

const FENCE = /^---\s*$/;

export function readTxt(text: string, file: string): ReadResult {
  const lines = text.split('\n');
  let explicit: ExplicitMeta = {};
  let lineOffset = 0;
  let body = text;
  const issues = [];

  if (FENCE.test(lines[0] ?? '')) {
    const close = lines.findIndex((l, i) => i > 0 && (FENCE.test(l) || /^\.\.\.\s*$/.test(l)));
    if (close === -1) {
      // A lone "---" may be a rule in the text; say so rather than guess.
      issues.push(issue('notice', file, 'starts with "---" but has no closing "---", so it is read as text without front matter; close the front matter or remove the first line', 1));
    } else {
      lineOffset = close + 1;
      body = lines.slice(close + 1).join('\n');
      let data: unknown;
      try {
        data = parseYaml(lines.slice(1, close).join('\n'));
      } catch (err) {
        const message = (err as Error).message.split('\n')[0];
        return { docs: [], issues: [issue('skip', file, `front matter is not valid YAML (${message}); fix lines 2–${close}`, 2)] };
      }
      if (data !== null && data !== undefined) {
        const parsed = frontMatterSchema.safeParse(data);
        if (!parsed.success) {
          return {
            docs: [],
            issues: [issue('skip', file, `front matter: ${describeZodError(parsed.error)}; allowed keys are outlet, title, url, date, event, story`, 2)],
          };
        }
        explicit = parsed.data;
      }
    }
  }
  return { docs: [{ file, format: 'txt', text: body, lineOffset, explicit }], issues };
}
