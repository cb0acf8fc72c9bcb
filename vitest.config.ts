import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright specs live in tests/browser and must not be collected here.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
