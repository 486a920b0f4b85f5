// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { shikiConfig, shikiCssIntegration } from './scripts/shiki.mjs';

const base = process.env.BASE_PATH || '/';

export default defineConfig({
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), shikiCssIntegration()],
  markdown: { shikiConfig },
  security: {
    // A strict policy: nothing from other origins; Pagefind needs to compile its WebAssembly.
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
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
