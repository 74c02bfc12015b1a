/**
 * Schema commands, so that scripts written for Neo4j 5 (and `newsgraph export neo4j` into our own Bolt
 * endpoint) run here too:
 *
 *   CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (v:Label) REQUIRE v.prop IS [NODE] UNIQUE
 *   DROP CONSTRAINT name [IF EXISTS]
 *   SHOW CONSTRAINTS
 *   CREATE INDEX [name] [IF NOT EXISTS] FOR (v:Label) ON (v.prop [, v.prop ...])
 *   DROP INDEX name [IF EXISTS]
 *   SHOW INDEXES
 *
 * Uniqueness constraints are enforced: a statement that leaves two nodes of the label with equal
 * values of the property fails with ConstraintValidationFailed and changes nothing. Creating one over
 * data that already violates it fails with ConstraintCreationFailed. Indexes are recorded only (the
 * engine keeps its own label/property indexes); they exist so Neo4j scripts run unchanged.
 * Schema lives in the graph's attributes (`schema`), so it is saved with the store.
 */
import { tokenize, type Token } from './syntax/lexer';
import { syntaxError } from './syntax/syntaxError';
import { CypherError, type CypherValue } from './values/types';

export interface UniqueConstraint {
  name: string;
  label: string;
  property: string;
}

export interface IndexDef {
  name: string;
  label: string;
  properties: string[];
}

export interface SchemaState {
  constraints: UniqueConstraint[];
  indexes: IndexDef[];
}

export type SchemaCommand =
  | { kind: 'createConstraint'; name?: string; ifNotExists: boolean; label: string; property: string }
  | { kind: 'dropConstraint'; name: string; ifExists: boolean }
  | { kind: 'showConstraints' }
  | { kind: 'createIndex'; name?: string; ifNotExists: boolean; label: string; properties: string[] }
  | { kind: 'dropIndex'; name: string; ifExists: boolean }
  | { kind: 'showIndexes' };

const FIRST = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*(CREATE|DROP|SHOW)\s+(CONSTRAINTS?|INDEX(?:ES)?|(?:RANGE|TEXT|POINT|LOOKUP|BTREE)\s+INDEX(?:ES)?)\b/i;

/** A quick test: could this text be a schema command? (Then parseSchemaCommand decides.) */
export function looksLikeSchemaCommand(query: string): boolean {
  return FIRST.test(query);
}

class Cursor {
  i = 0;
  constructor(
    readonly toks: Token[],
    readonly src: string,
  ) {}
  peek(): Token {
    return this.toks[this.i];
  }
  word(w: string): boolean {
    const t = this.peek();
    if (t.kind === 'ident' && !t.escaped && t.value.toUpperCase() === w) {
      this.i++;
      return true;
    }
    return false;
  }
  expectWord(w: string): void {
    if (!this.word(w)) this.fail(`expected ${w}`);
  }
  punct(p: string): boolean {
    const t = this.peek();
    if (t.kind === 'punct' && t.value === p) {
      this.i++;
      return true;
    }
    return false;
  }
  expectPunct(p: string): void {
    if (!this.punct(p)) this.fail(`expected '${p}'`);
  }
  name(what: string): string {
    const t = this.peek();
    if (t.kind !== 'ident') this.fail(`expected ${what}`);
    this.i++;
    return t.value;
  }
  fail(msg: string): never {
    const t = this.peek();
    throw syntaxError('InvalidSyntax', `cypher.parse: ${msg}, found '${t.kind === 'eof' ? 'end of input' : t.value}'`, this.src, t.start);
  }
  end(): void {
    this.punct(';');
    if (this.peek().kind !== 'eof') this.fail('expected the end of the statement');
  }
}

/** Parses a schema command; null when the text is not one (it is then an ordinary query). */
export function parseSchemaCommand(query: string): SchemaCommand | null {
  if (!looksLikeSchemaCommand(query)) return null;
  const c = new Cursor(tokenize(query), query);
  const verb = c.name('a command').toUpperCase();
  c.word('RANGE') || c.word('TEXT') || c.word('BTREE');
  if (verb === 'SHOW') {
    const what = c.name('CONSTRAINTS or INDEXES').toUpperCase();
    c.end();
    return what.startsWith('CONSTRAINT') ? { kind: 'showConstraints' } : { kind: 'showIndexes' };
  }
  const isConstraint = c.word('CONSTRAINT');
  if (!isConstraint) c.expectWord('INDEX');
  if (verb === 'DROP') {
    const name = c.name('a name');
    const ifExists = c.word('IF') ? (c.expectWord('EXISTS'), true) : false;
    c.end();
    return isConstraint ? { kind: 'dropConstraint', name, ifExists } : { kind: 'dropIndex', name, ifExists };
  }
  let name: string | undefined;
  if (!(c.peek().kind === 'ident' && ['IF', 'FOR', 'ON'].includes(c.peek().value.toUpperCase()) && !c.peek().escaped)) {
    name = c.name('a name');
  }
  const ifNotExists = c.word('IF') ? (c.expectWord('NOT'), c.expectWord('EXISTS'), true) : false;
  if (!c.word('FOR')) c.expectWord('ON');
  c.expectPunct('(');
  const variable = c.name('a variable');
  c.expectPunct(':');
  const label = c.name('a label');
  c.expectPunct(')');
  const property = (): string => {
    if (c.peek().value !== variable) c.fail(`expected ${variable}`);
    c.name('a variable');
    c.expectPunct('.');
    return c.name('a property name');
  };
  if (isConstraint) {
    if (!c.word('REQUIRE')) c.expectWord('ASSERT');
    const paren = c.punct('(');
    const prop = property();
    if (paren) c.expectPunct(')');
    c.expectWord('IS');
    c.word('NODE');
    c.expectWord('UNIQUE');
    c.end();
    return { kind: 'createConstraint', name, ifNotExists, label, property: prop };
  }
  c.expectWord('ON');
  c.expectPunct('(');
  const properties = [property()];
  while (c.punct(',')) properties.push(property());
  c.expectPunct(')');
  c.end();
  return { kind: 'createIndex', name, ifNotExists, label, properties };
}

export interface SchemaResult {
  columns: string[];
  rows: CypherValue[][];
  changed: boolean;
}

const fail = (detail: string, msg: string) => new CypherError('SemanticError', detail, `cypher.schema: ${msg}`, 'runtime');

/**
 * Applies a schema command to `state` (mutated only on success). `violates(label, property)` says
 * whether existing data already breaks a new uniqueness constraint.
 */
export function runSchemaCommand(
  cmd: SchemaCommand,
  state: SchemaState,
  violates: (label: string, property: string) => string | null,
): SchemaResult {
  const none: SchemaResult = { columns: [], rows: [], changed: false };
  switch (cmd.kind) {
    case 'showConstraints':
      return {
        columns: ['name', 'type', 'entityType', 'labelsOrTypes', 'properties'],
        rows: state.constraints.map((c) => [c.name, 'UNIQUENESS', 'NODE', [c.label], [c.property]]),
        changed: false,
      };
    case 'showIndexes':
      return {
        columns: ['name', 'type', 'entityType', 'labelsOrTypes', 'properties'],
        rows: state.indexes.map((i) => [i.name, 'RANGE', 'NODE', [i.label], i.properties]),
        changed: false,
      };
    case 'createConstraint': {
      const name = cmd.name ?? `constraint_${cmd.label}_${cmd.property}`;
      const same = state.constraints.find((c) => c.label === cmd.label && c.property === cmd.property);
      const named = state.constraints.find((c) => c.name === name);
      if (same || named) {
        if (cmd.ifNotExists) return none;
        throw fail('ConstraintAlreadyExists', `a constraint ${same ? `on (:${cmd.label} {${cmd.property}})` : `named ${name}`} already exists`);
      }
      const clash = violates(cmd.label, cmd.property);
      if (clash) {
        throw new CypherError('ConstraintValidationFailed', 'ConstraintCreationFailed', `cypher.schema: cannot create ${name}: ${clash}`, 'runtime');
      }
      state.constraints.push({ name, label: cmd.label, property: cmd.property });
      return { ...none, changed: true };
    }
    case 'dropConstraint': {
      const i = state.constraints.findIndex((c) => c.name === cmd.name);
      if (i < 0) {
        if (cmd.ifExists) return none;
        throw fail('ConstraintNotFound', `no constraint named ${cmd.name}`);
      }
      state.constraints.splice(i, 1);
      return { ...none, changed: true };
    }
    case 'createIndex': {
      const name = cmd.name ?? `index_${cmd.label}_${cmd.properties.join('_')}`;
      const exists = state.indexes.find(
        (x) => x.name === name || (x.label === cmd.label && x.properties.join('\0') === cmd.properties.join('\0')),
      );
      if (exists) {
        if (cmd.ifNotExists) return none;
        throw fail('IndexAlreadyExists', `an index ${name} already exists`);
      }
      state.indexes.push({ name, label: cmd.label, properties: cmd.properties });
      return { ...none, changed: true };
    }
    case 'dropIndex': {
      const i = state.indexes.findIndex((x) => x.name === cmd.name);
      if (i < 0) {
        if (cmd.ifExists) return none;
        throw fail('IndexNotFound', `no index named ${cmd.name}`);
      }
      state.indexes.splice(i, 1);
      return { ...none, changed: true };
    }
  }
}

/** The schema kept in the graph's attributes (an empty one when there is none yet; not stored until changed). */
export function readSchema(graph: { getAttribute(k: string): unknown }): SchemaState {
  const s = graph.getAttribute('schema') as SchemaState | undefined;
  if (!s || !Array.isArray(s.constraints) || !Array.isArray(s.indexes)) return { constraints: [], indexes: [] };
  return { constraints: s.constraints.map((c) => ({ ...c })), indexes: s.indexes.map((i) => ({ ...i, properties: [...i.properties] })) };
}
