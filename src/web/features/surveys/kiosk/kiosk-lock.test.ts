import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  allowedWhileLocked,
  kioskGuard,
  kioskHome,
  lockKiosk,
  storeBinding,
  unlockKiosk,
} from './kiosk-lock.ts';

/** A browser's storage, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

/** One browser: localStorage shared by its tabs, sessionStorage per tab. */
const browser = { local: memoryStorage(), tab: memoryStorage() };
const g = globalThis as { window?: unknown };

beforeEach(() => {
  browser.local = memoryStorage();
  browser.tab = memoryStorage();
  g.window = {
    get localStorage() {
      return browser.local;
    },
    get sessionStorage() {
      return browser.tab;
    },
  };
});
afterEach(() => {
  delete g.window;
});

describe('kiosk lock', () => {
  it('a free browser goes anywhere', () => {
    expect(kioskHome()).toBeNull();
    expect(() => kioskGuard({ pathname: '/mot-cua' })).not.toThrow();
  });

  it('an open kiosk keeps the browser on it, only the login page aside, until unlocked', () => {
    lockKiosk('KH25-TNT');
    expect(kioskHome()).toBe('KH25-TNT');
    for (const path of ['/', '/mot-cua', '/mot-cua/ho-so/X', '/tra-cuu', '/quay/KH25-OTHER'])
      expect(allowedWhileLocked(path, 'KH25-TNT'), path).toBe(false);
    expect(allowedWhileLocked('/quay/KH25-TNT', 'KH25-TNT')).toBe(true);
    expect(allowedWhileLocked('/dang-nhap', 'KH25-TNT')).toBe(true);
    expect(() => kioskGuard({ pathname: '/mot-cua' })).toThrow();
    expect(() => kioskGuard({ pathname: '/quay/KH25-TNT' })).not.toThrow();
    // Another tab of the same browser is locked too.
    browser.tab = memoryStorage();
    expect(kioskHome()).toBe('KH25-TNT');
    unlockKiosk({ unbind: false });
    expect(kioskHome()).toBeNull();
  });

  it('reads a unit code that the address bar encodes', () => {
    expect(allowedWhileLocked('/quay/X%C3%83-1', 'XÃ-1')).toBe(true);
    expect(allowedWhileLocked('/quay/%E0%A4%A', 'X')).toBe(false);
  });

  it('a bound browser returns to its kiosk in every new tab; leaving frees only the tab; unbinding frees it all', () => {
    storeBinding({ token: 'k1.x.y', unitCode: 'KH25-TNT', mode: 'survey' });
    expect(kioskHome()).toBe('KH25-TNT');
    lockKiosk('KH25-TNT');
    unlockKiosk({ unbind: false });
    expect(kioskHome()).toBeNull();
    browser.tab = memoryStorage(); // a new tab, or the browser restarted
    expect(kioskHome()).toBe('KH25-TNT');
    lockKiosk('KH25-TNT'); // opening the kiosk again withdraws the tab's pass
    unlockKiosk({ unbind: true });
    browser.tab = memoryStorage();
    expect(kioskHome()).toBeNull();
  });

  it('a browser that refuses storage is never locked', () => {
    g.window = {
      get localStorage(): Storage {
        throw new Error('SecurityError');
      },
      get sessionStorage(): Storage {
        throw new Error('SecurityError');
      },
    };
    lockKiosk('KH25-TNT');
    expect(kioskHome()).toBeNull();
  });
});
