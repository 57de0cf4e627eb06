import type { RuleCases } from "../helpers/cases.js";

export default {
  valid: [
    { text: "通过政务 APP、微信公众号等平台及时公开行政执法信息。", description: "大写缩略语 APP", doc: true },
    { text: "推广使用 Wi-Fi 和 5G 网络，提升村级便民服务水平。", description: "允许列表中的 Wi-Fi，含数字的 5G" },
    { text: "开通12345政务服务便民热线，及时回应群众诉求。", description: "数字热线号码" },
    { text: "全镇 PM2.5 平均浓度同比下降8.3%。", description: "含数字的记号 PM2.5" },
    { text: "使用Word和Excel制作行政执法台账。", description: "允许列表中的软件名称", doc: true },
    { text: "采用PPP模式建设法治文化广场，完善OA办公系统。", description: "大写缩略语 PPP、OA" },
    { text: "行政执法公示信息详见县政府网站 http://www.fengdu.gov.cn/zwgk/ 栏目。", description: "网址" },
    { text: "请于3月31日前将报告发送至 fzb@example.gov.cn 邮箱。", description: "电子邮件地址" },
    { text: "附件：2023年度法治政府建设情况报告.docx", description: "文件名" },
    { text: "建成5km法治健康步道和2 km普法长廊。", description: "数字后的单位" },
    { text: "加快建设法治政府（law-based government）。", description: "括号中的英文注释" },
    { text: "世界正义工程（World Justice Project）每年发布法治指数。", description: "括号中的英文名称" },
    { text: "The report was approved by the town council on 9 January.", description: "英文段落不检查" },
    { text: "依托 zheliban 平台开展网上办理。", description: "用户通过 allow 选项允许的词", options: { allow: ["zheliban"] } },
    { text: "使用手机 app 和 email 接收通知。", description: "允许列表中小写的 app、email" },
    { text: "[bookmark: _GoBack]（四）切实推进执法改革。", description: "seed 001：转换残留由 conversion-artifact 报告" },
  ],
  invalid: [
    {
      text: "依法规范镇级部门的行政行为 and 经营服务行为，切实推进行业依法治理工作。",
      description: "seed 003：句中夹杂英文“and”",
      errors: [{ message: "中文句中夹杂英文“and”，建议改为“和”", range: [14, 17] }],
      doc: true,
    },
    {
      text: "聘请律师 or 法律顾问对重大决策进行合法性审查。",
      description: "句中夹杂英文“or”",
      errors: [{ message: "中文句中夹杂英文“or”，建议改为“或”", range: [5, 7] }],
    },
    {
      text: "在政府网站、微信公众号上 with 图文形式及时公开执法结果。",
      description: "seed 002 式样：句中夹杂英文“with”",
      errors: [{ message: "中文句中夹杂英文“with”，建议改为“与”", range: [13, 17] }],
    },
    {
      text: "严格落实重大行政决策 policy 要求，履行法定程序。",
      description: "句中夹杂英文名词",
      errors: [{ message: "中文句中夹杂英文“policy”，建议改用中文表述", range: [11, 17] }],
      doc: true,
    },
    {
      text: "围绕 rule of law 建设目标，完善法治乡镇创建工作机制。",
      description: "句中夹杂英文短语，整体报告一处",
      errors: [{ message: "中文句中夹杂英文“rule of law”，建议改用中文表述", range: [3, 14] }],
    },
    {
      text: "按照 the 统一部署，开展执法突出问题专项整治行动。",
      description: "句中夹杂英文冠词",
      errors: [{ message: "中文句中夹杂英文“the”，建议改用中文表述", range: [3, 6] }],
    },
    {
      text: "推进 e-government 建设，提升政务服务效能。",
      description: "连字符英文词",
      errors: [{ message: "中文句中夹杂英文“e-government”，建议改用中文表述", range: [3, 15] }],
    },
    {
      text: "建立健全矛盾纠纷排查report制度，每月开展定期走访。",
      description: "紧贴汉字的英文单词",
      errors: [{ message: "中文句中夹杂英文“report”，建议改用中文表述", range: [10, 16] }],
    },
    {
      text: "使用Word and Excel制作行政执法台账。",
      description: "允许的软件名称之间的英文连词仍要报告",
      errors: [{ message: "中文句中夹杂英文“and”，建议改为“和”", range: [7, 10] }],
    },
    {
      text: "依托 zheliban 平台开展网上办理。",
      description: "未列入允许列表的拼音词",
      errors: [{ message: "中文句中夹杂英文“zheliban”，建议改用中文表述", range: [3, 11] }],
    },
  ],
} satisfies RuleCases;
