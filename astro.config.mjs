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
  security: { csp: true },
  devToolbar: { enabled: false },
  prefetch: false,
});
