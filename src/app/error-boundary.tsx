// A screen that fails to render (or whose code cannot load offline) shows a way out instead
// of a blank page. The message is from the locale files, like every other.
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/button';

function ScreenFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="card">
      <h1>{t('errorScreen.title')}</h1>
      <p>{t('errorScreen.body')}</p>
      <div className="button-row">
        <Button onClick={onRetry}>{t('errorScreen.retry')}</Button>
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {t('update.reload')}
        </Button>
      </div>
    </div>
  );
}

interface Props {
  children: ReactNode;
  /** Changing this (e.g. the route) clears a previous failure. */
  resetKey?: string;
}

export class ErrorBoundary extends Component<Props, { failed: boolean; resetKey?: string }> {
  override state: { failed: boolean; resetKey?: string } = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: { failed: boolean; resetKey?: string }) {
    if (props.resetKey !== state.resetKey) return { failed: false, resetKey: props.resetKey };
    return null;
  }

  override render() {
    if (this.state.failed) return <ScreenFailed onRetry={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}
