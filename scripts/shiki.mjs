// Build-time code highlighting: Shiki with a light and a dark theme, inline styles turned into classes so the
// pages keep a strict Content-Security-Policy, and every block wrapped in a figure that carries its title and
// whether a learner can send it to the lab terminal (fence meta: title="Vagrantfile" run).
import { transformerStyleToClass } from '@shikijs/transformers';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const styleToClass = transformerStyleToClass({ classPrefix: 'sk-' });

/** Reads `title="..."` (or title='...') and bare flags such as `run` from a fence's meta string. */
export function parseMeta(raw = '') {
  const title = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(raw);
  const rest = raw.replace(/(?:^|\s)title=(?:"[^"]*"|'[^']*')/, ' ');
  const flags = new Set(rest.split(/\s+/).filter(Boolean));
  return { title: title ? (title[1] ?? title[2]) : undefined, run: flags.has('run') };
}

/** @type {import('shiki').ShikiTransformer} */
const figureTransformer = {
  name: 'cdx:figure',
  root(root) {
    const meta = parseMeta(this.options.meta?.__raw);
    const lang = this.options.lang;
    const children = [];
    if (meta.title) {
      children.push({
        type: 'element',
        tagName: 'figcaption',
        properties: { className: ['code-title'] },
        children: [{ type: 'text', value: meta.title }],
      });
    }
    children.push(...root.children);
    const properties = { className: ['code-block'], dataLang: lang };
    if (meta.run) properties.dataRun = '';
    root.children = [{ type: 'element', tagName: 'figure', properties, children }];
    return root;
  },
};

/** @type {NonNullable<NonNullable<import('astro').AstroUserConfig['markdown']>['shikiConfig']>} */
export const shikiConfig = {
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  defaultColor: 'light',
  wrap: false,
  langAlias: { cmd: 'bat', console: 'shellsession' },
  transformers: [figureTransformer, styleToClass],
};

/** Writes the collected token classes to dist/code.css after a build (and serves them in dev). */
export function shikiCssIntegration() {
  return {
    name: 'cdx:shiki-css',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url && req.url.endsWith('/code.css')) {
            res.setHeader('content-type', 'text/css');
            res.end(styleToClass.getCSS());
            return;
          }
          next();
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = path.join(fileURLToPath(dir), 'code.css');
        await mkdir(path.dirname(out), { recursive: true });
        await writeFile(out, styleToClass.getCSS());
      },
    },
  };
}
