/**
 * The one Content-Security-Policy for the renderer, in both doors. No remote origin anywhere:
 * the app makes no network requests. Inline styles are allowed for the editor's layout; scripts only
 * from the app itself.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self'", // the pdf.js worker of the print preview, bundled with the app
].join('; ');
