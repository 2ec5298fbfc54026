// The phone vote page's connection to the relay: one WebSocket at a time, a join message on every
// open, and the close code handed back (only for the socket in use, never a replaced one).

import type { ClientMessage } from '../../core/classroom/relay-protocol.ts';

const OPEN = 1;

export interface RelayHooks {
  /** The join message sent each time the socket opens. */
  hello(): ClientMessage;
  message(raw: string): void;
  closed(closeCode: number): void;
}

export interface RelayLink {
  /** Opens a new socket (a reconnect replaces the old one). */
  connect(): void;
  /** Sends `msg` if the socket is open; drops it otherwise. */
  send(msg: ClientMessage): void;
}

export function relayLink(url: string, hooks: RelayHooks): RelayLink {
  let socket: WebSocket | null = null;
  const send = (msg: ClientMessage): void => {
    if (socket?.readyState === OPEN) socket.send(JSON.stringify(msg));
  };
  const connect = (): void => {
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => send(hooks.hello());
    ws.onmessage = (ev) => hooks.message(String(ev.data));
    ws.onclose = (ev) => {
      if (socket !== ws) return;
      socket = null;
      hooks.closed(ev.code);
    };
  };
  return { connect, send };
}
