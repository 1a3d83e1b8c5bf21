// @vitest-environment jsdom
import '../test/setup-dom';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../test/render';
import { resolvedBorderWidth } from '../test/computed-border-widths';
import PlanEditor from './plan-editor';
import { useWorkspace } from '../store/store-context';

function Editor() {
  const plan = useWorkspace((s) => s.plan);
  return plan === null ? null : <PlanEditor plan={plan} />;
}

describe('multi-line fields of the plan editor', () => {
  it('get a height in pixels from the auto-size, never NaN (React printed "`NaN` is an invalid value for the `height` css style property")', () => {
    const errors = vi.spyOn(console, 'error');
    renderWithStore(<Editor />);
    const areas = Array.from(document.querySelectorAll('textarea')).filter((a) => a.getAttribute('aria-hidden') !== 'true');
    expect(areas.length).toBeGreaterThan(0);
    // React leaves an invalid (NaN) height unset: a height in px means the auto-size computed a number.
    for (const a of areas) expect(a.style.height).toMatch(/^\d+(\.\d+)?px$/);
    expect(errors.mock.calls.filter((c) => c.some((x) => String(x).includes('NaN')))).toEqual([]);
    expect(screen.getAllByRole('textbox').length).toBeGreaterThan(0);
  });
});

describe('border widths as a browser computes them (jsdom leaves var() borders at "medium")', () => {
  it('resolves keywords to pixels and no border style to 0px', () => {
    expect(resolvedBorderWidth('medium', 'none')).toBe('0px');
    expect(resolvedBorderWidth('medium', '')).toBe('0px');
    expect(resolvedBorderWidth('medium', 'solid')).toBe('3px');
    expect(resolvedBorderWidth('thin', 'solid')).toBe('1px');
    expect(resolvedBorderWidth('2px', 'dashed')).toBe('2px');
  });
});
