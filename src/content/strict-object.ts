import { z } from 'astro/zod';

/**
 * A strict zod object whose "unknown field" error names the allowed fields, so a misspelt
 * frontmatter or YAML key fails with the fix instead of being silently dropped.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling; allowed fields are ${allowed}`
        : undefined,
  });
}

/** A lowercase key usable in URLs and citations: letters, digits and hyphens. */
export const keySchema = z
  .string({ error: 'must be a text key such as "tanga2005"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lowercase letters, digits and single hyphens, e.g. "tanga2005" or "reactome-tlr4"',
  });
