/** Themes a reader can choose; 'auto' follows the system light/dark preference. */
export type ThemeChoice = 'auto' | 'light' | 'dark' | 'projector';

const storageKey = 'theme';

/** The choice in force: BaseLayout's inline script applied the remembered one, checked, before first paint. */
export const currentTheme = (): ThemeChoice => (document.documentElement.dataset.theme as ThemeChoice | undefined) ?? 'auto';

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
