// The theme picker's behaviour (ThemePicker.astro): applies and remembers the reader's choice.
import { applyTheme, currentTheme, type ThemeChoice } from '../../lib/theme';

const select = document.querySelector<HTMLSelectElement>('#theme-select');
if (select) {
  select.value = currentTheme();
  select.addEventListener('change', () => applyTheme(select.value as ThemeChoice));
}
