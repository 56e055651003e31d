// The Content-Security-Policy for server headers, from the one Astro writes into every page. Pure; used by
// scripts/deploy-csp.ts and the tests.

/** The CSP in a built page's meta tag, or undefined. */
export function metaCsp(html: string): string | undefined {
	return html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
}

/** The header version: the page's policy plus frame-ancestors, which only a header can set. */
export function headerCsp(pagePolicy: string): string {
	return `${pagePolicy.trim().replace(/;?$/, ';')} frame-ancestors 'none';`;
}

/** The deploy files with their CSP lines set to `policy`: public/_headers and deploy/nginx.conf. */
export function withCsp(file: 'headers' | 'nginx', text: string, policy: string): string {
	return file === 'headers'
		? text.replace(/^(\s*Content-Security-Policy: ).*$/m, (_, start: string) => `${start}${policy}`)
		: text.replace(/^(\s*add_header Content-Security-Policy ").*(" always;)$/m, (_, start: string, end: string) => `${start}${policy}${end}`);
}
