// `vagrant global-status`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { M } from '../../messages';
import { rubyPath } from '../../machines';
import { wait } from '../../out';

export function* run(ctx: CommandContext): CommandRun {
  yield wait(400);
  const entries: { id: string; name: string; provider: string; state: string; dir: string }[] = [];
  for (const pr of ctx.world.projects.values())
    for (const m of pr.machines.values()) if (m.state !== 'not_created') entries.push({ id: m.id, name: m.name, provider: 'virtualbox', state: m.state, dir: rubyPath(pr.dir) });
  const w = {
    id: 8,
    name: Math.max(6, ...entries.map((e) => e.name.length)),
    provider: Math.max(6, ...entries.map((e) => e.provider.length)),
    state: Math.max(6, ...entries.map((e) => e.state.length)),
    dir: Math.max(35, ...entries.map((e) => e.dir.length)),
  };
  let out = `${'id'.padEnd(w.id)} ${'name'.padEnd(w.name)} ${'provider'.padEnd(w.provider)} ${'state'.padEnd(w.state)} ${'directory'.padEnd(w.dir)} \n`;
  out += '-'.repeat(Math.max(w.id, 2) + Math.max(w.name, 4) + Math.max(w.provider, 8) + Math.max(w.state, 5) + Math.max(w.dir, 9) + 5) + '\n';
  if (!entries.length) {
    ctx.out(out + M.global_status_none + '\n');
    return 0;
  }
  for (const e of entries) out += `${e.id.slice(0, 7).padEnd(w.id)} ${e.name.padEnd(w.name)} ${e.provider.padEnd(w.provider)} ${e.state.padEnd(w.state)} ${e.dir.padEnd(w.dir)} \n`;
  out += ' \n' + M.global_status_footer + '\n';
  ctx.out(out);
  return 0;
}
