/** Themes a reader can choose; 'auto' follows the system light/dark preference. */
export const themeChoices = ['auto', 'light', 'dark', 'projector'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

const storageKey = 'theme';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (themeChoices as readonly string[]).includes(value);
}

/** The remembered choice, or 'auto' when there is none or storage is unavailable. */
export function readTheme(): ThemeChoice {
  try {
    const stored = localStorage.getItem(storageKey);
    return isThemeChoice(stored) ? stored : 'auto';
  } catch {
    return 'auto';
  }
}

/** Applies and remembers a choice; 'auto' removes data-theme so the media query decides. */
export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  try {
    if (choice === 'auto') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, choice);
  } catch {
    // Private browsing may refuse storage: the theme still applies for this page.
  }
}
