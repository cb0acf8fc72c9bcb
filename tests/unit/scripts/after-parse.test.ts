import { describe, expect, it } from 'vitest';
import { afterParseRunner } from '../../../src/scripts/after-parse';

// The runner's behaviour (scripts held back until the first paint, then run) is checked in a
// browser by tests/browser/first-paint.spec.ts, and its hash in the policy by security.spec.ts.
describe('the after-parse runner', () => {
  it('stays an inline script with no imports (an import would be a request before the first paint)', () => {
    expect(afterParseRunner).not.toMatch(/\bimport\b/);
    expect(afterParseRunner).toContain('template[data-after-parse]');
  });
});
