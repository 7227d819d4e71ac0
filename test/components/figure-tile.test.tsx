import { render, screen } from '@testing-library/react';
import type { Figure } from '@/data/report-schema';
import { FigureTile, tileValueEm } from '@/components/figure-tile';
import { figureLookup } from '@/lib/figure-view';
import { widthEm } from '@/lib/text-width';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadLocale, translate, type MessageKey } from '@/i18n/messages';
import type { Locale } from '@/i18n/locale';

// A change the report states with no amount (同比下降) is a figure whose direction is all it says: the tile must
// set that direction at a number's size, and say in small type what it is measured against and that no amount
// is given, never print a number.

const falling: Figure = {
  id: 'criminal-cases-change',
  label: { zh: '刑事立案', en: 'Criminal cases filed' },
  unit: { zh: '起', en: 'cases' },
  qualifier: 'exact',
  reportedAs: '同比下降',
  change: { direction: 'decrease', basis: 'yearOnYear' },
  theme: 'public-order',
  source: { section: '导语', clause: '刑事立案同比下降' },
};

function viewOf(figure: Figure) {
  return figureLookup({ figures: [figure], contradictions: [] }).get(figure.id)!;
}

function renderTile(figure: Figure, locale: Locale) {
  return render(
    <I18nProvider locale={locale}>
      <FigureTile figure={viewOf(figure)} size="headline" />
    </I18nProvider>,
  );
}

describe('a tile for a change stated without an amount', () => {
  beforeAll(() => loadLocale('en'));

  it('sets the short Chinese words whole at the number’s size, with no amount under them', () => {
    const { container } = renderTile(falling, 'zh');
    expect(container.querySelector('.tile__number')?.textContent).toBe('↓ 同比下降');
    expect([...container.querySelectorAll('.tile__no-value')].map((line) => line.textContent)).toEqual(['报告未给出幅度']);
    expect(container.querySelector('.tile__number')?.textContent).not.toMatch(/\d/);
    // How many lines the value holds, so that its size leaves room for the small ones (theme.css).
    expect(container.querySelector('.tile__value')?.getAttribute('data-lines')).toBe('2');
  });

  it('keeps only the direction large in English, the basis on a small line of its own', () => {
    const { container } = renderTile(falling, 'en');
    expect(container.querySelector('.tile__number')?.textContent).toBe('↓ Down');
    expect([...container.querySelectorAll('.tile__no-value')].map((line) => line.textContent)).toEqual(['year on year', 'no amount given']);
    expect(container.querySelector('.tile__value')?.getAttribute('data-lines')).toBe('3');
  });

  it('says the whole change, not the arrow, to a screen reader', () => {
    renderTile({ ...falling, change: { direction: 'increase', basis: 'periodOnPeriod' } }, 'zh');
    expect(screen.getByRole('article').getAttribute('aria-label')).toContain('环比上升');
    expect(document.querySelector('.tile__number [aria-hidden="true"]')?.textContent?.trim()).toBe('↑');
  });

  it('measures its value by the big line or the widest small one, whichever is wider', () => {
    const view = viewOf(falling);
    const t = (locale: Locale) => ((key: MessageKey) => translate(locale, key as 'change.noValue')) as Parameters<typeof tileValueEm>[2];
    const halfEmSteps = (em: number) => Math.ceil(em * 2) / 2;
    // In Chinese the big line is the wider: 报告未给出幅度 at 0.45em is narrower than ↓ 同比下降.
    expect(tileValueEm(view, 'zh', t('zh'))).toBe(halfEmSteps(widthEm('↓ 同比下降')));
    // In English "no amount given" at 0.45em is wider than "↓ Down", and decides.
    expect(tileValueEm(view, 'en', t('en'))).toBe(halfEmSteps(0.45 * widthEm('no amount given')));
  });
});
