/**
 * An error boundary around each view: a view that throws while rendering shows what
 * went wrong and offers to go back to the last state it rendered in, instead of a blank
 * page. The rest of the app (header, other views, autosave) keeps working.
 */
import { Alert, Button, Space } from 'antd';
import { Component, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { quote } from '../../models/plan/validation-messages';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import type { WorkspaceStore } from '../store/workspace-store';
import { captureGoodState, restoreGoodState, type GoodState } from './last-good-state';

interface BoundaryProps {
  /** Names the view in the message and in tests. */
  name: string;
  store: WorkspaceStore;
  labels: { title: string; text: (message: string) => string; back: string; retry: string };
  children: ReactNode;
}

interface BoundaryState {
  error: Error | null;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };
  private good: GoodState | null = null;

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`view "${this.props.name}" failed`, error, info.componentStack);
  }

  private remember = (good: GoodState): void => {
    if (this.state.error === null) this.good = good;
  };

  private back = () => {
    if (this.good !== null) restoreGoodState(this.props.store, this.good);
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) {
      return (
        <>
          {this.props.children}
          <CommitRecorder onCommit={this.remember} />
        </>
      );
    }
    const { labels, name } = this.props;
    return (
      <div className="view-error" role="alert" data-testid={`view-error-${name}`}>
        <Alert
          type="error"
          showIcon
          title={labels.title}
          description={
            <Space orientation="vertical">
              <span>{labels.text(quote(error.message || error.name))}</span>
              <Space>
                <Button type="primary" onClick={this.back} data-testid="view-error-back">
                  {labels.back}
                </Button>
                <Button onClick={() => this.setState({ error: null })}>{labels.retry}</Button>
              </Space>
            </Space>
          }
        />
      </div>
    );
  }
}

/**
 * Renders nothing; after every commit of the view (effects run only when the whole
 * subtree rendered without throwing) it reports the workspace state as a good one.
 */
function CommitRecorder({ onCommit }: { onCommit: (good: GoodState) => void }) {
  const state = useWorkspace((s) => s);
  useEffect(() => onCommit(captureGoodState(state)), [state, onCommit]);
  return null;
}

export function ViewBoundary({ name, children }: { name: string; children: ReactNode }) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  return (
    <Boundary
      name={name}
      store={store}
      labels={{
        title: t('crash.title'),
        text: (message) => t('crash.text', { message }),
        back: t('crash.back'),
        retry: t('crash.retry'),
      }}
    >
      {children}
    </Boundary>
  );
}
