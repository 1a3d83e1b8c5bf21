import { describe, expect, it } from 'vitest';
import { devServerUrl } from './dev-server-url';

describe('devServerUrl', () => {
  it('is taken by an unpackaged app, as an http(s) URL only', () => {
    expect(devServerUrl({ isPackaged: false, value: 'http://localhost:5173/' })).toEqual({ url: 'http://localhost:5173/' });
    expect(devServerUrl({ isPackaged: false, value: 'https://127.0.0.1:5173/' })).toEqual({ url: 'https://127.0.0.1:5173/' });
    expect(devServerUrl({ isPackaged: false, value: 'file:///etc/passwd' })).toEqual({ url: undefined, ignored: 'not-http' });
    expect(devServerUrl({ isPackaged: false, value: 'not a url' })).toEqual({ url: undefined, ignored: 'not-http' });
  });

  it('is ignored by a packaged app, whatever it says', () => {
    for (const value of ['http://localhost:5173/', 'https://example.com/', 'javascript:alert(1)']) {
      expect(devServerUrl({ isPackaged: true, value })).toEqual({ url: undefined, ignored: 'packaged' });
    }
  });

  it('is absent when unset or empty', () => {
    expect(devServerUrl({ isPackaged: false, value: undefined })).toEqual({ url: undefined });
    expect(devServerUrl({ isPackaged: true, value: '' })).toEqual({ url: undefined });
  });
});
