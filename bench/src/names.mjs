// Personal names: sentences in a report's wording that name made-up people (a surname and a given
// name of one or two characters, drawn with a fixed seed) after a title or before 同志. Names are not
// in the dictionary and many given names look like a slip for a word (张生宇 → 生育): counts how
// often wrong-character's search flags a character inside the name, and elsewhere in the sentence.
// Run after `pnpm build`: node bench/src/names.mjs   (V=1 lists the flags)
import * as core from "../../packages/core/dist/index.js";
import { flagsInside, lcg, picker } from "./corpus.mjs";

const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"];
const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力斌宇浩凯鹏飞俊峰波鑫晨阳林龙海东雪琳婷慧颖洁佳欣怡梅兰燕丹宁志国春荣新成金永德庆立兵胜学祥云清光亮振宏嘉子博思雨萱梓轩晓晶倩蕾媛莉彬琦瑞琪欢健民福生松江河兴茂源泽润达康乐安远航旭晖煜烨炜楠楷铭锐锋钢铁坤培基育才贤良忠孝仁义礼智信诚"];
const TEMPLATES = [
  "县司法局局长{}主持召开专题会议，研究部署年度法治政府建设工作。",
  "由副县长{}同志牵头，成立法治政府建设工作领导小组。",
  "镇党委书记{}带头讲授法治专题党课。",
  "邀请执业律师{}为全体干部职工开展法治讲座。",
  "综合行政执法大队队长{}带队开展执法检查。",
  "村党支部书记{}在会上交流了依法治村的经验做法。",
  "{}同志任领导小组组长，负责统筹协调。",
  "局党组书记、局长{}履行推进法治建设第一责任人职责。",
  "法律顾问{}对重大行政决策进行合法性审查并出具意见。",
  "县人民政府办公室主任{}通报了行政复议案件办理情况。",
  "市场监管所所长{}组织开展食品安全专项执法行动。",
  "人民调解员{}成功调解一起土地承包纠纷。",
  "{}、{}等同志被评为法治宣传教育先进个人。",
  "分管副局长{}具体负责行政执法“三项制度”落实工作。",
  "街道办事处主任{}带领工作人员入户开展普法宣传。",
  "县委常委、政法委书记{}出席会议并讲话。",
  "行政复议机构负责人{}列席会议。",
  "信访办副主任{}接待来访群众二十余人次。",
  "原告{}诉县自然资源局行政处罚一案已审结。",
  "派出所教导员{}为辖区中小学生上法治教育课。",
];
const rnd = lcg(20261204);
const pick = picker(rnd);
const nameOf = () => pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.7 ? pick(GIVEN) : "");
let sentences = 0;
let inName = 0;
let elsewhere = 0;
for (let round = 0; round < 20; round++) {
  for (const template of TEMPLATES) {
    const names = [];
    const text = template.replace(/\{\}/gu, () => {
      const n = nameOf();
      names.push(n);
      return n;
    });
    const spans = [];
    for (let at = 0, k = 0; k < names.length; k++) {
      const s = text.indexOf(names[k], at);
      spans.push([s, s + names[k].length]);
      at = s + names[k].length;
    }
    sentences++;
    const all = flagsInside(core, text, [[0, text.length]]);
    const inside = flagsInside(core, text, spans);
    if (inside.length > 0) inName++;
    if (all.length > inside.length) elsewhere++;
    if (process.env.V) for (const f of all) console.log(inside.includes(f) ? "NAME" : "ELSE", f);
  }
}
console.log(`names: sentences with a flag inside a name ${inName}/${sentences}, with a flag elsewhere ${elsewhere}/${sentences}`);
