import type { KeyboardEvent } from 'react';

/**
 * Enter moves to the next field of a fast-entry form; Ctrl+Enter (⌘+Enter) submits it. The
 * fields that Enter stops at carry `data-enter` (on the input, or on a wrapper such as a radio
 * group, whose checked radio gets the focus). Tab still goes through every field.
 */
export function enterToNext(onSubmit: () => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      onSubmit();
      return;
    }
    // A list that took the Enter (an option was picked), a button, a multi-line field: as usual.
    if (event.defaultPrevented || event.altKey || event.shiftKey) return;
    const from = event.target as HTMLElement;
    if (from.tagName === 'TEXTAREA' || from.tagName === 'BUTTON' || from.tagName === 'A') return;
    if (from.getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    focusNext(event.currentTarget, from);
  };
}

function focusTarget(stop: HTMLElement): HTMLElement | null {
  if (stop.matches('input, select, textarea, button, a[href]')) return stop;
  return (
    stop.querySelector<HTMLElement>('input:checked') ??
    stop.querySelector<HTMLElement>('input, select, button')
  );
}

/** Focus the first enabled `data-enter` field after `from` (in document order). */
export function focusNext(form: HTMLElement, from: HTMLElement): void {
  const stops = [...form.querySelectorAll<HTMLElement>('[data-enter]')];
  const current = stops.find((s) => s === from || s.contains(from));
  const anchor = current ?? from;
  for (const stop of stops) {
    if (stop === anchor || stop.contains(anchor)) continue;
    if (!(anchor.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    const target = focusTarget(stop);
    if (!target || target.hasAttribute('disabled') || target.getAttribute('aria-disabled') === 'true')
      continue;
    target.focus();
    return;
  }
}
