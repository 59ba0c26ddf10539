// The default inventory template: the circular-procurement interview guide, maturity model and starter codebook
// of the first engagement (Regio Foodvalley), Dutch first and English second. Users can edit or replace all of it;
// this is only the starting point a new inventory gets.
import type { Bilingual, InventoryTemplate, Level, RespondentRole, TemplateOption } from './types';

/** One text in both languages. */
function t(nl: string, en: string): Bilingual {
  return { nl, en };
}

function option(key: string, nl: string, en: string): TemplateOption {
  return { key, label: { nl, en } };
}

/** Scale anchors or cell descriptors, level 1 first. */
function perLevel(...items: [Bilingual, Bilingual, Bilingual, Bilingual, Bilingual]): Readonly<Record<Level, Bilingual>> {
  const [one, two, three, four, five] = items;
  return { 1: one, 2: two, 3: three, 4: four, 5: five };
}

// The guide tags questions INK (procurement officer), BEL (policy officer) or BOTH; an empty list means every role.
const procurement: readonly RespondentRole[] = ['procurement'];
const policy: readonly RespondentRole[] = ['policy'];
const everyone: readonly RespondentRole[] = [];

const other = option('anders', 'anders', 'other');
const none = option('geen', 'geen', 'none');

export const defaultTemplate: InventoryTemplate = {
  name: t('Circulair inkopen (standaard)', 'Circular procurement (default)'),

  levelNames: perLevel(
    t('Startend', 'Initial'),
    t('Verkennend', 'Exploring'),
    t('Toepassend', 'Applying'),
    t('Geborgd', 'Embedded'),
    t('Koploper', 'Leading'),
  ),

  dimensions: [
    {
      code: 'D1',
      name: t('Ambitie & doelen', 'Ambition & goals'),
      description: t(
        'In hoeverre de gemeente concrete, meetbare circulaire doelen heeft vastgelegd en die doorvertaalt naar inkoop.',
        'How far the municipality has set concrete, measurable circular goals and translated them into procurement.',
      ),
      descriptors: perLevel(
        t('Geen circulaire doelen', 'No circular goals'),
        t('Algemene intentie, geen concrete doelen', 'General intention only'),
        t('Richtinggevende doelen, deels uitgewerkt', 'Directional goals, partly worked out'),
        t('Meetbare doelen met tijdpad voor prioritaire productgroepen', 'Measurable, time-bound goals for priority categories'),
        t('Meetbare doelen vertaald naar alle relevante categorieën en budgetten', 'Measurable goals cascaded to all relevant categories and budgets'),
      ),
    },
    {
      code: 'D2',
      name: t('Inbedding & eigenaarschap', 'Embedding & ownership'),
      description: t(
        'Wie eigenaar is van circulair inkopen en hoe breed het in de organisatie en bij het bestuur verankerd is.',
        'Who owns circular procurement and how widely it is anchored in the organisation and its leadership.',
      ),
      descriptors: perLevel(
        t('Niet belegd', 'Not assigned'),
        t('Alleen bij inkoop of één trekker', 'Procurement or one champion only'),
        t('Enkele afdelingen nemen het mee; bestuur positief', 'Some departments involved; board supportive'),
        t('Eigenaarschap bij opdrachtgevers/budgethouders; mandaat en middelen', 'Ownership with commissioners; mandate and resources'),
        t('Integraal onderdeel van plannen, budgetten en functies; actief bestuurd', 'Integral to plans, budgets and roles; actively steered'),
      ),
    },
    {
      code: 'D3',
      name: t('Verbinding beleid–inkoop', 'Policy–procurement connection'),
      description: t(
        'Hoe en wanneer beleidsmedewerkers, inkoopadviseurs en interne opdrachtgevers samenwerken.',
        'How and when policy officers, procurement advisors and internal commissioners work together.',
      ),
      descriptors: perLevel(
        t('Geen contact beleid–inkoop', 'No policy–procurement contact'),
        t('Contact bij incidenten', 'Contact only on incidents'),
        t('Ad-hocafstemming per traject', 'Ad hoc alignment per tender'),
        t('Vaste werkafspraken; vroege betrokkenheid bij grotere trajecten', 'Fixed arrangements; early involvement in larger tenders'),
        t('Gezamenlijk eigenaarschap van beleid tot contractmanagement', 'Joint ownership from policy to contract management'),
      ),
    },
    {
      code: 'D4',
      name: t('Inkoopproces & instrumenten', 'Process & instruments'),
      description: t(
        'Hoe systematisch circulariteit wordt meegenomen in inkooptrajecten en contractmanagement, en met welke instrumenten.',
        'How systematically circularity is built into tenders and contract management, and with which instruments.',
      ),
      descriptors: perLevel(
        t('Circulariteit geen onderdeel van inkoop', 'Not part of procurement'),
        t('Incidenteel, persoonsafhankelijk', 'Incidental, person-dependent'),
        t('Pilots/selecte productgroepen; enkele instrumenten', 'Pilots / selected categories'),
        t('Standaardstap bij grotere trajecten; bewaakt in contractmanagement', 'Standard step in larger tenders; tracked in contract management'),
        t('Standaard in alle trajecten incl. klein; pas-toe-of-leg-uit; lerende cyclus', 'Standard in all tenders incl. small; comply-or-explain; learning loop'),
      ),
    },
    {
      code: 'D5',
      name: t('Eisen aan materialen, hergebruik & CO2', 'Requirements on materials, reuse & CO2'),
      description: t(
        'Hoe ambitieus de circulaire eisen en gunningscriteria zijn die de gemeente stelt aan producten, materialen en CO2.',
        'How ambitious the circular requirements and award criteria are that the municipality sets for products, materials and CO2.',
      ),
      descriptors: perLevel(
        t('Geen eisen', 'No requirements'),
        t('Minimumeisen (basisniveau)', 'Minimum (basic-level) requirements'),
        t('Scherpere eisen + gunningscriteria (o.a. CO2)', 'Stricter requirements + award criteria (incl. CO2)'),
        t('Functionele/prestatie-eisen die markt uitdagen (hergebruik, MKI/MPG)', 'Functional/performance requirements that challenge the market'),
        t('Innovatieve eisen en verdienmodellen (product-als-dienst, terugname, paspoort)', 'Innovative requirements and business models (PaaS, take-back, passports)'),
      ),
    },
    {
      code: 'D6',
      name: t('Markt & samenwerking', 'Market & collaboration'),
      description: t(
        'Hoe de gemeente de markt betrekt en samenwerkt met andere overheden en ketenpartners.',
        'How the municipality engages the market and collaborates with other public bodies and chain partners.',
      ),
      descriptors: perLevel(
        t('Geen marktcontact', 'No market contact'),
        t('Incidenteel, op initiatief leverancier', 'Occasional, supplier-led'),
        t('Marktconsultaties bij pilots; enige regionale uitwisseling', 'Consultations for pilots'),
        t('Structurele marktdialoog; regionale samenwerking', 'Structural dialogue; regional cooperation'),
        t('Ketenpartnerschappen, gezamenlijke (regionale) aanbestedingen', 'Chain partnerships; joint regional tenders'),
      ),
    },
    {
      code: 'D7',
      name: t('Kennis & capaciteit', 'Knowledge & capacity'),
      description: t(
        'Of inkoop, beleid en opdrachtgevers voldoende kennis, tijd en budget hebben om circulair in te kopen.',
        'Whether procurement, policy and commissioners have enough knowledge, time and budget for circular procurement.',
      ),
      descriptors: perLevel(
        t('Nauwelijks kennis/capaciteit', 'Hardly any knowledge/capacity'),
        t('Enkele personen, naast ander werk', 'A few people, on top of other work'),
        t('Basiskennis bij inkoop; beperkte tijd', 'Basic knowledge in procurement'),
        t('Getrainde sleutelfiguren; toegewezen capaciteit', 'Trained key staff; dedicated capacity'),
        t('Breed opgeleid; structurele capaciteit en budget; kennisdeling', 'Broad training; structural capacity and budget; knowledge sharing'),
      ),
    },
    {
      code: 'D8',
      name: t('Monitoring & sturing', 'Monitoring & steering'),
      description: t(
        'Of de gemeente circulaire inkoop en de effecten ervan meet, erover rapporteert en erop stuurt.',
        'Whether the municipality measures circular procurement and its effects, reports on them and steers by them.',
      ),
      descriptors: perLevel(
        t('Geen data', 'No data'),
        t('Anekdotisch', 'Anecdotal'),
        t('Overzicht circulaire aanbestedingen', 'List of circular tenders'),
        t('Aandeel t.o.v. doel gevolgd; effecten voor prioriteiten', 'Share vs target tracked; effects for priorities'),
        t('Dashboard met effecten; stuurt doelen en aanbestedingen bij', 'Effects dashboard used for steering'),
      ),
    },
  ],

  codes: [
    {
      code: 'DEF',
      label: t('Definitie onduidelijk', 'Unclear definition'),
      polarity: 'knelpunt',
      dimension: 'D1',
      definition: t(
        'Er is geen gedeeld beeld van wat ‘circulair’ (tegenover duurzaam of MVI) betekent in de organisatie of de regio.',
        'No shared understanding of what ‘circular’ (versus sustainable, MVI) means in the organisation or region.',
      ),
    },
    {
      code: 'DOEL',
      label: t('Doelen & ambitie', 'Goals & ambition'),
      polarity: 'both',
      dimension: 'D1',
      definition: t(
        'Aanwezigheid, ontbreken of vaagheid van circulaire doelen in beleid, en of die voor inkoop operationeel zijn gemaakt.',
        'Presence, absence or vagueness of circular goals in policy; whether they are made operational for procurement.',
      ),
    },
    {
      code: 'EIGEN',
      label: t('Eigenaarschap bij inkoop', 'Ownership only with procurement'),
      polarity: 'knelpunt',
      dimension: 'D2',
      definition: t(
        'Circulariteit wordt gezien als taak van de inkoopafdeling in plaats van die van budgethouders of beleid.',
        'Circularity is treated as the procurement department’s task instead of the budget holders’ or policy’s.',
      ),
    },
    {
      code: 'VERB',
      label: t('Verbinding beleid–inkoop', 'Policy–procurement link'),
      polarity: 'both',
      dimension: 'D3',
      definition: t(
        'Kwaliteit en timing van de samenwerking tussen inkoopadviseurs, beleidsmedewerkers en interne opdrachtgevers.',
        'Quality and timing of cooperation between procurement advisors, policy officers and internal commissioners.',
      ),
    },
    {
      code: 'BESTUUR',
      label: t('Bestuurlijk commitment', 'Political & management commitment'),
      polarity: 'both',
      dimension: 'D2',
      definition: t(
        'Steun, mandaat en sturing door portefeuillehouder, college of managementteam, of het ontbreken daarvan.',
        'Support, mandate and steering by portfolio holder, board or management team, or the lack of it.',
      ),
    },
    {
      code: 'CAP',
      label: t('Capaciteit & tijd', 'Capacity & time'),
      polarity: 'knelpunt',
      dimension: 'D7',
      definition: t(
        'Te weinig tijd of fte om circulaire aanbestedingen voor te bereiden of contracten te beheren.',
        'Not enough staff time or FTE to prepare circular tenders or manage contracts.',
      ),
    },
    {
      code: 'KENNIS',
      label: t('Kennis & vaardigheden', 'Knowledge & skills'),
      polarity: 'both',
      dimension: 'D7',
      definition: t(
        'Kennis van circulaire principes, criteria, instrumenten en juridische mogelijkheden; opleidingsbehoefte.',
        'Knowledge of circular principles, criteria, tools and legal options; training needs.',
      ),
    },
    {
      code: 'KOSTEN',
      label: t('Kosten & budget', 'Cost & budget'),
      polarity: 'both',
      dimension: 'D4',
      definition: t(
        'Ervaren hogere prijs, begrotingsregels of een cultuur van laagste prijs; of juist kansen via TCO/LCC en budgetneutrale modellen.',
        'Perceived higher price, budget rules, lowest-price culture; or chances through TCO/LCC and budget-neutral models.',
      ),
    },
    {
      code: 'JURID',
      label: t('Juridisch & risico', 'Legal & risk aversion'),
      polarity: 'knelpunt',
      dimension: 'D4',
      definition: t(
        'Ervaren grenzen van het aanbestedingsrecht, angst voor bezwaren, voorkeur voor ‘veilige’ standaardprocedures.',
        'Perceived limits of procurement law, fear of objections, preference for ‘safe’ standard procedures.',
      ),
    },
    {
      code: 'MARKT',
      label: t('Marktrijpheid & dialoog', 'Market readiness & dialogue'),
      polarity: 'both',
      dimension: 'D6',
      definition: t(
        'Of (regionale) leveranciers circulaire oplossingen kunnen en willen leveren; de kwaliteit van de dialoog met de markt.',
        'Whether (regional) suppliers can and will deliver circular solutions; the quality of dialogue with the market.',
      ),
    },
    {
      code: 'KETEN',
      label: t('Ketensamenwerking & verdienmodellen', 'Chain collaboration & business models'),
      polarity: 'kans',
      dimension: 'D6',
      definition: t(
        'Partnerschappen, terugname, lease/product-als-dienst, afspraken over hergebruik en refurbishment.',
        'Partnerships, take-back, lease/product-as-a-service, reuse and refurbish arrangements.',
      ),
    },
    {
      code: 'INSTR',
      label: t('Instrumenten & criteria', 'Instruments & criteria'),
      polarity: 'both',
      dimension: 'D4',
      definition: t(
        'Gebruik, onbekendheid of slechte aansluiting van instrumenten (MVI-criteriatool, Ambitieweb, CO2-Prestatieladder, MKI/MPG, functioneel specificeren).',
        'Use, ignorance or misfit of tools (MVI criteria tool, Ambitieweb, CO2 Performance Ladder, MKI/MPG, functional specification).',
      ),
    },
    {
      code: 'BORG',
      label: t('Contractmanagement & borging', 'Contract management & follow-through'),
      polarity: 'knelpunt',
      dimension: 'D4',
      definition: t(
        'Circulaire beloften komen niet in het contract terecht of worden tijdens de uitvoering niet gecontroleerd.',
        'Circular promises not carried into the contract or not checked during execution.',
      ),
    },
    {
      code: 'MONI',
      label: t('Monitoring & data', 'Monitoring & data'),
      polarity: 'both',
      dimension: 'D8',
      definition: t(
        'Ontbreken of beschikbaarheid van data over circulaire inkoopuitgaven en effecten; rapportage aan MT, college of raad.',
        'Lack or presence of data on circular spend and effects; reporting to management or council.',
      ),
    },
    {
      code: 'KLEIN',
      label: t('Kleine & decentrale inkoop', 'Small & decentralised purchases'),
      polarity: 'both',
      dimension: 'D4',
      definition: t(
        'Inkopen onder de aanbestedingsdrempels of buiten het zicht van inkoop, waarbij circulariteit meestal niet wordt meegenomen.',
        'Purchases below tender thresholds or outside procurement’s view, where circularity is usually not considered.',
      ),
    },
    {
      code: 'GEBR',
      label: t('Interne gebruiker & cultuur', 'Internal users & culture'),
      polarity: 'both',
      dimension: 'D2',
      definition: t(
        'Houding van eindgebruikers en collega’s, bijv. acceptatie van hergebruikte producten, gewoonten, ambassadeurs.',
        'Attitudes of end users and colleagues, e.g. acceptance of reused items, habits, champions.',
      ),
    },
    {
      code: 'REGIO',
      label: t('Regionale samenwerking', 'Regional collaboration'),
      polarity: 'kans',
      dimension: 'D6',
      definition: t(
        'Gezamenlijke aanpak, gedeelde definities, gezamenlijke aanbestedingen of kennisdeling via Regio Foodvalley of het Living Lab.',
        'Joint approach, shared definitions, joint tenders or knowledge sharing via Regio Foodvalley or the Living Lab.',
      ),
    },
    {
      code: 'PILOT',
      label: t('Experimenteerruimte & quick wins', 'Room to experiment & quick wins'),
      polarity: 'kans',
      dimension: 'D5',
      definition: t(
        'Concrete productgroepen of projecten die geschikt zijn om mee te starten of op te schalen (meubilair, bedrijfskleding, ICT, GWW, gebouwen, catering).',
        'Concrete product groups or projects suitable to start or scale (furniture, workwear, ICT, GWW, buildings, catering).',
      ),
    },
  ],

  sections: [
    {
      key: 'ambitie',
      title: t('Ambitie & beleidsdoelen', 'Ambition & policy goals'),
      intro: t(
        'We beginnen bij de ambities: wat heeft uw gemeente vastgelegd over circulaire economie en circulair inkopen?',
        'Let’s start with ambitions: what has your municipality laid down on circular economy and circular procurement?',
      ),
      questions: [
        {
          code: '1.1',
          text: t(
            'Welke ambities of doelen heeft uw gemeente vastgelegd voor circulaire economie en circulair inkopen (bijv. coalitieakkoord, duurzaamheidsprogramma, inkoopbeleid)?',
            'Which ambitions or goals has your municipality set for circular economy and circular procurement (e.g. coalition agreement, sustainability programme, procurement policy)?',
          ),
          help: t(
            'Vraag door naar de bron en naar jaartallen of streefcijfers. Noteer of de respondent de doelen zelf kan noemen of ze moet opzoeken.',
            'Probe for the source and for years or targets. Note whether the respondent can name the goals or has to look them up.',
          ),
          type: 'open',
          roles: everyone,
        },
        {
          code: '1.2',
          text: t('In welke documenten staan deze doelen?', 'In which documents are these goals laid down?'),
          help: t(
            'Vink alle documenten aan die de respondent noemt en vraag bij ‘anders’ welk document het is. Kies ‘geen’ alleen als de doelen nergens zijn vastgelegd.',
            'Tick every document the respondent mentions and, for ‘other’, ask which document it is. Choose ‘none’ only if the goals are not written down anywhere.',
          ),
          type: 'multi',
          roles: everyone,
          options: [
            option('coalitieakkoord', 'coalitieakkoord', 'coalition agreement'),
            option('duurzaamheidsprogramma', 'duurzaamheids-/klimaatprogramma', 'sustainability or climate programme'),
            option('ce-programma', 'programma circulaire economie', 'circular economy programme'),
            option('inkoopbeleid', 'inkoop- en aanbestedingsbeleid', 'procurement and tendering policy'),
            option('mvi-actieplan', 'MVI/MVOI-actieplan', 'MVI/MVOI action plan'),
            option('begroting', 'begroting/programmaplan', 'budget or programme plan'),
            other,
            none,
          ],
        },
        {
          code: '1.3',
          text: t('Hoe concreet en meetbaar zijn de circulaire doelen?', 'How concrete and measurable are the circular goals?'),
          help: t(
            'Laat een voorbeeld van een doel noemen en toets dat aan de ankers: een streefcijfer met jaartal is minstens niveau 4; niveau 5 vraagt doorvertaling naar productgroepen en budgetten.',
            'Ask for an example goal and test it against the anchors: a target with a year is at least level 4; level 5 needs goals translated to product groups and budgets.',
          ),
          type: 'scale',
          roles: everyone,
          dimension: 'D1',
          scale: perLevel(
            t('Geen circulaire doelen.', 'No circular goals.'),
            t('Een algemene intentie zonder streefwaarden.', 'A general intention without targets.'),
            t('Richtinggevende doelen, maar niet gekwantificeerd.', 'Goals with a direction but not quantified.'),
            t(
              'Gekwantificeerde doelen voor enkele thema’s of productgroepen, met een tijdshorizon.',
              'Quantified goals for some themes or product groups, with a time horizon.',
            ),
            t(
              'Gekwantificeerde, tijdgebonden doelen, vertaald naar productgroepen en budgetten.',
              'Quantified, time-bound goals translated to product groups and budgets.',
            ),
          ),
        },
        {
          code: '1.4',
          text: t(
            'Heeft uw gemeente het Manifest MVI/MVOI ondertekend, en is er een actieplan?',
            'Has your municipality signed the Manifest MVI/MVOI, and is there an action plan?',
          ),
          help: t(
            'Vraag bij een actieplan of het nog actueel is en wie het uitvoert. Weet de respondent het niet, kies dan ‘n.v.t. / weet niet’ en zoek het later na.',
            'If there is an action plan, ask whether it is still current and who carries it out. If the respondent does not know, choose ‘n/a / don’t know’ and look it up afterwards.',
          ),
          type: 'single',
          roles: everyone,
          options: [
            option('ondertekend-actieplan', 'ondertekend, met actieplan', 'signed, with an action plan'),
            option('ondertekend', 'ondertekend, geen actieplan', 'signed, no action plan'),
            option('niet-ondertekend', 'niet ondertekend', 'not signed'),
          ],
        },
        {
          code: '1.5',
          text: t(
            'Welke landelijke of regionale kaders gebruikt u als referentie?',
            'Which national or regional frameworks do you use as reference?',
          ),
          help: t(
            'Vraag welke kaders echt richting geven aan keuzes en welke alleen bekend zijn; noteer dat verschil in de toelichting.',
            'Ask which frameworks actually guide decisions and which are merely known; note that difference in the explanation.',
          ),
          type: 'multi',
          roles: policy,
          options: [
            option('npce', 'Nederland Circulair 2050 / NPCE', 'Nederland Circulair 2050 / NPCE (national circular economy programme)'),
            option('nationaal-plan-mvi', 'Nationaal Plan MVI', 'Nationaal Plan MVI (national plan for responsible procurement)'),
            option('manifest-mvoi', 'Manifest MVOI', 'Manifest MVOI'),
            option('living-lab', 'Living Lab Regio Foodvalley Circulair', 'Living Lab Regio Foodvalley Circulair'),
            option('ambitieweb', 'Ambitieweb', 'Ambitieweb'),
            option('klimaat', 'Klimaatakkoord/CO2-doelen', 'Climate Agreement / CO2 targets'),
            none,
            other,
          ],
        },
      ],
    },
    {
      key: 'inbedding',
      title: t('Organisatorische inbedding & eigenaarschap', 'Organisational embedding & ownership'),
      intro: t(
        'Nu wil ik graag weten waar circulair inkopen in uw organisatie belegd is en wie zich er eigenaar van voelt.',
        'Next, I’d like to know where circular procurement sits in your organisation and who feels ownership of it.',
      ),
      questions: [
        {
          code: '2.1',
          text: t(
            'Waar is circulair inkopen in uw organisatie belegd (wie is eigenaar)?',
            'Where is circular procurement placed in your organisation (who owns it)?',
          ),
          help: t(
            'Vraag naar een naam of functie: wie wordt erop aangesproken als het niet gebeurt? Wijkt de praktijk af van wat op papier staat, noteer dan beide.',
            'Ask for a name or job title: who is held to account if it does not happen? If practice differs from what is on paper, note both.',
          ),
          type: 'single',
          roles: everyone,
          options: [
            option('inkoop', 'alleen bij inkoop', 'procurement only'),
            option('beleid', 'bij duurzaamheid/beleid', 'sustainability or policy'),
            option('gedeeld', 'gedeeld door inkoop en beleid', 'shared by procurement and policy'),
            option('opdrachtgevers', 'bij budgethouders/opdrachtgevers', 'budget holders or commissioners'),
            option('niet-belegd', 'niet belegd', 'not assigned'),
          ],
        },
        {
          code: '2.2',
          text: t(
            'In welke mate is circulariteit ingebed in de hele organisatie (niet alleen bij inkoop)?',
            'To what extent is circularity embedded across the whole organisation (not only procurement)?',
          ),
          help: t(
            'Laat de respondent afdelingen noemen die circulariteit meenemen, met een voorbeeld. Komen alleen inkoop of de duurzaamheidsadviseur ter sprake, dan is het hoogstens niveau 2.',
            'Ask the respondent to name departments that take circularity into account, with an example. If only procurement or the sustainability officer comes up, it is level 2 at most.',
          ),
          type: 'scale',
          roles: everyone,
          dimension: 'D2',
          scale: perLevel(
            t('Onderwerp onbekend buiten een paar personen.', 'Topic unknown outside a few individuals.'),
            t('Alleen een zaak van inkoop of een duurzaamheidsmedewerker.', 'An issue for procurement or a sustainability officer only.'),
            t(
              'Enkele afdelingen (bijv. vastgoed, openbare ruimte) nemen het mee.',
              'Some departments (e.g. real estate, public space) take it into account.',
            ),
            t(
              'Benoemde verantwoordelijkheden bij de afdelingen met de grootste inkoopuitgaven.',
              'Named responsibilities in the main spending departments.',
            ),
            t(
              'Onderdeel van de plannen, budgetten en functieprofielen van elke afdeling.',
              'Part of every department’s plans, budgets and job profiles.',
            ),
          ),
        },
        {
          code: '2.3',
          text: t(
            'Is er bestuurlijk en ambtelijk commitment (portefeuillehouder, directie/MT)?',
            'Is there political and management commitment (portfolio holder, management team)?',
          ),
          help: t(
            'Vraag naar concrete signalen: een portefeuillehouder die het agendeert, budget of formatie, een MT-besluit. Steun zonder middelen scoort niet hoger dan 3.',
            'Ask for concrete signs: a portfolio holder who puts it on the agenda, budget or staff, a management decision. Support without resources scores no higher than 3.',
          ),
          type: 'scale',
          roles: everyone,
          dimension: 'D2',
          scale: perLevel(
            t('Geen.', 'None.'),
            t('Alleen mondelinge steun.', 'Verbal support only.'),
            t('Een portefeuillehouder is betrokken, maar er zijn geen middelen.', 'A portfolio holder is engaged but there are no resources.'),
            t('Mandaat én middelen.', 'Mandate plus resources.'),
            t(
              'College of MT stuurt er actief op en laat erover rapporteren.',
              'Actively steered and reported on by the board / management team.',
            ),
          ),
        },
        {
          code: '2.4',
          text: t('Hoe is de inkoopfunctie georganiseerd?', 'How is the procurement function organised?'),
          help: t(
            'Vraag bij uitbesteding of een shared service wie de circulaire criteria inbrengt: de gemeente zelf of het inkoopbureau.',
            'If procurement is outsourced or shared, ask who brings in the circular criteria: the municipality itself or the procurement agency.',
          ),
          type: 'single',
          roles: procurement,
          options: [
            option('centraal', 'centraal', 'centralised'),
            option('decentraal', 'decentraal', 'decentralised'),
            option('hybride', 'hybride/coördinerend', 'hybrid or coordinating'),
            option('uitbesteed', 'uitbesteed/inkoopbureau/shared service', 'outsourced, procurement agency or shared service'),
            other,
          ],
        },
        {
          code: '2.5',
          text: t(
            'Wat zou er organisatorisch moeten veranderen om circulair inkopen vanzelfsprekend te maken?',
            'What would need to change organisationally to make circular procurement the norm?',
          ),
          help: t(
            'Vraag naar één of twee concrete veranderingen (taken, mandaat, overleg, budget) en wie die zou moeten doorvoeren.',
            'Ask for one or two concrete changes (tasks, mandate, meetings, budget) and who would have to make them.',
          ),
          type: 'open',
          roles: everyone,
        },
      ],
    },
    {
      key: 'verbinding',
      title: t('Samenwerking beleid–inkoop', 'Policy–procurement connection'),
      intro: t(
        'Dit deel gaat over de samenwerking tussen beleid en inkoop, en over het moment waarop circulaire doelen in een inkooptraject terechtkomen.',
        'This part is about cooperation between policy and procurement, and the moment circular goals enter a purchase.',
      ),
      questions: [
        {
          code: '3.1',
          text: t(
            'Hoe vaak en hoe werken inkoopadviseurs en beleidsmedewerkers duurzaamheid samen?',
            'How often and how do procurement advisors and sustainability policy officers work together?',
          ),
          help: t(
            'Vraag naar de vorm: een vast overleg, een gezamenlijk team of losse contacten. Verschillen tussen de antwoorden van inkoop en beleid zijn zelf een bevinding.',
            'Ask about the form: a regular meeting, a joint team or loose contacts. Differences between the answers of procurement and policy are a finding in themselves.',
          ),
          type: 'single',
          roles: everyone,
          options: [
            option('structureel', 'structureel (vast overleg/team)', 'structurally (regular meeting or team)'),
            option('per-project', 'per project', 'per project'),
            option('incidenteel', 'incidenteel', 'occasionally'),
            option('nauwelijks', 'nauwelijks/nooit', 'hardly ever or never'),
          ],
        },
        {
          code: '3.2',
          text: t(
            'In welke fase van een inkooptraject worden circulaire doelen meegenomen?',
            'At what stage of a purchase are circular goals brought in?',
          ),
          help: t(
            'Neem een recent traject als voorbeeld. Hoe later de fase, hoe minder ruimte voor circulaire keuzes; noteer het als dit per traject sterk verschilt.',
            'Take a recent purchase as the example. The later the stage, the less room for circular choices; note it if this varies a lot between purchases.',
          ),
          type: 'single',
          roles: everyone,
          options: [
            option('beleidsvorming', 'beleidsvorming/begroting', 'policy making or budgeting'),
            option('behoeftebepaling', 'behoeftebepaling (opdrachtgever)', 'needs definition (by the commissioner)'),
            option('aanbestedingsstukken', 'bij opstellen aanbestedingsstukken', 'drafting the tender documents'),
            option('gunning', 'pas bij gunning/contract', 'only at award or contract'),
            option('niet', 'niet', 'not at all'),
          ],
        },
        {
          code: '3.3',
          text: t('Hoe goed sluiten beleid en inkooppraktijk op elkaar aan?', 'How well are policy and procurement practice aligned?'),
          help: t(
            'Toets het antwoord aan 3.1 en 3.2: voor niveau 4 moet de respondent de vaste werkafspraken kunnen aanwijzen. Vergelijk later de scores van inkoop en beleid.',
            'Check the answer against 3.1 and 3.2: for level 4 the respondent must be able to point to the fixed arrangements. Compare the procurement and policy scores afterwards.',
          ),
          type: 'scale',
          roles: everyone,
          dimension: 'D3',
          scale: perLevel(
            t('Gescheiden werelden, geen contact.', 'Separate worlds, no contact.'),
            t('Alleen contact als er problemen zijn.', 'Contact only when problems arise.'),
            t('Ad-hocafstemming bij enkele aanbestedingen.', 'Ad hoc coordination for some tenders.'),
            t(
              'Vaste werkafspraken en vroege betrokkenheid bij grotere aanbestedingen.',
              'Fixed working arrangements and early involvement for larger tenders.',
            ),
            t(
              'Gezamenlijk eigenaarschap van beleid tot contractmanagement, met terugkoppeling.',
              'Joint ownership from policy to contract management, with feedback loops.',
            ),
          ),
        },
        {
          code: '3.4',
          text: t(
            'Worden interne opdrachtgevers (budgethouders) vroeg betrokken bij circulaire ambities?',
            'Are internal commissioners (budget holders) involved early in circular ambitions?',
          ),
          help: t(
            'Vraag bij ‘ja’ hoe en in welke fase, bij ‘nee’ waarom niet, en noteer dat in de toelichting.',
            'For ‘yes’, ask how and at what stage; for ‘no’, ask why not, and note it in the explanation.',
          ),
          type: 'yesno',
          roles: procurement,
        },
        {
          code: '3.5',
          text: t(
            'Kunt u een voorbeeld geven waar de samenwerking goed ging, of juist niet?',
            'Can you give an example where cooperation went well, or did not?',
          ),
          help: t(
            'Vraag naar één concreet traject en wat het verschil maakte (timing, personen, mandaat). Dit levert vaak bruikbare citaten op; check de toestemming om te citeren.',
            'Ask for one concrete purchase and what made the difference (timing, people, mandate). This often yields useful quotes; check consent for quoting.',
          ),
          type: 'open',
          roles: everyone,
        },
      ],
    },
    {
      key: 'proces',
      title: t('Inkoopproces & instrumenten', 'Procurement process & instruments'),
      intro: t(
        'Dan de inkooppraktijk zelf: hoe neemt u circulariteit mee in aanbestedingen en contracten, en met welke instrumenten?',
        'Now the procurement practice itself: how do you include circularity in tenders and contracts, and with which instruments?',
      ),
      questions: [
        {
          code: '4.1',
          text: t(
            'Welke instrumenten gebruikt u om circulariteit in inkooptrajecten op te nemen?',
            'Which instruments do you use to include circularity in procurement?',
          ),
          help: t(
            'Vraag bij elk genoemd instrument naar het laatste traject waarin het is gebruikt. Vink alleen aan wat echt gebruikt wordt, niet wat alleen bekend is.',
            'For each instrument mentioned, ask for the last purchase it was used in. Tick only what is actually used, not what is merely known.',
          ),
          type: 'multi',
          roles: procurement,
          options: [
            option('mvi-criteriatool', 'MVI-criteriatool', 'MVI criteria tool'),
            option('functioneel', 'functioneel specificeren', 'functional specification'),
            option('marktconsultatie', 'marktconsultatie/marktdialoog', 'market consultation or dialogue'),
            option('gunningscriteria', 'gunningscriteria (EMVI/BPKV)', 'award criteria (MEAT / best price-quality ratio)'),
            option('co2-prestatieladder', 'CO2-Prestatieladder', 'CO2 Performance Ladder'),
            option('mki', 'MKI/DuboCalc', 'MKI/DuboCalc (environmental cost indicator)'),
            option('mpg', 'MPG', 'MPG (environmental performance of buildings)'),
            option('tco', 'TCO/LCC', 'TCO/LCC'),
            option('ambitieweb', 'Ambitieweb', 'Ambitieweb'),
            option('rcc', 'Rapid Circular Contracting', 'Rapid Circular Contracting'),
            option('innovatiegericht', 'innovatiegericht inkopen', 'innovation-oriented procurement'),
            option('contracteisen', 'contracteisen/KPI’s', 'contract requirements or KPIs'),
            none,
            other,
          ],
        },
        {
          code: '4.2',
          text: t(
            'Op welk ambitieniveau worden MVI-criteria meestal toegepast?',
            'At what ambition level are MVI criteria usually applied?',
          ),
          help: t(
            'De niveaus zijn die van de MVI-criteriatool (basis, significant, ambitieus). Vraag wie het niveau kiest en op grond waarvan.',
            'The levels are those of the MVI criteria tool (basic, significant, ambitious). Ask who chooses the level and on what grounds.',
          ),
          type: 'single',
          roles: procurement,
          options: [
            option('niet', 'niet', 'not applied'),
            option('basis', 'basis', 'basic'),
            option('significant', 'significant', 'significant'),
            option('ambitieus', 'ambitieus', 'ambitious'),
            option('wisselend', 'wisselend', 'varies'),
          ],
        },
        {
          code: '4.3',
          text: t(
            'Hoe systematisch wordt circulariteit meegenomen in inkooptrajecten?',
            'How systematically is circularity included in procurement?',
          ),
          help: t(
            'Vraag of er een checklist, sjabloon of vast moment in het inkoopproces is. Zonder vastgelegde stap is het hoogstens niveau 3, hoe vaak het ook gebeurt.',
            'Ask whether there is a checklist, template or fixed moment in the procurement process. Without a set step it is level 3 at most, however often it happens.',
          ),
          type: 'scale',
          roles: procurement,
          dimension: 'D4',
          scale: perLevel(
            t('Nooit.', 'Never.'),
            t('Incidenteel, op persoonlijk initiatief.', 'Incidentally, on individual initiative.'),
            t('Bij geselecteerde productgroepen of pilots.', 'For selected product groups or pilots.'),
            t('Een standaardstap (checklist) bij alle grotere aanbestedingen.', 'A standard step (checklist) in all larger tenders.'),
            t(
              'Een standaardstap bij alle inkopen, ook kleine, volgens pas-toe-of-leg-uit.',
              'A standard step in all tenders, including small purchases, with an explain-if-not rule.',
            ),
          ),
        },
        {
          code: '4.4',
          text: t(
            'Wordt circulariteit ook meegenomen bij kleine/enkelvoudig onderhandse inkopen?',
            'Is circularity also considered in small / single-quote purchases?',
          ),
          help: t(
            'Het gaat om inkopen onder de aanbestedingsdrempels, vaak buiten het zicht van inkoop. Vraag of budgethouders daarvoor een handreiking of vaste leveranciers hebben.',
            'This is about purchases below the tender thresholds, often outside procurement’s view. Ask whether budget holders have guidance or preferred suppliers for them.',
          ),
          type: 'single',
          roles: procurement,
          options: [
            option('standaard', 'ja, standaard', 'yes, as standard'),
            option('soms', 'soms', 'sometimes'),
            option('nee', 'nee', 'no'),
          ],
        },
        {
          code: '4.5',
          text: t(
            'Worden circulaire afspraken na gunning bewaakt in contractmanagement?',
            'Are circular commitments monitored in contract management after award?',
          ),
          help: t(
            'Vraag wie het contractmanagement doet en of circulaire afspraken op de agenda van voortgangsgesprekken staan. Vraag naar een contract waarin een afwijking is besproken.',
            'Ask who does contract management and whether circular commitments are on the agenda of progress meetings. Ask for a contract in which a shortfall was discussed.',
          ),
          type: 'scale',
          roles: procurement,
          dimension: 'D4',
          scale: perLevel(
            t('Niet bewaakt.', 'Not monitored.'),
            t('Alleen als er problemen zijn.', 'Only if problems arise.'),
            t('Enkele contracten hebben circulaire KPI’s.', 'Some contracts have circular KPIs.'),
            t(
              'Circulaire KPI’s in alle relevante contracten, periodiek besproken.',
              'Circular KPIs in all relevant contracts, periodically reviewed.',
            ),
            t(
              'KPI’s worden getoetst, met sancties of bonussen, en lessen gaan terug naar het beleid.',
              'KPIs reviewed, with sanctions or bonuses, and lessons fed back into policy.',
            ),
          ),
        },
        {
          code: '4.6',
          text: t(
            'Welke circulaire of duurzame aanbestedingen zijn de afgelopen 2 jaar gedaan (voorbeelden)?',
            'Which circular or sustainable tenders were carried out in the last 2 years (examples)?',
          ),
          help: t(
            'Noteer per voorbeeld de productgroep, het jaar en wat er circulair aan was. Vraag of de aanbestedingsstukken gedeeld kunnen worden.',
            'For each example, note the product group, the year and what was circular about it. Ask whether the tender documents can be shared.',
          ),
          type: 'open',
          roles: everyone,
        },
      ],
    },
    {
      key: 'eisen',
      title: t('Eisen aan materialen, hergebruik & CO2', 'Requirements on materials, reuse & CO2'),
      intro: t(
        'Nu wat concreter: welke circulaire eisen stelt u in aanbestedingen, en bij welke productgroepen?',
        'Now more concretely: which circular requirements do you set in tenders, and for which product groups?',
      ),
      questions: [
        {
          code: '5.1',
          text: t(
            'In welke productgroepen stelt u circulaire eisen of gunningscriteria?',
            'In which product groups do you apply circular requirements or award criteria?',
          ),
          help: t(
            'Vraag door tot op productgroep en noteer per groep een recent voorbeeld. Let op het verschil tussen ‘circulair’ en het bredere ‘duurzaam’.',
            'Probe down to product group level and note a recent example for each. Mind the difference between ‘circular’ and the broader ‘sustainable’.',
          ),
          type: 'multi',
          roles: everyone,
          options: [
            option('meubilair', 'kantoormeubilair/inrichting', 'office furniture and fit-out'),
            option('bedrijfskleding', 'bedrijfskleding', 'workwear'),
            option('ict', 'ICT-hardware', 'ICT hardware'),
            option('kantoorartikelen', 'papier/kantoorartikelen', 'paper and office supplies'),
            option('catering', 'catering', 'catering'),
            option('schoonmaak', 'schoonmaak', 'cleaning'),
            option('gebouwen', 'gebouwen (nieuwbouw/renovatie/onderhoud)', 'buildings (new build, renovation, maintenance)'),
            option('gww', 'GWW/openbare ruimte (wegen, riolering, groen)', 'civil works and public space (roads, sewers, green spaces)'),
            option('mobiliteit', 'voertuigen/mobiliteit', 'vehicles and mobility'),
            option('energie', 'energie', 'energy'),
            option('afval', 'afval/grondstoffen', 'waste and raw materials'),
            option('evenementen', 'evenementen', 'events'),
            none,
            other,
          ],
        },
        {
          code: '5.2',
          text: t('Welke soorten circulaire eisen gebruikt u?', 'Which types of circular requirements do you use?'),
          help: t(
            'Vraag bij elke eis of het een minimumeis of een gunningscriterium was, en hoe zwaar die woog. Dat geeft houvast bij de score van 5.3.',
            'For each requirement, ask whether it was a minimum requirement or an award criterion, and how much it weighed. This helps when scoring 5.3.',
          ),
          type: 'multi',
          roles: procurement,
          options: [
            option('gerecycled', 'percentage gerecycled/secundair materiaal', 'share of recycled or secondary material'),
            option('biobased', 'biobased materiaal', 'bio-based material'),
            option('hergebruik', 'hergebruik bestaande producten/refurbished', 'reuse of existing products or refurbished'),
            option('losmaakbaar', 'losmaakbaarheid/modulair ontwerp', 'design for disassembly or modular design'),
            option('levensduur', 'levensduur/garantie/reparatie', 'lifespan, warranty or repair'),
            option('terugname', 'terugname/terugkoop', 'take-back or buy-back'),
            option('product-als-dienst', 'product-als-dienst/lease', 'product-as-a-service or lease'),
            option('paspoort', 'materialenpaspoort', 'materials passport'),
            option('co2', 'CO2-footprint/-reductie', 'CO2 footprint or reduction'),
            option('mpg-mki', 'MPG/MKI-waarde', 'MPG/MKI value'),
            none,
          ],
        },
        {
          code: '5.3',
          text: t(
            'Hoe ambitieus zijn de eisen ten opzichte van wat de markt standaard levert?',
            'How ambitious are the requirements compared with market standard?',
          ),
          help: t(
            'Vraag naar het meest ambitieuze en het meest gangbare voorbeeld, en scoor wat gangbaar is, niet de uitschieter. ‘Basisniveau’ is dat van de MVI-criteriatool.',
            'Ask for the most ambitious and the most typical example, and score what is typical, not the outlier. ‘Basic level’ means that of the MVI criteria tool.',
          ),
          type: 'scale',
          roles: procurement,
          dimension: 'D5',
          scale: perLevel(
            t('Geen circulaire eisen.', 'No circular requirements.'),
            t('Minimumeisen op basisniveau van de MVI-criteriatool.', 'Minimum requirements from the basic level of the criteria tool.'),
            t('Scherpere eisen plus enkele gunningscriteria.', 'Stricter requirements plus some award criteria.'),
            t('Functionele of prestatie-eisen die de markt uitdagen.', 'Functional or performance-based requirements that challenge the market.'),
            t(
              'Innovatie-aanjagende eisen (bijv. nieuwe verdienmodellen, hergebruik eerst) die een nieuwe marktstandaard zetten.',
              'Innovation-driving requirements (e.g. new business models, reuse first) that set a new market standard.',
            ),
          ),
        },
        {
          code: '5.4',
          text: t(
            'Wordt CO2 (footprint of reductie) meegewogen bij gunning?',
            'Is CO2 (footprint or reduction) weighed in award decisions?',
          ),
          help: t(
            'Vraag hoe zwaar CO2 meeweegt in de gunning (bijv. fictieve korting of aandeel in de score) en of dat per aanbesteding verschilt.',
            'Ask how much CO2 weighs in the award (e.g. a notional discount or a share of the score) and whether that differs between tenders.',
          ),
          type: 'single',
          roles: procurement,
          options: [
            option('nee', 'nee', 'no'),
            option('prestatieladder', 'via CO2-Prestatieladder', 'via the CO2 Performance Ladder'),
            option('mki-mpg', 'via MKI/MPG', 'via MKI/MPG'),
            option('eigen-criterium', 'via eigen CO2-criterium', 'via a CO2 criterion of our own'),
            option('combinatie', 'combinatie', 'a combination'),
          ],
        },
        {
          code: '5.5',
          text: t(
            'Hoe wordt nagegaan of beloofde circulaire prestaties ook geleverd worden (verificatie)?',
            'How do you verify that promised circular performance is delivered?',
          ),
          help: t(
            'Vraag naar bewijsmiddelen (certificaten, materialenpaspoorten, opleverdossiers, steekproeven) en wie controleert. ‘Daar vertrouwen we op’ is ook een antwoord: noteer het.',
            'Ask about evidence (certificates, materials passports, handover files, spot checks) and who checks. ‘We trust the supplier’ is an answer too: note it.',
          ),
          type: 'open',
          roles: procurement,
        },
      ],
    },
    {
      key: 'markt',
      title: t('Markt & samenwerking', 'Market & collaboration'),
      intro: t(
        'Dit deel gaat over uw contact met de markt en de samenwerking met andere gemeenten en partners in de regio.',
        'This part is about your contact with the market and collaboration with other municipalities and partners in the region.',
      ),
      questions: [
        {
          code: '6.1',
          text: t(
            'Hoe vaak voert u marktconsultaties of marktdialogen over circulariteit?',
            'How often do you hold market consultations or dialogues about circularity?',
          ),
          help: t(
            'Vraag naar de vorm (informatiebijeenkomst, één-op-ééngesprekken, RFI) en of de uitkomst de uitvraag heeft veranderd. Contact alleen op initiatief van leveranciers is niveau 2.',
            'Ask about the form (information meeting, one-to-one talks, RFI) and whether the outcome changed the tender. Contact only on supplier initiative is level 2.',
          ),
          type: 'scale',
          roles: procurement,
          dimension: 'D6',
          scale: perLevel(
            t('Nooit.', 'Never.'),
            t('Zelden, op initiatief van leveranciers.', 'Rarely, on supplier initiative.'),
            t('Bij enkele pilotaanbestedingen.', 'For some pilot tenders.'),
            t(
              'Standaard bij grotere aanbestedingen met circulair potentieel.',
              'Standard for larger tenders with circular potential.',
            ),
            t(
              'Structurele dialoog, inclusief ketenpartnerschappen en gezamenlijke ontwikkeling.',
              'Structural dialogue, including chain partnerships and joint development.',
            ),
          ),
        },
        {
          code: '6.2',
          text: t('Met wie werkt u samen op circulair inkopen?', 'With whom do you collaborate on circular procurement?'),
          help: t(
            'Vraag per partner wat de samenwerking oplevert: kennis, gezamenlijke aanbestedingen of alleen overleg. Noteer partners die niet in de lijst staan in de toelichting.',
            'For each partner, ask what the collaboration yields: knowledge, joint tenders or only meetings. Note partners that are not on the list in the explanation.',
          ),
          type: 'multi',
          roles: everyone,
          options: [
            option('foodvalley', 'andere Foodvalley-gemeenten', 'other Foodvalley municipalities'),
            option('living-lab', 'Living Lab Regio Foodvalley Circulair', 'Living Lab Regio Foodvalley Circulair'),
            option('provincie', 'provincie', 'province'),
            option('inkoopsamenwerking', 'inkoopsamenwerking/-bureau', 'procurement partnership or agency'),
            option('pianoo', 'PIANOo/leernetwerken', 'PIANOo or learning networks'),
            option('kennisinstellingen', 'kennisinstellingen (WUR, hogescholen)', 'knowledge institutions (WUR, universities of applied sciences)'),
            option('ondernemers', 'lokale ondernemers', 'local businesses'),
            option('niemand', 'niemand', 'nobody'),
          ],
        },
        {
          code: '6.3',
          text: t(
            'Ziet u kansen voor gezamenlijke (regionale) aanbestedingen of een gezamenlijke aanpak?',
            'Do you see opportunities for joint (regional) tenders or a joint approach?',
          ),
          help: t(
            'Vraag bij ‘ja’ voor welke productgroepen en met welke gemeenten, en noteer dat in de toelichting. Vraag bij ‘nee’ wat het tegenhoudt.',
            'For ‘yes’, ask which product groups and which municipalities, and note them in the explanation. For ‘no’, ask what holds it back.',
          ),
          type: 'yesno',
          roles: everyone,
        },
        {
          code: '6.4',
          text: t(
            'Hoe ervaart u de bereidheid en het vermogen van de (regionale) markt om circulair te leveren?',
            'How do you perceive the willingness and ability of the (regional) market to supply circular solutions?',
          ),
          help: t(
            'Deze vraag is ter informatie en telt niet mee in de volwassenheidsscore. Vraag naar productgroepen waar de markt voorloopt of achterblijft, en naar regionale ondernemers.',
            'This question is for information and does not count towards the maturity score. Ask about product groups where the market is ahead or lagging, and about regional businesses.',
          ),
          type: 'scale',
          roles: everyone,
          // No dimension on purpose: the guide marks 6.4 "info only, not in maturity"; it describes the market, not the municipality.
          scale: perLevel(
            t('Nauwelijks aanbod.', 'Hardly any offer.'),
            t('Beperkt aanbod, vooral van grote leveranciers.', 'Limited, and mostly large suppliers.'),
            t('Er is aanbod voor enkele productgroepen.', 'An offer exists for some product groups.'),
            t('Breed aanbod, een markt die goed reageert.', 'Broad offer, responsive market.'),
            t('De markt is de gemeente voor.', 'The market is ahead of the municipality.'),
          ),
        },
        {
          code: '6.5',
          text: t('Welke rol zou de regio of het Living Lab kunnen spelen?', 'What role could the region or Living Lab play?'),
          help: t(
            'Vraag naar concrete rollen (kennisdeling, gezamenlijke aanbestedingen, gedeelde definities, een regionale marktdialoog) en wat de gemeente zelf wil bijdragen.',
            'Ask about concrete roles (knowledge sharing, joint tenders, shared definitions, a regional market dialogue) and what the municipality itself would contribute.',
          ),
          type: 'open',
          roles: everyone,
        },
      ],
    },
    {
      key: 'kennis',
      title: t('Kennis, capaciteit & tools', 'Knowledge, capacity & tools'),
      intro: t(
        'Dan de randvoorwaarden: is er genoeg kennis, tijd en ondersteuning om circulair in te kopen?',
        'Next, the preconditions: is there enough knowledge, time and support to procure circularly?',
      ),
      questions: [
        {
          code: '7.1',
          text: t(
            'Hoe schat u de kennis over circulair inkopen in bij inkoop, beleid en opdrachtgevers?',
            'How do you rate knowledge of circular procurement among procurement, policy and commissioners?',
          ),
          help: t(
            'Laat de respondent de drie groepen apart beoordelen, scoor de organisatie als geheel en noteer de verschillen in de toelichting.',
            'Have the respondent rate the three groups separately, score the organisation as a whole and note the differences in the explanation.',
          ),
          type: 'scale',
          roles: everyone,
          dimension: 'D7',
          scale: perLevel(
            t('Nauwelijks kennis.', 'Hardly any knowledge.'),
            t('Enkele personen kennen de basis.', 'A few individuals know the basics.'),
            t(
              'Inkoop kent de basis; beleid en opdrachtgevers weten er weinig van.',
              'Procurement knows the basics, policy and commissioners little.',
            ),
            t('Getrainde sleutelfiguren bij inkoop en beleid.', 'Trained key staff in procurement and policy.'),
            t(
              'Brede kennis, een opleidingsprogramma en interne experts die kennis delen.',
              'Broad knowledge, a training programme and internal experts who share knowledge.',
            ),
          ),
        },
        {
          code: '7.2',
          text: t(
            'Is er voldoende capaciteit (tijd/fte/budget) om circulair inkopen op te pakken?',
            'Is there enough capacity (time / FTE / budget) to pursue circular procurement?',
          ),
          help: t(
            'Vraag naar uren of fte en of er budget is voor meerkosten of pilots. Tijdelijk projectgeld telt niet als structureel (niveau 5).',
            'Ask for hours or FTE and whether there is budget for extra costs or pilots. Temporary project money does not count as structural (level 5).',
          ),
          type: 'scale',
          roles: everyone,
          dimension: 'D7',
          scale: perLevel(
            t('Geen capaciteit.', 'No capacity.'),
            t('Alleen naast ander werk.', 'Only on top of other work.'),
            t('Enige tijd gereserveerd (deel van één persoon).', 'Some time reserved (part of one person).'),
            t('Toegewezen capaciteit en budget.', 'Dedicated capacity and budget.'),
            t(
              'Structurele capaciteit en budget, ook voor meerkosten of pilots.',
              'Structural capacity and budget, including for extra costs or pilots.',
            ),
          ),
        },
        {
          code: '7.3',
          text: t('Welke hulpmiddelen en bronnen kent en gebruikt u?', 'Which tools and resources do you know and use?'),
          help: t(
            'Vink aan wat de respondent kent én gebruikt; noteer bronnen die alleen bekend zijn in de toelichting. Vraag wat het meest geholpen heeft.',
            'Tick what the respondent knows and uses; note resources that are only known in the explanation. Ask which helped most.',
          ),
          type: 'multi',
          roles: everyone,
          options: [
            option('pianoo', 'PIANOo (website/vragenloket/leernetwerken)', 'PIANOo (website, helpdesk, learning networks)'),
            option('mvi-criteriatool', 'MVI-criteriatool', 'MVI criteria tool'),
            option('gdci', 'GDCI-wegwijzer', 'GDCI guide (Green Deal Circulair Inkopen)'),
            option('ambitieweb', 'Ambitieweb', 'Ambitieweb'),
            option('co2-handreiking', 'CO2-Prestatieladder-handreiking', 'CO2 Performance Ladder guidance'),
            option('dubocalc', 'DuboCalc/NMD', 'DuboCalc/NMD'),
            option('opleiding', 'opleiding/training', 'course or training'),
            option('adviseur', 'externe adviseur', 'external adviser'),
            none,
          ],
        },
        {
          code: '7.4',
          text: t('Welke kennis of ondersteuning mist u het meest?', 'Which knowledge or support do you miss most?'),
          help: t(
            'Vraag door naar de vorm (training, handreiking, vraagbaak, meekijken bij een aanbesteding) en voor wie. Dit voedt het programma van de kennissessie.',
            'Probe for the form (training, guidance, helpdesk, someone reviewing a tender) and for whom. This feeds the programme of the knowledge session.',
          ),
          type: 'open',
          roles: everyone,
        },
      ],
    },
    {
      key: 'monitoring',
      title: t('Monitoring & resultaten', 'Monitoring & results'),
      intro: t(
        'Het laatste thema: wat weet u over de resultaten van circulair inkopen, en wordt daarover gerapporteerd?',
        'The last theme: what do you know about the results of circular procurement, and are they reported on?',
      ),
      questions: [
        {
          code: '8.1',
          text: t(
            'Wordt gemeten hoeveel en welke inkoop circulair is (aantal/omvang aanbestedingen)?',
            'Is it measured how much and which procurement is circular (number / volume of tenders)?',
          ),
          help: t(
            'Vraag of de respondent het overzicht kan laten zien of toesturen. Wat niemand kan overleggen, telt als anekdotisch (niveau 2).',
            'Ask whether the respondent can show or send the overview. Anything nobody can produce counts as anecdotal (level 2).',
          ),
          type: 'scale',
          roles: everyone,
          dimension: 'D8',
          scale: perLevel(
            t('Geen data.', 'No data.'),
            t('Anekdotisch.', 'Anecdotal.'),
            t('Een lijst van circulaire aanbestedingen.', 'A list of circular tenders.'),
            t(
              'Aandeel in uitgaven of aanbestedingen gevolgd ten opzichte van een doel.',
              'Share of spend or tenders tracked against a target.',
            ),
            t(
              'Geïntegreerd dashboard met doelen per productgroep, gebruikt om te sturen.',
              'Integrated dashboard with targets per product group, used for steering.',
            ),
          ),
        },
        {
          code: '8.2',
          text: t('Worden effecten gemeten (grondstoffen, CO2, hergebruik)?', 'Are effects measured (raw materials, CO2, reuse)?'),
          help: t(
            'Vraag welke indicatoren gemeten worden en door wie: de gemeente zelf of de leverancier. Een schatting vooraf is nog geen meting.',
            'Ask which indicators are measured and by whom: the municipality itself or the supplier. An up-front estimate is not yet a measurement.',
          ),
          type: 'scale',
          roles: everyone,
          dimension: 'D8',
          scale: perLevel(
            t('Nee, er worden geen effecten gemeten.', 'No, effects are not measured.'),
            t('Alleen schattingen voor losse projecten.', 'Only estimates for single projects.'),
            t('Effecten gemeten voor enkele contracten (bijv. MKI, CO2).', 'Effects measured for some contracts (e.g. MKI, CO2).'),
            t('Systematische effectmeting voor prioritaire productgroepen.', 'Systematic effect measurement for priority product groups.'),
            t(
              'Effecten worden teruggekoppeld naar doelen en volgende aanbestedingen.',
              'Effects feed back into targets and future tenders.',
            ),
          ),
        },
        {
          code: '8.3',
          text: t(
            'Wordt er over circulair inkopen gerapporteerd aan MT, college of raad?',
            'Is circular procurement reported to the management team, executive board or council?',
          ),
          help: t(
            'Vraag in welk document (jaarverslag, voortgangsrapportage, raadsinformatiebrief) en of circulair inkopen daarin apart zichtbaar is of opgaat in ‘duurzaamheid’.',
            'Ask in which document (annual report, progress report, council information letter) and whether circular procurement is visible on its own or folded into ‘sustainability’.',
          ),
          type: 'single',
          roles: policy,
          options: [
            option('nee', 'nee', 'no'),
            option('incidenteel', 'incidenteel', 'occasionally'),
            option('jaarlijks', 'jaarlijks', 'annually'),
            option('vaker', 'vaker dan jaarlijks', 'more than once a year'),
          ],
        },
        {
          code: '8.4',
          text: t('Welke resultaten of successen wilt u delen?', 'Which results or successes would you like to share?'),
          help: t(
            'Vraag naar een resultaat waar de respondent trots op is, met cijfers als die er zijn. Geschikt als voorbeeld of citaat in het rapport; check de toestemming.',
            'Ask for a result the respondent is proud of, with figures where available. Suitable as an example or quote in the report; check consent.',
          ),
          type: 'open',
          roles: everyone,
        },
      ],
    },
    {
      key: 'afsluiting',
      title: t('Kansen & knelpunten', 'Opportunities & bottlenecks'),
      intro: t(
        'Tot slot kijken we naar de knelpunten en kansen die u zelf het belangrijkst vindt.',
        'To close, let’s look at the bottlenecks and opportunities you consider most important.',
      ),
      questions: [
        {
          code: '9.1',
          text: t(
            'Wat zijn voor u de grootste knelpunten bij circulair inkopen?',
            'What are the biggest bottlenecks for circular procurement for you?',
          ),
          help: t(
            'Laat de respondent eerst vrij vertellen, vóór u de lijst van 9.2 laat zien. Codeer het antwoord later met het codeboek.',
            'Let the respondent talk freely first, before showing the list for 9.2. Code the answer with the codebook afterwards.',
          ),
          type: 'open',
          roles: everyone,
        },
        {
          code: '9.2',
          text: t('Welke drie knelpunten wegen het zwaarst?', 'Which three bottlenecks weigh most?'),
          help: t(
            'Laat de knelpunten uit het codeboek zien en laat er hoogstens drie kiezen. Vraag bij elke keuze om een kort voorbeeld.',
            'Show the bottlenecks from the codebook and have the respondent pick at most three. Ask for a short example for each choice.',
          ),
          type: 'multi',
          roles: everyone,
          choicesFromCodebook: 'knelpunt',
          maxChoices: 3,
        },
        {
          code: '9.3',
          text: t(
            'Waar liggen de grootste kansen (productgroepen, samenwerking, quick wins)?',
            'Where are the biggest opportunities (product groups, collaboration, quick wins)?',
          ),
          help: t(
            'Vraag naar kansen die binnen een jaar haalbaar zijn en wie ze zou kunnen trekken. Noteer genoemde productgroepen letterlijk.',
            'Ask for opportunities that are feasible within a year and who could lead them. Note the product groups mentioned verbatim.',
          ),
          type: 'open',
          roles: everyone,
        },
        {
          code: '9.4',
          text: t(
            'Wat heeft u nodig van collega’s, bestuur of de regio?',
            'What do you need from colleagues, management or the region?',
          ),
          help: t(
            'Loop de drie groepen apart langs: collega’s, bestuur/MT en de regio. De antwoorden voeden de aanbevelingen in het rapport.',
            'Go through the three groups separately: colleagues, board/management and the region. The answers feed the report’s recommendations.',
          ),
          type: 'open',
          roles: everyone,
        },
        {
          code: '9.5',
          text: t(
            'Welk onderwerp wilt u behandeld zien in de kennissessie?',
            'Which topic would you like covered in the knowledge session?',
          ),
          help: t(
            'Noteer de onderwerpen zo letterlijk mogelijk; ze bepalen het programma van de kennissessie. Sluit af met dank en een uitleg over het vervolg.',
            'Note the topics as literally as possible; they shape the programme of the knowledge session. Close with thanks and an explanation of the next steps.',
          ),
          type: 'open',
          roles: everyone,
        },
      ],
    },
  ],
};
