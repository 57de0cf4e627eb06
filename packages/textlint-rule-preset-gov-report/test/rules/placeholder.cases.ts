import type { RuleCases } from "../helpers/cases.js";

export default {
  valid: [
    {
      text: "【典型案例】某村民因宅基地纠纷申请调解，调解员依法释明后双方达成协议。",
      description: "方括号小标题不是占位符",
      doc: true
    },
    {
      text: "金发〔2024〕2号",
      description: "seed 000：发文字号"
    },
    {
      text: "张某某因邻里纠纷申请人民调解，经调解双方达成协议。",
      description: "“某某”是案例中的化名，不是占位符"
    },
    {
      text: "制作3×4米法治宣传展板20块，在村（社区）公示栏张贴。",
      description: "数字间的乘号不是占位符",
      doc: true
    },
    {
      text: "金屯镇党政办公室　　　　2024年1月9日印发",
      description: "seed 000：已填写的版记日期"
    },
    {
      text: "认真填写《行政执法案卷评查表》，逐项核对执法文书。",
      description: "正文中的“填写”一词"
    },
    {
      text: "【工作成效】全年共办理法律援助案件32件。",
      description: "方括号小标题"
    },
    {
      text: "```\n【待填写】\n```\n",
      description: "Markdown 代码块中的示例不检查",
      ext: ".md"
    },
    {
      text: "深入学习贯彻习近平新时代中国特色社会主义思想，全面贯彻党的二十大精神。",
      description: "seed 001：普通正文"
    }
  ],
  invalid: [
    {
      text: "【待填写：主送机关】：",
      description: "report-lint init 模板：未填写的主送机关",
      errors: [
        {
          message: "占位符“【待填写：主送机关】”尚未填写，应补充实际内容",
          range: [
            0,
            10
          ]
        }
      ],
      doc: true
    },
    {
      text: "　　【待填写：分条写明本年度在依法决策、严格规范公正文明执法等方面的主要举措和成效。】",
      description: "report-lint init 模板：标题下未替换的填写提示",
      errors: [
        {
          message: "占位符“【待填写：分条写明本年度…】”尚未填写，应补充实际内容",
          range: [
            2,
            43
          ]
        }
      ]
    },
    {
      text: "××镇人民政府关于2023年法治政府建设情况的报告",
      description: "套用模板时未改的机关名称",
      errors: [
        {
          message: "“××”是未填写的占位符，应改为实际的名称或数字",
          range: [
            0,
            2
          ]
        }
      ],
      doc: true
    },
    {
      text: "全年共受理行政复议案件XX件，办结XX件。",
      description: "模板中未填的数字",
      errors: [
        {
          message: "“XX”是未填写的占位符，应改为实际的名称或数字",
          range: [
            11,
            13
          ]
        },
        {
          message: "“XX”是未填写的占位符，应改为实际的名称或数字",
          range: [
            17,
            19
          ]
        }
      ]
    },
    {
      text: "2024年×月×日",
      description: "落款日期未填月、日",
      errors: [
        {
          message: "“×”是未填写的占位符，应改为实际的名称或数字",
          range: [
            5,
            6
          ]
        },
        {
          message: "“×”是未填写的占位符，应改为实际的名称或数字",
          range: [
            7,
            8
          ]
        }
      ]
    },
    {
      text: "全年开展法治宣传活动【待补充】场次，发放宣传资料3000余份。",
      description: "seed 000 式样：数据待补充",
      errors: [
        {
          message: "占位符“【待补充】”尚未填写，应补充实际内容",
          range: [
            10,
            15
          ]
        }
      ]
    },
    {
      text: "（二）【请填写数据】件行政执法案卷全部评查合格。",
      description: "模板中的“请填写”",
      errors: [
        {
          message: "占位符“【请填写数据】”尚未填写，应补充实际内容",
          range: [
            3,
            10
          ]
        }
      ]
    },
    {
      text: "# ××镇2024年法治政府建设年度报告\n",
      description: "Markdown 标题中的占位符",
      ext: ".md",
      errors: [
        {
          message: "“××”是未填写的占位符，应改为实际的名称或数字",
          range: [
            2,
            4
          ]
        }
      ]
    },
    {
      text: "中共××县委全面依法治县委员会办公室：",
      description: "主送机关中的“××县委”",
      errors: [
        {
          message: "“××”是未填写的占位符，应改为实际的名称或数字",
          range: [
            2,
            4
          ]
        }
      ]
    }
  ]
} satisfies RuleCases;
