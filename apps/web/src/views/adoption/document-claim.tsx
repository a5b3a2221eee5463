import type { DocumentClaim } from '@/server/routers/adoption-reference.ts';

import styles from './adoption.module.css';

/** A cell of the source document: its Chinese text, the English, and where it stands. */
export const DocumentClaimCell = ({ claim }: { claim: DocumentClaim }) => (
  <span
    className={styles.claim}
    title={`${claim.matrixZh} · ${claim.columnZh} / ${claim.matrixEn} · ${claim.columnEn}`}
  >
    <span lang="zh-CN">{claim.zh}</span>
    {claim.en === claim.zh ? null : <span className={styles.claimEn}> · {claim.en}</span>}
    <span className={styles.claimSource}>
      <span lang="zh-CN">{claim.columnZh}</span> · {claim.columnEn}
    </span>
  </span>
);
