// Every component an MDX chapter may use without importing it. The chapter page passes this
// map to <Content components={…} />; CONTRIBUTING.md documents each one.
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import DoseTimeline from './DoseTimeline.astro';
import ForestPlot from './ForestPlot.astro';
import Grade from './Grade.astro';
import KeyPoints from './KeyPoints.astro';
import NntIconArray from './NntIconArray.astro';
import PathwayFigure from './PathwayFigure.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Cite, DoseTimeline, ForestPlot, Grade, KeyPoints, NntIconArray, PathwayFigure, Term };
