/**
 * One Bolt connection's state machine (Bolt 5.1-5.4, server side):
 *
 *   NEGOTIATION -> AUTHENTICATION (HELLO) -> LOGON -> READY
 *   READY --RUN--> STREAMING --PULL/DISCARD until done--> READY          (auto-commit)
 *   READY --BEGIN--> TX_READY --RUN--> TX_STREAMING --COMMIT/ROLLBACK--> READY
 *   any --error--> FAILED: everything is IGNORED until RESET (which rolls back) or GOODBYE
 *
 * It is transport-free: `handle(message)` returns the responses to send, so it is tested without a
 * socket; boltServer.ts wires it to net.Socket with chunking.
 */
import { CypherError, type CypherValue } from '../../cypher/values/types';
import type { BoltBackend, BoltResult, BoltTransaction } from './backend';
import { fromPack, toPack } from './boltValues';
import { Structure, type PackValue } from './packstream';

export const MSG = {
  HELLO: 0x01,
  GOODBYE: 0x02,
  RESET: 0x0f,
  RUN: 0x10,
  BEGIN: 0x11,
  COMMIT: 0x12,
  ROLLBACK: 0x13,
  DISCARD: 0x2f,
  PULL: 0x3f,
  TELEMETRY: 0x54,
  ROUTE: 0x66,
  LOGON: 0x6a,
  LOGOFF: 0x6b,
  SUCCESS: 0x70,
  RECORD: 0x71,
  IGNORED: 0x7e,
  FAILURE: 0x7f,
} as const;

export type AuthConfig = { scheme: 'none' } | { scheme: 'basic'; user: string; password: string };

export interface ConnectionOptions {
  backend: BoltBackend;
  auth: AuthConfig;
  connectionId: string;
  /** host:port advertised by ROUTE */
  address: string;
  serverAgent: string;
}

type State = 'AUTHENTICATION' | 'LOGON' | 'READY' | 'STREAMING' | 'TX_READY' | 'TX_STREAMING' | 'FAILED' | 'DEFUNCT';

interface OpenResult {
  result: BoltResult;
  next: number;
}

const success = (meta: Record<string, PackValue> = {}) => new Structure(MSG.SUCCESS, [meta]);
const failure = (code: string, message: string) => new Structure(MSG.FAILURE, [{ code, message }]);
const IGNORED = new Structure(MSG.IGNORED, []);

export class BoltConnection {
  private state: State = 'AUTHENTICATION';
  private tx: BoltTransaction | null = null;
  private results = new Map<number, OpenResult>();
  private lastQid = -1;
  private nextQid = 0;
  private bookmarkSeq = 0;
  private closed = false;

  constructor(private readonly opts: ConnectionOptions) {}

  get isClosed(): boolean {
    return this.closed;
  }

  /** Handles one request message; returns the response messages in order. */
  async handle(msg: PackValue): Promise<Structure[]> {
    if (!(msg instanceof Structure)) return this.fail('Neo.ClientError.Request.Invalid', 'bolt: a message must be a structure');
    const f = msg.fields;
    if (msg.tag === MSG.GOODBYE) {
      await this.abort();
      this.closed = true;
      return [];
    }
    if (msg.tag === MSG.RESET) {
      await this.abort();
      this.state = this.state === 'AUTHENTICATION' || this.state === 'LOGON' ? this.state : 'READY';
      return [success()];
    }
    if (this.state === 'FAILED') return [IGNORED];
    try {
      return await this.dispatch(msg.tag, f);
    } catch (e) {
      return this.fromError(e);
    }
  }

  private async dispatch(tag: number, f: PackValue[]): Promise<Structure[]> {
    switch (this.state) {
      case 'AUTHENTICATION':
        if (tag !== MSG.HELLO) return this.protocolError(tag);
        this.state = 'LOGON';
        return [
          success({
            server: this.opts.serverAgent,
            connection_id: this.opts.connectionId,
            hints: new Map(),
          }),
        ];
      case 'LOGON':
        if (tag !== MSG.LOGON) return this.protocolError(tag);
        return this.logon(asMap(f[0]));
      default:
        break;
    }
    switch (tag) {
      case MSG.LOGOFF:
        if (this.state !== 'READY') return this.protocolError(tag);
        this.state = 'LOGON';
        return [success()];
      case MSG.TELEMETRY:
        return [success()];
      case MSG.ROUTE:
        return [this.route(f)];
      case MSG.BEGIN:
        if (this.state !== 'READY') return this.protocolError(tag);
        return this.begin(asMap(f[0]));
      case MSG.RUN:
        if (this.state === 'READY' || this.state === 'STREAMING') {
          if (this.state === 'STREAMING') return this.protocolError(tag);
          return this.runAutoCommit(f);
        }
        return this.runInTx(f);
      case MSG.PULL:
      case MSG.DISCARD:
        return this.stream(tag, asMap(f[0]));
      case MSG.COMMIT:
      case MSG.ROLLBACK:
        if (this.state !== 'TX_READY' && this.state !== 'TX_STREAMING') return this.protocolError(tag);
        return this.finishTx(tag === MSG.COMMIT);
      default:
        return this.protocolError(tag);
    }
  }

  private logon(meta: Map<string, PackValue>): Structure[] {
    const auth = this.opts.auth;
    if (auth.scheme === 'basic') {
      const ok =
        meta.get('scheme') === 'basic' && meta.get('principal') === auth.user && meta.get('credentials') === auth.password;
      if (!ok) {
        this.state = 'DEFUNCT';
        this.closed = true;
        return [failure('Neo.ClientError.Security.Unauthorized', 'The client is unauthorized due to authentication failure.')];
      }
    }
    this.state = 'READY';
    return [success()];
  }

  private route(f: PackValue[]): Structure {
    const extra = f[2] instanceof Map ? f[2] : null;
    const db = (extra ? extra.get('db') : f[2]) ?? this.opts.backend.database;
    const servers = ['ROUTE', 'READ', 'WRITE'].map((role) => new Map<string, PackValue>([
      ['addresses', [this.opts.address]],
      ['role', role],
    ]));
    return success({ rt: new Map<string, PackValue>([['ttl', 300n], ['db', db as string], ['servers', servers]]) });
  }

  private checkDb(meta: Map<string, PackValue>): void {
    const db = meta.get('db');
    if (typeof db === 'string' && db !== '' && db !== this.opts.backend.database) {
      throw Object.assign(new Error(`Database does not exist. Database name: '${db}'.`), {
        boltCode: 'Neo.ClientError.Database.DatabaseNotFound',
      });
    }
  }

  private async begin(meta: Map<string, PackValue>): Promise<Structure[]> {
    this.checkDb(meta);
    this.tx = await this.opts.backend.begin({ mode: meta.get('mode') === 'r' ? 'r' : 'w' });
    this.state = 'TX_READY';
    return [success()];
  }

  private async runAutoCommit(f: PackValue[]): Promise<Structure[]> {
    const [query, params, meta] = [f[0], f[1], asMap(f[2])];
    this.checkDb(meta);
    const tx = await this.opts.backend.begin({ mode: meta.get('mode') === 'r' ? 'r' : 'w' });
    let result: BoltResult;
    try {
      result = await tx.run(asString(query), asParams(params));
      await tx.commit();
    } catch (e) {
      await Promise.resolve(tx.rollback()).catch(() => undefined);
      throw e;
    }
    this.results.clear();
    this.results.set(-1, { result, next: 0 });
    this.state = 'STREAMING';
    return [success({ fields: result.columns, t_first: 0n })];
  }

  private async runInTx(f: PackValue[]): Promise<Structure[]> {
    if (!this.tx) return this.protocolError(MSG.RUN);
    const result = await this.tx.run(asString(f[0]), asParams(f[1]));
    const qid = this.nextQid++;
    this.results.set(qid, { result, next: 0 });
    this.lastQid = qid;
    this.state = 'TX_STREAMING';
    return [success({ fields: result.columns, t_first: 0n, qid: BigInt(qid) })];
  }

  private stream(tag: number, meta: Map<string, PackValue>): Structure[] {
    const inTx = this.state === 'TX_STREAMING' || this.state === 'TX_READY';
    if (!inTx && this.state !== 'STREAMING') return this.protocolError(tag);
    let qid = -1;
    if (inTx) {
      const asked = meta.get('qid');
      qid = typeof asked === 'bigint' && asked !== -1n ? Number(asked) : this.lastQid;
    }
    const open = this.results.get(qid);
    if (!open) return this.protocolError(tag);
    const n = meta.get('n');
    const limit = typeof n === 'bigint' && n >= 0n ? Number(n) : Infinity;
    const out: Structure[] = [];
    const { rows, access } = open.result;
    const end = Math.min(rows.length, open.next + limit);
    if (tag === MSG.PULL) {
      for (let i = open.next; i < end; i++) out.push(new Structure(MSG.RECORD, [rows[i].map((v) => toPack(v, access))]));
    }
    open.next = tag === MSG.PULL ? end : Math.min(rows.length, open.next + limit);
    if (open.next < rows.length) {
      out.push(success({ has_more: true }));
      return out;
    }
    this.results.delete(qid);
    const done: Record<string, PackValue> = { type: open.result.type ?? 'rw', t_last: 0n, db: this.opts.backend.database };
    const stats = open.result.stats;
    if (stats && Object.keys(stats).length) {
      done.stats = new Map(Object.entries(stats).map(([k, v]) => [k, BigInt(v)] as [string, PackValue]));
    }
    if (!inTx) {
      done.bookmark = this.newBookmark();
      this.state = 'READY';
    } else if (this.results.size === 0) {
      this.state = 'TX_READY';
    }
    out.push(success(done));
    return out;
  }

  private async finishTx(commit: boolean): Promise<Structure[]> {
    const tx = this.tx;
    this.tx = null;
    this.results.clear();
    this.state = 'READY';
    if (!tx) return [success()];
    if (commit) {
      await tx.commit();
      return [success({ bookmark: this.newBookmark() })];
    }
    await tx.rollback();
    return [success()];
  }

  private newBookmark(): string {
    return `newsgraph:${this.opts.connectionId}:${++this.bookmarkSeq}`;
  }

  /** Rolls back any open transaction and drops open results. */
  async abort(): Promise<void> {
    const tx = this.tx;
    this.tx = null;
    this.results.clear();
    if (tx) await Promise.resolve(tx.rollback()).catch(() => undefined);
  }

  private protocolError(tag: number): Structure[] {
    return this.fail(
      'Neo.ClientError.Request.Invalid',
      `bolt: message 0x${tag.toString(16)} is not valid in state ${this.state}`,
    );
  }

  private fail(code: string, message: string): Structure[] {
    void this.abort();
    this.state = 'FAILED';
    return [failure(code, message)];
  }

  private fromError(e: unknown): Structure[] {
    if (e instanceof CypherError) return this.fail(e.code, describeCypherError(e));
    const boltCode = (e as { boltCode?: string }).boltCode;
    if (boltCode) return this.fail(boltCode, (e as Error).message);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Neo.')) return this.fail(code, (e as Error).message);
    const message = e instanceof Error ? e.message : String(e);
    return this.fail('Neo.DatabaseError.General.UnknownError', message);
  }
}

/**
 * Bolt 5.4 FAILURE carries only a code and a message; the TCK detail code and phase (useful to people
 * and to test harnesses alike) are appended in brackets: "... [UndefinedVariable, compile time]".
 */
export function describeCypherError(e: CypherError): string {
  return e.detail ? `${e.message} [${e.detail}, ${e.phase}]` : e.message;
}

function asMap(v: PackValue | undefined): Map<string, PackValue> {
  return v instanceof Map ? v : new Map();
}

function asString(v: PackValue | undefined): string {
  if (typeof v !== 'string') throw Object.assign(new Error('bolt: RUN needs a query string'), { boltCode: 'Neo.ClientError.Request.Invalid' });
  return v;
}

function asParams(v: PackValue | undefined): Record<string, CypherValue> {
  const out: Record<string, CypherValue> = {};
  if (v instanceof Map) for (const [k, x] of v) out[k] = fromPack(x, `parameter $${k}`);
  return out;
}
