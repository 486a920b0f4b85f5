// vi, vim and nano on the Rocky box: vi comes with vim-minimal (the box has it); vim and nano are not there until
// dnf installs vim-enhanced or nano, and go again with dnf remove. Each opens the editor pane on the first file it
// is given, past its options; the texts of --help and --version name the build and are left out (spec.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('editors on the box', () => {
  it('vi is there; vim and nano are not found until dnf installs them', async () => {
    const s = await vm();
    expect((await s.exec('type vi')).stdout).toBe('vi is /usr/bin/vi\n');
    expect((await s.exec('rpm -qf /usr/bin/vi')).stdout).toBe('vim-minimal-8.2.2637-21.el9.x86_64\n');
    expect(await s.exec('vim /etc/hosts')).toMatchObject({ stderr: '-bash: vim: command not found\n', exitCode: 127 });
    expect(await s.exec('nano /etc/hosts')).toMatchObject({ stderr: '-bash: nano: command not found\n', exitCode: 127 });
    expect((await s.exec('sudo dnf install -y vim-enhanced')).stdout).toMatch(/Installing:\n vim-enhanced +x86_64 +8\.2\.2637-21\.el9 +appstream/);
    expect((await s.exec('type vim')).stdout).toBe('vim is /usr/bin/vim\n');
    expect((await s.exec('sudo dnf install -y nano')).stdout).toMatch(/\nComplete!\n$/);
    expect((await s.exec('which nano')).stdout).toBe('/usr/bin/nano\n');
    await s.exec('sudo dnf remove -y nano');
    expect((await s.exec('nano')).exitCode).toBe(127);
  });

  it('opens the pane on the first file past the options; vim refuses a long option it does not know', async () => {
    const s = await vm();
    const edits: { path: string; editor: string }[] = [];
    s.on('edit', (e) => edits.push(e));
    await s.exec('vi -R +3 /etc/hosts');
    await s.exec('vi --cmd "set nu" -- -odd');
    await s.exec('sudo dnf install -y nano vim-enhanced');
    await s.exec('nano -T 4 /etc/fstab');
    expect(edits.map((e) => [e.editor, e.path])).toEqual([['vi', '/etc/hosts'], ['vi', '/home/vagrant/-odd'], ['nano', '/etc/fstab']]);
    expect(await s.exec('vim --bogus /etc/hosts')).toMatchObject({ exitCode: 1 });
    expect(edits.length).toBe(3);
    expect(await s.exec('vi /etc')).toMatchObject({ stderr: '"/etc" is a directory\n', exitCode: 1 });
  });
});
