// Rough text widths in em, for sizing without measuring in the DOM: wide (CJK and full-width) characters take
// about 1em, Latin letters, digits and most punctuation about half of that.
const wideCharacter = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;
const latinCharWidthEm = 0.55;

// Characters far wider than a digit in the UI's sans-serif (bold). The CJK fonts draw ≥ and ≤, curly quotes
// and the dash a full em wide (Chinese text sets “一网通办” in them), so these count as wide wherever they are.
const wideLatin: Readonly<Record<string, number>> = {
  '%': 0.9, M: 0.85, W: 0.95, m: 0.85, w: 0.8, '≥': 1, '≤': 1, '“': 1, '”': 1, '‘': 1, '’': 1, '—': 1, '…': 1,
};

export function widthEm(text: string): number {
  return Array.from(text).reduce((sum, char) => sum + (wideCharacter.test(char) ? 1 : wideLatin[char] ?? latinCharWidthEm), 0);
}

/** The widest tile value line (number with prefix and unit) the style sheet sizes exactly, in em. */
export const maxTileValueEm = 16;

/** The longest structure item line the style sheet sizes exactly, in em. */
export const maxStructureLineEm = 48;
