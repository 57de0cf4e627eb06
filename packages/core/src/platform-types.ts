/** A data file open for reading: its bytes at any position, read when asked for. */
export interface DataReader {
  /** The file's path (Node) or name (browser), for messages. */
  readonly name: string;
  readonly size: number;
  /** `length` bytes at `position`; throws if the file ends before them. */
  read(position: number, length: number): Uint8Array;
  /** `length` bytes at `position` copied into `target` from `at` (no new memory); throws if the file ends before them. */
  readInto(position: number, length: number, target: Uint8Array, at: number): void;
  close(): void;
}

/** The encodings other than UTF-8 that report texts come in. */
export type LegacyEncoding = "gb18030" | "big5" | "utf-16le" | "utf-16be";
