import { textLimits } from '@/data/report-schema';
import { knownThemes } from '@/data/themes';

// A proposed Chinese label (the noun phrase the number counts) and a theme guessed from the words. Both are
// proposals for a person: the label is the clause's own words with the scaffolding around them taken away.

// Words around a label that say where, when or how much rather than what (全市, 今年以来, 共, 累计, 数量).
const leadingNoise = [
  /^[,，、;；:：\s的]+/u,
  /^(?:[一二三四五六七八九十]+是|[①-⑳])/u,
  /^(?:截至目前|目前|当前|同时|此外|另外|其中|期间|全年|年内|今年以来|年初以来|本年度|近年来)/u,
  /^(?:自?(?:19|20)\d{2}年(?:\d{1,2}(?:[至到\-—]\d{1,2})?月(?:份)?)?(?:度)?(?:以来|上半年|下半年|底|末)?)/u,
  /^(?:上半年|下半年|前三季度)/u,
  /^(?:全市公安机关|全区公安机关|全县公安机关|全省公安机关|全市各级公安机关|全市|全区|全县|全省|全局|全队|我局|我分局|本局)/u,
  /^(?:共计|共有|合计|总计|累计|共|先后|已经|已|均|并|还|又|再|和|及|与|以及)/u,
  /^(?:组织开展|累计开展|开展了|开展|组织了|组织|进行了|进行)(?=[\u4e00-\u9fff“"]{2})/u,
];
const trailingNoise = [
  /[,，、;；:：\s]+$/u,
  /(?:数量|总数|总量|总计|共计|合计|累计|共有|共|分别为|分别|约为|均为|约|近|将近|接近|超过|逾|至少|不少于|不到|不足|高达|多达|均达|已达|达到了|达到|达)$/u,
  // 纠错率为2.8%, 人数为…: 为 after a rate or count word (not the 为 of 行为, 作为).
  /(?<=[率数量额重比])为$/u,
  /的$/u,
];

function strip(label: string, patterns: readonly RegExp[]): string {
  let current = label;
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of patterns) {
      const next = current.replace(pattern, '');
      if (next !== current) {
        current = next;
        changed = true;
      }
    }
  }
  return current;
}

/** The clause's words with place, time and quantity words taken away: 全市行政案件快速办理 → 行政案件快速办理. */
export function cleanLabel(raw: string): string {
  let label = strip(strip(raw.trim(), leadingNoise), trailingNoise);
  // A quote left open by the cut (…“挂案) is closed or dropped.
  if ((label.match(/“/gu)?.length ?? 0) > (label.match(/”/gu)?.length ?? 0)) label = label.replace(/“(?!.*”)/u, '');
  return label.replace(/^[”)）]+/u, '').trim();
}

const changeWordsAtEnd =
  /(?:同比|环比|(?:较|比|与)(?:上年|去年|上一年|(?:19|20)\d{2}年)(?:同期)?(?:相比)?)?(?:分别|均)?(?:增幅|涨幅|降幅|减幅|上升|下降|增长|减少|增加|降低|提升|提高|下滑|回落)(?:为|达|了)?[-－]?$/u;

/** What is left of a label once the words that vary between two statements of one figure are gone. */
export function labelCore(label: string): string {
  return cleanLabel(label)
    .replace(/[“”"‘’「」『』《》()（）\s]/gu, '')
    .replace(/^(?:坚持|持续|继续|不断|深入|全面|进一步)/u, '')
    .replace(/各类|各项|相关|有关|情况/gu, '')
    // A change's words say how it moved, not what it is: 刑事警情同比下降 and 警情同比下降 are different things.
    .replace(changeWordsAtEnd, '');
}

/** Shortens a label to the schema's limit, keeping its end (where the counted noun stands). */
export function fitLabel(label: string, limit: number = Math.min(textLimits.label, 30)): string {
  if (label.length <= limit) return label;
  const tail = label.slice(label.length - limit);
  // Start the tail after a list comma or 的 where one is near, so it does not begin mid-word.
  const cut = tail.search(/[、的，,]/u);
  return cut !== -1 && cut < limit / 2 ? tail.slice(cut + 1) : tail;
}

/** Verbs (and 的) that end a phrase whose object comes after the number: 确定1家县级公安机关, 下发的4308件重点积案. */
const verbEnding = /(?:的|确定|设立|建立|建成|新建|组建|成立|聘请|选派|抽调|培养|培育|评选出?|表彰|推出|打造|制定|出台|印发|下发|发布|梳理|开通|设置|配备|安装|举办|召开|完成|实现|受理|审批|涉及|覆盖|拥有|共有|有|为|对|向|帮助|指导|服务|走访|检查|排查出?|查处|破获|抓获|侦办|办理|处理|整改|化解|调解|清理|推动|推进|落实|明确|确立|形成|创建|创设|认定|命名|挂牌|授予)$/u;

export function endsWithVerb(label: string): boolean {
  return label === '' || verbEnding.test(label);
}

/** The noun after a number and its unit (84个全区重点建设项目、 → 全区重点建设项目), up to a verb or a list mark. */
export function nounAfter(text: string, start: number, limit: number): string {
  const rest = text.slice(start, limit);
  const stop = rest.search(/[、，,。；;：:（(]|和|及|与|实现|全量|作为|参加|参与|已|被|获|通过|完成|开展|进行|纳入|列入|达到|成为|均|全部|安装率|覆盖率|同比|$/u);
  let noun = rest.slice(0, stop === -1 ? rest.length : stop);
  // A quoted name just after the noun belongs to what follows it (52所学校“一键报警…”安装率).
  const quote = noun.indexOf('“');
  if (quote > 1) noun = noun.slice(0, quote);
  return noun.slice(0, 16);
}

/** A suffix that tells two figures of one subject apart by their unit: 规范执法培训 10期 / 960人 → 期数 / 人数. */
export function unitSuffix(unit: string): string {
  if (/次$/u.test(unit)) return unit;
  if (unit === '%') return '比例';
  if (unit === '名' || unit === '位') return '人数';
  return `${unit}数`;
}

type ThemeWords = { theme: string; words: readonly string[] };

// Words that point to a theme. Longer, more specific words score more; the label counts three times the clause.
const themeWords: readonly ThemeWords[] = [
  { theme: 'qualification', words: ['执法资格', '法律职业资格', '法考', '资格考试', '持证', '高级执法资格', '中级执法资格'] },
  { theme: 'training', words: ['培训', '练兵', '轮训', '学法', '考试', '讲座', '授课', '研讨', '中心组', '学习', '参训', '受训', '比武', '大赛', '教育整顿'] },
  { theme: 'legal-review', words: ['法制审核', '审核人员', '案件审核', '法制员', '审核', '法律顾问', '公职律师', '合法性审查', '规范性文件', '报备', '备案审查', '审查'] },
  { theme: 'supervision', words: ['通报', '巡查', '监督', '督察', '督办', '执法问题', '考评', '复议', '纠错', '评查', '约谈', '问责', '整改执法', '巡察', '示范单位'] },
  { theme: 'backlog', words: ['积案', '挂案', '清零', '清仓', '直诉', '超期', '久侦不结', '快速办理', '快办'] },
  { theme: 'efficiency', words: ['时限', '压缩', '提速', '办结率', '平均用时', '工作日'] },
  { theme: 'services', words: ['满意度', '满意率', '求助', '来信来访', '信访', '政务服务', '办件', '窗口', '通办', '服务事项', '预约', '户政', '出入境', '便民', '网办', '一窗', '延时错时', '权力清单', '办事'] },
  { theme: 'business-environment', words: ['企业', '涉企', '营商', '民营', '项目警官', '重点建设项目', '经侦', '知识产权', '复工复产'] },
  { theme: 'public-order', words: ['警情', '刑事', '治安', '立案', '破获', '破案', '抓获', '逃犯', '打击处理', '违法人员', '逮捕', '犯罪', '诈骗', '两抢', '五类', '行政处罚', '案件', '嫌疑人', '移交案件'] },
  { theme: 'traffic', words: ['交通', '酒驾', '醉驾', '道路', '车辆', '驾驶', '交警', '事故'] },
  { theme: 'safety', words: ['隐患', '安全', '民爆', '炸药', '危化品', '爆炸', '消防', '校园', '学校', '仓库', '枪支', '剧毒', '易制爆', '检查单位'] },
  { theme: 'law-publicity', words: ['普法', '法治宣传', '宣传', '以案释法', '法治讲座', '宣讲', '发放资料'] },
  { theme: 'governance', words: ['党委', '党组', '会议', '决策', '听取', '专题研究', '第一议题', '述法', '班子', '党委会', '领导小组', '重大事项'] },
  { theme: 'recognition', words: ['荣获', '获评', '表彰', '先进', '荣誉', '奖', '评为'] },
];

const knownThemeIds = new Set<string>(knownThemes.map((theme) => theme.id));

export type ThemeGuess = { theme: string; confident: boolean };

/** The theme whose words the label (and, less, the clause and heading) use most; "other" when none does. */
export function guessTheme(label: string, clause: string, heading = ''): ThemeGuess {
  let best: ThemeGuess & { score: number } = { theme: 'other', confident: false, score: 0 };
  let second = 0;
  for (const { theme, words } of themeWords) {
    if (!knownThemeIds.has(theme)) continue;
    let score = 0;
    for (const word of words) {
      const weight = word.length;
      if (label.includes(word)) score += 3 * weight;
      else if (clause.includes(word)) score += weight;
      else if (heading.includes(word)) score += 0.5 * weight;
    }
    if (score > best.score) {
      second = best.score;
      best = { theme, confident: false, score };
    } else if (score > second) second = score;
  }
  // Confident when a word of the label itself points there and no other theme comes close.
  const confident = best.score >= 6 && best.score >= 1.5 * second;
  return { theme: best.theme, confident };
}
