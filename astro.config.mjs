// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { shikiConfig, shikiCssIntegration } from './scripts/shiki.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryPlugin } from './scripts/glossary-plugin.mjs';
import { simCoreChunk } from './scripts/chunks.mjs';

const base = process.env.BASE_PATH || '/';
// The public origin (https://course.example.org). With it, pages carry canonical and hreflang links.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  base,
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx({ processor: satteri({ hastPlugins: [glossaryPlugin({ base })] }) }), shikiCssIntegration()],
  markdown: { shikiConfig },
  security: {
    // A strict policy: nothing from other origins, scripts only from this site or hashed; Pagefind compiles
    // WebAssembly. Styles may be inline because the terminal (xterm) writes its own <style> elements.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    // The simulator's core in one chunk, however many lazy command modules share its parts (scripts/chunks.mjs).
    plugins: [simCoreChunk()],
    build: {
      rollupOptions: {
        // Astro's compiled MDX starts with an "astro:head-inject" directive that the bundler cannot keep and
        // says so once per lesson; it is expected, so the build output stays readable.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  prefetch: false,
});
