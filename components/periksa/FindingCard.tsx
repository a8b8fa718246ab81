import { i18n } from '@/components/common/i18n';
import type { Finding } from '@/lib/analyze/types';

function formatDue(ymd: string, lang: 'id' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  const d = new Date(+m[1], +m[2] - 1, +m[3]);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

export function FindingCard(props: { finding: Finding; index: number; text: string; lang: 'id' | 'en'; onApply?: (f: Finding) => void }) {
  const { finding: f, text, lang } = props;
  const excerpt = text.slice(f.start, f.end);
  const id = `finding-${props.index}`;
  return (
    <li className={`finding finding--${f.severity}`} data-rule={f.rule} data-severity={f.severity} aria-labelledby={`${id}-title`}>
      <p className="finding__head" id={`${id}-title`}>
        <span className={`finding__severity finding__severity--${f.severity}`}>{i18n.t(`severity.${f.severity}`)}</span>
        <span className="finding__category">{i18n.t(`categories.${f.category}`)}</span>
      </p>
      {excerpt ? <q className="finding__excerpt">{excerpt.length > 80 ? excerpt.slice(0, 80) + '…' : excerpt}</q> : null}
      <p className="finding__message">{f.message}</p>
      {f.category === 'commitment' ? (
        <p className="finding__due">{f.due ? i18n.t('periksa.due', [formatDue(f.due, lang)]) : i18n.t('periksa.noDue')}</p>
      ) : null}
      {f.suggestion !== undefined && f.suggestion !== excerpt ? (
        <div className="finding__fix">
          <span>{i18n.t('periksa.replaceWith', [f.suggestion || '∅'])}</span>
          {props.onApply ? (
            <button type="button" className="btn" onClick={() => props.onApply!(f)}>
              {i18n.t('periksa.apply')}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
