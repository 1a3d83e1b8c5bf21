/** What jsdom lacks and Ant Design needs. Import first in every component test. */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installComputedBorderWidths } from './computed-border-widths';

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    Object.assign(window, { ResizeObserver: ResizeObserverStub });
  }
  installComputedBorderWidths(window);
}

afterEach(() => cleanup());
