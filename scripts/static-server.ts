/**
 * A small static file server for the built site (dist/), used by `npm start`
 * and by the browser tests. Unknown paths get dist/404.html with status 404,
 * as static hosts do. With a base path ("/some/base/"), the site is served
 * under it, as GitHub Pages serves a project site, and nothing else exists.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { parseAllHeaders } from 'netlify-headers-parser';

export interface RunningServer {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

/** The rules of dir/_headers, read with Netlify's own parser, as Netlify and Cloudflare Pages apply them. */
export async function headerRules(dir: string): Promise<{ for: string; forRegExp?: RegExp; values: Record<string, string> }[]> {
  // The library's .d.ts types headersFiles as never[] and netlifyConfigPath as required; it takes file paths, and no config.
  const { headers, errors } = await parseAllHeaders({ headersFiles: [join(dir, '_headers')] as never[], netlifyConfigPath: undefined, minimal: false });
  if (errors.length > 0) throw new Error(`${dir}/_headers: ${errors.map((e) => e.message).join('; ')}`);
  return headers as { for: string; forRegExp?: RegExp; values: Record<string, string> }[];
}

export async function startStaticServer(dir: string, port = 0, host = '127.0.0.1', base = '/'): Promise<RunningServer> {
  const assets = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
  const fallback = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
  const spanish = await readFile(join(dir, 'es', '404.html')).catch(() => fallback);
  const rules = await headerRules(dir);
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('Not found');
      return;
    }
    const fullPath = url.split('?')[0];
    req.url = `/${url.slice(base.length)}`;
    const path = req.url.split('?')[0];
    for (const rule of rules) if (rule.forRegExp?.test(fullPath)) for (const [name, value] of Object.entries(rule.values)) res.setHeader(name, value);
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(path.startsWith('/es/') ? spanish : fallback);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://${host}:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
