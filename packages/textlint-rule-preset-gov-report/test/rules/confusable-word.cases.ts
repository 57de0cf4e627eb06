import type { RuleCases } from "../helpers/cases.js";

export default {
  valid: [
    { text: "截至目前，我镇综合行政执法人员严格按照法律要求，依法开展涉企行政检查和行政处罚。", description: "seed 001：“截至目前”用法正确", doc: true },
    { text: "坚决执行行政执法人员持证上岗和资格管理制度。", description: "seed 002：“持证上岗”" },
    { text: "加快推进农村基础设施建设，对损坏公共设施行为依法实施行政处罚。", description: "名词“设施”", doc: true },
    { text: "依法保障公民权利，规范行政权力运行。", description: "“权利”与“权力”各得其所" },
    { text: "督促各职能部门认真履行投诉职责，及时办理群众诉求。", description: "“投诉职责”不是“诉职”" },
    { text: "在政府网站发布署名文章2篇。", description: "“发布署名”不是“布署”" },
    { text: "通过台账核对、现场踏勘、群众评议等方式，督促相关人员落实责任。", description: "seed 004：“台账”" },
    { text: "年底组织科级领导干部述职述廉述法，作出具体安排。", description: "“述职”“作出”" },
    { text: "开通政务服务平台账号120个。", description: "“平台账号”" },
  ],
  invalid: [
    {
      text: "承接执法事项91项，开展综合查一次5次，行政检查114次，设施行政处罚6次。",
      description: "seed 001：“设施”是名词，实施行政处罚应为“实施”",
      errors: [
        { message: "“设施”应改为“实施”（“设施”是名词，此处应为动词）", range: [29, 31] },
      ],
      doc: true,
    },
    {
      text: "坚持将法治工作纳入年度诉职内容，有力确保法治政府建设工作有序推进。",
      description: "seed 001：“诉职”应为“述职”",
      errors: [
        { message: "“诉职”应改为“述职”（别字）", range: [11, 13] },
      ],
      doc: true,
    },
    {
      text: "开展规范行政处罚自由裁量权工作，促进行政权利规范运行。",
      description: "seed 003：指职权时应为“行政权力”",
      errors: [
        { message: "“行政权利”应改为“行政权力”（行政机关的职权是“权力”，“权利”指依法享有的权益）", range: [18, 22] },
      ],
    },
    {
      text: "对全镇2021年度领导干部学法用法工作做出了具体安排。",
      description: "seed 003：“作出安排”",
      errors: [
        { message: "“做出”应改为“作出”（公文中“作出决定、部署、安排”等规范写作“作出”）", range: [19, 21] },
      ],
    },
    {
      text: "（四）强化执证上岗，规范文明执法。",
      description: "seed 002：小标题中的“执证上岗”",
      errors: [
        { message: "“执证”应改为“持证”（指持有执法证件上岗）", range: [5, 7] },
      ],
    },
    {
      text: "截止目前，全镇共调处矛盾纠纷58件。",
      description: "“截止”后带时间宾语，应为“截至”",
      errors: [
        { message: "“截止”应改为“截至”（表示“到某时为止”应用“截至”，“截止”后不带时间宾语）", range: [0, 2] },
      ],
      doc: true,
    },
    {
      text: "建立执法人员管理台帐，实行动态管理。",
      description: "“台帐”应为“台账”",
      errors: [
        { message: "“台帐”应改为“台账”（与钱财、记录有关的应用“账”）", range: [8, 10] },
      ],
    },
    {
      text: "按照县委统一布署，扎实开展专项整治行动。",
      description: "“布署”应为“部署”",
      errors: [
        { message: "“布署”应改为“部署”（别字）", range: [6, 8] },
      ],
    },
    {
      text: "坚持对法治政府建设工作亲自布署，确保各项工作按步就班推进。",
      description: "一句两处：别字与成语误写",
      errors: [
        { message: "“布署”应改为“部署”（别字）", range: [13, 15] },
        { message: "“按步就班”应改为“按部就班”（成语误写）", range: [22, 26] },
      ],
    },
    {
      text: "我们将再接再励，推动法治政府建设再上新台阶。",
      description: "成语误写",
      errors: [
        { message: "“再接再励”应改为“再接再厉”（成语误写）", range: [3, 7] },
      ],
    },
  ],
} satisfies RuleCases;
