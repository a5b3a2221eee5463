import { describe, expect, it } from 'vitest';
import { SECONDS_PER_MONTH } from './cells.ts';
import { INVESTMENT } from './investment.ts';

/** The document's 投资优先级, as [name, tier, level, ROI, time to value, rationale]. */
const DOCUMENT = [
  ['AI/ML容器', 'high_priority', '高', '300%', '6个月', 'AI/ML需求增长，技术成熟'],
  ['边缘容器', 'high_priority', '高', '250%', '12个月', '5G网络普及，IoT设备增长'],
  ['WebAssembly', 'high_priority', '中高', '200%', '18个月', '性能优势明显，生态快速发展'],
  ['无服务器容器', 'medium_priority', '中', '150%', '12个月', '技术成熟，应用场景明确'],
  ['IoT容器', 'medium_priority', '中', '120%', '18个月', 'IoT市场增长，技术需求增加'],
  ['区块链容器', 'low_priority', '低', '100%', '24个月', '技术不成熟，应用场景有限'],
  ['量子计算容器', 'low_priority', '低', '80%', '36个月', '技术早期，投资风险高'],
];

/** [paradigm, tier rank, level rank, ROI as a ratio, months, seconds]. */
const NUMBERS = [
  ['ai_ml', 2, 3, 3, 6, 15_778_476],
  ['edge', 2, 3, 2.5, 12, 31_556_952],
  ['wasm', 2, 2, 2, 18, 47_335_428],
  ['serverless', 1, 1, 1.5, 12, 31_556_952],
  ['iot', 1, 1, 1.2, 18, 47_335_428],
  ['blockchain', 0, 0, 1, 24, 63_113_904],
  ['quantum', 0, 0, 0.8, 36, 94_670_856],
];

describe('INVESTMENT', () => {
  it('keeps the document text of every cell, in document order', () => {
    expect(
      INVESTMENT.rows.map((row) => [
        row.zh,
        ...INVESTMENT.columns.map((column) => row.cells[column.id].zh),
      ]),
    ).toEqual(DOCUMENT);
  });

  it('reads tiers, levels, ROI and time to value as numbers', () => {
    expect(
      INVESTMENT.rows.map(({ id, cells }) => {
        const rank = (claim: typeof cells.priority.claim) =>
          claim?.kind === 'level' ? claim.rank : -1;
        const roi = cells.expected_roi.claim;
        const time = cells.time_to_value.claim;

        return [
          id,
          rank(cells.priority.claim),
          rank(cells.investment_level.claim),
          roi?.kind === 'fraction' ? roi.value : NaN,
          time?.kind === 'duration' ? time.months : NaN,
          time?.kind === 'duration' ? time.seconds : NaN,
        ];
      }),
    ).toEqual(NUMBERS);
  });

  it('uses the average Gregorian month, so 12 months is one year', () => {
    expect(12 * SECONDS_PER_MONTH).toBe(365.2425 * 86_400);
  });

  it('renders 中高 and rationales in English and keeps them reference-only', () => {
    const wasm = INVESTMENT.rows.find((row) => row.id === 'wasm');
    expect(wasm?.cells.investment_level.en).toBe('Medium-high');
    expect(wasm?.cells.time_to_value.en).toBe('18 months');
    expect(wasm?.cells.rationale.en).toBe('Clear performance advantage; fast-growing ecosystem');
    for (const row of INVESTMENT.rows) {
      expect(Object.values(row.cells).every((cell) => !cell.measurable)).toBe(true);
    }
  });
});
