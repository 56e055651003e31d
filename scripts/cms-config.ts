// Writes the editors' CMS configuration from the zod schemas: public/admin/config.yml (the town's local layer) and
// public/admin/nationaal/config.yml (the national layer).
// Usage: npm run cms:config [-- owner/repository]     (SJPRUUT_CONTENT picks the town's folder, as for the build)
import { writeFileSync } from 'node:fs';
import { cmsConfigFiles } from '../src/lib/cms-config-files.ts';

for (const [file, text] of Object.entries(cmsConfigFiles(process.argv[2]))) {
	writeFileSync(file, text);
	console.log(`${file} written`);
}
