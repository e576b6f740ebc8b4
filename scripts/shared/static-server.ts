// A built site served as a static host would, on a loopback port: for the PDF build phase and the browser tests.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  /** Origin plus base path, e.g. http://127.0.0.1:41234/report/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serve a built folder under `base` on 127.0.0.1 with a free port; the folder's 404.html answers unknown paths.
 * `headers` are sent with every response (the tests send those of the site's _headers file, as a host would).
 */
export async function serveDist(dir: string, base = '/', headers: Record<string, string> = {}): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: false, dotfiles: false });
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('outside base');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      const page = join(dir, '404.html');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(page) ? readFileSync(page) : 'not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
