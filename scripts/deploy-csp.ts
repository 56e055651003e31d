// Copies the Content-Security-Policy of a fresh build into public/_headers and deploy/nginx.conf.
// Usage: npm run build && npm run deploy:csp
import { readFileSync, writeFileSync } from 'node:fs';
import { headerCsp, metaCsp, withCsp } from '../src/lib/deploy-csp.ts';

const policy = metaCsp(readFileSync('dist/index.html', 'utf8'));
if (!policy) throw new Error('dist/index.html has no CSP meta tag: run "npm run build" first');
for (const [file, kind] of [['public/_headers', 'headers'], ['deploy/nginx.conf', 'nginx']] as const) {
	writeFileSync(file, withCsp(kind, readFileSync(file, 'utf8'), headerCsp(policy)));
	console.log(`${file}: CSP set from dist/index.html`);
}
