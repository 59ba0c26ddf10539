// Quick notes typed during the interviews (Dutch): quotes, knelpunten, kansen, observations and actions, each tied to
// the question it came up at and coded with the codebook. Bands and voices work as in the open-answer bank; a note's
// band is read on the dimension of its question's section (section 9, the closing one, uses the overall band).
import type { Voice } from './open-answers';
import type { Band, DemoRole } from './profiles';
import type { Random } from './random';

export type NoteKind = 'observation' | 'kans' | 'knelpunt' | 'quote' | 'action';

export interface NoteEntry {
  readonly kind: NoteKind;
  /** The guide question it was typed at. */
  readonly question: string;
  readonly bands: string;
  readonly voice: Voice;
  readonly codes: readonly string[];
  readonly text: string;
  /** Only for these municipalities (comma-separated keys), when the note states a fact about them. */
  readonly only?: string;
}

const note = (kind: NoteKind, question: string, bands: string, voice: Voice, codes: readonly string[], text: string, only?: string): NoteEntry =>
  only ? { kind, question, bands, voice, codes, text, only } : { kind, question, bands, voice, codes, text };

export const interviewNotes: readonly NoteEntry[] = [
  // Quotes: what the respondent said, as near to verbatim as typing allowed.
  note('quote', '9.1', '1', 'p', ['CAP'], '“Ik ben hier de inkoopafdeling, de contractbeheerder en de verzekeringsman tegelijk. Circulair komt er gewoon niet bij.”', 'renswoude'),
  note('quote', '2.1', '1', 'b', ['EIGEN', 'DEF'], '“Circulair inkopen? Dat is toch iets van inkoop? Zo wordt er hier over gedacht, en eerlijk gezegd dacht ik dat zelf ook.”'),
  note('quote', '1.1', '1', 'x', ['DOEL'], '“We hebben een klimaatagenda, maar als je op het woord circulair zoekt, vind je het één keer.”'),
  note('quote', '7.4', '12', 'p', ['KENNIS', 'JURID'], '“Ik durf geen eisen te stellen die ik zelf niet kan onderbouwen. Dan krijg je vragen in de nota van inlichtingen en sta je met lege handen.”'),
  note('quote', '9.3', '1', 'x', ['REGIO'], '“Wij hoeven niet voorop te lopen. Als de regio iets heeft, haken we graag aan.”'),
  note('quote', '2.5', '2', 'p', ['EIGEN', 'VERB'], '“Iedereen kijkt naar inkoop als het over circulair gaat. Maar wij kopen niets voor onszelf; de vraag komt van de afdelingen.”'),
  note('quote', '3.5', '2', 'p', ['VERB'], '“Beleid komt twee weken voor publicatie vragen of er nog iets circulairs in kan. Dan is de trein al vertrokken.”'),
  note('quote', '1.3', '2', 'b', ['DOEL', 'DEF'], '“‘Circulair waar mogelijk’ – elke afdeling leest daarin dat het bij hen toevallig niet mogelijk is.”'),
  note('quote', '9.1', '2', 'p', ['KOSTEN'], '“De laagste prijs wint. Niet omdat iemand dat zo wil, maar omdat het budget vaststaat voordat wij erbij komen.”'),
  note('quote', '3.3', '2', 'b', ['VERB'], '“Ik hoor pas van een aanbesteding als het contract al getekend is. Dan kan ik alleen nog zeggen: jammer.”'),
  note('quote', '7.2', '2', 'b', ['CAP'], '“Circulaire economie is één regel in mijn functieomschrijving, naast afval, de RES en de voedselstrategie.”'),
  note('quote', '2.3', '2', 'x', ['BESTUUR', 'KOSTEN'], '“De wethouder vindt het belangrijk, zegt hij. Maar als het duurder wordt, is het gesprek snel klaar.”'),
  note('quote', '2.5', '3', 'p', ['GEBR', 'BORG'], '“Als ik morgen vertrek, weet ik niet of het doorgaat. Het zit in mensen, niet in de organisatie.”'),
  note('quote', '4.5', '3', 'p', ['BORG'], '“We schrijven prachtige eisen in het bestek, en daarna verdwijnt het contract in een la bij de afdeling.”'),
  note('quote', '3.5', '3', 'b', ['VERB', 'PILOT'], '“Bij het stadskantoor zaten we vanaf dag één samen aan tafel. Dat moet de norm worden, niet de uitzondering.”'),
  note('quote', '8.1', '3', 'b', ['MONI'], '“De raad vraagt wat het oplevert, en ik kan alleen mooie voorbeelden noemen. Geen cijfers.”'),
  note('quote', '9.3', '3', 'x', ['KETEN', 'PILOT'], '“Als de leverancier eigenaar blijft van de stoel, heeft hij er zelf belang bij dat die stoel twintig jaar meegaat.”'),
  note('quote', '1.1', '4', 'b', ['DOEL', 'VERB'], '“Inkoop is het instrument. Of iets circulair moet, beslissen we in het beleid, het liefst al bij de begroting.”'),
  note('quote', '6.5', '4', 'p', ['REGIO', 'MARKT'], '“Voor sommige dingen zijn wij gewoon te klein om de markt te bewegen. Met acht gemeenten samen lukt dat wel.”'),
  note('quote', '9.1', '34', 'x', ['MONI'], '“We tellen aanbestedingen, maar eigenlijk wil je weten hoeveel grondstoffen en CO2 het scheelt.”'),

  note('quote', '3.3', '12', 'x', ['VERB'], '“We weten elkaar te vinden als het moet. Maar het moet eigenlijk nooit, dus we vinden elkaar ook niet.”'),
  note('quote', '1.3', '4', 'b', ['DOEL'], '“Zonder jaartal en percentage is een doel een wens. Dat hebben we geleerd.”'),
  note('quote', '2.2', '2', 'b', ['EIGEN', 'GEBR'], '“Iedereen vindt het belangrijk, maar niemand voelt zich verantwoordelijk. Dan kom je al snel bij mij of bij inkoop uit.”'),

  // Knelpunten.
  note('knelpunt', '7.2', '1', 'p', ['CAP'], 'Inkoop is één persoon (0,8 fte) voor alle inkoop en het contractbeheer; geen ruimte voor marktconsultaties of extra eisen.'),
  note('knelpunt', '2.1', '1', 'b', ['EIGEN', 'BESTUUR'], 'Niemand heeft circulair inkopen in de opdracht. Beleid ziet het als taak van inkoop; inkoop heeft er geen mandaat voor.'),
  note('knelpunt', '1.1', '1', 'x', ['DEF', 'DOEL'], 'Geen eigen definitie van circulair; respondent gebruikt duurzaam, circulair en MVI door elkaar.'),
  note('knelpunt', '4.4', '12', 'p', ['KLEIN'], 'Het grootste deel van de inkopen valt onder de drempel en wordt door de afdelingen zelf gedaan; daar speelt circulariteit geen rol.'),
  note('knelpunt', '9.1', '1', 'b', ['KENNIS'], 'Respondent weet niet waar te beginnen; kent de MVI-criteriatool en PIANOo niet.'),
  note('knelpunt', '3.2', '2', 'p', ['VERB', 'EIGEN'], 'Circulaire doelen komen pas in beeld bij het schrijven van de aanbestedingsstukken; de behoefte is dan al door de afdeling bepaald.'),
  note('knelpunt', '9.1', '2', 'p', ['JURID'], 'Angst voor bezwaren van inschrijvers bij eisen die de markt niet kent; liever een standaardbestek.'),
  note('knelpunt', '4.4', '2', 'p', ['KLEIN', 'GEBR'], 'Meervoudig onderhandse trajecten lopen buiten inkoop om; afdelingen vragen drie offertes op en kiezen de laagste.'),
  note('knelpunt', '1.3', '2', 'b', ['DOEL'], 'Doelen uit het duurzaamheidsprogramma zijn niet vertaald naar productgroepen of inkoopdoelen; inkoop kan er niets mee.'),
  note('knelpunt', '3.1', '2', 'b', ['VERB', 'CAP'], 'Geen vast overleg met inkoop; alleen contact als er een raadsvraag ligt.'),
  note('knelpunt', '2.3', '2', 'b', ['BESTUUR', 'KOSTEN'], 'Bestuurlijke steun is mondeling; zodra er meerkosten zijn, valt de keuze op de goedkoopste optie.'),
  note('knelpunt', '9.1', '23', 'x', ['KOSTEN'], 'Budgetten worden per afdeling vastgesteld op basis van de historische kosten; eventuele meerkosten van circulair passen daar niet in.'),
  note('knelpunt', '4.5', '3', 'p', ['BORG'], 'Na de gunning gaat het contract naar de vakafdeling; niemand controleert de circulaire afspraken.'),
  note('knelpunt', '2.2', '3', 'p', ['EIGEN', 'GEBR'], 'Circulair hangt af van een paar enthousiaste collega’s; als zij vertrekken, valt het weg.'),
  note('knelpunt', '8.2', '3', 'b', ['MONI'], 'Geen effectmeting; alleen een lijst van aanbestedingen met criteria, terwijl de raad om resultaten vraagt.'),
  note('knelpunt', '9.1', '3', 'b', ['CAP', 'KENNIS'], 'Kennis zit bij een kleine groep; budgethouders en projectleiders weten weinig van de circulaire mogelijkheden.'),
  note('knelpunt', '5.5', '34', 'p', ['BORG', 'MONI'], 'Steekproef in het ICT-contract: aandeel refurbished laptops veel lager dan afgesproken, en niemand had het gemerkt.', 'wageningen,barneveld'),
  note('knelpunt', '6.4', '4', 'p', ['MARKT'], 'Voor specialistische voertuigen en machines is nauwelijks circulair aanbod; de markt volgt hier (nog) niet.'),
  note('knelpunt', '9.1', '4', 'b', ['BESTUUR', 'KOSTEN'], 'Er komt een bezuinigingsronde aan; sommige MT-leden zien circulair weer als extraatje.'),

  note('knelpunt', '3.3', '2', 'b', ['VERB', 'KLEIN'], 'Beleid ziet de inkoopkalender niet en hoort pas van trajecten als ze al lopen; van kleine inkopen helemaal niet.'),
  note('knelpunt', '7.2', '12', 'b', ['CAP'], 'Respondent heeft circulaire economie naast drie andere dossiers; er zijn geen uren specifiek voor inkoop.'),
  note('knelpunt', '1.3', '34', 'b', ['DOEL', 'KOSTEN'], 'Doelen zijn vastgesteld, maar er is geen budget voor eventuele meerkosten; afdelingen moeten het uit eigen middelen betalen.'),

  // Kansen.
  note('kans', '9.3', '1', 'p', ['REGIO', 'PILOT'], 'Wil graag aanhaken bij een regionale aanbesteding werkkleding; het eigen contract loopt in 2027 af.'),
  note('kans', '9.3', '1', 'b', ['PILOT', 'GEBR'], 'Het meubilair in het gemeentehuis is verouderd en de vervanging staat gepland: kans voor hergebruik-eerst als zichtbaar voorbeeld.'),
  note('kans', '6.3', '12', 'x', ['REGIO'], 'Grote bereidheid om regionaal samen te werken; een gedeelde adviseur voor de kleinere gemeenten wordt genoemd.'),
  note('kans', '2.3', '1', 'b', ['BESTUUR', 'DOEL'], 'Nieuwe coalitie na de verkiezingen: moment om circulair inkopen concreet in het akkoord te krijgen.'),
  note('kans', '9.3', '1', 'p', ['KOSTEN', 'PILOT'], 'Het opknappen van bureaustoelen bleek goedkoper dan nieuw; bruikbaar argument richting bestuur.'),
  note('kans', '9.3', '2', 'p', ['PILOT', 'MARKT'], 'Werkkleding en ICT-hardware genoemd als productgroepen waar de markt al ver is; beide contracten lopen binnen twee jaar af.'),
  note('kans', '3.1', '2', 'p', ['VERB'], 'Er bestaat al een inkoopkalender met aflopende contracten; die kan met beleid gedeeld worden om eerder aan te haken.'),
  note('kans', '6.5', '2', 'p', ['REGIO', 'MARKT'], 'Suggestie: een gezamenlijke marktconsultatie met de Foodvalley-gemeenten; één gemeente is voor leveranciers te klein.'),
  note('kans', '1.4', '23', 'b', ['DOEL', 'INSTR'], 'Het MVOI-actieplan moet nog geschreven worden: kans om dat samen met inkoop en de budgethouders te doen.', 'barneveld,nijkerk'),
  note('kans', '9.3', '2', 'b', ['PILOT'], 'De openbare ruimte heeft de grootste materiaalstromen; de wegbeheerders staan open voor proeven met secundair asfalt.'),
  note('kans', '6.4', '23', 'x', ['MARKT', 'KETEN'], 'Lokale ondernemers kunnen meer dan gedacht (onder meer refurbish van meubilair in de regio); er wordt alleen nooit om gevraagd.'),
  note('kans', '4.6', '3', 'p', ['INSTR', 'PILOT'], 'Gunnen op MKI bij het asfaltonderhoud werkte goed; uitbreiden naar al het wegonderhoud.', 'ede,wageningen'),
  note('kans', '3.5', '3', 'b', ['VERB', 'PILOT'], 'De aanpak van het stadskantoor (inkoop, vastgoed en duurzaamheid vanaf de start samen) als model voor andere trajecten.'),
  note('kans', '9.3', '3', 'p', ['KETEN'], 'Interesse in product-als-dienst voor meubilair en ICT; wil de ervaringen van andere gemeenten horen.'),
  note('kans', '9.3', '3', 'b', ['PILOT', 'DOEL'], 'Grote bouwopgave (woningen, scholen) de komende jaren: kans om circulaire eisen vooraf in het beleid vast te leggen.'),
  note('kans', '6.5', '4', 'p', ['REGIO', 'KETEN'], 'Bereid de bestekken en ervaringen met meubilair en ICT met de regio te delen; basis voor een gezamenlijke aanbesteding.'),
  note('kans', '8.2', '4', 'b', ['MONI', 'REGIO'], 'Ziet kans voor een regionale monitor met dezelfde indicatoren; helpt ook bij de verantwoording aan de raad.'),
  note('kans', '9.3', '34', 'x', ['KETEN', 'MARKT'], 'Samenwerking met kennisinstellingen en ondernemers in de regio rond biobased bouwmaterialen.'),

  note('kans', '6.2', '34', 'x', ['REGIO', 'KENNIS'], 'Neemt actief deel aan de werkplaats circulair inkopen van het Living Lab en wil daar de ervaringen uit de eigen aanbestedingen inbrengen.'),
  note('kans', '1.3', '34', 'b', ['DOEL', 'MONI'], 'Bij de herijking van het programma worden de doelen per productgroep aangescherpt; kans om daar meteen indicatoren voor de monitoring aan te koppelen.'),
  note('kans', '5.2', '34', 'p', ['KETEN', 'INSTR'], 'Wil bij de volgende aanbesteding meubilair terugname en een restwaardegarantie vragen, in plaats van alleen een percentage gerecycled materiaal.'),
  note('kans', '4.3', '2', 'p', ['INSTR', 'PILOT'], 'Een eenvoudige checklist circulariteit bij de start van elk traject zou volgens respondent al veel schelen; wil die samen met beleid opstellen.'),
  note('kans', '2.5', '12', 'b', ['EIGEN', 'BESTUUR'], 'Respondent wil voorstellen circulair inkopen op te nemen in de opdracht aan de afdelingshoofden bij de nieuwe begrotingsronde.'),
  note('kans', '6.3', '1', 'p', ['REGIO', 'CAP'], 'Ziet veel in aanhaken bij de inkoopsamenwerking met de buurgemeente; daar is meer capaciteit en kennis.'),
  note('kans', '7.3', '12', 'x', ['KENNIS', 'INSTR'], 'Kende de MVI-criteriatool niet goed; na korte uitleg enthousiast over de kant-en-klare criteria voor werkkleding en schoonmaak.'),

  // Observations by the interviewer.
  note('observation', '2.1', '23', 'p', ['EIGEN', 'VERB'], 'Respondent noemt inkoop als eigenaar van circulair inkopen, terwijl beleid in het eigen interview ‘gedeeld’ antwoordde. Dit verschil terugleggen in de kennissessie.', 'ede,veenendaal,nijkerk'),
  note('observation', '3.3', '4', 'x', ['VERB'], 'Vast maandelijks inkoopoverleg met beleid en budgethouders; respondent ziet dat als de belangrijkste verklaring voor de voortgang.'),
  note('observation', '1.2', '34', 'b', ['DOEL', 'KOSTEN'], 'Respondent liet tijdens het gesprek het MVOI-actieplan zien: doelen per productgroep, maar geen budget voor eventuele meerkosten.', 'ede,veenendaal,wageningen'),
  note('observation', '4.1', '2', 'p', ['INSTR', 'KENNIS'], 'Respondent kent de MVI-criteriatool, maar gebruikt vooral het basisniveau omdat daar geen discussie met de afdeling over ontstaat.'),
  note('observation', '2.4', '2', 'p', ['KLEIN'], 'Inkoop adviseert, maar de afdelingen beslissen en bestellen zelf; inkoop ziet maar een deel van de uitgaven.', 'nijkerk,wageningen,scherpenzeel'),
  note('observation', '1.1', '2', 'b', ['DEF'], 'Respondent gebruikt ‘duurzaam’ en ‘circulair’ door elkaar; uit de toelichting blijkt dat circulair hier vooral over afvalscheiding gaat.'),
  note('observation', '7.1', '1', 'p', ['KENNIS', 'CAP'], 'Respondent had nog niet van de MVI-criteriatool gehoord en vroeg direct om de link.'),
  note('observation', '3.1', '1', 'b', ['VERB'], 'Kleine organisatie: beleid en inkoop zitten in hetzelfde team en spreken elkaar dagelijks, maar circulair inkopen komt daarbij niet ter sprake.'),
  note('observation', '6.2', '123', 'x', ['REGIO'], 'Respondent kent het Living Lab vooral van de nieuwsbrief; neemt niet deel aan de werkplaatsen.'),
  note('observation', '8.3', '23', 'b', ['MONI', 'BESTUUR'], 'Circulair inkopen komt alleen terug als één alinea in de jaarlijkse voortgangsrapportage duurzaamheid.'),

  note('observation', '4.3', '34', 'p', ['INSTR', 'KLEIN'], 'Respondent liet de checklist circulariteit zien die bij elke Europese aanbesteding wordt ingevuld; voor meervoudig onderhandse trajecten bestaat die nog niet.'),
  note('observation', '5.3', '3', 'p', ['INSTR', 'KENNIS'], 'De circulaire eisen in recente bestekken zijn vrijwel letterlijk overgenomen uit de MVI-criteriatool; geen eigen afweging per traject.'),
  note('observation', '2.2', '12', 'b', ['EIGEN', 'GEBR'], 'Respondent is de enige in de organisatie die met circulaire economie bezig is; collega’s verwijzen voor alles naar de respondent of naar inkoop.'),
  note('observation', '9.2', '34', 'x', ['MONI', 'BORG'], 'Opvallend: de knelpunten die de respondent noemt liggen na de gunning (borging, meten), niet meer bij het op gang komen.'),
  note('observation', '1.3', '12', 'p', ['DOEL', 'VERB'], 'Respondent schat de doelen lager in dan de beleidscollega deed en kent het duurzaamheidsprogramma vooral van horen zeggen.', 'barneveld,nijkerk,scherpenzeel'),

  // Actions for the interviewer.
  note('action', '8.1', '34', 'b', ['MONI'], 'Actie: overzicht van circulaire aanbestedingen 2024–2025 opvragen voor de rapportage (respondent stuurt het na).'),
  note('action', '1.2', '34', 'b', ['DOEL', 'INSTR'], 'Actie: MVOI-actieplan en programma circulaire economie opvragen; nagaan hoe de doelen naar productgroepen zijn vertaald.'),
  note('action', '5.5', '3', 'p', ['BORG'], 'Actie: bij contractmanagement navragen hoe de terugnamerapportage werkkleding wordt gecontroleerd.'),
  note('action', '3.4', '23', 'p', ['VERB'], 'Actie: overzicht van de contracten die t/m 2028 aflopen opvragen, om te zien waar de circulaire kansen liggen.'),
  note('action', '9.5', '2', 'b', ['VERB', 'EIGEN'], 'Actie: respondent vragen in de kennissessie een voorbeeld te geven van een aanbesteding waarbij beleid te laat aanhaakte.'),
  note('action', '6.5', '2', 'b', ['REGIO'], 'Actie: contactgegevens van de programmamanager van het Living Lab doorsturen; respondent wil aansluiten bij de werkplaats circulair inkopen.'),
  note('action', '7.4', '12', 'x', ['KENNIS', 'INSTR'], 'Actie: voorbeeldbestek circulaire werkkleding en de link naar de MVI-criteriatool mailen.'),
  note('action', '1.4', '2', 'p', ['DOEL'], 'Actie: nagaan of de gemeente het Manifest MVOI heeft ondertekend; respondent wist het niet zeker.', 'rhenen'),
  note('action', '2.2', '1', 'b', ['EIGEN', 'BESTUUR'], 'Actie: respondent wil circulair inkopen agenderen in het MT en vraagt de samenvatting van dit gesprek als onderlegger.'),
  note('action', '4.4', '1', 'p', ['KLEIN'], 'Actie: respondent maakt een overzicht van de contracten die in 2026–2027 aflopen en stuurt het na.'),
  note('action', '6.5', '1', 'b', ['REGIO', 'CAP'], 'Actie: respondent in contact brengen met de programmamanager van het Living Lab over een gedeelde adviseur voor de kleinere gemeenten.'),
  note('action', '3.5', '34', 'x', ['VERB', 'PILOT'], 'Actie: het genoemde voorbeeld van samenwerking uitwerken als casus voor het rapport; respondent stuurt de aanbestedingsstukken.'),
  note('action', '8.3', '12', 'b', ['MONI', 'BESTUUR'], 'Actie: nagaan of circulair inkopen mee kan in de eerstvolgende voortgangsrapportage duurzaamheid aan de raad.'),
];

/** The kinds of note typed in the n-th interview: always a quote, a knelpunt and a kans, then an observation or an action. */
export function noteKindsFor(n: number): readonly NoteKind[] {
  return ['quote', 'knelpunt', 'kans', n % 2 === 0 ? 'observation' : 'action'];
}

function fitsMunicipality(entry: NoteEntry, municipality: string): boolean {
  return entry.only === undefined || entry.only.split(',').includes(municipality);
}

/** Draws notes from the bank, each at most once, matching kind, band and voice (and municipality, when bound). */
export class NotePicker {
  private readonly used = new Set<number>();

  constructor(private readonly random: Random) {}

  /** `bandAt` gives the respondent's band for the theme of a question (its section's dimension). */
  pick(kind: NoteKind, bandAt: (question: string) => Band, municipality: string, role: DemoRole): NoteEntry {
    const voice: Voice = role === 'procurement' ? 'p' : 'b';
    const free = (wanted: Voice) =>
      interviewNotes.flatMap((n, index) =>
        !this.used.has(index) && n.kind === kind && n.voice === wanted && n.bands.includes(String(bandAt(n.question))) && fitsMunicipality(n, municipality)
          ? [index]
          : [],
      );
    const bound = free(voice).filter((i) => interviewNotes[i]!.only !== undefined);
    const candidates = bound.length > 0 ? bound : free(voice).length > 0 ? free(voice) : free('x');
    if (candidates.length === 0) throw new Error(`the demo has no ${kind} note left for ${municipality} (${voice})`);
    const index = this.random.pick(candidates);
    this.used.add(index);
    return interviewNotes[index]!;
  }
}
