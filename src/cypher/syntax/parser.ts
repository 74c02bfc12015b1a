/**
 * Recursive-descent Cypher parser over the token array (graphql-js style: peek/expect helpers,
 * one parseX method per grammar production, its production in the doc comment).
 */
import type * as A from './ast';
import { tokenize, type Token } from './lexer';
import { syntaxError, positionedError } from './syntaxError';
import { CypherError } from '../values/types';
import { RESERVED_KEY } from '../values/reservedKey';

const MAX_INT = 9223372036854775807n;
const CLAUSE_START = new Set(['MATCH', 'OPTIONAL', 'UNWIND', 'WITH', 'RETURN', 'CREATE', 'MERGE', 'SET', 'REMOVE', 'DELETE', 'DETACH', 'CALL', 'UNION', 'FOREACH']);

export interface ParseOptions {
  maxTokens?: number;
}

/** Parse a whole statement (a query, optionally followed by one ';'). */
export function parse(src: string, options: ParseOptions = {}): A.Query {
  return new Parser(src, options).parseStatement();
}

/** Parse a single expression (used by tests and tools). */
export function parseExpression(src: string): A.Expr {
  const p = new Parser(src, {});
  const e = p.parseExpression();
  p.expectEof();
  return e;
}

export class Parser {
  private readonly toks: Token[];
  private pos = 0;
  private depth = 0;

  constructor(private readonly src: string, options: ParseOptions) {
    this.toks = tokenize(src, options.maxTokens ?? Infinity);
  }

  // ------------------------------------------------------------ token helpers
  private get tok(): Token {
    return this.toks[this.pos];
  }
  private peekAt(k: number): Token {
    return this.toks[Math.min(this.pos + k, this.toks.length - 1)];
  }
  private isKw(word: string, k = 0): boolean {
    const t = this.peekAt(k);
    return t.kind === 'ident' && !t.escaped && t.value.toUpperCase() === word;
  }
  private isPunct(p: string, k = 0): boolean {
    const t = this.peekAt(k);
    return t.kind === 'punct' && t.value === p;
  }
  private optKw(word: string): boolean {
    if (this.isKw(word)) {
      this.pos++;
      return true;
    }
    return false;
  }
  private optPunct(p: string): boolean {
    if (this.isPunct(p)) {
      this.pos++;
      return true;
    }
    return false;
  }
  private fail(message?: string, tok: Token = this.tok): never {
    const shown = tok.kind === 'eof' ? 'end of input' : `'${this.src.slice(tok.start, tok.end)}'`;
    throw syntaxError('UnexpectedSyntax', message ?? `unexpected ${shown}`, this.src, tok.start);
  }
  private expectKw(word: string): Token {
    if (!this.isKw(word)) this.fail(`expected ${word} but found ${this.describe()}`);
    return this.toks[this.pos++];
  }
  private expectPunct(p: string): Token {
    if (!this.isPunct(p)) this.fail(`expected '${p}' but found ${this.describe()}`);
    return this.toks[this.pos++];
  }
  private describe(): string {
    const t = this.tok;
    return t.kind === 'eof' ? 'end of input' : `'${this.src.slice(t.start, t.end)}'`;
  }
  expectEof(): void {
    if (this.tok.kind !== 'eof') this.fail();
  }
  private loc(start: number): A.Loc {
    const prev = this.toks[Math.max(0, this.pos - 1)];
    return { start, end: Math.max(start, prev.end) };
  }
  /** SymbolicName: an identifier (keywords allowed as names) or an escaped name */
  private parseName(what = 'a name'): string {
    const t = this.tok;
    if (t.kind !== 'ident') this.fail(`expected ${what} but found ${this.describe()}`);
    this.pos++;
    return t.value;
  }
  /**
   * A name the engine keeps as a key of a plain object (a variable of a row, a property written to a
   * record): `__proto__` there would be the object's prototype, not a key, so it is refused.
   */
  private parseKeyName(what: string): string {
    const t = this.tok;
    const name = this.parseName(what);
    if (name === RESERVED_KEY) this.fail(`\`${RESERVED_KEY}\` cannot be used as ${what}`, t);
    return name;
  }
  /** the property key just read by SET or REMOVE (the previous token): refused when reserved, as parseKeyName */
  private refuseWrittenKey(key: string): void {
    if (key === RESERVED_KEY) this.fail(`\`${RESERVED_KEY}\` cannot be used as a property key to write`, this.toks[this.pos - 1]);
  }
  private enter(): void {
    if (++this.depth > 500) this.fail('query nesting is too deep');
  }

  // ------------------------------------------------------------ statements
  /** Statement : Query ';'? EOF */
  parseStatement(): A.Query {
    if (this.tok.kind === 'eof') this.fail('empty query');
    const q = this.parseQuery();
    this.optPunct(';');
    this.expectEof();
    return q;
  }

  /** Query : SingleQuery ( UNION ALL? SingleQuery )* */
  parseQuery(): A.Query {
    const start = this.tok.start;
    const parts = [this.parseSingleQuery()];
    const unionAll: boolean[] = [];
    while (this.optKw('UNION')) {
      unionAll.push(this.optKw('ALL'));
      parts.push(this.parseSingleQuery());
    }
    return { kind: 'Query', parts, unionAll, loc: this.loc(start) };
  }

  /** SingleQuery : Clause+ */
  parseSingleQuery(): A.SingleQuery {
    const start = this.tok.start;
    const clauses: A.Clause[] = [];
    for (;;) {
      const c = this.parseClause();
      if (!c) break;
      clauses.push(c);
    }
    if (clauses.length === 0) this.fail();
    return { kind: 'SingleQuery', clauses, loc: this.loc(start) };
  }

  private parseClause(): A.Clause | null {
    const start = this.tok.start;
    if (this.isKw('MATCH') || (this.isKw('OPTIONAL') && this.isKw('MATCH', 1))) return this.parseMatch();
    if (this.optKw('UNWIND')) {
      const expr = this.parseExpression();
      this.expectKw('AS');
      const variable = this.parseKeyName('a variable');
      return { kind: 'Unwind', expr, variable, loc: this.loc(start) };
    }
    if (this.optKw('WITH')) {
      const projection = this.parseProjection();
      const where = this.optKw('WHERE') ? this.parseExpression() : null;
      return { kind: 'With', projection, where, loc: this.loc(start) };
    }
    if (this.optKw('RETURN')) {
      return { kind: 'Return', projection: this.parseProjection(), loc: this.loc(start) };
    }
    if (this.optKw('CREATE')) {
      return { kind: 'Create', patterns: this.parsePattern(), loc: this.loc(start) };
    }
    if (this.optKw('MERGE')) return this.parseMerge(start);
    if (this.optKw('SET')) return { kind: 'Set', items: this.parseSetItems(), loc: this.loc(start) };
    if (this.optKw('REMOVE')) return this.parseRemove(start);
    if (this.isKw('DELETE') || (this.isKw('DETACH') && this.isKw('DELETE', 1))) {
      const detach = this.optKw('DETACH');
      this.expectKw('DELETE');
      const exprs = [this.parseExpression()];
      while (this.optPunct(',')) exprs.push(this.parseExpression());
      return { kind: 'Delete', detach, exprs, loc: this.loc(start) };
    }
    if (this.optKw('CALL')) return this.parseCall(start);
    if (this.tok.kind === 'eof' || this.isPunct(';') || this.isKw('UNION') || this.isPunct('}')) return null;
    this.fail();
  }

  /** Match : OPTIONAL? MATCH Pattern Where? */
  private parseMatch(): A.Match {
    const start = this.tok.start;
    const optional = this.optKw('OPTIONAL');
    this.expectKw('MATCH');
    const patterns = this.parsePattern();
    const where = this.optKw('WHERE') ? this.parseExpression() : null;
    return { kind: 'Match', optional, patterns, where, loc: this.loc(start) };
  }

  /** Merge : MERGE PatternPart ( ON (CREATE | MATCH) SET SetItems )* */
  private parseMerge(start: number): A.Merge {
    const pattern = this.parsePatternPart();
    const onCreate: A.SetItem[] = [];
    const onMatch: A.SetItem[] = [];
    while (this.isKw('ON')) {
      this.pos++;
      if (this.optKw('CREATE')) {
        this.expectKw('SET');
        onCreate.push(...this.parseSetItems());
      } else {
        this.expectKw('MATCH');
        this.expectKw('SET');
        onMatch.push(...this.parseSetItems());
      }
    }
    return { kind: 'Merge', pattern, onCreate, onMatch, loc: this.loc(start) };
  }

  /**
   * SetItem : PropertyExpression '=' Expression | Variable '=' Expression | Variable '+=' Expression
   *         | Variable NodeLabels
   */
  private parseSetItems(): A.SetItem[] {
    const items: A.SetItem[] = [];
    do {
      const start = this.tok.start;
      if (this.isPunct('(')) {
        // (expr).prop = value
        const target = this.parsePostfix(false);
        if (target.kind !== 'Property') this.fail('expected a property to set');
        this.expectPunct('=');
        items.push({ type: 'property', target: target.object, key: target.key, value: this.parseExpression(), loc: this.loc(start) });
        continue;
      }
      const nameTok = this.tok;
      const variable = this.parseKeyName('a variable');
      if (this.isPunct(':')) {
        items.push({ type: 'labels', variable, labels: this.parseLabels(), loc: this.loc(start) });
      } else if (this.isPunct('.')) {
        let target: A.Expr = { kind: 'Variable', name: variable, loc: { start: nameTok.start, end: nameTok.end } };
        this.expectPunct('.');
        let key = this.parseName('a property key');
        while (this.optPunct('.')) {
          target = { kind: 'Property', object: target, key, loc: this.loc(start) };
          key = this.parseName('a property key');
        }
        this.refuseWrittenKey(key);
        this.expectPunct('=');
        items.push({ type: 'property', target, key, value: this.parseExpression(), loc: this.loc(start) });
      } else if (this.optPunct('=')) {
        items.push({ type: 'replace', variable, value: this.parseExpression(), loc: this.loc(start) });
      } else if (this.optPunct('+=')) {
        items.push({ type: 'merge', variable, value: this.parseExpression(), loc: this.loc(start) });
      } else this.fail();
    } while (this.optPunct(','));
    return items;
  }

  /** Remove : REMOVE RemoveItem (',' RemoveItem)* ; RemoveItem : Variable NodeLabels | PropertyExpression */
  private parseRemove(start: number): A.Remove {
    const items: A.RemoveItem[] = [];
    do {
      const s = this.tok.start;
      const nameTok = this.tok;
      const variable = this.parseKeyName('a variable');
      if (this.isPunct(':')) {
        items.push({ type: 'labels', variable, labels: this.parseLabels(), loc: this.loc(s) });
      } else {
        let target: A.Expr = { kind: 'Variable', name: variable, loc: { start: nameTok.start, end: nameTok.end } };
        this.expectPunct('.');
        let key = this.parseName('a property key');
        while (this.optPunct('.')) {
          target = { kind: 'Property', object: target, key, loc: this.loc(s) };
          key = this.parseName('a property key');
        }
        this.refuseWrittenKey(key);
        items.push({ type: 'property', target, key, loc: this.loc(s) });
      }
    } while (this.optPunct(','));
    return { kind: 'Remove', items, loc: this.loc(start) };
  }

  /** Call : CALL ProcedureName ( '(' Expression,* ')' )? ( YIELD ( '*' | YieldItem,+ ) Where? )? */
  private parseCall(start: number): A.Call {
    let procedure = this.parseName('a procedure name');
    while (this.optPunct('.')) procedure += '.' + this.parseName('a procedure name');
    let args: A.Expr[] | null = null;
    if (this.optPunct('(')) {
      args = [];
      if (!this.isPunct(')')) {
        do args.push(this.parseExpression());
        while (this.optPunct(','));
      }
      this.expectPunct(')');
    }
    let yields: A.YieldItem[] | null = null;
    let yieldStar = false;
    let where: A.Expr | null = null;
    if (this.optKw('YIELD')) {
      if (this.optPunct('*')) yieldStar = true;
      else {
        yields = [];
        do {
          const s = this.tok.start;
          const field = this.parseName('a yield field');
          const alias = this.optKw('AS') ? this.parseKeyName('a variable') : null;
          yields.push({ field, alias, loc: this.loc(s) });
        } while (this.optPunct(','));
      }
      if (this.optKw('WHERE')) where = this.parseExpression();
    }
    return { kind: 'Call', procedure, args, yields, yieldStar, where, loc: this.loc(start) };
  }

  /**
   * Projection : DISTINCT? ( '*' (',' ReturnItem)* | ReturnItem (',' ReturnItem)* ) Order? Skip? Limit?
   * ReturnItem : Expression ( AS Variable )?
   */
  private parseProjection(): A.Projection {
    const distinct = this.optKw('DISTINCT');
    let star = false;
    const items: A.ReturnItem[] = [];
    if (this.optPunct('*')) {
      star = true;
      while (this.optPunct(',')) items.push(this.parseReturnItem());
    } else {
      do items.push(this.parseReturnItem());
      while (this.optPunct(','));
    }
    let orderBy: A.SortItem[] | null = null;
    if (this.isKw('ORDER')) {
      this.pos++;
      this.expectKw('BY');
      orderBy = [];
      do {
        const expr = this.parseExpression();
        let descending = false;
        if (this.optKw('DESC') || this.optKw('DESCENDING')) descending = true;
        else if (this.optKw('ASC') || this.optKw('ASCENDING')) descending = false;
        orderBy.push({ expr, descending });
      } while (this.optPunct(','));
    }
    const skip = this.optKw('SKIP') ? this.parseExpression() : null;
    const limit = this.optKw('LIMIT') ? this.parseExpression() : null;
    return { distinct, star, items, orderBy, skip, limit };
  }

  private parseReturnItem(): A.ReturnItem {
    const start = this.tok.start;
    const expr = this.parseExpression();
    const end = this.toks[this.pos - 1].end;
    const alias = this.optKw('AS') ? this.parseKeyName('an alias') : null;
    return { expr, alias, text: this.src.slice(start, end), loc: this.loc(start) };
  }

  // ------------------------------------------------------------ patterns
  /** Pattern : PatternPart ( ',' PatternPart )* */
  parsePattern(): A.PatternPart[] {
    const parts = [this.parsePatternPart()];
    while (this.optPunct(',')) parts.push(this.parsePatternPart());
    return parts;
  }

  /** PatternPart : ( Variable '=' )? ( shortestPath '(' PatternElement ')' | PatternElement ) */
  parsePatternPart(): A.PatternPart {
    const start = this.tok.start;
    let variable: string | null = null;
    if (this.tok.kind === 'ident' && this.isPunct('=', 1)) {
      variable = this.parseKeyName('a variable');
      this.pos++;
    }
    if ((this.isKw('SHORTESTPATH') || this.isKw('ALLSHORTESTPATHS')) && this.isPunct('(', 1)) {
      const shortest = this.tok.value.toUpperCase() === 'SHORTESTPATH' ? 'shortestPath' : 'allShortestPaths';
      this.pos += 2;
      const el = this.parsePatternElement(start, variable);
      this.expectPunct(')');
      el.shortest = shortest;
      el.loc = this.loc(start);
      return el;
    }
    return this.parsePatternElement(start, variable);
  }

  /** PatternElement : NodePattern ( RelationshipPattern NodePattern )* | '(' PatternElement ')' */
  private parsePatternElement(start: number, variable: string | null): A.PatternPart {
    // a parenthesised element: ((a)-->(b))
    if (this.isPunct('(') && this.isPunct('(', 1)) {
      this.pos++;
      const inner = this.parsePatternElement(start, variable);
      this.expectPunct(')');
      return inner;
    }
    const nodes = [this.parseNodePattern()];
    const rels: A.RelationshipPattern[] = [];
    while (this.isPunct('-') || (this.isPunct('<') && this.isPunct('-', 1))) {
      rels.push(this.parseRelationshipPattern());
      nodes.push(this.parseNodePattern());
    }
    return { kind: 'PatternPart', variable, nodes, rels, loc: this.loc(start) };
  }

  /** NodePattern : '(' Variable? NodeLabels? Properties? ')' */
  private parseNodePattern(): A.NodePattern {
    const start = this.tok.start;
    this.expectPunct('(');
    let variable: string | null = null;
    if (this.tok.kind === 'ident') variable = this.parseKeyName('a variable');
    const labels = this.isPunct(':') ? this.parseLabels() : [];
    const properties = this.parsePatternProperties();
    this.expectPunct(')');
    return { kind: 'NodePattern', variable, labels, properties, loc: this.loc(start) };
  }

  private parsePatternProperties(): A.Expr | null {
    if (this.isPunct('{')) return this.parseMapLiteral();
    if (this.tok.kind === 'param') return this.parseAtom();
    return null;
  }

  /** NodeLabels : ( ':' LabelName )+ */
  private parseLabels(): string[] {
    const labels: string[] = [];
    while (this.optPunct(':')) labels.push(this.parseName('a label'));
    return labels;
  }

  /**
   * RelationshipPattern : '<'? '-' ( '[' Variable? RelTypes? RangeLiteral? Properties? ']' )? '-' '>'?
   * RelTypes : ':' Name ( '|' ':'? Name )*
   */
  private parseRelationshipPattern(): A.RelationshipPattern {
    const start = this.tok.start;
    const left = this.optPunct('<');
    this.expectPunct('-');
    let variable: string | null = null;
    const types: string[] = [];
    let properties: A.Expr | null = null;
    let range: A.RelationshipPattern['range'] = null;
    if (this.optPunct('[')) {
      if (this.tok.kind === 'ident') variable = this.parseKeyName('a variable');
      if (this.optPunct(':')) {
        types.push(this.parseName('a relationship type'));
        while (this.optPunct('|')) {
          this.optPunct(':');
          types.push(this.parseName('a relationship type'));
        }
      }
      if (this.tok.kind === 'integer' || this.isPunct('..')) {
        throw syntaxError('InvalidRelationshipPattern', 'a variable-length relationship needs * before its range', this.src, this.tok.start);
      }
      if (this.optPunct('*')) {
        if (this.isPunct('-')) throw syntaxError('InvalidRelationshipPattern', 'relationship range bounds cannot be negative', this.src, this.tok.start);
        let min: number | null = null;
        let max: number | null = null;
        if ((this.tok as Token).kind === 'integer') min = this.parseRangeInt();
        if (this.optPunct('..')) {
          if (this.isPunct('-')) throw syntaxError('InvalidRelationshipPattern', 'relationship range bounds cannot be negative', this.src, this.tok.start);
          if ((this.tok as Token).kind === 'integer') max = this.parseRangeInt();
        } else if (min !== null) max = min;
        range = { min, max };
      }
      properties = this.parsePatternProperties();
      this.expectPunct(']');
    }
    this.expectPunct('-');
    const right = this.optPunct('>');
    if (left && right) {
      // <--> is an undirected pattern in openCypher 9
      return { kind: 'RelationshipPattern', variable, types, properties, direction: 'both', range, loc: this.loc(start) };
    }
    const direction = left ? 'in' : right ? 'out' : 'both';
    return { kind: 'RelationshipPattern', variable, types, properties, direction, range, loc: this.loc(start) };
  }

  private parseRangeInt(): number {
    const t = this.tok;
    this.pos++;
    return Number(BigInt(t.value));
  }

  // ------------------------------------------------------------ expressions
  /** Expression : OrExpression ; Or : Xor ( OR Xor )* */
  parseExpression(): A.Expr {
    this.enter();
    try {
      const start = this.tok.start;
      let left = this.parseXor();
      while (this.optKw('OR')) left = { kind: 'Binary', op: 'OR', left, right: this.parseXor(), loc: this.loc(start) };
      return left;
    } finally {
      this.depth--;
    }
  }

  /** Xor : And ( XOR And )* */
  private parseXor(): A.Expr {
    const start = this.tok.start;
    let left = this.parseAnd();
    while (this.optKw('XOR')) left = { kind: 'Binary', op: 'XOR', left, right: this.parseAnd(), loc: this.loc(start) };
    return left;
  }

  /** And : Not ( AND Not )* */
  private parseAnd(): A.Expr {
    const start = this.tok.start;
    let left = this.parseNot();
    while (this.optKw('AND')) left = { kind: 'Binary', op: 'AND', left, right: this.parseNot(), loc: this.loc(start) };
    return left;
  }

  /** Not : NOT* Comparison */
  private parseNot(): A.Expr {
    const start = this.tok.start;
    if (this.optKw('NOT')) {
      this.enter();
      try {
        return { kind: 'Unary', op: 'NOT', operand: this.parseNot(), loc: this.loc(start) };
      } finally {
        this.depth--;
      }
    }
    return this.parseComparison();
  }

  /** Comparison : StringListNullPredicate ( CompareOp StringListNullPredicate )* */
  private parseComparison(): A.Expr {
    const start = this.tok.start;
    const first = this.parsePredicate();
    const ops: A.CompareOp[] = [];
    const operands = [first];
    for (;;) {
      const t = this.tok;
      if (t.kind !== 'punct') break;
      let op: A.CompareOp | null = null;
      if (t.value === '=' || t.value === '<>' || t.value === '<' || t.value === '>' || t.value === '<=' || t.value === '>=') op = t.value;
      else if (t.value === '!=') op = '<>';
      if (!op) break;
      this.pos++;
      ops.push(op);
      operands.push(this.parsePredicate());
    }
    if (ops.length === 0) return first;
    return { kind: 'Comparison', ops, operands, loc: this.loc(start) };
  }

  /**
   * StringListNullPredicate : AddOrSubtract ( (STARTS WITH | ENDS WITH | CONTAINS | '=~' | IN) AddOrSubtract
   *                          | IS NOT? NULL | ':' Labels )*
   */
  private parsePredicate(): A.Expr {
    const start = this.tok.start;
    let left = this.parseAdditive();
    for (;;) {
      if (this.isKw('STARTS') && this.isKw('WITH', 1)) {
        this.pos += 2;
        left = { kind: 'Binary', op: 'STARTS WITH', left, right: this.parseAdditive(), loc: this.loc(start) };
      } else if (this.isKw('ENDS') && this.isKw('WITH', 1)) {
        this.pos += 2;
        left = { kind: 'Binary', op: 'ENDS WITH', left, right: this.parseAdditive(), loc: this.loc(start) };
      } else if (this.optKw('CONTAINS')) {
        left = { kind: 'Binary', op: 'CONTAINS', left, right: this.parseAdditive(), loc: this.loc(start) };
      } else if (this.optPunct('=~')) {
        left = { kind: 'Binary', op: '=~', left, right: this.parseAdditive(), loc: this.loc(start) };
      } else if (this.optKw('IN')) {
        left = { kind: 'Binary', op: 'IN', left, right: this.parseAdditive(), loc: this.loc(start) };
      } else if (this.isKw('IS') && (this.isKw('NULL', 1) || (this.isKw('NOT', 1) && this.isKw('NULL', 2)))) {
        this.pos++;
        const negated = this.optKw('NOT');
        this.expectKw('NULL');
        left = { kind: 'IsNull', operand: left, negated, loc: this.loc(start) };
      } else break;
    }
    return left;
  }

  /** AddOrSubtract : MultiplyDivideModulo ( ('+' | '-') MultiplyDivideModulo )* */
  private parseAdditive(): A.Expr {
    const start = this.tok.start;
    let left = this.parseMultiplicative();
    for (;;) {
      if (this.isPunct('+') || this.isPunct('-')) {
        if (this.tok.lookalike) throw syntaxError('InvalidUnicodeCharacter', 'a unicode dash is not the minus operator', this.src, this.tok.start);
        const op = this.tok.value as '+' | '-';
        this.pos++;
        left = { kind: 'Binary', op, left, right: this.parseMultiplicative(), loc: this.loc(start) };
      } else break;
    }
    return left;
  }

  /** MultiplyDivideModulo : PowerOf ( ('*' | '/' | '%') PowerOf )* */
  private parseMultiplicative(): A.Expr {
    const start = this.tok.start;
    let left = this.parsePower();
    for (;;) {
      if (this.isPunct('*') || this.isPunct('/') || this.isPunct('%')) {
        const op = this.tok.value as '*' | '/' | '%';
        this.pos++;
        left = { kind: 'Binary', op, left, right: this.parsePower(), loc: this.loc(start) };
      } else break;
    }
    return left;
  }

  /** PowerOf : UnaryAddOrSubtract ( '^' UnaryAddOrSubtract )* */
  private parsePower(): A.Expr {
    const start = this.tok.start;
    let left = this.parseUnary();
    while (this.optPunct('^')) left = { kind: 'Binary', op: '^', left, right: this.parseUnary(), loc: this.loc(start) };
    return left;
  }

  /** UnaryAddOrSubtract : ('+' | '-')* NonArithmeticOperatorExpression */
  private parseUnary(): A.Expr {
    const start = this.tok.start;
    if (this.isPunct('-') || this.isPunct('+')) {
      const op = this.tok.value as '-' | '+';
      this.pos++;
      const t = this.tok;
      if (op === '-' && (t.kind === 'integer' || t.kind === 'float')) {
        // a negative literal: -9223372036854775808 is in range although its magnitude is not
        this.pos++;
        const lit = this.numberLiteral(t, true, start);
        return this.parsePostfixFrom(lit, start, true);
      }
      this.enter();
      try {
        return { kind: 'Unary', op, operand: this.parseUnary(), loc: this.loc(start) };
      } finally {
        this.depth--;
      }
    }
    return this.parsePostfix(true);
  }

  /** NonArithmeticOperatorExpression : Atom ( ListOperator | PropertyLookup )* NodeLabels? */
  private parsePostfix(allowLabels: boolean): A.Expr {
    const start = this.tok.start;
    return this.parsePostfixFrom(this.parseAtom(), start, allowLabels);
  }

  private parsePostfixFrom(atom: A.Expr, start: number, allowLabels: boolean): A.Expr {
    let e = atom;
    for (;;) {
      if (this.isPunct('.')) {
        this.pos++;
        const key = this.parseName('a property key');
        e = { kind: 'Property', object: e, key, loc: this.loc(start) };
      } else if (this.isPunct('[')) {
        this.pos++;
        let from: A.Expr | null = null;
        if (!this.isPunct('..')) from = this.parseExpression();
        if (this.optPunct('..')) {
          const to = this.isPunct(']') ? null : this.parseExpression();
          this.expectPunct(']');
          e = { kind: 'Slice', object: e, from, to, loc: this.loc(start) };
        } else {
          this.expectPunct(']');
          e = { kind: 'Index', object: e, index: from as A.Expr, loc: this.loc(start) };
        }
      } else break;
    }
    if (allowLabels && this.isPunct(':')) {
      e = { kind: 'HasLabels', operand: e, labels: this.parseLabels(), loc: this.loc(start) };
    }
    return e;
  }

  private numberLiteral(t: Token, negative: boolean, start: number): A.Literal {
    if (t.kind === 'float') {
      const v = Number(t.value);
      if (!Number.isFinite(v)) {
        throw syntaxError('FloatingPointOverflow', `float literal ${t.value} is out of range`, this.src, t.start);
      }
      return { kind: 'Literal', value: negative ? -v : v, loc: this.loc(start) };
    }
    let text = t.value;
    let v: bigint;
    if (/^0[oO]/.test(text)) v = BigInt('0o' + text.slice(2));
    else if (/^0[xX]/.test(text)) v = BigInt('0x' + text.slice(2));
    else if (/^0[0-7]+$/.test(text)) v = BigInt('0o' + text.slice(1));
    else v = BigInt(text);
    if (negative) v = -v;
    if (v > MAX_INT || v < -MAX_INT - 1n) {
      throw syntaxError('IntegerOverflow', `integer literal ${negative ? '-' : ''}${text} is out of range`, this.src, t.start);
    }
    return { kind: 'Literal', value: v, loc: this.loc(start) };
  }

  /** Atom : Literal | Parameter | CaseExpression | COUNT '(' '*' ')' | ListComprehension | PatternComprehension
   *        | Quantifier | PatternPredicate | '(' Expression ')' | FunctionInvocation | ExistentialSubquery | Variable */
  private parseAtom(): A.Expr {
    const t = this.tok;
    const start = t.start;
    switch (t.kind) {
      case 'integer':
      case 'float':
        this.pos++;
        return this.numberLiteral(t, false, start);
      case 'badnumber':
        throw syntaxError('InvalidNumberLiteral', `invalid number literal ${t.value}`, this.src, t.start);
      case 'string':
        this.pos++;
        return { kind: 'Literal', value: t.value, loc: this.loc(start) };
      case 'param':
        this.pos++;
        return { kind: 'Parameter', name: t.value, loc: this.loc(start) };
      case 'punct':
        if (t.value === '[') return this.parseListLike();
        if (t.value === '{') return this.parseMapLiteral();
        if (t.value === '(') return this.parseParenOrPattern();
        return this.fail();
      case 'ident':
        return this.parseIdentAtom();
      default:
        this.fail();
    }
  }

  private parseIdentAtom(): A.Expr {
    const t = this.tok;
    const start = t.start;
    if (!t.escaped) {
      const kw = t.value.toUpperCase();
      if (kw === 'TRUE' || kw === 'FALSE') {
        this.pos++;
        return { kind: 'Literal', value: kw === 'TRUE', loc: this.loc(start) };
      }
      if (kw === 'NULL') {
        this.pos++;
        return { kind: 'Literal', value: null, loc: this.loc(start) };
      }
      if (kw === 'CASE') return this.parseCase();
      if (kw === 'COUNT' && this.isPunct('(', 1) && this.isPunct('*', 2) && this.isPunct(')', 3)) {
        this.pos += 4;
        return { kind: 'CountStar', loc: this.loc(start) };
      }
      if ((kw === 'ALL' || kw === 'ANY' || kw === 'NONE' || kw === 'SINGLE') && this.isPunct('(', 1) && this.peekAt(2).kind === 'ident' && this.isKw('IN', 3)) {
        this.pos += 2;
        const variable = this.parseKeyName('a variable');
        this.expectKw('IN');
        const list = this.parseExpression();
        const where = this.optKw('WHERE') ? this.parseExpression() : null;
        this.expectPunct(')');
        return { kind: 'Quantifier', quantifier: kw.toLowerCase() as A.Quantifier['quantifier'], variable, list, where, loc: this.loc(start) };
      }
      if (kw === 'REDUCE' && this.isPunct('(', 1)) {
        this.pos += 2;
        const accumulator = this.parseKeyName('an accumulator');
        this.expectPunct('=');
        const init = this.parseExpression();
        this.expectPunct(',');
        const variable = this.parseKeyName('a variable');
        this.expectKw('IN');
        const list = this.parseExpression();
        this.expectPunct('|');
        const expr = this.parseExpression();
        this.expectPunct(')');
        return { kind: 'Reduce', accumulator, init, variable, list, expr, loc: this.loc(start) };
      }
      if (kw === 'EXISTS' && this.isPunct('{', 1)) return this.parseExistsSubquery();
    }
    // function invocation: name ( '.' name )* '(' DISTINCT? args ')'
    let k = 1;
    while (this.isPunct('.', k) && this.peekAt(k + 1).kind === 'ident') k += 2;
    if (this.isPunct('(', k)) {
      let name = this.parseName();
      while (this.optPunct('.')) name += '.' + this.parseName();
      this.expectPunct('(');
      const distinct = this.optKw('DISTINCT');
      const args: A.Expr[] = [];
      if (!this.isPunct(')')) {
        do args.push(this.parseExpression());
        while (this.optPunct(','));
      }
      this.expectPunct(')');
      return { kind: 'FunctionCall', name, distinct, args, loc: this.loc(start) };
    }
    this.pos++;
    const v: A.Variable = { kind: 'Variable', name: t.value, loc: { start: t.start, end: t.end } };
    if (this.isPunct('{')) return this.parseMapProjection(v);
    return v;
  }

  /** ExistentialSubquery : EXISTS '{' ( RegularQuery | Pattern Where? ) '}' */
  private parseExistsSubquery(): A.ExistsSubquery {
    const start = this.tok.start;
    this.pos += 2;
    if (this.tok.kind === 'ident' && CLAUSE_START.has(this.tok.value.toUpperCase()) && !this.tok.escaped) {
      const query = this.parseQuery();
      this.expectPunct('}');
      return { kind: 'Exists', patterns: null, where: null, query, loc: this.loc(start) };
    }
    const patterns = this.parsePattern();
    const where = this.optKw('WHERE') ? this.parseExpression() : null;
    this.expectPunct('}');
    return { kind: 'Exists', patterns, where, query: null, loc: this.loc(start) };
  }

  /** MapProjection : Variable '{' ( '.' Name | '.' '*' | Name ':' Expression | Variable ),* '}' */
  private parseMapProjection(v: A.Variable): A.MapProjection {
    const start = v.loc.start;
    this.expectPunct('{');
    const items: A.MapProjectionItem[] = [];
    if (!this.isPunct('}')) {
      do {
        if (this.optPunct('.')) {
          if (this.optPunct('*')) items.push({ type: 'all' });
          else items.push({ type: 'property', key: this.parseName('a property key') });
        } else {
          const name = this.parseName('a key');
          if (this.optPunct(':')) items.push({ type: 'literal', key: name, value: this.parseExpression() });
          else items.push({ type: 'variable', name });
        }
      } while (this.optPunct(','));
    }
    this.expectPunct('}');
    return { kind: 'MapProjection', variable: v.name, items, loc: this.loc(start) };
  }

  /** CaseExpression : CASE Expression? ( WHEN Expression THEN Expression )+ ( ELSE Expression )? END */
  private parseCase(): A.CaseExpr {
    const start = this.tok.start;
    this.pos++;
    const test = this.isKw('WHEN') ? null : this.parseExpression();
    const whens: { when: A.Expr; then: A.Expr }[] = [];
    while (this.optKw('WHEN')) {
      const when = this.parseExpression();
      this.expectKw('THEN');
      whens.push({ when, then: this.parseExpression() });
    }
    if (whens.length === 0) this.fail('expected WHEN');
    const elseExpr = this.optKw('ELSE') ? this.parseExpression() : null;
    this.expectKw('END');
    return { kind: 'Case', test, whens, else: elseExpr, loc: this.loc(start) };
  }

  /** MapLiteral : '{' ( PropertyKeyName ':' Expression ),* '}' */
  private parseMapLiteral(): A.MapLiteral {
    const start = this.tok.start;
    this.expectPunct('{');
    const entries: { key: string; value: A.Expr }[] = [];
    if (!this.isPunct('}')) {
      do {
        const key = this.parseName('a map key');
        this.expectPunct(':');
        entries.push({ key, value: this.parseExpression() });
      } while (this.optPunct(','));
    }
    this.expectPunct('}');
    return { kind: 'Map', entries, loc: this.loc(start) };
  }

  /** ListLiteral | ListComprehension | PatternComprehension */
  private parseListLike(): A.Expr {
    const start = this.tok.start;
    // [x IN list WHERE p | e]
    if (this.peekAt(1).kind === 'ident' && this.isKw('IN', 2)) {
      this.pos++;
      const variable = this.parseKeyName('a variable');
      this.expectKw('IN');
      const list = this.parseExpression();
      const where = this.optKw('WHERE') ? this.parseExpression() : null;
      const map = this.optPunct('|') ? this.parseExpression() : null;
      this.expectPunct(']');
      return { kind: 'ListComprehension', variable, list, where, map, loc: this.loc(start) };
    }
    // [p = (a)-->(b) WHERE .. | e]  or  [(a)-->(b) | e]
    if ((this.peekAt(1).kind === 'ident' && this.isPunct('=', 2) && this.isPunct('(', 3)) || this.isPunct('(', 1)) {
      const save = this.pos;
      try {
        this.pos++;
        const pattern = this.parsePatternPart();
        if (pattern.rels.length > 0 && (this.isKw('WHERE') || this.isPunct('|'))) {
          const where = this.optKw('WHERE') ? this.parseExpression() : null;
          this.expectPunct('|');
          const map = this.parseExpression();
          this.expectPunct(']');
          return { kind: 'PatternComprehension', pattern, where, map, loc: this.loc(start) };
        }
      } catch (e) {
        if (!(e instanceof CypherError)) throw e;
      }
      this.pos = save;
    }
    this.expectPunct('[');
    const items: A.Expr[] = [];
    if (!this.isPunct(']')) {
      do items.push(this.parseExpression());
      while (this.optPunct(','));
    }
    this.expectPunct(']');
    return { kind: 'List', items, loc: this.loc(start) };
  }

  /** '(' Expression ')' or a pattern predicate such as (a)-[:T]->(b) */
  private parseParenOrPattern(): A.Expr {
    const start = this.tok.start;
    const save = this.pos;
    let patternErr: unknown = null;
    try {
      const pattern = this.parsePatternPart();
      if (pattern.rels.length > 0) return { kind: 'PatternPredicate', pattern, loc: this.loc(start) };
    } catch (e) {
      if (!(e instanceof CypherError)) throw e;
      patternErr = e;
    }
    this.pos = save;
    this.expectPunct('(');
    try {
      const e = this.parseExpression();
      this.expectPunct(')');
      return e;
    } catch (e) {
      if (patternErr && e instanceof CypherError && e.detail === 'UnexpectedSyntax') throw e;
      throw e;
    }
  }
}

export { positionedError };
