// The authentication agents running on the guests (ssh-agent), kept with the world by host and socket path: the
// agent's pid, its owner and the keys ssh-add gave it. ssh-add finds its agent through SSH_AUTH_SOCK, and ssh
// offers the agent's keys before the identity files (so a key with a passphrase is not asked for again).
import type { CommandContext } from '../../../context';
import { KEY_NAME, base64, parsePublicLine, type SshKey } from './keys';

const AGENTS = 'openssh-agents';

export interface AgentKey {
  line: string;
  comment: string;
}

export interface Agent {
  host: string;
  socket: string;
  pid: number;
  user: string;
  keys: AgentKey[];
}

function all(ctx: CommandContext): Agent[] {
  return (ctx.world.ext.get(AGENTS) as Agent[] | undefined) ?? [];
}

function save(ctx: CommandContext, agents: Agent[]): void {
  ctx.world.ext.set(AGENTS, agents);
}

export function addAgent(ctx: CommandContext, a: Agent): void {
  save(ctx, [...all(ctx), a]);
}

export function agentByPid(ctx: CommandContext, pid: number): Agent | undefined {
  return all(ctx).find((a) => a.host === ctx.host.id && a.pid === pid);
}

export function removeAgent(ctx: CommandContext, a: Agent): void {
  save(
    ctx,
    all(ctx).filter((x) => x !== a),
  );
  ctx.host.fs.remove(a.socket);
  const dir = a.socket.slice(0, a.socket.lastIndexOf('/'));
  if (/^\/tmp\/ssh-[A-Za-z0-9]{12}$/.test(dir)) ctx.host.fs.remove(dir, true);
}

/**
 * ssh_get_authentication_socket(): the agent SSH_AUTH_SOCK names, 'unset' when the variable is absent, or the
 * errno text of a failed connect (no socket there, or nobody listening on it).
 */
export function connectAgent(ctx: CommandContext): Agent | 'unset' | string {
  const sock = ctx.frame.env.SSH_AUTH_SOCK;
  if (!sock) return 'unset';
  const agent = all(ctx).find((a) => a.host === ctx.host.id && a.socket === sock);
  if (agent) return agent;
  return ctx.host.fs.exists(sock) ? 'Connection refused' : 'No such file or directory';
}

export function storeKeys(ctx: CommandContext, a: Agent, keys: AgentKey[]): void {
  a.keys = keys;
  save(ctx, [...all(ctx)]);
}

export const agentKeyLine = (key: SshKey) => `${KEY_NAME[key.type]} ${base64(key.blob)}`;

export function agentKeys(a: Agent): { key: SshKey; comment: string }[] {
  return a.keys.flatMap((k) => {
    const p = parsePublicLine(k.line);
    return p ? [{ key: p.key, comment: k.comment }] : [];
  });
}
