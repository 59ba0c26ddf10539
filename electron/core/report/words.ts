// The words and formats of the report's language, shared by the model's context and by the early start of the
// charts (which runs before the rest of the file is read, so it has only the code counts).
import { reportText, type ReportText } from '../../../shared/i18n/report';
import type { Language } from '../../../shared/i18n/languages';
import type { ChartMaker } from './charts';
import type { ReportCounts } from './data';

/** The words and formats of the report's language, and the chart maker: all that drawing the charts needs. */
export class WordsContext {
  readonly t: ReportText;
  /** Whole numbers as the report's language writes them ("1.234" / "1,234"); made once, as tables format thousands. */
  readonly numberFormat: Intl.NumberFormat;
  private readonly dateFormat: Intl.DateTimeFormat;

  constructor(
    readonly language: Language,
    readonly charts: ChartMaker,
  ) {
    this.t = reportText(language);
    this.numberFormat = new Intl.NumberFormat(this.locale);
    this.dateFormat = new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  /** A date as the report's language writes it: "2 februari 2026" / "2 February 2026". */
  date(iso: string): string {
    if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
    return this.dateFormat.format(new Date(Date.UTC(y!, m! - 1, d!)));
  }

  /** The BCP 47 locale of the report's language, for numbers and dates. */
  get locale(): string {
    return this.language === 'nl' ? 'nl-NL' : 'en-GB';
  }

  bilingual(text: { nl: string; en: string }): string {
    return text[this.language] || text.nl || text.en;
  }
}

/** What the charts are drawn from (see startOpportunityCharts): the language's words and the code counts. */
export class CountsContext extends WordsContext {
  constructor(
    readonly data: ReportCounts,
    charts: ChartMaker,
  ) {
    super(data.options.language, charts);
  }
}
