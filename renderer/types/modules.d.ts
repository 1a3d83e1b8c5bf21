/// <reference types="vite/client" />

declare module 'plotly.js-basic-dist-min' {
  /** The plotly.js partial bundle; react-plotly.js's factory takes it as `unknown`. */
  const Plotly: {
    react(root: HTMLElement, data: unknown[], layout?: unknown, config?: unknown): Promise<unknown>;
    purge(root: HTMLElement): void;
    /** A data: URL; `root` is a drawn plot or a figure (drawn off screen). */
    toImage(
      root: HTMLElement | { data: unknown[]; layout?: unknown; config?: unknown },
      options: { format: 'png' | 'svg'; width?: number; height?: number; scale?: number },
    ): Promise<string>;
  };
  export default Plotly;
}
