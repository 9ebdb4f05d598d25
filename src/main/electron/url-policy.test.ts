import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAllowedRequestUrl, isAppUrl } from './url-policy';

describe('url policy', () => {
  it('treats only app://thuky as the app', () => {
    expect(isAppUrl('app://thuky/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://thuky/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
  it('lets only https and mailto links out', () => {
    expect(isAllowedExternalUrl('https://mttqhanoi.org.vn/')).toBe(true);
    expect(isAllowedExternalUrl('mailto:vanthu@example.vn')).toBe(true);
    expect(isAllowedExternalUrl('http://example.vn/')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@example.vn/')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
  it('blocks every network request', () => {
    expect(isAllowedRequestUrl('app://thuky/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:8080/')).toBe(false);
  });
});
