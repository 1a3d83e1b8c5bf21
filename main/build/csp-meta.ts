/**
 * The Content-Security-Policy as a <meta> in the built index.html, beside the header
 * main adds (content-security-policy.ts): the page keeps its policy wherever it is
 * loaded from (file:// in Electron, a static server for the web build). Added at build
 * time only: Vite's dev server injects an inline script (React Fast Refresh) that the
 * policy forbids, and main relaxes the header for it in development instead.
 * frame-ancestors is left out: a <meta> policy cannot carry it (Chromium logs an error).
 */
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../electron/content-security-policy.ts';

export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

export function cspMetaTag(policy: string = META_CONTENT_SECURITY_POLICY): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}" />`;
}

/** Puts the meta first in <head>, before any script or stylesheet it must govern. */
export function withCspMeta(html: string, policy: string = META_CONTENT_SECURITY_POLICY): string {
  if (/http-equiv="Content-Security-Policy"/i.test(html)) throw new Error('index.html already has a Content-Security-Policy meta');
  const head = html.match(/<head[^>]*>/i);
  if (!head || head.index === undefined) throw new Error('index.html has no <head>');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${cspMetaTag(policy)}${html.slice(at)}`;
}

export function cspMetaPlugin(): Plugin {
  return {
    name: 'planpath-csp-meta',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withCspMeta(html) },
  };
}
