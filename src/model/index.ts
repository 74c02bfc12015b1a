export * from './ontology';
export * from './types';
export * from './errors';
export * from './ids';
export * from './compareStrings';
export * from './lazy';
export * from './sortById';
export * from './lookupTable';
