// Translation keys are typed from the French source files: a key missing in French, or
// misspelt in code, is a type error.
import 'i18next';
import type common from '../../locales/fr/common.json';
import type errors from '../../locales/fr/errors.json';
import type household from '../../locales/fr/household.json';
import type settings from '../../locales/fr/settings.json';
import type help from '../../locales/fr/help.json';
import type notices from '../../locales/fr/notices.json';
import type rights from '../../locales/fr/rights.json';
import type questions from '../../locales/fr/questions.json';
import type glossary from '../../locales/fr/glossary.json';
import type handover from '../../locales/fr/handover.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      errors: typeof errors;
      household: typeof household;
      settings: typeof settings;
      help: typeof help;
      notices: typeof notices;
      rights: typeof rights;
      questions: typeof questions;
      glossary: typeof glossary;
      handover: typeof handover;
    };
  }
}
