// The page's WebSocket to the sandbox server (/ws): requests answered by `result` events, pushed
// workspace events, and reconnection with back-off (the server sends a fresh snapshot on each connect).
export class Connection {
  /**
   * @param {(event: object) => void} onEvent every server event except request results
   * @param {(open: boolean) => void} onState the socket opened or closed
   */
  constructor(onEvent, onState) {
    this.onEvent = onEvent;
    this.onState = onState;
    this.pending = new Map();
    this.counter = 0;
    this.retryMs = 500;
    this.socket = undefined;
  }

  connect() {
    const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.retryMs = 500;
      this.onState(true);
    });
    socket.addEventListener('message', (e) => {
      const ev = JSON.parse(e.data);
      if (ev.type !== 'result') return this.onEvent(ev);
      const resolve = this.pending.get(ev.id);
      this.pending.delete(ev.id);
      return resolve?.(ev);
    });
    socket.addEventListener('close', () => {
      for (const resolve of this.pending.values()) resolve({ ok: false, error: 'disconnected' });
      this.pending.clear();
      this.onState(false);
      setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 5000);
    });
  }

  /** Sends a request; resolves with its `result` ({ ok, error? }). */
  request(body) {
    const id = `r${++this.counter}`;
    return new Promise((resolve) => {
      if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return resolve({ ok: false, error: 'disconnected' });
      this.pending.set(id, resolve);
      this.socket.send(JSON.stringify({ id, ...body }));
    });
  }
}
