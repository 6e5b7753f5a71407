<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AlgorithmChain</name>
    <message>
        <location filename="../ui/task_runner.py" line="130"/>
        <source>Canceled: the steps that had finished are kept.</source>
        <translation>Geannuleerd: de stappen die al klaar waren, blijven behouden.</translation>
    </message>
    <message>
        <location filename="../ui/task_runner.py" line="132"/>
        <source>Finished: {} step(s).</source>
        <translation>Klaar: {} stap(pen).</translation>
    </message>
    <message>
        <location filename="../ui/task_runner.py" line="137"/>
        <source>The algorithm {} is not available: is the Wijkradar plugin enabled?</source>
        <translation>Het algoritme {} is niet beschikbaar: is de plug-in Wijkradar ingeschakeld?</translation>
    </message>
    <message>
        <location filename="../ui/task_runner.py" line="165"/>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <location filename="../ui/task_runner.py" line="166"/>
        <source>{} failed: {}</source>
        <translation>{} mislukt: {}</translation>
    </message>
</context>
<context>
    <name>AnalyseStep</name>
    <message>
        <location filename="../ui/analyse_step.py" line="100"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="144"/>
        <source>Check at least one analysis.</source>
        <translation>Vink minstens één analyse aan.</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="159"/>
        <source>Canceling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="163"/>
        <source>Running: {}</source>
        <translation>Bezig: {}</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="256"/>
        <source>The Wijkradar Processing provider is not loaded.</source>
        <translation>De Processing-provider van Wijkradar is niet geladen.</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="75"/>
        <source>Save project…</source>
        <translation>Project opslaan…</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="77"/>
        <source>Choose a folder…</source>
        <translation>Kies een map…</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="197"/>
        <source>The result files are in a temporary folder that QGIS empties when it closes ({}). Save the project to keep them beside it, or choose a folder.</source>
        <translation>De resultaatbestanden staan in een tijdelijke map die QGIS leegmaakt bij het afsluiten ({}). Sla het project op om ze ernaast te bewaren, of kies een map.</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="216"/>
        <source>Could not save the project as {}: {}</source>
        <translation>Kon het project niet opslaan als {}: {}</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="226"/>
        <source>Save the project</source>
        <translation>Het project opslaan</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="226"/>
        <source>QGIS projects (*.qgz *.qgs)</source>
        <translation>QGIS-projecten (*.qgz *.qgs)</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="232"/>
        <source>Folder for the results</source>
        <translation>Map voor de resultaten</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="240"/>
        <source>Could not copy the results to {}: {}</source>
        <translation>Kon de resultaten niet kopiëren naar {}: {}</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="248"/>
        <source>The results are now in {}.</source>
        <translation>De resultaten staan nu in {}.</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="119"/>
        <source>Needs a neighbourhood layer with monitor indicators (income, safety, inhabitants): give a polygon layer the role &apos;monitor&apos; in step 1.</source>
        <translation>Hiervoor is een buurtenlaag met monitorindicatoren nodig (inkomen, veiligheid, inwoners): geef in stap 1 een polygonenlaag de rol 'monitor'.</translation>
    </message>
</context>
<context>
    <name>AnalysisPlan</name>
    <message>
        <location filename="../ui/analysis_plan.py" line="86"/>
        <source>Give a point layer the role &apos;incidents&apos; in step 1.</source>
        <translation>Geef in stap 1 een puntlaag de rol 'incidenten'.</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="97"/>
        <source>The monitor overlay needs neighbourhoods with indicators: give a polygon layer the role &apos;monitor&apos; in step 1.</source>
        <translation>De monitor-overlay heeft buurten met indicatoren nodig: geef in stap 1 een polygonenlaag de rol 'monitor'.</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="100"/>
        <source>The monitor layer needs a field with inhabitants (e.g. &apos;aantal_inwoners&apos;).</source>
        <translation>De monitorlaag heeft een veld met het aantal inwoners nodig (bijv. 'aantal_inwoners').</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="122"/>
        <source>Wijkradar dock: hotspots</source>
        <translation>Wijkradar-paneel: hotspots</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="123"/>
        <source>Hotspot density</source>
        <translation>Hotspotdichtheid</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="124"/>
        <source>Hotspot areas</source>
        <translation>Hotspotgebieden</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="130"/>
        <source>Hotspots (kernel density)</source>
        <translation>Hotspots (kerneldichtheid)</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="141"/>
        <source>Wijkradar dock: risk per area for the next month</source>
        <translation>Wijkradar-paneel: risico per gebied voor de volgende maand</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="142"/>
        <source>Risk score next month</source>
        <translation>Risicoscore volgende maand</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="145"/>
        <source>Risk score per area</source>
        <translation>Risicoscore per gebied</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="149"/>
        <source>Neighbourhood monitor index</source>
        <translation>Buurtmonitorindex</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="149"/>
        <source>Wijkradar dock: neighbourhood monitor index</source>
        <translation>Wijkradar-paneel: buurtmonitorindex</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="163"/>
        <source>Wijkradar dock: vulnerability x crime</source>
        <translation>Wijkradar-paneel: kwetsbaarheid x criminaliteit</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="164"/>
        <source>Vulnerability x crime</source>
        <translation>Kwetsbaarheid x criminaliteit</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="171"/>
        <source>Vulnerability x crime overlay</source>
        <translation>Overlay kwetsbaarheid x criminaliteit</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="91"/>
        <source>Risk scores need a date field in the incidents (e.g. &apos;datum&apos; or &apos;occurrence_date&apos;, a date or text such as 2024-03-01).</source>
        <translation>Risicoscores hebben een datumveld in de incidenten nodig (bijv. 'datum' of 'occurrence_date', een datum of tekst zoals 2024-03-01).</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="94"/>
        <source>The areas need a field that identifies each area (e.g. &apos;area_id&apos; or &apos;postcode&apos;); the feature id (fid) is not one.</source>
        <translation>De gebieden hebben een veld nodig dat elk gebied aanduidt (bijv. 'area_id' of 'postcode'); het object-id (fid) is dat niet.</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="88"/>
        <source>Risk scores need areas (postcodes or grid cells): give a polygon layer the role &apos;areas&apos; in step 1.</source>
        <translation>Risicoscores hebben gebieden nodig (postcodes of rastercellen): geef in stap 1 een polygonenlaag de rol 'gebieden'.</translation>
    </message>
</context>
<context>
    <name>Anonymise</name>
    <message>
        <location filename="../core/anonymise.py" line="57"/>
        <source>Grid cells must be at least {minimum:g} m wide, not {size:g} m: smaller cells come close to single addresses.</source>
        <translation>Rastercellen moeten minstens {minimum:g} m breed zijn, niet {size:g} m: kleinere cellen komen dicht bij afzonderlijke adressen.</translation>
    </message>
    <message>
        <location filename="../core/anonymise.py" line="60"/>
        <source>Date precision must be &apos;week&apos; or &apos;month&apos;, not {precision!r}.</source>
        <translation>De datumprecisie moet 'week' of 'month' zijn, niet {precision!r}.</translation>
    </message>
    <message>
        <location filename="../core/anonymise.py" line="63"/>
        <source>Field(s) {fields} look like coordinates and would give away the exact location: leave them out of the fields to keep.</source>
        <translation>Veld(en) {fields} lijken op coördinaten en zouden de exacte locatie verraden: laat ze weg uit de te behouden velden.</translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="83"/>
        <source>Anonymise {}</source>
        <translation>{} anonimiseren</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="90"/>
        <source>{} holds personal data and was not loaded. Anonymising moves each incident to an area or grid cell, coarsens its date to the week or month and keeps only the fields you check. The result is loaded as incidents; the original stays where it is.</source>
        <translation>{} bevat persoonsgegevens en is niet geladen. Anonimiseren verplaatst elk incident naar een gebied of rastercel, maakt de datum grover tot week of maand en bewaart alleen de velden die u aanvinkt. Het resultaat wordt geladen als incidenten; het origineel blijft waar het is.</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="97"/>
        <source>Areas of the project (postcodes, grid)</source>
        <translation>Gebieden van het project (postcodes, raster)</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="98"/>
        <source>Grid cells</source>
        <translation>Rastercellen</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="111"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="112"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="118"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="124"/>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="129"/>
        <source>Move incidents to</source>
        <translation>Incidenten verplaatsen naar</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="130"/>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="131"/>
        <source>Area id field</source>
        <translation>Gebieds-id-veld</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="132"/>
        <source>Grid cell size</source>
        <translation>Grootte rastercel</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="133"/>
        <source>Date field</source>
        <translation>Datumveld</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="134"/>
        <source>Coarsen dates to</source>
        <translation>Datums grover maken tot</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="135"/>
        <source>Fields to keep</source>
        <translation>Te bewaren velden</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="137"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="164"/>
        <source>Left out (personal data, coordinates, exact dates, ids): {}</source>
        <translation>Weggelaten (persoonsgegevens, coördinaten, exacte datums, id's): {}</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="188"/>
        <source>Choose the areas to move the incidents to, or grid cells.</source>
        <translation>Kies de gebieden waarnaar de incidenten gaan, of rastercellen.</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="191"/>
        <source>Choose where to save the anonymised incidents.</source>
        <translation>Kies waar de geanonimiseerde incidenten worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="200"/>
        <source>Wijkradar dock: anonymise {} after a privacy refusal</source>
        <translation>Wijkradar-paneel: {} anonimiseren na een privacyweigering</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="210"/>
        <source>Anonymise incidents</source>
        <translation>Incidenten anonimiseren</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="219"/>
        <source>Anonymising {}…</source>
        <translation>{} wordt geanonimiseerd…</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="242"/>
        <source>The anonymised incidents were written to {} but not loaded: see the message bar.</source>
        <translation>De geanonimiseerde incidenten zijn naar {} geschreven maar niet geladen: zie de meldingenbalk.</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="246"/>
        <source>{name} anonymised: {kept} of {total} incidents loaded as &apos;{layer}&apos; (role incidents); {dropped} dropped.</source>
        <translation>{name} geanonimiseerd: {kept} van {total} incidenten geladen als '{layer}' (rol incidenten); {dropped} weggelaten.</translation>
    </message>
</context>
<context>
    <name>AnonymiseIncidentsAlgorithm</name>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="66"/>
        <source>Anonymise incidents</source>
        <translation>Incidenten anonimiseren</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="69"/>
        <source>Privacy</source>
        <translation>Privacybescherming</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="75"/>
        <source>Incident points to postcode areas or grid cells, with coarse dates and small counts suppressed.</source>
        <translation>Incidentpunten naar postcodegebieden of rastercellen, met afgeronde datums en onderdrukte kleine aantallen.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="79"/>
        <source>&lt;p&gt;Turns incident points (possibly at exact addresses) into data fit for analysis and sharing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Place&lt;/b&gt;: each point moves to the postcode area (PC6 or PC4 polygons) it lies in, at the area&apos;s centroid (or a point on its surface when the centroid falls outside the area), or to the centre of its grid cell. Grid cells are at least 100 m wide (default 250 m) and aligned on multiples of the cell size. Points in no area are dropped and counted in the log: nothing keeps its exact coordinates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fields&lt;/b&gt;: only the fields to keep survive. A field that the privacy scan finds to hold identifiers (BSN, licence plates, names, addresses ...), a field that looks like coordinates and a date or time field other than the date field are refused.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Date&lt;/b&gt; (optional): coarsened to the Monday of its ISO week or the first of its month, with the fields &apos;jaar&apos; and &apos;week&apos; (ISO week-year and week) or &apos;jaar&apos; and &apos;maand&apos;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the moved points (area id, kept fields, coarse date), for analysis inside the organisation; and counts per area, or per area and week or month, for sharing: counts from 1 to k-1 (default k = 5, the CBS threshold) are left empty and flagged in the field &apos;onderdrukt&apos;, and the metadata says so. Counts per area include areas without incidents; grid counts and counts per period list only cells or periods with incidents (no row means zero). Do not publish counts per area next to counts per period of the same data: a suppressed count could be recomputed by subtraction.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Maakt van incidentpunten (mogelijk op exacte adressen) gegevens die geschikt zijn voor analyse en delen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Plaats&lt;/b&gt;: elk punt verhuist naar het postcodegebied (PC6- of PC4-polygonen) waarin het ligt, naar het zwaartepunt van het gebied (of een punt op het oppervlak als het zwaartepunt buiten het gebied valt), of naar het midden van zijn rastercel. Rastercellen zijn minstens 100 m breed (standaard 250 m) en uitgelijnd op veelvouden van de celgrootte. Punten in geen enkel gebied vervallen en worden in het logboek geteld: niets houdt zijn exacte coördinaten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Velden&lt;/b&gt;: alleen de te behouden velden blijven over. Een veld waarin de privacyscan identificerende gegevens vindt (BSN, kentekens, namen, adressen ...), een veld dat op coördinaten lijkt en een datum- of tijdveld anders dan het datumveld worden geweigerd.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datum&lt;/b&gt; (optioneel): afgerond naar de maandag van de ISO-week of de eerste van de maand, met de velden 'jaar' en 'week' (ISO-weekjaar en week) of 'jaar' en 'maand'.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de verplaatste punten (gebieds-id, behouden velden, afgeronde datum), voor analyse binnen de organisatie; en aantallen per gebied, of per gebied en week of maand, om te delen: aantallen van 1 tot k-1 (standaard k = 5, de CBS-drempel) blijven leeg en worden gemarkeerd in het veld 'onderdrukt', en de metadata vermelden dat. Aantallen per gebied omvatten gebieden zonder incidenten; rasteraantallen en aantallen per periode bevatten alleen cellen of perioden met incidenten (geen rij betekent nul). Publiceer aantallen per gebied niet naast aantallen per periode van dezelfde gegevens: een onderdrukt aantal zou dan door aftrekken terug te rekenen zijn.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="105"/>
        <source>Incident points</source>
        <translation>Incidentpunten</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="107"/>
        <source>Move incidents to</source>
        <translation>Incidenten verplaatsen naar</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="107"/>
        <source>Postcode areas (PC6 or PC4 polygons)</source>
        <translation>Postcodegebieden (PC6- of PC4-polygonen)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="107"/>
        <source>Grid cells</source>
        <translation>Rastercellen</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="111"/>
        <source>Postcode areas (PC6 or PC4)</source>
        <translation>Postcodegebieden (PC6 of PC4)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="114"/>
        <source>Area id field (default: &apos;postcode&apos;)</source>
        <translation>Gebieds-id-veld (standaard: 'postcode')</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="117"/>
        <source>Grid cell size (metres, at least 100)</source>
        <translation>Grootte van de rastercellen (meter, minstens 100)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="120"/>
        <source>Fields to keep (all others are dropped)</source>
        <translation>Te behouden velden (alle andere vervallen)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="123"/>
        <source>Date field (coarsened)</source>
        <translation>Datumveld (afgerond)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="126"/>
        <source>Date precision</source>
        <translation>Datumprecisie</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="126"/>
        <source>Week (Monday of the ISO week)</source>
        <translation>Week (maandag van de ISO-week)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="126"/>
        <source>Month (first day)</source>
        <translation>Maand (eerste dag)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="130"/>
        <source>Counts per</source>
        <translation>Aantallen per</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="130"/>
        <source>Area (whole period)</source>
        <translation>Gebied (hele periode)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="130"/>
        <source>Area and week or month</source>
        <translation>Gebied en week of maand</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="134"/>
        <source>Suppress counts below (k)</source>
        <translation>Aantallen onderdrukken onder (k)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="391"/>
        <source>Anonymised incident points</source>
        <translation>Geanonimiseerde incidentpunten</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="141"/>
        <source>Incident counts per area (suppressed)</source>
        <translation>Aantallen incidenten per gebied (onderdrukt)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="144"/>
        <source>Incidents read</source>
        <translation>Gelezen incidenten</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="144"/>
        <source>Incidents moved to an area or cell</source>
        <translation>Incidenten verplaatst naar een gebied of cel</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="144"/>
        <source>Incidents dropped (no geometry or in no area)</source>
        <translation>Vervallen incidenten (geen geometrie of in geen enkel gebied)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="144"/>
        <source>Suppressed counts</source>
        <translation>Onderdrukte aantallen</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="167"/>
        <source>The incident layer has no features.</source>
        <translation>De incidentenlaag heeft geen objecten.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="174"/>
        <source>The area layer holds no polygons.</source>
        <translation>De gebiedenlaag bevat geen polygonen.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="227"/>
        <source>Choose at least one output: the points or the counts.</source>
        <translation>Kies minstens één uitvoer: de punten of de aantallen.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="237"/>
        <source>Counts per week or month need a date field.</source>
        <translation>Aantallen per week of maand hebben een datumveld nodig.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="239"/>
        <source>k must be at least 1.</source>
        <translation>k moet minstens 1 zijn.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="246"/>
        <source>Field(s) {} hold exact dates or times: choose one as the date field (it is coarsened) and leave the others out of the fields to keep.</source>
        <translation>Veld(en) {} bevatten exacte datums of tijden: kies er één als datumveld (dat wordt afgerond) en laat de andere weg uit de te behouden velden.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="255"/>
        <source>Choose a postcode area layer (PC6 or PC4 polygons), or move the incidents to grid cells.</source>
        <translation>Kies een laag met postcodegebieden (PC6- of PC4-polygonen), of verplaats de incidenten naar rastercellen.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="261"/>
        <source>The area layer has no field &apos;postcode&apos;: choose the area id field.</source>
        <translation>De gebiedenlaag heeft geen veld 'postcode': kies het gebieds-id-veld.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="265"/>
        <source>The area layer has no field &apos;{}&apos;.</source>
        <translation>De gebiedenlaag heeft geen veld '{}'.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="277"/>
        <source>Field(s) {} hold personal data and cannot be kept: leave them out of the fields to keep.</source>
        <translation>Veld(en) {} bevatten persoonsgegevens en kunnen niet behouden worden: laat ze weg uit de te behouden velden.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="282"/>
        <source>Kept field {}: {}</source>
        <translation>Behouden veld {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="300"/>
        <source>{} features without a geometry were dropped.</source>
        <translation>{} objecten zonder geometrie zijn vervallen.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="303"/>
        <source>{} incidents lie in no postcode area and were dropped.</source>
        <translation>{} incidenten liggen in geen enkel postcodegebied en zijn vervallen.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="306"/>
        <source>{} features of several points count as one incident at the centre of their points.</source>
        <translation>{} objecten van meerdere punten tellen als één incident in het midden van hun punten.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="309"/>
        <source>{} incidents have no readable date: their date fields are empty{}.</source>
        <translation>{} incidenten hebben geen leesbare datum: hun datumvelden zijn leeg{}.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="309"/>
        <source> and they are not counted per period</source>
        <translation> en ze worden niet per periode geteld</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="314"/>
        <source>{} of {} incidents moved to {} grid cells.</source>
        <translation>{} van de {} incidenten verplaatst naar {} rastercellen.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="314"/>
        <source>{} of {} incidents moved to {} postcode areas.</source>
        <translation>{} van de {} incidenten verplaatst naar {} postcodegebieden.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="356"/>
        <source>Kept field(s) {} are replaced by the generated fields of the same name.</source>
        <translation>Behouden veld(en) {} worden vervangen door de gegenereerde velden met dezelfde naam.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="388"/>
        <source>Incident points for analysis inside the organisation: small numbers of incidents per area are visible. Share the counts instead.</source>
        <translation>Incidentpunten voor analyse binnen de organisatie: kleine aantallen incidenten per gebied zijn zichtbaar. Deel in plaats daarvan de aantallen.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="438"/>
        <source>Incident counts (suppressed)</source>
        <translation>Aantallen incidenten (onderdrukt)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="446"/>
        <source>Incidents moved to the centres of {:g} m grid cells.</source>
        <translation>Incidenten verplaatst naar de middens van rastercellen van {:g} m.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="449"/>
        <source>Incidents moved to the centroid (or a point on the surface) of their postcode area (&apos;{}&apos;).</source>
        <translation>Incidenten verplaatst naar het zwaartepunt (of een punt op het oppervlak) van hun postcodegebied ('{}').</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="453"/>
        <source>Dates coarsened to the ISO week (Monday).</source>
        <translation>Datums afgerond naar de ISO-week (maandag).</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="453"/>
        <source>Dates coarsened to the month (first day).</source>
        <translation>Datums afgerond naar de maand (eerste dag).</translation>
    </message>
</context>
<context>
    <name>AreaBridge</name>
    <message>
        <location filename="../processing/area_bridge.py" line="50"/>
        <source>{} must be a polygon layer (areas such as buurten or PC6 areas); &apos;{}&apos; holds {}.</source>
        <translation>{} moet een polygonenlaag zijn (gebieden zoals buurten of PC6-gebieden); '{}' bevat {}.</translation>
    </message>
    <message>
        <location filename="../processing/area_bridge.py" line="181"/>
        <source>Could not reproject an area from {} to {}: {}</source>
        <translation>Kan een gebied niet herprojecteren van {} naar {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/area_bridge.py" line="193"/>
        <source>Could not open the raster {}</source>
        <translation>Kan het raster {} niet openen</translation>
    </message>
    <message>
        <location filename="../processing/area_bridge.py" line="196"/>
        <source>The raster has no band {}.</source>
        <translation>Het raster heeft geen band {}.</translation>
    </message>
    <message>
        <location filename="../processing/area_bridge.py" line="200"/>
        <source>The raster is rotated or not north-up; warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>Het raster is gedraaid of niet naar het noorden gericht; transformeer het eerst naar een noordgericht raster (Raster &gt; Projecties &gt; Transformeren).</translation>
    </message>
</context>
<context>
    <name>AreaMonitor</name>
    <message>
        <location filename="../core/area_monitor.py" line="132"/>
        <source>Cannot read the indicator entry &apos;{}&apos;: write field:direction[:weight[:domain]], e.g. &apos;score_veiligheid:+:1:safety&apos;.</source>
        <translation>Kan de indicatorregel '{}' niet lezen: schrijf veld:richting[:gewicht[:domein]], bijv. 'score_veiligheid:+:1:safety'.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="138"/>
        <source>The direction of &apos;{}&apos; must be &apos;+&apos; (higher is better) or &apos;-&apos; (higher is worse), not &apos;{}&apos;.</source>
        <translation>De richting van '{}' moet '+' (hoger is beter) of '-' (hoger is slechter) zijn, niet '{}'.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="146"/>
        <source>The weight of &apos;{}&apos; is not a number: &apos;{}&apos;.</source>
        <translation>Het gewicht van '{}' is geen getal: '{}'.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="150"/>
        <source>The weight of &apos;{}&apos; must be above 0 (got {}).</source>
        <translation>Het gewicht van '{}' moet boven 0 liggen (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="155"/>
        <source>The domain of &apos;{}&apos; must start with a letter and hold only letters, digits and &apos;_&apos; (got &apos;{}&apos;).</source>
        <translation>Het domein van '{}' moet met een letter beginnen en alleen letters, cijfers en '_' bevatten (nu '{}').</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="159"/>
        <source>The indicator &apos;{}&apos; is listed twice.</source>
        <translation>De indicator '{}' staat er twee keer in.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="285"/>
        <source>No indicators: give at least one entry field:direction.</source>
        <translation>Geen indicatoren: geef minstens één regel veld:richting.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="186"/>
        <source>No direction for the indicator(s) {}: add an entry such as &apos;{}:+&apos; (higher is better) or &apos;{}:-&apos; (higher is worse) to the specification.</source>
        <translation>Geen richting voor de indicator(en) {}: voeg een regel toe zoals '{}:+' (hoger is beter) of '{}:-' (hoger is slechter) aan de specificatie.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="273"/>
        <source>Unknown method &apos;{}&apos;. Choose one of: {}.</source>
        <translation>Onbekende methode '{}'. Kies een van: {}.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="249"/>
        <source>The indicator field &apos;{}&apos; is not in the layer.</source>
        <translation>Het indicatorveld '{}' staat niet in de laag.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="254"/>
        <source>The indicator field &apos;{}&apos; holds values that are not numbers.</source>
        <translation>Het indicatorveld '{}' bevat waarden die geen getallen zijn.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="258"/>
        <source>The indicator field &apos;{}&apos; holds infinite values.</source>
        <translation>Het indicatorveld '{}' bevat oneindige waarden.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="277"/>
        <source>Unknown missing-value policy &apos;{}&apos;. Choose one of: {}.</source>
        <translation>Onbekende werkwijze voor ontbrekende waarden '{}'. Kies een van: {}.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="281"/>
        <source>The minimum coverage must lie between 0 and 1 (got {}).</source>
        <translation>De minimale dekking moet tussen 0 en 1 liggen (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="288"/>
        <source>The area layer has no features.</source>
        <translation>De gebiedenlaag heeft geen objecten.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="297"/>
        <source> and {} more</source>
        <translation> en nog {}</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="299"/>
        <source>Missing indicator values ({}) in {} area(s): {}{}. Fill them in, or choose the policy &apos;skip missing values and re-weight&apos;.</source>
        <translation>Ontbrekende indicatorwaarden ({}) in {} gebied(en): {}{}. Vul ze in, of kies de werkwijze 'ontbrekende waarden overslaan en herwegen'.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="314"/>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="315"/>
        <source>fewer than two values</source>
        <translation>minder dan twee waarden</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="316"/>
        <source>No indicator varies between the areas ({}): there is nothing to compare. Check the fields and the layer.</source>
        <translation>Geen enkele indicator verschilt tussen de gebieden ({}): er valt niets te vergelijken. Controleer de velden en de laag.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="382"/>
        <source>Incident counts cannot be negative.</source>
        <translation>Aantallen incidenten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="384"/>
        <source>The population field holds negative values: fix the layer.</source>
        <translation>Het bevolkingsveld bevat negatieve waarden: herstel de laag.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="388"/>
        <source>No area has a population above 0: rates per inhabitant cannot be computed. Check the population field.</source>
        <translation>Geen enkel gebied heeft een bevolking boven 0: cijfers per inwoner kunnen niet berekend worden. Controleer het bevolkingsveld.</translation>
    </message>
</context>
<context>
    <name>AreaMonitorIndexAlgorithm</name>
    <message>
        <location filename="../processing/area_monitor_index.py" line="233"/>
        <source>Area monitor index</source>
        <translation>Buurtmonitorindex</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="57"/>
        <source>Area monitor</source>
        <translation>Buurtmonitor</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="63"/>
        <source>Composite neighbourhood index, 0-100 score, five classes and rank from monitor indicators.</source>
        <translation>Samengestelde buurtindex, score 0-100, vijf klassen en rang uit monitorindicatoren.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="67"/>
        <source>&lt;p&gt;Combines neighbourhood monitor indicators (income, safety, participation, education, payment arrears, ...) into one composite index per area, a score from 0 (weakest area) to 100 (strongest), five classes and a rank, plus a sub-index and score per domain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicator specification&lt;/b&gt;: one entry per indicator, separated by &apos;;&apos; or new lines: &lt;code&gt;field:direction[:weight[:domain]]&lt;/code&gt;. Direction &apos;+&apos; means a higher value is better, &apos;-&apos; that a higher value is worse; the weight (default 1) must be above 0; the domain (optional: letters, digits, &apos;_&apos;) groups indicators into a sub-index. Example: &lt;code&gt;gemiddeld_inkomen_per_inwoner:+:1:income; betalingsachterstand_pct:-:1:income; score_veiligheid:+:2:safety&lt;/code&gt;. The default fits the CBS-style buurten of the demo. &lt;b&gt;Indicator fields&lt;/b&gt; (optional) picks which of them to use; each picked field needs an entry with its direction.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: mean of z-scores ((x - mean) / standard deviation, sample sd) or mean of percentile ranks (100 x (rank - 0.5) / n, ties share their mean rank), each indicator turned by its direction so higher is always stronger; the composite is the weighted mean. &lt;b&gt;Score&lt;/b&gt;: the composite rescaled so that the weakest area of the layer is 0 and the strongest 100 (relative to these areas). &lt;b&gt;Classes&lt;/b&gt; are equal-count quintiles of the score (1 + floor(5 x areas with a lower score / areas with a score); equal scores share a class): 1 very weak / zeer zwak, 2 weak / zwak, 3 average / gemiddeld, 4 strong / sterk, 5 very strong / zeer sterk. &lt;b&gt;Rank&lt;/b&gt; 1 is the weakest area.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Missing values&lt;/b&gt;: &apos;skip and re-weight&apos; averages the indicators an area has, re-weighted, and leaves the index empty when they carry less than the minimum coverage (default 50%) of the total weight; &apos;refuse&apos; stops and names the areas. A constant indicator says nothing about differences and is left out, with a warning. The output holds the input fields plus composite, score, monitor_class, class_en, class_nl, monitor_rank, n_indicators, coverage_pct and sub_&amp;lt;domain&amp;gt; / score_&amp;lt;domain&amp;gt;. The index holds no counts, so nothing is suppressed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Combineert indicatoren van de buurtmonitor (inkomen, veiligheid, participatie, opleiding, betalingsachterstanden, ...) tot één samengestelde index per gebied, een score van 0 (zwakste gebied) tot 100 (sterkste), vijf klassen en een rangnummer, plus een subindex en score per domein.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicatorspecificatie&lt;/b&gt;: één regel per indicator, gescheiden door ';' of nieuwe regels: &lt;code&gt;veld:richting[:gewicht[:domein]]&lt;/code&gt;. Richting '+' betekent dat een hogere waarde beter is, '-' dat een hogere waarde slechter is; het gewicht (standaard 1) moet boven 0 liggen; het domein (optioneel: letters, cijfers, '_') groepeert indicatoren tot een subindex. Voorbeeld: &lt;code&gt;gemiddeld_inkomen_per_inwoner:+:1:income; betalingsachterstand_pct:-:1:income; score_veiligheid:+:2:safety&lt;/code&gt;. De standaard past bij de CBS-achtige buurten van de demo. &lt;b&gt;Indicatorvelden&lt;/b&gt; (optioneel) kiest welke daarvan gebruikt worden; elk gekozen veld heeft een regel met zijn richting nodig.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt;: gemiddelde van z-scores ((x - gemiddelde) / standaardafwijking, steekproef-sd) of gemiddelde van percentielrangen (100 x (rang - 0,5) / n, gelijke waarden delen hun gemiddelde rang), elke indicator gedraaid volgens zijn richting zodat hoger altijd sterker is; de samengestelde index is het gewogen gemiddelde. &lt;b&gt;Score&lt;/b&gt;: de samengestelde index herschaald zodat het zwakste gebied van de laag 0 is en het sterkste 100 (ten opzichte van deze gebieden). &lt;b&gt;Klassen&lt;/b&gt; zijn kwintielen met gelijke aantallen van de score (1 + floor(5 x gebieden met een lagere score / gebieden met een score); gelijke scores delen een klasse): 1 very weak / zeer zwak, 2 weak / zwak, 3 average / gemiddeld, 4 strong / sterk, 5 very strong / zeer sterk. &lt;b&gt;Rang&lt;/b&gt; 1 is het zwakste gebied.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ontbrekende waarden&lt;/b&gt;: 'overslaan en herwegen' middelt de indicatoren die een gebied heeft, opnieuw gewogen, en laat de index leeg als die minder dan de minimale dekking (standaard 50%) van het totale gewicht dragen; 'weigeren' stopt en noemt de gebieden. Een constante indicator zegt niets over verschillen en wordt weggelaten, met een waarschuwing. De uitvoer bevat de invoervelden plus composite, score, monitor_class, class_en, class_nl, monitor_rank, n_indicators, coverage_pct en sub_&amp;lt;domein&amp;gt; / score_&amp;lt;domein&amp;gt;. De index bevat geen aantallen, dus er wordt niets onderdrukt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="100"/>
        <source>Areas with monitor indicators</source>
        <translation>Gebieden met monitorindicatoren</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="103"/>
        <source>Indicator fields (default: every field of the specification)</source>
        <translation>Indicatorvelden (standaard: elk veld van de specificatie)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="108"/>
        <source>Indicator specification (field:direction:weight:domain; ...)</source>
        <translation>Indicatorspecificatie (veld:richting:gewicht:domein; ...)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="111"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="111"/>
        <source>Mean of z-scores</source>
        <translation>Gemiddelde van z-scores</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="111"/>
        <source>Mean of percentile ranks</source>
        <translation>Gemiddelde van percentielrangen</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="114"/>
        <source>Missing indicator values</source>
        <translation>Ontbrekende indicatorwaarden</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="114"/>
        <source>Skip and re-weight</source>
        <translation>Overslaan en herwegen</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="114"/>
        <source>Refuse (stop with an error)</source>
        <translation>Weigeren (stoppen met een fout)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="118"/>
        <source>Minimum share of the total weight an area needs (%)</source>
        <translation>Minimaal aandeel van het totale gewicht dat een gebied nodig heeft (%)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="136"/>
        <source>The area layer</source>
        <translation>De gebiedenlaag</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="146"/>
        <source>Indicators: {}; method {}.</source>
        <translation>Indicatoren: {}; methode {}.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="154"/>
        <source>feature {}</source>
        <translation>object {}</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="162"/>
        <source>Index of {} ({}), indicators {}; score 0 = weakest, 100 = strongest area of the layer; classes are equal-count quintiles.</source>
        <translation>Index van {} ({}), indicatoren {}; score 0 = zwakste, 100 = sterkste gebied van de laag; klassen zijn kwintielen met gelijke aantallen.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="176"/>
        <source>The indicator field &apos;{}&apos; is not in the layer {}. Fields there: {}. Adjust the indicator specification.</source>
        <translation>Het indicatorveld '{}' staat niet in de laag {}. Velden daar: {}. Pas de indicatorspecificatie aan.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="181"/>
        <source>The indicator field &apos;{}&apos; is not numeric ({}).</source>
        <translation>Het indicatorveld '{}' is niet numeriek ({}).</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="188"/>
        <source>Indicator &apos;{}&apos; has the same value in every area and is left out.</source>
        <translation>Indicator '{}' heeft in elk gebied dezelfde waarde en wordt weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="192"/>
        <source>Indicator &apos;{}&apos; has a value in fewer than two areas and is left out.</source>
        <translation>Indicator '{}' heeft in minder dan twee gebieden een waarde en wordt weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="196"/>
        <source>Missing indicator values, areas without a value out of {}: {}. Those areas are averaged over the indicators they have.</source>
        <translation>Ontbrekende indicatorwaarden, gebieden zonder waarde van de {}: {}. Die gebieden worden gemiddeld over de indicatoren die ze hebben.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="201"/>
        <source>{} areas have too few indicator values and get no index, class or rank.</source>
        <translation>{} gebieden hebben te weinig indicatorwaarden en krijgen geen index, klasse of rang.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="204"/>
        <source>{} areas indexed; domains: {}.</source>
        <translation>{} gebieden geïndexeerd; domeinen: {}.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="216"/>
        <source>The input field &apos;{}&apos; is replaced by the new value of the same name.</source>
        <translation>Het invoerveld '{}' wordt vervangen door de nieuwe waarde met dezelfde naam.</translation>
    </message>
</context>
<context>
    <name>AreaMonitorOverlayAlgorithm</name>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="72"/>
        <source>Area monitor overlay (vulnerability x crime)</source>
        <translation>Buurtmonitor-overlay (kwetsbaarheid x criminaliteit)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="75"/>
        <source>Area monitor</source>
        <translation>Buurtmonitor</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="81"/>
        <source>Crime intensity per area, bivariate 3 x 3 classes of vulnerability x crime and focus areas, with a ready style and legend.</source>
        <translation>Criminaliteitsintensiteit per gebied, bivariate 3 x 3 klassen van kwetsbaarheid x criminaliteit en aandachtsgebieden, met een kant-en-klare stijl en legenda.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="85"/>
        <source>&lt;p&gt;Sets the vulnerability of each area (usually the score of &lt;i&gt;Area monitor index&lt;/i&gt;) against its crime intensity and marks the focus areas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Crime intensity&lt;/b&gt; from incident points: the count per area and the rate per 1,000 inhabitants, raw and smoothed by global empirical Bayes (Marshall 1991: rates of areas with few inhabitants move towards the overall rate, so tiny populations do not top the list). Areas with zero or missing population get no rate and take no part in the smoothing. And/or from a density raster (e.g. of &lt;i&gt;Kernel density hotspots&lt;/i&gt;): the zonal mean and maximum of the cells whose centre lies in the area (the rule of QGIS&apos;s zonal statistics) and the share of hotspot cells: cells in the top percentage (default 5%) of the raster&apos;s cells with data, or at or above a fixed threshold. An area smaller than a cell takes the cell under its inner point. Areas in another CRS than the raster are reprojected to it for the statistics (the log says so). Overlapping areas are detected and reported; each area counts all of its cells and incidents. &lt;b&gt;Crime measure&lt;/b&gt; chooses what the classes use (automatic: the smoothed rate when incidents are given, else the zonal mean).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bivariate classes&lt;/b&gt;: equal-count terciles of vulnerability (A low, B, C high) and of crime (1 low, 2, 3 high), so &apos;C3&apos; is high vulnerability with high crime: the focus class (field &apos;focus&apos;, ranked by crime in &apos;focus_rank&apos;). With an index score, vulnerability is the weak side: the lower the score, the more vulnerable. The output is styled with a 3 x 3 palette (also saved as .qml beside a file output) and a legend image (PNG) for print layouts is written.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: incident counts below k (default 5) are left empty and flagged in &apos;onderdrukt&apos;, and so are the rates computed from them; the layer&apos;s metadata says so. The classes are computed before suppression.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zet de kwetsbaarheid van elk gebied (meestal de score van &lt;i&gt;Buurtmonitorindex&lt;/i&gt;) af tegen de criminaliteitsintensiteit en markeert de aandachtsgebieden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Criminaliteitsintensiteit&lt;/b&gt; uit incidentpunten: het aantal per gebied en het aantal per 1.000 inwoners, ruw en gladgestreken met globale empirische Bayes (Marshall 1991: cijfers van gebieden met weinig inwoners schuiven op naar het totale cijfer, zodat piepkleine bevolkingen niet bovenaan de lijst komen). Gebieden met nul of ontbrekende bevolking krijgen geen cijfer en doen niet mee aan het gladstrijken. En/of uit een dichtheidsraster (bijv. van &lt;i&gt;Kerneldichtheid-hotspots&lt;/i&gt;): het zonale gemiddelde en maximum van de cellen waarvan het middelpunt in het gebied ligt (de regel van de zonale statistiek van QGIS) en het aandeel hotspotcellen: cellen in het bovenste percentage (standaard 5%) van de rastercellen met gegevens, of op of boven een vaste drempel. Een gebied kleiner dan een cel neemt de cel onder zijn binnenpunt. Gebieden in een ander CRS dan het raster worden daarnaar herprojecteerd voor de statistiek (het logboek vermeldt dat). Overlappende gebieden worden gevonden en gemeld; elk gebied telt al zijn cellen en incidenten. &lt;b&gt;Criminaliteitsmaat&lt;/b&gt; kiest wat de klassen gebruiken (automatisch: het gladgestreken cijfer als er incidenten zijn, anders het zonale gemiddelde).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bivariate klassen&lt;/b&gt;: tertielen met gelijke aantallen van kwetsbaarheid (A laag, B, C hoog) en van criminaliteit (1 laag, 2, 3 hoog), dus 'C3' is hoge kwetsbaarheid met hoge criminaliteit: de aandachtsklasse (veld 'focus', gerangschikt naar criminaliteit in 'focus_rank'). Met een indexscore is kwetsbaarheid de zwakke kant: hoe lager de score, hoe kwetsbaarder. De uitvoer krijgt een stijl met een 3 x 3 palet (ook als .qml naast een bestandsuitvoer opgeslagen) en er wordt een legendafbeelding (PNG) voor afdruklay-outs geschreven.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: aantallen incidenten onder k (standaard 5) blijven leeg en worden gemarkeerd in 'onderdrukt', net als de cijfers die ervan berekend zijn; de metadata van de laag vermelden dat. De klassen worden berekend vóór de onderdrukking.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="113"/>
        <source>Areas (e.g. the area monitor index)</source>
        <translation>Gebieden (bijv. de buurtmonitorindex)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="116"/>
        <source>Vulnerability field (default: score)</source>
        <translation>Veld met kwetsbaarheid (standaard: score)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="120"/>
        <source>In that field</source>
        <translation>In dat veld</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="120"/>
        <source>Higher values are stronger (an index score)</source>
        <translation>Hogere waarden zijn sterker (een indexscore)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="120"/>
        <source>Higher values are more vulnerable</source>
        <translation>Hogere waarden zijn kwetsbaarder</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="124"/>
        <source>Incident points</source>
        <translation>Incidentpunten</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="127"/>
        <source>Population field (inhabitants)</source>
        <translation>Bevolkingsveld (inwoners)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="131"/>
        <source>Density raster (e.g. kernel density)</source>
        <translation>Dichtheidsraster (bijv. kerneldichtheid)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="133"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="135"/>
        <source>Hotspot cells: top percentage of the raster</source>
        <translation>Hotspotcellen: bovenste percentage van het raster</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="138"/>
        <source>Hotspot cells: fixed threshold (instead of the top percentage)</source>
        <translation>Hotspotcellen: vaste drempel (in plaats van het bovenste percentage)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="144"/>
        <source>Crime measure for the classes</source>
        <translation>Criminaliteitsmaat voor de klassen</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="144"/>
        <source>Automatic (smoothed rate with incidents, else zonal mean)</source>
        <translation>Automatisch (gladgestreken cijfer met incidenten, anders zonaal gemiddelde)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="144"/>
        <source>Rate per 1,000 inhabitants, empirical-Bayes smoothed</source>
        <translation>Cijfer per 1.000 inwoners, gladgestreken met empirische Bayes</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="144"/>
        <source>Zonal mean of the raster</source>
        <translation>Zonaal gemiddelde van het raster</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="144"/>
        <source>Zonal maximum of the raster</source>
        <translation>Zonaal maximum van het raster</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="144"/>
        <source>Share of hotspot cells</source>
        <translation>Aandeel hotspotcellen</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="150"/>
        <source>Suppress incident counts below (k)</source>
        <translation>Aantallen incidenten onderdrukken onder (k)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="472"/>
        <source>Vulnerability x crime</source>
        <translation>Kwetsbaarheid x criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="156"/>
        <source>Legend image</source>
        <translation>Legendafbeelding</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="156"/>
        <source>PNG files (*.png)</source>
        <translation>PNG-bestanden (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="166"/>
        <source>The area layer</source>
        <translation>De gebiedenlaag</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="170"/>
        <source>Give incident points, a density raster or both: crime intensity comes from them.</source>
        <translation>Geef incidentpunten, een dichtheidsraster of beide: de criminaliteitsintensiteit komt daaruit.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="177"/>
        <source>The crime measure &apos;rate per 1,000 inhabitants&apos; needs incident points.</source>
        <translation>De criminaliteitsmaat 'cijfer per 1.000 inwoners' heeft incidentpunten nodig.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="180"/>
        <source>The chosen crime measure comes from a density raster: give one, or choose the rate.</source>
        <translation>De gekozen criminaliteitsmaat komt uit een dichtheidsraster: geef er een op, of kies het cijfer per inwoner.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="190"/>
        <source>Rates per 1,000 inhabitants need a population field; &apos;{}&apos; is not in the layer {}.</source>
        <translation>Cijfers per 1.000 inwoners hebben een bevolkingsveld nodig; '{}' staat niet in de laag {}.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="197"/>
        <source>The density raster must be a file (GeoTIFF or another GDAL format); save &apos;{}&apos; to a file first.</source>
        <translation>Het dichtheidsraster moet een bestand zijn (GeoTIFF of een ander GDAL-formaat); sla '{}' eerst op als bestand.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="218"/>
        <source>The field &apos;{}&apos; is not in the layer {}. Fields there: {}.</source>
        <translation>Het veld '{}' staat niet in de laag {}. Velden daar: {}.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="222"/>
        <source>The field &apos;{}&apos; is not numeric ({}).</source>
        <translation>Het veld '{}' is niet numeriek ({}).</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="242"/>
        <source>{} areas have no geometry: they get no crime figures.</source>
        <translation>{} gebieden hebben geen geometrie: ze krijgen geen criminaliteitscijfers.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="263"/>
        <source>Vulnerability: {} ({}); crime measure: {}; classes are equal-count terciles, C3 (high vulnerability, high crime) is the focus class.</source>
        <translation>Kwetsbaarheid: {} ({}); criminaliteitsmaat: {}; klassen zijn tertielen met gelijke aantallen, C3 (hoge kwetsbaarheid, hoge criminaliteit) is de aandachtsklasse.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="263"/>
        <source>lower is more vulnerable</source>
        <translation>lager is kwetsbaarder</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="263"/>
        <source>higher is more vulnerable</source>
        <translation>hoger is kwetsbaarder</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="301"/>
        <source>{} incidents without a geometry were skipped.</source>
        <translation>{} incidenten zonder geometrie zijn overgeslagen.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="304"/>
        <source>{} incidents lie outside every area and are not counted.</source>
        <translation>{} incidenten liggen buiten elk gebied en worden niet geteld.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="307"/>
        <source>{} incidents lie inside more than one area: the areas overlap. Each of those areas counts them.</source>
        <translation>{} incidenten liggen in meer dan één gebied: de gebieden overlappen. Elk van die gebieden telt ze.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="314"/>
        <source>{} areas have zero or missing population: they get no rate (their incidents are still counted).</source>
        <translation>{} gebieden hebben een bevolking van nul of geen bevolking: ze krijgen geen cijfer (hun incidenten worden wel geteld).</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="317"/>
        <source>{} incidents in the areas; overall rate {:.2f} per 1,000 inhabitants; between-area variance of the rates (empirical Bayes) {:.3g}.</source>
        <translation>{} incidenten in de gebieden; totaal cijfer {:.2f} per 1.000 inwoners; variantie van de cijfers tussen gebieden (empirische Bayes) {:.3g}.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="321"/>
        <source>Rates per 1,000 inhabitants ({}), smoothed by global empirical Bayes (Marshall 1991); overall rate {:.2f}.</source>
        <translation>Cijfers per 1.000 inwoners ({}), gladgestreken met globale empirische Bayes (Marshall 1991); totaal cijfer {:.2f}.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="344"/>
        <source>The areas ({}) are reprojected to the raster&apos;s CRS ({}) for the zonal statistics.</source>
        <translation>De gebieden ({}) worden geherprojecteerd naar het CRS van het raster ({}) voor de zonale statistiek.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="347"/>
        <source>Areas reprojected from {} to {} for the zonal statistics.</source>
        <translation>Gebieden geherprojecteerd van {} naar {} voor de zonale statistiek.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="353"/>
        <source>at or above {:g}</source>
        <translation>op of boven {:g}</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="357"/>
        <source>the top {:g}% of the raster&apos;s cells with data (at or above {:.4g})</source>
        <translation>de bovenste {:g}% van de rastercellen met gegevens (op of boven {:.4g})</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="359"/>
        <source>Hotspot cells: {}.</source>
        <translation>Hotspotcellen: {}.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="360"/>
        <source>Zonal statistics of {} (cell centres in the area); hotspot cells: {}.</source>
        <translation>Zonale statistiek van {} (celmiddens in het gebied); hotspotcellen: {}.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="366"/>
        <source>The raster does not overlap the areas: no zonal statistics.</source>
        <translation>Het raster overlapt de gebieden niet: geen zonale statistiek.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="373"/>
        <source>{} areas are smaller than a cell: they take the value of the cell under an inner point.</source>
        <translation>{} gebieden zijn kleiner dan een cel: ze krijgen de waarde van de cel onder een binnenpunt.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="378"/>
        <source>{} areas have no raster cells with data.</source>
        <translation>{} gebieden hebben geen rastercellen met gegevens.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="404"/>
        <source>The areas overlap: {} cells lie in more than one area ({} areas involved). Each area&apos;s statistics use all of its cells.</source>
        <translation>De gebieden overlappen: {} cellen liggen in meer dan één gebied ({} gebieden betrokken). De statistiek van elk gebied gebruikt al zijn cellen.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="425"/>
        <source>{} areas have no value in &apos;{}&apos; and get no bivariate class.</source>
        <translation>{} gebieden hebben geen waarde in '{}' en krijgen geen bivariate klasse.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="430"/>
        <source>{} more areas have no crime measure and get no bivariate class.</source>
        <translation>{} gebieden meer hebben geen criminaliteitsmaat en krijgen geen bivariate klasse.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="433"/>
        <source>{} focus areas (C3: high vulnerability, high crime).</source>
        <translation>{} aandachtsgebieden (C3: hoge kwetsbaarheid, hoge criminaliteit).</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="456"/>
        <source>The input field &apos;{}&apos; is replaced by the new value of the same name.</source>
        <translation>Het invoerveld '{}' wordt vervangen door de nieuwe waarde met dezelfde naam.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="490"/>
        <source>Vulnerability</source>
        <translation>Kwetsbaarheid</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="490"/>
        <source>Crime intensity</source>
        <translation>Criminaliteitsintensiteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="490"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="490"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="490"/>
        <source>C3 = focus: high vulnerability and high crime</source>
        <translation>C3 = aandacht: hoge kwetsbaarheid en hoge criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="495"/>
        <source>Bivariate legend</source>
        <translation>Bivariate legenda</translation>
    </message>
</context>
<context>
    <name>AreaMonitorStyle</name>
    <message>
        <location filename="../processing/area_monitor_style.py" line="191"/>
        <source>Could not write the legend image {}</source>
        <translation>Kan de legendafbeelding {} niet schrijven</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="47"/>
        <source>A3: low vulnerability, high crime</source>
        <translation>A3: lage kwetsbaarheid, hoge criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="48"/>
        <source>B3: middle vulnerability, high crime</source>
        <translation>B3: middelmatige kwetsbaarheid, hoge criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="49"/>
        <source>C3: high vulnerability, high crime (focus)</source>
        <translation>C3: hoge kwetsbaarheid, hoge criminaliteit (aandacht)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="50"/>
        <source>A2: low vulnerability, middle crime</source>
        <translation>A2: lage kwetsbaarheid, middelmatige criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="51"/>
        <source>B2: middle vulnerability, middle crime</source>
        <translation>B2: middelmatige kwetsbaarheid, middelmatige criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="52"/>
        <source>C2: high vulnerability, middle crime</source>
        <translation>C2: hoge kwetsbaarheid, middelmatige criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="53"/>
        <source>A1: low vulnerability, low crime</source>
        <translation>A1: lage kwetsbaarheid, lage criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="54"/>
        <source>B1: middle vulnerability, low crime</source>
        <translation>B1: middelmatige kwetsbaarheid, lage criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="55"/>
        <source>C1: high vulnerability, low crime</source>
        <translation>C1: hoge kwetsbaarheid, lage criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="56"/>
        <source>no class (missing values)</source>
        <translation>geen klasse (ontbrekende waarden)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="59"/>
        <source>1 very weak</source>
        <translation>1 zeer zwak</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="60"/>
        <source>2 weak</source>
        <translation>2 zwak</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="61"/>
        <source>3 average</source>
        <translation>3 gemiddeld</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="62"/>
        <source>4 strong</source>
        <translation>4 sterk</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="63"/>
        <source>5 very strong</source>
        <translation>5 zeer sterk</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="64"/>
        <source>no index (missing values)</source>
        <translation>geen index (ontbrekende waarden)</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <location filename="../processing/bridge.py" line="116"/>
        <source>Could not open layer {} in {}</source>
        <translation>Kan laag {} in {} niet openen</translation>
    </message>
    <message>
        <location filename="../processing/bridge.py" line="316"/>
        <source>The input holds lines or polygons: use a point layer (for areas, use their centroids).</source>
        <translation>De invoer bevat lijnen of polygonen: gebruik een puntlaag (neem voor gebieden hun zwaartepunten).</translation>
    </message>
    <message>
        <location filename="../processing/bridge.py" line="374"/>
        <source>Could not create the raster {}</source>
        <translation>Kan het raster {} niet aanmaken</translation>
    </message>
</context>
<context>
    <name>BriefingStep</name>
    <message>
        <location filename="../ui/briefing_step.py" line="332"/>
        <source>Week {week}, {year}</source>
        <translation>Week {week}, {year}</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="77"/>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="78"/>
        <source>A3 landscape</source>
        <translation>A3 liggend</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="79"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="80"/>
        <source>PNG (an image per page)</source>
        <translation>PNG (een afbeelding per pagina)</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="81"/>
        <source>PDF and PNG</source>
        <translation>PDF en PNG</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="83"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="84"/>
        <source>Patrol focus areas</source>
        <translation>Aandachtsgebieden voor surveillance</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="168"/>
        <source>Forecast for {}</source>
        <translation>Voorspelling voor {}</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="194"/>
        <source>Choose the focus areas: run step 2 or pick a polygon layer with scores.</source>
        <translation>Kies de aandachtsgebieden: voer stap 2 uit of kies een polygonenlaag met scores.</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="210"/>
        <source>Wijkradar dock: patrol focus map for the briefing</source>
        <translation>Wijkradar-paneel: patrouillekaart voor de briefing</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="293"/>
        <source>Choose where to save the map (Save as).</source>
        <translation>Kies waar de kaart moet worden opgeslagen (Opslaan als).</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="305"/>
        <source>Written: {}</source>
        <translation>Geschreven: {}</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="306"/>
        <source>Patrol focus map written: {} page(s).</source>
        <translation>Patrouillekaart geschreven: {} pagina('s).</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="319"/>
        <source>Export or preview the map first.</source>
        <translation>Exporteer de kaart eerst, of maak eerst een voorbeeld.</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="326"/>
        <source>Making the map…</source>
        <translation>De kaart maken…</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="248"/>
        <source>Page 1 of {}: click for a larger view</source>
        <translation>Pagina 1 van {}: klik voor een grotere weergave</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="262"/>
        <source>Larger view</source>
        <translation>Grotere weergave</translation>
    </message>
</context>
<context>
    <name>CsvDialog</name>
    <message>
        <location filename="../ui/source_dialogs.py" line="47"/>
        <source>Load a CSV</source>
        <translation>Een CSV-bestand laden</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="49"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="51"/>
        <source>Coordinates in X/Y columns</source>
        <translation>Coördinaten in X/Y-kolommen</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="52"/>
        <source>A postcode column, placed on postcode areas</source>
        <translation>Een postcodekolom, geplaatst op postcodegebieden</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="66"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="68"/>
        <source>X column</source>
        <translation>X-kolom</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="69"/>
        <source>Y column</source>
        <translation>Y-kolom</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="70"/>
        <source>Coordinate system</source>
        <translation>Coördinatensysteem</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="73"/>
        <source>Postcode column</source>
        <translation>Postcodekolom</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="74"/>
        <source>Postcode areas</source>
        <translation>Postcodegebieden</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="75"/>
        <source>Postcode field of the areas</source>
        <translation>Postcodeveld van de gebieden</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="110"/>
        <source>The values of {} and {} fit neither longitude/latitude nor RD New: choose their coordinate system.</source>
        <translation>De waarden van {} en {} passen niet bij lengte-/breedtegraad en niet bij RD New: kies hun coördinatenstelsel.</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="116"/>
        <source>Coordinate system guessed from the values of {} and {}: {}. Change it if it is wrong.</source>
        <translation>Coördinatenstelsel afgeleid uit de waarden van {} en {}: {}. Pas het aan als het niet klopt.</translation>
    </message>
</context>
<context>
    <name>DataSources</name>
    <message>
        <location filename="../ui/data_sources.py" line="73"/>
        <source>GeoPackage not found: {}. Check the path, or choose the file again.</source>
        <translation>GeoPackage niet gevonden: {}. Controleer het pad, of kies het bestand opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="78"/>
        <source>a {} file</source>
        <translation>een bestand van het type {}</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="78"/>
        <source>no format GDAL reads</source>
        <translation>geen formaat dat GDAL kan lezen</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="80"/>
        <source>{} is not a GeoPackage (it is {}). Choose a .gpkg file; load CSV files with the CSV option.</source>
        <translation>{} is geen GeoPackage (het is {}). Kies een .gpkg-bestand; laad CSV-bestanden met de optie CSV.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="86"/>
        <source>{} holds no vector layers (no tables, or only raster tiles). Choose a GeoPackage with vector tables.</source>
        <translation>{} bevat geen vectorlagen (geen tabellen, of alleen rastertegels). Kies een GeoPackage met vectortabellen.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="93"/>
        <source>Table {} of {} cannot be read; the file may be damaged. Open it in QGIS&apos;s Browser panel to see the error.</source>
        <translation>Tabel {} van {} kan niet gelezen worden; het bestand is misschien beschadigd. Open het in het paneel Browser van QGIS om de fout te zien.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="111"/>
        <source>CSV file not found: {}. Check the path, or choose the file again.</source>
        <translation>CSV-bestand niet gevonden: {}. Controleer het pad, of kies het bestand opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="120"/>
        <source>{} is empty: a CSV file needs a header line with column names and one row per record.</source>
        <translation>{} is leeg: een CSV-bestand heeft een kopregel met kolomnamen en één rij per record nodig.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="126"/>
        <source>{} has a header but no rows: add the records below the header line, or choose another file.</source>
        <translation>{} heeft een kopregel maar geen rijen: voeg de records toe onder de kopregel, of kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="133"/>
        <source>Column {} is not in {}.</source>
        <translation>Kolom {} staat niet in {}.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="133"/>
        <source>Columns {} are not in {}.</source>
        <translation>Kolommen {} staan niet in {}.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="135"/>
        <source>Its columns are: {}. Choose from these.</source>
        <translation>Het bestand heeft deze kolommen: {}. Kies daaruit.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="201"/>
        <source>Say where the rows of {} lie: choose the X and Y columns, or a postcode column and a postcode area layer.</source>
        <translation>Geef aan waar de rijen van {} liggen: kies de X- en Y-kolom, of een postcodekolom en een laag met postcodegebieden.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="208"/>
        <source>Choose both an X and a Y column for {}.</source>
        <translation>Kies zowel een X- als een Y-kolom voor {}.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="213"/>
        <source>Unknown coordinate reference system {}: use an authority id such as EPSG:28992 (RD New) or EPSG:4326 (GPS).</source>
        <translation>Onbekend coördinatenreferentiesysteem {}: gebruik een autoriteits-id zoals EPSG:28992 (RD New) of EPSG:4326 (GPS).</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="225"/>
        <source>QGIS could not read all rows of {}; open it with Layer &gt; Add Layer &gt; Add Delimited Text Layer to see which.</source>
        <translation>QGIS kon niet alle rijen van {} lezen; open het bestand met Kaartlagen &gt; Laag toevoegen &gt; Tekstgescheiden laag toevoegen om te zien welke.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="241"/>
        <source>line {}: &quot;{}&quot;</source>
        <translation>regel {}: &quot;{}&quot;</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="243"/>
        <source>Column &quot;{}&quot; of {} must hold numbers (coordinates), but {} rows do not, e.g. {}. Correct those rows, or choose other columns.</source>
        <translation>Kolom &quot;{}&quot; van {} moet getallen (coördinaten) bevatten, maar {} rijen doen dat niet, bijv. {}. Verbeter die rijen, of kies andere kolommen.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="287"/>
        <source>None of the {} rows of {} has a postcode found in layer {} (field &quot;{}&quot;), e.g. {}. Check that column &quot;{}&quot; holds postcodes of the same kind as the layer (PC6 such as 5211AB, or PC4 such as 5211).</source>
        <translation>Geen van de {} rijen van {} heeft een postcode die in laag {} (veld &quot;{}&quot;) voorkomt, bijv. {}. Controleer of kolom &quot;{}&quot; postcodes van dezelfde soort bevat als de laag (PC6 zoals 5211AB, of PC4 zoals 5211).</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="299"/>
        <source>{} of {} rows of {} have no postcode area in {} and were left out: {}.</source>
        <translation>{} van de {} rijen van {} hebben geen postcodegebied in {} en zijn weggelaten: {}.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="312"/>
        <source>QGIS could not read {}; open it with Layer &gt; Add Layer &gt; Add Delimited Text Layer to see why.</source>
        <translation>QGIS kon {} niet lezen; open het bestand met Kaartlagen &gt; Laag toevoegen &gt; Tekstgescheiden laag toevoegen om te zien waarom.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="321"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="327"/>
        <source>Choose a postcode area layer (such as pc6 or pc4) to place the rows at their postcode.</source>
        <translation>Kies een laag met postcodegebieden (zoals pc6 of pc4) om de rijen op hun postcode te plaatsen.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="331"/>
        <source>Layer {} has no polygons; choose a postcode area layer such as pc6 or pc4.</source>
        <translation>Laag {} heeft geen polygonen; kies een laag met postcodegebieden zoals pc6 of pc4.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="335"/>
        <source>Layer {} has no field &quot;{}&quot;. Its fields are: {}. Choose the one holding the postcode.</source>
        <translation>Laag {} heeft geen veld &quot;{}&quot;. De velden zijn: {}. Kies het veld met de postcode.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="406"/>
        <source>Connection &quot;{}&quot; has no spatial table {}.{}{}. Choose one of the tables it lists.</source>
        <translation>Verbinding &quot;{}&quot; heeft geen ruimtelijke tabel {}.{}{}. Kies een van de tabellen die de verbinding toont.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="406"/>
        <source> with geometry column {}</source>
        <translation> met geometriekolom {}</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="425"/>
        <source>Table {}.{} of connection &quot;{}&quot; cannot be read as a layer; add it from QGIS&apos;s Browser panel to see the error.</source>
        <translation>Tabel {}.{} van verbinding &quot;{}&quot; kan niet als laag gelezen worden; voeg de tabel toe vanuit het paneel Browser van QGIS om de fout te zien.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="436"/>
        <source>QGIS&apos;s PostgreSQL provider is not installed (on Debian/Ubuntu: the package qgis-providers).</source>
        <translation>De PostgreSQL-provider van QGIS is niet geïnstalleerd (op Debian/Ubuntu: het pakket qgis-providers).</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="441"/>
        <source>There is no saved PostgreSQL connection named &quot;{}&quot; ({}). Add it in the Browser panel (PostgreSQL &gt; New Connection), or choose another.</source>
        <translation>Er is geen opgeslagen PostgreSQL-verbinding met de naam &quot;{}&quot; ({}). Voeg de verbinding toe in het paneel Browser (PostgreSQL &gt; Nieuwe verbinding), of kies een andere.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="441"/>
        <source>saved: {}</source>
        <translation>opgeslagen: {}</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="441"/>
        <source>none is saved</source>
        <translation>er is er geen opgeslagen</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="457"/>
        <source>Connection &quot;{}&quot; could not list its tables: {}. Open it in the Browser panel to check it.</source>
        <translation>Verbinding &quot;{}&quot; kon haar tabellen niet ophalen: {}. Open de verbinding in het paneel Browser om haar te controleren.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="499"/>
        <source>service {}</source>
        <translation>service {}</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="503"/>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="505"/>
        <source>The server did not answer within {} s: check the host name and port, and that no firewall blocks it.</source>
        <translation>De server antwoordde niet binnen {} s: controleer de hostnaam en de poort, en of er geen firewall is die de verbinding blokkeert.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="509"/>
        <source>Check the user name and password: edit the connection in the Browser panel (PostgreSQL &gt; right-click &gt; Edit Connection) and save both.</source>
        <translation>Controleer de gebruikersnaam en het wachtwoord: bewerk de verbinding in het paneel Browser (PostgreSQL &gt; rechtsklik &gt; Verbinding bewerken) en sla beide op.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="513"/>
        <source>Check the database and user names of the connection.</source>
        <translation>Controleer de database- en gebruikersnaam van de verbinding.</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="515"/>
        <source>Check that the server is running and the host and port of the connection (Browser panel &gt; PostgreSQL &gt; right-click &gt; Edit Connection).</source>
        <translation>Controleer of de server draait, en de host en poort van de verbinding (paneel Browser &gt; PostgreSQL &gt; rechtsklik &gt; Verbinding bewerken).</translation>
    </message>
    <message>
        <location filename="../ui/data_sources.py" line="518"/>
        <source>Cannot connect to PostgreSQL connection &quot;{}&quot; ({}, database {}): {}. {}</source>
        <translation>Kan PostgreSQL-verbinding &quot;{}&quot; ({}, database {}) niet openen: {}. {}</translation>
    </message>
</context>
<context>
    <name>DataStep</name>
    <message>
        <location filename="../ui/data_step.py" line="56"/>
        <source>(not used)</source>
        <translation>(niet gebruikt)</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="56"/>
        <source>incidents</source>
        <translation>incidenten</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="57"/>
        <source>areas</source>
        <translation>gebieden</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="58"/>
        <source>monitor</source>
        <translation>monitor</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="58"/>
        <source>context</source>
        <translation>context</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="82"/>
        <source>Load a GeoPackage</source>
        <translation>Een GeoPackage laden</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="82"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="112"/>
        <source>{} rows have no postcode area and were left out, e.g. {}.</source>
        <translation>{} rijen hebben geen postcodegebied en zijn weggelaten, bijv. {}.</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="143"/>
        <source>Loaded from {}: {}</source>
        <translation>Geladen uit {}: {}</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="155"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="214"/>
        <source>Could not check {}: {}</source>
        <translation>Kan {} niet controleren: {}</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="287"/>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="289"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="291"/>
        <source>warnings</source>
        <translation>waarschuwingen</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="293"/>
        <source>passed</source>
        <translation>toegestaan</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="57"/>
        <source>districts</source>
        <translation>wijken</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../core/dates.py" line="77"/>
        <source>{count} values in the date field &apos;{field}&apos; could not be read as a date and were left out (e.g. {examples}). Dates are read as {formats} (day first).</source>
        <translation>{count} waarden in het datumveld '{field}' konden niet als datum gelezen worden en zijn weggelaten (bijv. {examples}). Datums worden gelezen als {formats} (dag eerst).</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="80"/>
        <source>Its dates are written month first, as in American notation (such as {example}): write them as ISO dates (2024-03-18) or day first.</source>
        <translation>De datums staan met de maand eerst, zoals in Amerikaanse notatie (zoals {example}): schrijf ze als ISO-datums (2024-03-18) of met de dag eerst.</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="83"/>
        <source>No value in the date field &apos;{field}&apos; could be read as a date: its values look like {examples}. Choose a field with dates: a date field, or text such as {formats} (day first).</source>
        <translation>Geen enkele waarde in het datumveld '{field}' kon als datum gelezen worden: de waarden zien eruit als {examples}. Kies een veld met datums: een datumveld, of tekst zoals {formats} (dag eerst).</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="87"/>
        <source>{count} rows have no date in &apos;{field}&apos; (empty) and were left out.</source>
        <translation>{count} rijen hebben geen datum in '{field}' (leeg) en zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="89"/>
        <source>The date field &apos;{field}&apos; is empty in every row. Choose a field with dates.</source>
        <translation>Het datumveld '{field}' is in elke rij leeg. Kies een veld met datums.</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="91"/>
        <source>The date field &apos;{field}&apos; holds numbers ({type}), not dates. Choose a field with dates: a date field, or text such as {formats} (day first).</source>
        <translation>Het datumveld '{field}' bevat getallen ({type}), geen datums. Kies een veld met datums: een datumveld, of tekst zoals {formats} (dag eerst).</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="94"/>
        <source>{count} dates in &apos;{field}&apos; lie far outside the others and were left out: {parts}. The dates used run from {first} to {last}.</source>
        <translation>{count} datums in '{field}' liggen ver buiten de andere en zijn weggelaten: {parts}. De gebruikte datums lopen van {first} tot {last}.</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="97"/>
        <source>{count} before {limit} (earliest {example})</source>
        <translation>{count} vóór {limit} (vroegste {example})</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="98"/>
        <source>{count} after {limit} (latest {example})</source>
        <translation>{count} na {limit} (laatste {example})</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="99"/>
        <source>Every date in &apos;{field}&apos; lies after today ({today}) or before {earliest}: check the field&apos;s dates (e.g. {examples}).</source>
        <translation>Elke datum in '{field}' ligt na vandaag ({today}) of vóór {earliest}: controleer de datums van het veld (bijv. {examples}).</translation>
    </message>
</context>
<context>
    <name>DensityRun</name>
    <message>
        <location filename="../processing/density_run.py" line="106"/>
        <source>The input layer has no features (check its filter or selection).</source>
        <translation>De invoerlaag heeft geen objecten (controleer het filter of de selectie).</translation>
    </message>
    <message>
        <location filename="../processing/density_run.py" line="108"/>
        <source>None of the {} features has a usable point: {} have no geometry, {} a NULL weight and {} a negative weight.</source>
        <translation>Geen van de {} objecten heeft een bruikbaar punt: {} hebben geen geometrie, {} een NULL-gewicht en {} een negatief gewicht.</translation>
    </message>
    <message>
        <location filename="../processing/density_run.py" line="140"/>
        <source>No incident lies within {:g} days before the reference date {}: choose another reference date or a longer maximum age.</source>
        <translation>Geen enkel incident ligt binnen {:g} dagen vóór de referentiedatum {}: kies een andere referentiedatum of een langere maximale leeftijd.</translation>
    </message>
    <message>
        <location filename="../processing/density_run.py" line="144"/>
        <source>None of the {} incidents lies within the extent (or within the radius of it). Leave the extent empty or choose one that covers the incidents.</source>
        <translation>Geen van de {} incidenten ligt binnen de extent (of binnen de straal ervan). Laat de extent leeg of kies er een die de incidenten omvat.</translation>
    </message>
</context>
<context>
    <name>Dependencies</name>
    <message>
        <location filename="../processing/dependencies.py" line="53"/>
        <source>open the OSGeo4W Shell that comes with QGIS and run: python -m pip install {}</source>
        <translation>open de OSGeo4W Shell die bij QGIS hoort en voer uit: python -m pip install {}</translation>
    </message>
    <message>
        <location filename="../processing/dependencies.py" line="57"/>
        <source>run in a terminal: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {}</source>
        <translation>voer in een terminal uit: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {}</translation>
    </message>
    <message>
        <location filename="../processing/dependencies.py" line="61"/>
        <source>run in a terminal: python3 -m pip install --user {} (on Debian/Ubuntu add --break-system-packages, or install the python3-... packages)</source>
        <translation>voer in een terminal uit: python3 -m pip install --user {} (voeg op Debian/Ubuntu --break-system-packages toe, of installeer de pakketten python3-...)</translation>
    </message>
    <message>
        <location filename="../processing/dependencies.py" line="71"/>
        <source>This algorithm needs the Python libraries {} in QGIS&apos;s Python. To install them, {}. Then restart QGIS.</source>
        <translation>Dit algoritme heeft de Python-bibliotheken {} nodig in de Python van QGIS. Om ze te installeren: {}. Start QGIS daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>EvaluateForecastAlgorithm</name>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="74"/>
        <source>Evaluate forecast (PAI, PEI, hit rate)</source>
        <translation>Voorspelling evalueren (PAI, PEI, trefpercentage)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="77"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="83"/>
        <source>How well a score map predicts later incidents: PAI, PEI and hit rate at 1, 5, 10 and 20% of the area, and the whole curve.</source>
        <translation>Hoe goed een scorekaart latere incidenten voorspelt: PAI, PEI en trefpercentage bij 1, 5, 10 en 20% van de oppervlakte, en de hele curve.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="87"/>
        <source>&lt;p&gt;Scores any hotspot or risk map against incidents that happened later. The score is a numeric field of a polygon layer (postcodes, buurten, grid cells, the output of Postcode risk forecast) or a raster (a kernel density surface). Areas or cells are taken in order of their score, highest first; at each share of the total area covered:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;hit rate&lt;/b&gt;: the share of the incidents in the covered areas;&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAI&lt;/b&gt;, Predictive Accuracy Index (Chainey, Tompson &amp; Uhlig 2008): hit rate / area share (1 = chance);&lt;/li&gt;&lt;li&gt;&lt;b&gt;PEI&lt;/b&gt;, Predictive Efficiency Index: hit rate / the best hit rate possible with the same area (1 = perfect).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The table holds the whole curve in steps of 1% of the area (1, 5, 10 and 20% flagged) and the outputs PAI_1 ... PAI_20, so the modeler can compare two maps; an optional second score is drawn in the same report. Use a date range to take only the incidents after the map was made. For counts on areas of unequal size, rank by score per km². Coverage that ends inside an area takes the matching fraction of it; equal scores are covered together. Incidents outside every area (or on no-data cells) are counted and reported; expected hits below k are suppressed in the table.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beoordeelt elke hotspot- of risicokaart tegen incidenten die later gebeurden. De score is een numeriek veld van een polygonenlaag (postcodes, buurten, rastercellen, de uitvoer van Risicovoorspelling per postcode) of een raster (een kerneldichtheidsoppervlak). Gebieden of cellen worden genomen in volgorde van hun score, hoogste eerst; bij elk deel van de totale oppervlakte dat bestreken wordt:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;trefpercentage&lt;/b&gt;: het deel van de incidenten in de bestreken gebieden;&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAI&lt;/b&gt;, Predictive Accuracy Index (Chainey, Tompson &amp; Uhlig 2008): trefpercentage / oppervlakteaandeel (1 = toeval);&lt;/li&gt;&lt;li&gt;&lt;b&gt;PEI&lt;/b&gt;, Predictive Efficiency Index: trefpercentage / het best mogelijke trefpercentage met dezelfde oppervlakte (1 = perfect).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;De tabel bevat de hele curve in stappen van 1% van de oppervlakte (1, 5, 10 en 20% gemarkeerd) en de uitvoer PAI_1 ... PAI_20, zodat de modelbouwer twee kaarten kan vergelijken; een optionele tweede score wordt in hetzelfde rapport getekend. Gebruik een datumbereik om alleen de incidenten na het maken van de kaart te nemen. Voor aantallen op gebieden van ongelijke grootte: rangschik op score per km². Dekking die binnen een gebied eindigt, neemt het overeenkomende deel ervan; gelijke scores worden samen bestreken. Incidenten buiten elk gebied (of op cellen zonder gegevens) worden geteld en gerapporteerd; verwachte treffers onder k worden in de tabel onderdrukt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="108"/>
        <source>Score areas (polygons)</source>
        <translation>Gebieden met een score (polygonen)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="111"/>
        <source>Score field</source>
        <translation>Scoreveld</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="114"/>
        <source>Score raster (instead of areas)</source>
        <translation>Scoreraster (in plaats van gebieden)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="116"/>
        <source>Score raster band</source>
        <translation>Band van het scoreraster</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="118"/>
        <source>Later incidents (points)</source>
        <translation>Latere incidenten (punten)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="121"/>
        <source>Incident date field (for the date range)</source>
        <translation>Datumveld van de incidenten (voor het datumbereik)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="124"/>
        <source>Incidents from</source>
        <translation>Incidenten vanaf</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="127"/>
        <source>Incidents up to and including</source>
        <translation>Incidenten tot en met</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="130"/>
        <source>Rank areas by</source>
        <translation>Gebieden rangschikken op</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="130"/>
        <source>Score as given</source>
        <translation>Score zoals gegeven</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="130"/>
        <source>Score per km² (counts on areas of unequal size)</source>
        <translation>Score per km² (aantallen op gebieden van ongelijke grootte)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="134"/>
        <source>Suppress expected hits below (k)</source>
        <translation>Verwachte treffers onderdrukken onder (k)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="138"/>
        <source>Second score to compare: areas</source>
        <translation>Tweede score om te vergelijken: gebieden</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="141"/>
        <source>Second score field</source>
        <translation>Tweede scoreveld</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="145"/>
        <source>Second score to compare: raster</source>
        <translation>Tweede score om te vergelijken: raster</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="147"/>
        <source>Second score raster band</source>
        <translation>Band van het tweede scoreraster</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="373"/>
        <source>Evaluation table</source>
        <translation>Evaluatietabel</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="232"/>
        <source>Evaluation report</source>
        <translation>Evaluatierapport</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="156"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="158"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="158"/>
        <source>second score</source>
        <translation>tweede score</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="160"/>
        <source>PAI at {}% of the area ({})</source>
        <translation>PAI bij {}% van de oppervlakte ({})</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="160"/>
        <source>PEI at {}% of the area ({})</source>
        <translation>PEI bij {}% van de oppervlakte ({})</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="160"/>
        <source>Hit rate at {}% of the area ({})</source>
        <translation>Trefpercentage bij {}% van de oppervlakte ({})</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="165"/>
        <source>Incidents in the evaluated areas</source>
        <translation>Incidenten in de geëvalueerde gebieden</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="167"/>
        <source>Incidents outside the areas (not counted)</source>
        <translation>Incidenten buiten de gebieden (niet geteld)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="178"/>
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="185"/>
        <source>A date range needs the incident date field.</source>
        <translation>Een datumbereik heeft het datumveld van de incidenten nodig.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="213"/>
        <source>{}: {} incidents lie outside the areas or on cells without a score and are not counted.</source>
        <translation>{}: {} incidenten liggen buiten de gebieden of op cellen zonder score en worden niet geteld.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="217"/>
        <source>{} incidents outside the date range or without a date were left out.</source>
        <translation>{} incidenten buiten het datumbereik of zonder datum zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="221"/>
        <source>{}: {} areas without a score (NULL) were ranked last.</source>
        <translation>{}: {} gebieden zonder score (NULL) zijn als laatste gerangschikt.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="235"/>
        <source>all dates</source>
        <translation>alle datums</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="237"/>
        <source>Forecast evaluation</source>
        <translation>Evaluatie van de voorspelling</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="238"/>
        <source>{:,} incidents ({}) of {}.</source>
        <translation>{:,} incidenten ({}) van {}.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="241"/>
        <source> (per km² of each area)</source>
        <translation> (per km² van elk gebied)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="254"/>
        <source>{}: PAI at 5% {:.2f}, PEI {:.2f}, hit rate {:.1%}.</source>
        <translation>{}: PAI bij 5% {:.2f}, PEI {:.2f}, trefpercentage {:.1%}.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="287"/>
        <source>Give the score as areas or as a raster, not both.</source>
        <translation>Geef de score als gebieden of als raster, niet allebei.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="291"/>
        <source>Give a score: a polygon layer with a score field, or a raster.</source>
        <translation>Geef een score: een polygonenlaag met een scoreveld, of een raster.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="306"/>
        <source>The score raster has no data.</source>
        <translation>Het scoreraster bevat geen gegevens.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="310"/>
        <source>{} (band {})</source>
        <translation>{} (band {})</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="315"/>
        <source>Choose the score field of {}.</source>
        <translation>Kies het scoreveld van {}.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="317"/>
        <source>Score areas</source>
        <translation>Gebieden met een score</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="321"/>
        <source>{} has no areas with a geometry.</source>
        <translation>{} heeft geen gebieden met een geometrie.</translation>
    </message>
</context>
<context>
    <name>FocusMap</name>
    <message>
        <location filename="../core/focus.py" line="83"/>
        <source>all other areas</source>
        <translation>alle andere gebieden</translation>
    </message>
    <message>
        <location filename="../core/focus.py" line="85"/>
        <source>less than {}</source>
        <translation>minder dan {}</translation>
    </message>
    <message>
        <location filename="../core/focus.py" line="86"/>
        <source>{} to {}</source>
        <translation>{} tot {}</translation>
    </message>
    <message>
        <location filename="../core/focus.py" line="88"/>
        <source>{} or more</source>
        <translation>{} of meer</translation>
    </message>
</context>
<context>
    <name>ForecastEval</name>
    <message>
        <location filename="../core/forecast_eval.py" line="43"/>
        <source>There are no areas to evaluate.</source>
        <translation>Er zijn geen gebieden om te evalueren.</translation>
    </message>
    <message>
        <location filename="../core/forecast_eval.py" line="44"/>
        <source>Every area must have a positive size; {} do not.</source>
        <translation>Elk gebied moet een positieve oppervlakte hebben; {} hebben dat niet.</translation>
    </message>
    <message>
        <location filename="../core/forecast_eval.py" line="46"/>
        <source>Incident counts cannot be negative.</source>
        <translation>Aantallen incidenten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../core/forecast_eval.py" line="47"/>
        <source>No later incidents fall in the evaluated areas, so hit rate, PAI and PEI cannot be computed. Check the evaluation period and the layers&apos; extent.</source>
        <translation>Er vallen geen latere incidenten in de geëvalueerde gebieden, dus trefpercentage, PAI en PEI kunnen niet berekend worden. Controleer de evaluatieperiode en de extent van de lagen.</translation>
    </message>
    <message>
        <location filename="../core/forecast_eval.py" line="50"/>
        <source>Coverage must lie between 0 and 1 (a share of the area), not {}.</source>
        <translation>De dekking moet tussen 0 en 1 liggen (een deel van de oppervlakte), niet {}.</translation>
    </message>
</context>
<context>
    <name>Kde</name>
    <message>
        <location filename="../core/kde.py" line="119"/>
        <source>A grid needs at least one row and one column (got {} x {}).</source>
        <translation>Een raster heeft minstens één rij en één kolom nodig (nu {} x {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="193"/>
        <source>The extent contains a missing or infinite coordinate.</source>
        <translation>De extent bevat een ontbrekende of oneindige coördinaat.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="195"/>
        <source>The extent is inverted (xmin {} &gt; xmax {} or ymin {} &gt; ymax {}).</source>
        <translation>De extent is omgekeerd (xmin {} &gt; xmax {} of ymin {} &gt; ymax {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="222"/>
        <source>The grid would have {:,} cells ({:,} columns x {:,} rows), about {:,.0f} MB per raster and {:,.0f} MB while computing; the limit is {:,} cells. Use a larger pixel size (at least {:g} map units would fit; doubling the pixel size divides the number of cells by four) or a smaller extent.</source>
        <translation>Het raster zou {:,} cellen krijgen ({:,} kolommen x {:,} rijen), ongeveer {:,.0f} MB per raster en {:,.0f} MB tijdens de berekening; de grens is {:,} cellen. Gebruik een grotere pixelgrootte (minstens {:g} kaarteenheden zou passen; een twee keer zo grote pixel deelt het aantal cellen door vier) of een kleinere extent.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="428"/>
        <source>Unknown binning method &apos;{}&apos;. Choose one of: {}.</source>
        <translation>Onbekende binningmethode '{}'. Kies een van: {}.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="411"/>
        <source>There are no incidents to analyse. Check the input layer, its filter and the selected period.</source>
        <translation>Er zijn geen incidenten om te analyseren. Controleer de invoerlaag, het filter en de gekozen periode.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="446"/>
        <source>{} incidents have no valid coordinates. Remove features without geometry (or with empty geometry) first.</source>
        <translation>{} incidenten hebben geen geldige coördinaten. Verwijder eerst objecten zonder geometrie (of met een lege geometrie).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="453"/>
        <source>Weights must be zero or positive numbers; the weight field has negative, missing or infinite values. Fill or filter them first.</source>
        <translation>Gewichten moeten nul of positieve getallen zijn; het gewichtsveld bevat negatieve, ontbrekende of oneindige waarden. Vul ze aan of filter ze eerst.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="579"/>
        <source>There are no incidents to analyse.</source>
        <translation>Er zijn geen incidenten om te analyseren.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="614"/>
        <source>There are no incidents (with a weight above 0) to size a radius on.</source>
        <translation>Er zijn geen incidenten (met een gewicht boven 0) om een straal op af te stemmen.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="624"/>
        <source>All incidents lie on the same spot, so no radius follows from their spread. Enter a search radius.</source>
        <translation>Alle incidenten liggen op dezelfde plek, dus uit hun spreiding volgt geen straal. Vul een zoekstraal in.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="646"/>
        <source>The half-life must be more than 0 days (got {}).</source>
        <translation>De halfwaardetijd moet meer dan 0 dagen zijn (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="649"/>
        <source>The maximum age must be 0 days or more (got {}).</source>
        <translation>De maximale leeftijd moet 0 dagen of meer zijn (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="653"/>
        <source>{} incidents have no date. Filter them out or fill in their dates first.</source>
        <translation>{} incidenten hebben geen datum. Filter ze eruit of vul eerst hun datums in.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="684"/>
        <source>Unknown hotspot method &apos;{}&apos;. Choose one of: {}.</source>
        <translation>Onbekende hotspotmethode '{}'. Kies een van: {}.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="707"/>
        <source>The top percentage must be above 0 and at most 100 (got {}).</source>
        <translation>Het bovenste percentage moet boven 0 en hoogstens 100 zijn (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="727"/>
        <source>The multiple of the mean must be above 0 (got {}).</source>
        <translation>Het veelvoud van het gemiddelde moet boven 0 liggen (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="746"/>
        <source>Connectivity must be 4 or 8 (got {}).</source>
        <translation>Connectiviteit moet 4 of 8 zijn (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="786"/>
        <source>The pixel size must be a positive number of map units (got {}).</source>
        <translation>De pixelgrootte moet een positief aantal kaarteenheden zijn (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="793"/>
        <source>The search radius must be more than 0 (got {}). Enter it in map units (metres for EPSG:28992), e.g. 300.</source>
        <translation>De zoekstraal moet meer dan 0 zijn (nu {}). Vul hem in kaarteenheden in (meters voor EPSG:28992), bijv. 300.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="797"/>
        <source>The search radius ({:g}) is smaller than the pixel size ({:g}), so each incident would only light up its own cell. Use a radius of at least a few pixels (10 or more gives a smooth surface) or a smaller pixel size.</source>
        <translation>De zoekstraal ({:g}) is kleiner dan de pixelgrootte ({:g}), dus elk incident zou alleen zijn eigen cel oplichten. Gebruik een straal van minstens een paar pixels (10 of meer geeft een glad oppervlak) of een kleinere pixelgrootte.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="806"/>
        <source>Unknown kernel &apos;{}&apos;. Choose one of: {}.</source>
        <translation>Onbekende kernel '{}'. Kies een van: {}.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="809"/>
        <source>Unknown output &apos;{}&apos;. Choose one of: {}.</source>
        <translation>Onbekende uitvoer '{}'. Kies een van: {}.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="812"/>
        <source>The decay ratio must be 0 or more (got {}): 0 fades to nothing at the radius, 1 is flat, above 1 rises towards the radius.</source>
        <translation>De vervalverhouding moet 0 of meer zijn (nu {}): 0 loopt af tot niets bij de straal, 1 is vlak, boven 1 stijgt naar de straal toe.</translation>
    </message>
</context>
<context>
    <name>KdeHotspotsAlgorithm</name>
    <message>
        <location filename="../processing/kde_hotspots.py" line="80"/>
        <source>Kernel density hotspots</source>
        <translation>Kerneldichtheid-hotspots</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="83"/>
        <source>Hotspots</source>
        <translation>Hotspotanalyse</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="89"/>
        <source>Exact, fast kernel density of incidents with ranked hotspot areas.</source>
        <translation>Exacte, snelle kerneldichtheid van incidenten met gerangschikte hotspotgebieden.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="92"/>
        <source>&lt;p&gt;Computes a kernel density surface of incident points and outlines the hotspots: the top X% of the study-area cells (default 5%), or the cells with at least k times the mean density, dissolved into contiguous clusters with rank, area, incident count and mean and max density.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Radius&lt;/b&gt; is in metres whatever the layer's CRS: geographic input is projected to RD New (EPSG:28992) for Dutch data, else to its UTM zone; the log says which. &lt;b&gt;Automatic radius&lt;/b&gt;: 0.9 x min(standard distance, 1.2011 x median distance to the mean centre) x n&lt;sup&gt;-0.2&lt;/sup&gt; (a Silverman-type rule in two dimensions), at least two pixels.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kernels&lt;/b&gt;: quartic (default), triangular (with decay), uniform, triweight and Epanechnikov use the formulas of QGIS's Heatmap (Raw); Gaussian has sigma = radius / 3, cut off at the radius. &lt;b&gt;Output value&lt;/b&gt;: density (incidents per km², the kernel integrates to 1, so the surface sums to the weight total), raw (as QGIS's Heatmap 'Raw'), or scaled (density per m²).&lt;/p&gt;&lt;p&gt;The grid is snapped to multiples of the pixel size, so maps of different periods line up cell for cell. Default extent: the points' extent plus the radius. Optional mask polygons restrict the study area (cells outside get no data).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prospective mode&lt;/b&gt; (date field set): recent incidents weigh more, weight 0.5^(age / half-life) up to the maximum age, counted back from the reference date (default: the latest date in the data), after Bowers, Johnson &amp; Pease (2004).&lt;/p&gt;&lt;p&gt;Points with a NULL geometry, NULL weight or negative weight are skipped and counted in the log. Speed: points are binned (linear binning) and the grid is convolved by FFT: the cost grows with the grid, not with points x kernel cells; the error against an exact sum at pixel centres is below 0.5% of the peak.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: a hotspot's incident count below k (default 5, the CBS threshold) is left empty and flagged in the field 'onderdrukt'; the layer's metadata says so.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berekent een kerneldichtheidsoppervlak van incidentpunten en omlijnt de hotspots: de bovenste X% van de cellen van het studiegebied (standaard 5%), of de cellen met minstens k keer de gemiddelde dichtheid, samengevoegd tot aaneengesloten clusters met rang, oppervlakte, aantal incidenten en gemiddelde en maximale dichtheid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Straal&lt;/b&gt; is in meters, wat het CRS van de laag ook is: geografische invoer wordt geprojecteerd naar RD New (EPSG:28992) voor Nederlandse gegevens, anders naar de UTM-zone; het logboek vermeldt welke. &lt;b&gt;Automatische straal&lt;/b&gt;: 0,9 x min(standaardafstand, 1,2011 x mediane afstand tot het gemiddelde middelpunt) x n&lt;sup&gt;-0,2&lt;/sup&gt; (een regel van het Silverman-type in twee dimensies), minstens twee pixels.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kernels&lt;/b&gt;: quartic (standaard), driehoekig (met verval), uniform, triweight en Epanechnikov gebruiken de formules van de QGIS-Heatmap (Ruw); Gaussisch heeft sigma = straal / 3, afgekapt bij de straal. &lt;b&gt;Uitvoerwaarde&lt;/b&gt;: dichtheid (incidenten per km², de kernel integreert tot 1, dus het oppervlak telt op tot het totale gewicht), ruw (zoals 'Ruw' van de QGIS-Heatmap), of geschaald (dichtheid per m²).&lt;/p&gt;&lt;p&gt;Het raster wordt uitgelijnd op veelvouden van de pixelgrootte, zodat kaarten van verschillende perioden cel voor cel samenvallen. Standaardextent: de extent van de punten plus de straal. Optionele maskerpolygonen beperken het studiegebied (cellen daarbuiten krijgen geen gegevens).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prospectieve modus&lt;/b&gt; (datumveld ingesteld): recente incidenten wegen zwaarder, gewicht 0,5^(leeftijd / halfwaardetijd) tot de maximale leeftijd, teruggeteld vanaf de referentiedatum (standaard: de laatste datum in de gegevens), naar Bowers, Johnson &amp; Pease (2004).&lt;/p&gt;&lt;p&gt;Punten met een NULL-geometrie, NULL-gewicht of negatief gewicht worden overgeslagen en in het logboek geteld. Snelheid: punten worden ingedeeld (lineaire binning) en het raster wordt met een FFT geconvolueerd: de kosten groeien met het raster, niet met punten x kernelcellen; de fout ten opzichte van een exacte som in de pixelmiddens is kleiner dan 0,5% van de piek.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: een aantal incidenten van een hotspot onder k (standaard 5, de CBS-drempel) blijft leeg en wordt gemarkeerd in het veld 'onderdrukt'; de metadata van de laag vermelden dat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="122"/>
        <source>Incident points</source>
        <translation>Incidentpunten</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="124"/>
        <source>Search radius (metres)</source>
        <translation>Zoekstraal (meter)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="127"/>
        <source>Choose the radius automatically from the data</source>
        <translation>Kies de straal automatisch op basis van de gegevens</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="129"/>
        <source>Pixel size (metres)</source>
        <translation>Pixelgrootte (meter)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="132"/>
        <source>Kernel shape</source>
        <translation>Vorm van de kernel</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="132"/>
        <source>Quartic</source>
        <translation>Quartic</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="132"/>
        <source>Triangular</source>
        <translation>Driehoekig</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="132"/>
        <source>Uniform</source>
        <translation>Uniform</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="132"/>
        <source>Triweight</source>
        <translation>Triweight</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="132"/>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="132"/>
        <source>Gaussian</source>
        <translation>Gaussisch</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="136"/>
        <source>Output value</source>
        <translation>Uitvoerwaarde</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="136"/>
        <source>Density (incidents per km²)</source>
        <translation>Dichtheid (incidenten per km²)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="136"/>
        <source>Raw (as QGIS Heatmap)</source>
        <translation>Ruw (zoals de QGIS-Heatmap)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="136"/>
        <source>Scaled (density per m²)</source>
        <translation>Geschaald (dichtheid per m²)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="140"/>
        <source>Weight field</source>
        <translation>Gewichtsveld</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="143"/>
        <source>Extent (default: points plus radius)</source>
        <translation>Extent (standaard: punten plus straal)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="145"/>
        <source>Study area (mask polygons)</source>
        <translation>Studiegebied (maskerpolygonen)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="148"/>
        <source>Date field (prospective mode)</source>
        <translation>Datumveld (prospectieve modus)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="151"/>
        <source>Reference date (default: latest date in the data)</source>
        <translation>Referentiedatum (standaard: laatste datum in de gegevens)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="154"/>
        <source>Half-life (days)</source>
        <translation>Halfwaardetijd (dagen)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="157"/>
        <source>Maximum age (days)</source>
        <translation>Maximale leeftijd (dagen)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="160"/>
        <source>Hotspot cells</source>
        <translation>Hotspotcellen</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="160"/>
        <source>Top percentage of study-area cells</source>
        <translation>Bovenste percentage van de cellen van het studiegebied</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="160"/>
        <source>At least k times the mean density</source>
        <translation>Minstens k keer de gemiddelde dichtheid</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="164"/>
        <source>Top percentage</source>
        <translation>Bovenste percentage</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="167"/>
        <source>k (times the mean)</source>
        <translation>k (keer het gemiddelde)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="170"/>
        <source>Suppress incident counts below (k)</source>
        <translation>Aantallen incidenten onderdrukken onder (k)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="173"/>
        <source>Decay ratio (triangular kernel)</source>
        <translation>Vervalverhouding (driehoekige kernel)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="179"/>
        <source>Density raster</source>
        <translation>Dichtheidsraster</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="309"/>
        <source>Hotspot areas</source>
        <translation>Hotspotgebieden</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="195"/>
        <source>Computing in {} (metres); the input is in {}.</source>
        <translation>Berekening in {} (meters); de invoer is in {}.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="200"/>
        <source>Reading points {}.</source>
        <translation>Punten lezen {}.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="200"/>
        <source>through GDAL (vectorised)</source>
        <translation>via GDAL (gevectoriseerd)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="200"/>
        <source>feature by feature</source>
        <translation>object voor object</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="214"/>
        <source>Radius {:.0f} m, pixel {:.1f} m, kernel {}, output {}, CRS {}.</source>
        <translation>Straal {:.0f} m, pixel {:.1f} m, kernel {}, uitvoer {}, CRS {}.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="259"/>
        <source>{} features without a geometry were skipped.</source>
        <translation>{} objecten zonder geometrie zijn overgeslagen.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="259"/>
        <source>{} points with a NULL weight were skipped.</source>
        <translation>{} punten met een NULL-gewicht zijn overgeslagen.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="259"/>
        <source>{} points with a negative weight were skipped.</source>
        <translation>{} punten met een negatief gewicht zijn overgeslagen.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="259"/>
        <source>{} points lie beyond the extent plus radius and do not count.</source>
        <translation>{} punten liggen buiten de extent plus straal en tellen niet mee.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="259"/>
        <source>{} points dated after the reference date weigh 0.</source>
        <translation>{} punten met een datum na de referentiedatum wegen 0.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="259"/>
        <source>{} points older than the maximum age weigh 0.</source>
        <translation>{} punten ouder dan de maximale leeftijd wegen 0.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="270"/>
        <source>{} incidents, radius {:.0f} m, grid {} x {} cells of {} m, {} hotspot clusters.</source>
        <translation>{} incidenten, straal {:.0f} m, raster {} x {} cellen van {} m, {} hotspotclusters.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="280"/>
        <source>Kernel density</source>
        <translation>Kerneldichtheid</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="280"/>
        <source>Kernel density of incidents.</source>
        <translation>Kerneldichtheid van incidenten.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="275"/>
        <source>Recent incidents weigh more: ages count back from {}.</source>
        <translation>Recente incidenten wegen zwaarder: de leeftijd telt terug vanaf {}.</translation>
    </message>
</context>
<context>
    <name>LayoutBuilder</name>
    <message>
        <location filename="../processing/layout_builder.py" line="73"/>
        <source>Could not read the layout template {}</source>
        <translation>Kan de lay-outsjabloon {} niet lezen</translation>
    </message>
    <message>
        <location filename="../processing/layout_builder.py" line="87"/>
        <source>made</source>
        <translation>gemaakt op</translation>
    </message>
    <message>
        <location filename="../processing/layout_builder.py" line="90"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../processing/layout_builder.py" line="93"/>
        <source>No focus areas</source>
        <translation>Geen aandachtsgebieden</translation>
    </message>
    <message>
        <location filename="../processing/layout_builder.py" line="387"/>
        <source>PDF export failed ({}) {}</source>
        <translation>PDF-export mislukt ({}) {}</translation>
    </message>
    <message>
        <location filename="../processing/layout_builder.py" line="424"/>
        <source>could not render the page to {}</source>
        <translation>kan de pagina niet weergeven naar {}</translation>
    </message>
</context>
<context>
    <name>OpenModelCopyAction</name>
    <message>
        <location filename="../ui/model_actions.py" line="27"/>
        <source>{} (copy)</source>
        <translation>{} (kopie)</translation>
    </message>
    <message>
        <location filename="../ui/model_actions.py" line="61"/>
        <source>Open a Copy in the Modeler…</source>
        <translation>Een kopie openen in de modelbouwer…</translation>
    </message>
</context>
<context>
    <name>PagePreviewDialog</name>
    <message>
        <location filename="../ui/page_preview.py" line="37"/>
        <source>◀ Previous page</source>
        <translation>◀ Vorige pagina</translation>
    </message>
    <message>
        <location filename="../ui/page_preview.py" line="38"/>
        <source>Next page ▶</source>
        <translation>Volgende pagina ▶</translation>
    </message>
    <message>
        <location filename="../ui/page_preview.py" line="40"/>
        <source>Actual size</source>
        <translation>Ware grootte</translation>
    </message>
    <message>
        <location filename="../ui/page_preview.py" line="41"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../ui/page_preview.py" line="71"/>
        <source>Page {} of {}</source>
        <translation>Pagina {} van {}</translation>
    </message>
</context>
<context>
    <name>PatrolFocusMapAlgorithm</name>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="115"/>
        <source>Patrol focus map</source>
        <translation>Patrouillekaart</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="118"/>
        <source>Briefing</source>
        <translation>Briefingkaarten</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="128"/>
        <source>A print layout (PDF/PNG, a page per district) of ranked focus areas.</source>
        <translation>Een afdruklay-out (PDF/PNG, een pagina per wijk) van gerangschikte aandachtsgebieden.</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="155"/>
        <source>Focus areas (scored polygons)</source>
        <translation>Aandachtsgebieden (polygonen met een score)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="158"/>
        <source>Score field (higher = more attention)</source>
        <translation>Scoreveld (hoger = meer aandacht)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="161"/>
        <source>Area name or code field</source>
        <translation>Veld met naam of code van het gebied</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="164"/>
        <source>Drivers field (text)</source>
        <translation>Veld met verklarende factoren (tekst)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="167"/>
        <source>Number of areas in the table (top N)</source>
        <translation>Aantal gebieden in de tabel (top N)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="170"/>
        <source>Districts (one page each)</source>
        <translation>Wijken (elk een pagina)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="173"/>
        <source>District name field</source>
        <translation>Veld met wijknaam</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="176"/>
        <source>Context layers (areas and lines only)</source>
        <translation>Contextlagen (alleen gebieden en lijnen)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="179"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="179"/>
        <source>Patrol focus areas</source>
        <translation>Aandachtsgebieden voor surveillance</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="181"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="183"/>
        <source>Classification label</source>
        <translation>Rubriceringslabel</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="185"/>
        <source>Method note (default: from the layer&apos;s metadata)</source>
        <translation>Methodenotitie (standaard: uit de metadata van de laag)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="188"/>
        <source>Paper size (landscape)</source>
        <translation>Papierformaat (liggend)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="190"/>
        <source>Wijkradar patrol focus map</source>
        <translation>Wijkradar-patrouillekaart</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="194"/>
        <source>Patrol focus map (PDF)</source>
        <translation>Patrouillekaart (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="194"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="196"/>
        <source>Pages as images (PNG)</source>
        <translation>Pagina's als afbeeldingen (PNG)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="196"/>
        <source>PNG files (*.png)</source>
        <translation>PNG-bestanden (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="216"/>
        <source>Ranking the focus areas...</source>
        <translation>De aandachtsgebieden rangschikken...</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="219"/>
        <source>No focus areas: the map says so.</source>
        <translation>Geen aandachtsgebieden: de kaart vermeldt dat.</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="228"/>
        <source>Exporting...</source>
        <translation>Exporteren...</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="232"/>
        <source>Could not write the map: {}. Choose a folder you can write to.</source>
        <translation>Kan de kaart niet schrijven: {}. Kies een map waarin je mag schrijven.</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="240"/>
        <source>{} page(s) written to {}</source>
        <translation>{} pagina('s) geschreven naar {}</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="247"/>
        <source>Choose the district name field: it names the pages of the map.</source>
        <translation>Kies het veld met de wijknaam: het geeft de pagina's van de kaart hun naam.</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="268"/>
        <source>&apos;{}&apos; is a point layer. Patrol focus maps show areas only, never incident points: use hotspot areas, scored postcodes or neighbourhoods.</source>
        <translation>'{}' is een puntlaag. Patrouillekaarten tonen alleen gebieden, nooit incidentpunten: gebruik hotspotgebieden, postcodes met een score of buurten.</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="277"/>
        <source>Cannot write to {}: choose a folder you can write to.</source>
        <translation>Kan niet schrijven naar {}: kies een map waarin je mag schrijven.</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="360"/>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="480"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="313"/>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="419"/>
        <source>Could not write {}: {}</source>
        <translation>Kan {} niet schrijven: {}</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="421"/>
        <source>Focus areas</source>
        <translation>Aandachtsgebieden</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="84"/>
        <source>Confidential - internal use only</source>
        <translation>Vertrouwelijk - alleen voor intern gebruik</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="64"/>
        <source>Expected incidents in the forecast week</source>
        <translation>Verwachte incidenten in de voorspelde week</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="65"/>
        <source>Expected incidents in the forecast month</source>
        <translation>Verwachte incidenten in de voorspelde maand</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="67"/>
        <source>Expected incidents in the forecast quarter</source>
        <translation>Verwachte incidenten in het voorspelde kwartaal</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="69"/>
        <source>Expected incidents in the forecast year</source>
        <translation>Verwachte incidenten in het voorspelde jaar</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="70"/>
        <source>Expected incidents in the forecast period</source>
        <translation>Verwachte incidenten in de voorspelde periode</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="73"/>
        <source>Expected incidents per km² in the forecast week</source>
        <translation>Verwachte incidenten per km² in de voorspelde week</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="75"/>
        <source>Expected incidents per km² in the forecast month</source>
        <translation>Verwachte incidenten per km² in de voorspelde maand</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="77"/>
        <source>Expected incidents per km² in the forecast quarter</source>
        <translation>Verwachte incidenten per km² in het voorspelde kwartaal</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="79"/>
        <source>Expected incidents per km² in the forecast year</source>
        <translation>Verwachte incidenten per km² in het voorspelde jaar</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="81"/>
        <source>Expected incidents per km² in the forecast period</source>
        <translation>Verwachte incidenten per km² in de voorspelde periode</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="131"/>
        <source>&lt;p&gt;Makes the patrol focus map for a briefing. The top N areas stand out in a strong red, each with a numbered marker; markers that would overlap are moved aside with a line to their area. The other areas are shaded lightly by their score, areas outside the page&apos;s district are grey and its boundary is bold. The legend names the score&apos;s unit in words (&apos;Expected incidents in the forecast week&apos;, &apos;Risk score (% of the highest area)&apos;); the scale bar reads in whole metres or kilometres. Beside the map, the numbered list of the top N with their scores and why they are there (the drivers field, e.g. &apos;12 incidents in the last 13 weeks; 4x the average area over the last 52 weeks&apos;); at the top the title, the period, the date it was made and a classification label; at the bottom the method, the source and the privacy rules in full sentences. Numbers are written as the interface&apos;s language writes them.&lt;/p&gt;&lt;p&gt;With a districts layer, the map has one page per district (atlas): each page ranks the areas of that district. The PDF holds every page; the PNG option writes one image per page (name_1.png, name_2.png, ...).&lt;/p&gt;&lt;p&gt;The layout comes from the template in resources/layouts. In QGIS desktop it is kept for the layout designer during the session (the Wijkradar dock opens it); neither it nor the layers it draws are added to the project. The ranked areas are saved beside the PDF (name_areas.gpkg).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: only areas are drawn. Point layers (incidents) are refused as focus areas and as context.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Maakt de patrouillekaart voor een briefing. De top N gebieden springen eruit in een sterk rood, elk met een genummerde markering; markeringen die elkaar zouden overlappen worden opzij gezet met een lijn naar hun gebied. De andere gebieden zijn licht gekleurd naar hun score, gebieden buiten de wijk van de pagina zijn grijs en de wijkgrens is vet. De legenda noemt de eenheid van de score in woorden ('Verwachte incidenten in de voorspelde week', 'Risicoscore (% van het hoogste gebied)'); de schaalbalk leest in hele meters of kilometers. Naast de kaart de genummerde lijst van de top N met hun scores en waarom ze erin staan (het veld met verklarende factoren, bijv. '12 incidenten in de laatste 13 weken; 4x zo veel als een gemiddeld gebied in de laatste 52 weken'); bovenaan de titel, de periode, de datum waarop ze gemaakt is en een rubriceringslabel; onderaan de methode, de bron en de privacyregels in hele zinnen. Getallen worden geschreven zoals de taal van de interface ze schrijft.&lt;/p&gt;&lt;p&gt;Met een laag met wijken heeft de kaart één pagina per wijk (atlas): elke pagina rangschikt de gebieden van die wijk. De PDF bevat alle pagina's; de PNG-optie schrijft één afbeelding per pagina (naam_1.png, naam_2.png, ...).&lt;/p&gt;&lt;p&gt;De opmaak komt uit de sjabloon in resources/layouts. In QGIS desktop wordt ze tijdens de sessie bewaard voor de lay-outontwerper (het Wijkradar-paneel opent haar); noch de lay-out, noch de lagen die ze tekent worden aan het project toegevoegd. De gerangschikte gebieden worden naast de PDF opgeslagen (naam_areas.gpkg).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: alleen gebieden worden getekend. Puntlagen (incidenten) worden geweigerd als aandachtsgebieden en als context.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="190"/>
        <source>Layout name (in the layout designer)</source>
        <translation>Naam van de lay-out (in de lay-outontwerper)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="315"/>
        <source>This district</source>
        <translation>Deze wijk</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="315"/>
        <source>Other districts</source>
        <translation>Andere wijken</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="345"/>
        <source>Top {} of this district, numbered</source>
        <translation>Top {} van deze wijk, genummerd</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="345"/>
        <source>Top {}, numbered</source>
        <translation>Top {}, genummerd</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="347"/>
        <source>Outside this district</source>
        <translation>Buiten deze wijk</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="364"/>
        <source>Why this area</source>
        <translation>Waarom dit gebied</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="373"/>
        <source>{name} ({count} features, {hash})</source>
        <translation>{name} ({count} objecten, {hash})</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="378"/>
        <source>Method: {}</source>
        <translation>Methode: {}</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="379"/>
        <source>Source: {inputs}; made with Wijkradar {version} in QGIS {qgis} on {time} UTC</source>
        <translation>Bron: {inputs}; gemaakt met Wijkradar {version} in QGIS {qgis} op {time} UTC</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="383"/>
        <source>Only areas are shown, never incident points; counts below {} are suppressed</source>
        <translation>Alleen gebieden worden getoond, nooit incidentpunten; aantallen onder {} zijn onderdrukt</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="441"/>
        <source>{method}: a forecast for {period} with {model}</source>
        <translation>{method}: een voorspelling voor {period} met {model}</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="480"/>
        <source>Risk score (% of the highest area)</source>
        <translation>Risicoscore (% van het hoogste gebied)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="488"/>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="491"/>
        <source>Incidents per 1,000 inhabitants (smoothed)</source>
        <translation>Incidenten per 1.000 inwoners (gladgestreken)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="491"/>
        <source>Rate</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="503"/>
        <source>no single factor stands out</source>
        <translation>geen enkele factor springt eruit</translation>
    </message>
</context>
<context>
    <name>PostcodeRiskAlgorithm</name>
    <message>
        <location filename="../processing/postcode_risk.py" line="331"/>
        <source>Postcode risk forecast</source>
        <translation>Risicovoorspelling per postcode</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="95"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="101"/>
        <source>Expected incidents per area for the coming period, with drivers and a validated track record.</source>
        <translation>Verwachte incidenten per gebied voor de komende periode, met verklarende factoren en een gevalideerde staat van dienst.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="135"/>
        <source>Areas (PC4, PC6, buurten or grid cells)</source>
        <translation>Gebieden (PC4, PC6, buurten of rastercellen)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="138"/>
        <source>Area id field</source>
        <translation>Gebieds-id-veld</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="140"/>
        <source>Incidents (points)</source>
        <translation>Incidenten (punten)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="142"/>
        <source>Incident date field</source>
        <translation>Datumveld van de incidenten</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="145"/>
        <source>Incident type field (to filter by type)</source>
        <translation>Veld met incidenttype (om op type te filteren)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="148"/>
        <source>Incident types to include (comma-separated)</source>
        <translation>Mee te nemen incidenttypen (kommagescheiden)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="151"/>
        <source>Covariates of the areas (monitor indicators, inhabitants)</source>
        <translation>Covariaten van de gebieden (monitorindicatoren, inwoners)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="156"/>
        <source>Context point layers (coffeeshops, ruimingen, ...)</source>
        <translation>Contextpuntlagen (coffeeshops, ruimingen, ...)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="159"/>
        <source>Count context points within (metres of an area)</source>
        <translation>Tel contextpunten binnen (meter van een gebied)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="162"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="162"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="162"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="162"/>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="162"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="166"/>
        <source>Forecast horizon (periods ahead)</source>
        <translation>Voorspellingshorizon (perioden vooruit)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="169"/>
        <source>First date to use (default: the earliest incident)</source>
        <translation>Eerste datum om te gebruiken (standaard: het vroegste incident)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="172"/>
        <source>Last date to use (default: the latest incident)</source>
        <translation>Laatste datum om te gebruiken (standaard: het laatste incident)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="175"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="175"/>
        <source>Automatic (best in validation)</source>
        <translation>Automatisch (beste in de validatie)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="175"/>
        <source>Poisson GLM</source>
        <translation>Poisson-GLM</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="175"/>
        <source>Gradient boosting</source>
        <translation>Gradient boosting</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="179"/>
        <source>Suppress incident counts below (k)</source>
        <translation>Aantallen incidenten onderdrukken onder (k)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="182"/>
        <source>Validation periods (0 = automatic)</source>
        <translation>Validatieperioden (0 = automatisch)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="182"/>
        <source>Near-repeat window (days)</source>
        <translation>Near-repeatvenster (dagen)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="441"/>
        <source>Risk per area</source>
        <translation>Risico per gebied</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="328"/>
        <source>Risk report</source>
        <translation>Risicorapport</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="195"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="197"/>
        <source>Model used (glm or boost)</source>
        <translation>Gebruikt model (glm of boost)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="198"/>
        <source>Forecast period</source>
        <translation>Voorspelde periode</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="199"/>
        <source>PAI at 5% of the area in validation (model)</source>
        <translation>PAI bij 5% van de oppervlakte in de validatie (model)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="201"/>
        <source>PAI at 5% of the area in validation (best baseline)</source>
        <translation>PAI bij 5% van de oppervlakte in de validatie (beste basislijn)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="208"/>
        <source>Incidents counted</source>
        <translation>Getelde incidenten</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="209"/>
        <source>Incidents outside every area (not counted)</source>
        <translation>Incidenten buiten elk gebied (niet geteld)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="223"/>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="224"/>
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="229"/>
        <source>Reading the areas...</source>
        <translation>De gebieden lezen...</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="234"/>
        <source>{} areas without a geometry were left out.</source>
        <translation>{} gebieden zonder geometrie zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="237"/>
        <source>The area layer has no areas with a geometry.</source>
        <translation>De gebiedenlaag heeft geen gebieden met een geometrie.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="242"/>
        <source>Reading the incidents...</source>
        <translation>De incidenten lezen...</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="254"/>
        <source>{} incidents without a geometry were left out.</source>
        <translation>{} incidenten zonder geometrie zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="257"/>
        <source>{} of {} incidents lie outside every area and are not counted.</source>
        <translation>{} van de {} incidenten liggen buiten elk gebied en worden niet geteld.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="274"/>
        <source>{} incidents in {} periods ({} to {}); fitting and validating...</source>
        <translation>{} incidenten in {} perioden ({} tot en met {}); schatten en valideren...</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="292"/>
        <source>{} incidents before the first date were left out.</source>
        <translation>{} incidenten vóór de eerste datum zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="292"/>
        <source>{} incidents after the last date were left out.</source>
        <translation>{} incidenten na de laatste datum zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="318"/>
        <source>Forecast for {} with {} (validated on {} periods); incidents counted per {}; CRS {}.</source>
        <translation>Voorspelling voor {} met {} (gevalideerd op {} perioden); incidenten geteld per {}; CRS {}.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="323"/>
        <source>incidents_recent counts the last {} periods.</source>
        <translation>incidents_recent telt de laatste {} perioden.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="382"/>
        <source>incidents</source>
        <translation>incidenten</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="393"/>
        <source>A context layer</source>
        <translation>Een contextlaag</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="398"/>
        <source>within {:g} m</source>
        <translation>binnen {:g} m</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="398"/>
        <source>in the area</source>
        <translation>in het gebied</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="400"/>
        <source>few {} {}</source>
        <translation>weinig {} {}</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="404"/>
        <source>Context layer {}: {} points, {} areas with one or more {}.</source>
        <translation>Contextlaag {}: {} punten, {} gebieden met één of meer {}.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="414"/>
        <source>Validation, {}: PAI at 5% of the area {:.2f}, hit rate {:.1%}.</source>
        <translation>Validatie, {}: PAI bij 5% van de oppervlakte {:.2f}, trefpercentage {:.1%}.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="417"/>
        <source>Chosen: {}.</source>
        <translation>Gekozen: {}.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="441"/>
        <source>Expected incidents per area.</source>
        <translation>Verwachte incidenten per gebied.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="444"/>
        <source>1 lower half</source>
        <translation>1 onderste helft</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="444"/>
        <source>2 percentile 50-75</source>
        <translation>2 percentiel 50-75</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="445"/>
        <source>3 percentile 75-90</source>
        <translation>3 percentiel 75-90</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="445"/>
        <source>4 percentile 90-95</source>
        <translation>4 percentiel 90-95</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="446"/>
        <source>5 top 5%</source>
        <translation>5 top 5%</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="105"/>
        <source>&lt;p&gt;Forecasts how many incidents each area (PC4, PC6, buurt or grid cell) will have in the coming period, and ranks the areas. Incidents are counted per area and period (week, month, quarter or year). The model learns from: counts in recent windows and over the whole history, the same period a year earlier, counts in neighbouring areas (areas that touch), near-repeats (incidents in the last 14 days nearby), area size, the covariates you choose (monitor indicators, inhabitants) and counts of context points (coffeeshops, dismantled plantations) in or within a distance of each area.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Models&lt;/b&gt;: a Poisson GLM (relative risk per factor, as Risk Terrain Modeling reports) and gradient boosting with Poisson loss. &lt;b&gt;Validation&lt;/b&gt; is rolling-origin in time: for each of the last periods with a known outcome, the models are trained only on earlier periods and tested on what happened next. &apos;Automatic&apos; picks the model with the lower Poisson deviance. Baselines on the same periods: last period&apos;s counts, counts of the longest window and of the whole history, and a kernel density surface of past incidents.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the areas with the expected count, risk score 0-100 (share of the highest), rank, percentile, class 1-5 (lower half, 50-75%, 75-90%, 90-95%, top 5%) and the top 3 drivers as facts, e.g. &apos;12 incidents in the last 3 months; 4x the average area over the last 12 months&apos; (never a count below k); observed counts below k (default 5) are suppressed. The HTML report shows hit rate and PAI curves against the baselines, calibration, drivers, the data period and a model card.&lt;/p&gt;&lt;p&gt;Incidents outside every area, without a date or outside the date range are counted and reported. NULL covariates are replaced by the median and flagged; constant features are left out. Area ids must be unique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Caveat&lt;/b&gt;: predictions reflect where incidents were recorded, which depends on reporting and enforcement, not only on where they happened.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voorspelt hoeveel incidenten elk gebied (PC4, PC6, buurt of rastercel) in de komende periode zal hebben, en rangschikt de gebieden. Incidenten worden geteld per gebied en periode (week, maand, kwartaal of jaar). Het model leert van: aantallen in recente vensters en over de hele geschiedenis, dezelfde periode een jaar eerder, aantallen in aangrenzende gebieden (gebieden die elkaar raken), near-repeats (incidenten in de laatste 14 dagen dichtbij), de oppervlakte van het gebied, de covariaten die je kiest (monitorindicatoren, inwoners) en aantallen contextpunten (coffeeshops, geruimde hennepkwekerijen) in of binnen een afstand van elk gebied.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modellen&lt;/b&gt;: een Poisson-GLM (relatief risico per factor, zoals Risk Terrain Modeling rapporteert) en gradient boosting met Poisson-verlies. &lt;b&gt;Validatie&lt;/b&gt; gebeurt in de tijd met een voortschrijdend startpunt: voor elk van de laatste perioden met een bekende uitkomst worden de modellen alleen op eerdere perioden getraind en getest op wat daarna gebeurde. 'Automatisch' kiest het model met de laagste Poisson-deviantie. Basislijnen op dezelfde perioden: de aantallen van de vorige periode, de aantallen van het langste venster en van de hele geschiedenis, en een kerneldichtheidsoppervlak van eerdere incidenten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de gebieden met het verwachte aantal, de risicoscore 0-100 (deel van het hoogste), rang, percentiel, klasse 1-5 (onderste helft, 50-75%, 75-90%, 90-95%, top 5%) en de 3 belangrijkste verklarende factoren als feiten, bijv. '12 incidenten in de laatste 3 maanden; 4x zo veel als een gemiddeld gebied in de laatste 12 maanden' (nooit een aantal onder k); waargenomen aantallen onder k (standaard 5) worden onderdrukt. Het HTML-rapport toont curves van trefpercentage en PAI tegen de basislijnen, kalibratie, verklarende factoren, de gegevensperiode en een modelkaart.&lt;/p&gt;&lt;p&gt;Incidenten buiten elk gebied, zonder datum of buiten het datumbereik worden geteld en gerapporteerd. NULL-covariaten worden vervangen door de mediaan en gemarkeerd; constante kenmerken worden weggelaten. Gebieds-id's moeten uniek zijn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Let op&lt;/b&gt;: voorspellingen weerspiegelen waar incidenten geregistreerd zijn, wat afhangt van meldingen en handhaving, niet alleen van waar ze gebeurden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="204"/>
        <source>Best baseline in validation</source>
        <translation>Beste basislijn in de validatie</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="206"/>
        <source>Validation warnings (one per line)</source>
        <translation>Waarschuwingen uit de validatie (één per regel)</translation>
    </message>
</context>
<context>
    <name>PostgisDialog</name>
    <message>
        <location filename="../ui/source_dialogs.py" line="137"/>
        <source>Load from PostGIS</source>
        <translation>Laden uit PostGIS</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="141"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="144"/>
        <source>Choose a connection saved in QGIS (Browser &gt; PostgreSQL) and press Connect.</source>
        <translation>Kies een in QGIS opgeslagen verbinding (Browser &gt; PostgreSQL) en klik op Verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="144"/>
        <source>No PostGIS connection is saved in QGIS: add one in the Browser (PostgreSQL &gt; New Connection) first.</source>
        <translation>Er is geen PostGIS-verbinding opgeslagen in QGIS: voeg er eerst een toe in de Browser (PostgreSQL &gt; Nieuwe verbinding).</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="155"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="171"/>
        <source>Connecting to {}…</source>
        <translation>Verbinden met {}…</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="172"/>
        <source>Wijkradar: tables of {}</source>
        <translation>Wijkradar: tabellen van {}</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="182"/>
        <source>Could not list the tables: {}</source>
        <translation>Kan de tabellen niet ophalen: {}</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="194"/>
        <source>{} table(s) with geometry. Check the ones to load.</source>
        <translation>{} tabel(len) met geometrie. Vink de tabellen aan die je wilt laden.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../core/privacy.py" line="133"/>
        <source>BSN numbers</source>
        <translation>BSN's</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="134"/>
        <source>licence plates</source>
        <translation>kentekens</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="135"/>
        <source>e-mail addresses</source>
        <translation>e-mailadressen</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="136"/>
        <source>phone numbers</source>
        <translation>telefoonnummers</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="137"/>
        <source>IBAN bank account numbers</source>
        <translation>IBAN-bankrekeningnummers</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="138"/>
        <source>street and house number</source>
        <translation>straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="139"/>
        <source>postcode and house number</source>
        <translation>postcode en huisnummer</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="140"/>
        <source>dates of birth</source>
        <translation>geboortedata</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="141"/>
        <source>names of persons</source>
        <translation>namen van personen</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="142"/>
        <source>names of persons, places or businesses</source>
        <translation>namen van personen, plaatsen of bedrijven</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="143"/>
        <source>free text</source>
        <translation>vrije tekst</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="144"/>
        <source>house numbers</source>
        <translation>huisnummers</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="145"/>
        <source>years of birth</source>
        <translation>geboortejaren</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="146"/>
        <source>a BSN field (values are not valid BSNs)</source>
        <translation>een BSN-veld (de waarden zijn geen geldige BSN's)</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="149"/>
        <source>9-digit numbers passing the BSN 11-test</source>
        <translation>getallen van 9 cijfers die de BSN-elfproef doorstaan</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="150"/>
        <source>Dutch licence plates (official side codes)</source>
        <translation>Nederlandse kentekens (officiële sidecodes)</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="151"/>
        <source>text containing an e-mail address</source>
        <translation>tekst met een e-mailadres</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="152"/>
        <source>Dutch or international phone numbers</source>
        <translation>Nederlandse of internationale telefoonnummers</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="153"/>
        <source>IBANs with a valid check digit</source>
        <translation>IBAN's met een geldig controlegetal</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="154"/>
        <source>street names followed by a house number</source>
        <translation>straatnamen gevolgd door een huisnummer</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="155"/>
        <source>PC6 postcodes followed by a house number</source>
        <translation>PC6-postcodes gevolgd door een huisnummer</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="156"/>
        <source>dates, and the field name suggests birth</source>
        <translation>datums, en de veldnaam wijst op geboorte</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="157"/>
        <source>years, and the field name suggests birth</source>
        <translation>jaartallen, en de veldnaam wijst op geboorte</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="158"/>
        <source>text with spaces, long or mostly distinct</source>
        <translation>tekst met spaties, lang of grotendeels verschillend</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="160"/>
        <source>{count} of {total} values scanned look like {pattern}.</source>
        <translation>{count} van de {total} gescande waarden lijken op {pattern}.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="162"/>
        <source>The field name &apos;{field}&apos; suggests {label}.</source>
        <translation>De veldnaam '{field}' wijst op {label}.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="163"/>
        <source>Field &apos;{other}&apos; and field &apos;{field}&apos; together give {label}.</source>
        <translation>Veld '{other}' en veld '{field}' geven samen {label}.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="165"/>
        <source>The field name &apos;{field}&apos; suggests house numbers; no street or postcode field was found, but check the layer before sharing.</source>
        <translation>De veldnaam '{field}' wijst op huisnummers; er is geen straat- of postcodeveld gevonden, maar controleer de laag voordat je haar deelt.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="168"/>
        <source>The field name &apos;{field}&apos; suggests BSN numbers, but no value passes the 11-test: check whether they are pseudonymised.</source>
        <translation>De veldnaam '{field}' wijst op BSN's, maar geen enkele waarde doorstaat de elfproef: controleer of ze gepseudonimiseerd zijn.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="171"/>
        <source>The field name &apos;{field}&apos; suggests names: check that it holds names of places or businesses only.</source>
        <translation>De veldnaam '{field}' wijst op namen: controleer of het alleen namen van plaatsen of bedrijven bevat.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="174"/>
        <source>The field name &apos;{field}&apos; suggests free text, which may name persons.</source>
        <translation>De veldnaam '{field}' wijst op vrije tekst, die personen kan noemen.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="177"/>
        <source>Layer refused: field {items} holds personal data.</source>
        <translation>Laag geweigerd: veld {items} bevat persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="179"/>
        <source>Layer refused: fields {items} hold personal data.</source>
        <translation>Laag geweigerd: velden {items} bevatten persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="181"/>
        <source>Aggregate the incidents to postcode areas with &apos;Anonymise incidents&apos; first.</source>
        <translation>Aggregeer de incidenten eerst naar postcodegebieden met 'Incidenten anonimiseren'.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="183"/>
        <source>Also review: {items}.</source>
        <translation>Controleer ook: {items}.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="184"/>
        <source>Review before use: field {items} may hold personal data.</source>
        <translation>Controleer vóór gebruik: veld {items} kan persoonsgegevens bevatten.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="186"/>
        <source>Review before use: fields {items} may hold personal data.</source>
        <translation>Controleer vóór gebruik: velden {items} kunnen persoonsgegevens bevatten.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="188"/>
        <source>Check the contents, or remove the fields before sharing results.</source>
        <translation>Controleer de inhoud, of verwijder de velden voordat je resultaten deelt.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="190"/>
        <source>No personal data found in {fields} fields (up to {limit} values per field scanned).</source>
        <translation>Geen persoonsgegevens gevonden in {fields} velden (tot {limit} waarden per veld gescand).</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="192"/>
        <source>{pct} of values</source>
        <translation>{pct} van de waarden</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="193"/>
        <source>by field name</source>
        <translation>op veldnaam</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="194"/>
        <source>in two fields</source>
        <translation>in twee velden</translation>
    </message>
</context>
<context>
    <name>PrivacyScanAlgorithm</name>
    <message>
        <location filename="../processing/privacy_scan.py" line="49"/>
        <source>Privacy scan</source>
        <translation>Privacyscan</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="52"/>
        <source>Privacy</source>
        <translation>Privacybescherming</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="58"/>
        <source>Finds personal data (BSN, licence plates, names, addresses ...) in a layer before it enters an analysis.</source>
        <translation>Vindt persoonsgegevens (BSN, kentekens, namen, adressen ...) in een laag voordat die in een analyse komt.</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="62"/>
        <source>&lt;p&gt;Looks for personal data in the field names and values of a layer or table: BSN numbers (11-test), Dutch licence plates, e-mail addresses, phone numbers, IBANs, street + house number, postcode + house number, dates of birth and fields of person names are &lt;b&gt;identifiers&lt;/b&gt;; a generic &apos;naam&apos; field, free text, house numbers alone and years of birth are &lt;b&gt;warnings&lt;/b&gt;. Ordinary codes (postcodes, CBS area codes, incident types, years, counts) are not reported.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verdict&lt;/b&gt;: &apos;fail&apos; when any identifier is found (the layer must not enter an analysis: aggregate it with &apos;Anonymise incidents&apos; first), &apos;warn&apos; when only warnings are found (check the fields), else &apos;pass&apos;. The verdict and the number of findings are outputs a model can use; with &lt;b&gt;Stop on personal data&lt;/b&gt; set, a verdict of &apos;fail&apos; stops the algorithm (and a model chain) with a message naming the fields.&lt;/p&gt;&lt;p&gt;Output: a table with one row per finding (field, kind, severity, share and number of the values scanned that match, a masked example and the reason) and optionally an HTML report. An evenly spaced sample of at most the sample size of features is scanned (default 10,000), so very rare values can be missed; identifiers hidden in free text (apart from e-mail addresses) are not searched for.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zoekt naar persoonsgegevens in de veldnamen en waarden van een laag of tabel: BSN's (elfproef), Nederlandse kentekens, e-mailadressen, telefoonnummers, IBAN's, straat + huisnummer, postcode + huisnummer, geboortedata en velden met namen van personen zijn &lt;b&gt;identificerend&lt;/b&gt;; een algemeen veld 'naam', vrije tekst, losse huisnummers en geboortejaren zijn &lt;b&gt;waarschuwingen&lt;/b&gt;. Gewone codes (postcodes, CBS-gebiedscodes, incidenttypen, jaren, aantallen) worden niet gemeld.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Oordeel&lt;/b&gt;: 'fail' als er een identificerend gegeven is gevonden (de laag mag niet in een analyse: aggregeer haar eerst met 'Incidenten anonimiseren'), 'warn' als er alleen waarschuwingen zijn (controleer de velden), anders 'pass'. Het oordeel en het aantal bevindingen zijn uitvoer die een model kan gebruiken; met &lt;b&gt;Stoppen bij persoonsgegevens&lt;/b&gt; aan stopt een oordeel 'fail' het algoritme (en een modelketen) met een melding die de velden noemt.&lt;/p&gt;&lt;p&gt;Uitvoer: een tabel met één rij per bevinding (veld, soort, ernst, aandeel en aantal van de gescande waarden die overeenkomen, een gemaskeerd voorbeeld en de reden) en optioneel een HTML-rapport. Een gelijkmatig gespreide steekproef van hoogstens de steekproefgrootte aan objecten wordt gescand (standaard 10.000), dus zeer zeldzame waarden kunnen gemist worden; naar identificerende gegevens in vrije tekst (behalve e-mailadressen) wordt niet gezocht.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="83"/>
        <source>Layer or table to scan</source>
        <translation>Te scannen laag of tabel</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="85"/>
        <source>Features to scan at most (evenly spaced sample)</source>
        <translation>Maximaal te scannen objecten (gelijkmatig gespreide steekproef)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="88"/>
        <source>Stop on personal data (verdict &apos;fail&apos;)</source>
        <translation>Stoppen bij persoonsgegevens (oordeel 'fail')</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="169"/>
        <source>Privacy findings</source>
        <translation>Privacybevindingen</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="181"/>
        <source>Privacy report</source>
        <translation>Privacyrapport</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="94"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="97"/>
        <source>Verdict (pass, warn or fail)</source>
        <translation>Oordeel (pass, warn of fail)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="99"/>
        <source>Number of findings</source>
        <translation>Aantal bevindingen</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="100"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="112"/>
        <source>The sample size must be at least 1.</source>
        <translation>De steekproefgrootte moet minstens 1 zijn.</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="113"/>
        <source>Reading attribute values</source>
        <translation>Attribuutwaarden lezen</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="116"/>
        <source>Scanning fields</source>
        <translation>Velden scannen</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="128"/>
        <source>Verdict: {}. {} features scanned.</source>
        <translation>Oordeel: {}. {} objecten gescand.</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="144"/>
        <source>identifier</source>
        <translation>identificerend</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="144"/>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="146"/>
        <source>{field}: {label} ({severity}). {reason}</source>
        <translation>{field}: {label} ({severity}). {reason}</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="151"/>
        <source>{} features scanned; verdict: {}.</source>
        <translation>{} objecten gescand; oordeel: {}.</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="182"/>
        <source>pass</source>
        <translation>toegestaan (pass)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="182"/>
        <source>review (warn)</source>
        <translation>controleren (warn)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="183"/>
        <source>refused (fail)</source>
        <translation>geweigerd (fail)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="184"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="184"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="184"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="184"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="184"/>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="184"/>
        <source>Example (masked)</source>
        <translation>Voorbeeld (gemaskeerd)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="184"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="188"/>
        <source>Privacy report: {}</source>
        <translation>Privacyrapport: {}</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="189"/>
        <source>{} of {} features scanned (evenly spaced sample).</source>
        <translation>{} van {} objecten gescand (gelijkmatig gespreide steekproef).</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="192"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="192"/>
        <source>No findings.</source>
        <translation>Geen bevindingen.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../core/provenance.py" line="79"/>
        <source>{} ({} features, {})</source>
        <translation>{} ({} objecten, {})</translation>
    </message>
    <message>
        <location filename="../core/provenance.py" line="83"/>
        <source>Wijkradar {} {} on {} UTC; inputs: {}; QGIS {}</source>
        <translation>Wijkradar {} {} op {} UTC; invoer: {}; QGIS {}</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <location filename="../ui/result_summary.py" line="85"/>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="86"/>
        <source>{} hotspot areas from {} incidents.</source>
        <translation>{} hotspotgebieden uit {} incidenten.</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="93"/>
        <source>forecast for {}.</source>
        <translation>voorspelling voor {}.</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="96"/>
        <source>In validation the model ({}) scored a PAI of {} at 5% of the area, the best baseline ({}) {}.</source>
        <translation>In de validatie haalde het model ({}) een PAI van {} bij 5% van de oppervlakte, de beste basislijn ({}) {}.</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="105"/>
        <source>Open the risk report</source>
        <translation>Open het risicorapport</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="107"/>
        <source>Risk score</source>
        <translation>Risicoscore</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="111"/>
        <source>Vulnerability x crime</source>
        <translation>Kwetsbaarheid x criminaliteit</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="112"/>
        <source>{} of {} areas are focus areas (weak and much crime).</source>
        <translation>{} van {} gebieden zijn aandachtsgebieden (kwetsbaar en veel criminaliteit).</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="56"/>
        <source>{} incidents with dates far outside the others were left out ({}).</source>
        <translation>{} incidenten met datums ver buiten de andere zijn weggelaten ({}).</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="60"/>
        <source>{} incidents with an unreadable date were left out (e.g. {}).</source>
        <translation>{} incidenten met een onleesbare datum zijn weggelaten (bijv. {}).</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="64"/>
        <source>{} incidents without a date were left out.</source>
        <translation>{} incidenten zonder datum zijn weggelaten.</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../core/risk.py" line="81"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="81"/>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="82"/>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="82"/>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="83"/>
        <source>quarter</source>
        <translation>kwartaal</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="83"/>
        <source>quarters</source>
        <translation>kwartalen</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="85"/>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="85"/>
        <source>years</source>
        <translation>jaren</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="87"/>
        <source>the last week</source>
        <translation>de laatste week</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="88"/>
        <source>the last month</source>
        <translation>de laatste maand</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="89"/>
        <source>the last quarter</source>
        <translation>het laatste kwartaal</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="90"/>
        <source>the last year</source>
        <translation>het laatste jaar</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="91"/>
        <source>the last {} weeks</source>
        <translation>de laatste {} weken</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="92"/>
        <source>the last {} months</source>
        <translation>de laatste {} maanden</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="93"/>
        <source>the last {} quarters</source>
        <translation>de laatste {} kwartalen</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="94"/>
        <source>the last {} years</source>
        <translation>de laatste {} jaren</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="96"/>
        <source>{} in the same week a year earlier</source>
        <translation>{} in dezelfde week een jaar eerder</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="97"/>
        <source>{} in the same month a year earlier</source>
        <translation>{} in dezelfde maand een jaar eerder</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="98"/>
        <source>{} in the same quarter a year earlier</source>
        <translation>{} in hetzelfde kwartaal een jaar eerder</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="124"/>
        <source>very low</source>
        <translation>zeer laag</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="124"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="124"/>
        <source>medium</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="124"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="124"/>
        <source>very high</source>
        <translation>zeer hoog</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="130"/>
        <source>Poisson GLM</source>
        <translation>Poisson-GLM</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="131"/>
        <source>Gradient boosting</source>
        <translation>Gradient boosting</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="132"/>
        <source>Baseline: last period&apos;s counts</source>
        <translation>Basislijn: aantallen van de vorige periode</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="133"/>
        <source>Baseline: counts of {window}</source>
        <translation>Basislijn: aantallen van {window}</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="134"/>
        <source>Baseline: counts of the whole history</source>
        <translation>Basislijn: aantallen van de hele geschiedenis</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="135"/>
        <source>Baseline: kernel density of {window}</source>
        <translation>Basislijn: kerneldichtheid van {window}</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="138"/>
        <source>The period must be one of {}, not {!r}.</source>
        <translation>De periode moet een van {} zijn, niet {!r}.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="139"/>
        <source>The forecast horizon must be a whole number of periods of at least 1.</source>
        <translation>De voorspellingshorizon moet een geheel aantal perioden van minstens 1 zijn.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="141"/>
        <source>No incidents remain to analyse ({} read: {}). Check the date field, the type filter, the date range and that incidents lie in the areas.</source>
        <translation>Er blijven geen incidenten over om te analyseren ({} gelezen: {}). Controleer het datumveld, het typefilter, het datumbereik en of de incidenten in de gebieden liggen.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="144"/>
        <source>The first date ({}) is after the last date ({}).</source>
        <translation>De eerste datum ({}) ligt na de laatste datum ({}).</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="145"/>
        <source>Too few periods to validate: the data cover {n} {nouns} and the forecast horizon is {h}; rolling-origin validation needs at least {need} periods (a period to learn from, a later one to test on and the one to forecast). Use shorter periods (e.g. months instead of quarters) or a longer history.</source>
        <translation>Te weinig perioden om te valideren: de gegevens beslaan {n} {nouns} en de voorspellingshorizon is {h}; validatie met een voortschrijdend startpunt heeft minstens {need} perioden nodig (een periode om van te leren, een latere om op te testen en de periode die voorspeld wordt). Gebruik kortere perioden (bijv. maanden in plaats van kwartalen) of een langere geschiedenis.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="150"/>
        <source>There are no incidents in the periods the model could learn from, so there is nothing to predict from.</source>
        <translation>Er zijn geen incidenten in de perioden waarvan het model zou kunnen leren, dus er is niets om uit te voorspellen.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="153"/>
        <source>The model must be one of {}, not {!r}.</source>
        <translation>Het model moet een van {} zijn, niet {!r}.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="323"/>
        <source>{} outside every area</source>
        <translation>{} buiten elk gebied</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="325"/>
        <source>{} before the first date</source>
        <translation>{} vóór de eerste datum</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="326"/>
        <source>{} after the last date</source>
        <translation>{} na de laatste datum</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="328"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="343"/>
        <source>{} areas have no id (NULL); every area needs one.</source>
        <translation>{} gebieden hebben geen id (NULL); elk gebied heeft er een nodig.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="349"/>
        <source>The area ids are not unique: {} ids occur more than once, e.g. {}. Give every area its own id, or dissolve the layer on the id field first.</source>
        <translation>De gebieds-id's zijn niet uniek: {} id's komen meer dan eens voor, bijv. {}. Geef elk gebied een eigen id, of voeg de laag eerst samen op het id-veld.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="564"/>
        <source>{} areas have no neighbour; their neighbour features are 0.</source>
        <translation>{} gebieden hebben geen buur; hun burenkenmerken zijn 0.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="570"/>
        <source>{} in {}</source>
        <translation>{} in {}</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="572"/>
        <source>{} per {} over the whole history</source>
        <translation>{} per {} over de hele geschiedenis</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="581"/>
        <source>{} in neighbouring areas in {}</source>
        <translation>{} in aangrenzende gebieden in {}</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="584"/>
        <source>{} in neighbouring areas per {} over the whole history</source>
        <translation>{} in aangrenzende gebieden per {} over de hele geschiedenis</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="589"/>
        <source>{} in the last {} days (near-repeat)</source>
        <translation>{} in de laatste {} dagen (near-repeat)</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="593"/>
        <source>{} in neighbouring areas in the last {} days (near-repeat)</source>
        <translation>{} in aangrenzende gebieden in de laatste {} dagen (near-repeat)</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="600"/>
        <source>few {}</source>
        <translation>weinig {}</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="632"/>
        <source>low {}</source>
        <translation>{} laag</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="612"/>
        <source>area size</source>
        <translation>oppervlakte van het gebied</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="612"/>
        <source>large area</source>
        <translation>groot gebied</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="612"/>
        <source>small area</source>
        <translation>klein gebied</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="621"/>
        <source>&apos;{}&apos; is empty (NULL in every area) and was left out.</source>
        <translation>'{}' is leeg (NULL in elk gebied) en is weggelaten.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="628"/>
        <source>&apos;{}&apos; is NULL in {} areas: replaced by the median, with a flag feature.</source>
        <translation>'{}' is NULL in {} gebieden: vervangen door de mediaan, met een vlagkenmerk.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="632"/>
        <source>high {}</source>
        <translation>{} hoog</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="637"/>
        <source>{} unknown</source>
        <translation>{} onbekend</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="638"/>
        <source>{} known</source>
        <translation>{} bekend</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="1042"/>
        <source>The history is short, so only these windows are used: {}.</source>
        <translation>De geschiedenis is kort, dus alleen deze vensters worden gebruikt: {}.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="1042"/>
        <source>The history is short, so only these windows are used: {}; no seasonal lag.</source>
        <translation>De geschiedenis is kort, dus alleen deze vensters worden gebruikt: {}; geen seizoensvertraging.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="1067"/>
        <source>Validation at {} skipped: no incidents in the periods before it.</source>
        <translation>Validatie op {} overgeslagen: geen incidenten in de perioden ervoor.</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="1073"/>
        <source>Validating {} on {}</source>
        <translation>{} valideren op {}</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="1125"/>
        <source>Fitting {} on all periods</source>
        <translation>{} schatten op alle perioden</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="1140"/>
        <source>Scoring the areas and their drivers</source>
        <translation>De gebieden en hun verklarende factoren berekenen</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="1159"/>
        <source>Constant in the training data, so left out: {}.</source>
        <translation>Constant in de trainingsgegevens, dus weggelaten: {}.</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="122"/>
        <source>in {}</source>
        <translation>in {}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="116"/>
        <source>since {}</source>
        <translation>sinds {}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="121"/>
        <source>the last {} days</source>
        <translation>de laatste {} dagen</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="152"/>
        <source>earlier {} in the area</source>
        <translation>eerdere {} in het gebied</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="163"/>
        <source>earlier {} in the neighbouring areas</source>
        <translation>eerdere {} in de aangrenzende gebieden</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="172"/>
        <source>{n} {subject} {when}</source>
        <translation>{n} {subject} {when}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="172"/>
        <source>{n} {subject} in the neighbouring areas {when}</source>
        <translation>{n} {subject} in de aangrenzende gebieden {when}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="188"/>
        <source>{}x the average area</source>
        <translation>{}x zo veel als een gemiddeld gebied</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="189"/>
        <source>{}x the average area over {}</source>
        <translation>{}x zo veel als een gemiddeld gebied in {}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="207"/>
        <source>{what}: 1</source>
        <translation>{what}: 1</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="208"/>
        <source>{n} {what}</source>
        <translation>{n} {what}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="212"/>
        <source>{} ({} ha; average {} ha)</source>
        <translation>{} ({} ha; gemiddeld {} ha)</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="214"/>
        <source>{} ({}; average {})</source>
        <translation>{} ({}; gemiddeld {})</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="324"/>
        <source>{} without a usable date</source>
        <translation>{} zonder bruikbare datum</translation>
    </message>
    <message>
        <location filename="../core/risk.py" line="1146"/>
        <source>Drivers were worked out for the {} areas with the highest expected count; the other areas have none listed.</source>
        <translation>Verklarende factoren zijn bepaald voor de {} gebieden met het hoogste verwachte aantal; voor de andere gebieden staan er geen.</translation>
    </message>
</context>
<context>
    <name>RiskInputs</name>
    <message>
        <location filename="../processing/risk_inputs.py" line="51"/>
        <source>{} must be a {} layer; &apos;{}&apos; holds {}.</source>
        <translation>{} moet een laag van het type {} zijn; '{}' bevat {}.</translation>
    </message>
    <message>
        <location filename="../processing/risk_inputs.py" line="125"/>
        <source>To filter incidents by type, give both the type field and one or more values (separated by commas), or neither.</source>
        <translation>Geef om incidenten op type te filteren zowel het typeveld als een of meer waarden (gescheiden door komma's), of geen van beide.</translation>
    </message>
    <message>
        <location filename="../processing/risk_inputs.py" line="193"/>
        <source>Could not open the raster {}</source>
        <translation>Kan het raster {} niet openen</translation>
    </message>
    <message>
        <location filename="../processing/risk_inputs.py" line="196"/>
        <source>The raster has no band {}.</source>
        <translation>Het raster heeft geen band {}.</translation>
    </message>
    <message>
        <location filename="../processing/risk_inputs.py" line="200"/>
        <source>The raster is rotated or not north-up; warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>Het raster is gedraaid of niet naar het noorden gericht; transformeer het eerst naar een noordgericht raster (Raster &gt; Projecties &gt; Transformeren).</translation>
    </message>
</context>
<context>
    <name>RiskReport</name>
    <message>
        <location filename="../core/risk_report.py" line="21"/>
        <source>Poisson GLM</source>
        <translation>Poisson-GLM</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="22"/>
        <source>Gradient boosting</source>
        <translation>Gradient boosting</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="23"/>
        <source>Last period&apos;s counts</source>
        <translation>Aantallen van de vorige periode</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="24"/>
        <source>Counts of the longest window</source>
        <translation>Aantallen van het langste venster</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="25"/>
        <source>Counts of the whole history</source>
        <translation>Aantallen van de hele geschiedenis</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="26"/>
        <source>Kernel density</source>
        <translation>Kerneldichtheid</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="27"/>
        <source>Best possible</source>
        <translation>Best mogelijk</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="202"/>
        <source>Provenance</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="202"/>
        <source>Inputs, parameters, versions (also in the .provenance.json file beside this report)</source>
        <translation>Invoer, parameters, versies (ook in het bestand .provenance.json naast dit rapport)</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="214"/>
        <source>&lt;b&gt;Intended use.&lt;/b&gt; Ranking areas for attention in the coming period: where to look first in briefings, patrols, outreach and problem-oriented work, next to local knowledge. The expected counts are the model&apos;s estimate for the forecast period; the risk score is the expected count as a share of the highest one, the classes follow the ranking (top 5%, 90-95%, 75-90%, 50-75%, the lower half).</source>
        <translation>&lt;b&gt;Bedoeld gebruik.&lt;/b&gt; Gebieden rangschikken voor aandacht in de komende periode: waar je eerst kijkt bij briefings, surveillance, outreach en probleemgericht werken, naast lokale kennis. De verwachte aantallen zijn de schatting van het model voor de voorspelde periode; de risicoscore is het verwachte aantal als deel van het hoogste, de klassen volgen de rangorde (top 5%, 90-95%, 75-90%, 50-75%, de onderste helft).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="214"/>
        <source>&lt;b&gt;Not intended for&lt;/b&gt; decisions about individuals, households or addresses; as the only ground for stop-and-search, checks or sanctions; or for areas and periods unlike the training data (other municipalities, other incident types, after major changes in recording).</source>
        <translation>&lt;b&gt;Niet bedoeld voor&lt;/b&gt; beslissingen over personen, huishoudens of adressen; als enige grond voor staande houden en fouilleren, controles of sancties; of voor gebieden en perioden die niet op de trainingsgegevens lijken (andere gemeenten, andere incidenttypen, na grote veranderingen in de registratie).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="214"/>
        <source>&lt;b&gt;How it was tested.&lt;/b&gt; Rolling-origin validation in time: for each validation period the models were trained only on earlier periods whose outcome was already known, and scored against what happened next. Baselines on the same periods: last period&apos;s counts, counts of the longest window and of the whole history, and a kernel density surface of past incidents.</source>
        <translation>&lt;b&gt;Hoe het getest is.&lt;/b&gt; Validatie in de tijd met een voortschrijdend startpunt: voor elke validatieperiode zijn de modellen alleen getraind op eerdere perioden waarvan de uitkomst al bekend was, en beoordeeld op wat daarna gebeurde. Basislijnen op dezelfde perioden: de aantallen van de vorige periode, de aantallen van het langste venster en van de hele geschiedenis, en een kerneldichtheidsoppervlak van eerdere incidenten.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="214"/>
        <source>&lt;b&gt;Limits.&lt;/b&gt; Predictions reflect where incidents were &lt;b&gt;recorded&lt;/b&gt;, which depends on reporting by residents, on where police, enforcers and inspectors looked, and on registration practice, not only on where incidents happened. Areas that received more attention may therefore score higher, and a model trained on them can reinforce that (a feedback loop): compare with other sources and review the drivers. Small areas with few incidents have uncertain forecasts. Covariates and context layers are taken as they are now for every period (not as they were then), which flatters the validation of a model that leans on them if they changed. Drivers describe associations in the data, not causes.</source>
        <translation>&lt;b&gt;Beperkingen.&lt;/b&gt; Voorspellingen weerspiegelen waar incidenten &lt;b&gt;geregistreerd&lt;/b&gt; zijn. Dat hangt af van meldingen door bewoners, van waar politie, handhavers en inspecteurs keken en van de registratiepraktijk, niet alleen van waar incidenten gebeurden. Gebieden die meer aandacht kregen, kunnen daardoor hoger scoren, en een model dat daarop getraind is kan dat versterken (een feedbacklus): vergelijk met andere bronnen en bekijk de verklarende factoren. Kleine gebieden met weinig incidenten hebben onzekere voorspellingen. Covariaten en contextlagen worden voor elke periode genomen zoals ze nu zijn (niet zoals ze toen waren); dat flatteert de validatie van een model dat erop leunt als ze veranderd zijn. Verklarende factoren beschrijven samenhang in de gegevens, geen oorzaken.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="214"/>
        <source>&lt;b&gt;Privacy.&lt;/b&gt; Inputs are aggregated incidents (postcode level); counts below the suppression threshold are blanked in the shared layer.</source>
        <translation>&lt;b&gt;Privacy.&lt;/b&gt; De invoer bestaat uit geaggregeerde incidenten (op postcodeniveau); aantallen onder de onderdrukkingsdrempel zijn leeggemaakt in de gedeelde laag.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="269"/>
        <source>Postcode risk forecast</source>
        <translation>Risicovoorspelling per postcode</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="270"/>
        <source>incidents</source>
        <translation>incidenten</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="272"/>
        <source>Forecast for &lt;b&gt;{}&lt;/b&gt; ({}), made with data up to and including {}; {:,} areas of &lt;i&gt;{}&lt;/i&gt;.</source>
        <translation>Voorspelling voor &lt;b&gt;{}&lt;/b&gt; ({}), gemaakt met gegevens tot en met {}; {:,} gebieden van &lt;i&gt;{}&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="277"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="278"/>
        <source>chosen by the lower mean Poisson deviance over {} validation periods</source>
        <translation>gekozen op de laagste gemiddelde Poisson-deviantie over {} validatieperioden</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="278"/>
        <source>as set by the user</source>
        <translation>zoals ingesteld door de gebruiker</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="282"/>
        <source>Model: &lt;b&gt;{}&lt;/b&gt;, {}.</source>
        <translation>Model: &lt;b&gt;{}&lt;/b&gt;, {}.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="285"/>
        <source>better than</source>
        <translation>beter dan</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="285"/>
        <source>equal to</source>
        <translation>gelijk aan</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="285"/>
        <source>below</source>
        <translation>onder</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="288"/>
        <source>Predictive Accuracy Index at 5% of the area: &lt;b&gt;{}&lt;/b&gt;, {} the best baseline ({}: {}).</source>
        <translation>Predictive Accuracy Index bij 5% van de oppervlakte: &lt;b&gt;{}&lt;/b&gt;, {} de beste basislijn ({}: {}).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="293"/>
        <source>Expected {} in {}: {} in all areas together.</source>
        <translation>Verwachte {} in {}: {} in alle gebieden samen.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="301"/>
        <source>Model card</source>
        <translation>Modelkaart</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="309"/>
        <source>Data period: {} to {} ({} periods of a {}; {} to {})</source>
        <translation>Gegevensperiode: {} tot en met {} ({} perioden van een {}; {} tot en met {})</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="313"/>
        <source>Incidents used: {:,} of {:,} read; left out: {}.</source>
        <translation>Gebruikte incidenten: {:,} van {:,} gelezen; weggelaten: {}.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="314"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="317"/>
        <source>Features ({}): {}.</source>
        <translation>Kenmerken ({}): {}.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="320"/>
        <source>Training rows in the final fit: {:,}.</source>
        <translation>Trainingsrijen in de laatste schatting: {:,}.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="323"/>
        <source>Kernel density baseline: quartic kernel, radius {:,.0f} {}, read at each area&apos;s inner point.</source>
        <translation>Basislijn kerneldichtheid: quartic kernel, straal {:,.0f} {}, gelezen op het binnenpunt van elk gebied.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="323"/>
        <source>map units</source>
        <translation>kaarteenheden</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="329"/>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="331"/>
        <source>{:,} incidents lie outside every area and were not counted.</source>
        <translation>{:,} incidenten liggen buiten elk gebied en zijn niet geteld.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="339"/>
        <source>Share of the area covered</source>
        <translation>Bestreken deel van de oppervlakte</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="339"/>
        <source>Share of incidents (hit rate)</source>
        <translation>Deel van de incidenten (trefpercentage)</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="339"/>
        <source>PAI (hit rate / area share)</source>
        <translation>PAI (trefpercentage / oppervlakteaandeel)</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="353"/>
        <source>Track record (rolling-origin validation)</source>
        <translation>Staat van dienst (validatie met voortschrijdend startpunt)</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="355"/>
        <source>Validation periods: {}. Areas are taken in order of expected incidents per km² (the kernel density baseline: density at the area), as a patrol covering a share of the area would; ties are covered together.</source>
        <translation>Validatieperioden: {}. Gebieden worden genomen in volgorde van verwachte incidenten per km² (voor de kerneldichtheid-basislijn: de dichtheid in het gebied), zoals een surveillance die een deel van de oppervlakte bestrijkt zou doen; gelijke waarden worden samen bestreken.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="374"/>
        <source>Hit rate: the share of the validation periods&apos; incidents in the top-ranked areas, by share of the area covered (mean over the validation periods).</source>
        <translation>Trefpercentage: het deel van de incidenten van de validatieperioden in de hoogst gerangschikte gebieden, naar bestreken deel van de oppervlakte (gemiddelde over de validatieperioden).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="380"/>
        <source>Predictive Accuracy Index (Chainey, Tompson &amp; Uhlig 2008): how many times more incidents the covered areas hold than their share of the area.</source>
        <translation>Predictive Accuracy Index (Chainey, Tompson &amp; Uhlig 2008): hoeveel keer meer incidenten de bestreken gebieden bevatten dan hun aandeel in de oppervlakte.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="553"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="390"/>
        <source>Hit rate {}%</source>
        <translation>Trefpercentage {}%</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="391"/>
        <source>PAI {}%</source>
        <translation>PAI {}%</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="393"/>
        <source>PEI {}%</source>
        <translation>PEI {}%</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="394"/>
        <source>Poisson deviance</source>
        <translation>Poisson-deviantie</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="402"/>
        <source>Mean over the validation periods</source>
        <translation>Gemiddelde over de validatieperioden</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="404"/>
        <source>PEI (Predictive Efficiency Index): the hit rate as a share of the best possible with the same area. Poisson deviance: lower is better (models only).</source>
        <translation>PEI (Predictive Efficiency Index): het trefpercentage als deel van het best mogelijke met dezelfde oppervlakte. Poisson-deviantie: lager is beter (alleen modellen).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="449"/>
        <source>Validation period</source>
        <translation>Validatieperiode</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="414"/>
        <source>PAI at 5% per validation period</source>
        <translation>PAI bij 5% per validatieperiode</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="421"/>
        <source>Calibration</source>
        <translation>Kalibratie</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="422"/>
        <source>{} on the validation periods: areas grouped in ten equal groups by their expected count; mean expected against mean observed count per group (on the diagonal = well calibrated).</source>
        <translation>{} op de validatieperioden: gebieden in tien gelijke groepen ingedeeld naar hun verwachte aantal; gemiddeld verwacht tegen gemiddeld waargenomen aantal per groep (op de diagonaal = goed gekalibreerd).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="430"/>
        <source>Groups of areas</source>
        <translation>Groepen van gebieden</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="430"/>
        <source>Mean expected count</source>
        <translation>Gemiddeld verwacht aantal</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="430"/>
        <source>Mean observed count</source>
        <translation>Gemiddeld waargenomen aantal</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="437"/>
        <source>Mean expected</source>
        <translation>Gemiddeld verwacht</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="438"/>
        <source>Mean observed</source>
        <translation>Gemiddeld waargenomen</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="439"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="439"/>
        <source>Area-periods</source>
        <translation>Gebied-perioden</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="447"/>
        <source>Expected in all areas</source>
        <translation>Verwacht in alle gebieden</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="448"/>
        <source>Observed in all areas</source>
        <translation>Waargenomen in alle gebieden</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="452"/>
        <source>Totals per validation period</source>
        <translation>Totalen per validatieperiode</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="461"/>
        <source>This GLM is fitted next to the chosen model for interpretation.</source>
        <translation>Deze GLM is naast het gekozen model geschat om te kunnen interpreteren.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="463"/>
        <source>Drivers</source>
        <translation>Verklarende factoren</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="464"/>
        <source>Relative risk per factor (Poisson GLM)</source>
        <translation>Relatief risico per factor (Poisson-GLM)</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="465"/>
        <source>exp(coefficient): the factor by which the expected count changes for one standard deviation more of a feature, the others unchanged (as Risk Terrain Modeling reports relative risks). Count features are on a log scale.</source>
        <translation>exp(coëfficiënt): de factor waarmee het verwachte aantal verandert bij één standaardafwijking meer van een kenmerk, terwijl de andere gelijk blijven (zoals Risk Terrain Modeling relatieve risico's rapporteert). Kenmerken met aantallen staan op een logaritmische schaal.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="476"/>
        <source>Importance in the chosen model ({})</source>
        <translation>Belang in het gekozen model ({})</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="476"/>
        <source>Rise in the Poisson deviance of the last validation period when one feature is shuffled across the areas (permutation importance; 0 = the model does not rely on it).</source>
        <translation>Toename van de Poisson-deviantie van de laatste validatieperiode als één kenmerk over de gebieden geschud wordt (permutatiebelang; 0 = het model leunt er niet op).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="512"/>
        <source>Forecast evaluation</source>
        <translation>Evaluatie van de voorspelling</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="528"/>
        <source>Hit rate and PAI</source>
        <translation>Trefpercentage en PAI</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="538"/>
        <source>Area covered</source>
        <translation>Bestreken oppervlakte</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="539"/>
        <source>Hit rate</source>
        <translation>Trefpercentage</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="545"/>
        <source>{:,} areas or cells, {:,} incidents in them; {:,} incidents outside them were not counted.</source>
        <translation>{:,} gebieden of cellen, {:,} incidenten daarin; {:,} incidenten daarbuiten zijn niet geteld.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="545"/>
        <source>{:,} areas or cells, {:,} incidents in them.</source>
        <translation>{:,} gebieden of cellen, {:,} incidenten daarin.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="553"/>
        <source>Areas (or raster cells) are taken in order of their score, highest first{}. The hit rate at a coverage is the share of the incidents in the covered areas, PAI = hit rate / area share (Chainey, Tompson &amp; Uhlig 2008) and PEI = hit rate / the best hit rate possible with the same area (areas by their actual incidents per area). Coverage ending inside an area takes the matching fraction of it; areas with equal scores are covered together.</source>
        <translation>Gebieden (of rastercellen) worden genomen in volgorde van hun score, hoogste eerst{}. Het trefpercentage bij een dekking is het deel van de incidenten in de bestreken gebieden, PAI = trefpercentage / oppervlakteaandeel (Chainey, Tompson &amp; Uhlig 2008) en PEI = trefpercentage / het best mogelijke trefpercentage met dezelfde oppervlakte (gebieden naar hun werkelijke aantal incidenten per oppervlakte). Dekking die binnen een gebied eindigt, neemt het overeenkomende deel ervan; gebieden met gelijke scores worden samen bestreken.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="485"/>
        <source>for the GLM, exp of the sum of coefficient x standardised value over the family&apos;s features: how much the family raises the area&apos;s expected count compared with an area with average values.</source>
        <translation>voor de GLM exp van de som van coëfficiënt x gestandaardiseerde waarde over de kenmerken van de familie: hoeveel de familie het verwachte aantal van het gebied verhoogt vergeleken met een gebied met gemiddelde waarden.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="485"/>
        <source>for boosting, the ratio of the area&apos;s expected count to the one it would have with the family&apos;s features at their averages, the others unchanged (a local comparison; the factors do not multiply up exactly).</source>
        <translation>voor boosting de verhouding tussen het verwachte aantal van het gebied en het aantal dat het zou hebben met de kenmerken van de familie op hun gemiddelde, terwijl de andere gelijk blijven (een lokale vergelijking; de factoren vermenigvuldigen niet precies tot het geheel).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="493"/>
        <source>Drivers per area (fields driver_1 to driver_3 of the layer): the families of factors that raise the area&apos;s expected count most, at least x1.1, told as the facts behind them, e.g. its incidents in a recent window and how many times the average area that is. A family is the area&apos;s own incidents over every window, its neighbours&apos; incidents, or one covariate or context layer: its windows are strongly correlated, so a family&apos;s total says more than any one of them. Ranked {} Incident counts below the suppression threshold are not written.</source>
        <translation>Verklarende factoren per gebied (velden driver_1 tot en met driver_3 van de laag): de families van factoren die het verwachte aantal van het gebied het meest verhogen, minstens x1,1, verteld als de feiten erachter, bijv. de incidenten in een recent venster en hoeveel keer het gemiddelde gebied dat is. Een familie is het eigen aantal incidenten van het gebied over alle vensters, de incidenten van de buren, of één covariaat of contextlaag: de vensters hangen sterk samen, dus het totaal van een familie zegt meer dan elk venster apart. Gerangschikt {} Incidentaantallen onder de onderdrukkingsgrens worden niet vermeld.</translation>
    </message>
</context>
<context>
    <name>RiskSummary</name>
    <message>
        <location filename="../core/risk_summary.py" line="51"/>
        <source>The model ({}) did worse in validation than the simple baseline &apos;{}&apos; (PAI at 5% of the area {} against {}). The map uses the model; consider the baseline&apos;s ranking, a longer history or another period.</source>
        <translation>Het model ({}) deed het in de validatie slechter dan de eenvoudige basislijn '{}' (PAI bij 5% van de oppervlakte {} tegen {}). De kaart gebruikt het model; overweeg de rangorde van de basislijn, een langere geschiedenis of een andere periode.</translation>
    </message>
    <message>
        <location filename="../core/risk_summary.py" line="61"/>
        <source>In {} of the validation periods the model was no better than chance (PAI below 1): {}.</source>
        <translation>In {} van de validatieperioden was het model niet beter dan toeval (PAI onder 1): {}.</translation>
    </message>
</context>
<context>
    <name>ShippedModel</name>
    <message>
        <location filename="../processing/provider.py" line="24"/>
        <source>Weekly briefing</source>
        <translation>Wekelijkse briefing</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="25"/>
        <source>Briefing</source>
        <translation>Briefingkaarten</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="43"/>
        <source>Anonymise, hotspots, risk per postcode, area monitor and the patrol focus map per district, in one run.</source>
        <translation>Anonimiseren, hotspots, risico per postcode, buurtmonitor en de patrouillekaart per wijk, in één run.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="46"/>
        <source>Patrol focus areas</source>
        <translation>Aandachtsgebieden voor surveillance</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="49"/>
        <source>Weekly briefing of the flex team</source>
        <translation>Wekelijkse briefing van het flexteam</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="51"/>
        <source>Forecast for </source>
        <translation>Voorspelling voor </translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="55"/>
        <source>Incident points</source>
        <translation>Incidentpunten</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="55"/>
        <source>Incident points with a date field. They are anonymised to the postcode areas first; nothing downstream sees exact places or dates.</source>
        <translation>Incidentpunten met een datumveld. Ze worden eerst geanonimiseerd naar de postcodegebieden; geen latere stap ziet exacte plaatsen of datums.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="61"/>
        <source>Incident date field</source>
        <translation>Datumveld van de incidenten</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="61"/>
        <source>Date of each incident (default &apos;datum&apos;).</source>
        <translation>Datum van elk incident (standaard 'datum').</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="64"/>
        <source>Brief on the coming</source>
        <translation>Briefing over de komende</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="64"/>
        <source>Brief on the coming week (0) or month (1): dates are coarsened to it and the risk is forecast per week or per month.</source>
        <translation>Briefing over de komende week (0) of maand (1): datums worden daarop afgerond en het risico wordt per week of per maand voorspeld.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="69"/>
        <source>Brief as of (default: the latest incident)</source>
        <translation>Briefing per (standaard: het laatste incident)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="69"/>
        <source>Brief as of this date: the data up to it are used (default: the latest incident). Set a past date to see what a past briefing said.</source>
        <translation>Briefing per deze datum: de gegevens tot en met die dag worden gebruikt (standaard: het laatste incident). Kies een datum in het verleden om te zien wat een eerdere briefing zei.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="85"/>
        <source>Context points for the risk (coffeeshops, ruimingen, ...)</source>
        <translation>Contextpunten voor het risico (coffeeshops, ruimingen, ...)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="85"/>
        <source>Optional point layers that may raise the risk nearby (coffeeshops, dismantled plantations): their counts within 200 m of each postcode are features of the risk model.</source>
        <translation>Optionele puntlagen die het risico in de buurt kunnen verhogen (coffeeshops, geruimde kwekerijen): hun aantallen binnen 200 m van elke postcode zijn kenmerken van het risicomodel.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="92"/>
        <source>Neighbourhoods (buurten) with monitor indicators</source>
        <translation>Buurten met monitorindicatoren</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="98"/>
        <source>Monitor indicator fields</source>
        <translation>Velden met monitorindicatoren</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="104"/>
        <source>Indicator specification of the index</source>
        <translation>Indicatorspecificatie van de index</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="104"/>
        <source>How the indicators make the index: field:direction:weight:domain per indicator (&apos;+&apos; higher is better, &apos;-&apos; higher is worse).</source>
        <translation>Hoe de indicatoren de index vormen: veld:richting:gewicht:domein per indicator ('+' hoger is beter, '-' hoger is slechter).</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="109"/>
        <source>Districts (wijken), a page each</source>
        <translation>Wijken, elk een pagina</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="109"/>
        <source>Districts (wijken): one page of the map each; they also bound the density map.</source>
        <translation>Wijken: elk een pagina van de kaart; ze begrenzen ook de dichtheidskaart.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="114"/>
        <source>District name field</source>
        <translation>Veld met wijknaam</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="114"/>
        <source>District name field (default &apos;wijknaam&apos;): names the pages.</source>
        <translation>Veld met de wijknaam (standaard 'wijknaam'): geeft de pagina's hun naam.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="118"/>
        <source>Context layer on the map (areas or lines)</source>
        <translation>Contextlaag op de kaart (vlakken of lijnen)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="118"/>
        <source>Optional context layer drawn as outlines on the map (areas or lines, never points).</source>
        <translation>Optionele contextlaag, als omtrekken op de kaart getekend (vlakken of lijnen, nooit punten).</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="123"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="123"/>
        <source>Title of the map.</source>
        <translation>Titel van de kaart.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="132"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="133"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="135"/>
        <source>Anonymise incidents to postcode areas</source>
        <translation>Incidenten anonimiseren naar postcodegebieden</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="136"/>
        <source>Recent hotspots (kernel density)</source>
        <translation>Recente hotspots (kerneldichtheid)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="142"/>
        <source>Neighbourhood monitor index</source>
        <translation>Buurtmonitorindex</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="143"/>
        <source>Vulnerability x recent crime per buurt</source>
        <translation>Kwetsbaarheid x recente criminaliteit per buurt</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="145"/>
        <source>Patrol focus map per district</source>
        <translation>Patrouillekaart per wijk</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="149"/>
        <source>Incident counts per postcode (for sharing)</source>
        <translation>Aantallen incidenten per postcode (om te delen)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="149"/>
        <source>Incident counts per postcode for sharing (counts below 5 left empty).</source>
        <translation>Aantallen incidenten per postcode om te delen (aantallen onder 5 blijven leeg).</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="154"/>
        <source>Recent incident density</source>
        <translation>Recente incidentdichtheid</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="154"/>
        <source>Kernel density of recent incidents (incidents per km²).</source>
        <translation>Kerneldichtheid van recente incidenten (incidenten per km²).</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="158"/>
        <source>Recent hotspot areas</source>
        <translation>Recente hotspotgebieden</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="158"/>
        <source>Ranked hotspot areas of the recent density.</source>
        <translation>Gerangschikte hotspotgebieden van de recente dichtheid.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="161"/>
        <source>Risk per postcode</source>
        <translation>Risico per postcode</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="161"/>
        <source>Expected incidents, risk score, class and drivers per postcode.</source>
        <translation>Verwachte incidenten, risicoscore, klasse en verklarende factoren per postcode.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="165"/>
        <source>Risk report</source>
        <translation>Risicorapport</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="165"/>
        <source>HTML report: validation against baselines, drivers, model card.</source>
        <translation>HTML-rapport: validatie tegen basismodellen, verklarende factoren, modelkaart.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="169"/>
        <source>Focus buurten (vulnerability x crime)</source>
        <translation>Aandachtsbuurten (kwetsbaarheid x criminaliteit)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="169"/>
        <source>Buurten with their index, recent crime, bivariate class and focus flag.</source>
        <translation>Buurten met hun index, recente criminaliteit, bivariate klasse en aandachtsmarkering.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="174"/>
        <source>Legend of the focus buurten</source>
        <translation>Legenda van de aandachtsbuurten</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="174"/>
        <source>Legend image of the bivariate classes.</source>
        <translation>Legendafbeelding van de bivariate klassen.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="177"/>
        <source>Patrol focus map (PDF)</source>
        <translation>Patrouillekaart (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="177"/>
        <source>The patrol focus map, a page per district.</source>
        <translation>De patrouillekaart, een pagina per wijk.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="180"/>
        <source>Patrol focus map pages (PNG)</source>
        <translation>Pagina's van de patrouillekaart (PNG)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="180"/>
        <source>The pages as PNG images (name_1.png, name_2.png, ...).</source>
        <translation>De pagina's als PNG-afbeeldingen (naam_1.png, naam_2.png, ...).</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="47"/>
        <source>Confidential - internal use only</source>
        <translation>Vertrouwelijk - alleen voor intern gebruik</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="126"/>
        <source>Classification label</source>
        <translation>Rubriceringslabel</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="126"/>
        <source>The marking printed on every page, as your organisation classifies briefing material.</source>
        <translation>De markering die op elke pagina wordt afgedrukt, zoals uw organisatie briefingmateriaal rubriceert.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="22"/>
        <source>&lt;p&gt;The weekly briefing in one run: from incident points to the printed patrol focus map with a page per district.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Anonymise&lt;/b&gt;: incidents move to the centroid of their area (PC6, PC4 or grid cell), dates to the week or month; counts per area for sharing, small counts suppressed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hotspots&lt;/b&gt;: kernel density of the anonymised incidents within the districts, recent ones weighing more (prospective: half-life 14 days over the last 56 days; briefing on a month, 30 days over the last 120 days).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Risk&lt;/b&gt;: each area takes the monitor indicators of the buurt it overlaps most, and the expected incidents per area for the next week or month are forecast, validated against baselines, with drivers and an HTML report.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Area monitor&lt;/b&gt;: the neighbourhood index of the buurten and its overlay with the recent density: bivariate classes and focus buurten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Patrol focus map&lt;/b&gt;: areas coloured by risk score, the top 10 per district with their main driver, buurt outlines and the optional context layer: a PDF with a page per district and, if asked, a PNG per page.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The neighbourhood monitor is optional: without the buurten the area monitor steps are skipped, the risk uses the areas as they are, and the map is made all the same.&lt;/p&gt;&lt;p&gt;Only anonymised data enter the analysis and only areas are printed, never incident points. Every output carries its provenance (a .provenance.json beside it).&lt;/p&gt;</source>
        <translation>&lt;p&gt;De wekelijkse briefing in één run: van incidentpunten tot de afgedrukte patrouillekaart met een pagina per wijk.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Anonimiseren&lt;/b&gt;: incidenten verhuizen naar het zwaartepunt van hun gebied (PC6, PC4 of rastercel), datums worden afgerond op de week of maand; aantallen per gebied om te delen, kleine aantallen onderdrukt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hotspots&lt;/b&gt;: kerneldichtheid van de geanonimiseerde incidenten binnen de wijken, waarbij recente incidenten zwaarder wegen (prospectief: halveringstijd 14 dagen over de laatste 56 dagen; bij een briefing per maand 30 dagen over de laatste 120 dagen).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Risico&lt;/b&gt;: elk gebied krijgt de monitorindicatoren van de buurt waarmee het het meest overlapt, en het verwachte aantal incidenten per gebied voor de volgende week of maand wordt voorspeld, gevalideerd tegen eenvoudige basismodellen, met verklarende factoren en een HTML-rapport.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Buurtmonitor&lt;/b&gt;: de buurtindex van de buurten en de overlay ervan met de recente dichtheid: bivariate klassen en aandachtsbuurten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Patrouillekaart&lt;/b&gt;: gebieden gekleurd naar risicoscore, de top 10 per wijk met hun belangrijkste factor, buurtgrenzen en de optionele contextlaag: een PDF met een pagina per wijk en, desgevraagd, een PNG per pagina.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;De buurtmonitor is optioneel: zonder de buurten worden de stappen van de buurtmonitor overgeslagen, gebruikt het risico de gebieden zoals ze zijn, en wordt de kaart evengoed gemaakt.&lt;/p&gt;&lt;p&gt;Alleen geanonimiseerde gegevens gaan de analyse in en alleen gebieden worden afgedrukt, nooit incidentpunten. Elke uitvoer draagt zijn herkomst (een .provenance.json ernaast).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="75"/>
        <source>Areas (PC6, PC4 or grid cells)</source>
        <translation>Gebieden (PC6, PC4 of rastercellen)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="75"/>
        <source>The areas incidents are counted in and the risk is forecast for: postcode areas (PC6, PC4), grid cells or other polygons with a field that identifies each one.</source>
        <translation>De gebieden waarin incidenten worden geteld en waarvoor het risico wordt voorspeld: postcodegebieden (PC6, PC4), rastercellen of andere polygonen met een veld dat elk gebied aanduidt.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="81"/>
        <source>Area id field</source>
        <translation>Gebieds-id-veld</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="81"/>
        <source>The field that identifies each area (default &apos;postcode&apos;).</source>
        <translation>Het veld dat elk gebied aanduidt (standaard 'postcode').</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="92"/>
        <source>Optional: neighbourhoods (buurten) with monitor indicators. Each area takes the indicators of the buurt it overlaps most; without them the area monitor steps are skipped.</source>
        <translation>Optioneel: buurten met monitorindicatoren. Elk gebied krijgt de indicatoren van de buurt waarmee het het meest overlapt; zonder buurten worden de stappen van de buurtmonitor overgeslagen.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="98"/>
        <source>Monitor indicators of the buurten: joined to the areas for the risk model and combined into the neighbourhood index (each needs an entry in the indicator specification).</source>
        <translation>Monitorindicatoren van de buurten: gekoppeld aan de gebieden voor het risicomodel en gecombineerd tot de buurtindex (elke indicator heeft een regel in de indicatorspecificatie nodig).</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="137"/>
        <source>Neighbourhood monitor given?</source>
        <translation>Buurtmonitor opgegeven?</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="138"/>
        <source>Buurt indicators on the areas</source>
        <translation>Buurtindicatoren op de gebieden</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="139"/>
        <source>Area ids with their indicators</source>
        <translation>Gebieden met hun indicatoren</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="141"/>
        <source>Risk per area for the next period</source>
        <translation>Risico per gebied voor de volgende periode</translation>
    </message>
</context>
<context>
    <name>Suppression</name>
    <message>
        <location filename="../core/suppression.py" line="36"/>
        <source>Counts below {k} are suppressed (shown as NULL and flagged in &apos;{flag}&apos;).</source>
        <translation>Aantallen onder {k} zijn onderdrukt (getoond als NULL en gemarkeerd in '{flag}').</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="38"/>
        <source>Counts below {k}, zero included, are suppressed (shown as NULL and flagged in &apos;{flag}&apos;).</source>
        <translation>Aantallen onder {k}, nul inbegrepen, zijn onderdrukt (getoond als NULL en gemarkeerd in '{flag}').</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="41"/>
        <source>Values derived from a suppressed count ({columns}) are NULL as well.</source>
        <translation>Waarden die van een onderdrukt aantal zijn afgeleid ({columns}) zijn ook NULL.</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="43"/>
        <source>The suppression threshold k must be a whole number of at least 1, not {k!r}.</source>
        <translation>De onderdrukkingsdrempel k moet een geheel getal van minstens 1 zijn, niet {k!r}.</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="45"/>
        <source>Counts cannot be negative; found {value:g}.</source>
        <translation>Aantallen kunnen niet negatief zijn; gevonden: {value:g}.</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="46"/>
        <source>Counts must be numbers: {error}</source>
        <translation>Aantallen moeten getallen zijn: {error}</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="47"/>
        <source>Column &apos;{column}&apos; is not in the table.</source>
        <translation>Kolom '{column}' staat niet in de tabel.</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="48"/>
        <source>Derived column &apos;{derived}&apos; depends on &apos;{source}&apos;, which is not one of the count columns.</source>
        <translation>Afgeleide kolom '{derived}' hangt af van '{source}', die geen van de kolommen met aantallen is.</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="51"/>
        <source>{n} value(s) below k = {k} that should have been suppressed: {examples}.</source>
        <translation>{n} waarde(n) onder k = {k} die onderdrukt hadden moeten worden: {examples}.</translation>
    </message>
</context>
<context>
    <name>WijkradarAlgorithm</name>
    <message>
        <location filename="../processing/algorithm.py" line="43"/>
        <source>Purpose of this analysis (recorded in the provenance)</source>
        <translation>Doel van deze analyse (vastgelegd in de herkomst)</translation>
    </message>
    <message>
        <location filename="../processing/area_bridge.py" line="285"/>
        <source>Canceled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
</context>
<context>
    <name>WijkradarDock</name>
    <message>
        <location filename="../ui/dock.py" line="79"/>
        <source>Wijkradar</source>
        <translation>Wijkradar</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="73"/>
        <source>{} was not loaded: {}</source>
        <translation>{} is niet geladen: {}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="80"/>
        <source>Anonymise…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="102"/>
        <source>The demo GeoPackage is missing: {}</source>
        <translation>De demo-GeoPackage ontbreekt: {}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="107"/>
        <source>Loaded demo layers: {}</source>
        <translation>Demolagen geladen: {}</translation>
    </message>
</context>
<context>
    <name>WijkradarDockBase</name>
    <message>
        <location filename="../ui/dock.ui" line="17"/>
        <source>Hotspots, risk scores and patrol focus maps from anonymised incident data.</source>
        <translation>Hotspots, risicoscores en patrouillekaarten uit geanonimiseerde incidentgegevens.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="31"/>
        <source>1. Data</source>
        <translation>1. Gegevens</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="37"/>
        <source>Load anonymised layers. Every layer passes the privacy check first; layers with personal data are refused.</source>
        <translation>Laad geanonimiseerde lagen. Elke laag gaat eerst door de privacycontrole; lagen met persoonsgegevens worden geweigerd.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="49"/>
        <source>GeoPackage…</source>
        <translation>GeoPackage…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="52"/>
        <source>Load the layers of a GeoPackage</source>
        <translation>De lagen van een GeoPackage laden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="59"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="62"/>
        <source>Load a CSV with X/Y columns or a postcode column</source>
        <translation>Een CSV-bestand met X/Y-kolommen of een postcodekolom laden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="69"/>
        <source>PostGIS…</source>
        <translation>PostGIS…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="72"/>
        <source>Load tables from a PostGIS connection saved in QGIS</source>
        <translation>Tabellen laden uit een in QGIS opgeslagen PostGIS-verbinding</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="81"/>
        <source>Load demo municipality</source>
        <translation>Demogemeente laden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="84"/>
        <source>Adds the layers of the fictional demo municipality Dommelstede to the project</source>
        <translation>Voegt de lagen van de fictieve demogemeente Dommelstede aan het project toe</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="91"/>
        <source>Layers and their role in the analysis</source>
        <translation>Lagen en hun rol in de analyse</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="117"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="122"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="127"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="132"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="141"/>
        <source>2. Analyse</source>
        <translation>2. Analyseren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="149"/>
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="169"/>
        <source>Neighbourhoods (monitor)</source>
        <translation>Buurten (monitor)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="181"/>
        <source>Hotspots: kernel density of the last year, recent weeks weigh more</source>
        <translation>Hotspots: kerneldichtheid van het afgelopen jaar, recente weken wegen zwaarder</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="201"/>
        <source>Neighbourhood vulnerability × crime (focus areas)</source>
        <translation>Kwetsbaarheid van buurten × criminaliteit (aandachtsgebieden)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="213"/>
        <source>Run analyses</source>
        <translation>Analyses uitvoeren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="216"/>
        <source>Runs the checked analyses in the background; results go to the &apos;Wijkradar&apos; group</source>
        <translation>Voert de aangevinkte analyses op de achtergrond uit; de resultaten komen in de groep 'Wijkradar'</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="223"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="249"/>
        <source>All Wijkradar tools (double-click to open one)</source>
        <translation>Alle Wijkradar-hulpmiddelen (dubbelklik om er een te openen)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="260"/>
        <source>3. Briefing</source>
        <translation>3. Briefing</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="268"/>
        <source>Focus areas</source>
        <translation>Aandachtsgebieden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="278"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="288"/>
        <source>Area name</source>
        <translation>Gebiedsnaam</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="298"/>
        <source>Drivers</source>
        <translation>Verklarende factoren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="308"/>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="318"/>
        <source>District name</source>
        <translation>Wijknaam</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="328"/>
        <source>Check the districts to print (a page each); none checked prints all</source>
        <translation>Vink de wijken aan die je wilt afdrukken (elk een pagina); zonder vinkje worden alle wijken afgedrukt</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="335"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="345"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="355"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="365"/>
        <source>Top N areas</source>
        <translation>Top N gebieden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="385"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="395"/>
        <source>Format</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="405"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="419"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="426"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="433"/>
        <source>Open in layout designer</source>
        <translation>Openen in lay-outontwerper</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="159"/>
        <source>Areas (postcodes or grid cells)</source>
        <translation>Gebieden (postcodes of rastercellen)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="191"/>
        <source>Risk score per area for the next month</source>
        <translation>Risicoscore per gebied voor de komende maand</translation>
    </message>
</context>
<context>
    <name>WijkradarPlugin</name>
    <message>
        <location filename="../plugin.py" line="50"/>
        <source>Wijkradar</source>
        <translation>Wijkradar</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="53"/>
        <source>Show or hide the Wijkradar panel</source>
        <translation>Het Wijkradar-paneel tonen of verbergen</translation>
    </message>
</context>
<context>
    <name>WijkradarProvider</name>
    <message>
        <location filename="../processing/provider.py" line="44"/>
        <source>Wijkradar: crime and safety analysis</source>
        <translation>Wijkradar: criminaliteits- en veiligheidsanalyse</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="140"/>
        <source>Could not load the model {}: the file is not a QGIS Processing model (.model3). Regenerate it with scripts/make_model.py or replace it with a copy from the plugin package.</source>
        <translation>Kan het model {} niet laden: het bestand is geen QGIS-verwerkingsmodel (.model3). Maak het opnieuw met scripts/make_model.py of vervang het door een kopie uit het pluginpakket.</translation>
    </message>
</context>
</TS>
