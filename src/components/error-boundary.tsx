import { Component, type ErrorInfo, type ReactNode } from 'react';

type ErrorBoundaryProps = {
  fallback: ReactNode;
  /** When this changes (new data, another scene), the boundary tries its children again. */
  resetKey?: unknown;
  children: ReactNode;
};

/** Keeps a render error inside one part of the screen, so the rest stays up and rotation goes on. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Left in the console for whoever opens devtools on the wall screen; the screen itself shows the fallback.
    console.warn('A part of the screen failed to render and was replaced by its fallback:', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
