export { extractArticle } from './extractArticle';
export { DEFAULT_EXTRACT_OPTIONS, validateExtractOptions, type ExtractOptions } from './options';
export { cleanName } from './names';
export { findDates } from './dates';
export { analyse } from './tokens';
