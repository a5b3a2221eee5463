/** "+12 %", "−3.5 %": signed percent change, '–' when unknown. */
export const formatChange = (pct: number | null): string => {
  if (pct === null) return '–';
  const abs = Math.abs(pct);
  const digits = abs >= 10 ? 0 : 1;
  // Rounded to nothing, a change has no sign: "0 %", not "−0.0 %".
  if (abs < 0.05) return '0 %';
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '';

  return `${sign}${abs.toFixed(digits)} %`;
};
