import type { RuleCases } from "../helpers/cases.js";

const comma = "中文语境中使用了半角“,”，应改为全角“，”";
const open = "中文语境中使用了半角“(”，应改为全角“（”";
const close = "中文语境中使用了半角“)”，应改为全角“）”";

export default {
  valid: [
    { text: "全面落实国家提升行政执法质量三年行动计划（2023—2025年）。", description: "seed 002 改正后：全角括号与一字线", doc: true },
    { text: "今年以来共受理信访件73件，总共化解67件，化解率91.7%。", description: "seed 002：小数点不是标点" },
    { text: "举办了“3.15”消费者权益法宣传活动、“6.26”禁毒宣传日等宣传活动。", description: "seed 003：日期简称中的点" },
    { text: "并按照司法部1+4+N模式划分了功能分区。", description: "seed 000：数字与字母组成的模式名" },
    { text: "全镇共发放宣传资料1,200余份。", description: "千分位逗号", doc: true },
    { text: "定于2024年3月15日10:30在镇政府三楼会议室召开。", description: "时刻中的冒号" },
    { text: "群众满意度达到98.5%，调解成功率与上年之比为1:1。", description: "比例中的冒号" },
    { text: "详情请登录https://www.gov.cn/zhengce/查询。", description: "网址中的冒号不改", doc: true },
    { text: "咨询电话0371-12345678，邮箱sfs@sq.gov.cn。", description: "电话号码中的连字符、邮箱地址" },
    { text: "会议主题为“Rule of Law: Building Together”。", description: "纯英文片段中的半角标点" },
    { text: "贯彻落实“八五”普法规划（2021～2025年）。", description: "全角浪纹线“～”不改" },
    { text: "(一)加强组织领导", description: "标题序号“(一)”由 numbering 规则处理" },
    { text: "认真落实《2024年全县法治政府建设工作要点》（丰都府办发〔2024〕15号）。", description: "seed 001：发文字号" },
  ],
  invalid: [
    {
      text: "完成2021年度目标任务))))",
      output: "完成2021年度目标任务））））",
      description: "紧跟中文的一串半角括号：每一个都在中文语境中，同一轮报告、一次修复（模糊测试发现：此前每轮只改第一个，十几个括号修复不收敛）",
      errors: [
        { message: "中文语境中使用了半角“)”，应改为全角“）”", range: [12, 13] },
        { message: "中文语境中使用了半角“)”，应改为全角“）”", range: [13, 14] },
        { message: "中文语境中使用了半角“)”，应改为全角“）”", range: [14, 15] },
        { message: "中文语境中使用了半角“)”，应改为全角“）”", range: [15, 16] },
      ],
    },
    {
      text: "槐店回族镇把解决人民群众最关注的热点难点问题,作为深入推进“法治乡镇”建设的重要切入点。",
      output: "槐店回族镇把解决人民群众最关注的热点难点问题，作为深入推进“法治乡镇”建设的重要切入点。",
      description: "seed 002：热点难点问题,作为",
      errors: [{ message: comma, range: [22, 23] }],
      doc: true,
    },
    {
      text: "坚决执行行政执法人员持证上岗和资格管理制度,建立执法人员管理台账。",
      output: "坚决执行行政执法人员持证上岗和资格管理制度，建立执法人员管理台账。",
      description: "seed 002：资格管理制度,建立",
      errors: [{ message: comma, range: [21, 22] }],
    },
    {
      text: "2023年共办理执法证新证申领17人次,坚决杜绝无执法资格人员上岗执法,把好执法的第一道关口。",
      output: "2023年共办理执法证新证申领17人次，坚决杜绝无执法资格人员上岗执法，把好执法的第一道关口。",
      description: "seed 002：申领17人次,坚决 / 上岗执法,把好",
      errors: [
        { message: comma, range: [19, 20] },
        { message: comma, range: [35, 36] },
      ],
    },
    {
      text: "全面落实国家提升行政执法质量三年行动计划(2023-2025年)，加大重点领域执法力度。",
      output: "全面落实国家提升行政执法质量三年行动计划（2023—2025年），加大重点领域执法力度。",
      description: "seed 002：半角括号，年份范围用了连字符",
      errors: [
        { message: open, range: [20, 21] },
        { message: "年份范围“2023-2025年”中使用了“-”，应改为一字线“—”", range: [25, 26] },
        { message: close, range: [31, 32] },
      ],
      doc: true,
    },
    {
      text: "建立镇、村(社区）重大事项合法性审查机制。",
      output: "建立镇、村（社区）重大事项合法性审查机制。",
      description: "seed 004：半角左括号配全角右括号",
      errors: [{ message: open, range: [5, 6] }],
    },
    {
      text: "现将具体工作汇报如下:",
      output: "现将具体工作汇报如下：",
      description: "seed 000 式样：半角冒号",
      errors: [{ message: "中文语境中使用了半角“:”，应改为全角“：”", range: [10, 11] }],
    },
    {
      text: "警务接警民事调解无缝对接;警务巡逻附带矛盾纠纷排查、动态排查与流动调解结合。",
      output: "警务接警民事调解无缝对接；警务巡逻附带矛盾纠纷排查、动态排查与流动调解结合。",
      description: "seed 000 式样：半角分号",
      errors: [{ message: "中文语境中使用了半角“;”，应改为全角“；”", range: [12, 13] }],
    },
    {
      text: "法治宣传“最后一公里”如何打通?还需进一步探索。",
      output: "法治宣传“最后一公里”如何打通？还需进一步探索。",
      description: "半角问号",
      errors: [{ message: "中文语境中使用了半角“?”，应改为全角“？”", range: [15, 16] }],
    },
    {
      text: "坚持“小事不出村、大事不出镇、矛盾不上交”!",
      output: "坚持“小事不出村、大事不出镇、矛盾不上交”！",
      description: "半角叹号",
      errors: [{ message: "中文语境中使用了半角“!”，应改为全角“！”", range: [21, 22] }],
    },
    {
      text: "贯彻落实“八五”普法规划(2021~2025年)，深入开展法治宣传教育。",
      output: "贯彻落实“八五”普法规划（2021—2025年），深入开展法治宣传教育。",
      description: "年份范围用了半角波浪号",
      errors: [
        { message: open, range: [12, 13] },
        { message: "年份范围“2021~2025年”中使用了“~”，应改为一字线“—”", range: [17, 18] },
        { message: close, range: [23, 24] },
      ],
    },
    {
      text: "制定《青城镇法治政府建设实施方案（2023年-2025年）》。",
      output: "制定《青城镇法治政府建设实施方案（2023年—2025年）》。",
      description: "“2023年-2025年”",
      errors: [{ message: "年份范围“2023年-2025年”中使用了“-”，应改为一字线“—”", range: [22, 23] }],
    },
    {
      text: "通过“渝快办”(APP)办理行政许可事项。",
      output: "通过“渝快办”（APP）办理行政许可事项。",
      description: "中文句中括住英文缩写的半角括号",
      errors: [
        { message: open, range: [7, 8] },
        { message: close, range: [11, 12] },
      ],
    },
    {
      text: "认真学习<中华人民共和国宪法>和《关于做好<民法典>宣传工作的通知》。",
      output: "认真学习《中华人民共和国宪法》和《关于做好〈民法典〉宣传工作的通知》。",
      description: "尖括号作书名号：外层改为《》，书名号内改为〈〉",
      errors: [
        { message: "用半角“<”作书名号，应改为“《”", range: [4, 5] },
        { message: "用半角“>”作书名号，应改为“》”", range: [14, 15] },
        { message: "用半角“<”作书名号，应改为“〈”", range: [21, 22] },
        { message: "用半角“>”作书名号，应改为“〉”", range: [25, 26] },
      ],
    },
  ],
} satisfies RuleCases;
