/**
 * antd's Dropdown, loaded when first opened: with it comes antd's Menu (about 60 KB
 * minified with its parts), which the first window does not need. Until then the trigger
 * is shown as it is; its first click (or Enter) loads the dropdown and opens it, and the
 * trigger keeps the focus it had. Click trigger only (the header's 更多 / More menu).
 * Props a wrapper adds (a Tooltip's ref and handlers) reach the trigger either way.
 */
import type { DropdownProps } from 'antd';
import { cloneElement, lazy, Suspense, useEffect, useRef, useState, type HTMLAttributes, type MouseEvent, type ReactElement, type Ref, type RefObject } from 'react';

const Dropdown = lazy(() => import('antd/es/dropdown'));

type TriggerProps = { onClick?: (event: MouseEvent<HTMLElement>) => void };

export interface LazyDropdownProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  menu: DropdownProps['menu'];
  autoFocus?: boolean;
  /** The trigger: a button holding `triggerRef`. */
  children: ReactElement<TriggerProps>;
  triggerRef: RefObject<HTMLElement | null>;
  /** From a wrapper such as a Tooltip (React 19: a ref is a prop). */
  ref?: Ref<HTMLElement>;
}

export function LazyDropdown({ children, triggerRef, ref, menu, autoFocus, ...fromWrapper }: LazyDropdownProps) {
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  const hadFocus = useRef(false);
  // The trigger's own ref and the wrapper's, both (cloneElement's ref replaces the element's).
  const ownRef = (children.props as { ref?: Ref<HTMLElement> }).ref;
  const bothRefs = (node: HTMLElement | null) => {
    for (const r of [ref, ownRef]) {
      if (typeof r === 'function') r(node);
      else if (r != null) r.current = node;
    }
  };
  if (!wanted) {
    return cloneElement(children, {
      ...fromWrapper,
      ref: bothRefs,
      onClick: (event: MouseEvent<HTMLElement>) => {
        children.props.onClick?.(event);
        fromWrapper.onClick?.(event);
        hadFocus.current = document.activeElement === triggerRef.current;
        setWanted(true);
        setOpen(true);
      },
    } as TriggerProps);
  }
  return (
    <Suspense fallback={cloneElement(children, { ...fromWrapper, ref: bothRefs } as TriggerProps)}>
      <Loaded triggerRef={triggerRef} hadFocus={hadFocus}>
        <Dropdown {...fromWrapper} ref={ref} menu={menu} autoFocus={autoFocus} trigger={['click']} open={open} onOpenChange={setOpen}>
          {children}
        </Dropdown>
      </Loaded>
    </Suspense>
  );
}

/** Once the dropdown is there (the trigger was mounted anew inside it), the trigger gets back the focus it had. */
function Loaded({ children, triggerRef, hadFocus }: { children: ReactElement; triggerRef: RefObject<HTMLElement | null>; hadFocus: RefObject<boolean> }) {
  useEffect(() => {
    if (hadFocus.current && document.activeElement !== triggerRef.current) triggerRef.current?.focus();
    hadFocus.current = false;
  }, [triggerRef, hadFocus]);
  return children;
}
