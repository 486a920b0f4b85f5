import { describe, expect, it } from 'vitest';
import { createSession, parseCommandLine, tokenize } from '../../../src/sim/index';
import { plain, plainRun } from './plain';

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('tokenize and parseCommandLine', () => {
  it('removes quotes, keeps substitutions as written, splits operators', () => {
    expect(tokenize(`kubectl get pods -n "kube system" | grep 'Run' && echo $HOME`)).toEqual(['kubectl', 'get', 'pods', '-n', 'kube system', '|', 'grep', 'Run', '&&', 'echo', '$HOME']);
    expect(tokenize('echo a\\ b >> out.txt 2>&1')).toEqual(['echo', 'a b', '>>', 'out.txt', '2>&1']);
    expect(tokenize('echo "unclosed')).toEqual(['echo', 'unclosed']);
    expect(tokenize('cat <<EOF > /etc/x.conf')).toEqual(['cat', '<<', '>', '/etc/x.conf']);
  });
  it('gives argv per command with the joining operators', () => {
    const p = parseCommandLine('A=1 sudo swapoff -a; sudo sed -i "/ swap / s/^/#/" /etc/fstab || true');
    expect(p!.list.map((x) => [x.op, x.pipeline.map((c) => c.argv)])).toEqual([
      [null, [['sudo', 'swapoff', '-a']]],
      [';', [['sudo', 'sed', '-i', '/ swap / s/^/#/', '/etc/fstab']]],
      ['||', [['true']]],
    ]);
    expect(p!.list[0].pipeline[0].assigns).toEqual({ A: '1' });
    expect(parseCommandLine('ls |')).toBeNull();
    expect(parseCommandLine('&& ls')).toBeNull();
  });
});

describe('the bash shell on a guest', () => {
  it('prompt, unknown command, syntax errors', async () => {
    const s = await vm();
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
    const r = await s.exec('kubectl get nodes');
    expect(r.stderr).toBe('-bash: kubectl: command not found\n');
    expect(r.exitCode).toBe(127);
    expect((await s.exec('echo $?')).stdout).toBe('127\n');
    expect((await s.exec('ls ;; ls')).stderr).toBe("-bash: syntax error near unexpected token `;;'\n");
    expect((await s.exec('echo "open')).exitCode).toBeNull();
    expect(s.prompt()).toBe('> ');
    expect((await s.exec('close"')).stdout).toBe('open\nclose\n');
  });

  it('variables, export, $(...), quotes and escapes', async () => {
    const s = await vm();
    await s.exec('NAME=world');
    expect((await s.exec('echo "hello $NAME" \'$NAME\' \\$NAME ${NAME}s ${MISSING:-dflt}')).stdout).toBe('hello world $NAME $NAME worlds dflt\n');
    await s.exec('export VER=1.28');
    expect(plain((await s.exec('env | grep VER')).stdout)).toBe('VER=1.28\n');
    expect((await s.exec('echo "host: $(hostname) user: `whoami`"')).stdout).toBe('host: localhost.localdomain user: vagrant\n');
    expect((await s.exec('X=$(echo a b c); echo $X | wc -w')).stdout).toBe('3\n');
  });

  it('; && || and exit statuses', async () => {
    const s = await vm();
    expect((await s.exec('false && echo no; true && echo yes || echo never')).stdout).toBe('yes\n');
    expect((await s.exec('cat /nope || echo fallback')).output).toBe('cat: /nope: No such file or directory\nfallback\n');
  });

  it('pipes into grep, head, tail, wc, sort, uniq', async () => {
    const s = await vm();
    await s.exec('printf "b\\na\\nc\\na\\n" > list.txt');
    expect((await s.exec('cat list.txt | sort | uniq -c')).stdout).toBe('      2 a\n      1 b\n      1 c\n');
    expect((await s.exec('sort -r list.txt | head -n 2')).stdout).toBe('c\nb\n');
    expect((await s.exec('tail -1 list.txt')).stdout).toBe('a\n');
    expect((await s.exec('grep -c a list.txt')).stdout).toBe('2\n');
    expect(plain((await s.exec('grep -n -v a list.txt')).stdout)).toBe('1:b\n3:c\n');
    expect((await s.exec('grep zzz list.txt')).exitCode).toBe(1);
    expect((await s.exec('wc -l list.txt')).stdout).toBe('4 list.txt\n');
    expect((await s.exec('cat list.txt | wc')).stdout).toBe('      4       4       8\n');
    expect((await s.exec('grep -i ROCKY /etc/os-release | head -1')).stdout).toBe('NAME="Rocky Linux"\n');
  });

  it('> >> redirection, here-documents with and without expansion, tee', async () => {
    const s = await vm();
    await s.exec('echo one > f.txt');
    await s.exec('echo two >> f.txt');
    expect((await s.exec('cat f.txt')).stdout).toBe('one\ntwo\n');
    await s.exec('cat <<EOF > g.txt\nuser=$USER\nhome=$(echo ~)\nEOF');
    expect((await s.exec('cat g.txt')).stdout).toBe('user=vagrant\nhome=/home/vagrant\n');
    await s.exec("cat <<'EOF' > h.txt\nraw $USER\nEOF");
    expect((await s.exec('cat h.txt')).stdout).toBe('raw $USER\n');
    expect((await s.exec('echo x > /etc/x.conf')).stderr).toBe('-bash: /etc/x.conf: Permission denied\n');
    const t = await s.exec('cat <<EOF | sudo tee /etc/modules-load.d/k8s.conf\noverlay\nbr_netfilter\nEOF');
    expect(t.stdout).toBe('overlay\nbr_netfilter\n');
    expect((await s.exec('cat /etc/modules-load.d/k8s.conf')).stdout).toBe('overlay\nbr_netfilter\n');
    expect((await s.exec('ls nope 2> err.txt; cat err.txt')).stdout).toBe("ls: cannot access 'nope': No such file or directory\n");
  });

  it('here-documents continue over several submitted lines with a "> " prompt', async () => {
    const s = await vm();
    await s.submit('cat <<EOF > k.txt');
    expect(s.prompt()).toBe('> ');
    await s.submit('line $HOME');
    await s.submit('EOF');
    await s.settle();
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
    expect(s.world.host('default').fs.read('/home/vagrant/k.txt')).toBe('line /home/vagrant\n');
  });

  it('files: pwd cd ls touch mkdir rm cp mv cat with the real error texts', async () => {
    const s = await vm();
    expect((await s.exec('pwd')).stdout).toBe('/home/vagrant\n');
    await s.exec('mkdir -p a/b && touch a/b/c.txt && cd a');
    expect(s.prompt()).toBe('[vagrant@localhost a]$ ');
    expect((await s.exec('ls -R . ; ls b')).stdout).toContain('c.txt\n');
    expect((await s.exec('mkdir b')).stderr).toBe('mkdir: cannot create directory ‘b’: File exists\n');
    expect((await s.exec('rm b')).stderr).toBe("rm: cannot remove 'b': Is a directory\n");
    expect((await s.exec('cp b x')).stderr).toBe("cp: -r not specified; omitting directory 'b'\n");
    await s.exec('cp -r b x && mv x y');
    expect(plain((await s.exec('ls')).stdout)).toBe('b  y\n');
    expect((await s.exec('ls | cat')).stdout).toBe('b\ny\n');
    expect(plain((await s.exec('ls /')).stdout)).toBe('afs  boot  etc   lib    media  opt   root  sbin  sys  usr      var\nbin  dev   home  lib64  mnt    proc  run   srv   tmp  vagrant\n');
    expect((await s.exec('cat b')).stderr).toBe('cat: b: Is a directory\n');
    expect((await s.exec('cd /root')).stderr).toBe('-bash: cd: /root: Permission denied\n');
    expect((await s.exec('cd /nope')).stderr).toBe('-bash: cd: /nope: No such file or directory\n');
    expect((await s.exec('touch /etc/hosts')).stderr).toBe("touch: cannot touch '/etc/hosts': Permission denied\n");
    expect(plain((await s.exec('rm -rf y; ls')).stdout)).toBe('b\n');
    await s.exec('cd');
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
    const l = plainRun(await s.exec('ls -l a'));
    expect(l.stdout).toMatch(/^total 4\ndrwxrwxr-x\. 2 vagrant vagrant 4096 Dec 10 \d\d:\d\d b\n$/);
  });

  it('identity and system information', async () => {
    const s = await vm();
    expect((await s.exec('whoami')).stdout).toBe('vagrant\n');
    // the kickstart's `user --name=vagrant` gives no supplementary group (sudo comes from /etc/sudoers.d/vagrant)
    expect((await s.exec('id')).stdout).toBe('uid=1000(vagrant) gid=1000(vagrant) groups=1000(vagrant) context=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023\n');
    expect((await s.exec('hostname')).stdout).toBe('localhost.localdomain\n');
    expect((await s.exec('uname -r')).stdout).toBe('5.14.0-503.14.1.el9_5.x86_64\n');
    expect((await s.exec('uname -a')).stdout).toBe('Linux localhost.localdomain 5.14.0-503.14.1.el9_5.x86_64 #1 SMP PREEMPT_DYNAMIC Fri Nov 15 12:04:32 UTC 2024 x86_64 x86_64 x86_64 GNU/Linux\n');
    expect((await s.exec('uptime')).stdout).toMatch(/^ \d\d:\d\d:\d\d up 10 min,  1 user,  load average: 0\.00, 0\.01, 0\.00\n$/);
    expect((await s.exec('date')).stdout).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) Dec 10 \d\d:\d\d:\d\d UTC 2025\n$/);
    const h = await s.exec('hostnamectl');
    expect(h.stdout).toContain('  Virtualization: oracle\n');
    expect(h.stdout).toContain('Operating System: Rocky Linux 9.5 (Blue Onyx)');
    expect((await s.exec('free -m')).stdout).toMatch(/^ {15}total {8}used {8}free {6}shared  buff\/cache   available\nMem: +\d+ +\d+ +\d+ +\d+ +\d+ +\d+\nSwap: +2048 +0 +2048\n$/);
    expect((await s.exec('df -h')).stdout).toContain('Filesystem      Size  Used Avail Use% Mounted on\n');
    const ip = await s.exec('ip a');
    expect(ip.stdout).toContain('    inet 10.0.2.15/24 brd 10.0.2.255 scope global dynamic noprefixroute eth0\n');
  });

  it('ping counts and statistics; Ctrl+C stops an endless ping', async () => {
    const s = await vm();
    const r = await s.exec('ping -c 2 10.0.2.2');
    expect(r.stdout).toMatch(/^PING 10\.0\.2\.2 \(10\.0\.2\.2\) 56\(84\) bytes of data\.\n64 bytes from 10\.0\.2\.2: icmp_seq=1 ttl=64 time=0\.\d{3} ms\n64 bytes from 10\.0\.2\.2: icmp_seq=2 ttl=64 time=0\.\d{3} ms\n\n--- 10\.0\.2\.2 ping statistics ---\n2 packets transmitted, 2 received, 0% packet loss, time 1000ms\nrtt min\/avg\/max\/mdev = /);
    expect((await s.exec('ping nohost')).stderr).toBe('ping: nohost: Name or service not known\n');
    await s.submit('ping google.com');
    await s.advance(3500);
    expect(s.busy).toBe(true);
    const out: string[] = [];
    s.on('output', (c) => out.push(c.text));
    await s.interrupt();
    expect(out.join('')).toContain('--- google.com ping statistics ---\n4 packets transmitted, 4 received, 0% packet loss');
    expect(s.busy).toBe(false);
  });

  it('curl: known URLs, unresolvable hosts, refused connections', async () => {
    const s = await vm();
    expect((await s.exec('curl -fsSL https://pkgs.k8s.io/core:/stable:/v1.28/rpm/repodata/repomd.xml.key')).stdout).toMatch(/^-----BEGIN PGP PUBLIC KEY BLOCK-----/);
    expect((await s.exec('curl http://nothing.invalid')).stderr).toBe('curl: (6) Could not resolve host: nothing.invalid\n');
    expect((await s.exec('curl -s http://127.0.0.1:8080')).stderr).toBe('');
    // curl 7.76.1 lib/connect.c: "Failed to connect to %s port %ld: %s" with strerror (the "after N ms" came later)
    expect((await s.exec('curl http://127.0.0.1:8080')).stderr).toBe('curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused\n');
  });

  it('sudo -i gives a root prompt; exit and logout return', async () => {
    const s = await vm();
    await s.exec('sudo -i');
    expect(s.prompt()).toBe('[root@localhost ~]# ');
    expect((await s.exec('pwd')).stdout).toBe('/root\n');
    expect((await s.exec('logout')).stdout).toBe('logout\n');
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
    expect((await s.exec('sudo whoami')).stdout).toBe('root\n');
    expect((await s.exec('sudo nosuch')).stderr).toBe('sudo: nosuch: command not found\n');
  });

  it('su asks for the password; a wrong one fails', async () => {
    const s = await vm();
    const bad = await s.exec('su -', { answers: ['wrong'] });
    expect(bad.output).toBe('Password: \nsu: Authentication failure\n');
    await s.exec('su -', { answers: ['vagrant'] });
    expect(s.prompt()).toBe('[root@localhost ~]# ');
    await s.exec('exit');
    await s.exec('su', { answers: ['vagrant'] });
    expect(s.prompt()).toBe('[root@localhost vagrant]# ');
    expect((await s.exec('logout')).stderr).toBe("-bash: logout: not login shell: use `exit'\n");
    expect((await s.exec('exit')).stdout).toBe('exit\n');
  });

  it('exit from the ssh shell returns to the Windows prompt', async () => {
    const s = await vm();
    const r = await s.exec('exit');
    expect(r.output).toBe('logout\n\n');
    expect(s.prompt()).toBe('D:\\3_VMs\\HashiCorp>');
  });

  it('history and clear', async () => {
    const s = await vm();
    await s.exec('echo a');
    await s.exec('pwd');
    expect((await s.exec('history')).stdout).toBe('    1  echo a\n    2  pwd\n    3  history\n');
    let cleared = false;
    s.on('clear', () => (cleared = true));
    await s.exec('clear');
    expect(cleared).toBe(true);
    expect(s.history).toEqual(['echo a', 'pwd', 'history', 'clear']);
  });

  it('vi opens the editor pane with the file; the saved text lands in the guest', async () => {
    const s = await vm();
    const edits: { hostId: string; path: string; content: string }[] = [];
    s.on('edit', (e) => edits.push(e));
    await s.exec('vi /etc/hosts');
    expect(edits[0].hostId).toBe('default');
    expect(edits[0].path).toBe('/etc/hosts');
    expect(edits[0].content).toContain('127.0.0.1   localhost');
    expect(edits[0]).toMatchObject({ readonly: true });
    expect(s.saveFile('default', '/etc/hosts', 'changed')).toBe(false);
    await s.exec('sudo vi /etc/hosts');
    expect(s.saveFile('default', '/etc/hosts', '127.0.0.1 localhost\n')).toBe(true);
    expect(s.saveFile('default', '/home/vagrant/new.txt', 'saved\n')).toBe(true);
    expect((await s.exec('cat new.txt')).stdout).toBe('saved\n');
  });

  it('sed edits files in place with addresses and substitutions', async () => {
    const s = await vm();
    await s.exec("sudo sed -i '/ swap / s/^/#/' /etc/fstab");
    expect(plain((await s.exec('grep swap /etc/fstab')).stdout)).toMatch(/^#UUID=.* none {20}swap {4}defaults {8}0 0\n$/);
    await s.exec('printf "SystemdCgroup = false\\n" > c.toml');
    await s.exec("sed -i 's/SystemdCgroup = false/SystemdCgroup = true/' c.toml");
    expect((await s.exec('cat c.toml')).stdout).toBe('SystemdCgroup = true\n');
    expect((await s.exec("echo abc | sed 's/\\(b\\)/[\\1]/g'")).stdout).toBe('a[b]c\n');
  });

  it('kubeconfig steps: id -u/-g, cp -i, chown; aliases; grep -e; /proc/sys writes; rpm -q', async () => {
    const s = await vm();
    expect((await s.exec('echo $(id -u):$(id -g)')).stdout).toBe('1000:1000\n');
    await s.exec('mkdir -p $HOME/.kube');
    s.world.host('default').fs.mkdir('/etc/kubernetes', true);
    s.world.host('default').fs.write('/etc/kubernetes/admin.conf', 'apiVersion: v1\n');
    expect((await s.exec('sudo cp -i /etc/kubernetes/admin.conf $HOME/.kube/config')).output).toBe('');
    const again = await s.exec('sudo cp -i /etc/kubernetes/admin.conf $HOME/.kube/config', { answers: ['y'] });
    expect(again.stdout).toBe("cp: overwrite '/home/vagrant/.kube/config'? y\n");
    expect((await s.exec('sudo chown $(id -u):$(id -g) $HOME/.kube/config')).exitCode).toBe(0);
    expect((await s.exec('chown root /etc/hosts')).stderr).toBe("chown: changing ownership of '/etc/hosts': Operation not permitted\n");
    // the login shell's own aliases (/etc/profile.d) are set aside to list this one alone
    await s.exec('unalias -a');
    await s.exec("alias ll='ls -l'");
    expect((await s.exec('alias')).stdout).toBe("alias ll='ls -l'\n");
    expect((await s.exec('ll .kube')).stdout).toMatch(/^total 4\n-rw-r--r--\. 1 vagrant vagrant +15 Dec 10 \d\d:\d\d config\n$/);
    await s.exec('sudo modprobe overlay; sudo modprobe br_netfilter');
    expect((await s.exec('lsmod | grep -e overlay -e br_netfilter | wc -l')).stdout).toBe('3\n');
    expect((await s.exec('echo 1 > /proc/sys/net/ipv4/ip_forward')).stderr).toBe('-bash: /proc/sys/net/ipv4/ip_forward: Permission denied\n');
    await s.exec("sudo sh -c 'echo 1 > /proc/sys/net/ipv4/ip_forward'");
    expect((await s.exec('sysctl net.ipv4.ip_forward')).stdout).toBe('net.ipv4.ip_forward = 1\n');
    expect((await s.exec('rpm -q kubeadm')).stdout).toBe('package kubeadm is not installed\n');
    expect((await s.exec('rpm -qa | grep ^bash')).stdout).toBe('bash-5.1.8-9.el9.x86_64\nbash-completion-2.11-5.el9.noarch\n');
    // rocky-linux/kickstarts (r9) installs yum-utils in the Vagrant box: yum-config-manager is there
    expect((await s.exec('sudo yum-config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo')).stdout).toBe('Adding repo from: https://download.docker.com/linux/centos/docker-ce.repo\n');
    await s.exec('sudo dnf remove -y yum-utils');
    expect((await s.exec('sudo yum-config-manager --help')).stderr).toBe('sudo: yum-config-manager: command not found\n');
  });

  it('for, C-style for, if/elif/else, while, test and arithmetic', async () => {
    const s = await vm();
    expect((await s.exec('for i in a b c; do echo $i; done')).stdout).toBe('a\nb\nc\n');
    expect((await s.exec('for (( i=1; i<=2; i++ )); do echo "192.168.56.10$i w$i-k8s"; done')).stdout).toBe('192.168.56.101 w1-k8s\n192.168.56.102 w2-k8s\n');
    expect((await s.exec('if [ -f /etc/hosts ]; then echo yes; else echo no; fi')).stdout).toBe('yes\n');
    expect((await s.exec('if test 1 -gt 2; then echo a; elif [ "x" = "x" ]; then echo b; fi')).stdout).toBe('b\n');
    expect((await s.exec('n=0; while [ $n -lt 3 ]; do n=$((n+1)); done; echo $n')).stdout).toBe('3\n');
    expect((await s.exec('echo $((2*3+1)) $(( 10 / 3 ))')).stdout).toBe('7 3\n');
    expect((await s.exec('(( 5 > 3 )) && echo bigger')).stdout).toBe('bigger\n');
    expect((await s.exec('[ 1 -eq ]')).stderr).toBe('-bash: [: 1: unary operator expected\n');
    expect((await s.exec('[ 1 -eq 1')).stderr).toBe("-bash: [: missing `]'\n");
    expect((await s.exec('done')).stderr).toBe("-bash: syntax error near unexpected token `done'\n");
    await s.submit('for x in 1 2');
    expect(s.prompt()).toBe('> ');
    await s.submit('do echo $x');
    expect((await s.exec('done')).stdout).toBe('1\n2\n');
  });
});
