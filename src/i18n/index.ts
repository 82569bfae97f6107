// Public API of the i18n layer.
export { initI18n, changeLanguage, loadNamespaces, NAMESPACES, type Namespace } from './i18n';
export { LANGUAGES, SOURCE_LANGUAGE, findLanguage, preferredLanguage, type Language } from './languages';
export { formatMoney, formatNumber, formatDay, formatBytes, formatList } from './format';
