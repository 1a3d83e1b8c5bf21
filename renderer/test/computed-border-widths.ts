/**
 * jsdom's getComputedStyle does not resolve CSS custom properties (Ant Design writes its
 * borders as var(--ant-line-width)), so a border width stays at its initial keyword,
 * "medium", where a browser gives pixels ("1px", or "0px" without a border style). Ant
 * Design's auto-sizing TextArea adds the border widths to the height it sets:
 * parseFloat("medium") is NaN, and React warned "`NaN` is an invalid value for the
 * `height` css style property" (the plan editor's multi-line fields). Here border widths
 * resolve as a browser resolves them: a keyword to its pixels, no border style to 0px.
 */
const SIDE_WIDTH = /^border-(top|right|bottom|left)-width$/;
const KEYWORD_PX: Readonly<Record<string, string>> = { thin: '1px', medium: '3px', thick: '5px' };
const INSTALLED = Symbol.for('planpath.computedBorderWidths');

/** A border width as a browser's getComputedStyle returns it. */
export function resolvedBorderWidth(width: string, style: string): string {
  if (style === '' || style === 'none' || style === 'hidden') return '0px';
  return KEYWORD_PX[width] ?? width;
}

export function installComputedBorderWidths(win: Window & typeof globalThis): void {
  const marked = win as unknown as Record<symbol, boolean>;
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  const jsdomComputedStyle = win.getComputedStyle.bind(win);
  win.getComputedStyle = (elt: Element, pseudo?: string | null): CSSStyleDeclaration => {
    const style = jsdomComputedStyle(elt, pseudo);
    const get = style.getPropertyValue.bind(style);
    style.getPropertyValue = (name: string): string => {
      const side = SIDE_WIDTH.exec(name)?.[1];
      return side === undefined ? get(name) : resolvedBorderWidth(get(name), get(`border-${side}-style`));
    };
    return style;
  };
}
