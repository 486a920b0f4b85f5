// A FOR variable in the command: %i, and %~i with the modifiers of `for /?` (f d p n x s a t z).
import { type CmdCtx } from '../shared';
import { winStamp } from '../dir/run';

const MODS = 'fdpnxsatz';

function expand(value: string, mods: string, ctx: CmdCtx): string {
  const bare = value.replace(/^"(.*)"$/, '$1');
  if (mods === '') return bare;
  const fs = ctx.host.fs;
  const full = fs.canonical(fs.resolve(ctx.frame.cwd, bare));
  const node = fs.get(full);
  const parts: string[] = [];
  if (mods.includes('a') && node) parts.push(node.type === 'dir' ? 'd--------' : '--a------');
  if (mods.includes('t') && node) parts.push(winStamp(node.mtime, ctx.world.tzOffsetHours).replace('  ', ' '));
  if (mods.includes('z') && node && node.type === 'file') parts.push(String(new TextEncoder().encode(node.content).length));
  const name = fs.basename(full);
  const dot = name.lastIndexOf('.');
  const dir = fs.dirname(full);
  let path = '';
  const pick = mods.replace(/[satz]/g, '');
  if (pick.includes('f') || pick === '' && /[s]/.test(mods)) path = full;
  else {
    if (pick.includes('d')) path += full.slice(0, 2);
    if (pick.includes('p')) path += fs.join(dir, '').slice(2);
    if (pick.includes('n')) path += dot > 0 ? name.slice(0, dot) : name;
    if (pick.includes('x')) path += dot > 0 ? name.slice(dot) : '';
  }
  if (path) parts.push(path);
  return parts.join(' ');
}

/** The command with each FOR variable (case-sensitive, one character) replaced. */
export function substitute(body: string, vars: Record<string, string>, ctx: CmdCtx): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    const next = body[i + 1];
    if (next !== undefined && next in vars) {
      out += vars[next];
      i++;
      continue;
    }
    if (next === '~') {
      const run = /^[a-zA-Z$]*/.exec(body.slice(i + 2))![0];
      let done = false;
      for (let k = run.length; k >= 1 && !done; k--) {
        const mods = run.slice(0, k - 1);
        if (run[k - 1] in vars && [...mods.toLowerCase()].every((m) => MODS.includes(m))) {
          out += expand(vars[run[k - 1]], mods.toLowerCase(), ctx);
          i += 1 + k;
          done = true;
        }
      }
      if (done) continue;
    }
    out += c;
  }
  return out;
}
