/**
 * Static argument types of the built-in functions, for the semantic analyser: when it knows the type
 * of an argument at compile time (a literal, a node/relationship/path variable), a type outside the
 * accepted set is a SyntaxError InvalidArgumentType at compile time (TCK: properties(1), type(node),
 * labels(path), size(path), length(node)). Runtime checks stay in the functions themselves.
 *
 * Type names are those of typeName() ('INTEGER', 'FLOAT', 'STRING', 'BOOLEAN', 'LIST', 'MAP', 'NODE',
 * 'RELATIONSHIP', 'PATH', 'DATE', 'DURATION'...), plus the groups 'NUMBER' (INTEGER or FLOAT),
 * 'TEMPORAL' (any temporal type) and 'ANY'.
 */

type Sig = readonly string[][];

const NUM = ['NUMBER'];
const STR = ['STRING'];
const INT = ['INTEGER'];
const LIST = ['LIST'];
const ENTITY_OR_MAP = ['MAP', 'NODE', 'RELATIONSHIP'];

const SIGNATURES: Record<string, Sig> = {
  // string
  toupper: [STR],
  upper: [STR],
  tolower: [STR],
  lower: [STR],
  trim: [STR],
  btrim: [STR, STR],
  ltrim: [STR, STR],
  rtrim: [STR, STR],
  replace: [STR, STR, STR],
  substring: [STR, INT, INT],
  left: [STR, INT],
  right: [STR, INT],
  split: [STR, ['STRING', 'LIST']],
  reverse: [['STRING', 'LIST']],
  size: [['STRING', 'LIST']],
  char_length: [STR],
  character_length: [STR],
  // math
  abs: [NUM],
  ceil: [NUM],
  floor: [NUM],
  round: [NUM, INT, STR],
  sign: [NUM],
  sqrt: [NUM],
  exp: [NUM],
  log: [NUM],
  log10: [NUM],
  sin: [NUM],
  cos: [NUM],
  tan: [NUM],
  cot: [NUM],
  asin: [NUM],
  acos: [NUM],
  atan: [NUM],
  atan2: [NUM, NUM],
  degrees: [NUM],
  radians: [NUM],
  haversin: [NUM],
  isnan: [NUM],
  // list
  head: [LIST],
  last: [LIST],
  tail: [LIST],
  range: [INT, INT, INT],
  isempty: [['LIST', 'STRING', 'MAP']],
  // graph
  id: [['NODE', 'RELATIONSHIP']],
  elementid: [['NODE', 'RELATIONSHIP']],
  labels: [['NODE']],
  type: [['RELATIONSHIP']],
  keys: [ENTITY_OR_MAP],
  properties: [ENTITY_OR_MAP],
  startnode: [['RELATIONSHIP']],
  endnode: [['RELATIONSHIP']],
  length: [['PATH']],
  nodes: [['PATH']],
  relationships: [['PATH']],
  // conversion
  toboolean: [['BOOLEAN', 'STRING', 'INTEGER']],
  tointeger: [['NUMBER', 'STRING', 'BOOLEAN']],
  tofloat: [['NUMBER', 'STRING']],
  tostring: [['NUMBER', 'STRING', 'BOOLEAN', 'TEMPORAL']],
  tobooleanlist: [LIST],
  tointegerlist: [LIST],
  tofloatlist: [LIST],
  tostringlist: [LIST],
  // aggregates
  sum: [['NUMBER', 'DURATION']],
  avg: [['NUMBER', 'DURATION']],
  stdev: [NUM],
  stdevp: [NUM],
  percentilecont: [NUM, NUM],
  percentiledisc: [NUM, NUM],
};

const TEMPORAL = new Set(['DATE', 'LOCAL TIME', 'ZONED TIME', 'LOCAL DATETIME', 'ZONED DATETIME', 'DURATION']);

/** the accepted static types of argument `index` of function `name`, or undefined when unconstrained */
export function argumentTypes(name: string, index: number): readonly string[] | undefined {
  return SIGNATURES[name.toLowerCase()]?.[index];
}

/**
 * false only when `staticType` is known to be unacceptable for argument `index` of `name`; unknown
 * functions, 'ANY' and 'NULL' (functions return null for null) are always accepted.
 */
export function acceptsArgument(name: string, index: number, staticType: string): boolean {
  const accepted = argumentTypes(name, index);
  if (!accepted || staticType === 'ANY' || staticType === 'NULL') return true;
  if (accepted.includes(staticType)) return true;
  if ((staticType === 'INTEGER' || staticType === 'FLOAT') && accepted.includes('NUMBER')) return true;
  if (TEMPORAL.has(staticType) && accepted.includes('TEMPORAL')) return true;
  return false;
}

/** the (lower-case) names that have a signature */
export function signedFunctions(): string[] {
  return Object.keys(SIGNATURES);
}
