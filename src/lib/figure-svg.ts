/**
 * Figures are drawn in the light palette (public/figures/*.svg, each readable on its own). A page inlines
 * them through `themeSvg()`: every fill and stroke colour becomes `var(--fig-<hex>, #<hex>)`, so the page's
 * light and dark themes (src/styles/global.css) recolour the same drawing, and ids are prefixed so two
 * figures on one page never share an id. The lesson's own text alternative replaces the file's labels.
 */

const COLOR_ATTR = /\s(fill|stroke)="#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})"/g;

function expandHex(hex: string): string {
  const h = hex.toLowerCase();
  return h.length === 3 ? h.replace(/./g, (c) => c + c) : h;
}

/** Rewrites one start tag: its colour attributes move into a style made of CSS variables. */
function themeTag(tag: string): string {
  const decls: string[] = [];
  let out = tag.replace(COLOR_ATTR, (_m, attr: string, hex: string) => {
    const h = expandHex(hex);
    decls.push(`${attr}:var(--fig-${h},#${h})`);
    return '';
  });
  if (decls.length === 0) return tag;
  if (/\sstyle="/.test(out)) {
    out = out.replace(/\sstyle="([^"]*)"/, (_m, s: string) => ` style="${decls.join(';')};${s}"`);
  } else {
    out = out.replace(/(\s*\/?>)$/, ` style="${decls.join(';')}"$1`);
  }
  return out;
}

export interface ThemedSvg {
  /** The <svg> element, ready to inline. */
  html: string;
  /** Every colour the drawing uses, lower-case hex without '#'. */
  colors: string[];
}

export function themeSvg(source: string, idPrefix: string, label: string): ThemedSvg {
  const start = source.indexOf('<svg');
  if (start < 0) throw new Error(`${idPrefix}: not an SVG file`);
  let svg = source.slice(start).trim();
  const colors = new Set<string>();
  for (const m of svg.matchAll(COLOR_ATTR)) colors.add(expandHex(m[2]!));
  svg = svg.replace(/<[a-zA-Z][^>]*>/g, themeTag);
  // ids and their references
  svg = svg
    .replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${idPrefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${idPrefix}-${id})`)
    .replace(/\s(?:xlink:)?href="#([^"]+)"/g, (m, id: string) => m.replace(`#${id}`, `#${idPrefix}-${id}`));
  // The lesson's text alternative is the accessible name; the file's own labels give way to it.
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  svg = svg.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
    const kept = attrs.replace(/\s(?:role|aria-labelledby|aria-describedby|aria-label)="[^"]*"/g, '');
    return `<svg${kept} role="img" aria-label="${escaped}" focusable="false">`;
  });
  return { html: svg, colors: [...colors].sort() };
}
