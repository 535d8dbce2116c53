/**
 * The Content-Security-Policy for the renderer, served with every page and asset: by the `app://`
 * protocol handler in Electron and by the browser host. Pure: no 'electron' import, so the browser
 * host shares it and tests read it.
 *
 * - Scripts only from the app itself ('self' = app://bundle, or http://127.0.0.1:PORT in the host):
 *   no 'unsafe-inline', no 'unsafe-eval', no remote origins. Vite's production build emits only
 *   external module scripts, so nothing inline is needed.
 * - style-src allows 'unsafe-inline' because Mantine injects its CSS variables and colour-scheme
 *   rules through runtime `<style>` elements and sets inline `style` attributes for style props; a
 *   nonce cannot be used without server-side rendering. Inline CSS cannot run script, so the risk
 *   left is limited to visual spoofing by injected markup, which React's escaping already prevents.
 * - img-src also allows data: and blob: (icons inlined by the bundler, photos previewed from a chosen file).
 * - connect-src 'self': the browser host's api is same-origin; in Electron the api goes over IPC.
 * - No objects, frames, form posts, or <base> rewriting; the app may not be framed.
 */
export const cspDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export function contentSecurityPolicy(): string {
  return Object.entries(cspDirectives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Headers sent with every renderer file, over app:// and over the browser host. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()',
  };
}
