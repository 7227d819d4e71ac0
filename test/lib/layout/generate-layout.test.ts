import { reportSchema, type Figure, type Report } from '@/data/report-schema';
import { generateLayout } from '@/lib/layout/generate-layout';
import { layoutLimits } from '@/lib/layout/scene-capacity';
import { yantaiReport } from '../../fixtures/yantai';

let counter = 0;
function figure(theme: string, unit: string, overrides: Partial<Figure> = {}): Figure {
  counter += 1;
  const value = overrides.value ?? 10 + counter;
  return {
    id: `f${counter}`,
    label: { zh: `指标${counter}` },
    value,
    unit: { zh: unit },
    qualifier: 'exact',
    reportedAs: `${value}${unit}`,
    theme,
    source: { section: '一(一)', clause: `共${value}${unit}` },
    ...overrides,
  };
}

function report(figures: Figure[], extra: Partial<Report> = {}): Report {
  return { id: 'test-psb-2023', title: { zh: '测试报告' }, unit: { zh: '测试局' }, year: 2023, figures, contradictions: [], structure: [], ...extra };
}

/** The generated layout must pass the same checks as a hand-made one: every figure on screen, bars in one unit. */
function expectValidLayout(input: Report) {
  const parsed = reportSchema.safeParse({ ...input, layout: generateLayout(input) });
  expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)).toEqual([]);
}

describe('the layout generated for a report that has none', () => {
  it('puts every figure of the Yantai report on screen, derived ones included', () => {
    const yantai = yantaiReport();
    delete yantai.layout;
    expectValidLayout(yantai);
    // Themes of a figure or two share a scene with the one before them.
    expect(generateLayout(yantai).scenes.map((scene) => [scene.id, scene.title.zh])).toEqual([
      ['overview', '总览'],
      ['training', '教育培训、执法资格'],
      ['legal-review', '法制审核、执法监督'],
      ['backlog', '积案清理、党委领导与决策'],
      ['plans', '举措、不足与 2023 年安排'],
    ]);
  });

  it('opens with the figures the data marks as headline, then the themes in the vocabulary’s order', () => {
    const figures = [
      figure('backlog', '件', { headline: true }),
      figure('training', '人次'),
      figure('training', '人次', { headline: true }),
      figure('training', '期', { headline: true }),
      figure('backlog', '起', { headline: true }),
      ...['人', '项', '名', '个'].map((unit) => figure('backlog', unit)),
    ];
    const layout = generateLayout(report(figures));
    const headline = [figures[0]!, figures[2]!, figures[3]!, figures[4]!].map((marked) => marked.id);
    expect(layout.scenes[0]).toMatchObject({ id: 'overview', panels: [{ kind: 'tiles', size: 'headline', figures: headline }] });
    expect(layout.scenes.slice(1).map((scene) => scene.id)).toEqual(['training', 'backlog']);
  });

  it('lets themes of a figure or two share a scene, under both names, while it still holds one screen', () => {
    const headlines = ['人', '期', '项', '名'].map((unit) => figure('training', unit, { headline: true }));
    const qualification = figure('qualification', '人');
    const recognition = figure('recognition', '项');
    const layout = generateLayout(report([...headlines, figure('training', '起'), figure('training', '起'), qualification, recognition]));
    expect(layout.scenes.map((scene) => scene.id)).toEqual(['overview', 'training']);
    expect(layout.scenes[1]!.title).toEqual({ zh: '教育培训、执法资格、荣誉与评价', en: 'Training, enforcement qualifications and recognition' });
    expect(layout.scenes[1]!.panels.flatMap((panel) => ('figures' in panel ? panel.figures : []))).toEqual(
      expect.arrayContaining([qualification.id, recognition.id]),
    );
  });

  it('sets merged theme names apart with a middle dot in English where a name has an "and" of its own', () => {
    const headlines = ['人', '期', '项', '名'].map((unit) => figure('training', unit, { headline: true }));
    const layout = generateLayout(report([...headlines, figure('public-order', '起'), figure('public-order', '起'), figure('traffic', '处')]));
    const merged = layout.scenes.find((scene) => scene.id === 'public-order')!;
    expect(merged.title).toEqual({ zh: '治安与打击犯罪、道路交通', en: 'Public order and crime · Road traffic' });
  });

  it('fills an overview of few headline figures with the scenes after it, showing no figure twice', () => {
    const headline = figure('governance', '次', { headline: true });
    const cases = [figure('public-order', '起'), figure('public-order', '起')];
    const input = report([headline, ...cases]);
    expectValidLayout(input);
    const layout = generateLayout(input);
    // The governance scene would show only the headline figure again: it goes.
    expect(layout.scenes).toEqual([
      {
        id: 'overview',
        title: { zh: '总览', en: 'Overview' },
        description: { zh: '报告中的主要指标', en: 'The report’s headline figures' },
        panels: [
          { kind: 'tiles', size: 'headline', figures: [headline.id] },
          { kind: 'bars', figures: cases.map((level) => level.id) },
        ],
      },
    ]);
  });

  it('draws bars only for figures that share a unit; a figure alone in its unit is a tile', () => {
    const figures = [figure('public-order', '起'), figure('public-order', '起'), figure('public-order', '人'), figure('public-order', '期')];
    const scene = generateLayout(report(figures)).scenes.find((candidate) => candidate.id === 'public-order')!;
    expect(scene.panels).toEqual([
      { kind: 'bars', figures: [figures[0]!.id, figures[1]!.id] },
      { kind: 'tiles', figures: [figures[2]!.id, figures[3]!.id] },
    ]);
  });

  it('keeps apart figures of one measure word that the English says count different things', () => {
    // 个 counts projects in one figure and work arrangements in another; a 个 with no English could be either,
    // so it joins one chart, never a chart that mixes the two.
    const projects = [figure('business-environment', '个', { unit: { zh: '个', en: 'projects' } }), figure('business-environment', '个', { unit: { zh: '个', en: 'Project' } })];
    const arrangements = [figure('business-environment', '个', { unit: { zh: '个', en: 'arrangements' } }), figure('business-environment', '个', { unit: { zh: '个', en: 'arrangements' } })];
    const unnamed = figure('business-environment', '个');
    const input = report([projects[0]!, arrangements[0]!, unnamed, projects[1]!, arrangements[1]!]);
    expectValidLayout(input);
    const charts = generateLayout(input).scenes.flatMap((scene) => scene.panels).filter((panel) => panel.kind === 'bars');
    expect(charts).toEqual([
      { kind: 'bars', figures: [projects[0]!.id, unnamed.id, projects[1]!.id] },
      { kind: 'bars', figures: [arrangements[0]!.id, arrangements[1]!.id] },
    ]);
    // A hand-made layout that mixes them is refused by the same rule.
    const mixed = reportSchema.safeParse({ ...input, layout: { scenes: [{ id: 'all', title: { zh: '全部' }, panels: [{ kind: 'bars', figures: input.figures.map((member) => member.id) }] }] } });
    expect(mixed.success ? [] : mixed.error.issues.map((issue) => issue.message)).toContainEqual(expect.stringMatching(/bars need one unit; these have 个 \(projects\), 个 \(arrangements\)/));
  });

  it('shows a figure whose theme is not in the vocabulary under “other”', () => {
    const odd = figure('maritime-policing', '艘');
    const headlines = ['人', '期', '项', '名'].map((unit) => figure('training', unit, { headline: true }));
    const layout = generateLayout(report([...headlines, odd]));
    expect(layout.scenes.find((scene) => scene.id === 'other')).toMatchObject({ title: { zh: '其他指标', en: 'Other figures' }, panels: [{ figures: [odd.id] }] });
  });

  it('never puts a change on the same axis as levels, and shows a change with its level on that level’s tile', () => {
    const level = figure('public-order', '起', { value: 39665, reportedAs: '39665起' });
    const change = figure('public-order', '%', { value: 4.49, reportedAs: '4.49%', change: { direction: 'decrease', basis: 'yearOnYear', of: level.id } });
    const directionOnly = figure('public-order', '起', {
      change: { direction: 'decrease', basis: 'yearOnYear' },
      reportedAs: '同比下降',
      source: { section: '一(一)', clause: '刑事立案同比下降' },
    });
    delete directionOnly.value;
    const other = figure('public-order', '起');
    const input = report([level, change, directionOnly, other]);
    expectValidLayout(input);
    const panels = generateLayout(input).scenes.flatMap((scene) => scene.panels);
    expect(panels).toContainEqual({ kind: 'bars', figures: [level.id, other.id] });
    expect(panels).toContainEqual({ kind: 'tiles', figures: [directionOnly.id] });
    // The change has no panel of its own: its level's tile shows it.
    expect(panels.filter((panel) => 'figures' in panel && panel.figures.includes(change.id))).toEqual([]);
  });

  it('splits a theme with more figures than a screen holds into scenes that say they continue it', () => {
    const many = Array.from({ length: 20 }, (_, index) => figure('services', ['项', '个', '件', '人', '名'][index % 5]!));
    const input = report(many);
    expectValidLayout(input);
    const scenes = generateLayout(input).scenes.filter((scene) => scene.id.startsWith('services'));
    expect(scenes.map((scene) => scene.id)).toEqual(['services', 'services-2', 'services-3']);
    expect(scenes[1]!.title).toEqual({ zh: '政务服务（续）', en: 'Public services (cont.)' });
    expect(scenes[2]!.title).toEqual({ zh: '政务服务（续二）', en: 'Public services (part 3)' });
    for (const scene of scenes) expect(scene.panels.length).toBeLessThanOrEqual(layoutLimits.panelsPerScene);
  });

  it('ends with the report’s structure, titled with the year after the report for its plans', () => {
    const input = report([figure('training', '人')], {
      structure: [
        { section: '一', kind: 'measures', title: { zh: '举措' }, items: [{ section: '一(一)', title: { zh: '甲' } }] },
        { section: '二', kind: 'plans', title: { zh: '安排' }, items: [{ section: '二(一)', title: { zh: '乙' } }] },
      ],
    });
    expect(generateLayout(input).scenes.at(-1)).toEqual({
      id: 'plans',
      title: { zh: '举措与 2024 年安排', en: 'Measures and 2024 plans' },
      panels: [{ kind: 'structure', parts: ['一', '二'] }],
    });
  });

  it('keeps two statements that disagree together, as bars when they share a unit', () => {
    const first = figure('supervision', '期');
    const second = figure('supervision', '期');
    const input = report([first, second, figure('supervision', '个')], {
      contradictions: [{ id: 'counts', figureIds: [first.id, second.id], note: { zh: '两处不同' } }],
    });
    expect(generateLayout(input).scenes.flatMap((scene) => scene.panels)).toContainEqual({ kind: 'bars', figures: [first.id, second.id] });
  });
});
