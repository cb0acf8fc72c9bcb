// Svelte options shared by Astro, svelte-check and Vitest: TypeScript in <script lang="ts">, and
// no version marker on window (discloseVersion), which every page would otherwise load.
import { vitePreprocess } from '@astrojs/svelte';

export default { preprocess: vitePreprocess(), compilerOptions: { discloseVersion: false } };
