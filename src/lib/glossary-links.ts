/**
 * Glossary terms in lessons: the first use of each term in a lesson becomes a link to its glossary entry,
 * with the definition shown on hover or keyboard focus (CSS in site.css) and given to screen readers as the
 * link's description. Runs as a rehype plugin over every lesson (astro.config.mjs); the lesson's language
 * comes from its path, content/lessons/<lang>/….
 *
 * A term is found by its name in that language (`Container runtime`, `컨테이너 런타임`), by each part in
 * parentheses (`VM`, `On-premises`), and for English names also in lower case (`container runtime`), with an
 * optional plural `s`. content/glossary.yaml may list `match: { en: [...], ko: [...] }` instead: regular
 * expressions (case-sensitive) for terms whose words are also everyday words (`Service`, `서비스\(Service\)`).
 */

export interface GlossaryEntry {
  id: string;
  term: Record<string, string>;
  definition: Record<string, string>;
  match?: Partial<Record<string, string[]>>;
  chapters?: string[];
}

interface Matcher { id: string; re: RegExp; definition: string }

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names a term is found by, in one language. */
export function termPatterns(entry: GlossaryEntry, lang: string): string[] {
  const explicit = entry.match?.[lang];
  if (explicit && explicit.length > 0) return explicit;
  const name = entry.term[lang] ?? entry.term.en!;
  const parts: string[] = [];
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
  if (m) {
    parts.push(m[1]!);
    for (const p of m[2]!.split(/,\s*/)) parts.push(p);
  } else parts.push(name);
  const out: string[] = [];
  for (const p of parts.map((x) => x.trim()).filter(Boolean)) {
    const hangul = /[\uac00-\ud7a3]/.test(p);
    if (hangul) {
      out.push(escapeRe(p));
    } else {
      // Names in Latin letters: a plural s; a capitalised common noun also in lower case.
      out.push(`${escapeRe(p)}(?:e?s)?`);
      if (/^[A-Z][a-z]/.test(p) && !/[A-Z]/.test(p.slice(1))) out.push(`${escapeRe(p[0]!.toLowerCase() + p.slice(1))}(?:e?s)?`);
    }
  }
  return out;
}

export function buildMatchers(entries: GlossaryEntry[], lang: string, chapter?: string): Matcher[] {
  return entries.filter((e) => !chapter || !e.chapters || e.chapters.includes(chapter)).map((e) => {
    const alts = termPatterns(e, lang).sort((a, b) => b.length - a.length);
    // Not inside a word: no letter or digit right before, and for Latin names none right after.
    const re = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alts.join('|')})(?![A-Za-z0-9_-])`, 'u');
    return { id: e.id, re, definition: e.definition[lang] ?? e.definition.en! };
  });
}

// ---- a minimal hast shape (the plugin receives the real tree) ----
export interface HText { type: 'text'; value: string }
export interface HElement { type: 'element'; tagName: string; properties?: Record<string, unknown>; children: HNode[] }
export interface HOther { type: string; children?: HNode[]; name?: string; value?: unknown }
export type HNode = HText | HElement | HOther;

const SKIP_TAGS = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'svg', 'script', 'style', 'button', 'summary', 'dt', 'th']);
// MDX components whose text is not prose.
const SKIP_COMPONENTS = new Set(['Figure', 'Lab']);

function termNode(id: string, text: string, definition: string, href: string): HElement {
  const tipId = `term-${id}`;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term'] },
    children: [
      { type: 'element', tagName: 'a', properties: { href, className: ['term-link'], ariaDescribedBy: tipId }, children: [{ type: 'text', value: text }] },
      {
        type: 'element',
        tagName: 'span',
        properties: { id: tipId, role: 'tooltip', className: ['term-tip'], dataPagefindIgnore: '' },
        children: [{ type: 'text', value: definition }],
      },
    ],
  };
}

/** The terms not linked yet in one lesson. */
export type Pending = Map<string, Matcher>;

export function pendingTerms(matchers: Matcher[]): Pending {
  return new Map(matchers.map((m) => [m.id, m]));
}

/** Whether text under these ancestors (nearest first) is prose that may carry a term link. */
export function isProse(ancestors: HNode[]): boolean {
  for (const a of ancestors) {
    if (a.type === 'element' && SKIP_TAGS.has((a as HElement).tagName)) return false;
    if ((a.type === 'mdxJsxFlowElement' || a.type === 'mdxJsxTextElement') && SKIP_COMPONENTS.has(String((a as HOther).name))) return false;
  }
  return true;
}

/**
 * Splits one text at the first use of any pending term (then the rest, for other terms); null when the text
 * holds none. Linked terms leave `pending`.
 */
export function linkText(value: string, pending: Pending, glossaryHref: (id: string) => string): HNode[] | null {
  let best: { m: Matcher; index: number; text: string } | null = null;
  for (const m of pending.values()) {
    const r = m.re.exec(value);
    if (r && (!best || r.index < best.index || (r.index === best.index && r[0].length > best.text.length))) best = { m, index: r.index, text: r[0] };
  }
  if (!best) return null;
  pending.delete(best.m.id);
  const before = value.slice(0, best.index);
  const after = value.slice(best.index + best.text.length);
  const rest = after ? (linkText(after, pending, glossaryHref) ?? [{ type: 'text', value: after } as HText]) : [];
  return [
    ...(before ? [{ type: 'text', value: before } as HText] : []),
    termNode(best.m.id, best.text, best.m.definition, glossaryHref(best.m.id)),
    ...rest,
  ];
}

/** Links the first use of every term in a whole tree, in place; returns the ids linked, in order. */
export function linkTerms(tree: HNode, matchers: Matcher[], glossaryHref: (id: string) => string): string[] {
  const pending = pendingTerms(matchers);
  const linked: string[] = [];
  function walk(node: HNode, ancestors: HNode[]): void {
    const children = (node as { children?: HNode[] }).children;
    if (!children || !isProse([node])) return;
    for (let i = 0; i < children.length && pending.size > 0; i++) {
      const c = children[i]!;
      if (c.type === 'text') {
        const parts = linkText((c as HText).value, pending, glossaryHref);
        if (parts) {
          for (const part of parts) if (part.type === 'element') linked.push(String(((part as HElement).children[0] as HElement).properties!.ariaDescribedBy).slice(5));
          children.splice(i, 1, ...parts);
          i += parts.length - 1;
        }
      } else walk(c, [c, ...ancestors]);
    }
  }
  walk(tree, [tree]);
  return linked;
}
