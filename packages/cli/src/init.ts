// `report-lint init`: a draft report from the active profile.
import { open } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { defaultYear, isDocx, Linter, renderTemplate, renderTemplateDocx } from "@report-lint/formatter";
import { DEFAULT_PROFILE_ID, getBuiltinProfile, type Profile } from "@report-lint/schema";
import { parse, profileOverride, UsageError } from "./args.js";
import { helpText } from "./help.js";
import { t } from "./i18n.js";
import type { Io } from "./io.js";

const INIT_OPTIONS = {
  organ: { type: "string" },
  year: { type: "string" },
  format: { type: "string", short: "f" },
  profile: { type: "string" },
  config: { type: "string", short: "c" },
  locale: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** `report-lint init`: write a draft report from the active profile. */
export async function init(argv: string[], io: Io, err: (line: string) => void): Promise<number> {
  const { values: v, positionals } = parse(argv, INIT_OPTIONS);
  const values = v as { organ?: string; year?: string; format?: string; profile?: string; config?: string; help: boolean };
  if (values.help) {
    io.stdout.write(helpText());
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(t("init 只接受一个文件名", "init takes one file name"));
  const file = positionals[0] === undefined ? undefined : resolve(io.cwd, positionals[0]);
  let year = defaultYear();
  if (values.year !== undefined) {
    if (!/^(19|20|21)\d\d$/u.test(values.year)) throw new UsageError(t(`--year 应为四位年份，如 2025，收到“${values.year}”`, `--year should be a four-digit year such as 2025, got '${values.year}'`));
    year = Number(values.year);
  }
  const ext = file === undefined ? "" : extname(file).toLowerCase();
  const format = values.format ?? (ext === ".md" || ext === ".markdown" ? "md" : "txt");
  if (format !== "md" && format !== "txt") throw new UsageError(t(`init 的 --format 应为 md 或 txt，收到“${format}”`, `init --format should be md or txt, got '${format}'`));
  const docx = file !== undefined && isDocx(file);
  if (docx && values.format !== undefined) throw new UsageError(t("init 写 .docx 时不用 --format：版式按 GB/T 9704", "init writes a .docx laid out per GB/T 9704; --format does not apply"));

  // The profile: --profile, else the config's (found from the target's directory), else the default.
  let profile: string | Profile | undefined = await profileOverride(values.profile, io.cwd);
  if (profile === undefined) {
    const linter = new Linter(values.config === undefined ? { cwd: io.cwd } : { cwd: io.cwd, configFile: values.config });
    profile = (await linter.configFor(file ?? resolve(io.cwd, "report.txt"))).profile;
  }
  const resolved = typeof profile === "string" ? getBuiltinProfile(profile) ?? getBuiltinProfile(DEFAULT_PROFILE_ID)! : profile;
  const initOpts: Parameters<typeof renderTemplate>[0] = { profile: resolved, year, format };
  if (values.organ !== undefined) initOpts.organ = values.organ;
  const text = docx ? renderTemplateDocx(initOpts) : renderTemplate(initOpts);
  if (file === undefined) {
    io.stdout.write(text);
    return 0;
  }
  try {
    const handle = await open(file, "wx", 0o644);
    try {
      await (typeof text === "string" ? handle.writeFile(text, "utf8") : handle.writeFile(text));
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") err(t(`${positionals[0]}: 文件已存在，不会覆盖；请换一个文件名`, `${positionals[0]}: file exists and will not be overwritten; choose another name`));
    else err(t(`${positionals[0]}: 无法写入（${code ?? "未知错误"}），请检查目录是否存在及权限`, `${positionals[0]}: cannot write (${code ?? "unknown error"}); check that the directory exists and its permissions`));
    return 2;
  }
  io.stderr.write(t(`已生成 ${positionals[0]}：把每处【待填写：…】替换为实际内容后，运行 report-lint ${positionals[0]} 检查\n`, `wrote ${positionals[0]}: replace every 【待填写：…】 placeholder, then run report-lint ${positionals[0]}\n`));
  return 0;
}
