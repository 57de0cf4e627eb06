import annual from "../profiles/fazhi-zhengfu-annual.json";
import department from "../profiles/fazhi-zhengfu-department.json";
import type { Profile } from "./types.generated.js";

/** The id of the profile used when none is configured. */
export const DEFAULT_PROFILE_ID = "fazhi-zhengfu-annual";

/** Built-in profiles, keyed by id. Each is a JSON file validated against profile.schema.json. */
export const builtinProfiles: Readonly<Record<string, Profile>> = {
  // (Through unknown: TypeScript reads each JSON item as its own shape; test/profiles.test.ts validates the files against the schema.)
  [annual.id]: annual as unknown as Profile,
  [department.id]: department as unknown as Profile,
};

export function getBuiltinProfile(id: string): Profile | undefined {
  return builtinProfiles[id];
}

/** Fill {year} and {nextYear} in a profile's template string (a heading, a title). */
export function fillYears(s: string, year: number): string {
  return s.replace(/\{year\}/gu, String(year)).replace(/\{nextYear\}/gu, String(year + 1));
}
