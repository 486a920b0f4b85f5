// whatis and apropos of man-db 2.9.3 over the pages man shows here (man/apropos.ts has the matching and the
// lines). No keyword: argp's ARGP_KEY_NO_ARGS prints "NAME what?" on stdout, status 1. apropos takes each
// keyword as a regex unless -e or -w; -a needs every keyword to match; -l does not cut lines to the width.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { whatisSpec, aproposSpec } from './spec';

function* body(ctx: CommandContext, name: 'whatis' | 'apropos'): CommandRun {
  const o = ctx.opts!;
  if (o.has('usage')) {
    const h = (yield { load: () => import('./help') }) as typeof import('./help');
    ctx.out(name === 'apropos' ? h.aproposUsage : h.whatisUsage);
    return 0;
  }
  const words = ctx.operands ?? [];
  if (!words.length) {
    ctx.out(`${name} what?\n`);
    return 1;
  }
  const apropos = name === 'apropos';
  const PAGES = (yield { load: () => import('../pages/index').then((m) => m.PAGES) }) as import('../pages/index').PageEntry[];
  const { search } = (yield { load: () => import('../man/apropos') }) as typeof import('../man/apropos');
  const wildcard = o.has('wildcard');
  const exact = apropos && o.has('exact');
  return search(ctx, PAGES, words, {
    apropos,
    regex: o.has('regex') || (apropos && !exact && !wildcard),
    wildcard,
    exact,
    all: apropos && o.has('and'),
    long: o.has('long'),
    sections: o.str('sections')?.split(/[:,]/).filter(Boolean) ?? null,
  });
}

def({ name: 'whatis', summary: whatisSpec.summary!, spec: whatisSpec, run: (ctx) => body(ctx, 'whatis') });
def({ name: 'apropos', summary: aproposSpec.summary!, spec: aproposSpec, run: (ctx) => body(ctx, 'apropos') });
