// Tab's file names as bash 5.1's readline finds them (rl_filename_completion_function with match-hidden-files on,
// the default): an empty word matches hidden names too, a word of dots the directory's . and .. as well; after cd and
// pushd, bash-completion 2.11's _cd offers directories only (_filedir -d) and nothing when none matches. The
// expected lists are what `compgen -f` and `compgen -d` print in the same directory.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

async function dir() {
  const s = await createSession({ lab: 'vm', seed: 1 });
  await s.exec('mkdir -p ct/.hid ct/adir && touch ct/afile ct/.hf && cd ct');
  return s;
}
const names = async (s: Awaited<ReturnType<typeof dir>>, line: string) => (await s.completeAsync(line)).candidates;

describe('file name completion', () => {
  it('an empty word offers the hidden names too', async () => {
    const s = await dir();
    // compgen -f: .hf .hid adir afile
    expect(await names(s, 'ls ')).toEqual(['.hf', '.hid/', 'adir/', 'afile']);
    // compgen -f -- a: adir afile
    expect(await names(s, 'cat a')).toEqual(['adir/', 'afile']);
    // compgen -f -- .: . .hf .hid ..
    expect(await names(s, 'ls .')).toEqual(['./', '../', '.hf', '.hid/']);
  });

  it('cd and pushd offer directories only', async () => {
    const s = await dir();
    // compgen -d: .hid adir
    expect(await names(s, 'cd ')).toEqual(['.hid/', 'adir/']);
    expect(await names(s, 'cd a')).toEqual(['adir/']);
    expect(await names(s, 'cd af')).toEqual([]);
    expect(await names(s, 'pushd /et')).toEqual(['/etc/']);
  });
});
