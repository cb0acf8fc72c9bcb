import { describe, expect, it, vi } from 'vitest';
import { siteUrlCheck } from '../../../src/integrations/site-url';

/** Runs the integration's build-done hook and returns what it warned. */
function warnings(configured: boolean): string[] {
  const warn = vi.fn();
  const hook = siteUrlCheck(configured, 'http://localhost:4321').hooks['astro:build:done'] as unknown as (
    options: object,
  ) => void;
  hook({ logger: { warn } });
  return warn.mock.calls.map(([message]) => String(message));
}

describe('siteUrlCheck', () => {
  it('warns a build without SITE_URL which addresses name the default origin, and how to set it', () => {
    const [message, ...more] = warnings(false);
    expect(more).toEqual([]);
    expect(message).toContain('SITE_URL is not set');
    expect(message).toContain('http://localhost:4321');
    expect(message).toContain('canonical links');
    expect(message).toMatch(/SITE_URL=https:\/\/\S+ npm run build/);
  });

  it('says nothing when the build was given its public origin', () => {
    expect(warnings(true)).toEqual([]);
  });
});
