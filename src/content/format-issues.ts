import type { z } from 'astro/zod';

/** One line per problem: where it is (file, entry, field) and what to do about it. */
export function formatIssues(where: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.length > 0 ? ` field "${issue.path.join('.')}"` : '';
    return `${where}${field}: ${issue.message}`;
  });
}

/** Error thrown by the content readers; its message lists every problem found, not just the first. */
export class ContentError extends Error {
  constructor(
    readonly problems: string[],
    title = 'Content check failed',
  ) {
    super(`${title}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
  }
}
