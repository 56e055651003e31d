// Runs before Sveltia CMS: the editors' room speaks Dutch unless an editor chose another language in its settings.
(() => {
	const key = 'sveltia-cms.prefs';
	let prefs = {};
	try {
		prefs = JSON.parse(localStorage.getItem(key) || '{}') || {};
	} catch {
		prefs = {};
	}
	if (!prefs.locale) localStorage.setItem(key, JSON.stringify({ ...prefs, locale: 'nl' }));
})();
