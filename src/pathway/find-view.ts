import type { PathwayModel, PathwayView } from './model';

// Its own module so that browser code reaches it without importing model.ts, whose zod
// schemas would otherwise be bundled into every island.
export function findView(model: PathwayModel, id: string): PathwayView {
  const view = model.views.find((candidate) => candidate.id === id);
  if (!view) throw new Error(`No view "${id}" in the pathway model`);
  return view;
}
