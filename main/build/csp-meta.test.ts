import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../electron/content-security-policy';
import { cspMetaPlugin, META_CONTENT_SECURITY_POLICY, withCspMeta } from './csp-meta';

describe('the CSP <meta> of the built index.html', () => {
  it('is the header policy without frame-ancestors (which a meta cannot carry)', () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    expect(META_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('goes first in <head>, before the scripts it governs; only in builds', () => {
    const html = '<!doctype html><html><head><meta charset="UTF-8" /><script type="module" src="./a.js"></script></head><body></body></html>';
    const out = withCspMeta(html);
    expect(out.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`);
    expect(() => withCspMeta(out)).toThrow(/already/);
    expect(cspMetaPlugin().apply).toBe('build');
  });
});
