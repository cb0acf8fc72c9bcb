// The explorer's parts that load on first use (a node's card, the keyboard help, the quiz's
// question and its lookup, walking the arrows with the keyboard): most visits use none of them.
// The explorer starts loading them when focus first enters the diagram. One module, so that the
// explorer carries one loader for all of them (the diagram page's JavaScript budget is tight).
export { default as KeyboardHelp } from './KeyboardHelp.svelte';
export { default as NodeCard } from './NodeCard.svelte';
export { default as PredictionPrompt } from './PredictionPrompt.svelte';
export { predictionForStep } from '../../pathway/predictions';
export { walkByKey } from '../../pathway/navigate';
