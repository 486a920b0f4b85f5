// localectl of systemd 252 (options and help in spec.ts) over systemd-localed's state on the box: the system locale
// is the LANG of the login environment (host.env, what /etc/locale.conf gives new logins; anaconda wrote
// LANG="en_US.UTF-8" for the kickstart's `lang en_US`), the console keymap `us` (`keyboard --vckeymap us`) and the
// X11 layout localed converted from it. status is print_status_info(), set-locale localed.c's method_set_locale()
// with polkit's question for a user who is not root, list-locales get_locales() (locales.ts).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { polkit } from '../../lib/polkit';
import { spec } from './spec';
import { LOCALES, localeInstalled } from './locales';

const VERBS: Record<string, [min: number, max: number]> = {
  status: [0, 1], 'set-locale': [2, Infinity], 'list-locales': [0, 1], 'set-keymap': [2, 3], 'list-keymaps': [0, 1], 'set-x11-keymap': [2, 5],
  'list-x11-keymap-models': [0, 1], 'list-x11-keymap-layouts': [0, 1], 'list-x11-keymap-variants': [0, 2], 'list-x11-keymap-options': [0, 1], help: [0, Infinity],
};

/** The variables of locale.conf, in localed's order (locale_variable_to_string()). */
const VARIABLES = ['LANG', 'LANGUAGE', 'LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION'];

const CONF = '/etc/locale.conf';

/** The system locale: locale.conf's assignments once localectl wrote them, else the box's LANG. */
function systemLocale(ctx: CommandContext): string[] {
  const text = ctx.host.fs.isFile(CONF) ? ctx.host.fs.read(CONF) : null;
  if (text !== null)
    return text.split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.replace(/="(.*)"$/, '=$1'));
  return [`LANG=${ctx.host.env.LANG ?? 'en_US.UTF-8'}`];
}

export function* run(ctx: CommandContext): CommandRun {
  const args = ctx.operands ?? [];
  const verb = args[0] ?? 'status';
  const limits = VERBS[verb];
  if (!limits) {
    ctx.err(`Unknown command verb ${verb}.\n`);
    return 1;
  }
  const argc = Math.max(args.length, 1);
  if (argc < limits[0]) {
    ctx.err('Too few arguments.\n');
    return 1;
  }
  if (argc > limits[1]) {
    ctx.err('Too many arguments.\n');
    return 1;
  }
  if (verb === 'help') {
    ctx.out((yield { load: () => import('./help').then((m) => m.help) }) as string);
    return 0;
  }
  if (verb === 'status') {
    const loc = systemLocale(ctx);
    const pad = 'System Locale:'.length;
    let out = `System Locale: ${loc[0] ?? 'n/a'}\n`;
    for (const l of loc.slice(1)) out += `${' '.repeat(pad)} ${l}\n`;
    out += `${'VC Keymap:'.padStart(pad)} us\n${'X11 Layout:'.padStart(pad)} us\n`;
    ctx.out(out);
    return 0;
  }
  if (verb === 'list-locales') {
    ctx.out(LOCALES.map((l) => l + '\n').join(''));
    return 0;
  }
  if (verb === 'set-locale') {
    const fail = (m: string) => {
      ctx.err(`Failed to issue method call: ${m}\n`);
      return 1;
    };
    const set = new Map<string, string>();
    const list = args.slice(1);
    if (list.length === 1 && !list[0].includes('=')) {
      if (!localeInstalled(list[0])) return fail(`Specified locale is not installed: ${list[0]}`);
      set.set('LANG', list[0]);
    } else {
      for (const a of list) {
        const name = VARIABLES.find((v) => a.startsWith(v + '='));
        if (!name) return fail(`Locale assignment ${a} not valid, refusing.`);
        const v = a.slice(name.length + 1);
        if (name !== 'LANGUAGE' && !localeInstalled(v)) return fail(`Locale ${v} not installed, refusing.`);
        if (set.has(name)) return fail(`Locale variable ${name} set twice, refusing.`);
        set.set(name, v);
      }
    }
    const now = new Map(systemLocale(ctx).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as [string, string]));
    // locale_context_merge(): the variables not given keep their value
    const merged = new Map([...now, ...set]);
    if ([...merged].every(([k, v]) => now.get(k) === v) && merged.size === now.size) return 0;
    if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.locale1.set-locale', 'Authentication is required to set the system locale.'))) return fail('Access denied');
    const lines = VARIABLES.filter((v) => merged.get(v)).map((v) => `${v}=${merged.get(v)}`);
    ctx.host.fs.write(CONF, lines.join('\n') + '\n');
    // new logins read locale.conf (/etc/profile.d/lang.sh); the shells open now keep their LANG
    if (merged.get('LANG')) ctx.host.env.LANG = merged.get('LANG')!;
    return 0;
  }
  // the keymap verbs: not modelled (DIFFERENCES.md)
  return 0;
}

def({ name: 'localectl', summary: 'Control the system locale and keyboard layout settings', available: linuxOnly, spec, run });
