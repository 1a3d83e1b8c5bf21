/**
 * The renderer's Content-Security-Policy, added to every response of the app's
 * session (session.webRequest.onHeadersReceived). Plotly needs inline styles, hence
 * style-src 'unsafe-inline'; nothing else inline, no eval, no network.
 */
import type { OnHeadersReceivedListenerDetails, HeadersReceivedResponse } from 'electron';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Vite's dev server injects an inline script (React Fast Refresh) and talks to the page
 * over a WebSocket, so development relaxes exactly those two directives for its origin.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const origin = new URL(devServerUrl);
  const ws = `${origin.protocol === 'https:' ? 'wss' : 'ws'}://${origin.host}`;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${ws}`,
  );
}

type HeadersListener = (
  details: OnHeadersReceivedListenerDetails,
  callback: (response: HeadersReceivedResponse) => void,
) => void;

/** The onHeadersReceived listener: replaces any CSP header with ours. */
export function cspHeadersListener(policy: string): HeadersListener {
  return (details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() === 'content-security-policy') continue;
      headers[name] = value;
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  };
}
