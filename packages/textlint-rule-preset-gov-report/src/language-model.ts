import { languageModelError, LanguageModelError } from "@report-lint/core";

/**
 * What `ask` finds with core's language model, or `without` where there is none to ask: its file
 * missing or unreadable, or damage found in a part of it read only now. wrong-character reports the
 * file; the other rules that consult the model judge as they would without it.
 */
export function askModel<T>(ask: () => T, without: T): T {
  if (languageModelError() !== null) return without;
  try {
    return ask();
  } catch (e) {
    if (e instanceof LanguageModelError) return without;
    throw e;
  }
}
