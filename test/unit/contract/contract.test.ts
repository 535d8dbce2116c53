import { describe, expect, it } from 'vitest';
import { contract, contractParts, methodNames } from '../../../shared/contract/methods.ts';
import { handlers } from '../../../electron/core/handlers.ts';
import { roles } from '../../../shared/kernel/roles.ts';

describe('the contract', () => {
  it('names each method once across its parts', () => {
    const names = contractParts.flatMap((part) => Object.keys(part));
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual([...methodNames].sort());
  });

  it('names methods domain:verb with a known role and a Vietnamese summary', () => {
    for (const name of methodNames) {
      expect(name).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
      expect(roles).toContain(contract[name].role);
      expect(contract[name].summary.length).toBeGreaterThan(3);
    }
  });

  it('has a handler for every method and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
    for (const name of methodNames) expect(typeof handlers[name]).toBe('function');
  });
});
