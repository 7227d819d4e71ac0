import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import { reportSchema, type Report } from '@/data/report-schema';
import { AuthorPage } from '@/app/author-page';
import { renderApp, renderWithProviders } from '../../render';

// ?view=author (issue 11, part 3): open or paste a text, review the proposals, watch the preview, download.
const root = path.resolve(import.meta.dirname, '../../..');
const yantaiPath = path.join(root, 'src/data/sources/yantai-psb-2022.txt');
const yantaiBytes = readFileSync(yantaiPath);

/** What `npm run data:draft` prints for the Yantai text. */
function cliDraft(): string {
  const result = spawnSync(process.execPath, ['scripts/data-draft.mjs', yantaiPath, '--id', 'yantai-psb-2022', '--unit', '烟台市公安局', '--year', '2022'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

/** Downloads are caught where the page hands them to the browser: the Blob behind the object URL. */
function catchDownloads() {
  const files: Array<{ name: string; blob: Blob }> = [];
  let pending: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    pending = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
    if (pending) files.push({ name: this.download, blob: pending });
    pending = undefined;
  });
  return files;
}

async function fillDetails(user: UserEvent, { id = 'yantai-psb-2022', unit = '烟台市公安局', year = '2022' } = {}) {
  await user.type(screen.getByLabelText('报告编号'), id);
  await user.type(screen.getByLabelText('单位名称'), unit);
  await user.type(screen.getByLabelText('年度'), year);
}

async function openYantaiFile(user: UserEvent) {
  await user.upload(screen.getByLabelText('打开 .txt 文件'), new File([yantaiBytes], 'yantai-psb-2022.txt', { type: 'text/plain' }));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('已读取 yantai-psb-2022.txt（3,322 个字符）。'));
}

async function draftYantai(user: UserEvent) {
  await fillDetails(user);
  await openYantaiFile(user);
  await user.click(screen.getByRole('button', { name: '提出指标' }));
  await screen.findByRole('heading', { name: '提出的指标（18）' });
}

const card = (id: string) => document.querySelector<HTMLElement>(`[data-proposal-id="${id}"]`)!;
const preview = () => screen.getByRole('region', { name: '看板预览' });

describe('?view=author', () => {
  it('opens from the tools menu of the dashboard', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?scene=training' });
    await user.click(await screen.findByText('出处与导出'));
    await user.click(screen.getByRole('link', { name: '从原文制作数据文件' }));
    expect(await screen.findByRole('heading', { name: '从报告原文制作数据文件' })).toBeInTheDocument();
    expect(await screen.findByLabelText('打开 .txt 文件')).toBeInTheDocument();
    expect(window.location.search).toBe('?scene=training&view=author');
  });

  it('drafts an opened file and downloads exactly what npm run data:draft writes for it', async () => {
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderWithProviders(<AuthorPage />);
    await draftYantai(user);
    expect(screen.getByRole('status')).toHaveTextContent('已提出 18 项指标；另有 23 个数字不是指标。');
    await user.click(screen.getByRole('button', { name: '下载 yantai-psb-2022.json' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('yantai-psb-2022.json');
    expect(await downloads[0]!.blob.text()).toBe(cliDraft());
    // The text goes with it, for src/data/sources/, where data:check looks for every clause.
    await user.click(screen.getByRole('button', { name: '下载原文 yantai-psb-2022.txt' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]!.name).toBe('yantai-psb-2022.txt');
    expect(await downloads[1]!.blob.text()).toBe(yantaiBytes.toString('utf8').replace(/^\uFEFF/u, ''));
  });

  it('marks every number in the text: proposed figures and, with the reason, numbers that are not indicators', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuthorPage />);
    await draftYantai(user);
    const text = screen.getByRole('region', { name: '报告原文，其中的数字已标出' });
    expect(within(text).getByRole('button', { name: '700余个（提出的指标“巡查整改执法问题”，待审核）' })).toBeInTheDocument();
    expect(within(text).getAllByRole('button', { name: /^2022年（不是指标，年份）$/ }).length).toBeGreaterThan(0);
    // The count inside a completion and the completion are two marks.
    expect(within(text).getByRole('button', { name: /^4308件（提出的指标“省厅下发重点积案”/ })).toBeInTheDocument();
    expect(within(text).getByRole('button', { name: /^重点积案已全部“清零”（提出的指标“重点积案已清零”/ })).toBeInTheDocument();
  });

  it('goes from a mark to its proposal and back, by keyboard', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuthorPage />);
    await draftYantai(user);
    const text = screen.getByRole('region', { name: '报告原文，其中的数字已标出' });
    const marks = within(text).getAllByRole('button');
    // One tab stop for the whole text; the arrow keys move from mark to mark.
    expect(marks.filter((mark) => mark.tabIndex === 0)).toHaveLength(1);
    act(() => marks[0]!.focus());
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(marks[1]);
    const mark = within(text).getByRole('button', { name: /^700余个/ });
    act(() => mark.focus());
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(card('supervision-3'));
    await user.click(within(card('supervision-3')).getByRole('button', { name: '在原文中查看' }));
    expect(document.activeElement).toBe(mark);
    expect(mark).toHaveAttribute('tabindex', '0');
  });

  it('accepts and rejects proposals, and the preview shows the accepted figure and not the rejected one', async () => {
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderWithProviders(<AuthorPage />);
    await draftYantai(user);

    const accept = within(card('training-4')).getByRole('button', { name: '采纳' });
    await user.click(accept);
    expect(accept).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('已采纳：规范执法培训人数');
    expect(within(card('training-4')).getByText('已采纳')).toBeInTheDocument();
    await user.click(within(card('training-1')).getByRole('button', { name: '舍弃' }));
    expect(screen.getByRole('status')).toHaveTextContent('已舍弃：多种形式实战练兵活动参训人员');

    await user.selectOptions(within(preview()).getByLabelText('预览的场景'), 'training');
    await waitFor(() => expect(preview().querySelector('[data-figure-id="training-4"]')).not.toBeNull());
    expect(preview().querySelector('[data-figure-id="training-4"]')).not.toHaveClass('tile--proposed');
    expect(preview().querySelector('[data-figure-id="training-1"]')).toBeNull();
    expect(within(preview()).getByText('草稿，未经审核')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '下载 yantai-psb-2022.json' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const file = reportSchema.parse(JSON.parse(await downloads[0]!.blob.text())) as Report;
    expect(file.figures.find((figure) => figure.id === 'training-4')?.review).toBe('accepted');
    expect(file.figures.some((figure) => figure.id === 'training-1')).toBe(false);
    expect(file.figures).toHaveLength(17);
  });

  it('edits a proposal, showing the schema’s message next to a field it refuses', async () => {
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderWithProviders(<AuthorPage />);
    await draftYantai(user);
    const proposal = within(card('supervision-3'));
    await user.click(proposal.getByRole('button', { name: '修改' }));
    const label = proposal.getByLabelText('名称（中文）');
    await user.clear(label);
    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(label).toHaveAccessibleDescription('不符合数据格式：must not be empty or only spaces');
    await user.click(proposal.getByRole('button', { name: '保存并采纳' }));
    expect(document.activeElement).toBe(label);

    await user.type(label, '巡查整改执法问题');
    await user.type(proposal.getByLabelText('名称（英文，可留空）'), 'Enforcement problems found and corrected');
    const value = proposal.getByLabelText('数值');
    await user.clear(value);
    await user.type(value, '700.5');
    expect(value).toHaveAccessibleDescription(/must be a whole number/);
    await user.clear(value);
    await user.type(value, '700万');
    expect(value).toHaveAccessibleDescription(/请用阿拉伯数字填写/);
    await user.clear(value);
    await user.type(value, '710');
    await user.selectOptions(proposal.getByLabelText('主题'), '执法监督');
    await user.click(proposal.getByLabelText('作为总览的主要指标'));
    await user.click(proposal.getByRole('button', { name: '保存并采纳' }));

    expect(proposal.getByText('已修改并采纳')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('已保存修改并采纳：巡查整改执法问题');
    expect(document.activeElement).toBe(proposal.getByRole('button', { name: '修改' }));
    await user.click(screen.getByRole('button', { name: '下载 yantai-psb-2022.json' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const file = JSON.parse(await downloads[0]!.blob.text()) as Report;
    expect(file.figures.find((figure) => figure.id === 'supervision-3')).toMatchObject({
      label: { zh: '巡查整改执法问题', en: 'Enforcement problems found and corrected' },
      value: 710,
      headline: true,
      review: 'edited',
    });
    // A headline figure makes an overview scene in the preview.
    await user.selectOptions(within(preview()).getByLabelText('预览的场景'), '总览');
    await waitFor(() => expect(preview().querySelector('[data-figure-id="supervision-3"]')).not.toBeNull());
  });

  it('edits the section, the clause and the written form, and takes a clause only as the text has it', async () => {
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderWithProviders(<AuthorPage />);
    await draftYantai(user);
    const proposal = within(card('supervision-3'));
    await user.click(proposal.getByRole('button', { name: '修改' }));
    const clause = proposal.getByLabelText('原句');
    await user.clear(clause);
    // The text has a half-width comma here; a full-width one is not the text as written.
    await user.type(clause, '下发执法通报10期，巡查整改执法问题700余个');
    expect(clause).toHaveAttribute('aria-invalid', 'true');
    expect(clause).toHaveAccessibleDescription(/原文中找不到这句话/);
    await user.clear(clause);
    await user.type(clause, '下发执法通报10期,巡查整改执法问题700余个');
    expect(clause).not.toHaveAttribute('aria-invalid');

    const reportedAs = proposal.getByLabelText('报告中的写法');
    await user.clear(reportedAs);
    await user.type(reportedAs, '800余个');
    expect(reportedAs).toHaveAccessibleDescription(/原句中没有这几个字/);
    await user.clear(reportedAs);
    await user.type(reportedAs, '700余个');

    const section = proposal.getByLabelText('章节');
    await user.clear(section);
    await user.type(section, '第三节');
    expect(section).toHaveAccessibleDescription(/这不是报告的章节编号/);
    await user.clear(section);
    await user.type(section, '三(三)1');
    await user.click(proposal.getByRole('button', { name: '保存并采纳' }));

    expect(proposal.getByText('已修改并采纳')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下载 yantai-psb-2022.json' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const file = reportSchema.parse(JSON.parse(await downloads[0]!.blob.text()));
    expect(file.figures.find((figure) => figure.id === 'supervision-3')).toMatchObject({
      reportedAs: '700余个',
      source: { section: '三(三)1', clause: '下发执法通报10期,巡查整改执法问题700余个' },
      review: 'edited',
    });
  });

  it('offers to mark the file reviewed only when every figure and contradiction is decided', async () => {
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderWithProviders(<AuthorPage />);
    await draftYantai(user);
    const reviewed = screen.getByLabelText('标记为已审核');
    expect(reviewed).toBeDisabled();
    expect(screen.getByText(/还剩 20 项/)).toBeInTheDocument();
    for (const button of screen.getAllByRole('button', { name: '采纳' })) await user.click(button);
    expect(reviewed).toBeEnabled();
    await user.click(reviewed);
    expect(screen.getByRole('status')).toHaveTextContent('文件将标记为已审核。');
    await waitFor(() => expect(within(preview()).queryByText('草稿，未经审核')).toBeNull());
    await user.click(screen.getByRole('button', { name: '下载 yantai-psb-2022.json' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const file = reportSchema.parse(JSON.parse(await downloads[0]!.blob.text()));
    expect(file.status).toBeUndefined();
    expect(file.figures.every((figure) => figure.review === undefined)).toBe(true);
    expect(file.contradictions).toHaveLength(2);
  });

  it('checks the report id, unit and year as the command line does', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuthorPage />);
    await fillDetails(user, { id: 'Yantai 2023', year: '23' });
    await user.type(screen.getByLabelText('或者粘贴原文'), '全年破案530起。');
    await user.click(screen.getByRole('button', { name: '提出指标' }));
    expect(screen.getByLabelText('报告编号')).toHaveAccessibleDescription(/小写字母.*报告编号只能由小写字母和数字组成/);
    expect(screen.getByLabelText('年度')).toHaveAttribute('aria-invalid', 'true');
    expect(document.activeElement).toBe(screen.getByLabelText('报告编号'));
    expect(screen.queryByRole('heading', { name: /提出的指标/ })).toBeNull();
  });

  it('drafts pasted text, and fills in the unit and year from a title line', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuthorPage />, { url: "/?lang=en" });
    await user.upload(screen.getByLabelText('Open a .txt file'), new File(['金华市公安局 2020年法治政府建设年度报告\n全年破案530起。'], 'jinhua.txt'));
    expect(screen.getByLabelText('Bureau')).toHaveValue('金华市公安局');
    expect(screen.getByLabelText('Year')).toHaveValue('2020');
    await user.clear(screen.getByLabelText('Or paste the text'));
    await user.type(screen.getByLabelText('Or paste the text'), '全年破获刑事案件530起。');
    await user.type(screen.getByLabelText('Report ID'), 'jinhua-psb-2020');
    await user.click(screen.getByRole('button', { name: 'Propose figures' }));
    expect(await screen.findByRole('heading', { name: 'Proposed figures (1)' })).toBeInTheDocument();
    expect(screen.getByText('jinhua-psb-2020 · 金华市公安局 · 2020 · pasted text')).toBeInTheDocument();
  });

  it.each([
    ['a UTF-16 file', new Uint8Array([0xff, 0xfe, 0x34, 0x78, 0x48, 0x68]), '这是 UTF-16 或 UTF-32 编码的文本', /is UTF-16 LE text/],
    ['a GBK file', new Uint8Array([0xc8, 0xab, 0xc4, 0xea, 0xc6, 0xc6, 0xbb, 0xf1, 0xb0, 0xb8, 0xbc, 0xfe]), 'GB18030/GBK 编码的中文', /iconv -f GB18030/],
    ['a binary file', new Uint8Array([0x01, 0x00, 0x02, 0x03, 0x00, 0x00, 0x05, 0x06, 0x07, 0x00]), '这不是纯文本', /is binary data/],
    ['an empty file', new Uint8Array([]), '文件是空的', /is empty \(0 bytes\)/],
  ])('says plainly why %s cannot be used, with the command line’s words', async (_name, bytes, chinese, english) => {
    const user = userEvent.setup();
    renderWithProviders(<AuthorPage />);
    await user.upload(screen.getByLabelText('打开 .txt 文件'), new File([bytes], 'report.txt'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法使用文件“report.txt”');
    expect(alert).toHaveTextContent(chinese);
    expect(within(alert).getByText(english)).toHaveAttribute('lang', 'en');
  });
});
