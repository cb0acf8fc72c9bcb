import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright specs live in tests/browser and must not be collected here.
// The Svelte plugin lets SVG snapshot tests render components with svelte/server.
export default defineConfig({
  plugins: [svelte({ compilerOptions: { css: 'injected' } })],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
