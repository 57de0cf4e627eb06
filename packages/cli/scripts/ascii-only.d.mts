export interface SourceMapLike {
  mappings: string;
  [key: string]: unknown;
}
export function asciiOnly<M extends SourceMapLike | undefined>(code: string, map?: M): { code: string; map: M };
