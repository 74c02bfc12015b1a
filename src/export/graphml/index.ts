export { graphmlChunks, writeGraphml, type GraphmlWriteOptions, LABELS_KEY, TYPE_KEY, ENCODING_ATTRIBUTE } from './writeGraphml';
export { readGraphml, readGraphmlFile, DEFAULT_EDGE_TYPE } from './readGraphml';
export { formatLabels, parseLabels } from './labelsText';
