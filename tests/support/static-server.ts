// A plain static file server for a second built site (the made-up town) during the browser tests. Astro's own
// preview allows one server per project, and the main site already uses it.
// Usage: node --experimental-strip-types tests/support/static-server.ts <folder> <port>
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [folder = 'dist-town', port = '4323'] = process.argv.slice(2);
const root = resolve(folder);
if (!existsSync(join(root, 'index.html'))) {
	console.error(`static-server: ${root} has no index.html. Build it first: npm run build:town`);
	process.exit(1);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.yml': 'text/yaml; charset=utf-8',
	'.woff2': 'font/woff2',
};

/** The file for a URL path inside the root, or undefined; never a file outside it. */
function fileFor(urlPath: string): string | undefined {
	const path = normalize(join(root, decodeURIComponent(urlPath)));
	if (!path.startsWith(root)) return undefined;
	const candidate = path.endsWith('/') || (existsSync(path) && statSync(path).isDirectory()) ? join(path, 'index.html') : path;
	return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

createServer((request, response) => {
	let file: string | undefined;
	try {
		file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
	} catch {
		file = undefined;
	}
	const status = file ? 200 : 404;
	file ??= join(root, '404.html');
	response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(response);
}).listen(Number(port), '127.0.0.1', () => console.log(`static-server: ${root} on http://127.0.0.1:${port}/`));
