/** Extraction quality: gold standards, the scorer, the report and the baseline comparison. */
export type { Gold, GoldArticle, GoldConflict, GoldEntity, GoldEntityLabel, GoldEvent, GoldFact } from './goldTypes';
export { parseGold } from './parseGold';
export { readGoldFile } from './readGoldFile';
export { normalizeName } from './normalizeName';
export type { PRF } from './prf';
export { prf } from './prf';
export { scoreGraph } from './scoreGraph';
export type { Report, ScoreOptions } from './scoreGraph';
export { formatReport } from './formatReport';
export type { FormatOptions } from './formatReport';
export { summarizeReport } from './summarizeReport';
export type { Metrics } from './summarizeReport';
export { compareToBaseline, formatRegressions } from './compareToBaseline';
export type { Regression } from './compareToBaseline';
