export declare function nodeBuiltinsIn(source: string): string[];
export declare function usesDom(source: string): boolean;
