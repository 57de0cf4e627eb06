// Correct reports written blind: annual reports on rule-of-law government construction (bench/data/blind-correct/,
// text and Markdown with tables and lists) written by helpers who saw none of the project, from their own knowledge,
// with made-up but plausible names of places, rivers, villages, businesses and programmes, to be as varied as real
// reports are. Every finding on them is a false alarm, but the hints that judge a report's substance (section-content:
// a problems section that gives no causes, required-sections) which a correct report may still deserve.
// The built CLI checks them as a user runs it.
//
//   node bench/src/blind-correct.mjs [-v]   -v: list the findings
//
// b01–b08 were written at the start of the session of 2026-12-07 and scored on its starting build (ae03051): 9 false
// findings, all wrong-character's — 清源市 → 清远市, 凤岭县 → 凤山县 twice, 渔家堡村 → 保存, 茶企 → 企业, 执法查 → 检查 (in
// 专家查隐患、执法查违法), 堆放物 → 物品, 老茶人 → 老人, 后厨 → 后对. b09–b16 were written after that session's first
// changes (53cff3d) and scored on its starting build: 13 false findings (青岚市 → 青山市, 苍岭县 → 常山县, 侗年 → 同年,
// 侗汉双语 → 东汉, 寨老 → 在老, 优亲厚友 twice, 一课一消 → 一小, 交叉互查 → 核查, 海宁湾港港口 doubled, 湾洁海 → 沿海, and
// two local forms of 小事不出村、大事不出镇、矛盾不上交). b17–b24 were written after the second set's changes (4f7531e) and
// scored on the starting build: 29 findings, 17 of them cjk-spacing's on one report's "1. " (a space after a number's
// point, which GB/T 9704 writes without: kept as true findings) — the other 12 false (何氏骨伤 twice, 先定标准 → 限定,
// 数智科, 岔河 and 箐口 in a list of 8个行政村, 临岱区, 青崖县 twice, 雁翎河大桥, 凤鸣峡, and a township's 推动发展、化解矛盾、
// 维护稳定 without 深化改革). b25–b32 were written after the third set's changes (eef751a) and scored on the starting
// build: 8 false findings (柳巷片区 twice, 需多部门 → 许多, 集采中选, 植被盖度 twice, 马鹿 → 马路, 澜江区 → 澜沧江区). b33–b40
// were written after the fourth set's changes (93db8f9) and scored on the starting build: 11 false findings (审计执法公示制度
// as 三项制度's first, 高炮, 出险, a (3) item running on beside a standalone (1), 尚处于 → 上, 凯阳市 and 榕水县 twice, 寨内,
// 打早打小). b41–b48 were written at the start of the second session of 2026-12-07 and scored on its starting build
// (65d847b): 9 false findings (分内之责 → 分类职责, 疏果 → 树木, 香村被 → 乡村, 渔湾乡 → 渔网箱, 岜朗 → 巴朗, a line of a
// problems section read as a heading, 《退役士兵安置条例》 cited in 2025, and two reports dated late in December of the
// year they report on). b49–b56 were written at the start of the third session of 2026-12-07 and scored on its starting
// build (b3bf9e6): 11 false findings (进塘口 twice → 进口, 稻渔综合, 湖汊 → 核查, 旗政务 and 旗政府 → 其, 宁川华曜 → 华日, 秋冬灌
// 面积 → 灌溉, 非遗保护 → 非遗产, 小事不出村、矛盾不上交 as a misquote); b57–b64 during that session, scored on the same
// build: 8 (县人民检察院 → 县级, 黄腹角雉、白颈长尾雉 → 长为止, 青澜江 → 澜沧江, 收集池 → 收集地, 茶业专业合作社 → 茶叶, 瑶话 →
// 药化, 风险评估和合法性审查等程序要求 as a list one short, 澜石石化 → 石 typed twice). b65–b68 were written after that session's
// changes and scored on its build 9ff60f7: 1 finding (更入人心 → 更深入人心, arguable); b69–b76 after f1cfa09, scored on it: 7
// (耳标识别 → 目标, 守护江临娃 → 街, 云台岭南麓 → 山南麓, 采摘季于 → 基于, 联合调解组 → 调解组织, 雾溪江 → 乌溪江, 警示片 → 牌), of
// which 5 were then fixed as genre words or classes; b77–b84 after 6b8f906, scored on it: 7 (云岫县 → 云山县, 玉带河 → 于带河, 可查
// 可溯 → 可追溯, 涉旅新业态 → 涉旅游, 堤段 → 地段, 圩日 → 于日, and confusable-word's 法治审核 → 法制审核, arguably right), of which
// 5 were then fixed. b85–b90 were written at the start of the fourth session of 2026-12-07: b85–b88 scored on its
// starting build (3f801fb): 4 (尕玛曲县 → 小玛曲县 three times, 大漾荡 → 大洋荡), b89–b90 on that build with the first
// guards of the session: 1 (黑麂、南方红豆杉等珍稀动植物 → 飞机); b91–b94 on its build after aae930f with the named lists
// (uncommitted then, committed next): 5 (知责、履责、尽责 → 职责, 港澳籍投资者 → 及, 有岚河、柏溪河两条主要河流 → 山河, 实时预警 →
// 实施, and formulation's 全社会尊法学法用法 after 全民守法 — arguable); b95–b98 on 7fbeb21 with the rare-place fix: 1
// (formulation's 学法尊法守法用法 for 尊法学法守法用法 — arguably right); b99–b102 on 30f2792 (the
// 处处 change): 6 (塔尔玛草场 → 马 twice, 牦牛产业 → 物流, “澜江星河音乐节” → 澜沧江, figure-consistency's 审核率 of 重大执法决定
// divided by the 行政处罚案件, formulation's 公开征求意见 for 公众参与), all then fixed as classes; b103–b106 on 4f96e6a (the 施行/报到 contexts): 5 (执法员 →
// 执法人员, 做强橙乡产业 → 城乡, 巡护员谭明福 → 探明, 开园节 → 开源节, formulation's 深化改革、推动发展、化解矛盾 one item short —
// arguably right), of which the name was then fixed; b107–b110, written at the end of the session and scored on 2d5d002:
// 6 (郭家沟煤矿 → 国家, 塬区发展 → 园区, “甜在蔗田、红在果园、稳在村屯” → 其在, 蔗农甜不甜 → 田, 金果果 as 果 doubled, a list's
// 的，不批。 → 不批准), of which the village's name and the A不A question were then fixed; b111–b114, the last, scored on 8aa12c2: 2
// (泡田期 → 泡周期, 执法组， → 执法组织), of which the team's name was then fixed (with d109's 执法队，). b115–b122 were
// written at the start of the fifth session of 2026-12-07 and scored on its starting build (6b53cf7), unread until then:
// 12 (2021－2025 in full width, a true finding kept; 逐宗审核 → 注重, “咖香胶绿、边安民富” → 橡, 汉傣双语 → 代, “三非”人员 → 三废
// twice, 保护竜林 → 林, 唠家常 → 老, 鱼鲞 → 与乡, 护河员 → 河口, “楚韵法治文化长廊” → 储运, and formulation's 公众参与、风险
// 评估、合法性审查和集体讨论决定 — a township's four of the five steps), of which six were then fixed as classes (b103’s 执法员 with
// them; a guard for 竜林 — no rare character taken out as typed in — was dropped again: it cost the planted same-sound
// insertions 275 of 779).
// b123–b130 were written during that session, held out while it read the rounds before, and scored at its end on the
// starting build (6b53cf7) and on 1f46287, the session's build before they were read: 14 and 13 false findings — the
// one carried (青砖黛瓦) was the rare-character guard, dropped again (see b115–b122): nothing. They were 橙香老区 → 城乡,
// 黄龙病病株 and 用调解解心结 as doubles, “税费服务体验师” → 式, 藏毯编织 → 编制, 汐水河 → 洒水河, 东溪新城 → 东西 twice,
// 是椰海县 → 事业, 自贸港 → 自贸易港, 解译图斑 → 解意, 依法治水、依法护水 → 保护, 果库建设 → 国库; five then fixed as classes. (Earlier sessions' blind correct
// reports were kept outside the repository and are lost; these are kept here so that every session measures on the same ones.)
// b131–b138 were written during the sixth session of 2026-12-07 (settings given: a coastal city's market regulation
// bureau, a county-level city's urban management bureau, a south-western multi-ethnic mountain county, a north-eastern
// farming township, a provincial natural resources department, a city district's justice bureau, a county healthcare
// security bureau, a northern street office) and scored unread on the session's starting build (9087a46) and on its
// build after the duplicated-word change (f064d72): no finding at all on either, so nothing for --fix to change.
// b139–b146 were written during the seventh session of 2026-12-07 (settings given: a north-eastern county's public
// security bureau, a city's commerce bureau, a tea-growing mountain township, a county emergency management bureau, a
// county bureau of culture, tourism and sports, a district's human resources and social security bureau, a northern
// county's forestry bureau, a county statistics bureau) and scored unread on the session's starting build (a3e3cee) and
// on its last (ba880f4): 12 false findings on both, none with a fix — nine of wrong-character: 稻虾共作 → 工作, 揉捻 (tea)
// → 肉联, 燎荒坡 (fire prevention's word) → 撂荒, 雾顶山 → 屋顶, 仅占备案 → 进口, 触角 → 解决, 应尽之务 → 职务, 林权和 → 林木,
// …岭等 → 山; formulation's 合法性审核和集体讨论决定 (审核 for the 条例's 审查: arguable) and 亲自部署、亲自过问、亲自督办
// without 亲自协调 (three of the four: arguable); figure-consistency reading 每个村不少于10名 as a total. Not read for any
// change of that session.
// b147–b154 were written at the start of the session of 2026-12-07 that followed (a county water resources bureau, a city
// market regulation administration, a south-western border town, a district education bureau, a mountain county's
// transport bureau, an old district's street office, a prefecture's ecology and environment bureau, a county health
// commission) and scored unread on its starting build (f1ec4df): 4 false findings, all wrong-character (粉馆 and 湿粉,
// a rice-noodle town's words; “青禾入学一网通”平台 → 一网通办; 效率低。→ 的). They were then read: the quoted platform's
// name and the clause-final adjective became classes (粉馆, 湿粉 left). b155–b162 were written during that session (a
// county judicial bureau, a city natural resources and planning bureau, a coastal district, a county veterans affairs
// bureau, a city urban management bureau, a county finance bureau, an Inner Mongolian pastoral county, a city taxation
// bureau) and scored unread on the starting build and on c61621f: 7 false findings on both — 潆水河 twice, 澄北区 (a
// made-up name beside 澄南区), 一屏统览, 再化解 → 在, the full-width 2021－2025 (by design) and 《退役士兵安置条例》 (repealed
// in 2024: a true finding). Then read: the rare character in a made-up name, the names alike but for a direction and 一屏统览
// became classes (再化解 left).
// b163–b170 were written late in that session, after its changes (a karst county with ethnic villages, a city education
// bureau, a lake county's water and fisheries bureau, a housing provident fund centre, a porcelain town, a county medical
// security bureau, a port city district's commerce bureau, a fruit and vegetable county's agriculture bureau) and scored
// unread on the starting build (f1ec4df) and the end (d89ec3c): 6 false findings on both; the ninth session read them
// (披绿 in a quoted slogan of short items, 采收季于, the pun “橙事调解点” became classes; 不熄 and 合法性审核 in the five
// procedures left). b171–b178 were written at the start of the ninth session of 2026-12-07 (a city statistics bureau, a
// county medical security bureau, a southern mountain township, a district urban management bureau, a city ethnic and
// religious affairs commission, a county commerce bureau, a city natural resources and planning bureau, a coastal county's
// ocean and fisheries bureau) and scored on its starting build (356e24a): 3 false findings (竞答活动 → 金答, 自治、法治、德治
// 相融合, 县栖凤 → 启封), seen but not tuned on; 3 at its end. b179–b186 were written during that session (a northern
// forestry and grassland bureau, a city veterans affairs bureau, an island county, a city emergency management bureau, a
// karst autonomous county, a city finance bureau, a district education and sports bureau, a fruit valley's agriculture
// bureau) and scored unread: 13 false findings on the starting build, 12 at the end (aa1b2df). They were read by the
// session of 2026-12-08, which had b187–b194 written at its start (a county water resources bureau, a district market
// regulation bureau, a township, a city natural resources and planning bureau, a county health commission, a city
// ecology and environment bureau, a sub-district office, a city human resources and social security bureau): 19 findings
// on its starting build (8e514bc) — a county's rivers 漴河, 溱河, 汭水 named with characters the model has barely read (11),
// 优秀19卷、合格6卷，合格率100% twice, 主任任“双组长”, 应出尽出, 出庭发声, 末级渠系 — read, and 3 at its end. b195–b198 (a city
// public security bureau, a county audit bureau, a city culture and tourism bureau, a league's administrative office)
// were written during that session and held apart: 12 on the starting build, 10 at its end. Unread: keep them for the
// next change. b199–b202 (a city development and reform commission, a county forestry and grassland bureau, a mountain
// town of Zhuang, Yao and Miao villages, a city data bureau) were written at that session's end and scored only on its
// final build (5229cfa): 5 findings. Unread too.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoDir } from "./corpus.mjs";
import { lintTexts, requireBuilt, verbose } from "./probe.mjs";

const dir = join(repoDir, "bench", "data", "blind-correct");
requireBuilt("blind-correct", [dir]);
const names = readdirSync(dir).filter((f) => /\.(?:txt|md)$/u.test(f)).sort();
const texts = names.map((n) => readFileSync(join(dir, n), "utf8"));
const found = lintTexts("blind-correct", texts, names);
const HINTS = new Set(["section-content", "required-sections"]);
// b19.txt writes "1. " with a space after each number's point throughout; cjk-spacing tells it by design (GB/T 9704).
const BY_DESIGN = (name, m) => name === "b19.txt" && m.ruleId === "cjk-spacing" && /^序号“\d+\.”后有多余空格/u.test(m.message);
let falseFindings = 0;
// (Those that carry a fix: what --fix would change in correct text.)
let fixedFalse = 0;
let hints = 0;
const byRule = new Map();
names.forEach((name, k) => {
  for (const m of found[k]) {
    if (HINTS.has(m.ruleId) || BY_DESIGN(name, m)) {
      hints++;
      continue;
    }
    falseFindings++;
    if (m.fix !== undefined) fixedFalse++;
    byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
    if (verbose) console.log(`${name}:${m.line} ${m.ruleId}: ${m.message}${m.fix !== undefined ? " (--fix changes it)" : ""}`);
  }
});
const chars = texts.reduce((n, t) => n + t.length, 0);
const rules = [...byRule].map(([r, n]) => `${r} ${n}`).join(", ");
console.log(`blind correct reports: ${names.length} (${chars.toLocaleString("en")} characters), false findings ${falseFindings}${rules ? ` (${rules})` : ""}, ${fixedFalse} of them with a fix; substance hints and findings by design ${hints}`);
