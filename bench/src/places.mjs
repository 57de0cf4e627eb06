// Places and institutions: sentences in a report's wording that name made-up schools, hospitals,
// police stations, parks, villages, roads and rivers (two characters drawn with a fixed seed, then an
// ending: 小学, 卫生院, 派出所, 广场, 村, 路, 河 …) and count, by ending, how often wrong-character's search
// flags a character inside the name. Run after `pnpm build`: node bench/src/places.mjs   (V=1 lists the flags)
import * as core from "../../packages/core/dist/index.js";
import { flagsInside, lcg, picker } from "./corpus.mjs";

const NAME = [..."鑫盛达恒泰华源宏远金瑞丰隆德润嘉和昌祥兴旺利通永安顺康宁博创汇信诚佳美鸿运天成聚福豪俊辉腾飞龙凤雅致新宇晟昊煜炜烨钰琪璟珺桥溪岭湾坪塘岗峪"];
const ENDING = ["小学", "中学", "幼儿园", "医院", "卫生院", "派出所", "司法所", "法庭", "路", "大道", "河", "湖", "山", "公园", "广场", "小区", "工业园", "社区", "村", "镇"];
const TEMPLATES = [
  "在{}开展法治宣传进校园活动。",
  "{}调解委员会成功化解纠纷十二起。",
  "对{}周边环境开展综合整治。",
  "{}被评为省级民主法治示范单位。",
  "组织执法人员到{}开展专项检查。",
];
const pick = picker(lcg(9));
const byEnding = {};
let flagged = 0;
let sentences = 0;
for (let round = 0; round < 60; round++) {
  for (const template of TEMPLATES) {
    const ending = pick(ENDING);
    const name = pick(NAME) + pick(NAME) + ending;
    const text = template.replace("{}", name);
    sentences++;
    const s = text.indexOf(name);
    const inside = flagsInside(core, text, [[s, s + name.length]]);
    const tally = (byEnding[ending] ??= [0, 0]);
    tally[1]++;
    if (inside.length === 0) continue;
    flagged++;
    tally[0]++;
    if (process.env.V) for (const f of inside) console.log(f);
  }
}
console.log(`places: by ending, sentences flagged inside the name / sentences: ${Object.entries(byEnding).map(([k, [f, n]]) => `${k} ${f}/${n}`).join(", ")}`);
console.log(`places: sentences with a flag inside the name ${flagged}/${sentences}`);
