import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../../src/commands/demo/seed-demo.ts';
import type { TestApp } from './app.ts';

// The pages as a browser without JavaScript uses them, over the app in the test process.

/** A browser-like client: keeps cookies, reads the CSRF token from the last page it got. */
export class Agent {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(private readonly t: TestApp) {}

  private remember(setCookie: string | string[] | undefined, body: string) {
    for (const cookie of [setCookie ?? []].flat()) {
      const [pair] = cookie.split(';');
      const [name, value] = (pair as string).split('=') as [string, string];
      if (value === '' || /Expires=Thu, 01 Jan 1970/.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
    if (token !== undefined) this.csrf = token;
  }

  private header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string) {
    const response = await this.t.app.inject({ method: 'GET', url, headers: { cookie: this.header() } });
    this.remember(response.headers['set-cookie'], response.body);
    return response;
  }

  /** A form with a file, as a browser uploads it (multipart/form-data). */
  async upload(url: string, field: string, file: { name: string; text: string }) {
    const form = new FormData();
    form.append(field, new Blob([file.text], { type: 'application/json' }), file.name);
    form.append('_csrf', this.csrf);
    const encoded = new Request('http://localhost/', { method: 'POST', body: form });
    const response = await this.t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.header(), 'content-type': encoded.headers.get('content-type') as string },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
    this.remember(response.headers['set-cookie'], response.body);
    return response;
  }

  async post(url: string, fields: Record<string, string | string[]>, csrf: string | null = this.csrf, remoteAddress = '127.0.0.1') {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) form.append(k, value);
    if (csrf !== null) form.append('_csrf', csrf);
    const response = await this.t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
      remoteAddress,
    });
    this.remember(response.headers['set-cookie'], response.body);
    return response;
  }

  async signIn(email: string) {
    await this.get('/inloggen');
    const response = await this.post('/inloggen', { email, password: DEMO_PASSWORD });
    assert.equal(response.statusCode, 303);
    return this;
  }
}
