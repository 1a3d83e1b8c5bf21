// @vitest-environment jsdom
/**
 * The national example's 左右 bands in the target table, in the target's unit (not as a
 * rate: grain once showed "7,105,000.0%–7,395,000.0%"), and its own units by their
 * English names in English.
 */
import '../test/setup-dom';
import national from '../../scenarios/national-15th-fyp.json';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planFile, type Plan, type Scenario } from '../../models/plan/plan-schema';
import { evaluateTargets } from '../../models/targets/evaluate-targets';
import { createWorkspaceStore } from '../store/workspace-store';
import { renderWithStore } from '../test/render';
import { TargetTable } from './target-table';

const plan: Plan = planFile.parse(national);
const trend = plan.scenarios.find((s) => s.id === 'trend') as Scenario;
/** Energy intensity falling 4% a year: 0.96^5 ≈ 0.815 of 2025, below the band 0.895–0.905 ×. */
const fast: Scenario = { ...trend, assumptions: { ...trend.assumptions, energy_intensity: [{ from: 2026, to: 2035, value: -0.04 }] } };

function show(lang: 'zh' | 'en', scenario: Scenario = trend) {
  const store = createWorkspaceStore();
  store.getState().setLang(lang);
  renderWithStore(<TargetTable plan={plan} results={evaluateTargets(plan, scenario)} lang={lang} />, store);
}
const threshold = (id: string) => screen.getByTestId(`target-threshold-${id}`).textContent ?? '';

describe('target table: 左右 bands in the target unit', () => {
  it('a level (grain, 万吨), a share (near-shore water, %), a multiple (energy intensity, index) in Chinese', () => {
    show('zh');
    expect(threshold('grain-2030')).toMatch(/^71,050\.0–73,950\.0万吨/);
    expect(threshold('crude-oil-2030')).toMatch(/^19,600\.0–20,400\.0万吨/);
    expect(threshold('nearshore-water-2030')).toBe('85.8–86.2%');
    expect(threshold('energy-intensity-15th')).toMatch(/^\d{2}\.\d–\d{2}\.\d$/);
    expect(threshold('energy-intensity-15th')).not.toContain('%');
  });

  it('in English, with English unit names', () => {
    show('en');
    expect(threshold('grain-2030')).toMatch(/^71,050\.0–73,950\.0 10k tonnes/);
    expect(threshold('nearshore-water-2030')).toBe('85.8–86.2%');
    expect(threshold('energy-intensity-15th')).toMatch(/^\d{2}\.\d–\d{2}\.\d index$/);
    // the plan's own units by their English names, never their Chinese ids
    expect(threshold('energy-production-2030')).toContain('100m tce');
    expect(threshold('water-intensity-15th')).toContain('m³ per 10,000 yuan');
    expect(screen.getByTestId('target-projected-energy-production-2030').textContent).toMatch(/ 100m tce$/);
    expect(screen.getByTestId('target-gap-water-intensity-15th').textContent).toMatch(/ m³ per 10,000 yuan$/);
  });

  it('an upper bound beaten past its band is "below the band", not "above"', () => {
    show('en', fast);
    expect(threshold('energy-intensity-15th')).toMatch(/^79\.0–79\.9 index$/);
    const tag = screen.getByTestId('target-status-energy-intensity-15th');
    expect(tag.getAttribute('data-status')).toBe('met');
    expect(tag.textContent).toBe('Below the band');
  });
});
