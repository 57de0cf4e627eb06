import type { RuleCases } from "../helpers/cases.js";

export default {
  valid: [
    {
      text: "扎实开展“1名村（居）法律顾问+N名法律明白人”行动，组织村居法律顾问结对37名“法律明白人”。",
      description: "seed 001：引号内套括号",
      doc: true,
    },
    {
      text: "认真落实《2024年全县法治政府建设工作要点》（丰都府办发〔2024〕15号），紧紧围绕武平镇发展大局。",
      description: "seed 001：书名号、括号、六角括号",
    },
    { text: "开展“美好生活·民法典相伴”主题宣传。", description: "seed 002：引号" },
    {
      text: "实现调解效能最大化，真正做到矛盾纠纷化解“最多跑一地”、“化解在基层、矛盾不上交”。",
      description: "seed 004：并列的引号",
    },
    { text: "印发《关于学习〈民法典〉的通知》。", description: "书名号内嵌套〈〉", doc: true },
    { text: "群众常说“‘法律明白人’就在身边”。", description: "双引号内嵌套单引号" },
    { text: "主要措施有：1）加强学习；2）完善制度；3）强化考核。", description: "“1）”是列项序号，不是半个括号" },
    {
      text: "全面落实国家提升行政执法质量三年行动计划（2023—\n2025年），加大重点领域执法力度。",
      description: "段落在句中被断开时，括号跨行配对",
    },
    { text: "金发【2024】2号", description: "seed 000：方头括号成对（括号种类由 document-number 规则检查）" },
    {
      text: "全面落实国家提升行政执法质量三年行动计划(2023-2025年)，加大重点领域执法力度。",
      description: "seed 002：成对的半角括号由 punctuation-width 规则处理",
    },
    { text: "（一）普法教育开展情况", description: "seed 004：标题序号", doc: true },
  ],
  invalid: [
    {
      text: "建立镇、村(社区）重大事项合法性审查机制。",
      description: "seed 004：半角左括号配全角右括号",
      errors: [{ message: "括号不配对：半角“(”与全角“）”混用，应统一为全角“（）”", range: [5, 6] }],
      doc: true,
    },
    {
      text: "实现村（居)委会人民调解组织全覆盖。",
      description: "seed 004 式样：全角左括号配半角右括号",
      errors: [{ message: "括号不配对：半角“)”与全角“（”混用，应统一为全角“（）”", range: [5, 6] }],
    },
    {
      text: "认真学习《习近平法治思想学习纲要、《中华人民共和国宪法》等法律法规。",
      description: "seed 001 式样：缺少右书名号",
      errors: [{ message: "书名号不配对：“《”缺少对应的“》”，应补充“》”或删除“《”", range: [4, 5] }],
      doc: true,
    },
    {
      text: "扎实开展1名村（居）法律顾问+N名法律明白人”行动。",
      description: "seed 001 式样：缺少左引号",
      errors: [{ message: "引号不配对：右引号缺少对应的左引号，应补充左引号或删除这个右引号", range: [22, 23] }],
    },
    {
      text: "对“法律明白人“进行专题培训4次。",
      description: "seed 001 式样：两个左引号",
      errors: [
        { message: "引号不配对：左引号缺少对应的右引号，应补充右引号或删除这个左引号", range: [1, 2] },
        { message: "引号不配对：左引号缺少对应的右引号，应补充右引号或删除这个左引号", range: [7, 8] },
      ],
    },
    {
      text: "推进镇、村社区）重大事项合法性审查具体事项落地落实。",
      description: "seed 004 式样：丢了左括号",
      errors: [{ message: "括号不配对：“）”缺少对应的“（”，应补充“（”或删除“）”", range: [7, 8] }],
    },
    {
      text: "认真落实《2024年全县法治政府建设工作要点》（丰都府办发〔2024】15号）。",
      description: "seed 001 式样：六角括号配方头括号",
      errors: [
        { message: "括号不配对：“〔”缺少对应的“〕”，应补充“〕”或删除“〔”", range: [29, 30] },
        { message: "括号不配对：“】”缺少对应的“【”，应补充“【”或删除“】”", range: [34, 35] },
      ],
    },
    {
      text: "印发《关于做好〈民法典宣传工作的通知》。",
      description: "书名号内的〈〉缺右半",
      errors: [{ message: "书名号不配对：“〈”缺少对应的“〉”，应补充“〉”或删除“〈”", range: [7, 8] }],
    },
    {
      text: "真正做到“‘小事不出村、大事不出镇”。",
      description: "单引号没有闭合",
      errors: [{ message: "引号不配对：左单引号缺少对应的右单引号，应补充右单引号或删除这个左单引号", range: [5, 6] }],
    },
    {
      text: "开展“法治进乡村’活动。",
      description: "左双引号配右单引号",
      errors: [
        { message: "引号不配对：左引号缺少对应的右引号，应补充右引号或删除这个左引号", range: [2, 3] },
        { message: "引号不配对：右单引号缺少对应的左单引号，应补充左单引号或删除这个右单引号", range: [8, 9] },
      ],
    },
  ],
} satisfies RuleCases;
