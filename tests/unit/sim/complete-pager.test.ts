// What a second Tab shows when readline waits for a key: "Display all N possibilities? (y or n)" from 100
// candidates on, and --More-- when the list is longer than the screen, answered key by key, against real bash driven
// through a terminal of the same size (tests/golden/readline/keys, recorded by scripts/golden/record-readline.py).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';
import type { MatchDisplay } from '../../../src/sim/complete';
import { parseKeys } from '../../../src/terminal/line-editor';

const DIR = path.resolve(__dirname, '../../golden/readline/keys');
const cases = fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));

interface Step {
  keys: string;
  out: string;
  prompt?: boolean;
}
interface Case {
  rows: number;
  cols: number;
  files?: number;
  path?: number;
  typed: string;
  steps: Step[];
  candidates?: string[];
}

/** The recorder's names: no two share more than their first letter. */
const names = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26)) + String(i).padStart(3, '0'));

describe('readline asks before a long list and pages it', () => {
  it('has recorded cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));
  for (const file of cases) {
    const c = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Case;
    it(file.replace('.json', ''), async () => {
      const s = await createSession({ lab: 'vm', seed: 1 });
      let candidates: string[];
      if (c.candidates) {
        // an empty line on a PATH of scratch commands: bash's own candidates (compgen -c); the builtin `.` is
        // listed as `./`, because readline marks a candidate that names a directory (the current one)
        candidates = c.candidates.map((x) => (x === '.' ? './' : x));
        await s.exec('true');
      } else {
        await s.exec('mkdir -p ~/t/d && cd ~/t');
        await s.exec(`touch ${names(c.files ?? 0).map((n) => 'd/' + n).join(' ')}`);
        candidates = (await s.completeAsync(c.typed)).candidates;
      }
      let d: MatchDisplay = s.displayMatches(candidates, c.cols, c.rows);
      c.steps.forEach((step, i) => {
        // after Ctrl+G the keys are the line editor's again (the terminal driver's test shows them after the question)
        if (d.aborted) return;
        if (i > 0) {
          expect(d.next, `still waiting before key ${JSON.stringify(step.keys)}`).toBeTypeOf('function');
          d = d.next!(parseKeys(step.keys)[0]);
        }
        expect(d.out, `after ${JSON.stringify(step.keys)}`).toBe(step.out);
        if (step.keys === '\x07') expect(d.aborted, 'Ctrl+G leaves the question').toBe(true);
        else expect(!d.next, `prompt drawn again after ${JSON.stringify(step.keys)}`).toBe(!!step.prompt);
      });
    });
  }

  it('an empty line on the guest asks before it lists every command', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const { candidates } = await s.completeAsync('');
    expect(candidates.length).toBeGreaterThanOrEqual(100);
    const d = s.displayMatches(candidates, 80, 24);
    expect(d.out).toBe(`Display all ${candidates.length} possibilities? (y or n)`);
    const listed = d.next!({ kind: 'text', text: 'y' });
    expect(listed.out.startsWith('\n')).toBe(true);
  });

  it('a paste answers with its first key that fits and goes on with the rest', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('mkdir -p ~/t/d && cd ~/t');
    await s.exec(`touch ${names(400).map((n) => 'd/' + n).join(' ')}`);
    const { candidates } = await s.completeAsync('ls d/');
    const one = s.displayMatches(candidates, 80, 24).next!({ kind: 'text', text: 'xyq' });
    // the question rings for x, y lists a screen, q at --More-- stops: as the keys one by one (pager-q-24x80)
    const rec = JSON.parse(fs.readFileSync(path.join(DIR, 'pager-q-24x80.json'), 'utf8')) as Case;
    expect(one.out).toBe('\x07' + rec.steps[1].out + rec.steps[2].out);
    expect(one.next).toBeUndefined();
  });
});
