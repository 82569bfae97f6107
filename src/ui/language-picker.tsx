// Choosing a language: each language named in itself, as large radio buttons, with an honest
// note when no native speaker has reviewed the translation yet.
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';

export interface LanguagePickerProps {
  value: string;
  onChange: (code: string) => void;
  legend: string;
}

export function LanguagePicker({ value, onChange, legend }: LanguagePickerProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="language-picker">
      <legend>{legend}</legend>
      {LANGUAGES.map((language) => (
        <label key={language.code} className="language-picker__option" lang={language.code} dir={language.dir}>
          <input
            type="radio"
            name="language"
            value={language.code}
            checked={value === language.code}
            onChange={() => onChange(language.code)}
          />
          <span>
            <span className="language-picker__name">{language.nativeName}</span>
            {!language.reviewed && (
              <span className="language-picker__note" lang={value}>
                {t('language.notReviewed')}
              </span>
            )}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
