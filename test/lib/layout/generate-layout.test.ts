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
    expect(generateLayout(yantai).scenes.map((scene) => scene.id)).toEqual([
      'overview',
      'training',
      'qualification',
      'legal-review',
      'supervision',
      'backlog',
      'governance',
      'plans',
    ]);
  });

  it('opens with the figures the data marks as headline, then one scene per theme in the vocabulary’s order', () => {
    const figures = [figure('backlog', '件', { headline: true }), figure('training', '人次'), figure('training', '人次', { headline: true })];
    const layout = generateLayout(report(figures));
    expect(layout.scenes[0]).toMatchObject({ id: 'overview', panels: [{ kind: 'tiles', size: 'headline', figures: [figures[0]!.id, figures[2]!.id] }] });
    expect(layout.scenes.slice(1).map((scene) => scene.id)).toEqual(['training', 'backlog']);
  });

  it('draws bars only for figures that share a unit; a figure alone in its unit is a tile', () => {
    const figures = [figure('public-order', '起'), figure('public-order', '起'), figure('public-order', '人'), figure('public-order', '期')];
    const scene = generateLayout(report(figures)).scenes.find((candidate) => candidate.id === 'public-order')!;
    expect(scene.panels).toEqual([
      { kind: 'bars', figures: [figures[0]!.id, figures[1]!.id] },
      { kind: 'tiles', figures: [figures[2]!.id, figures[3]!.id] },
    ]);
  });

  it('shows a figure whose theme is not in the vocabulary under “other”', () => {
    const odd = figure('maritime-policing', '艘');
    const layout = generateLayout(report([figure('training', '人'), odd]));
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
    const panels = generateLayout(input).scenes.find((scene) => scene.id === 'public-order')!.panels;
    expect(panels).toEqual([
      { kind: 'bars', figures: [level.id, other.id] },
      { kind: 'tiles', figures: [directionOnly.id] },
    ]);
  });

  it('splits a theme with more figures than a screen holds into numbered scenes', () => {
    const many = Array.from({ length: 20 }, (_, index) => figure('services', ['项', '个', '件', '人', '名'][index % 5]!));
    const input = report(many);
    expectValidLayout(input);
    const scenes = generateLayout(input).scenes.filter((scene) => scene.id.startsWith('services'));
    expect(scenes.map((scene) => scene.id)).toEqual(['services', 'services-2', 'services-3']);
    expect(scenes[1]!.title).toEqual({ zh: '政务服务（2）', en: 'Public services (2)' });
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
    expect(generateLayout(input).scenes.find((scene) => scene.id === 'supervision')!.panels[0]).toEqual({ kind: 'bars', figures: [first.id, second.id] });
  });
});
