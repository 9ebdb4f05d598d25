import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAllowedRequestUrl, isAppUrl, trustedDevServerUrl } from './url-policy';

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

describe('dev server trust', () => {
  const dev = { NODE_ENV_ELECTRON_VITE: 'development', ELECTRON_RENDERER_URL: 'http://localhost:5173' };
  it('trusts the dev server only in an unpackaged app started by electron-vite dev, on loopback', () => {
    expect(trustedDevServerUrl(false, dev)).toBe('http://localhost:5173');
    expect(trustedDevServerUrl(false, { ...dev, ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' })).toBe('http://127.0.0.1:5173');
    expect(trustedDevServerUrl(true, dev)).toBeUndefined();
    expect(trustedDevServerUrl(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBeUndefined();
    expect(trustedDevServerUrl(false, { ...dev, ELECTRON_RENDERER_URL: 'http://evil.example:5173' })).toBeUndefined();
    expect(trustedDevServerUrl(false, { ...dev, ELECTRON_RENDERER_URL: 'file:///tmp/x' })).toBeUndefined();
    expect(trustedDevServerUrl(false, { ...dev, ELECTRON_RENDERER_URL: 'không phải url' })).toBeUndefined();
  });
});
