// semodule and restorecon of policycoreutils 3.6 on the Rocky guest: the targeted store's module list, removal at
// a priority and libsemanage 3.6's messages,
// (selinux/modules.ts from selinux-policy v38.1.45), libsemanage's refusal for a non-root caller, and restorecon over
// the model's file contexts (lib/inode.ts contextOf): a moved file keeps its label until restorecon resets its type.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { MODULES } from '../../../../src/sim/commands/selinux/modules';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 13 });
});

describe('semodule', () => {
  it('refuses a non-root caller as libsemanage does', async () => {
    expect(await s.exec('semodule -l')).toEqual(expect.objectContaining({
      stdout: '',
      stderr: 'libsemanage.semanage_create_store: Could not read from module store, active subdirectory at /var/lib/selinux/targeted/active. (Permission denied).\nsemodule:  Could not connect to policy handler\n',
      exitCode: 1,
    }));
  });
  it('lists base and the modules in strcmp order', async () => {
    const r = await s.exec('sudo semodule -l');
    const names = r.stdout.trimEnd().split('\n');
    expect(names).toEqual(MODULES);
    expect(names).toContain('base');
    expect(names).toContain('apache');
    expect(names.slice(0, 3)).toEqual(['abrt', 'accountsd', 'acct']);
    expect([...names].sort()).toEqual(names);
  });
  it('needs a mode; a bad option gets getopt\'s line and the usage on stdout', async () => {
    const none = await s.exec('semodule');
    expect(none.stderr).toBe('At least one mode must be specified.\n');
    expect(none.stdout.startsWith('usage:  semodule [option]... MODE...\nManage SELinux policy modules.\nMODES:\n')).toBe(true);
    expect(none.exitCode).toBe(1);
    expect(await s.exec('semodule -z')).toMatchObject({ stderr: "semodule: invalid option -- 'z'\n", exitCode: 1 });
    expect(await s.exec('semodule -l x')).toMatchObject({ stderr: 'unknown additional arguments:\n x\n\n', exitCode: 1 });
    expect(await s.exec('semodule -h')).toMatchObject({ stderr: '', exitCode: 0 });
  });
  it('-d takes a module out of the standard list, -lfull shows it disabled', async () => {
    expect((await s.exec('sudo semodule -v -d zabbix')).stdout).toBe("Attempting to disable module 'zabbix':\nCommitting changes:\n");
    expect((await s.exec('sudo semodule -l')).stdout).not.toMatch(/^zabbix$/m);
    expect((await s.exec('sudo semodule -lfull')).stdout).toMatch(/^100 zabbix +pp disabled\n/m);
    await s.exec('sudo semodule -e zabbix');
    expect((await s.exec('sudo semodule -l')).stdout).toMatch(/^zabbix$/m);
  });
  it('-r removes at semodule\'s priority 400, where the package\'s modules are not; -X 100 -r removes one (libsemanage 3.6)', async () => {
    expect(await s.exec('sudo semodule -r zebra')).toMatchObject({
      stdout: '',
      stderr: 'libsemanage.semanage_direct_remove_key: Unable to remove module zebra at priority 400. (No such file or directory).\nsemodule:  Failed!\n',
      exitCode: 1,
    });
    expect(await s.exec('sudo semodule -X 100 -r zebra')).toMatchObject({
      stdout: 'libsemanage.semanage_direct_remove_key: Removing last zebra module (no other zebra module exists at another priority).\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await s.exec('sudo semodule -l')).stdout).not.toMatch(/^zebra$/m);
    expect((await s.exec('sudo semodule -lfull')).stdout).not.toMatch(/ zebra /);
    // a second removal finds nothing at 100; a later success in the same run keeps the failure from failing it
    expect((await s.exec('sudo semodule -X 100 -r zebra')).stderr).toBe('libsemanage.semanage_direct_remove_key: Unable to remove module zebra at priority 100. (No such file or directory).\nsemodule:  Failed!\n');
    expect(await s.exec('sudo semodule -X 100 -r zebra -r zoneminder')).toMatchObject({ stderr: 'libsemanage.semanage_direct_remove_key: Unable to remove module zebra at priority 100. (No such file or directory).\n', exitCode: 0 });
  });
  it('-X checks its priority, -r the module name, -i its file', async () => {
    expect(await s.exec('sudo semodule -X 0 -r zebra')).toMatchObject({ stderr: 'semodule: Invalid priority 0 (needs to be between 1 and 999)\n', exitCode: 1 });
    expect((await s.exec('sudo semodule -X 1000 -r zebra')).stderr).toBe('semodule: Invalid priority 1000 (needs to be between 1 and 999)\n');
    expect(await s.exec('sudo semodule -r 9lives')).toMatchObject({ stderr: 'libsemanage.semanage_module_key_set_name: Name 9lives is invalid.\nsemodule:  Failed on 9lives!\n', exitCode: 1 });
    expect(await s.exec('sudo semodule -i mine.pp')).toMatchObject({
      stdout: '',
      stderr: 'libsemanage.map_compressed_file: Unable to open mine.pp\n (No such file or directory).\nlibsemanage.semanage_direct_install_file: Unable to read file mine.pp\n (No such file or directory).\nsemodule:  Failed on mine.pp!\n',
      exitCode: 1,
    });
  });
  it('-e, -d and -E of a module the store lacks: the name check, then semodule\'s Failed on (libsemanage 3.6 direct_api.c)', async () => {
    expect(await s.exec('sudo semodule -E nosuch')).toEqual(expect.objectContaining({ stdout: '', stderr: 'semodule:  Failed on nosuch!\n', exitCode: 1 }));
    expect(await s.exec('sudo semodule -d nosuch')).toEqual(expect.objectContaining({ stderr: 'semodule:  Failed on nosuch!\n', exitCode: 1 }));
    expect(await s.exec('sudo semodule -e 1x')).toEqual(expect.objectContaining({
      stderr: 'libsemanage.semanage_module_key_set_name: Name 1x is invalid.\nsemodule:  Failed on 1x!\n',
      exitCode: 1,
    }));
  });
  it('-E refuses to overwrite an extracted file (fopen "wx"), after naming the priority it extracts at', async () => {
    await s.exec('cd /tmp && touch apache.pp apache.cil');
    expect(await s.exec('sudo semodule -E apache')).toEqual(expect.objectContaining({
      stdout: "Extracting at highest existing priority '100'.\n",
      stderr: 'semodule: apache is already extracted with extension pp.\nsemodule:  Failed on apache!\n',
      exitCode: 1,
    }));
    expect((await s.exec('sudo semodule -c -E apache')).stderr).toBe('semodule: apache is already extracted with extension cil.\nsemodule:  Failed on apache!\n');
    await s.exec('rm -f apache.pp apache.cil; cd');
  });
});

describe('restorecon', () => {
  it('prints the usage without a path, exit 255', async () => {
    expect(await s.exec('restorecon')).toMatchObject({
      stderr: 'usage:  restorecon [-iIDFmnprRv0xT] [-e excludedir] pathname...\nusage:  restorecon [-iIDFmnprRv0xT] [-e excludedir] -f filename\n',
      exitCode: 255,
    });
  });
  it('reports a missing file and a missing parent as libselinux does', async () => {
    expect(await s.exec('restorecon /etc/nothere')).toMatchObject({ stderr: 'restorecon: lstat(/etc/nothere) failed: No such file or directory\n', exitCode: 255 });
    expect(await s.exec('restorecon /nothere/x')).toMatchObject({
      stderr: 'restorecon: SELinux: Could not get canonical path for /nothere/x restorecon: No such file or directory.\n',
      exitCode: 255,
    });
    expect(await s.exec('restorecon -i /nothere/x')).toMatchObject({ stderr: '', exitCode: 0 });
  });
  it('on the fresh box every file already has the label the file contexts give', async () => {
    const t = await createSession({ lab: 'vm', seed: 2 });
    expect(await t.exec('sudo restorecon -Rnv /')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
  });
  it('a file moved from the home directory keeps user_home_t until restorecon -Rv resets the type', async () => {
    await s.exec('echo hi > ~/index.html');
    await s.exec('sudo mkdir -p /var/www/html');
    await s.exec('sudo mv ~/index.html /var/www/html/');
    expect((await s.exec('stat -c %C /var/www/html/index.html')).stdout).toBe('unconfined_u:object_r:user_home_t:s0\n');
    expect(await s.exec('restorecon -v /var/www/html/index.html')).toMatchObject({
      stderr: 'restorecon: Could not set context for /var/www/html/index.html:  Operation not permitted\n',
      exitCode: 255,
    });
    expect((await s.exec('sudo restorecon -nv /var/www/html/index.html')).stdout).toBe(
      'Would relabel /var/www/html/index.html from unconfined_u:object_r:user_home_t:s0 to unconfined_u:object_r:httpd_sys_content_t:s0\n',
    );
    expect((await s.exec('sudo restorecon -Rv /var/www')).stdout).toBe(
      'Relabeled /var/www/html/index.html from unconfined_u:object_r:user_home_t:s0 to unconfined_u:object_r:httpd_sys_content_t:s0\n',
    );
    expect((await s.exec('stat -c %C /var/www/html/index.html')).stdout).toBe('unconfined_u:object_r:httpd_sys_content_t:s0\n');
    expect((await s.exec('sudo restorecon -Rv /var/www')).stdout).toBe('');
    expect((await s.exec('ls -Z /var/www/html/index.html | cat')).stdout).toBe('unconfined_u:object_r:httpd_sys_content_t:s0 /var/www/html/index.html\n');
  });
  it('-F sets the whole file-context label', async () => {
    await s.exec('sudo chcon -u unconfined_u -t tmp_t /etc/hosts');
    expect((await s.exec('sudo restorecon -Fv /etc/hosts')).stdout).toBe('Relabeled /etc/hosts from unconfined_u:object_r:tmp_t:s0 to system_u:object_r:etc_t:s0\n');
  });
});

describe('ls -Z', () => {
  it('puts the context before the name, right-aligned to the widest (print_file_name_and_frills "%*s ")', async () => {
    expect((await s.exec('ls -Zd /etc /root /tmp | cat')).stdout).toBe(
      '       system_u:object_r:etc_t:s0 /etc\nsystem_u:object_r:admin_home_t:s0 /root\n       system_u:object_r:tmp_t:s0 /tmp\n',
    );
  });
  it('-l puts it after the group, left-aligned (format_user_or_group)', async () => {
    const out = (await s.exec('ls -lZd /etc /root | cat')).stdout;
    expect(out).toMatch(/^d\S+ +\d+ root root system_u:object_r:etc_t:s0 {8}\d+ .* \/etc$/m);
    expect(out).toMatch(/^d\S+ +\d+ root root system_u:object_r:admin_home_t:s0 \d+ .* \/root$/m);
  });
});
