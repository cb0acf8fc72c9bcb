// The explorer's parts that load on first use (a node's card, the keyboard help, the quiz's
// question and its lookup): most visits open none of them. One module, so that the explorer
// carries one loader for all of them (the diagram page's JavaScript budget is tight).
export { default as KeyboardHelp } from './KeyboardHelp.svelte';
export { default as NodeCard } from './NodeCard.svelte';
export { default as PredictionPrompt } from './PredictionPrompt.svelte';
export { predictionForStep } from '../../pathway/predictions';
