// Public API of handovers: sections a person chooses, and the envelope that carries a household
// or a help point between devices (QR code, file).
export { SECTIONS, SECTION_QUESTIONS, keepSections, sectionsNeededBy, type Section } from './sections';
export { ENVELOPE_PREFIX, isCode, isLocked, newCode, open, seal, type EnvelopeKind, type OpenError, type Opened } from './envelope';
export { openProfile, sealProfile, type ProfileOpened } from './profile-handover';
