import i18next, { type i18n as I18n, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import zh from './zh.json';

export type Lang = 'zh' | 'en';

/**
 * A fresh i18next instance (no network, no detection). Chinese, the default, is built in;
 * English is loaded when first chosen (loadLanguage), so the strings of a language nobody
 * uses are not in the first download. `preloaded`: resources already at hand (tests).
 */
export function createI18n(lang: Lang = 'zh', preloaded: Partial<Record<Lang, ResourceKey>> = {}): I18n {
  const instance = i18next.createInstance();
  const resources: Record<string, { translation: ResourceKey }> = { zh: { translation: zh } };
  if (preloaded.en !== undefined) resources.en = { translation: preloaded.en };
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'zh',
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Make sure a language's strings are loaded (English comes as its own chunk, once). */
export async function loadLanguage(instance: I18n, lang: Lang): Promise<void> {
  if (lang === 'zh' || instance.hasResourceBundle(lang, 'translation')) return;
  const { default: en } = await import('./en.json');
  instance.addResourceBundle('en', 'translation', en, true, true);
}

/** Switch the language once its strings are there. */
export async function switchLanguage(instance: I18n, lang: Lang): Promise<void> {
  await loadLanguage(instance, lang);
  if (instance.language !== lang) await instance.changeLanguage(lang);
}
