import { describe, expect, it } from 'vitest';
import { remember, type Kept } from '../../../src/pathway/memo';

describe('remember', () => {
  it('computes once per owner and key, and keeps only the last `size` keys', () => {
    const kept: Kept<object, { key: string }> = new WeakMap();
    const owner = {};
    let calls = 0;
    const get = (key: string) => remember(kept, owner, key, () => ((calls += 1), { key }), 2);
    const a = get('a');
    expect(get('a')).toBe(a);
    get('b');
    get('c');
    expect(calls).toBe(3);
    expect(get('a')).not.toBe(a);
    expect(calls).toBe(4);
    expect(remember(kept, {}, 'a', () => ({ key: 'other owner' })).key).toBe('other owner');
  });
});
