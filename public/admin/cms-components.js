// The MDX tags of a page (<WatIsHet>, <Begrip term="…">) as blocks with Dutch labels (src/lib/editor-components.ts).
import { EDITOR_COMPONENTS } from '/admin/editor-components.js';

for (const component of EDITOR_COMPONENTS) window.CMS.registerEditorComponent(component);
