// fc's editing form with the editor pane: the commands open in the pane, and once it saves (or closes) the file
// the commands it holds run, each echoed first as bash does.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

async function edited(line: string, edit: (text: string) => string) {
  const s = await createSession({ lab: 'vm', seed: 1 });
  await s.exec('echo one');
  await s.exec('echo two');
  const opened: { hostId: string; path: string; content: string }[] = [];
  s.on('edit', (e) => opened.push(e));
  let out = '';
  s.on('output', (c) => (out += c.text));
  expect((await s.exec(line)).exitCode).toBeNull();
  expect(opened).toHaveLength(1);
  expect(s.saveFile(opened[0].hostId, opened[0].path, edit(opened[0].content))).toBe(true);
  await s.advance(1_000);
  expect(s.busy).toBe(false);
  return { s, opened, out };
}

describe('fc with the editor pane', () => {
  it('fc opens the last command and runs what is saved, echoed first', async () => {
    const { opened, out, s } = await edited('fc', (t) => t.replace('two', 'three'));
    expect(opened[0].content).toBe('echo two\n');
    expect(opened[0].path).toMatch(/^\/tmp\/bash-fc\./);
    expect(out).toBe('echo three\nthree\n');
    // the edited command is what the history keeps, not fc
    expect((await s.exec('fc -ln -1')).stdout).toBe('\t echo three\n');
  });

  it('fc -e vi N M opens the range', async () => {
    const { opened, out } = await edited('fc -e vi 1 2', (t) => t);
    expect(opened[0].content).toBe('echo one\necho two\n');
    expect(out).toBe('echo one\none\necho two\ntwo\n');
  });
});
