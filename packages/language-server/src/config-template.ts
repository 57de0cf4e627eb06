// The config file the editor's “创建配置文件” writes: what `report-lint` reads (.reportlintrc.json or
// .yaml), every key present and empty, so the file shows where things go. The profile is left out
// unless one is named: with no profile, the rules choose it by the report's issuer (a department's
// report gets the department profile), and naming the default would turn that off.

/** Where the config schema is published (@report-lint/schema), for editors that read a YAML modeline. */
export const CONFIG_SCHEMA_URL = "https://unpkg.com/@report-lint/schema/schemas/config.schema.json";

/** The documentation of the config file. */
export const CONFIG_DOCS_URL = "https://github.com/report-lint/report-lint/blob/main/docs/cli.md#配置";

/** The formats of a new config file, and their file names. */
export const CONFIG_TEMPLATE_NAMES = { json: ".reportlintrc.json", yaml: ".reportlintrc.yaml" } as const;

/** The text of a new config file; `profile` is written only when given (a built-in id or a profile file path). */
export function configTemplate(format: "json" | "yaml", profile?: string): string {
  if (format === "json") {
    const config: Record<string, unknown> = {};
    if (profile !== undefined && profile !== "") config.profile = profile;
    Object.assign(config, { rules: {}, allow: [], ignorePatterns: [] });
    return `${JSON.stringify(config, null, 2)}\n`;
  }
  const profileLine =
    profile !== undefined && profile !== ""
      ? `profile: ${JSON.stringify(profile)}\n`
      : "# profile: fazhi-zhengfu-annual   # 不写时按发文机关自动选用：政府用 fazhi-zhengfu-annual，部门用 fazhi-zhengfu-department\n";
  return [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    `# report-lint 配置，说明见 ${CONFIG_DOCS_URL}`,
    "",
    "# 报告类型",
    profileLine.trimEnd(),
    "",
    "# 逐条规则的开关、级别与选项，如：",
    "#   stray-latin: off",
    "#   duplicated-word: { severity: error, allow: [试点试点] }",
    "rules: {}",
    "",
    "# 全局允许的词语，如 [APP, 12345热线]",
    "allow: []",
    "",
    "# 不检查的文件（gitignore 写法，相对于本文件所在目录），如 [archive/]",
    "ignorePatterns: []",
    "",
  ].join("\n");
}
