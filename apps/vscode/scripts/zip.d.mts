export interface ZipEntry {
  name: string;
  size: number;
  compressed: number;
  data(): Buffer;
}
export declare function readZip(file: string): ZipEntry[];
export declare function extractZip(file: string, dir: string): void;
