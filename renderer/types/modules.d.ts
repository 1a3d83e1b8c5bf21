/// <reference types="vite/client" />

declare module 'plotly.js-basic-dist-min' {
  /** The plotly.js partial bundle: the calls renderer/charts/plot.tsx and the exports make. */
  const Plotly: {
    react(root: HTMLElement, data: unknown[], layout?: unknown, config?: unknown): Promise<unknown>;
    /** Used with no duration and redraw off: new values for the given traces, no relayout. */
    animate(
      root: HTMLElement,
      frame: { data: Record<string, unknown>[]; traces: number[] },
      options: { mode: 'immediate'; transition: { duration: number }; frame: { duration: number; redraw: boolean } },
    ): Promise<unknown>;
    purge(root: HTMLElement): void;
    Plots: { resize(root: HTMLElement): Promise<unknown> };
    /** A data: URL; `root` is a drawn plot or a figure (drawn off screen). */
    toImage(
      root: HTMLElement | { data: unknown[]; layout?: unknown; config?: unknown },
      options: { format: 'png' | 'svg'; width?: number; height?: number; scale?: number },
    ): Promise<string>;
  };
  export default Plotly;
}
