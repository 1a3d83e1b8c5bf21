import { describe, expect, it } from 'vitest';
import { changedRun, planUpdate, type PlotFigure } from './plot-update';

const layout = { height: 230, yaxis: { range: [0, 10], autorange: false }, xaxis: { range: [2019.5, 2035.5] } };
const line = (y: (number | null)[], name = 'GDP') => ({ type: 'scatter', mode: 'lines', x: [2020, 2021, 2022], y, name, line: { color: '#1d4ed8' } });
const fig = (data: PlotFigure['data'], l: Record<string, unknown> = layout): PlotFigure => ({ data, layout: l, config: { displayModeBar: false } });

describe('planUpdate', () => {
  it('nothing to do when the figure draws the same, even as new objects', () => {
    expect(planUpdate(fig([line([1, 2, 3])]), fig([line([1, 2, 3])]))).toEqual({ kind: 'none' });
  });

  it('new y values on a fixed y axis go to the traces that changed only', () => {
    const step = planUpdate(fig([line([1, 2, 3]), line([5, 5, 5], 'required')]), fig([line([1, 2, 4]), line([5, 5, 5], 'required')]));
    expect(step).toEqual({ kind: 'y', traces: [0], values: [{ y: [1, 2, 4] }] });
  });

  it('a y axis that autoranges is redrawn whole (the range may move)', () => {
    const auto = { ...layout, yaxis: { range: [0, 10] } };
    expect(planUpdate(fig([line([1, 2, 3])], auto), fig([line([1, 2, 4])], auto))).toEqual({ kind: 'react' });
  });

  it('a new axis range, a renamed trace, another trace count or another config is a full update', () => {
    const moved = { ...layout, yaxis: { range: [0, 20], autorange: false } };
    expect(planUpdate(fig([line([1, 2, 3])]), fig([line([1, 2, 30])], moved)).kind).toBe('react');
    expect(planUpdate(fig([line([1, 2, 3])]), fig([line([1, 2, 4], 'GDP (en)')])).kind).toBe('react');
    expect(planUpdate(fig([line([1, 2, 3])]), fig([line([1, 2, 3]), line([1, 1, 1], 'x')])).kind).toBe('react');
    expect(planUpdate(fig([line([1, 2, 3])]), { ...fig([line([1, 2, 4])]), config: { displayModeBar: true } }).kind).toBe('react');
  });

  it('target markers that change symbol, colour and text (a target now met) go with their values', () => {
    const markers = (y: number[], symbol: string[], text: string[]) => ({ type: 'scatter', mode: 'markers', x: [2025, 2035], y, marker: { symbol }, text });
    expect(planUpdate(fig([markers([1, 2], ['x', 'x'], ['a', 'b'])]), fig([markers([1, 3], ['x', 'diamond'], ['a', 'b met'])]))).toEqual({
      kind: 'y',
      traces: [0],
      values: [{ y: [1, 3], marker: { symbol: ['x', 'diamond'] }, text: ['a', 'b met'] }],
    });
    // Other changes of a marker trace (where it is, how it is named) are a full update.
    const moved = { ...markers([1, 3], ['x', 'x'], ['a', 'b']), x: [2025, 2030] };
    expect(planUpdate(fig([markers([1, 2], ['x', 'x'], ['a', 'b'])]), fig([moved])).kind).toBe('react');
    expect(planUpdate(fig([line([1, 2, 3])]), fig([{ ...line([1, 2, 4]), marker: { size: 3 } }])).kind).toBe('react');
  });

  it('the animate frame runs from the first changed trace to the last, empty updates between, later traces left alone', () => {
    const values = [{ y: [1, 2] }, { y: [3, 4], marker: { symbol: ['x', 'diamond'] } }];
    const run = changedRun([1, 3], values);
    expect(run).toEqual({ traces: [1, 2, 3], data: [{ y: [1, 2] }, {}, { y: [3, 4], marker: { symbol: ['x', 'diamond'] } }] });
    // Copies: plotly may change what it is given.
    expect(run.data[0]).not.toBe(values[0]);
    expect(changedRun([0], [{ y: [5] }])).toEqual({ traces: [0], data: [{ y: [5] }] });
  });
});
