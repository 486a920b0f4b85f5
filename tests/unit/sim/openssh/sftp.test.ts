// sftp of OpenSSH 8.7p1 between the cluster lab's guests: a batch file (each command echoed, the first failure
// ends it with status 1 unless prefixed by -), the interactive `sftp> ` prompt with put/get/ls/cd/pwd/exit,
// commands from a pipe, `sftp host:file` fetching at once, and sftp.c's messages.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';
import { commands as HELP } from '../../../../src/sim/commands/openssh/sftp/help';

let s: Session;
beforeEach(async () => {
  s = await createSession({ lab: 'cluster', seed: 5 });
  await s.exec('exit');
  await s.exec('ssh w1-k8s true', { answers: ['yes', 'vagrant'] });
  await s.exec("echo hello > file; ssh-keygen -t ed25519 -N '' -q -f ~/.ssh/id_ed25519");
  await s.exec('ssh-copy-id w1-k8s', { answers: ['vagrant'] });
});

const w1 = () => s.world.host('w1-k8s');

describe('sftp', () => {
  it('runs a batch file, echoing each command, and stops at the first failure', async () => {
    await s.exec("printf 'pwd\\nput file\\nls -l\\nget file back\\n-cd /nosuch\\ncd /nosuch\\npwd\\n' > batch");
    const r = await s.exec('sftp -b batch w1-k8s');
    expect(r.exitCode).toBe(1);
    expect(w1().fs.read('/home/vagrant/file')).toBe('hello\n');
    expect(r.stdout).toMatch(
      /^sftp> pwd\nRemote working directory: \/home\/vagrant\nsftp> put file\nsftp> ls -l\n-rw-rw-r-- {4}1 vagrant {2}vagrant {9}6 \w{3} [ \d]\d \d\d:\d\d file\nsftp> get file back\nsftp> -cd \/nosuch\nsftp> cd \/nosuch\n$/,
    );
    expect(r.stderr).toBe("Couldn't canonicalize: No such file or directory\nCouldn't canonicalize: No such file or directory\n");
    expect((await s.exec('cat back')).stdout).toBe('hello\n');
  });

  it('needs a key in batch mode (BatchMode yes): a password login fails with "Connection closed"', async () => {
    await s.exec('rm ~/.ssh/id_ed25519; echo pwd > batch');
    const r = await s.exec('sftp -b batch w1-k8s');
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toBe('vagrant@w1-k8s: Permission denied (publickey,gssapi-keyex,gssapi-with-mic,password).\r\nConnection closed\r\n');
  });

  it('prompts with sftp> on a terminal: put, ls, cd, pwd, help, errors, exit', async () => {
    const r = await s.exec('sftp w1-k8s', { answers: ['put file up.txt', 'ls', 'cd /tmp', 'pwd', 'help', 'get nosuch', 'bogus', 'exit'] });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('Connected to w1-k8s.\n');
    expect(r.stdout).toContain('sftp> put file up.txt\nUploading file to /home/vagrant/up.txt\n');
    expect(r.stdout).toContain('sftp> ls\nup.txt  \nsftp> cd /tmp\nsftp> pwd\nRemote working directory: /tmp\n');
    expect(r.stdout).toContain(`sftp> help\n${HELP}sftp> get nosuch\n`);
    expect(r.stderr).toContain('File "/tmp/nosuch" not found.\nInvalid command.\n');
    expect(w1().fs.read('/home/vagrant/up.txt')).toBe('hello\n');
  });

  it('put -r and get -r copy trees with "Entering" and "Retrieving"; a directory without -r is refused', async () => {
    await s.exec('mkdir -p tree/sub && echo 1 > tree/one && echo 2 > tree/sub/two');
    const r = await s.exec("printf 'put -r tree\\n-put tree t2\\nget -r tree back\\nget tree\\n' | sftp w1-k8s 2>&1 | grep -v %");
    expect(r.stdout).toBe(
      'Connected to w1-k8s.\nsftp> put -r tree\nUploading tree to /home/vagrant/tree\nEntering tree\nEntering tree/sub\n' +
        'sftp> -put tree t2\nUploading tree to /home/vagrant/t2\ntree is not a regular file\n' +
        'sftp> get -r tree back\nFetching /home/vagrant/tree/ to back\nRetrieving /home/vagrant/tree/\nRetrieving /home/vagrant/tree/sub\n' +
        'sftp> get tree\nFetching /home/vagrant/tree/ to tree\nCannot download non-regular file: /home/vagrant/tree/\n',
    );
    expect(w1().fs.read('/home/vagrant/tree/sub/two')).toBe('2\n');
    expect((await s.exec('cat back/sub/two')).stdout).toBe('2\n');
  });

  it('reads commands from a pipe and fetches host:path at once', async () => {
    const p = await s.exec("echo 'ls /home/vagrant' | sftp w1-k8s");
    expect(p.stdout).toBe('sftp> ls /home/vagrant\n');
    await s.exec('scp file w1-k8s:');
    const g = await s.exec('sftp w1-k8s:file got');
    expect(g.stdout).toContain('Fetching /home/vagrant/file to got\n');
    expect((await s.exec('cat got')).stdout).toBe('hello\n');
  });
});
