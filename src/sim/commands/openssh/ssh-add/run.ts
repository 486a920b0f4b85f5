// ssh-add of OpenSSH 8.7p1 (options in spec.ts): reaches the agent of SSH_AUTH_SOCK first (exit 2 without one),
// then adds the default identities of ~/.ssh or the files given (asking a key's passphrase), lists the agent's
// keys (-l fingerprints, -L public keys), removes one (-d) or all (-D). Messages are ssh-add.c's.
import type { CommandContext } from '../../../context';
import type { Yield } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { KEY_LABEL, fingerprint, parsePublicLine, readPrivateKey, type SshKey } from '../lib/keys';
import { homeOf, keyPassphrase, log } from '../lib/remote';
import { agentKeyLine, agentKeys, connectAgent, storeKeys, type Agent } from '../lib/agent';
import { help } from './help';
import { spec } from './spec';

type Gen<T> = Generator<Yield, T, unknown>;

/** default_files of ssh-add.c, those a Rocky build has (no XMSS). */
const DEFAULT_FILES = ['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ecdsa_sk', 'id_ed25519', 'id_ed25519_sk'];

const bad = (t: string) => ['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'].includes(t);
const errText = (t: string) =>
  t === 'EACCES' ? 'Permission denied' : t === 'EISDIR' ? 'Is a directory' : t === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory';

/** The comment of a key file: the private key's own, else the .pub's. */
function commentOf(ctx: CommandContext, path: string): string {
  const pub = ctx.host.fs.read(path.endsWith('.pub') ? path : `${path}.pub`);
  return typeof pub === 'string' && !bad(pub) ? (parsePublicLine(pub.split('\n')[0])?.comment ?? '') : '';
}

function* addFile(ctx: CommandContext, agent: Agent, file: string, quiet: boolean): Gen<boolean> {
  const text = ctx.host.fs.read(ctx.resolve(file));
  if (bad(text)) {
    ctx.err(`${file}: ${errText(text)}\n`);
    return false;
  }
  const pk = readPrivateKey(text);
  if (!pk) {
    ctx.err(`Error loading key "${file}": invalid format\n`);
    return false;
  }
  if (pk.encrypted) {
    const want = keyPassphrase(ctx, pk.key);
    let prompt = `Enter passphrase for ${file}: `;
    for (;;) {
      const pass = String(yield { ask: prompt, secret: true, stderr: true });
      if (pass === '') return false;
      if (pass === want) break;
      prompt = `Bad passphrase, try again for ${file}: `;
    }
  }
  const comment = commentOf(ctx, ctx.resolve(file)) || file;
  const keys = agent.keys.filter((k) => k.line !== agentKeyLine(pk.key));
  storeKeys(ctx, agent, [...keys, { line: agentKeyLine(pk.key), comment }]);
  if (!quiet) ctx.err(`Identity added: ${file} (${comment})\n`);
  return true;
}

function deleteFile(ctx: CommandContext, agent: Agent, file: string, quiet: boolean): boolean {
  const path = ctx.resolve(file);
  const pubText = ctx.host.fs.read(path.endsWith('.pub') ? path : `${path}.pub`);
  let key: SshKey | null = null;
  let comment = '';
  if (typeof pubText === 'string' && !bad(pubText)) {
    const p = parsePublicLine(pubText.split('\n')[0]);
    if (p) [key, comment] = [p.key, p.comment];
  }
  if (!key) {
    const priv = ctx.host.fs.read(path);
    const pk = typeof priv === 'string' && !bad(priv) ? readPrivateKey(priv) : null;
    if (!pk || pk.encrypted) {
      ctx.out(`Bad key file ${file}: ${typeof priv === 'string' && bad(priv) ? errText(priv) : 'invalid format'}\n`);
      return false;
    }
    key = pk.key;
  }
  const k = key;
  if (!agent.keys.some((x) => x.line === agentKeyLine(k))) {
    ctx.err(`Could not remove identity "${file}": agent refused operation\n`);
    return false;
  }
  storeKeys(
    ctx,
    agent,
    agent.keys.filter((x) => x.line !== agentKeyLine(k)),
  );
  if (!quiet) ctx.err(`Identity removed: ${file} ${KEY_LABEL[k.type]} (${comment})\n`);
  return true;
}

def({
  name: 'ssh-add',
  summary: 'adds private key identities to the OpenSSH authentication agent',
  spec,
  available: linuxOnly,
  *run(ctx: CommandContext) {
    const agent = connectAgent(ctx);
    if (agent === 'unset') {
      ctx.err('Could not open a connection to your authentication agent.\n');
      return 2;
    }
    if (typeof agent === 'string') {
      ctx.err(`Error connecting to agent: ${agent}\n`);
      return 2;
    }
    const o = ctx.opts!;
    const quiet = o.has('q');
    const actions = ['l', 'L', 'D', 'x', 'X'].filter((k) => o.has(k));
    if (actions.filter((a) => a === 'l' || a === 'L').length > 1) {
      log(ctx, `-${actions.find((a) => a === 'L' || a === 'l') === 'l' ? 'L' : 'l'} flag already specified`);
      return 255;
    }
    if (new Set(actions.map((a) => a.toLowerCase())).size > 1) {
      log(ctx, 'Invalid combination of actions');
      return 255;
    }
    if (o.has('l') || o.has('L')) {
      const keys = agentKeys(agent);
      if (!keys.length) {
        ctx.out('The agent has no identities.\n');
        return 1;
      }
      for (const { key, comment } of keys)
        ctx.out(o.has('l') ? `${key.bits} ${fingerprint(key)} ${comment} (${KEY_LABEL[key.type]})\n` : `${agentKeyLine(key)} ${comment}\n`);
      return 0;
    }
    if (o.has('D')) {
      storeKeys(ctx, agent, []);
      if (!quiet) ctx.err('All identities removed.\n');
      return 0;
    }
    const files = ctx.operands ?? [];
    const deleting = o.has('d');
    let ret = 0;
    if (files.length === 0) {
      let count = 0;
      const dir = `${homeOf(ctx).replace(/\/$/, '')}/.ssh`;
      for (const f of DEFAULT_FILES) {
        const path = `${dir}/${f}`;
        if (!ctx.host.fs.exists(path)) continue;
        const ok = deleting ? deleteFile(ctx, agent, path, quiet) : yield* addFile(ctx, agent, path, quiet);
        if (ok) count++;
        else ret = 1;
      }
      return count === 0 ? 1 : ret;
    }
    for (const f of files) {
      const ok = deleting ? deleteFile(ctx, agent, f, quiet) : yield* addFile(ctx, agent, f, quiet);
      if (!ok) ret = 1;
    }
    return ret;
  },
});
