import { redirect } from '@tanstack/react-router';

/**
 * The kiosk's lock, kept by the browser so that it outlives reloads, typed addresses and
 * back/forward: once a kiosk opens, every other page of the app sends the browser back to it
 * until an officer types their password (KioskExitDialog). A browser bound to its unit's kiosk
 * (a token signed by the server, checked each time the kiosk opens) goes back to it even after a
 * restart; leaving it without unbinding lets this tab alone use the app until the kiosk opens again.
 *
 * localStorage: `hailong.kiosk.lock` (the unit whose kiosk is open) and `hailong.kiosk.binding`
 * (the signed token and what it says); sessionStorage: `hailong.kiosk.pass` (this tab was let out).
 */
const LOCK = 'hailong.kiosk.lock';
const BINDING = 'hailong.kiosk.binding';
const PASS = 'hailong.kiosk.pass';

export interface StoredBinding {
  token: string;
  unitCode: string;
  mode: string;
}

function read<T>(storage: Storage | undefined, key: string): T | null {
  try {
    const text = storage?.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

/** The browser's storage, or undefined where there is none or it is refused (storage blocked). */
function storage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window[kind];
  } catch {
    return undefined;
  }
}
const local = () => storage('localStorage');
const session = () => storage('sessionStorage');

export function storedBinding(): StoredBinding | null {
  const b = read<StoredBinding>(local(), BINDING);
  return b && typeof b.token === 'string' && typeof b.unitCode === 'string' ? b : null;
}

export function kioskPath(unitCode: string): string {
  return `/quay/${encodeURIComponent(unitCode)}`;
}

/** The kiosk this browser must stay on, or null when it is free to use the app. */
export function kioskHome(): string | null {
  const lock = read<{ unitCode: string }>(local(), LOCK);
  if (lock && typeof lock.unitCode === 'string') return lock.unitCode;
  const binding = storedBinding();
  if (binding && session()?.getItem(PASS) !== '1') return binding.unitCode;
  return null;
}

/** The kiosk opened: lock the browser on it. */
export function lockKiosk(unitCode: string): void {
  local()?.setItem(LOCK, JSON.stringify({ unitCode }));
  session()?.removeItem(PASS);
}

export function storeBinding(binding: StoredBinding): void {
  local()?.setItem(BINDING, JSON.stringify(binding));
}

/** A token the server refused: forget it (the kiosk stays locked by its own lock). */
export function forgetBinding(): void {
  local()?.removeItem(BINDING);
}

/** After the officer's password: free the browser; a bound one stays bound unless `unbind`. */
export function unlockKiosk({ unbind }: { unbind: boolean }): void {
  local()?.removeItem(LOCK);
  if (unbind) forgetBinding();
  else if (storedBinding()) session()?.setItem(PASS, '1');
}

/** Whether `pathname` may be shown while the browser is locked on `unitCode`'s kiosk. */
export function allowedWhileLocked(pathname: string, unitCode: string): boolean {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // keep it as it came
  }
  // The login page stays reachable: an expired session at the kiosk signs in and comes back.
  return path === `/quay/${unitCode}` || path === '/dang-nhap';
}

/** Root route guard: any other page in a locked browser goes back to its kiosk. */
export function kioskGuard(location: { pathname: string }): void {
  const unitCode = kioskHome();
  if (unitCode && !allowedWhileLocked(location.pathname, unitCode)) {
    throw redirect({ to: '/quay/$unitCode', params: { unitCode }, replace: true });
  }
}

/**
 * A page restored from the back/forward cache runs no navigation: check it here and leave for the
 * kiosk before anything of it stays on screen.
 */
export function guardRestoredPages(): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('pageshow', (event) => {
    const unitCode = kioskHome();
    if (event.persisted && unitCode && !allowedWhileLocked(window.location.pathname, unitCode)) {
      window.location.replace(kioskPath(unitCode));
    }
  });
}
