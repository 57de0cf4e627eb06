#!/usr/bin/env bash
# Issue 19's installation scenarios, as a user meets report-lint (run by .ci/run after the build):
#   1. release wiring: `changeset status`, a patch to core alone bumping the CLI, the language
#      server and the extension (`changeset version` in a clone), `pnpm publish -r --dry-run`;
#   2. packed install: every publishable package packed with `pnpm pack`, the tarballs installed
#      with plain npm in an empty project (our packages from the tarballs, the rest from the npm
#      registry), and `npx report-lint` on a seed report lists its findings and exits 1;
#   3. pre-commit: Debian's pre-commit installs the hook from a clone of this repository at a tag
#      (`rev: v<version>`), and in a scratch repository refuses a faulty report and commits the
#      fixed one.
# Needs a built tree (`pnpm build`) with ../shared beside it, git and, for 3, pre-commit (installed
# with apt-get when missing). Only committed changes reach the pre-commit scenario (it clones HEAD).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seed=$(ls "$root"/../shared/corpus/seeds/*.txt | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pnpm() { npx -y pnpm@10 "$@"; }
fail() { echo "scenarios: $*" >&2; exit 1; }
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

echo "== release: changeset status"
# changesets compares HEAD with the base branch; a clone without a local main (a CI checkout of a
# pull request) compares with origin/main, and one with neither only checks the changesets themselves.
if git rev-parse --verify -q main > /dev/null; then since=()
elif git rev-parse --verify -q origin/main > /dev/null; then since=(--since origin/main)
else since=(--since HEAD); echo "(no main branch here: only the changesets are checked)"
fi
pnpm exec changeset status "${since[@]}"

echo "== release: a patch to a bundled library alone bumps the CLI, the language server and the extension"
# `changeset version` in a clone whose only changeset is a patch to core (the fixed group's promise).
git clone -q "$root" "$work/release"
ln -s "$root/node_modules" "$work/release/node_modules"
(
  cd "$work/release"
  find .changeset -name '*.md' ! -name README.md -delete
  printf -- '---\n"@report-lint/core": patch\n---\n\nA fix in core.\n' > .changeset/core-fix.md
  "$root/node_modules/.bin/changeset" version > /dev/null
)
for dir in packages/cli packages/language-server apps/vscode; do
  before=$(node -p "require('./$dir/package.json').version")
  after=$(node -p "require('$work/release/$dir/package.json').version")
  echo "$dir: $before → $after"
  [ "$before" != "$after" ] || fail "a patch to core did not bump $dir"
done

echo "== release: pnpm publish -r --dry-run"
# Each package's tarball, as npm would receive it (name, size, file count); the file lists are long.
pnpm publish -r --dry-run --no-git-checks > "$work/publish.out" 2>&1 || { cat "$work/publish.out"; fail "pnpm publish --dry-run failed"; }
grep -E '^(npm notice (filename|package size|total files):|\+ )' "$work/publish.out"
grep -q '^+ report-lint@' "$work/publish.out" || fail "pnpm publish --dry-run would not publish report-lint"

echo "== packed install: pnpm pack every publishable package, npm install the tarballs"
mkdir -p "$work/tarballs" "$work/app"
pnpm ls -r --depth -1 --json | node -e '
  let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
    for (const p of JSON.parse(s)) if (!p.private) console.log(p.path);
  });' > "$work/packages"
[ -s "$work/packages" ] || fail "no publishable package"
while read -r dir; do
  (cd "$dir" && npx -y pnpm@10 pack --pack-destination "$work/tarballs" > /dev/null)
done < "$work/packages"
ls "$work/tarballs"
for tarball in "$work"/tarballs/*.tgz; do
  if tar -xOzf "$tarball" package/package.json | grep -q '"workspace:'; then fail "$(basename "$tarball") still has a workspace: range"; fi
done
cd "$work/app"
npm init -y > /dev/null
npm install --no-progress "$work"/tarballs/*.tgz
# Ours must come from the tarballs: none of their names may have been fetched from a registry.
ours=$(for t in "$work"/tarballs/*.tgz; do tar -xOzf "$t" package/package.json | node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>console.log(JSON.parse(s).name))'; done)
OURS="$ours" node -e '
  const ours = new Set(process.env.OURS.split("\n"));
  const lock = require("./package-lock.json");
  for (const [path, entry] of Object.entries(lock.packages)) {
    const name = path.replace(/^.*node_modules\//u, "");
    if (ours.has(name) && !String(entry.resolved).startsWith("file:")) {
      console.error(`${path} was resolved from ${entry.resolved}, not from its tarball`); process.exit(1);
    }
  }'
# Every library loads as a user would import it.
OURS="$ours" node --input-type=module -e '
  for (const name of process.env.OURS.split("\n").filter((n) => n !== "report-lint")) await import(name);'
set +e
npx --no-install report-lint "$seed" > "$work/seed.out" 2>&1
status=$?
set -e
cat "$work/seed.out"
[ "$status" = 1 ] || fail "npx report-lint on $(basename "$seed") exited $status, expected 1"
grep -qE '^ +[0-9]+:[0-9]+ +错误 ' "$work/seed.out" || fail "npx report-lint listed no finding"
npx --no-install report-lint --version
cd "$root"

echo "== pre-commit: the hook installed from a clone at a tag, in a scratch repository"
if ! command -v pre-commit > /dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends pre-commit > /dev/null
fi
pre-commit --version
version=$(node -p 'require("./packages/cli/package.json").version')
git clone -q "$root" "$work/hook-repo"
git -C "$work/hook-repo" tag "v$version"
export PRE_COMMIT_HOME="$work/pre-commit-home"
git init -q "$work/scratch"
cd "$work/scratch"
git config user.name "report-lint CI"
git config user.email "ci@example.invalid"
cat > .pre-commit-config.yaml << EOF
repos:
  - repo: $work/hook-repo
    rev: v$version
    hooks:
      - id: report-lint
EOF
pre-commit install
pre-commit install-hooks
cat > 报告.md << 'EOF'
# 某某镇人民政府关于2025年法治政府建设情况的报告

2025年，某某镇深入学习贯彻习近平法治思想，全面推进依法行政，现将有关情况报告如下。

## 一、推进法治政府建设的主要举措和成效

（一）健全依法决策机制。重大行政决策全部经过合法性审查和集体讨论决定。

（二）深化普法宣传教育。开展“宪法进万家”活动12场，覆盖群众3000余人次。

## 二、党政主要负责人履行推进法治建设第一责任人职责情况

镇党委书记、镇长切实履行推进法治建设第一责任人职责，年内主持召开专题会议4次。

## 三、存在的不足和原因

基层执法人员专业能力有待提升，原因是培训针对性不强。

## 四、2026年工作安排

持续加强执法队伍建设，全面提升依法行政水平。

某某镇人民政府

2026年1月15日
EOF
cp 报告.md "$work/fixed.md"
sed -i -e 's/习近平法治思想/习近平法治思想思想/' -e 's/全面推进依法行政，/全面推进依法行政[bookmark: _GoBack]，/' -e 's/（二）深化/（三）深化/' 报告.md
git add .pre-commit-config.yaml 报告.md
set +e
git commit -q -m "faulty report" > "$work/refused.out" 2>&1
status=$?
set -e
cat "$work/refused.out"
[ "$status" != 0 ] || fail "pre-commit let the faulty report be committed"
for rule in duplicated-word conversion-artifact numbering; do
  grep -q " $rule\$" "$work/refused.out" || fail "the refused commit did not name $rule"
done
git rev-parse -q --verify HEAD > /dev/null && fail "a commit was made"
cp "$work/fixed.md" 报告.md
git add 报告.md
git commit -q -m "fixed report" || fail "pre-commit refused the fixed report"
[ "$(git log --format=%s)" = "fixed report" ] || fail "the fixed report was not committed"
echo "refused the faulty report, committed the fixed one"
cd "$root"
echo "scenarios: ${SECONDS}s"
