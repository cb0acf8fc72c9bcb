import path from 'node:path';

/**
 * Folder that holds what authors write. Tests point EXPLAINER_CONTENT_DIR at a copy with a
 * deliberate mistake to prove that the build fails with a helpful message.
 */
export function contentRoot(): string {
  return path.resolve(process.env.EXPLAINER_CONTENT_DIR ?? 'content');
}

/** Path shown in error messages: relative to the project when possible. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
