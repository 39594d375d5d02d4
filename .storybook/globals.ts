/** The part of a story's context these helpers read; any story's args will do. */
interface Context {
  globals: Record<string, unknown>;
  args?: object;
}

export type Locale = 'en' | 'es' | 'fr' | 'ar';
export type Theme = 'auto' | 'light' | 'dark';

/** The languages every widget ships with, as offered in the toolbar. */
export const locales: ReadonlyArray<{ value: Locale; title: string; dir: 'ltr' | 'rtl' }> = [
  { value: 'en', title: 'English', dir: 'ltr' },
  { value: 'es', title: 'Español', dir: 'ltr' },
  { value: 'fr', title: 'Français', dir: 'ltr' },
  { value: 'ar', title: 'العربية', dir: 'rtl' },
];

export function localeOf(context: Context): Locale {
  const wanted = context.globals['locale'] as string | undefined;
  return locales.find((l) => l.value === wanted)?.value ?? 'en';
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locales.find((l) => l.value === locale)?.dir ?? 'ltr';
}

/** A story's own `theme` arg wins; otherwise the toolbar's choice. */
export function themeOf(context: Context): Theme {
  const own = (context.args as { theme?: unknown } | undefined)?.theme;
  if (own === 'auto' || own === 'light' || own === 'dark') return own;
  return context.globals['theme'] === 'dark' ? 'dark' : 'light';
}
