import type { Platform } from '../platform.ts';

/**
 * Blockchain platforms (主要平台2.1). The document's Ethereum entry names two node clients
 * to containerize (Geth节点容器化, Parity节点容器化); each client is its own telemetry source.
 */
export const BLOCKCHAIN_PLATFORMS: readonly Platform[] = [
  {
    id: 'hyperledger-fabric',
    paradigms: ['blockchain'],
    displayName: 'Hyperledger Fabric',
    kind: 'ledger',
    description: { zh: '企业级区块链平台', en: 'Enterprise blockchain platform' },
    documented: true,
  },
  {
    id: 'geth',
    paradigms: ['blockchain'],
    displayName: 'Ethereum (geth)',
    kind: 'ledger',
    description: { zh: '公链平台', en: 'Public blockchain platform' },
    documented: true,
  },
  {
    id: 'parity',
    paradigms: ['blockchain'],
    displayName: 'Ethereum (Parity)',
    kind: 'ledger',
    description: { zh: '公链平台', en: 'Public blockchain platform' },
    documented: true,
  },
  {
    id: 'corda',
    paradigms: ['blockchain'],
    displayName: 'Corda',
    kind: 'ledger',
    description: { zh: '企业级分布式账本', en: 'Enterprise distributed ledger' },
    documented: true,
  },
];
