// Job control and scripts where the recorded bash (Debian's 5.2) cannot be the reference: Ctrl+Z, fg of a
// running job, a background command's output, and bash 5.1's `bad interpreter` (5.2 words it differently).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { plain } from '../plain';

async function guest() {
  const s = await createSession({ lab: 'vm', seed: 1 });
  await s.exec('cd /tmp');
  return s;
}

describe('job control', () => {
  it('Ctrl+Z stops the running command; bg runs it on, fg brings it back and Ctrl+C ends it', async () => {
    const s = await guest();
    await s.submit('sleep 100');
    expect(s.busy).toBe(true);
    const out: string[] = [];
    s.on('output', (c) => out.push(c.text));
    await s.suspend();
    expect(s.busy).toBe(false);
    expect(out.join('')).toBe('^Z\n[1]+  Stopped                 sleep 100\n');
    expect((await s.exec('jobs')).stdout).toBe('[1]+  Stopped                 sleep 100\n');
    expect((await s.exec('bg')).stdout).toBe('[1]+ sleep 100 &\n');
    expect((await s.exec('jobs -l')).stdout).toMatch(/^\[1\]\+ [ \d]{5} Running {17}sleep 100 &\n$/);
    await s.submit('fg');
    expect(s.busy).toBe(true);
    await s.interrupt();
    expect(s.busy).toBe(false);
    expect((await s.exec('jobs')).stdout).toBe('');
  });

  it('fg and bg in a background job or a subshell have no job control, as bash says', async () => {
    const s = await guest();
    const r = await s.exec('fg &');
    expect(r.stderr).toMatch(/^\[1\] \d+\n-bash: fg: no job control\n$/);
    const r2 = await s.exec('jobs');
    expect(r2.stdout).toBe('[1]+  Exit 1                  fg\n');
    expect((await s.exec('(bg); echo $?')).stdout).toBe('1\n');
    expect((await s.exec('(bg)')).stderr).toBe('-bash: bg: no job control\n');
  });

  it('a background loop starts at once and prints as simulated time passes', async () => {
    const s = await guest();
    const r = await s.exec('for i in 1 2 3; do echo tick $i; sleep 1; done &');
    expect(r.stderr).toMatch(/^\[1\] \d+\n$/);
    expect(r.stdout).toBe('tick 1\n');
    const r2 = await s.exec('sleep 1.5');
    expect(r2.stdout).toBe('tick 2\n');
    const r3 = await s.exec('sleep 5');
    expect(r3.stdout).toBe('tick 3\n');
    expect(r3.stderr).toBe('[1]+  Done                    for i in 1 2 3; do echo tick $i; sleep 1; done\n');
  });

  it('$! is the PID kill and wait take', async () => {
    const s = await guest();
    await s.exec('sleep 100 &');
    const pid = (await s.exec('echo $!')).stdout.trim();
    expect(pid).toMatch(/^\d+$/);
    expect((await s.exec(`kill ${pid}`)).exitCode).toBe(0);
    await s.exec('true');
    expect((await s.exec('jobs')).stdout).toBe('');
    await s.exec('sleep 2 &');
    const w = await s.exec('wait');
    expect(w.exitCode).toBe(0);
  });
});

describe('jobs tells of an ended job once', () => {
  it('jobs right after kill prints Terminated, and neither the next prompt nor jobs again repeats it', async () => {
    const s = await guest();
    await s.exec('sleep 100 &');
    const k = await s.exec('kill %1');
    expect(k.stdout + k.stderr).toBe('');
    const j = await s.exec('jobs');
    expect(j.stdout).toBe('[1]+  Terminated              sleep 100\n');
    expect(j.stderr).toBe('');
    const again = await s.exec('jobs');
    expect(again.stdout + again.stderr).toBe('');
  });
});

describe('a server in the background', () => {
  it('kubectl proxy & serves at once; kill %1 closes the port', async () => {
    await import('../../../../src/sim/k8s/register');
    const s = await createSession({ lab: 'cluster', seed: 31 });
    const r = await s.exec('kubectl proxy &');
    expect(r.stderr).toMatch(/^\[1\] \d+\n$/);
    expect(r.stdout).toBe('Starting to serve on 127.0.0.1:8001\n');
    expect((await s.exec('curl -s localhost:8001/version')).stdout).toContain('"gitVersion": "v1.28.15"');
    expect((await s.exec('jobs')).stdout).toBe('[1]+  Running                 kubectl proxy &\n');
    await s.exec('kill %1');
    expect((await s.exec('true')).stderr).toBe('[1]+  Terminated              kubectl proxy\n');
    expect((await s.exec('curl -s localhost:8001/version')).exitCode).toBe(7);
  });
});

describe('scripts', () => {
  it('a shebang naming a missing interpreter: bash 5.1 says bad interpreter (execute_cmd.c), status 126', async () => {
    const s = await guest();
    await s.exec("printf '#!/bin/bsh\\necho hi\\n' > y.sh");
    await s.exec('chmod +x y.sh');
    const r = await s.exec('./y.sh');
    expect(r.stderr).toBe('-bash: ./y.sh: /bin/bsh: bad interpreter: No such file or directory\n');
    expect(r.exitCode).toBe(126);
  });

  it('set -e ends a script at the first failing command, not at a failing condition', async () => {
    const s = await guest();
    await s.exec("printf 'set -e\\nif false; then :; fi\\nfalse || echo handled\\necho one\\nfalse\\necho two\\n' > e.sh");
    const r = await s.exec('bash e.sh');
    expect(r.stdout).toBe('handled\none\n');
    expect(r.exitCode).toBe(1);
  });

  it('exit in a script ends the script, not the login shell', async () => {
    const s = await guest();
    const depth = s.stack.length;
    await s.exec("printf 'echo in\\nexit 4\\necho no\\n' > x.sh");
    const r = await s.exec('bash x.sh; echo $?');
    expect(r.stdout).toBe('in\n4\n');
    expect(s.stack.length).toBe(depth);
  });

  it('names a background job as bash rebuilds it: single-spaced words, ( list ) for a subshell, no !', async () => {
    // as `bash -i` prints them (make_command_string of print_cmd.c)
    const s = await guest();
    const r = await s.exec('(sleep 1) & { sleep 1; } & sleep   1  >  /dev/null   & a=1   sleep 1 2>&1 & ! sleep 1 & sleep 1 && true & jobs');
    const names = r.stdout.split('\n').filter((l) => l.includes('Running')).map((l) => l.slice(30));
    expect(names).toEqual(['( sleep 1 ) &', '{ sleep 1; } &', 'sleep 1 > /dev/null &', 'a=1 sleep 1 2>&1 &', 'sleep 1 &', 'sleep 1 && true &']);
    await s.exec('wait');
  });

  it('the background child is the job: $BASHPID in it, a ( list ) run with &, and a server it starts have the PID of $!', async () => {
    const s = await guest();
    const [bang, inner] = (await s.exec('(echo $BASHPID) & echo $!; wait')).stdout.trim().split('\n');
    expect(inner).toBe(bang);
    const [bang2, inner2] = (await s.exec('echo $BASHPID & echo $!; wait')).stdout.trim().split('\n');
    expect(inner2).toBe(bang2);
    await s.exec('python3 -m http.server 8000 &');
    const pid = (await s.exec('echo $!')).stdout.trim();
    // socketserver's request_queue_size is 5: the listening socket's backlog (Send-Q)
    expect(plain((await s.exec('sudo ss -tlnp | grep :8000')).stdout)).toBe(`LISTEN 0      5            0.0.0.0:8000      0.0.0.0:*    users:(("python3",pid=${pid},fd=3))\n`);
    expect((await s.exec(`ps -o pid=,args= -p ${pid}`)).stdout.trim()).toBe(`${pid} python3 -m http.server 8000`);
  });
});
