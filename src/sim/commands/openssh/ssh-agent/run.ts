// ssh-agent of OpenSSH 8.7p1 (options in spec.ts): starts an agent that keeps running after the command returns,
// its socket in a private /tmp/ssh-XXXXXXXXXXXX directory named after the parent's pid, and prints the shell
// commands that point ssh-add and ssh at it (Bourne shell form, or csh's with -c or a SHELL ending in csh):
// `eval $(ssh-agent)`. -k stops the agent SSH_AGENT_PID names and prints the commands that forget it.
import type { CommandContext } from '../../../context';
import { def, linuxOnly } from '../../lib/guest';
import { fnv32a } from '../../../hash';
import { addAgent, agentByPid, removeAgent } from '../lib/agent';
import { help } from './help';
import { spec } from './spec';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** mkdtemp's twelve characters, from a stable hash of the host, the pid and the time (no draw from the world). */
function tempName(seed: string): string {
  let out = '';
  for (let i = 0; i < 12; i++) out += ALNUM[fnv32a(`${seed}:${i}`) % ALNUM.length];
  return out;
}

def({
  name: 'ssh-agent',
  summary: 'OpenSSH authentication agent',
  spec,
  available: linuxOnly,
  *run(ctx: CommandContext) {
    const o = ctx.opts!;
    const operands = ctx.operands ?? [];
    let csh = o.has('c');
    const sh = o.has('s');
    if ((csh && sh) || (operands.length > 0 && (csh || sh || o.has('k') || o.has('d') || o.has('D')))) {
      ctx.err(help);
      return 1;
    }
    if (operands.length === 0 && !csh && !sh && /csh$/.test(ctx.frame.env.SHELL ?? '')) csh = true;
    const set = (name: string, value: string) => (csh ? `setenv ${name} ${value};\n` : `${name}=${value}; export ${name};\n`);
    if (o.has('k')) {
      const pidText = ctx.frame.env.SSH_AGENT_PID;
      if (pidText === undefined) {
        ctx.err('SSH_AGENT_PID not set, cannot kill agent\n');
        return 1;
      }
      const pid = Number(pidText);
      if (!/^\d+$/.test(pidText) || pid < 2 || pid > 2147483647) {
        ctx.err(
          `SSH_AGENT_PID="${pidText}", which is not a good PID: ${/^\d+$/.test(pidText) && pid >= 2 ? 'too large' : pid < 2 && /^\d+$/.test(pidText) ? 'too small' : 'invalid'}\n`,
        );
        return 1;
      }
      const agent = agentByPid(ctx, pid);
      if (!agent) {
        ctx.err('kill: No such process\n');
        return 1;
      }
      removeAgent(ctx, agent);
      const unset = (name: string) => (csh ? `unsetenv ${name};\n` : `unset ${name};\n`);
      ctx.out(unset('SSH_AUTH_SOCK') + unset('SSH_AGENT_PID') + `echo Agent pid ${pid} killed;\n`);
      return 0;
    }
    const parent = ctx.session.jobs?.nextPid() ?? 3000;
    const pid = ctx.session.jobs?.nextPid() ?? parent + 1;
    const fs = ctx.host.fs;
    let socket = o.str('a');
    if (socket === undefined) {
      const dir = `/tmp/ssh-${tempName(`${ctx.host.id}:${parent}:${ctx.world.now}`)}`;
      fs.mkdir(dir);
      const d = fs.get(dir);
      if (d) d.mode = 0o700;
      socket = `${dir}/agent.${parent}`;
    } else socket = ctx.resolve(socket);
    if (fs.exists(socket)) {
      ctx.err(`bind ${socket}: Address already in use\r\nunix_listener: cannot bind to path ${socket}: Address already in use\r\n`);
      return 1;
    }
    fs.write(socket, '', false, 0o600);
    const agent = { host: ctx.host.id, socket, pid, user: ctx.frame.user, keys: [] };
    addAgent(ctx, agent);
    if (operands.length > 0) {
      // the parent runs the command with the two variables set; the agent leaves when the command ends
      const quote = (w: string) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);
      const frame = { ...ctx.frame, env: { ...ctx.frame.env, SSH_AUTH_SOCK: socket, SSH_AGENT_PID: String(pid) } };
      const code = yield* ctx.runLine(operands.map(quote).join(' '), frame);
      const still = agentByPid(ctx, pid);
      if (still) removeAgent(ctx, still);
      return code;
    }
    ctx.out(set('SSH_AUTH_SOCK', socket) + set('SSH_AGENT_PID', String(pid)) + `echo Agent pid ${pid};\n`);
    return 0;
  },
});
