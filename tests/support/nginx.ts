// Runs deploy/nginx.conf, unchanged but for its port and root, in a real nginx in the foreground, for the browser
// tests. Usage: node --experimental-strip-types tests/support/nginx.ts <dist folder> <port>
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [folder = 'dist', port = '4324'] = process.argv.slice(2);
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));
if (!nginx) {
	console.error('No nginx found: install one with "sudo apt-get install nginx" (Debian/Ubuntu); .ci/run does this.');
	process.exit(1);
}

const site = readFileSync('deploy/nginx.conf', 'utf8')
	.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
	.replace(/^(\s*)root .*;$/m, `$1root ${resolve(folder)};`);
if (!site.includes(`127.0.0.1:${port}`) || !site.includes(resolve(folder))) throw new Error('deploy/nginx.conf: could not set listen and root');

const work = mkdtempSync(join(tmpdir(), 'sjpruut-nginx-'));
for (const dir of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir));
const main = `
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
