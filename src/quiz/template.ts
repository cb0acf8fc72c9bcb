/** Fills "{name}" slots in a UI string from src/i18n/en.json: fillTemplate('{n} left', { n: 3 }) → '3 left'. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** Option letters as readers see them: 0 → "A". */
export const optionLetter = (index: number) => String.fromCharCode(65 + index);
