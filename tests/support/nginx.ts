// Runs deploy/nginx.conf in a real nginx in the foreground, for the browser tests: every line as written but for the
// listen, TLS and root lines (see onLoopback). Usage: node --experimental-strip-types tests/support/nginx.ts <dist folder> <port>
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [folder = 'dist', port = '4324'] = process.argv.slice(2);
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));
if (!nginx) {
	console.error('No nginx found: install one with "sudo apt-get install nginx" (Debian/Ubuntu); .ci/run does this.');
	process.exit(1);
}

/**
 * deploy/nginx.conf on one loopback port, without TLS (no certificate here). Both server blocks are kept:
 * - the HTTPS block (the site) listens on 127.0.0.1:<port> as the default server, plain HTTP, its ssl_ lines left out;
 * - the port-80 block (the redirect to HTTPS) listens on the same port under the name http-only.test, so a request
 *   with `Host: http-only.test` shows what port 80 answers.
 * The IPv6 listen lines are left out. Every other line runs as written.
 */
function onLoopback(conf: string): string {
	const edits: [RegExp, string][] = [
		[/^\s*listen \[::\]:\d+.*;\n/gm, ''],
		[/^(\s*)listen 80 default_server;\n(\s*)server_name _;$/m, `$1listen 127.0.0.1:${port};\n$2server_name http-only.test;`],
		[/^(\s*)listen 443 ssl http2 default_server;$/m, `$1listen 127.0.0.1:${port} default_server;`],
		[/^\s*ssl_certificate(_key)? .*;\n/gm, ''],
		[/^(\s*)root .*;$/m, `$1root ${resolve(folder)};`],
	];
	return edits.reduce((text, [pattern, replacement]) => {
		if (!pattern.test(text)) throw new Error(`deploy/nginx.conf: no line matches ${pattern}; update tests/support/nginx.ts`);
		pattern.lastIndex = 0;
		return text.replace(pattern, replacement);
	}, conf);
}

const site = onLoopback(readFileSync('deploy/nginx.conf', 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'sjpruut-nginx-'));
for (const dir of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir));
// Debian's optional modules (brotli_static), loaded as its own nginx.conf does; they name paths under the prefix.
const modules = existsSync('/etc/nginx/modules-enabled') ? 'include /etc/nginx/modules-enabled/*.conf;' : '';
if (existsSync('/usr/share/nginx/modules')) symlinkSync('/usr/share/nginx/modules', join(work, 'modules'));
const main = `
${modules}
daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	client_body_temp_path ${work}/client;
	proxy_temp_path ${work}/proxy;
	fastcgi_temp_path ${work}/fastcgi;
	uwsgi_temp_path ${work}/uwsgi;
	scgi_temp_path ${work}/scgi;
${site}
}
`;
writeFileSync(join(work, 'nginx.conf'), main);
const server = spawn(nginx, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill('SIGQUIT'));
server.on('exit', (code) => process.exit(code ?? 0));
