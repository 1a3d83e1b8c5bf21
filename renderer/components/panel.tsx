/** A titled box (in place of Ant Design's Card, which brings tabs and menus along). */
import type { ReactNode } from 'react';

export interface PanelProps {
  title: ReactNode;
  extra?: ReactNode;
  className?: string;
  children: ReactNode;
  'data-testid'?: string;
}

export function Panel({ title, extra, className, children, ...rest }: PanelProps) {
  return (
    <section className={`panel ${className ?? ''}`} data-testid={rest['data-testid']}>
      <header className="panel-head">
        <h3 className="panel-heading">{title}</h3>
        {extra ? <div className="panel-extra">{extra}</div> : null}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
