// @vitest-environment jsdom
import '../test/setup-dom';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Tooltip } from 'antd';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LazyDropdown } from './lazy-dropdown';

function Menu({ onItem, seen }: { onItem: (key: string) => void; seen: (el: HTMLElement | null) => void }) {
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <Tooltip title="more things">
      <LazyDropdown autoFocus menu={{ items: [{ key: 'a', label: 'Item A' }], onClick: ({ key }) => onItem(key) }} triggerRef={trigger}>
        <Button ref={trigger} data-testid="more" onClick={() => seen(trigger.current)}>
          More
        </Button>
      </LazyDropdown>
    </Tooltip>
  );
}

describe('a dropdown loaded on first use', () => {
  it('shows its trigger at once; the first press loads and opens the menu, the trigger keeping its ref and its focus', async () => {
    const onItem = vi.fn();
    const seen = vi.fn();
    const user = userEvent.setup();
    render(<Menu onItem={onItem} seen={seen} />);
    expect(screen.getByTestId('more').textContent).toBe('More');
    expect(screen.queryByRole('menu')).toBeNull();
    const pressed = screen.getByTestId('more');
    pressed.focus();
    await user.keyboard('{Enter}');
    // The trigger's own click handler ran with its ref set to the button pressed. (By identity:
    // the button is mounted anew inside the dropdown once it has loaded, which may already be
    // the case here when the module was loaded by an earlier test.)
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]?.[0]).toBe(pressed);
    const item = await screen.findByText('Item A');
    await waitFor(() => expect(document.activeElement === screen.getByTestId('more') || document.activeElement?.closest('[role="menu"]') !== null).toBe(true));
    await user.click(item);
    expect(onItem).toHaveBeenCalledWith('a');
    // Later presses open it as a dropdown does.
    await user.click(screen.getByTestId('more'));
    await waitFor(() => expect(screen.getByRole('menu')).toBeTruthy());
  });
});
