/**
 * Complementary error function with fractional error below 1.2e-7 everywhere (Numerical
 * Recipes' erfcc, a Chebyshev fit): accurate in the far tail, where p-values live.
 */
const erfc = (x: number): number => {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t *
                          (-1.13520398 +
                            t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(poly);

  return x >= 0 ? value : 2 - value;
};

/** P(Z > z) for a standard normal Z. */
export const upperTailProbability = (z: number): number => 0.5 * erfc(z / Math.SQRT2);

export type RankTest = {
  /** Mann–Whitney U of the first sample: pairs (a, b) with a > b, ties counting one half. */
  u: number;
  /** P(a > b) + ½·P(a = b): 0.5 when the samples are alike, 1 when every a is larger. */
  probabilityGreater: number;
  z: number;
  /** One-sided p-value of "the first sample is stochastically larger". */
  pValue: number;
};

/**
 * One-sided Mann–Whitney U test (Wilcoxon rank-sum) with mid-ranks for ties, the tie-corrected
 * variance and a continuity correction, by the normal approximation (sound from about 10
 * values per sample). It compares whole distributions, so one slow outlier cannot swing it.
 * @see https://en.wikipedia.org/wiki/Mann%E2%80%93Whitney_U_test
 */
export const mannWhitneyGreater = (
  first: readonly number[],
  second: readonly number[],
): RankTest => {
  const n1 = first.length;
  const n2 = second.length;
  if (n1 === 0 || n2 === 0) return { u: 0, probabilityGreater: 0.5, z: 0, pValue: 1 };
  const n = n1 + n2;
  // Values tagged by sample in one typed array: sort by value, the tag breaks no ties.
  const tagged = new Float64Array(n);
  const isFirst = new Uint8Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  first.forEach((value, i) => (tagged[i] = value));
  second.forEach((value, i) => (tagged[n1 + i] = value));
  for (let i = 0; i < n1; i++) isFirst[i] = 1;
  order.sort((a, b) => (tagged[a] as number) - (tagged[b] as number));

  let rankSumFirst = 0;
  let tieTerm = 0;
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && tagged[order[end] as number] === tagged[order[start] as number]) end++;
    const midRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++)
      if (isFirst[order[k] as number] === 1) rankSumFirst += midRank;
    const ties = end - start;
    tieTerm += ties * ties * ties - ties;
    start = end;
  }

  const u = rankSumFirst - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  const z = variance > 0 ? (u - mean - 0.5) / Math.sqrt(variance) : 0;

  return { u, probabilityGreater: u / (n1 * n2), z, pValue: upperTailProbability(z) };
};
