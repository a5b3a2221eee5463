'use client';

import { useT } from '@/client/preferences.tsx';
import type { CellVerdict } from '@/server/reference/evaluate.ts';

const TONE: Record<CellVerdict, string> = {
  consistent: 'ok',
  deviates: 'bad',
  insufficient: 'warn',
  reference: 'muted',
};

export const VerdictBadge = ({ verdict }: { verdict: CellVerdict }) => {
  const t = useT();

  return (
    <span className={`badge ${TONE[verdict]}`} data-testid="verdict" data-verdict={verdict}>
      {t(`reference.verdict.${verdict}`)}
    </span>
  );
};
