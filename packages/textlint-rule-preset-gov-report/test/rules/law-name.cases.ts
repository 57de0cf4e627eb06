import type { RuleCases } from "../helpers/cases.js";

export default {
  valid: [
    { text: "重点加强对《民法典》《中华人民共和国安全生产法》等与企业生产经营息息相关的法律法规的宣传解读。", description: "seed 001：简称与全称", doc: true },
    { text: "一是贯彻落实《人民调解法》，充分发挥“一站式”矛盾纠纷调解中心作用。", description: "seed 004" },
    { text: "三是严格落实《信访工作责任实施办法》，把信访纳入法治化轨道。", description: "seed 004：不是法律", doc: true },
    { text: "组织学习《宪法》《行政复议法》《中国人民银行法》。", description: "常用简称" },
    { text: "组织观看《今日说法》节目，开展以案释法。", description: "节目名称不是法律" },
    { text: "《民法典》施行后，原《合同法》《物权法》等同时废止。", description: "提到已废止法律的历史" },
    { text: "认真贯彻《河南省安全生产条例》和《行政执法证件管理办法》。", description: "地方性法规和规章" },
    { text: "学习《中华人民共和国行政复议法（2023年修订）》。", description: "带修订年份的全称" },
    { text: "开展《反分裂国家法》宣传。", description: "没有“中华人民共和国”前缀的法律" },
  ],
  invalid: [
    {
      text: "组织学习《治安处罚法》，提升群众守法意识。",
      description: "名称漏“管理”",
      errors: [
        { message: "《治安处罚法》不是现行法律的名称，应为《治安管理处罚法》", range: [5, 10] },
      ],
      doc: true,
    },
    {
      text: "组织辖区商户学习《中华人民共和国治安处罚法》。",
      description: "写全称时建议也用全称",
      errors: [
        { message: "《中华人民共和国治安处罚法》不是现行法律的名称，应为《中华人民共和国治安管理处罚法》", range: [9, 21] },
      ],
    },
    {
      text: "认真贯彻《合同法》，规范政府合同管理。",
      description: "2021年起由《民法典》取代",
      errors: [
        { message: "《合同法》已于2021年废止，应改为《民法典》", range: [5, 8] },
      ],
      doc: true,
    },
    {
      text: "开展《未成年保护法》进校园宣传活动。",
      description: "常见错误名称",
      errors: [
        { message: "《未成年保护法》不是现行法律的名称，应为《未成年人保护法》", range: [3, 9] },
      ],
    },
    {
      text: "组织学习《中华人民共合国宪法》。",
      description: "“中华人民共和国”写错",
      errors: [
        { message: "《中华人民共合国宪法》不是现行法律的名称，应为《中华人民共和国宪法》", range: [5, 14] },
      ],
    },
    {
      text: "开展《妇女儿童权益保障法》宣传。",
      description: "与现行法律名称相差两字",
      errors: [
        { message: "《妇女儿童权益保障法》不是现行法律的名称，应为《妇女权益保障法》", range: [3, 12] },
      ],
    },
    {
      text: "依据《食品卫生法》开展专项检查。",
      description: "2009年已废止",
      errors: [
        { message: "《食品卫生法》已于2009年废止，应改为《食品安全法》", range: [3, 8] },
      ],
    },
    {
      text: "学习《中华人民共和国婚姻法》，倡导文明婚俗。",
      description: "已废止的法律用全称",
      errors: [
        { message: "《中华人民共和国婚姻法》已于2021年废止，应改为《中华人民共和国民法典》", range: [3, 13] },
      ],
    },
    {
      text: "严格执行《行政强制执行法》，规范强制措施。",
      description: "常见错误名称",
      errors: [
        { message: "《行政强制执行法》不是现行法律的名称，应为《行政强制法》", range: [5, 12] },
      ],
    },
  ],
} satisfies RuleCases;
