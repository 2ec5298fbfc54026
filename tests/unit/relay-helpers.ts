// Simulated phones and consoles for the relay tests: real `ws` clients on 127.0.0.1 that record every
// message and the close code, with helpers to wait for a message of a given type.

import WebSocket, { type ClientOptions } from 'ws';
import { parseServerMessage, type ServerMessage } from '../../src/core/classroom/relay-protocol.ts';

type OfType<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

export class Client {
  readonly ws: WebSocket;
  readonly received: ServerMessage[] = [];
  closeCode: number | null = null;
  private waiters: (() => void)[] = [];
  readonly opened: Promise<void>;
  readonly closed: Promise<number>;

  constructor(url: string, options: ClientOptions = {}) {
    this.ws = new WebSocket(url, options);
    this.opened = new Promise((ok, fail) => {
      this.ws.once('open', () => ok());
      this.ws.once('error', fail);
    });
    this.closed = new Promise((ok) => {
      this.ws.on('close', (code) => {
        this.closeCode = code;
        ok(code);
        this.wake();
      });
    });
    this.ws.on('error', () => {});
    this.ws.on('message', (data) => {
      const parsed = parseServerMessage(data.toString());
      if (!parsed.ok) throw new Error(`server sent an invalid message: ${parsed.error}`);
      this.received.push(parsed.value);
      this.wake();
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  send(msg: unknown): void {
    this.ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg));
  }

  of<T extends ServerMessage['type']>(type: T): OfType<T>[] {
    return this.received.filter((m): m is OfType<T> => m.type === type);
  }

  /** Waits until `pred` holds for a received message of `type` (also one received earlier). */
  async next<T extends ServerMessage['type']>(
    type: T,
    pred: (m: OfType<T>) => boolean = () => true,
    timeoutMs = 3000,
  ): Promise<OfType<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.of(type).find(pred);
      if (found) return found;
      if (Date.now() > deadline) {
        throw new Error(`no "${type}" message in time; got ${JSON.stringify(this.received).slice(0, 600)}`);
      }
      await new Promise<void>((ok) => {
        const t = setTimeout(ok, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(t);
          ok();
        });
      });
    }
  }

  /** Waits until the latest message of `type` satisfies `pred` (earlier ones do not count). */
  async latest<T extends ServerMessage['type']>(
    type: T,
    pred: (m: OfType<T>) => boolean,
    timeoutMs = 3000,
  ): Promise<OfType<T>> {
    await until(
      () => {
        const last = this.of(type).at(-1);
        return last !== undefined && pred(last);
      },
      timeoutMs,
      `the latest "${type}" to match`,
    );
    return this.of(type).at(-1)!;
  }

  /** The latest message of `type`, waiting for at least one. */
  async last<T extends ServerMessage['type']>(type: T): Promise<OfType<T>> {
    await this.next(type);
    return this.of(type).at(-1)!;
  }

  close(): void {
    this.ws.close();
  }
}

export function wait(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, ms));
}

/** Polls `check` until it returns true (or fails after `timeoutMs`). */
export async function until(check: () => boolean, timeoutMs = 3000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await wait(10);
  }
}
