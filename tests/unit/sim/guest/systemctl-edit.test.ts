// systemctl edit of systemd 252 (src/systemctl/systemctl-edit.c of v252-46, redhat-plumbers/systemd-rhel9): the
// markers (lines 22-23), the temporary file's text (create_edit_temp_file() 165-195), the refusals
// (find_paths_to_edit() 408, create_edit_temp_file() 126/155), trim_edit_markers() (465-495) and the
// "canceled: temporary file is empty" warning (verb_edit() 555).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const START = '### Anything between here and the comment below will become the new contents of the file';
const END = '### Lines below this comment will be discarded';
const vm = () => createSession({ lab: 'vm', seed: 3, interactiveEditor: false });

describe('systemctl edit', () => {
  it('opens a drop-in between the markers with the unit file commented below; nothing added cancels', async () => {
    const s = await vm();
    const r = await s.exec('sudo systemctl edit sshd', { answers: ['.'] });
    expect(r.stdout).toContain(`### Editing /etc/systemd/system/sshd.service.d/override.conf\n${START}\n\n\n\n${END}\n\n### /usr/lib/systemd/system/sshd.service\n# [Unit]\n# Description=OpenSSH server daemon\n# \n`);
    expect(r.stdout).toMatch(/--- \/etc\/systemd\/system\/sshd\.service\.d\/\.#override\.conf[0-9a-f]{16} \(vi\) ---/);
    expect(r.stderr).toBe('Editing "/etc/systemd/system/sshd.service.d/override.conf" canceled: temporary file is empty.\n');
    expect(r.exitCode).toBe(0);
    // the empty drop-in directory is removed again (rmdir)
    expect((await s.exec('ls /etc/systemd/system/sshd.service.d')).exitCode).toBe(2);
  });

  it('keeps what lies between the markers, stripped and without a final newline; cat, status and show see it', async () => {
    const s = await vm();
    const r = await s.exec('sudo systemctl edit sshd', { answers: [START, '[Service]', 'Restart=always', '', END, '.'] });
    expect(r.exitCode).toBe(0);
    expect((await s.exec('sudo cat /etc/systemd/system/sshd.service.d/override.conf')).stdout).toBe('[Service]\nRestart=always');
    expect((await s.exec('systemctl cat sshd')).stdout).toContain('\n# /etc/systemd/system/sshd.service.d/override.conf\n[Service]\nRestart=always\n');
    expect((await s.exec('systemctl status sshd')).stdout).toContain('\n    Drop-In: /etc/systemd/system/sshd.service.d\n             └─override.conf\n');
    expect((await s.exec('systemctl show sshd -p Restart,DropInPaths')).stdout).toBe('Restart=always\nDropInPaths=/etc/systemd/system/sshd.service.d/override.conf\n');
    // editing again shows the drop-in's text between the markers
    expect((await s.exec('sudo systemctl edit sshd', { answers: ['.'] })).stdout).toContain(`${START}\n\n[Service]\nRestart=always\n\n${END}`);
  });

  it('--full edits a copy of the unit file under /etc/systemd/system', async () => {
    const s = await vm();
    const r = await s.exec('sudo systemctl edit --full crond', { answers: ['[Unit]', 'Description=Cron X', '.'] });
    expect(r.stdout).toMatch(/--- \/etc\/systemd\/system\/\.#crond\.service[0-9a-f]{16} \(vi\) ---\n\[Unit\]\nDescription=Command Scheduler\n/);
    expect((await s.exec('systemctl show crond -p FragmentPath,Description')).stdout).toBe('Description=Cron X\nFragmentPath=/etc/systemd/system/crond.service\n');
  });

  it('refuses a unit without a file, and a user who may not write /etc/systemd/system', async () => {
    const s = await vm();
    expect(await s.exec('sudo systemctl edit nosuch')).toMatchObject({ stderr: "Run 'systemctl edit --force --full nosuch.service' to create a new unit.\n", exitCode: 1 });
    expect(await s.exec('systemctl edit sshd')).toMatchObject({ stderr: 'Failed to create directories for "/etc/systemd/system/sshd.service.d/override.conf": Permission denied\n', exitCode: 1 });
    expect(await s.exec('systemctl edit --full sshd')).toMatchObject({ stderr: 'Failed to create temporary file for "/etc/systemd/system/sshd.service": Permission denied\n', exitCode: 1 });
  });
});
