// @vitest-environment jsdom
import '../test/setup-dom';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test/render';
import ExtractDialog from './extract-dialog';

const TEXT = '“十四五”时期主要目标。到2025年，全市常住人口城镇化率达到73%，社会消费品零售总额突破4500亿元。“十四五”末，社会消费品零售总额突破4500亿元。';

describe('extract dialog', () => {
  it('pastes, extracts, merges two statements of one target, accepts into the plan as one undo step', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ExtractDialog open onClose={() => {}} />);
    const before = store.getState().plan?.targets.length ?? 0;
    await user.click(screen.getByTestId('extract-text'));
    await user.paste(TEXT);
    await user.click(screen.getByTestId('extract-run'));
    expect((await screen.findByTestId('extract-summary')).textContent).toMatch(/共 3 项量化表述/);

    await user.click(screen.getByTestId('extract-pick-c2'));
    await user.click(screen.getByTestId('extract-pick-c3'));
    await user.click(screen.getByTestId('extract-merge'));
    await waitFor(() => expect(screen.queryByTestId('extract-row-c3')).toBeNull());
    await user.click(screen.getByTestId('extract-pick-c1'));
    expect(screen.getByTestId('extract-accept').textContent).toMatch(/2 项/);
    await user.click(screen.getByTestId('extract-accept'));

    // accepting digests the text first (Web Crypto): wait for the plan to change
    await waitFor(() => expect(store.getState().plan?.targets.length).toBe(before + 2));
    const plan = store.getState().plan;
    // the text is kept with the plan, and each new target points into it
    const kept = plan?.texts?.at(-1);
    expect(kept?.text).toBe(TEXT);
    expect(kept?.digest).toMatch(/^[0-9a-f]{64}$/);
    for (const t of plan?.targets.slice(-2) ?? []) {
      expect(t.textRef?.text).toBe(kept?.id);
      const at = TEXT.indexOf(t.sentence);
      expect(t.textRef?.offset).toBeGreaterThanOrEqual(at);
      expect(t.textRef?.offset).toBeLessThan(at + t.sentence.length);
      expect(TEXT.slice(t.textRef?.offset ?? 0)).toMatch(/^(73%|4500亿元)/);
    }
    expect(plan?.targets.slice(-2).map((t) => t.sentence)).toEqual([
      '到2025年，全市常住人口城镇化率达到73%，社会消费品零售总额突破4500亿元。',
      '到2025年，全市常住人口城镇化率达到73%，社会消费品零售总额突破4500亿元。',
    ]);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().plan?.targets.length).toBe(before);
  });

  it('an intensity becomes its own indicator (not GDP) and 同步 an in-step target against GDP', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ExtractDialog open onClose={() => {}} />);
    const before = store.getState().plan;
    await user.click(screen.getByTestId('extract-text'));
    await user.paste('“十四五”时期主要目标。“十四五”时期，单位GDP能耗降低13.5%左右，居民收入增长和经济增长同步。');
    await user.click(screen.getByTestId('extract-run'));
    await screen.findByTestId('extract-summary');
    expect(screen.getByTestId('extract-map-c1').textContent).toMatch(/新建指标：单位地区生产总值能耗/);
    expect(screen.getByTestId('extract-in-step-c2').textContent).toBe('与“地区生产总值”增长同步');
    // What it keeps pace with is mapped to the plan's GDP, and can be changed.
    expect(screen.getByTestId('extract-map-reference-c2').textContent).toMatch(/地区生产总值（亿元）/);
    await user.click(screen.getByTestId('extract-pick-c1'));
    await user.click(screen.getByTestId('extract-pick-c2'));
    await user.click(screen.getByTestId('extract-accept'));
    await waitFor(() => expect(store.getState().plan?.targets.length).toBe((before?.targets.length ?? 0) + 2));
    const [energy, inStep] = store.getState().plan?.targets.slice(-2) ?? [];
    expect(energy).toMatchObject({ indicator: 'energy_intensity', type: 'multiple', ofYear: 2020, year: 2025, factor: 0.865, comparison: '<=', binding: 'binding' });
    expect(inStep).toMatchObject({ type: 'in-step', reference: 'gdp', from: 2020, to: 2025 });
    expect(store.getState().plan?.indicators.find((i) => i.id === 'energy_intensity')?.unit).toBe('指数');
  });

  it('a text without figures says so', async () => {
    const user = userEvent.setup();
    renderWithStore(<ExtractDialog open onClose={() => {}} />);
    await user.click(screen.getByTestId('extract-text'));
    await user.paste('坚持稳中求进工作总基调，推动高质量发展。');
    await user.click(screen.getByTestId('extract-run'));
    expect((await screen.findByTestId('extract-error')).textContent).toMatch(/没有找到带数字的目标或指标/);
  });
});
