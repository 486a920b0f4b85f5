// man of man-db 2.9.3 on the Rocky guests. The box keeps documentation (rocky-linux/kickstarts r9
// Rocky-9-Vagrant-Vbox.ks: `%packages --instLangs=en`, no --excludedocs, and man-pages in its list), so pages
// exist: those of the guest's programs (man1, man8 for /usr/sbin) and of the man-pages package (pages.ts).
// The pages rendered from their sources (../pages, display.ts) are shown, and -f/-k search their NAME lines
// (apropos.ts); a page the box has but whose text is not kept here, -K and -l say so (NOT_SHOWN). Also: a missing
// page (gripe_no_man, status 16), no page named (gripe_no_name, status 1), `-w` locations, the argp help, usage
// and errors (spec.ts). Section words follow is_section() of src/man.c.
import type { CommandContext } from '../../../context';
import { allCommands } from '../../../registry';
import { def, BUILTINS } from '../../lib/guest';
import { binDir } from '../../lib/paths';
import { spec } from './spec';
import type { PageEntry } from '../pages/index';

export const NOT_SHOWN = 'man: displaying and searching manual pages is not part of this simulation\n';
/** man-db's default section order (configure's --with-sections, 2.9.3). */
const ORDER = ['1', 'n', 'l', '8', '3', '2', '3posix', '3pm', '3perl', '3am', '5', '4', '9', '6', '7'];
/** Packages whose programs ship no page (kubectl, kubeadm, kubelet, cri-tools: the Kubernetes rpms). */
const NO_MAN = new Set(['kubectl', 'kubeadm', 'kubelet', 'crictl']);
const NOT_FOUND = 16;

/** is_section(): a listed section, or a digit section with a suffix (3perl, but not 8139too). */
function isSection(w: string): boolean {
  if (ORDER.includes(w)) return true;
  return w.length > 1 && /^[0-9]/.test(w) && !/[0-9]/.test(w[1]) && ORDER.some((s) => s.length === 1 && s === w[0]);
}

type Pages = Record<string, Set<string>>;

function pages(ctx: CommandContext, manPages: Record<string, string>, kept: PageEntry[]): Pages {
  const out: Pages = {};
  for (const [sec, names] of Object.entries(manPages)) out[sec] = new Set(names.split(' '));
  for (const d of allCommands('bash')) {
    if (d.available && !d.available(ctx.host, ctx.world)) continue;
    for (const n of [d.name, ...(d.aliases ?? [])]) {
      if (NO_MAN.has(n)) continue;
      // a page kept here is in its own section (vmstat.8 of a program in /usr/bin)
      const own = kept.filter((p) => p[0] === n).map((p) => p[1]);
      for (const sec of own.length ? own : [BUILTINS.has(n) || binDir(n) === '/usr/bin' ? '1' : '8']) (out[sec] ??= new Set()).add(n);
    }
  }
  return out;
}

/** The sections holding `name`, in search order, limited to `only` when given. */
function find(all: Pages, name: string, only: string[] | null): string[] {
  const secs = only ?? [...ORDER, ...Object.keys(all).filter((s) => !ORDER.includes(s))];
  return secs.filter((s) => all[s]?.has(name));
}

def({
  name: 'man',
  summary: 'an interface to the system reference manuals',
  spec,
  *run(ctx) {
    const o = ctx.opts!;
    if (o.has('usage')) {
      const { usage } = (yield { load: () => import('./help') }) as typeof import('./help');
      ctx.out(usage);
      return 0;
    }
    const args = [...(ctx.operands ?? [])];
    const whatis = o.has('whatis');
    const listed = o.str('sections')?.split(/[:,]/).filter(Boolean) ?? null;
    const index = { load: () => import('../pages/index').then((m) => m.PAGES) };
    if (o.has('apropos') || o.has('global-apropos')) {
      if (!args.length) {
        // man -k runs apropos (do_extern), whose argp parser prints this on stdout
        if (o.has('apropos')) ctx.out('apropos what?\n');
        else ctx.err("What manual page do you want?\nFor example, try 'man man'.\n");
        return 1;
      }
      if (o.has('global-apropos')) {
        ctx.err(NOT_SHOWN);
        return 0;
      }
      const PAGES = (yield index) as PageEntry[];
      const { search } = (yield { load: () => import('./apropos') }) as typeof import('./apropos');
      return search(ctx, PAGES, args, { apropos: true, regex: true, wildcard: false, exact: false, all: false, long: false, sections: listed });
    }
    if (!args.length) {
      if (whatis) ctx.out('whatis what?\n');
      else ctx.err("What manual page do you want?\nFor example, try 'man man'.\n");
      return 1;
    }
    if (o.has('local-file')) {
      ctx.err(NOT_SHOWN);
      return 0;
    }
    const { MAN_PAGES } = (yield { load: () => import('./pages') }) as typeof import('./pages');
    const PAGES = (yield index) as PageEntry[];
    const all = pages(ctx, MAN_PAGES, PAGES);
    const kept = (name: string, sec: string) => PAGES.find((p) => p[0] === name && p[1] === sec);
    let status = 0;
    let shown = false;
    if (whatis) {
      // a name whose page is here is looked up; one the box has without its text here is not shown
      const known = args.filter((a) => PAGES.some((p) => p[0].toLowerCase() === a.toLowerCase()) || !find(all, a, listed).length);
      if (known.length < args.length) shown = true;
      if (known.length) {
        const { search } = (yield { load: () => import('./apropos') }) as typeof import('./apropos');
        status = search(ctx, PAGES, known, { apropos: false, regex: false, wildcard: false, exact: false, all: false, long: false, sections: listed });
      }
      if (shown) ctx.err(NOT_SHOWN);
      return status;
    }
    let displayed = false;
    const where = o.has('where');
    while (args.length) {
      let word = args.shift()!;
      let section: string | null = null;
      let maybeSection = false;
      if (isSection(word)) {
        maybeSection = true;
        if (!args.length) {
          // `man 5`: a name after all; a digit-led one that is not found gets gripe_no_name(sect)
          if (!find(all, word, listed).length) {
            if (/^[0-9]/.test(word)) {
              ctx.err(`No manual entry for ${word}\n(Alternatively, what manual page do you want from section ${word}?)\nFor example, try 'man man'.\n`);
              return 1;
            }
          }
        } else {
          section = word;
          word = args.shift()!;
        }
      }
      void maybeSection;
      let name = word;
      // split_page_name(): ls.1 and ls(1)
      const dot = word.lastIndexOf('.');
      const paren = /^(.*)\(([^()]*)\)$/.exec(word);
      if (!section && dot > 0 && isSection(word.slice(dot + 1))) {
        section = word.slice(dot + 1);
        name = word.slice(0, dot);
      } else if (!section && paren && isSection(paren[2])) {
        section = paren[2];
        name = paren[1];
      }
      // -i (the default): a name that is not a page's as written may be one in another case (`man LS`)
      if (!o.has('match-case') && !find(all, name, section ? [section] : listed).length) {
        const lower = name.toLowerCase();
        const other = Object.values(all).flatMap((set) => [...set]).find((n) => n.toLowerCase() === lower);
        if (other) name = other;
      }
      const secs = find(all, name, section ? [section] : listed);
      if (!secs.length) {
        ctx.err(section ? `No manual entry for ${name} in section ${section}\n` : `No manual entry for ${name}\n`);
        status = NOT_FOUND;
        continue;
      }
      if (where) {
        for (const s of o.has('all') ? secs : secs.slice(0, 1)) ctx.out(`/usr/share/man/man${s[0]}/${name}.${s}.gz\n`);
        continue;
      }
      const found: { entry: PageEntry; title: string }[] = [];
      for (const s of o.has('all') ? secs : secs.slice(0, 1)) {
        const entry = kept(name, s);
        if (entry) found.push({ entry, title: `${name}(${s})` });
        else shown = true;
      }
      if (found.length) {
        const { show } = (yield { load: () => import('./display') }) as typeof import('./display');
        yield* show(ctx, found, displayed, o.str('pager') ?? null);
        displayed = true;
      }
    }
    if (shown) ctx.err(NOT_SHOWN);
    return status;
  },
});
