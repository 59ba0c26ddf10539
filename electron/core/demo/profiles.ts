// Who the demo is about: the eight Foodvalley municipalities with a fictional maturity profile per respondent role,
// the sixteen (fictional) respondents and the interview schedule. Every person and finding here is made up.
import type { Level } from '../../../shared/template/types';

export type DemoRole = 'procurement' | 'policy';
/** Levels on D1..D8, in that order. */
export type Profile = readonly [Level, Level, Level, Level, Level, Level, Level, Level];
/** Open answers and notes are written per band: 1 starting, 2 exploring, 3 applying, 4 embedded or leading. */
export type Band = 1 | 2 | 3 | 4;

export interface DemoMunicipality {
  readonly key: string;
  /** As in "Gemeente Ede"; also the e-mail subdomain, lower-cased. */
  readonly name: string;
  /** The procurement respondent's and the policy respondent's view differ by about a level on some dimensions. */
  readonly profile: { readonly procurement: Profile; readonly policy: Profile };
  /** 1.4: the Manifest MVI/MVOI as each respondent reports it; null = "weet niet". */
  readonly manifest: { readonly procurement: string | null; readonly policy: string | null };
  /** 2.1: where each respondent says circular procurement is placed. */
  readonly ownership: { readonly procurement: string; readonly policy: string };
  /** 2.4 */
  readonly procurementFunction: string;
  /** 5.1: product groups with circular requirements, as procurement reports them. */
  readonly productGroups: readonly string[];
  /** 6.4: how ready the (regional) market is, as seen from this municipality. */
  readonly marketReadiness: Level;
  readonly notes: { readonly nl: string; readonly en: string };
}

export const municipalities: readonly DemoMunicipality[] = [
  {
    key: 'barneveld',
    name: 'Barneveld',
    profile: { procurement: [2, 2, 2, 3, 3, 2, 2, 2], policy: [3, 3, 2, 2, 2, 2, 2, 1] },
    manifest: { procurement: 'ondertekend', policy: 'ondertekend' },
    ownership: { procurement: 'inkoop', policy: 'inkoop' },
    procurementFunction: 'centraal',
    productGroups: ['bedrijfskleding', 'kantoorartikelen', 'ict'],
    marketReadiness: 3,
    notes: {
      nl: 'Planning via het secretariaat van team Inkoop & Aanbesteden. Ontvangen: inkoop- en aanbestedingsbeleid en het duurzaamheidsprogramma.',
      en: 'Scheduling via the secretariat of the procurement team. Received: procurement policy and the sustainability programme.',
    },
  },
  {
    key: 'ede',
    name: 'Ede',
    profile: { procurement: [3, 2, 3, 3, 4, 3, 3, 3], policy: [4, 3, 3, 3, 4, 3, 3, 3] },
    manifest: { procurement: 'ondertekend-actieplan', policy: 'ondertekend-actieplan' },
    ownership: { procurement: 'inkoop', policy: 'gedeeld' },
    procurementFunction: 'centraal',
    productGroups: ['gww', 'bedrijfskleding', 'meubilair', 'energie', 'gebouwen'],
    marketReadiness: 3,
    notes: {
      nl: 'Ontvangen: programma circulaire economie, MVOI-actieplan en een overzicht van GWW-aanbestedingen met MKI. Kennissessie wordt hier gehouden.',
      en: 'Received: circular economy programme, MVOI action plan and a list of civil-works tenders awarded on MKI. Hosts the knowledge session.',
    },
  },
  {
    key: 'nijkerk',
    name: 'Nijkerk',
    profile: { procurement: [2, 2, 3, 2, 2, 2, 2, 1], policy: [3, 2, 3, 2, 2, 2, 2, 1] },
    manifest: { procurement: 'ondertekend', policy: 'ondertekend' },
    ownership: { procurement: 'inkoop', policy: 'gedeeld' },
    procurementFunction: 'hybride',
    productGroups: ['catering', 'kantoorartikelen', 'schoonmaak'],
    marketReadiness: 2,
    notes: {
      nl: 'Inkoop adviseert, afdelingen kopen zelf in tot de Europese drempel. Inkoopkalender toegezegd.',
      en: 'Procurement advises; departments buy themselves up to the EU threshold. Promised to share the procurement calendar.',
    },
  },
  {
    key: 'renswoude',
    name: 'Renswoude',
    profile: { procurement: [1, 1, 2, 1, 1, 1, 1, 1], policy: [1, 2, 3, 1, 1, 1, 1, 1] },
    manifest: { procurement: 'niet-ondertekend', policy: 'niet-ondertekend' },
    ownership: { procurement: 'niet-belegd', policy: 'niet-belegd' },
    procurementFunction: 'uitbesteed',
    productGroups: ['geen'],
    marketReadiness: 2,
    notes: {
      nl: 'Kleine organisatie; grotere aanbestedingen samen met een buurgemeente. Interviews nog niet uitgewerkt.',
      en: 'Small organisation; larger tenders run together with a neighbouring municipality. Interviews not yet processed.',
    },
  },
  {
    key: 'rhenen',
    name: 'Rhenen',
    profile: { procurement: [2, 1, 2, 2, 2, 2, 1, 1], policy: [2, 2, 2, 2, 2, 2, 2, 1] },
    manifest: { procurement: null, policy: 'niet-ondertekend' },
    ownership: { procurement: 'inkoop', policy: 'inkoop' },
    procurementFunction: 'uitbesteed',
    productGroups: ['schoonmaak'],
    marketReadiness: 2,
    notes: {
      nl: 'Europese aanbestedingen via een extern inkoopbureau; de respondent van inkoop doet de kleinere trajecten.',
      en: 'EU tenders through an external procurement office; the procurement respondent handles the smaller purchases.',
    },
  },
  {
    key: 'scherpenzeel',
    name: 'Scherpenzeel',
    profile: { procurement: [1, 1, 2, 1, 1, 1, 1, 1], policy: [2, 2, 2, 1, 1, 1, 1, 1] },
    manifest: { procurement: 'niet-ondertekend', policy: 'niet-ondertekend' },
    ownership: { procurement: 'niet-belegd', policy: 'inkoop' },
    procurementFunction: 'decentraal',
    productGroups: ['geen'],
    marketReadiness: 2,
    notes: {
      nl: 'Inkoop is een taak naast andere binnen Bedrijfsvoering. Geen inkoopbeleid met duurzaamheidsparagraaf ontvangen.',
      en: 'Procurement is one task among others in operations. No procurement policy with a sustainability section received.',
    },
  },
  {
    key: 'veenendaal',
    name: 'Veenendaal',
    profile: { procurement: [3, 2, 2, 3, 3, 4, 2, 2], policy: [3, 3, 3, 3, 3, 4, 2, 2] },
    manifest: { procurement: 'ondertekend-actieplan', policy: 'ondertekend-actieplan' },
    ownership: { procurement: 'inkoop', policy: 'gedeeld' },
    procurementFunction: 'centraal',
    productGroups: ['bedrijfskleding', 'meubilair', 'catering', 'afval'],
    marketReadiness: 4,
    notes: {
      nl: 'Actief lokaal netwerk van circulaire ondernemers; wordt gebruikt bij marktconsultaties. Ontvangen: MVOI-actieplan.',
      en: 'Active local network of circular entrepreneurs, used for market consultations. Received: MVOI action plan.',
    },
  },
  {
    key: 'wageningen',
    name: 'Wageningen',
    profile: { procurement: [4, 3, 4, 4, 4, 4, 3, 3], policy: [4, 4, 4, 4, 4, 4, 3, 3] },
    manifest: { procurement: 'ondertekend-actieplan', policy: 'ondertekend-actieplan' },
    ownership: { procurement: 'gedeeld', policy: 'gedeeld' },
    procurementFunction: 'hybride',
    productGroups: ['meubilair', 'ict', 'bedrijfskleding', 'gww', 'catering', 'gebouwen'],
    marketReadiness: 3,
    notes: {
      nl: 'Relatief ver: maandelijks inkoopoverleg met beleid en budgethouders. Ontvangen: MVOI-actieplan en overzicht circulaire aanbestedingen 2024–2025.',
      en: 'Relatively advanced: monthly procurement meeting with policy and budget holders. Received: MVOI action plan and a list of circular tenders 2024–2025.',
    },
  },
];

export interface DemoRespondent {
  readonly municipality: string;
  readonly role: DemoRole;
  readonly name: string;
  /** For the e-mail address: initial.lastname@<municipality>.example.nl */
  readonly mailName: string;
  readonly jobTitle: { readonly nl: string; readonly en: string };
  readonly department: { readonly nl: string; readonly en: string };
  readonly consentRecording: boolean;
  readonly consentQuoteByName: boolean;
  readonly notes: { readonly nl: string; readonly en: string };
}

const none = { nl: '', en: '' };

// Names are common Dutch first and last names, combined at random; none is meant to be a real person.
export const respondents: readonly DemoRespondent[] = [
  { municipality: 'barneveld', role: 'procurement', name: 'Henk Kloosterman', mailName: 'h.kloosterman', jobTitle: { nl: 'Senior inkoper', en: 'Senior buyer' }, department: { nl: 'Team Inkoop & Aanbesteden', en: 'Procurement & Tendering' }, consentRecording: true, consentQuoteByName: true, notes: none },
  { municipality: 'barneveld', role: 'policy', name: 'Marloes van Ginkel', mailName: 'm.vanginkel', jobTitle: { nl: 'Beleidsmedewerker circulaire economie', en: 'Policy officer circular economy' }, department: { nl: 'Team Duurzaamheid & Milieu', en: 'Sustainability & Environment' }, consentRecording: true, consentQuoteByName: false, notes: { nl: 'Werkt vier dagen; niet op vrijdag.', en: 'Works four days; not on Fridays.' } },
  { municipality: 'ede', role: 'procurement', name: 'Ruben Verhoef', mailName: 'r.verhoef', jobTitle: { nl: 'Inkoopadviseur', en: 'Procurement advisor' }, department: { nl: 'Inkoop en Contractmanagement', en: 'Procurement & Contract Management' }, consentRecording: true, consentQuoteByName: false, notes: { nl: 'Aanspreekpunt voor GWW-aanbestedingen.', en: 'Contact for civil-works tenders.' } },
  { municipality: 'ede', role: 'policy', name: 'Annelies Mulder', mailName: 'a.mulder', jobTitle: { nl: 'Opgavemanager duurzaamheid', en: 'Sustainability programme manager' }, department: { nl: 'Opgave Duurzaamheid', en: 'Sustainability Programme' }, consentRecording: true, consentQuoteByName: true, notes: none },
  { municipality: 'nijkerk', role: 'procurement', name: 'Wendy Schipper', mailName: 'w.schipper', jobTitle: { nl: 'Inkoopfunctionaris', en: 'Procurement officer' }, department: { nl: 'Bedrijfsvoering – Inkoop', en: 'Operations – Procurement' }, consentRecording: true, consentQuoteByName: false, notes: none },
  { municipality: 'nijkerk', role: 'policy', name: 'Bas Hoogendoorn', mailName: 'b.hoogendoorn', jobTitle: { nl: 'Beleidsmedewerker duurzaamheid', en: 'Sustainability policy officer' }, department: { nl: 'Ruimte & Duurzaamheid', en: 'Spatial Planning & Sustainability' }, consentRecording: false, consentQuoteByName: false, notes: { nl: 'Geen opname; aantekeningen uitgebreider uitgewerkt.', en: 'No recording; notes written out in more detail.' } },
  { municipality: 'renswoude', role: 'procurement', name: 'Johan Roelofsen', mailName: 'j.roelofsen', jobTitle: { nl: 'Inkoopfunctionaris en contractbeheerder', en: 'Procurement officer and contract manager' }, department: { nl: 'Bedrijfsvoering', en: 'Operations' }, consentRecording: false, consentQuoteByName: false, notes: { nl: 'Stuurt overzicht lopende contracten na.', en: 'Will send a list of current contracts.' } },
  { municipality: 'renswoude', role: 'policy', name: 'Ingrid Timmer', mailName: 'i.timmer', jobTitle: { nl: 'Beleidsmedewerker duurzaamheid en milieu', en: 'Policy officer sustainability and environment' }, department: { nl: 'Ruimtelijk Domein', en: 'Spatial Domain' }, consentRecording: true, consentQuoteByName: false, notes: none },
  { municipality: 'rhenen', role: 'procurement', name: 'Kim Blokland', mailName: 'k.blokland', jobTitle: { nl: 'Inkoopadviseur', en: 'Procurement advisor' }, department: { nl: 'Team Bedrijfsvoering', en: 'Operations' }, consentRecording: true, consentQuoteByName: false, notes: none },
  { municipality: 'rhenen', role: 'policy', name: 'Maarten van Wijk', mailName: 'm.vanwijk', jobTitle: { nl: 'Beleidsadviseur klimaat en circulaire economie', en: 'Policy advisor climate and circular economy' }, department: { nl: 'Team Omgeving', en: 'Environment' }, consentRecording: true, consentQuoteByName: true, notes: none },
  { municipality: 'scherpenzeel', role: 'procurement', name: 'Erik Boonstra', mailName: 'e.boonstra', jobTitle: { nl: 'Inkoopcoördinator', en: 'Procurement coordinator' }, department: { nl: 'Bedrijfsvoering', en: 'Operations' }, consentRecording: true, consentQuoteByName: false, notes: none },
  { municipality: 'scherpenzeel', role: 'policy', name: 'Femke de Ruiter', mailName: 'f.deruiter', jobTitle: { nl: 'Beleidsmedewerker duurzaamheid', en: 'Sustainability policy officer' }, department: { nl: 'Team Ruimte', en: 'Spatial Planning' }, consentRecording: true, consentQuoteByName: false, notes: none },
  { municipality: 'veenendaal', role: 'procurement', name: 'Sandra Verbeek', mailName: 's.verbeek', jobTitle: { nl: 'Senior inkoopadviseur', en: 'Senior procurement advisor' }, department: { nl: 'Inkoop & Contractmanagement', en: 'Procurement & Contract Management' }, consentRecording: false, consentQuoteByName: false, notes: none },
  { municipality: 'veenendaal', role: 'policy', name: 'Stefan van Leeuwen', mailName: 's.vanleeuwen', jobTitle: { nl: 'Opgavemanager circulaire economie', en: 'Circular economy programme manager' }, department: { nl: 'Programma Circulaire Economie', en: 'Circular Economy Programme' }, consentRecording: true, consentQuoteByName: true, notes: none },
  { municipality: 'wageningen', role: 'procurement', name: 'Lieke Hermans', mailName: 'l.hermans', jobTitle: { nl: 'Inkoopadviseur duurzaam inkopen', en: 'Sustainable procurement advisor' }, department: { nl: 'Inkoop', en: 'Procurement' }, consentRecording: true, consentQuoteByName: false, notes: { nl: 'Trekker van het maandelijkse inkoopoverleg.', en: 'Chairs the monthly procurement meeting.' } },
  { municipality: 'wageningen', role: 'policy', name: 'Joost Vermeulen', mailName: 'j.vermeulen', jobTitle: { nl: 'Opgavemanager duurzaamheid', en: 'Sustainability programme manager' }, department: { nl: 'Opgave Klimaat & Circulair', en: 'Climate & Circular Programme' }, consentRecording: true, consentQuoteByName: true, notes: none },
];

export const interviewers = { lead: 'Iris Veldhuizen', second: 'Daan Schouten' } as const;

export interface DemoInterview {
  readonly municipality: string;
  readonly role: DemoRole;
  readonly scheduledAt: string;
  readonly interviewer: string;
  readonly mode: 'in_person' | 'video' | 'phone';
  readonly status: 'held' | 'processed' | 'validated';
  readonly summary: { readonly nl: string; readonly en: string };
}

// In the order they were held, Feb–Apr 2026; the last two are held but not yet processed.
export const interviewPlan: readonly DemoInterview[] = [
  {
    municipality: 'wageningen', role: 'procurement', scheduledAt: '2026-02-05T10:00', interviewer: interviewers.lead, mode: 'in_person', status: 'validated',
    summary: {
      nl: 'Wageningen heeft meetbare doelen voor circulair inkopen in het MVOI-actieplan en een maandelijks inkoopoverleg met beleid en budgethouders. Circulariteit is een standaardstap bij grotere aanbestedingen; meubilair en ICT worden met terugname of als dienst ingekocht. Aandachtspunten zijn effectmeting en de kleine inkopen buiten het zicht van inkoop.',
      en: 'Wageningen has measurable circular procurement goals in its MVOI action plan and a monthly procurement meeting with policy and budget holders. Circularity is a standard step in larger tenders; furniture and ICT are bought with take-back or as a service. Points of attention are measuring effects and small purchases outside procurement’s view.',
    },
  },
  {
    municipality: 'wageningen', role: 'policy', scheduledAt: '2026-02-05T13:30', interviewer: interviewers.lead, mode: 'in_person', status: 'validated',
    summary: {
      nl: 'Beleid ziet inkoop als instrument voor de doelen uit het programma; het eigenaarschap ligt deels bij de budgethouders. Het bestuur stuurt actief, maar de respondent vreest dat circulair bij een bezuinigingsronde weer als extra wordt gezien. Wil dat de regio de kleinere gemeenten helpt en dat er een gezamenlijke monitor komt.',
      en: 'Policy sees procurement as the instrument for the programme’s goals; ownership lies partly with budget holders. The board steers actively, but the respondent fears circularity will be seen as an extra again in a round of cuts. Wants the region to support the smaller municipalities and a shared monitor.',
    },
  },
  {
    municipality: 'ede', role: 'procurement', scheduledAt: '2026-02-10T09:30', interviewer: interviewers.lead, mode: 'in_person', status: 'validated',
    summary: {
      nl: 'Sterk in GWW: gunnen op MKI en met de CO2-Prestatieladder is daar gangbaar. Bij leveringen en diensten is circulariteit minder systematisch en voelt inkoop zich de enige eigenaar. Contractmanagement en de kleine inkopen zijn de zwakke plekken.',
      en: 'Strong in civil works: awarding on MKI and with the CO2 Performance Ladder is common there. For supplies and services circularity is less systematic and procurement feels it is the only owner. Contract management and small purchases are the weak spots.',
    },
  },
  {
    municipality: 'ede', role: 'policy', scheduledAt: '2026-02-12T14:00', interviewer: interviewers.second, mode: 'video', status: 'validated',
    summary: {
      nl: 'De ambitie staat scherp in het programma circulaire economie en het MVOI-actieplan, maar de doorvertaling naar de afdelingen blijft achter. De samenwerking met inkoop is ad hoc: goed bij grote projecten, afwezig bij kleinere trajecten. De respondent pleit voor opdrachtgeverschap bij de budgethouders.',
      en: 'The ambition is clearly set in the circular economy programme and the MVOI action plan, but translation into the departments lags behind. Cooperation with procurement is ad hoc: good on large projects, absent on smaller ones. The respondent argues for ownership by the budget holders.',
    },
  },
  {
    municipality: 'veenendaal', role: 'policy', scheduledAt: '2026-02-17T10:00', interviewer: interviewers.second, mode: 'in_person', status: 'validated',
    summary: {
      nl: 'Veenendaal heeft een actief lokaal netwerk van circulaire ondernemers en gebruikt dat bij marktconsultaties. De doelen zijn richtinggevend maar niet gekwantificeerd; beleid schuift aan bij grotere trajecten. Capaciteit en monitoring zijn de grootste knelpunten.',
      en: 'Veenendaal has an active local network of circular entrepreneurs and uses it for market consultations. Goals give direction but are not quantified; policy joins larger tenders. Capacity and monitoring are the main bottlenecks.',
    },
  },
  {
    municipality: 'veenendaal', role: 'procurement', scheduledAt: '2026-02-19T13:00', interviewer: interviewers.lead, mode: 'video', status: 'validated',
    summary: {
      nl: 'Inkoop neemt circulariteit mee bij geselecteerde productgroepen (werkkleding, meubilair) en doet daar marktconsultaties voor. De respondent ervaart dat circulair vooral bij inkoop wordt neergelegd en dat beleid laat aanhaakt. Wil van het incidentele karakter af, bijvoorbeeld met een pas-toe-of-leg-uitregel.',
      en: 'Procurement includes circularity for selected product groups (workwear, furniture) and runs market consultations for them. The respondent finds that circularity is mostly left to procurement and that policy joins late. Wants to move beyond incidental efforts, e.g. with a comply-or-explain rule.',
    },
  },
  {
    municipality: 'barneveld', role: 'procurement', scheduledAt: '2026-02-24T09:00', interviewer: interviewers.lead, mode: 'in_person', status: 'validated',
    summary: {
      nl: 'Inkoop is centraal georganiseerd en past de MVI-criteria meestal op basisniveau toe. Circulariteit is persoonsafhankelijk en komt pas in beeld bij het opstellen van de stukken. De respondent mist concrete doelen van beleid en ziet kansen bij werkkleding en ICT.',
      en: 'Procurement is centralised and usually applies the MVI criteria at basic level. Circularity depends on individuals and only comes up when the tender documents are written. The respondent misses concrete goals from policy and sees opportunities in workwear and ICT.',
    },
  },
  {
    municipality: 'barneveld', role: 'policy', scheduledAt: '2026-02-24T11:00', interviewer: interviewers.lead, mode: 'in_person', status: 'processed',
    summary: {
      nl: 'Beleid heeft richtinggevende circulaire doelen, maar die zijn niet vertaald naar de eigen inkoop en er hangt geen budget aan. De respondent heeft geen zicht op lopende aanbestedingen en wil een vast overleg met inkoop. Effecten worden niet gemeten.',
      en: 'Policy has circular goals that give direction, but they are not translated into the municipality’s own purchasing and have no budget. The respondent has no view of upcoming tenders and wants a regular meeting with procurement. Effects are not measured.',
    },
  },
  {
    municipality: 'nijkerk', role: 'procurement', scheduledAt: '2026-03-03T10:30', interviewer: interviewers.second, mode: 'in_person', status: 'processed',
    summary: {
      nl: 'Inkoop is hybride georganiseerd; afdelingen bestellen grotendeels zelf, waardoor veel inkopen buiten het zicht van inkoop blijven. Er is per project contact met beleid, zonder vaste afspraken. De respondent ziet een gezamenlijke regionale aanbesteding als beste kans.',
      en: 'Procurement is organised in a hybrid way; departments largely order themselves, so many purchases stay outside procurement’s view. There is contact with policy per project, without fixed arrangements. The respondent sees a joint regional tender as the best opportunity.',
    },
  },
  {
    municipality: 'nijkerk', role: 'policy', scheduledAt: '2026-03-05T15:00', interviewer: interviewers.second, mode: 'video', status: 'processed',
    summary: {
      nl: 'Het coalitieakkoord noemt circulair, maar zonder streefwaarden; de vertaling naar inkoop ontbreekt. De samenwerking met inkoop is informeel goed, maar niet structureel. De respondent wil de nieuwe coalitieperiode gebruiken om doelen concreet te maken.',
      en: 'The coalition agreement mentions circularity, but without targets; the translation into procurement is missing. Cooperation with procurement is informally good but not structural. The respondent wants to use the new coalition period to make goals concrete.',
    },
  },
  {
    municipality: 'rhenen', role: 'policy', scheduledAt: '2026-03-10T09:30', interviewer: interviewers.lead, mode: 'in_person', status: 'processed',
    summary: {
      nl: 'Circulaire economie staat in de klimaatagenda, maar vooral als afvalthema; voor de eigen inkoop zijn er geen doelen. De respondent heeft weinig tijd en geen zicht op wat er wordt ingekocht. Ziet een rol voor het Living Lab bij kennisdeling en een gedeelde definitie.',
      en: 'The circular economy is part of the climate agenda, but mainly as a waste topic; there are no goals for the municipality’s own purchasing. The respondent has little time and no view of what is bought. Sees a role for the Living Lab in sharing knowledge and a common definition.',
    },
  },
  {
    municipality: 'rhenen', role: 'procurement', scheduledAt: '2026-03-17T13:30', interviewer: interviewers.lead, mode: 'phone', status: 'processed',
    summary: {
      nl: 'Europese aanbestedingen lopen via een extern inkoopbureau; de respondent doet zelf de kleinere trajecten. Circulariteit komt incidenteel aan bod, meestal op initiatief van een leverancier. De respondent wist niet of de gemeente het Manifest MVOI heeft ondertekend.',
      en: 'EU tenders run through an external procurement office; the respondent handles the smaller purchases. Circularity comes up occasionally, usually at a supplier’s initiative. The respondent did not know whether the municipality has signed the Manifest MVOI.',
    },
  },
  {
    municipality: 'scherpenzeel', role: 'procurement', scheduledAt: '2026-03-24T10:00', interviewer: interviewers.second, mode: 'in_person', status: 'processed',
    summary: {
      nl: 'Inkoop is een taak naast andere; circulair inkopen is nog geen onderwerp. Er zijn geen contracten met circulaire afspraken en er is geen marktcontact. De respondent staat open voor regionale ondersteuning en wil met een quick win beginnen.',
      en: 'Procurement is one task among others; circular procurement is not yet on the agenda. There are no contracts with circular clauses and no market contact. The respondent is open to regional support and wants to start with a quick win.',
    },
  },
  {
    municipality: 'scherpenzeel', role: 'policy', scheduledAt: '2026-03-26T14:00', interviewer: interviewers.lead, mode: 'video', status: 'processed',
    summary: {
      nl: 'Duurzaamheid staat op de agenda, maar circulair inkopen wordt gezien als iets van inkoop. Er zijn geen doelen en geen middelen voor. De respondent wil de nieuwe coalitie benutten en vraagt om voorbeelden van gemeenten van vergelijkbare omvang.',
      en: 'Sustainability is on the agenda, but circular procurement is seen as procurement’s business. There are no goals and no resources for it. The respondent wants to use the new coalition and asks for examples from municipalities of similar size.',
    },
  },
  {
    municipality: 'renswoude', role: 'policy', scheduledAt: '2026-04-07T10:00', interviewer: interviewers.lead, mode: 'in_person', status: 'held',
    summary: {
      nl: 'In de kleine organisatie zijn de lijnen kort: beleid en inkoop spreken elkaar dagelijks, maar circulair inkopen komt daarbij niet ter sprake. Er zijn geen doelen en geen capaciteit. Ziet veel in een gedeelde regionale adviseur.',
      en: 'In the small organisation lines are short: policy and procurement talk daily, but circular procurement never comes up. There are no goals and no capacity. Sees a lot in a shared regional advisor.',
    },
  },
  {
    municipality: 'renswoude', role: 'procurement', scheduledAt: '2026-04-14T10:00', interviewer: interviewers.lead, mode: 'in_person', status: 'held',
    summary: {
      nl: 'De respondent doet inkoop, contractbeheer en verzekeringen tegelijk; circulariteit speelt in de inkoop geen rol. Grotere aanbestedingen lopen samen met een buurgemeente. Nog uitwerken en aanvullen met het contractoverzicht dat de respondent nastuurt.',
      en: 'The respondent handles procurement, contract management and insurance at once; circularity plays no role in purchasing. Larger tenders run together with a neighbouring municipality. Still to be processed and completed with the contract list the respondent will send.',
    },
  },
];

export function municipality(key: string): DemoMunicipality {
  const found = municipalities.find((m) => m.key === key);
  if (!found) throw new Error(`unknown demo municipality ${key}`);
  return found;
}

/** The respondent's level on a dimension ('D1'..'D8'). */
export function levelOn(m: DemoMunicipality, role: DemoRole, dimension: string): Level {
  const index = Number(dimension.slice(1)) - 1;
  const level = m.profile[role][index];
  if (level === undefined) throw new Error(`unknown dimension ${dimension}`);
  return level;
}

export function bandOf(level: number): Band {
  if (level <= 1) return 1;
  if (level === 2) return 2;
  if (level === 3) return 3;
  return 4;
}

/** The band of the respondent's overall maturity (mean of D1..D8). */
export function overallBand(m: DemoMunicipality, role: DemoRole): Band {
  const levels = m.profile[role];
  return bandOf(Math.round(levels.reduce((sum, l) => sum + l, 0) / levels.length));
}
