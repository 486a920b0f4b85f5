// The list a second Tab prints, against real bash's readline driven through a terminal of the same width
// (tests/golden/readline, recorded by scripts/golden/record-readline.py).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const DIR = path.resolve(__dirname, '../../golden/readline');
const cases = fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('a second Tab lists the candidates as readline does', () => {
  it('has recorded cases', () => expect(cases.length).toBeGreaterThanOrEqual(6));
  for (const file of cases) {
    const c = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as { width: number; files: string[]; typed: string; listing: string[] };
    it(file.replace('.json', ''), async () => {
      const s = await createSession({ lab: 'vm', seed: 1 });
      await s.exec('mkdir -p ~/t && cd ~/t');
      for (const f of c.files) await s.exec(f.endsWith('/') ? `mkdir -p ${f}` : `touch ${f}`);
      const r = await s.completeAsync(c.typed);
      // a terminal tall enough that readline's pager never stops the list
      const shown = s.displayMatches(r.candidates, c.width, Infinity);
      expect(shown.next).toBeUndefined();
      expect(shown.out.replace(/\n$/, '').split('\n')).toEqual(c.listing);
    });
  }
});
