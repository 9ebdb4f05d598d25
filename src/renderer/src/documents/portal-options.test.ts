import { describe, expect, it } from 'vitest';
import { DEFAULT_PORTAL_HTML_OPTIONS } from '../../../shared/export/portal-html-options';
import { loadPortalOptions, savePortalOptions } from './portal-options';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
}

describe('portal options', () => {
  it('round-trips the clerk’s choices', () => {
    const storage = memoryStorage();
    savePortalOptions({ ...DEFAULT_PORTAL_HTML_OPTIONS, title: 'omit', captions: 'table' }, storage);
    expect(loadPortalOptions(storage)).toMatchObject({ title: 'omit', captions: 'table', dateLine: true });
  });
  it('falls back to the defaults on missing or damaged data', () => {
    expect(loadPortalOptions(memoryStorage())).toEqual(DEFAULT_PORTAL_HTML_OPTIONS);
    expect(loadPortalOptions(memoryStorage({ 'thuky.portalOptions': '{oops' }))).toEqual(DEFAULT_PORTAL_HTML_OPTIONS);
    expect(loadPortalOptions(memoryStorage({ 'thuky.portalOptions': '{"title":"h9"}' }))).toEqual(DEFAULT_PORTAL_HTML_OPTIONS);
  });
});
