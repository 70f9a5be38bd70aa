import type { Activity } from 'botbuilder';

/** A small Direct Line 3.0 client speaking to the built-in endpoint the way Web Chat does (polling). */
export class DirectLineTestClient {
  conversationId = '';
  token = '';
  userId = '';
  identity = '';
  watermark = 0;
  readonly received: Activity[] = [];

  constructor(readonly baseUrl: string) {}

  async start(identity?: string): Promise<this> {
    const session = await this.json('/api/webchat/token', { method: 'POST', body: identity ? { identity } : {} });
    this.userId = session.userId;
    this.identity = session.identity;
    const conv = await this.json('/v3/directline/conversations', { method: 'POST', token: session.token });
    this.conversationId = conv.conversationId;
    this.token = conv.token;
    return this;
  }

  async send(text: string, extra: Partial<Activity> = {}): Promise<string> {
    const res = await this.json(`/v3/directline/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      token: this.token,
      body: { type: 'message', text, from: { id: this.userId }, locale: 'vi-VN', ...extra },
    });
    return res.id;
  }

  /** Fetches new activities after the watermark and keeps them. */
  async poll(): Promise<Activity[]> {
    const page = await this.json(`/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, {
      token: this.token,
    });
    this.watermark = Number(page.watermark);
    this.received.push(...page.activities);
    return page.activities;
  }

  botMessages(): Activity[] {
    return this.received.filter((a) => a.from?.role === 'bot' && a.type === 'message');
  }

  /** Polls until `count` bot messages have arrived in total (or throws after timeoutMs). */
  async waitForBotMessages(count: number, timeoutMs = 5000): Promise<Activity[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.poll();
      const got = this.botMessages();
      if (got.length >= count) return got;
      if (Date.now() > deadline) throw new Error(`expected ${count} bot messages, got ${got.length}: ${got.map((a) => a.text).join(' | ')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one typed boundary of this test client
  async json(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<any> {
    const res = await this.raw(path, init);
    const body = await res.json();
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${res.status} ${JSON.stringify(body)}`);
    return body;
  }

  raw(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  }
}
