// @vitest-environment jsdom
import '../test/setup-dom';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../models/plan/plan-schema';
import { validatePlan } from '../../models/plan/validate-plan';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import PlanEditor from './plan-editor';
import { useWorkspace } from '../store/store-context';

/** The editor as the main view shows it: given the store's plan at each render. */
function Editor() {
  const plan = useWorkspace((s) => s.plan);
  return plan === null ? null : <PlanEditor plan={plan} />;
}

function setup() {
  const store = storeWithDefaultPlan();
  const r = renderWithStore(<Editor />, store);
  const plan = () => store.getState().plan as Plan;
  return { ...r, plan, user: userEvent.setup() };
}

const field = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

async function openSection(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  await user.click(screen.getByRole('tab', { name }));
}

describe('plan editor', () => {
  it('a typed title takes effect at each key, as one undo step', async () => {
    const { user, plan, store } = setup();
    const before = plan();
    const title = field('pe-title-en');
    await user.clear(title);
    await user.type(title, 'Test City plan');
    expect(plan().title.en).toBe('Test City plan');
    expect(store.getState().past).toHaveLength(1);
    act(() => void store.getState().undo());
    expect(plan()).toBe(before);
    expect(field('pe-title-en').value).toBe(before.title.en);
  });

  it('an empty title is kept in the field with the message beside it; the plan keeps the last valid title', async () => {
    const { user, plan } = setup();
    const before = plan().title.zh;
    await user.clear(field('pe-title-zh'));
    expect(field('pe-title-zh').value).toBe('');
    expect(screen.getByTestId('pe-title-zh-error').textContent).not.toBe('');
    expect(screen.getByTestId('pe-pending')).toBeTruthy();
    expect(plan().title.zh).toBe(before);
    await user.type(field('pe-title-zh'), '新规划');
    expect(plan().title.zh).toBe('新规划');
    expect(screen.queryByTestId('pe-pending')).toBeNull();
  });

  it('a base value that is not a number stays in its field with the reason; a number takes effect', async () => {
    const { user, plan } = setup();
    await openSection(user, /指标/);
    const base = field('pe-indicators-0-base-value');
    const before = plan().indicators[0]?.base?.value;
    // Pasted in one go (typed key by key, "7" and "74" would each take effect on the way).
    fireEvent.change(base, { target: { value: '74x' } });
    expect(base.value).toBe('74x');
    expect(screen.getByTestId('pe-indicators-0-base-value-error').textContent).toContain('74x');
    expect(plan().indicators[0]?.base?.value).toBe(before);
    await user.clear(base);
    await user.type(base, '7500');
    expect(plan().indicators[0]?.base?.value).toBe(7500);
    // Cleared: not known, the status becomes "missing".
    await user.clear(base);
    expect(plan().indicators[0]?.base).toMatchObject({ value: null, status: 'missing' });
  });

  it('a formula is checked as it is typed: an unknown name is named beside the field, the plan keeps the last valid formula', async () => {
    const { user, plan } = setup();
    await openSection(user, /指标/);
    const at = plan().indicators.findIndex((i) => i.id === 'gdp_per_capita');
    await user.click(screen.getByTestId(`pe-indicator-list-${at}`));
    const formula = field(`pe-indicators-${at}-formula`);
    const before = plan().indicators[at]?.formula;
    fireEvent.change(formula, { target: { value: 'gdp * 10000 / people' } });
    expect(screen.getByTestId(`pe-indicators-${at}-formula-error`).textContent).toMatch(/people/);
    expect(plan().indicators[at]?.formula).toBe(before);
    // Discarding the draft goes back to the plan in force.
    await user.click(screen.getByTestId('pe-discard'));
    expect(field(`pe-indicators-${at}-formula`).value).toBe(before);
    // Typed key by key, the plan follows each valid step and keeps the last one.
    await user.clear(field(`pe-indicators-${at}-formula`));
    await user.type(field(`pe-indicators-${at}-formula`), 'gdp / p');
    expect(field(`pe-indicators-${at}-formula`).value).toBe('gdp / p');
    expect(plan().indicators[at]?.formula).toBe('gdp ');
    fireEvent.change(field(`pe-indicators-${at}-formula`), { target: { value: 'gdp * 1e4 / population' } });
    expect(plan().indicators[at]?.formula).toBe('gdp * 1e4 / population');
  });

  it('a growth is typed as shown: 5 means 5% (the file keeps 0.05); the field shows percent and writes nothing back untouched', async () => {
    const { user, plan, store } = setup();
    await openSection(user, /目标/);
    const i = plan().targets.findIndex((t) => t.type === 'average-growth');
    await user.click(screen.getByTestId(`pe-target-list-${i}`));
    const stored = plan().targets[i] as { value: number; tolerance?: number };
    const value = field(`pe-targets-${i}-value`);
    expect(value.value).toBe(String(Number((stored.value * 100).toPrecision(12))));
    // Focused and left without a key: nothing changes, nothing to undo.
    const before = plan();
    fireEvent.focus(value);
    fireEvent.blur(value);
    expect(plan()).toBe(before);
    expect(store.getState().past).toHaveLength(0);
    await user.clear(value);
    await user.type(value, '5');
    expect(plan().targets[i]).toMatchObject({ value: 0.05 });
    await user.clear(value);
    await user.type(value, '6.5');
    expect((plan().targets[i] as { value: number }).value).toBe(0.065);
    fireEvent.blur(value);
    expect(field(`pe-targets-${i}-value`).value).toBe('6.5');
    const tolerance = field(`pe-targets-${i}-tolerance`);
    await user.clear(tolerance);
    await user.type(tolerance, '0.5');
    expect(plan().targets[i]).toMatchObject({ tolerance: 0.005 });
    expect(validatePlan(plan()).ok).toBe(true);
  });

  it('a growth typed as 600 (%) is accepted with the warning beside it; its fix makes it 6%', async () => {
    const { user, plan } = setup();
    await openSection(user, /目标/);
    const i = plan().targets.findIndex((t) => t.type === 'average-growth');
    await user.click(screen.getByTestId(`pe-target-list-${i}`));
    const value = field(`pe-targets-${i}-value`);
    await user.clear(value);
    await user.type(value, '600');
    expect(plan().targets[i]).toMatchObject({ value: 6 });
    expect(screen.getByTestId(`pe-targets-${i}-value-warning`).textContent).toMatch(/600%/);
    // The fix is offered as the field shows numbers: in percent.
    expect(screen.getByTestId(`pe-targets-${i}-value-fix`).textContent).toMatch(/\b6\b/);
    await user.click(screen.getByTestId(`pe-targets-${i}-value-fix`));
    await waitFor(() => expect(plan().targets[i]).toMatchObject({ value: 0.06 }));
    fireEvent.blur(field(`pe-targets-${i}-value`));
    expect(field(`pe-targets-${i}-value`).value).toBe('6');
    expect(screen.queryByTestId(`pe-targets-${i}-value-warning`)).toBeNull();
    expect(validatePlan(plan()).ok).toBe(true);
  });

  it('renaming an indicator id follows its targets; a taken id is refused in place', async () => {
    const { user, plan } = setup();
    await openSection(user, /指标/);
    const id = field('pe-indicators-0-id');
    await user.clear(id);
    expect(screen.getByTestId('pe-indicators-0-id-error')).toBeTruthy();
    await user.type(id, 'population');
    expect(id.value).toBe('population');
    expect(screen.getByTestId('pe-indicators-0-id-error').textContent).toMatch(/population/);
    await user.clear(id);
    await user.type(id, 'grp');
    expect(plan().indicators[0]?.id).toBe('grp');
    expect(plan().targets.some((t) => t.indicator === 'gdp')).toBe(false);
    expect(validatePlan(plan()).ok).toBe(true);
  });

  it('adds an indicator and selects it', async () => {
    const { user, plan } = setup();
    await openSection(user, /指标/);
    const n = plan().indicators.length;
    await user.click(screen.getByTestId('pe-add-indicator'));
    expect(plan().indicators).toHaveLength(n + 1);
    expect(field(`pe-indicators-${n}-id`).value).toBe('new_indicator');
    expect(field(`pe-indicators-${n}-base-value`).value).toBe('');
  });
});
