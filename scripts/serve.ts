/** `npm run serve`: serves the built site at http://127.0.0.1:4321 (or the port given). */
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.ts';

const [dir = 'dist', port = '4321'] = process.argv.slice(2);
if (!existsSync(dir)) {
  console.error(`No built site in ${dir}/. Run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}
const { origin } = await startStaticServer(dir, Number(port));
console.log(`Serving ${dir}/ at ${origin}/  (search included; press Ctrl+C to stop)`);
