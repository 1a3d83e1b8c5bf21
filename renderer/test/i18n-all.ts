/** Tests: an i18next instance with both languages loaded up front, so a switch is immediate. */
import type { i18n as I18n } from 'i18next';
import { createI18n, type Lang } from '../i18n';
import en from '../i18n/en.json';

export function createTestI18n(lang: Lang = 'zh'): I18n {
  return createI18n(lang, { en });
}
