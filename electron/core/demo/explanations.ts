// Explanations (toelichting) typed next to answers: a small bank per scale question and level, plus the few
// municipality-specific ones that go with a particular choice or a "weet niet".

type PerLevel = Readonly<Partial<Record<1 | 2 | 3 | 4 | 5, readonly string[]>>>;

export const scaleExplanations: Readonly<Record<string, PerLevel>> = {
  '1.3': {
    1: ['Er zijn geen circulaire doelen vastgelegd.', 'Niets concreets; alleen algemene teksten over duurzaamheid.'],
    2: ['Alleen de algemene ambitie uit het coalitieakkoord, zonder streefwaarden.', '‘Circulair waar mogelijk’, zonder jaartal of percentage.'],
    3: ['Er is een richting, maar geen percentage of tijdpad voor inkoop.', 'De doelen staan in het programma, maar zijn niet gekwantificeerd voor de eigen inkoop.'],
    4: ['Percentage voor 2030 en tussendoelen voor de prioritaire productgroepen.', 'Gekwantificeerd voor meubilair, ICT en GWW; de rest volgt.'],
    5: ['Doelen zijn per productgroep en budget uitgewerkt.'],
  },
  '2.2': {
    1: ['Buiten een paar mensen weet niemand ervan.', 'Het onderwerp leeft niet in de organisatie.'],
    2: ['Het ligt bij inkoop; de afdelingen zien het als ons onderwerp.', 'Alleen de duurzaamheidsadviseur trekt eraan.'],
    3: ['Vastgoed en openbare ruimte nemen het mee, de rest nog niet.', 'Bij de grote projecten wel, in de lijn nog niet.'],
    4: ['De grote budgethouders hebben er benoemde verantwoordelijkheden voor.', 'Staat in de afdelingsplannen van de grootste inkopers.'],
  },
  '2.3': {
    1: ['Geen bestuurlijke aandacht voor dit onderwerp.', 'Het college heeft andere prioriteiten.'],
    2: ['De wethouder noemt het wel, maar er zijn geen middelen.', 'Mondelinge steun van het MT, verder niets.'],
    3: ['De portefeuillehouder is betrokken, maar er is geen extra budget of capaciteit.', 'Wethouder enthousiast; het MT wacht af.'],
    4: ['Bestuurlijke opdracht met budget voor een programmamanager.', 'Mandaat en middelen via het programma circulaire economie.'],
    5: ['Het college laat zich elk halfjaar informeren en stuurt bij.'],
  },
  '3.3': {
    1: ['Inkoop en beleid weten niet van elkaar wat ze doen.'],
    2: ['Alleen contact als er iets misgaat of als de raad vragen stelt.', 'We vinden elkaar pas als het bestek al klaar is.'],
    3: ['Per traject wordt afgestemd, afhankelijk van de projectleider.', 'Bij enkele aanbestedingen wordt beleid betrokken, niet structureel.'],
    4: ['Vast maandelijks overleg over de aanbestedingskalender.', 'Beleid zit standaard aan tafel bij grotere trajecten.'],
  },
  '4.3': {
    1: ['Wordt niet meegenomen.', 'Alleen als de leverancier er zelf mee komt.'],
    2: ['Hangt af van de inkoper en de afdeling.', 'Alleen als iemand er zelf aan denkt.'],
    3: ['Bij meubilair, werkkleding en GWW wel, bij de rest niet.', 'In pilots en bij enkele productgroepen.'],
    4: ['Checklist bij elke Europese aanbesteding.', 'Standaardstap in het inkoopproces voor alles boven de drempel.'],
  },
  '4.5': {
    1: ['Er wordt niet op gecontroleerd.', 'Contractmanagement kijkt naar prijs en levertijd, niet naar circulariteit.'],
    2: ['Alleen als er klachten zijn.', 'Komt soms ter sprake in een contractgesprek.'],
    3: ['Een paar contracten hebben circulaire KPI’s.', 'Bij GWW wel, bij leveringen en diensten niet.'],
    4: ['KPI’s in alle relevante contracten, besproken in het kwartaaloverleg.'],
  },
  '5.3': {
    1: ['Geen circulaire eisen.', 'We stellen geen eisen die verder gaan dan de wet.'],
    2: ['Basisniveau van de criteriatool; dat kan elke leverancier.', 'Minimumeisen, eerder een vinkje.'],
    3: ['Soms op significant niveau, met een gunningscriterium op CO2.', 'Scherpere eisen bij werkkleding en meubilair.'],
    4: ['Bij GWW functioneel op MKI; daar dagen we de markt echt uit.', 'Functionele uitvraag bij meubilair en ICT.'],
  },
  '6.1': {
    1: ['Nooit gedaan.', 'Geen marktconsultaties; daar is geen tijd voor.'],
    2: ['Alleen als een leverancier zelf langskomt.', 'Incidenteel, op initiatief van de markt.'],
    3: ['Bij de pilots wel, bijvoorbeeld voor werkkleding.', 'Vorig jaar bij twee trajecten.'],
    4: ['Standaard bij grotere trajecten met circulair potentieel.', 'Structureel, ook samen met de lokale ondernemers.'],
  },
  '6.4': {
    1: ['Heel beperkt aanbod in de buurt.'],
    2: ['Vooral grote landelijke leveranciers kunnen het; lokaal is het aanbod beperkt.', 'Regionale ondernemers zijn welwillend, maar het aanbod is smal.'],
    3: ['Voor meubilair, kleding en ICT is er aanbod; voor andere groepen niet.', 'De GWW-markt is verder dan we dachten.'],
    4: ['De markt reageert goed als je erom vraagt.', 'Lokale ondernemers staan te popelen.'],
    5: ['De markt is ons voor.'],
  },
  '7.1': {
    1: ['Nauwelijks kennis in de organisatie; zelf ken ik alleen de basis.', 'Niemand heeft er een opleiding in gehad.'],
    2: ['Ik weet er wat van, verder bijna niemand.', 'De basis zit bij één of twee mensen.'],
    3: ['Inkoop kent de basis; bij opdrachtgevers is het mager.', 'Bij inkoop wel, bij de budgethouders nauwelijks.'],
    4: ['Een paar sleutelfiguren zijn getraind.', 'Een kleine groep met goede kennis.'],
  },
  '7.2': {
    1: ['Geen tijd voor.', 'Er is geen capaciteit, dus het gebeurt niet.'],
    2: ['Alleen naast het gewone werk.', 'Het moet er steeds bij.'],
    3: ['Een paar uur per week vanuit het programma.', 'Een deel van één fte; niet genoeg.'],
    4: ['Er is capaciteit en budget toegewezen.'],
  },
  '8.1': {
    1: ['Er wordt niets bijgehouden.', 'Geen idee hoeveel.'],
    2: ['Ik kan een paar voorbeelden noemen, meer niet.', 'Anekdotisch.'],
    3: ['Er is een lijst van aanbestedingen met circulaire criteria.', 'We houden een overzicht bij in een spreadsheet.'],
    4: ['Het aandeel wordt gevolgd ten opzichte van het doel.'],
  },
  '8.2': {
    1: ['Effecten worden niet gemeten.', 'Niet; we weten niet wat het oplevert.'],
    2: ['Alleen een schatting bij één project.', 'Bij één GWW-project een CO2-berekening.'],
    3: ['Bij de GWW-contracten via MKI, verder niet.', 'Voor enkele contracten, zoals de ICT-terugname.'],
    4: ['Systematisch voor de prioritaire productgroepen.'],
  },
};

/** How a specific respondent answered a particular question, when the profile alone would not say it. */
export interface AnswerOverride {
  readonly noAnswer?: 'dont_know' | 'not_applicable';
  readonly value?: string | boolean;
  readonly explanation: string;
}

/** Keyed by `${municipality}/${role}/${question code}`. */
export const answerOverrides: Readonly<Record<string, AnswerOverride>> = {
  'rhenen/procurement/1.4': { noAnswer: 'dont_know', explanation: 'Weet ik niet; dat loopt via beleid. Zoekt het na.' },
  'renswoude/policy/6.4': { noAnswer: 'dont_know', explanation: 'Daar heb ik geen zicht op; we hebben nooit een marktconsultatie gedaan.' },
  'scherpenzeel/procurement/4.5': { noAnswer: 'not_applicable', explanation: 'Er zijn nog geen contracten met circulaire afspraken, dus er valt niets te bewaken.' },
  'barneveld/policy/8.2': { noAnswer: 'dont_know', explanation: 'Weet niet of er ergens effecten worden gemeten; bij ons in elk geval niet.' },
  'rhenen/policy/5.1': { noAnswer: 'dont_know', explanation: 'Geen zicht op de productgroepen; dat weet inkoop beter.' },
  'veenendaal/procurement/6.3': { value: false, explanation: 'Liever eerst zelf ervaring opdoen; gezamenlijke aanbestedingen kosten veel afstemmingstijd.' },
  'ede/procurement/2.1': { explanation: 'In de praktijk komt alles bij ons terecht, ook al staat in het programma dat het gedeeld is.' },
  'ede/policy/2.1': { explanation: 'Formeel gedeeld via het programma; in de praktijk trekt inkoop.' },
  'veenendaal/procurement/2.1': { explanation: 'Beleid schrijft de doelen, maar wij moeten het waarmaken.' },
  'nijkerk/procurement/2.4': { explanation: 'Inkoop adviseert; de afdelingen kopen zelf in tot de Europese drempel.' },
  'renswoude/procurement/2.4': { explanation: 'Grotere aanbestedingen doen we samen met een buurgemeente; de rest doe ik zelf.' },
  'rhenen/procurement/2.4': { explanation: 'Europese aanbestedingen via een extern inkoopbureau.' },
  'renswoude/policy/3.1': { value: 'incidenteel', explanation: 'We zien elkaar dagelijks, maar over circulair inkopen hebben we het nooit.' },
  'scherpenzeel/policy/1.4': { explanation: 'Niet ondertekend, voor zover ik weet; het is wel eens genoemd.' },
  'wageningen/procurement/4.2': { explanation: 'Significant als standaard, ambitieus bij meubilair en ICT.' },
  'ede/procurement/5.4': { explanation: 'CO2-Prestatieladder en MKI bij GWW; bij leveringen nog niet.' },
  'wageningen/policy/8.3': { explanation: 'Elk jaar in de voortgangsrapportage van het programma; daarnaast op verzoek aan het college.' },
};
