// Node's ESM loader needs the explicit file path of this CommonJS package; its types live under 'hyphen/nl'.
declare module 'hyphen/nl/index.js' {
	const dutch: typeof import('hyphen/nl');
	export default dutch;
}
