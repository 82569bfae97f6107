// What to bring, as a list to tick while gathering the papers; the ticks are kept.
import { setClaimDocuments } from '../../storage';
import { useRightsText } from './use-reason-text';

export function DocumentsChecklist({ householdId, rightId, documents, gathered }: {
  householdId: string;
  rightId: string;
  documents: readonly string[];
  gathered: readonly string[];
}) {
  const { t } = useRightsText();
  const toggle = (document: string, checked: boolean) =>
    void setClaimDocuments(householdId, rightId, checked ? [...gathered, document] : gathered.filter((d) => d !== document));
  return (
    <fieldset className="checklist">
      <legend>{t('rights:detail.documents')}</legend>
      {documents.map((document) => (
        <label key={document} className="choice">
          <input type="checkbox" checked={gathered.includes(document)} onChange={(event) => toggle(document, event.target.checked)} />
          <span>{t(`rights:document.${document}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
