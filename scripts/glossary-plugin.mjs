// Links the first use of each glossary term in a lesson (see src/lib/glossary-links.ts): a hast plugin for
// the Markdown processor that compiles the lessons.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildMatchers, isProse, linkText, pendingTerms } from '../src/lib/glossary-links.ts';

export function glossaryPlugin({ base = '/' } = {}) {
  const root = base.replace(/\/?$/, '/');
  let entries;
  const matchers = new Map();
  return (doc) => {
    const path = doc.fileURL ? fileURLToPath(doc.fileURL).replace(/\\/g, '/') : '';
    const m = /content\/lessons\/([a-z]{2})\/\d+-([a-z0-9-]+)\//.exec(path);
    if (!m) return null;
    const [, lang, chapter] = m;
    entries ??= parse(readFileSync('content/glossary.yaml', 'utf8'));
    const key = `${lang}/${chapter}`;
    if (!matchers.has(key)) matchers.set(key, buildMatchers(entries, lang, chapter));
    const pending = pendingTerms(matchers.get(key));
    const href = (id) => `${root}${lang}/glossary/#${id}`;
    return {
      name: 'glossary-terms',
      text(node, ctx) {
        if (pending.size === 0) return;
        const ancestors = [];
        for (let p = ctx.parent(node); p; p = ctx.parent(p)) ancestors.push(p);
        if (!isProse(ancestors)) return;
        const parts = linkText(node.value, pending, href);
        if (parts) ctx.replaceNode(node, parts);
      },
    };
  };
}
