import { describe, expect, it } from 'vitest';
import { contract } from './contract';
import { ROUTE_NAMES } from './route-names';

describe('the plain route list', () => {
  it('names exactly the routes of the contract, each once', () => {
    expect(new Set(ROUTE_NAMES).size).toBe(ROUTE_NAMES.length);
    expect([...ROUTE_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });
});
