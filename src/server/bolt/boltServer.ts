/**
 * A Bolt server over TCP: handshake, chunked PackStream messages, one BoltConnection per socket.
 * Messages of one connection are handled strictly in order (drivers pipeline them).
 */
import net from 'node:net';
import type { BoltBackend } from './backend';
import { BoltConnection, type AuthConfig } from './boltConnection';
import { Dechunker } from './chunking';
import { handshakeReply, negotiate } from './handshake';
import { packMessages, unpack, type PackValue, type Structure } from './packstream';

export interface BoltServerOptions {
  backend: BoltBackend;
  /** default 7687; 0 picks a free port */
  port: number;
  /** default 127.0.0.1: never listen on other interfaces unless told */
  host: string;
  auth: AuthConfig;
  /** what HELLO's SUCCESS reports as `server`; drivers read the Neo4j version from it */
  serverAgent: string;
}

export const BOLT_DEFAULTS: Omit<BoltServerOptions, 'backend'> = {
  port: 7687,
  host: '127.0.0.1',
  auth: { scheme: 'none' },
  serverAgent: 'Neo4j/5.26.0',
};

export interface RunningBoltServer {
  port: number;
  host: string;
  url: string;
  close(): Promise<void>;
}

export function startBoltServer(options: Partial<BoltServerOptions> & { backend: BoltBackend }): Promise<RunningBoltServer> {
  const opts = { ...BOLT_DEFAULTS, ...options };
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new RangeError(`bolt: port must be an integer in 0..65535, got ${opts.port}`);
  }
  let seq = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setNoDelay(true);
    serve(socket, opts, `bolt-${++seq}`);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      const addr = server.address() as net.AddressInfo;
      resolve({
        port: addr.port,
        host: opts.host,
        url: `bolt://${opts.host}:${addr.port}`,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

function serve(socket: net.Socket, opts: BoltServerOptions, connectionId: string): void {
  let handshake: Buffer | null = Buffer.alloc(0);
  const dechunker = new Dechunker();
  let connection: BoltConnection | null = null;
  let queue: Promise<void> = Promise.resolve();
  // responses to messages that arrived together (a driver pipelines BEGIN, RUN and PULL) go out in
  // one socket write once the last of them is handled: fewer syscalls, no added latency
  let pending: Structure[] = [];
  let inQueue = 0;

  const send = (responses: Structure[]) => {
    for (const r of responses) pending.push(r);
    if (inQueue > 0 || !pending.length || socket.destroyed) return;
    const out = pending;
    pending = [];
    socket.write(packMessages(out));
  };

  socket.on('error', () => socket.destroy());
  socket.on('data', (data: Buffer) => {
    if (handshake) {
      handshake = Buffer.concat([handshake, data]);
      if (handshake.length < 20) return;
      const version = negotiate(handshake);
      const rest = handshake.subarray(20);
      handshake = null;
      socket.write(handshakeReply(version));
      if (!version) {
        socket.end();
        return;
      }
      const local = socket.localAddress?.replace(/^::ffff:/, '') ?? opts.host;
      connection = new BoltConnection({
        backend: opts.backend,
        auth: opts.auth,
        connectionId,
        address: `${local}:${socket.localPort}`,
        serverAgent: opts.serverAgent,
      });
      if (!rest.length) return;
      data = rest;
    }
    const conn = connection!;
    for (const message of dechunker.push(data)) {
      inQueue++;
      // decoded on arrival, not in turn: a RUN's (large) parameters are decoded while its BEGIN still
      // waits for another connection's write transaction, filling what would be idle time
      let decoded: PackValue | undefined;
      let bad = false;
      try {
        decoded = unpack(message);
      } catch {
        bad = true;
      }
      queue = queue.then(async () => {
        let responses: Structure[] = [];
        try {
          if (conn.isClosed) return;
          if (bad) {
            socket.destroy();
            return;
          }
          responses = await conn.handle(decoded!);
        } finally {
          inQueue--;
          send(responses);
        }
        if (conn.isClosed) socket.end();
      });
    }
  });
  socket.on('close', () => {
    queue = queue.then(() => connection?.abort());
  });
}
