import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render';

describe('provenance card', () => {
  it('opens from a tile with the value in words, the section and the quoted clause, and returns focus on close', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?scene=overview' });
    const tileButton = await screen.findByRole('button', { name: /巡查整改执法问题/ });
    await user.click(tileButton);

    const dialog = await screen.findByRole('dialog', { name: '巡查整改执法问题' });
    expect(within(dialog).getByText('不少于 700 个')).toBeInTheDocument();
    expect(within(dialog).getByText('“巡查整改执法问题700余个”')).toBeInTheDocument();
    expect(within(dialog).getByText('2022 年度')).toBeInTheDocument();
    expect(within(dialog).getAllByText(/三（三）/).length).toBeGreaterThan(0);

    await user.click(within(dialog).getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(tileButton).toHaveFocus());
  });

  it('opens a derived figure’s inputs as their own cards and goes back', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?scene=training&lang=en' });
    await user.click(await screen.findByRole('button', { name: /Average trainees per standardised-enforcement session/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Average trainees per standardised-enforcement session' });
    expect(within(dialog).getByText('Formula: 960 ÷ 10 = 96 people per session')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Standardised-enforcement trainees: 960 people' }));
    expect(await screen.findByRole('dialog', { name: 'Standardised-enforcement trainees' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Standardised-enforcement trainees' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Back to Average trainees per standardised-enforcement session' }));
    expect(await screen.findByRole('dialog', { name: 'Average trainees per standardised-enforcement session' })).toBeInTheDocument();
  });

  it('opens from a chart bar with Enter and shows both statements where the report contradicts itself', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?scene=supervision&lang=en' });
    const bar = await screen.findByRole('button', { name: /Enforcement notices issued: 10 notices\. Show source/ });
    bar.focus();
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Enforcement notices issued' });
    const conflict = within(dialog).getByRole('region', { name: 'Differing statements in the report' });
    expect(within(conflict).getByText(/下发执法通报10期/)).toBeInTheDocument();
    expect(within(conflict).getByText(/下发执法问题通报11期/)).toBeInTheDocument();
    expect(within(conflict).getByRole('button', { name: 'Enforcement-problem notices issued: 11 notices' })).toBeInTheDocument();
  });

  it('opens from a row of the "show as table" view', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?scene=training&lang=en' });
    const toggles = await screen.findAllByRole('button', { name: 'Show as table' });
    await user.click(toggles[0]!);
    const table = screen.getByRole('table', { name: /Participation in training and exams/ });
    await user.click(within(table).getByRole('button', { name: /Law-study exams/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Law-study exams' });
    expect(within(dialog).getByText('At least 20,000 attendances')).toBeInTheDocument();
  });

  it('keeps the hidden text alternative free of focusable buttons while the chart is shown', async () => {
    renderApp({ url: '/?scene=training&lang=en' });
    const table = await screen.findByRole('table', { name: /Participation in training and exams/ });
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
  });

  it('footnotes each scene with the report sections its figures come from', async () => {
    renderApp({ url: '/?scene=supervision&lang=en' });
    expect(await screen.findByText('Sources on this screen: Part I (4); Part III (3)')).toBeInTheDocument();
  });
});
