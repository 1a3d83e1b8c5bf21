/**
 * The list beside a detail form (indicators, targets): a WAI-ARIA listbox. Up and down
 * arrows, Home and End move the choice; Tab goes on to the form.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface ListItem {
  key: string;
  title: string;
  sub?: string;
  /** Marks the item (an error or warning in it). */
  flag?: 'error' | 'warning';
}

export function ItemList({ label, items, selected, onSelect, testId }: { label: string; items: ListItem[]; selected: number; onSelect(i: number): void; testId: string }) {
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  // The chosen item in view (an item just added is at the end of a long list).
  useEffect(() => {
    refs.current[selected]?.scrollIntoView?.({ block: 'nearest' });
  }, [selected, items.length]);
  const onKey = (e: KeyboardEvent) => {
    const last = items.length - 1;
    const next = e.key === 'ArrowDown' ? Math.min(last, selected + 1) : e.key === 'ArrowUp' ? Math.max(0, selected - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : -1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="pe-list" role="listbox" aria-label={label} onKeyDown={onKey} data-testid={testId}>
      {items.map((item, i) => (
        <div
          key={item.key}
          ref={(el) => {
            refs.current[i] = el;
          }}
          role="option"
          aria-selected={i === selected}
          tabIndex={i === selected ? 0 : -1}
          className={`pe-item${i === selected ? ' active' : ''}${item.flag ? ` pe-flag-${item.flag}` : ''}`}
          onClick={() => onSelect(i)}
          data-testid={`${testId}-${i}`}
        >
          <span className="pe-item-title">{item.title}</span>
          {item.sub ? <span className="pe-item-sub">{item.sub}</span> : null}
        </div>
      ))}
    </div>
  );
}
