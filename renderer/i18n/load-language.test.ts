/** English strings are a chunk of their own, loaded when English is first chosen. */
import { describe, expect, it } from 'vitest';
import { createI18n, switchLanguage } from './index';

describe('loading a language when it is chosen', () => {
  it('starts with Chinese only; switching to English loads its strings, then switches', async () => {
    const i18n = createI18n('zh');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18n.t('baseNotice.tag', { count: 2 })).toBe('2 个指标缺基期值');
    await switchLanguage(i18n, 'en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('baseNotice.tag', { count: 2 })).toBe('2 indicators lack a base value');
    await switchLanguage(i18n, 'zh');
    expect(i18n.t('baseNotice.tag', { count: 2 })).toBe('2 个指标缺基期值');
  });
});
