// Business names: sentences in a report's wording (a case decided, an inspection, an appeal) that
// name made-up businesses — a trade name of two characters drawn with a fixed seed from characters
// trade names favour, often a trade (科技, 物流), and an ending (有限公司, 商行, 合作社) — and count how
// often wrong-character's search flags a character inside the name. Run after `pnpm build`:
// node bench/src/firms.mjs   (V=1 lists the flags)
import * as core from "../../packages/core/dist/index.js";
import { flagsInside, lcg, picker } from "./corpus.mjs";

const TRADE_NAME = [..."鑫盛达恒泰华源宏远金瑞丰隆德润嘉和昌祥兴旺利通永安顺康宁博创汇信诚佳美鸿运天成聚福豪俊辉腾飞龙凤雅致新宇晟昊煜炜烨钰琪璟珺"];
const TRADE = ["科技", "建材", "商贸", "餐饮", "物流", "置业", "建筑工程", "食品", "医药", "环保科技", "农业开发", "汽车服务"];
const ENDING = ["有限公司", "有限责任公司", "股份有限公司", "商行", "超市", "合作社", "加油站", "诊所"];
const TEMPLATES = [
  "对{}未按规定公示年度报告的行为作出行政处罚。",
  "依法查处{}无证经营一案。",
  "责令{}限期整改并处罚款五千元。",
  "{}申请行政复议，复议机关依法维持原行政行为。",
  "县市场监管局对{}开展食品安全抽检。",
  "经查，{}存在超范围经营行为。",
  "联合执法组检查了{}的消防设施。",
  "全县共有{}等12家企业纳入信用修复范围。",
  "会同{}开展安全生产培训。",
  "{}因违法排污被处以罚款。",
];
const rnd = lcg(7);
const pick = picker(rnd);
let flagged = 0;
let sentences = 0;
for (let round = 0; round < 30; round++) {
  for (const template of TEMPLATES) {
    const ending = pick(ENDING);
    const name = (rnd() < 0.4 ? pick(["某县", "某市", "城关镇"]) : "") + pick(TRADE_NAME) + pick(TRADE_NAME) + (ending.includes("公司") ? pick(TRADE) : "") + ending;
    const text = template.replace("{}", name);
    sentences++;
    const s = text.indexOf(name);
    const inside = flagsInside(core, text, [[s, s + name.length]]);
    if (inside.length === 0) continue;
    flagged++;
    if (process.env.V) for (const f of inside) console.log(f);
  }
}
console.log(`firms: sentences with a flag inside a business's name ${flagged}/${sentences}`);
