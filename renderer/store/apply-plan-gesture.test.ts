// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setTitle } from '../../models/plan/plan-edit';
import type { Plan } from '../../models/plan/plan-schema';
import { loadDefault } from '../bootstrap';
import { createWorkspaceStore } from './workspace-store';

describe('applyPlan with a gesture (typing in a plan editor field)', () => {
  it('keystrokes of one field make one undo step; another field or endGesture starts the next', () => {
    const store = createWorkspaceStore();
    loadDefault(store);
    const s = () => store.getState();
    const original = s().plan as Plan;
    for (const text of ['新', '新规', '新规划']) s().applyPlan(setTitle(s().plan as Plan, 'zh', text), 'title.zh');
    expect(s().past).toHaveLength(1);
    expect(s().dirty).toBe(true);
    s().applyPlan(setTitle(s().plan as Plan, 'en', 'New'), 'title.en');
    expect(s().past).toHaveLength(2);
    s().endGesture();
    s().applyPlan(setTitle(s().plan as Plan, 'en', 'New plan'), 'title.en');
    expect(s().past).toHaveLength(3);
    s().undo();
    s().undo();
    expect(s().plan?.title).toEqual({ zh: '新规划', en: original.title.en });
    s().undo();
    expect(s().plan).toBe(original);
    expect(s().dirty).toBe(false);
    s().redo();
    expect(s().plan?.title.zh).toBe('新规划');
  });

  it('without a gesture each call is its own step', () => {
    const store = createWorkspaceStore();
    loadDefault(store);
    const s = () => store.getState();
    s().applyPlan(setTitle(s().plan as Plan, 'zh', 'a'));
    s().applyPlan(setTitle(s().plan as Plan, 'zh', 'ab'));
    expect(s().past).toHaveLength(2);
  });
});
