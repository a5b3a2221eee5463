export {
  EXPOSITION_FORMATS,
  OTLP_FORMATS,
  REMOTE_WRITE_FORMATS,
  parseContentType,
} from './content-type.ts';
export { SUPPORTED_ENCODINGS, decompress, parseContentEncoding } from './decompress.ts';
export type { ContentEncoding } from './decompress.ts';
export { decompressSnappyBlock, isFramedSnappy, readSnappyLength } from './snappy-block.ts';
