export type Locale = "zh" | "en";

/** The locale of the CLI's own words (help, errors, summaries); findings are always Chinese. */
export function detectLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  // Only an explicit English locale switches; C/POSIX (common in containers and CI) and unset keep Chinese.
  return /^en/iu.test(lang) ? "en" : "zh";
}

let current: Locale = "zh";

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Pick the Chinese or the English wording. */
export function t(zh: string, en: string): string {
  return current === "en" ? en : zh;
}
