// Tab after cd and pushd: bash-completion 2.11's _cd (complete -F _cd -o nospace cd pushd) offers directories only
// (_filedir -d: compgen -d), hidden ones too when the word is empty, as readline matches them.
import type { CompleteContext } from '../../../context';

export function completeDirs(_operands: string[], word: string, ctx: CompleteContext): string[] {
  const fs = ctx.host.fs;
  const cut = word.lastIndexOf('/') + 1;
  const dirPart = word.slice(0, cut);
  const prefix = word.slice(cut);
  const list = fs.list(ctx.resolve(dirPart || '.'));
  if (typeof list === 'string') return [];
  const dots = prefix.startsWith('.') ? ['./', '../'].filter((d) => d.startsWith(prefix)).map((d) => dirPart + d) : [];
  return dots.concat(
    list
      .filter((e) => e.name.startsWith(prefix))
      .filter((e) => e.type === 'dir' || (e.type === 'link' && fs.get(ctx.resolve(dirPart + e.name))?.type === 'dir'))
      .map((e) => dirPart + e.name + (e.type === 'dir' ? '/' : '')),
  );
}
