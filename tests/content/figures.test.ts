import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeSvg } from '../../src/lib/figure-svg';

const FIGURES = 'public/figures';
const files = readdirSync(FIGURES).filter((f) => f.endsWith('.svg'));
const darkBlock = (() => {
  const css = readFileSync('src/styles/global.css', 'utf8');
  return [...css.matchAll(/:root\[data-theme='dark'\]\s*\{([^}]*)\}/g)].map((m) => m[1]).join('\n');
})();

function lessons(lang: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const root = join('content/lessons', lang);
  for (const ch of readdirSync(root)) {
    for (const f of readdirSync(join(root, ch))) out.push({ path: join(root, ch, f), text: readFileSync(join(root, ch, f), 'utf8') });
  }
  return out;
}

describe('figures', () => {
  it('every colour a figure uses has a dark-theme counterpart', () => {
    const missing = new Set<string>();
    for (const f of files) {
      for (const c of themeSvg(readFileSync(join(FIGURES, f), 'utf8'), 'x', 'x').colors) {
        if (!darkBlock.includes(`--fig-${c}:`)) missing.add(`${f}: #${c}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('every figure has a title and a description', () => {
    for (const f of files) {
      const s = readFileSync(join(FIGURES, f), 'utf8');
      expect(s, f).toMatch(/<title id="t">[^<]+<\/title>/);
      expect(s, f).toMatch(/<desc id="d">[^<]{40,}<\/desc>/);
    }
  });

  it('a Korean figure has Korean labels, an English one none', () => {
    for (const f of files) {
      const s = readFileSync(join(FIGURES, f), 'utf8');
      const hangul = /[\uac00-\ud7a3]/.test(s);
      expect(hangul, f).toBe(f.endsWith('.ko.svg'));
    }
  });

  it('lessons show figures in their own language, with a text alternative', () => {
    for (const lang of ['en', 'ko']) {
      for (const { path, text } of lessons(lang)) {
        for (const m of text.matchAll(/<Figure\s+src="([^"]+)"[^>]*?alt="([^"]*)"/g)) {
          const src = m[1]!;
          expect(existsSync(join('public', src)), `${path}: ${src}`).toBe(true);
          const other = lang === 'en' ? '.ko.svg' : '.en.svg';
          expect(src.endsWith(other), `${path}: ${src}`).toBe(false);
          if (lang === 'ko') expect(src.endsWith('.ko.svg'), `${path}: ${src} has a Korean version?`).toBe(true);
          expect(m[2]!.length, `${path}: ${src} alt`).toBeGreaterThan(40);
        }
      }
    }
  });

  it('a themed figure takes its colours from the page and its name from the lesson', () => {
    const src = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t d"><title id="t">T</title>'
      + '<defs><marker id="a"><path d="M0 0" fill="#475569"/></marker></defs>'
      + '<rect x="1" fill="#F8FAFC" stroke="#cbd5e1"/><line marker-end="url(#a)" stroke="#475569"/></svg>';
    const { html, colors } = themeSvg(src, 'fig-x', 'A "quoted" <alt>');
    expect(html.startsWith('<svg')).toBe(true);
    expect(html).toContain('<rect x="1" style="fill:var(--fig-f8fafc,#f8fafc);stroke:var(--fig-cbd5e1,#cbd5e1)"/>');
    expect(html).toContain('id="fig-x-a"');
    expect(html).toContain('marker-end="url(#fig-x-a)"');
    expect(html).toContain('aria-label="A &quot;quoted&quot; &lt;alt>"');
    expect(html).not.toContain('aria-labelledby');
    expect(colors).toEqual(['475569', 'cbd5e1', 'f8fafc']);
  });
});
