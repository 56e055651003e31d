/** schema.org data for one service, so search engines and assistants can read who helps, where and how to reach them. */
export function serviceJsonLd(service: {
	name: string;
	organization: string;
	description: string;
	url: string;
	website?: string;
	telephone?: string;
	email?: string;
	address?: { street: string; postalCode: string; city: string };
	languages: string[];
	isFree: boolean | undefined;
}): string {
	const data = {
		'@context': 'https://schema.org',
		'@type': 'Service',
		name: service.name,
		description: service.description,
		url: service.url,
		areaServed: service.address?.city,
		availableLanguage: service.languages,
		...(service.isFree !== undefined && { isAccessibleForFree: service.isFree }),
		provider: {
			'@type': 'Organization',
			name: service.organization,
			...(service.website && { url: service.website }),
			...(service.telephone && { telephone: service.telephone }),
			...(service.email && { email: service.email }),
			...(service.address && {
				address: { '@type': 'PostalAddress', streetAddress: service.address.street, postalCode: service.address.postalCode, addressLocality: service.address.city, addressCountry: 'NL' },
			}),
		},
	};
	// "<" escaped, so no text in the data can close the script element it sits in.
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
