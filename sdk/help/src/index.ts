// @topup-doctor/help: the self-help site generated from the core's rules and catalogs (Node only).
export { LOCALES, type PageContent, type PageSpec, pageContent, pageSpecs } from './content.js';
export { MAX_URLS, type PingResult, ping } from './indexnow.js';
export { type HelpSettings, HelpSettingsInput, parseSettings } from './settings.js';
export { generateSite, type Manifest, type Site } from './site.js';
