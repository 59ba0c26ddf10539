// The engagement around the interviews: the inventory itself, the knowledge session with its outcome notes, and
// the recommendations. Dutch and English; the findings echo the real Regio Foodvalley inventory in our own words.
import type { Language } from '../../../shared/i18n/languages';
import type { NoteKind } from './notes';

type Text = { readonly nl: string; readonly en: string };

export function inventoryFields(language: Language) {
  return {
    title: language === 'nl' ? 'Inventarisatie circulair inkopen Regio Foodvalley' : 'Inventory of circular procurement in Regio Foodvalley',
    client: 'Living Lab Regio Foodvalley Circulair',
    region: 'Regio Foodvalley',
    periodStart: '2026-02-02',
    periodEnd: '2026-06-30',
    description: description[language],
    language,
  };
}

const description: Text = {
  nl: [
    'In opdracht van het Living Lab Regio Foodvalley Circulair brengen we in kaart hoe circulair inkopen is georganiseerd bij de acht gemeenten van Regio Foodvalley: Barneveld, Ede, Nijkerk, Renswoude, Rhenen, Scherpenzeel, Veenendaal en Wageningen.',
    'Per gemeente spreken we een inkoopadviseur en een beleidsmedewerker duurzaamheid of circulaire economie, aan de hand van de standaard interviewleidraad. We scoren de volwassenheid op acht dimensies, coderen kansen en knelpunten, en bespreken de bevindingen in een kennissessie met dezelfde groep. Centrale vragen: waar staat elke gemeente, welke knelpunten en kansen keren terug, en hoe verschilt het beeld van inkoop en beleid?',
    'Let op: dit is een voorbeeldbestand. Alle personen, antwoorden, scores en bevindingen zijn verzonnen en zeggen niets over de werkelijke situatie in deze gemeenten.',
  ].join('\n\n'),
  en: [
    'Commissioned by the Living Lab Regio Foodvalley Circulair, we map how circular procurement is organised in the eight municipalities of Regio Foodvalley: Barneveld, Ede, Nijkerk, Renswoude, Rhenen, Scherpenzeel, Veenendaal and Wageningen.',
    'In each municipality we interview a procurement advisor and a sustainability or circular-economy policy officer, following the default interview guide. We score maturity on eight dimensions, code opportunities and bottlenecks, and discuss the findings in a knowledge session with the same group. Key questions: where does each municipality stand, which bottlenecks and opportunities recur, and how do the views of procurement and policy differ?',
    'The interviews were held in Dutch; answers and interview notes are kept in Dutch as typed.',
    'Note: this is a sample file. All people, answers, scores and findings are made up and say nothing about the actual situation in these municipalities.',
  ].join('\n\n'),
};

/** The respondents invited to the session who came: municipality key and role. */
export const sessionParticipants: readonly (readonly [string, 'procurement' | 'policy'])[] = [
  ['wageningen', 'procurement'],
  ['wageningen', 'policy'],
  ['ede', 'procurement'],
  ['ede', 'policy'],
  ['veenendaal', 'policy'],
  ['barneveld', 'procurement'],
  ['barneveld', 'policy'],
  ['nijkerk', 'policy'],
  ['rhenen', 'procurement'],
  ['scherpenzeel', 'policy'],
];

export const session = {
  title: { nl: 'Kennissessie circulair inkopen Regio Foodvalley', en: 'Knowledge session on circular procurement, Regio Foodvalley' },
  heldOn: '2026-05-21',
  location: { nl: 'Ede, gemeentehuis (raadzaal)', en: 'Ede, town hall (council chamber)' },
  otherParticipants: {
    nl: [
      'Hanneke Smits – programmamanager Living Lab Regio Foodvalley Circulair',
      'Nadia El Amrani – werkplaatsleider circulair inkopen, Living Lab',
      'Iris Veldhuizen – onderzoeker, gespreksleiding',
      'Daan Schouten – onderzoeker, verslag',
    ].join('\n'),
    en: [
      'Hanneke Smits – programme manager, Living Lab Regio Foodvalley Circulair',
      'Nadia El Amrani – workshop lead circular procurement, Living Lab',
      'Iris Veldhuizen – researcher, facilitator',
      'Daan Schouten – researcher, minutes',
    ].join('\n'),
  },
  agenda: {
    nl: [
      '13.30 Welkom en doel van de middag (Living Lab)',
      '13.40 Terugblik op de interviews: waar staan we per gemeente (heatmap)',
      '14.10 Knelpunten en kansen: wat herkent u?',
      '14.40 Pauze',
      '14.55 In groepen: hoe verbinden we beleid, budgethouders en inkoop?',
      '15.40 De rol van de regio en het Living Lab',
      '16.10 Afspraken en vervolg',
      '16.30 Afsluiting',
    ].join('\n'),
    en: [
      '13:30 Welcome and purpose of the afternoon (Living Lab)',
      '13:40 Looking back on the interviews: where each municipality stands (heat map)',
      '14:10 Bottlenecks and opportunities: what do you recognise?',
      '14:40 Break',
      '14:55 In groups: how do we connect policy, budget holders and procurement?',
      '15:40 The role of the region and the Living Lab',
      '16:10 Agreements and next steps',
      '16:30 Close',
    ].join('\n'),
  },
  outcomes: {
    nl: [
      '1. Circulair inkopen is geen zaak van inkoop alleen. De deelnemers herkenden het beeld uit de interviews: circulair wordt vaak bij de inkoopafdeling neergelegd, terwijl de keuze ervoor eerder moet vallen – in het beleid, in de begroting en bij de budgethouder die de behoefte formuleert. Meerdere deelnemers spraken liever van ‘circulair opdrachtgeven’ of ‘circulair werken’.',
      '2. Doelen vooraf, inkoop als instrument. Concrete doelen per productgroep en ruimte voor eventuele meerkosten horen in beleid en begroting te staan voordat een traject start. Dan kan inkoop ze vertalen naar eisen, gunningscriteria en contractafspraken.',
      '3. De verbindingen zijn de sleutel. Waar inkoop, beleid en budgethouders elkaar vroeg en structureel spreken (vast overleg, gedeelde inkoopkalender), komt circulair inkopen duidelijk beter van de grond dan waar dat incidenteel gebeurt. De verschillen tussen de antwoorden van inkoop en beleid binnen dezelfde gemeente laten dat zien.',
      '4. Geen gedeelde definitie. ‘Circulair’ wordt verschillend uitgelegd en door elkaar gebruikt met duurzaam en MVI. Een regionale werkdefinitie en een basisset eisen per productgroep helpen, ook leveranciers.',
      '5. Rol van de regio: meer eenheid en een gezamenlijke aanpak. Gevraagd worden een lerend netwerk voor inkopers én beleidsmedewerkers, een gezamenlijke pilotaanbesteding en ondersteuning voor de kleinere gemeenten.',
      'Vervolg: het Living Lab werkt voor het najaar een voorstel uit; de deelnemers bespreken de bevindingen in hun eigen MT.',
    ].join('\n\n'),
    en: [
      '1. Circular procurement is not for procurement alone. Participants recognised the picture from the interviews: circularity is often left to the procurement department, while the choice for it must be made earlier – in policy, in the budget and by the budget holder who defines the need. Several participants preferred to speak of ‘circular commissioning’ or ‘working circularly’.',
      '2. Goals first, procurement as the instrument. Concrete goals per product group and room for possible extra costs belong in policy and the budget before a purchase starts. Procurement can then translate them into requirements, award criteria and contract clauses.',
      '3. Connections are the key. Where procurement, policy and budget holders talk early and regularly (a standing meeting, a shared procurement calendar), circular procurement clearly gets further than where this happens only now and then. The differences between procurement and policy answers within the same municipality show this.',
      '4. No shared definition. ‘Circular’ is understood differently and used interchangeably with sustainable and MVI. A regional working definition and a basic set of requirements per product group would help, suppliers included.',
      '5. Role of the region: more uniformity and a joint approach. Participants ask for a learning network of procurement and policy officers together, a joint pilot tender and support for the smaller municipalities.',
      'Next steps: the Living Lab will draft a proposal before the autumn; participants will discuss the findings with their own management teams.',
    ].join('\n\n'),
  },
} as const;

export interface DemoOutcomeNote {
  readonly kind: NoteKind;
  readonly codes: readonly string[];
  readonly text: Text;
}

export const sessionNotes: readonly DemoOutcomeNote[] = [
  {
    kind: 'observation',
    codes: ['EIGEN', 'VERB'],
    text: {
      nl: 'Alle aanwezigen herkennen het beeld: circulair inkopen wordt bij inkoop neergelegd, terwijl de keuze voor circulair eerder in het proces moet vallen, bij beleid en de budgethouder.',
      en: 'Everyone present recognises the picture: circular procurement is left to procurement, while the choice for circularity must be made earlier, by policy and the budget holder.',
    },
  },
  {
    kind: 'knelpunt',
    codes: ['DEF'],
    text: {
      nl: 'Er is geen gedeelde definitie van circulair; deelnemers gebruiken duurzaam, circulair en MVI door elkaar. Dat maakt het ook voor leveranciers onduidelijk.',
      en: 'There is no shared definition of circular; participants use sustainable, circular and MVI interchangeably. That also confuses suppliers.',
    },
  },
  {
    kind: 'kans',
    codes: ['DOEL', 'VERB', 'KOSTEN'],
    text: {
      nl: 'Gedeelde conclusie: circulaire doelen en de ruimte voor eventuele meerkosten horen vooraf in beleid en begroting; inkoop is het instrument om ze waar te maken.',
      en: 'Shared conclusion: circular goals and room for possible extra costs belong in policy and the budget up front; procurement is the instrument to deliver them.',
    },
  },
  {
    kind: 'quote',
    codes: ['VERB', 'EIGEN'],
    text: {
      nl: '“Eigenlijk moeten we het niet over circulair inkopen hebben, maar over circulair werken. Inkopen is het laatste stapje.” (deelnemer, beleid)',
      en: '“Really, we shouldn’t be talking about circular procurement but about working circularly. Buying is the last little step.” (participant, policy)',
    },
  },
  {
    kind: 'observation',
    codes: ['VERB', 'GEBR'],
    text: {
      nl: 'De verbindingen binnen de organisatie (inkoop, beleid, budgethouders, contractmanagement) worden unaniem de belangrijkste succesfactor genoemd, belangrijker dan instrumenten.',
      en: 'The connections inside the organisation (procurement, policy, budget holders, contract management) are unanimously named the most important success factor, more than instruments.',
    },
  },
  {
    kind: 'kans',
    codes: ['REGIO', 'PILOT', 'MARKT'],
    text: {
      nl: 'Voorstel: één gezamenlijke regionale pilotaanbesteding (werkkleding of ICT-hardware), met een gezamenlijke marktconsultatie en de kleinere gemeenten als deelnemer.',
      en: 'Proposal: one joint regional pilot tender (workwear or ICT hardware), with a joint market consultation and the smaller municipalities taking part.',
    },
  },
  {
    kind: 'action',
    codes: ['REGIO', 'DEF'],
    text: {
      nl: 'Actie Living Lab: voor het najaar een voorstel voor een regionale werkdefinitie van circulair inkopen en een lerend netwerk van inkopers én beleidsmedewerkers.',
      en: 'Action for the Living Lab: before the autumn, a proposal for a regional working definition of circular procurement and a learning network of procurement and policy officers together.',
    },
  },
];

export interface DemoRecommendation {
  readonly addressedTo: 'municipality' | 'region' | 'procurement' | 'policy';
  /** A municipality key, for a recommendation to one municipality. */
  readonly municipality?: string;
  readonly priority: 'high' | 'medium' | 'low';
  readonly codes: readonly string[];
  readonly text: Text;
}

export const recommendations: readonly DemoRecommendation[] = [
  {
    addressedTo: 'municipality',
    priority: 'high',
    codes: ['EIGEN', 'BESTUUR'],
    text: {
      nl: 'Beleg het eigenaarschap van circulair inkopen bij de budgethouders en de directie, niet alleen bij inkoop. Neem circulaire ambities op in de afdelingsplannen en laat het MT er jaarlijks op sturen.',
      en: 'Place ownership of circular procurement with budget holders and management, not only with procurement. Include circular ambitions in departmental plans and have the management team steer on them every year.',
    },
  },
  {
    addressedTo: 'policy',
    priority: 'high',
    codes: ['DOEL', 'KOSTEN'],
    text: {
      nl: 'Leg circulaire doelen vroeg en concreet vast in beleid en begroting: per prioritaire productgroep een meetbaar doel met jaartal, inclusief ruimte voor eventuele meerkosten. Dan kan inkoop er als instrument mee aan de slag.',
      en: 'Set circular goals early and concretely in policy and the budget: a measurable, dated goal per priority product group, including room for possible extra costs. Procurement can then act on them as the instrument.',
    },
  },
  {
    addressedTo: 'procurement',
    priority: 'high',
    codes: ['VERB', 'KLEIN'],
    text: {
      nl: 'Organiseer een vast moment waarop inkoop, beleid en budgethouders samen de inkoopkalender doorlopen (bijvoorbeeld elk kwartaal), zodat circulaire kansen al bij de behoeftebepaling worden benut en niet pas bij het bestek.',
      en: 'Set up a regular moment (e.g. quarterly) where procurement, policy and budget holders go through the procurement calendar together, so that circular opportunities are taken up when the need is defined, not only when the tender is written.',
    },
  },
  {
    addressedTo: 'region',
    priority: 'medium',
    codes: ['REGIO', 'DEF', 'KENNIS'],
    text: {
      nl: 'Stel als regio een gedeelde werkdefinitie van circulair inkopen en een basisset eisen per productgroep op, en richt via het Living Lab een lerend netwerk op waarin inkopers en beleidsmedewerkers samen deelnemen.',
      en: 'As a region, agree a shared working definition of circular procurement and a basic set of requirements per product group, and set up a learning network through the Living Lab in which procurement and policy officers take part together.',
    },
  },
  {
    addressedTo: 'region',
    priority: 'medium',
    codes: ['REGIO', 'PILOT', 'MARKT', 'CAP'],
    text: {
      nl: 'Start een gezamenlijke regionale pilotaanbesteding voor een productgroep die alle gemeenten hebben (werkkleding of ICT-hardware), met een gezamenlijke marktconsultatie. Laat de kleinere gemeenten aanhaken zonder dat ze zelf voorbereidingscapaciteit hoeven te leveren.',
      en: 'Start a joint regional pilot tender for a product group every municipality has (workwear or ICT hardware), with a joint market consultation. Let the smaller municipalities join without having to provide preparation capacity themselves.',
    },
  },
  {
    addressedTo: 'procurement',
    priority: 'medium',
    codes: ['BORG', 'MONI'],
    text: {
      nl: 'Neem circulaire afspraken als KPI’s op in het contract en beleg de controle bij contractmanagement; leg de resultaten periodiek terug bij beleid, zodat de volgende aanbesteding ervan leert.',
      en: 'Write circular commitments into the contract as KPIs and make contract management responsible for checking them; report the results back to policy regularly so that the next tender learns from them.',
    },
  },
  {
    addressedTo: 'policy',
    priority: 'low',
    codes: ['MONI', 'REGIO'],
    text: {
      nl: 'Ontwikkel samen met de regio een eenvoudige monitor: eerst het aandeel aanbestedingen met circulaire criteria, daarna de effecten (CO2, grondstoffen) voor de prioritaire productgroepen.',
      en: 'Develop a simple monitor together with the region: first the share of tenders with circular criteria, then the effects (CO2, raw materials) for the priority product groups.',
    },
  },
  {
    addressedTo: 'municipality',
    municipality: 'renswoude',
    priority: 'high',
    codes: ['CAP', 'PILOT', 'REGIO'],
    text: {
      nl: 'Benoem één trekker, ook al is het maar voor een paar uur per week, en begin met een zichtbare quick win zoals hergebruik van meubilair. Maak gebruik van regionale ondersteuning (voorbeeldbestekken, een gedeelde adviseur) in plaats van alles zelf op te bouwen.',
      en: 'Appoint one lead, even if only for a few hours a week, and start with a visible quick win such as reusing furniture. Use regional support (model tender texts, a shared advisor) instead of building everything yourselves.',
    },
  },
  {
    addressedTo: 'municipality',
    municipality: 'wageningen',
    priority: 'medium',
    codes: ['REGIO', 'KETEN'],
    text: {
      nl: 'Deel de aanpak en bestekken voor meubilair en ICT actief in de regio en neem een trekkende rol in het lerend netwerk. Richt de eigen volgende stap op effectmeting en op de kleine inkopen.',
      en: 'Share the approach and tender documents for furniture and ICT actively in the region and take a leading role in the learning network. Aim the next step at home at measuring effects and at small purchases.',
    },
  },
];
