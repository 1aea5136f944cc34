import { useEffect } from 'react';

/**
 * A short confirmation at the bottom of the screen that goes away by itself. The live region is
 * always in the page (empty when idle), so screen readers announce each new message.
 */
export function Toast({ message, onHide, ms = 4000 }: { message: string; onHide: () => void; ms?: number }) {
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(onHide, ms);
    return () => window.clearTimeout(timer);
  }, [message, onHide, ms]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {message ? <div className="toast">{message}</div> : null}
    </div>
  );
}
