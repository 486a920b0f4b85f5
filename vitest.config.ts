/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases; a shared, busy machine needs more than the default 5 s.
    testTimeout: 30_000,
  },
});
