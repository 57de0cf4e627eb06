// LibreOffice as the independent reader of the .docx files report-lint writes: it converts them
// headless (Debian's libreoffice-writer-nogui, which .ci/run installs) to OpenDocument, PDF or
// text. On a machine without it the tests that need it are skipped — except in CI, where
// REPORT_LINT_REQUIRE_LIBREOFFICE=1 makes its absence a failure rather than a silent skip.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";

export function hasLibreOffice(): boolean {
  const found = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
  if (!found && process.env["REPORT_LINT_REQUIRE_LIBREOFFICE"] === "1") throw new Error("LibreOffice (soffice) is required here: apt-get install libreoffice-writer-nogui");
  return found;
}

/** Convert `file` to `format` (odt, pdf, txt:Text …) with LibreOffice; the output's bytes. Throws when it fails. */
export function convert(file: string, format: string): Buffer {
  const out = mkdtempSync(join(tmpdir(), "report-lint-lo-"));
  try {
    // A profile of its own: conversions running at once do not wait on each other's lock.
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${out}/profile`, "--convert-to", format, "--outdir", out, file], { stdio: "pipe", timeout: 120_000 });
    const ext = format.split(":")[0]!;
    return readFileSync(join(out, basename(file).replace(/\.[^.]+$/u, `.${ext}`)));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The comments LibreOffice reads in a document: for each, its text and the document text it is anchored on. */
export function commentsSeenByLibreOffice(file: string): Array<{ anchored: string; text: string; author: string }> {
  const content = strFromU8(unzipSync(convert(file, "odt"), { filter: (f) => f.name === "content.xml" })["content.xml"]!);
  const plain = (xml: string): string => xml.replace(/<text:tab\/>/gu, "\t").replace(/<text:s( text:c="(\d+)")?\/>/gu, (_, __, n: string | undefined) => " ".repeat(Number(n ?? 1))).replace(/<[^>]+>/gu, "").replace(/&lt;/gu, "<").replace(/&gt;/gu, ">").replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, "&");
  const out: Array<{ anchored: string; text: string; author: string }> = [];
  for (const m of content.matchAll(/<office:annotation office:name="([^"]+)"[^>]*>([\s\S]*?)<\/office:annotation>/gu)) {
    const end = content.indexOf(`<office:annotation-end office:name="${m[1]}"`, m.index + m[0].length);
    const body = m[2]!;
    const author = /<dc:creator>([^<]*)<\/dc:creator>/u.exec(body)?.[1] ?? "";
    const paragraphs = [...body.matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/gu)].map((p) => plain(p[1]!));
    // Comments on the same text nest: the others' bodies inside this one's span are not document text.
    const span = end === -1 ? "" : content.slice(m.index + m[0].length, end).replace(/<office:annotation\b[\s\S]*?<\/office:annotation>/gu, "");
    out.push({ anchored: plain(span), text: paragraphs.join("\n"), author });
  }
  return out;
}

/**
 * The text of a document as LibreOffice holds it with every tracked change accepted: its
 * OpenDocument body (where deletions are already out and insertions in, the changes themselves
 * kept aside in text:tracked-changes), paragraph by paragraph, in the .docx reader's form
 * (paragraphs separated by a blank line, no runs of blank lines, one line break at the end).
 */
export function acceptedTextByLibreOffice(file: string): string {
  const content = strFromU8(unzipSync(convert(file, "odt"), { filter: (f) => f.name === "content.xml" })["content.xml"]!);
  const body = content
    .slice(content.indexOf("<office:text"))
    .replace(/<text:tracked-changes\b[\s\S]*?<\/text:tracked-changes>/gu, "")
    .replace(/<office:annotation\b[\s\S]*?<\/office:annotation>/gu, "");
  const paragraphs = [...body.matchAll(/<text:(p|h)\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:\1>)/gu)].map((m) =>
    (m[2] ?? "")
      .replace(/<text:tab\/>/gu, "\t")
      .replace(/<text:s( text:c="(\d+)")?\/>/gu, (_, __, n: string | undefined) => " ".repeat(Number(n ?? 1)))
      .replace(/<[^>]+>/gu, "")
      .replace(/&lt;/gu, "<")
      .replace(/&gt;/gu, ">")
      .replace(/&quot;/gu, '"')
      .replace(/&apos;/gu, "'")
      .replace(/&amp;/gu, "&"),
  );
  return paragraphs.join("\n\n").replace(/\n{3,}/gu, "\n\n").replace(/^\n+|\n+$/gu, "") + "\n";
}
