// The builtins that change the shell itself (declare, readonly, exec, pushd/popd/dirs, shopt, getopts) and the
// login environment /etc/profile.d gives a guest's bash. The words of each message are checked against the
// real bash in tests/golden/bash (declare-p, readonly, pushd-popd, shopt, getopts, exec); these cases cover
// what a recorded terminal cannot: later shell levels, scripts, state kept between commands.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { PROFILE_D } from '../../../../src/sim/data/profile-d';
import { SHOPT_NAMES } from '../../../../src/sim/shell/builtins/shopt/run';

const vm = () => createSession({ lab: 'vm', seed: 1 });

describe("Rocky's /etc/profile.d in the login shell", () => {
  it('puts the package scripts on the guest and their aliases in the shell', async () => {
    const s = await vm();
    expect((await s.exec('ls /etc/profile.d')).stdout).toBe('bash_completion.sh  colorls.sh      colorzgrep.sh  sh.local\ncolorgrep.sh        colorxzgrep.sh  less.sh        which2.sh\n');
    expect((await s.exec('cat /etc/profile.d/colorls.sh')).stdout).toBe(PROFILE_D['colorls.sh']);
    const aliases = (await s.exec('alias')).stdout.split('\n').filter(Boolean);
    expect(aliases).toContain("alias ls='ls --color=auto'");
    expect(aliases).toContain("alias ll='ls -l --color=auto'");
    expect(aliases).toContain("alias l.='ls -d .* --color=auto'");
    expect(aliases).toContain("alias grep='grep --color=auto'");
    expect(aliases).toContain("alias egrep='egrep --color=auto'");
    expect(aliases).toContain("alias fgrep='fgrep --color=auto'");
    // alias lists them sorted, as bash does
    expect(aliases).toEqual([...aliases].sort());
    expect((await s.exec('type ls ll')).stdout).toBe("ls is aliased to `ls --color=auto'\nll is aliased to `ls -l --color=auto'\n");
  });

  it('\\ls and command ls skip the alias; unalias removes it; an alias expands into globbed words', async () => {
    const s = await vm();
    await s.exec("alias ls='echo ALIASED'");
    expect((await s.exec('ls /etc/profile.d | head -1')).stdout).toBe('ALIASED /etc/profile.d\n');
    expect((await s.exec('\\ls -d /etc/profile.d')).stdout).toBe('/etc/profile.d\n');
    expect((await s.exec('command ls -d /etc/profile.d')).stdout).toBe('/etc/profile.d\n');
    expect((await s.exec('unalias ls; type -t ls')).stdout).toBe('file\n');
    expect((await s.exec('l. | grep -c bashrc')).stdout).toBe('1\n');
  });

  it('gives every interactive level the aliases, sudo -i and su included, but not scripts', async () => {
    const s = await vm();
    await s.exec('sudo -i');
    expect((await s.exec('type -t ll')).stdout).toBe('alias\n');
    await s.exec('exit');
    await s.exec("printf 'type -t ll || echo none\\n' > t.sh");
    expect((await s.exec('bash t.sh')).stdout).toBe('none\n');
  });
});

describe('declare, typeset and readonly', () => {
  it('keeps attributes between commands and prints them as declare -p does', async () => {
    const s = await vm();
    await s.exec('declare -rx R=1; declare -i N=4*5; typeset -u U=abc; declare -a A; declare -A M');
    expect((await s.exec('declare -p R N U A M')).stdout).toBe('declare -rx R="1"\ndeclare -i N="20"\ndeclare -u U="ABC"\ndeclare -a A\ndeclare -A M\n');
    expect((await s.exec('R=2')).stderr).toBe('-bash: R: readonly variable\n');
    expect((await s.exec('N=N+1; echo $N')).stdout).toBe('21\n');
    // beside bash's own readonly variables, sorted by name as bash lists them
    expect((await s.exec('readonly -p')).stdout).toBe(
      'declare -r BASHOPTS="checkwinsize:cmdhist:complete_fullquote:expand_aliases:extglob:extquote:force_fignore:globasciiranges:histappend:hostcomplete:interactive_comments:login_shell:progcomp:promptvars:sourcepath"\n' +
        'declare -ar BASH_VERSINFO=([0]="5" [1]="1" [2]="8" [3]="1" [4]="release" [5]="x86_64-redhat-linux-gnu")\n' +
        'declare -ir EUID="1000"\ndeclare -ir PPID="2030"\ndeclare -rx R="1"\n' +
        'declare -r SHELLOPTS="braceexpand:emacs:hashall:histexpand:history:interactive-comments:monitor"\ndeclare -ir UID="1000"\n',
    );
    expect((await s.exec('export -p | grep -c "declare -x HOME="')).stdout).toBe('1\n');
    expect((await s.exec('export -n R; declare -p R')).stdout).toBe('declare -r R="1"\n');
  });

  it('makes its names local inside a function, global with -g', async () => {
    const s = await vm();
    await s.exec('f() { declare a=inner; declare -g b=global; }; a=outer; f');
    expect((await s.exec('echo $a $b')).stdout).toBe('outer global\n');
  });

  it('refuses a readonly name in a script with the script as prefix', async () => {
    const s = await vm();
    await s.exec("printf 'readonly v=1\\nv=2\\necho after\\n' > r.sh");
    const r = await s.exec('bash r.sh');
    expect(r.stderr).toBe('r.sh: line 2: v: readonly variable\n');
    expect(r.stdout).toBe('after\n');
  });
});

describe('exec', () => {
  it('exec bash starts the shell afresh: exported variables stay, the rest go, the aliases come back', async () => {
    const s = await vm();
    await s.exec('export KEEP=1; DROP=2; f() { :; }; unalias ll; pushd /tmp >/dev/null');
    expect((await s.exec('exec bash')).output).toBe('');
    expect((await s.exec('echo "${KEEP-unset} ${DROP-unset}"; type -t f ll; dirs')).stdout).toBe('1 unset\nalias\n/tmp\n');
    expect(s.stack.length).toBe(2);
  });

  it('exec COMMAND ends the shell level when the command ends', async () => {
    const s = await vm();
    const depth = s.stack.length;
    const r = await s.exec('exec echo replaced');
    expect(r.stdout.startsWith('replaced\n')).toBe(true);
    expect(s.stack.length).toBe(depth - 1);
  });

  it('exec > file sends the shell output there until exec >/dev/tty', async () => {
    const s = await vm();
    await s.exec('exec > out.txt');
    expect((await s.exec('echo one; ls nothere')).stdout).toBe('');
    await s.exec('exec >/dev/tty');
    expect((await s.exec('cat out.txt')).stdout).toBe('one\n');
    await s.exec('exec 2>/dev/null');
    expect((await s.exec('ls nothere')).stderr).toBe('');
  });
});

describe('pushd, popd, dirs', () => {
  it('keeps a stack per shell with ~ for the home directory, and -N counts from the right', async () => {
    const s = await vm();
    expect((await s.exec('pushd /etc')).stdout).toBe('/etc ~\n');
    expect((await s.exec('pushd /tmp')).stdout).toBe('/tmp /etc ~\n');
    expect((await s.exec('dirs -l -p')).stdout).toBe('/tmp\n/etc\n/home/vagrant\n');
    expect((await s.exec('pushd -0')).stdout).toBe('~ /tmp /etc\n');
    expect(s.frame.cwd).toBe('/home/vagrant');
    expect((await s.exec('popd +1')).stdout).toBe('~ /etc\n');
    expect((await s.exec('popd -n')).stdout).toBe('~\n');
    expect(s.frame.cwd).toBe('/home/vagrant');
  });
});

describe('shopt', () => {
  it("lists bash 5.1's options with the box's defaults and changes the ones the shell models", async () => {
    const s = await vm();
    const list = (await s.exec('shopt')).stdout.split('\n').filter(Boolean);
    expect(list.map((l) => l.split(/\s+/)[0])).toEqual(SHOPT_NAMES);
    expect((await s.exec('shopt -s')).stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0])).toEqual([
      'checkwinsize', 'cmdhist', 'complete_fullquote', 'expand_aliases', 'extglob', 'extquote', 'force_fignore', 'globasciiranges',
      'histappend', 'hostcomplete', 'interactive_comments', 'login_shell', 'progcomp', 'promptvars', 'sourcepath',
    ]);
    await s.exec('mkdir d; touch d/.hidden d/shown');
    expect((await s.exec('echo d/*')).stdout).toBe('d/shown\n');
    await s.exec('shopt -s dotglob');
    expect((await s.exec('echo d/*')).stdout).toBe('d/.hidden d/shown\n');
    await s.exec('shopt -u expand_aliases');
    expect((await s.exec('ll 2>&1; echo $?')).stdout).toBe('-bash: ll: command not found\n127\n');
  });
});

describe('getopts', () => {
  it('names the script in its messages and walks bundled options', async () => {
    const s = await vm();
    s.world.host('default').fs.write('/home/vagrant/g.sh', 'while getopts "vf:" o; do echo "$o $OPTIND ${OPTARG-}"; done\n');
    const r = await s.exec('bash g.sh -vf x -q');
    expect(r.stdout).toBe('v 1 \nf 3 x\n? 4 \n');
    expect(r.stderr).toBe('g.sh: illegal option -- q\n');
    expect((await s.exec('OPTERR=0; OPTIND=1; getopts a o -z; echo "$o"')).output).toBe('?\n');
  });
});

describe('trap EXIT when the login shell exits', () => {
  it('runs after `logout` with the status the shell exits with (exit_builtin, then exit_shell runs the trap)', async () => {
    const s = await vm();
    await s.exec("trap 'echo bye $?' EXIT");
    const r = await s.exec('exit 4');
    expect(r.output).toMatch(/^logout\nbye 4\n/);
  });
});
