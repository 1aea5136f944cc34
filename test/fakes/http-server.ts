import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a fake provider answers. `body` is sent as JSON unless it is a string. */
export interface FakeAnswer {
  status: number;
  body: unknown;
}

export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface RecordedExchange {
  request: FakeRequest;
  answer: FakeAnswer;
}

/**
 * A local HTTP server on 127.0.0.1 and a free port, answering with `handle`; every exchange is
 * recorded. Stops accepting on close() and drops kept-alive connections.
 */
export async function startFakeHttp(handle: (req: FakeRequest) => FakeAnswer): Promise<{
  url: string;
  exchanges: RecordedExchange[];
  close(): Promise<void>;
}> {
  const exchanges: RecordedExchange[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: FakeRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      let answer: FakeAnswer;
      try {
        answer = handle(request);
      } catch (error) {
        answer = { status: 500, body: `fake server error: ${(error as Error).message}` };
      }
      exchanges.push({ request, answer });
      const isText = typeof answer.body === 'string';
      res.writeHead(answer.status, {
        'content-type': isText ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
      });
      res.end(isText ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function isJsonContentType(headers: IncomingMessage['headers']): boolean {
  return /^application\/json\s*(;|$)/i.test(headers['content-type'] ?? '');
}

/** A Vietnamese mobile number in the international form both providers document: 84 + 9 digits. */
export const VN_MOBILE_84 = /^84[35789]\d{8}$/;
