import { describe, expect, it } from 'vitest';
import {
  findParadigm,
  findParadigmByZh,
  PARADIGM_IDS,
  PARADIGMS,
  ZParadigmInfo,
} from './paradigm.ts';

describe('paradigms', () => {
  it('lists the eight paradigms with the document names', () => {
    expect(PARADIGMS.map(({ id, nameZh }) => [id, nameZh])).toEqual([
      ['wasm', 'WebAssembly'],
      ['edge', '边缘容器'],
      ['serverless', '无服务器容器'],
      ['ai_ml', 'AI/ML容器'],
      ['blockchain', '区块链容器'],
      ['iot', 'IoT容器'],
      ['quantum', '量子计算容器'],
      ['container', '容器'],
    ]);
  });

  it('covers every enum value exactly once and validates', () => {
    expect(PARADIGMS.map((p) => p.id).sort()).toEqual([...PARADIGM_IDS].sort());
    for (const paradigm of PARADIGMS) expect(ZParadigmInfo.parse(paradigm)).toEqual(paradigm);
  });

  it('finds by id and by Chinese name', () => {
    expect(findParadigm('ai_ml')?.name).toBe('AI/ML containers');
    expect(findParadigmByZh('量子计算容器')?.id).toBe('quantum');
    expect(findParadigm('mainframe')).toBeUndefined();
  });
});
