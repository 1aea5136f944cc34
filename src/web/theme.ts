import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/**
 * Mantine theme tuned for WCAG 2.1 AA: the primary colour is used at shade 8 (white text on it
 * has a contrast above 4.5:1), and the "dimmed", placeholder, error and light-variant text colours
 * are darkened from Mantine's defaults, which fall below 4.5:1. System fonts only (no web fonts: offline,
 * and they all carry Vietnamese diacritics).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  luminanceThreshold: 0.4,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif',
  headings: { fontWeight: '700' },
  focusRing: 'auto',
  // No sliding drawers or fading modals for people who asked their system for less motion.
  respectReducedMotion: true,
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { size: 'sm' } },
    // Modal and drawer titles are <h2>: give them heading weight.
    Modal: { styles: { title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } } },
    Drawer: { styles: { title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-8)',
    // Text of "light" alerts and buttons: Mantine's shade 9 on the tinted background is below
    // 4.5:1 for green, yellow and orange (and borderline for red).
    '--mantine-color-green-light-color': '#1e6b2e',
    '--mantine-color-red-light-color': '#a51d1d',
    '--mantine-color-yellow-light-color': '#7a4a00',
    '--mantine-color-orange-light-color': '#9c3a06',
  },
  dark: {},
});
