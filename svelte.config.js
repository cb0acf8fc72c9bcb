// Svelte options shared by Astro, svelte-check and Vitest: TypeScript in <script lang="ts">.
import { vitePreprocess } from '@astrojs/svelte';

export default { preprocess: vitePreprocess() };
