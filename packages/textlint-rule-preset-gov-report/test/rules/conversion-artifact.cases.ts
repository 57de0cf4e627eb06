import type { RuleCases } from "../helpers/cases.js";

export default {
  valid: [
    { text: "（四）切实推进执法改革。一是统筹推进“大综合一体化”行政执法体制改革。", description: "seed 001：去掉书签后的正文", doc: true },
    { text: "全年开展对接服务80余次，回应解决企业诉求20余项。", description: "seed 001：数字与“-”无关" },
    { text: "全面落实国家提升行政执法质量三年行动计划（2023—2025年）。", description: "seed 002：一字线年份范围不是页码" },
    { text: "2024年1月9日印发", description: "seed 000：版记日期" },
    { text: "第三部分 存在的不足", description: "“第…”不是页码" },
    { text: "按照司法部1+4+N模式划分了功能分区。", description: "seed 000：普通正文" },
    { text: "详见附件[1]及附表。", description: "方括号引用不是书签残留" },
    { text: "第3页所列事项已全部办结。", description: "句中提到页码，不是单独的页码行" },
  ],
  invalid: [
    {
      text: "[bookmark: _GoBack]（四）切实推进执法改革。",
      output: "（四）切实推进执法改革。",
      description: "seed 001：Word 书签残留",
      errors: [{ message: "文档转换残留“[bookmark: _GoBack]”，应删除", range: [0, 19] }],
      doc: true,
    },
    {
      text: "我镇将全面依法治县和法治政府建设工作列为镇党委重要议事日程[bookmark: _Toc123]。",
      output: "我镇将全面依法治县和法治政府建设工作列为镇党委重要议事日程。",
      description: "seed 002 式样：句中的目录书签",
      errors: [{ message: "文档转换残留“[bookmark: _Toc123]”，应删除", range: [29, 48] }],
    },
    {
      text: "深入学习贯彻\u200b习近平法治思想。",
      output: "深入学习贯彻习近平法治思想。",
      description: "零宽空格",
      errors: [{ message: "含有不可见的零宽字符，应删除", range: [6, 7] }],
      doc: true,
    },
    {
      text: "推动公证、司法鉴\ufffd等法律服务。",
      output: "推动公证、司法鉴等法律服务。",
      description: "seed 002：乱码替换字符",
      errors: [{ message: "含有乱码替换字符“�”，应删除并核对原文此处的文字", range: [8, 9] }],
    },
    {
      text: "不断提高依法行政能力。\f二是加强行政执法监督。",
      output: "不断提高依法行政能力。二是加强行政执法监督。",
      description: "换页符",
      errors: [{ message: "含有换页符，应删除", range: [11, 12] }],
    },
    {
      text: "提升基层法治素养。\n- 3 -\n二是深入推进普法阵地建设。\n",
      output: "提升基层法治素养。\n二是深入推进普法阵地建设。\n",
      description: "分页处残留的页码行",
      errors: [{ message: "页码“- 3 -”是转换残留，应删除", range: [10, 15] }],
      doc: true,
    },
    {
      text: "提升基层法治素养。\n　　—12—\n二是深入推进普法阵地建设。\n",
      output: "提升基层法治素养。\n二是深入推进普法阵地建设。\n",
      description: "一字线页码",
      errors: [{ message: "页码“—12—”是转换残留，应删除", range: [12, 16] }],
    },
    {
      text: "完善村民自治。\n第 2 页 共 5 页\n加强村级自治组织建设。\n",
      output: "完善村民自治。\n加强村级自治组织建设。\n",
      description: "“第 2 页 共 5 页”页脚",
      errors: [{ message: "页码“第 2 页 共 5 页”是转换残留，应删除", range: [8, 19] }],
    },
  ],
} satisfies RuleCases;
