// `nmcli connection reload` and `load FILE` (NetworkManager's settings plugins re-reading their files): an ifcfg
// file or keyfile that changed on disk changes its profile, a new one adds a profile, a deleted one removes its
// profile (and takes it down). Profiles the guest started with whose files were never written stay as they are.
import type { CommandContext } from '../../../context';
import { activeOf, deactivate, ifcfgPath, nmState, type NmState, type Profile } from './model';
import { KEYFILE_DIR } from './files';
import { readIfcfg, readKeyfile } from './read';

const IFCFG_DIR = ifcfgPath('').replace(/ifcfg-$/, '');

/** Re-reads one file; false when no plugin takes it. */
export function loadFile(ctx: CommandContext, st: NmState, path: string): boolean {
  const text = ctx.host.fs.isFile(path) ? ctx.host.fs.read(path) : null;
  const existing = st.profiles.find((p) => p.file === path);
  if (typeof text !== 'string') {
    if (existing && !existing.virtual) drop(ctx, st, existing);
    return false;
  }
  const read = path.startsWith(IFCFG_DIR + 'ifcfg-') ? readIfcfg(path, text) : path.startsWith(KEYFILE_DIR + '/') && path.endsWith('.nmconnection') ? readKeyfile(path, text) : null;
  if (!read) return false;
  if (existing) {
    existing.id = read.id;
    existing.props = read.props;
    existing.virtual = false;
  } else st.profiles.push({ ...read, uuid: read.uuid || existingUuid(st, read.id), path: st.nextPath++ });
  return true;
}

const existingUuid = (st: NmState, id: string) => st.profiles.find((p) => p.id === id)?.uuid ?? '';

function drop(ctx: CommandContext, st: NmState, p: Profile): void {
  const a = activeOf(st, p);
  if (a) deactivate(ctx, st, a.iface);
  st.profiles = st.profiles.filter((x) => x !== p);
}

export function reloadAll(ctx: CommandContext): void {
  const st = nmState(ctx);
  const files: string[] = [];
  for (const [dir, ok] of [[IFCFG_DIR.replace(/\/$/, ''), (n: string) => n.startsWith('ifcfg-') && n !== 'ifcfg-lo'], [KEYFILE_DIR, (n: string) => n.endsWith('.nmconnection')]] as const) {
    const list = ctx.host.fs.list(dir);
    if (Array.isArray(list)) for (const e of list) if (e.type === 'file' && ok(e.name)) files.push(`${dir}/${e.name}`);
  }
  for (const p of [...st.profiles]) if (p.file && !p.virtual && !files.includes(p.file)) drop(ctx, st, p);
  for (const f of files) loadFile(ctx, st, f);
}
