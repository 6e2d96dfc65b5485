import { Component, type ErrorInfo, type ReactNode } from 'react';
import { LazyErrorResult } from './lazy-results.tsx';

interface ErrorBoundaryState {
  error: Error | null;
}

/** Catches a rendering crash so the user sees a message with a way back instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Unhandled rendering error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) return <LazyErrorResult error={this.state.error} />;
    return this.props.children;
  }
}
