<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>AlgorithmChain</name>
    <message>
        <location filename="../ui/task_runner.py" line="130" />
        <source>Canceled: the steps that had finished are kept.</source>
        <translation>Geannuleerd: de stappen die al klaar waren, blijven behouden.</translation>
    </message>
    <message>
        <location filename="../ui/task_runner.py" line="132" />
        <source>Finished: {} step(s).</source>
        <translation>Klaar: {} stap(pen).</translation>
    </message>
    <message>
        <location filename="../ui/task_runner.py" line="137" />
        <source>The algorithm {} is not available: is the Wijkradar plugin enabled?</source>
        <translation>Het algoritme {} is niet beschikbaar: is de plug-in Wijkradar ingeschakeld?</translation>
    </message>
    <message>
        <location filename="../ui/task_runner.py" line="165" />
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <location filename="../ui/task_runner.py" line="166" />
        <source>{} failed: {}</source>
        <translation>{} mislukt: {}</translation>
    </message>
</context>
<context>
    <name>AnalyseStep</name>
    <message>
        <location filename="../ui/analyse_step.py" line="101" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="146" />
        <source>Check at least one analysis.</source>
        <translation>Vink minstens één analyse aan.</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="161" />
        <source>Canceling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="165" />
        <source>Running: {}</source>
        <translation>Bezig: {}</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="258" />
        <source>The Wijkradar Processing provider is not loaded.</source>
        <translation>De Processing-provider van Wijkradar is niet geladen.</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="76" />
        <source>Save project…</source>
        <translation>Project opslaan…</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="78" />
        <source>Choose a folder…</source>
        <translation>Kies een map…</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="199" />
        <source>The result files are in a temporary folder that QGIS empties when it closes ({}). Save the project to keep them beside it, or choose a folder.</source>
        <translation>De resultaatbestanden staan in een tijdelijke map die QGIS leegmaakt bij het afsluiten ({}). Sla het project op om ze ernaast te bewaren, of kies een map.</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="218" />
        <source>Could not save the project as {}: {}</source>
        <translation>Kon het project niet opslaan als {}: {}</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="228" />
        <source>Save the project</source>
        <translation>Het project opslaan</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="228" />
        <source>QGIS projects (*.qgz *.qgs)</source>
        <translation>QGIS-projecten (*.qgz *.qgs)</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="234" />
        <source>Folder for the results</source>
        <translation>Map voor de resultaten</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="242" />
        <source>Could not copy the results to {}: {}</source>
        <translation>Kon de resultaten niet kopiëren naar {}: {}</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="250" />
        <source>The results are now in {}.</source>
        <translation>De resultaten staan nu in {}.</translation>
    </message>
    <message>
        <location filename="../ui/analyse_step.py" line="120" />
        <source>Needs a neighbourhood layer with monitor indicators (income, safety, inhabitants): give a polygon layer the role 'monitor' in step 1.</source>
        <translation>Hiervoor is een buurtenlaag met monitorindicatoren nodig (inkomen, veiligheid, inwoners): geef in stap 1 een polygonenlaag de rol 'monitor'.</translation>
    </message>
</context>
<context>
    <name>AnalysisPlan</name>
    <message>
        <location filename="../ui/analysis_plan.py" line="100" />
        <source>Give a point layer the role 'incidents' in step 1.</source>
        <translation>Geef in stap 1 een puntlaag de rol 'incidenten'.</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="115" />
        <source>The monitor overlay needs neighbourhoods with indicators: give a polygon layer the role 'monitor' in step 1.</source>
        <translation>De monitor-overlay heeft buurten met indicatoren nodig: geef in stap 1 een polygonenlaag de rol 'monitor'.</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="118" />
        <source>The monitor layer needs a field with inhabitants (e.g. 'aantal_inwoners').</source>
        <translation>De monitorlaag heeft een veld met het aantal inwoners nodig (bijv. 'aantal_inwoners').</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="142" />
        <source>Wijkradar dock: hotspots</source>
        <translation>Wijkradar-paneel: hotspots</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="143" />
        <source>Hotspot density</source>
        <translation>Hotspotdichtheid</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="144" />
        <source>Hotspot areas</source>
        <translation>Hotspotgebieden</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="150" />
        <source>Hotspots (kernel density)</source>
        <translation>Hotspots (kerneldichtheid)</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="161" />
        <source>Wijkradar dock: risk per area for the next month</source>
        <translation>Wijkradar-paneel: risico per gebied voor de volgende maand</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="162" />
        <source>Risk score next month</source>
        <translation>Risicoscore volgende maand</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="165" />
        <source>Risk score per area</source>
        <translation>Risicoscore per gebied</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="220" />
        <source>Neighbourhood monitor index</source>
        <translation>Buurtmonitorindex</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="220" />
        <source>Wijkradar dock: neighbourhood monitor index</source>
        <translation>Wijkradar-paneel: buurtmonitorindex</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="234" />
        <source>Wijkradar dock: vulnerability x crime</source>
        <translation>Wijkradar-paneel: kwetsbaarheid x criminaliteit</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="235" />
        <source>Vulnerability x crime</source>
        <translation>Kwetsbaarheid x criminaliteit</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="242" />
        <source>Vulnerability x crime overlay</source>
        <translation>Overlay kwetsbaarheid x criminaliteit</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="105" />
        <source>Risk scores need a date field in the incidents (e.g. 'datum' or 'occurrence_date', a date or text such as 2024-03-01).</source>
        <translation>Risicoscores hebben een datumveld in de incidenten nodig (bijv. 'datum' of 'occurrence_date', een datum of tekst zoals 2024-03-01).</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="112" />
        <source>The areas need a field that identifies each area (e.g. 'area_id' or 'postcode'); the feature id (fid) is not one.</source>
        <translation>De gebieden hebben een veld nodig dat elk gebied aanduidt (bijv. 'area_id' of 'postcode'); het object-id (fid) is dat niet.</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="102" />
        <source>Risk scores need areas (postcodes or grid cells): give a polygon layer the role 'areas' in step 1.</source>
        <translation>Risicoscores hebben gebieden nodig (postcodes of rastercellen): geef in stap 1 een polygonenlaag de rol 'gebieden'.</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="108" />
        <source>Emerging hot spots need a date field in the incidents (e.g. 'datum' or 'occurrence_date', a date or text such as 2024-03-01).</source>
        <translation>Opkomende hotspots hebben een datumveld in de incidenten nodig (bijv. 'datum' of 'occurrence_date', een datum of tekst zoals 2024-03-01).</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="171" />
        <source>Hotspot statistics (Gi*)</source>
        <translation>Hotspotstatistiek (Gi*)</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="211" />
        <source>Emerging hot spots</source>
        <translation>Opkomende hotspots</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="183" />
        <source>Wijkradar dock: hotspot statistics</source>
        <translation>Wijkradar-paneel: hotspotstatistiek</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="184" />
        <source>Hot spots (Gi*)</source>
        <translation>Hotspots (Gi*)</translation>
    </message>
    <message>
        <location filename="../ui/analysis_plan.py" line="210" />
        <source>Wijkradar dock: emerging hot spots over the last 52 weeks</source>
        <translation>Wijkradar-paneel: opkomende hotspots over de laatste 52 weken</translation>
    </message>
</context>
<context>
    <name>Anonymise</name>
    <message>
        <location filename="../core/anonymise.py" line="59" />
        <source>Grid cells must be at least {minimum:g} m wide, not {size:g} m: smaller cells come close to single addresses.</source>
        <translation>Rastercellen moeten minstens {minimum:g} m breed zijn, niet {size:g} m: kleinere cellen komen dicht bij afzonderlijke adressen.</translation>
    </message>
    <message>
        <location filename="../core/anonymise.py" line="62" />
        <source>Date precision must be 'week' or 'month', not {precision!r}.</source>
        <translation>De datumprecisie moet 'week' of 'month' zijn, niet {precision!r}.</translation>
    </message>
    <message>
        <location filename="../core/anonymise.py" line="65" />
        <source>Field(s) {fields} look like coordinates and would give away the exact location: leave them out of the fields to keep.</source>
        <translation>Veld(en) {fields} lijken op coördinaten en zouden de exacte locatie verraden: laat ze weg uit de te behouden velden.</translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="85" />
        <source>Anonymise {}</source>
        <translation>{} anonimiseren</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="92" />
        <source>{} holds personal data and was not loaded. Anonymising moves each incident to an area or grid cell, coarsens its date to the week or month and keeps only the fields you check. The result is loaded as incidents; the original stays where it is.</source>
        <translation>{} bevat persoonsgegevens en is niet geladen. Anonimiseren verplaatst elk incident naar een gebied of rastercel, maakt de datum grover tot week of maand en bewaart alleen de velden die u aanvinkt. Het resultaat wordt geladen als incidenten; het origineel blijft waar het is.</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="99" />
        <source>Areas of the project (postcodes, grid)</source>
        <translation>Gebieden van het project (postcodes, raster)</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="100" />
        <source>Grid cells</source>
        <translation>Rastercellen</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="113" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="114" />
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="120" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="126" />
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="131" />
        <source>Move incidents to</source>
        <translation>Incidenten verplaatsen naar</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="132" />
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="133" />
        <source>Area id field</source>
        <translation>Gebieds-id-veld</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="134" />
        <source>Grid cell size</source>
        <translation>Grootte rastercel</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="135" />
        <source>Date field</source>
        <translation>Datumveld</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="136" />
        <source>Coarsen dates to</source>
        <translation>Datums grover maken tot</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="137" />
        <source>Fields to keep</source>
        <translation>Te bewaren velden</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="139" />
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="166" />
        <source>Left out (personal data, coordinates, exact dates, ids): {}</source>
        <translation>Weggelaten (persoonsgegevens, coördinaten, exacte datums, id's): {}</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="190" />
        <source>Choose the areas to move the incidents to, or grid cells.</source>
        <translation>Kies de gebieden waarnaar de incidenten gaan, of rastercellen.</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="193" />
        <source>Choose where to save the anonymised incidents.</source>
        <translation>Kies waar de geanonimiseerde incidenten worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="203" />
        <source>Wijkradar dock: anonymise {} after a privacy refusal</source>
        <translation>Wijkradar-paneel: {} anonimiseren na een privacyweigering</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="213" />
        <source>Anonymise incidents</source>
        <translation>Incidenten anonimiseren</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="222" />
        <source>Anonymising {}…</source>
        <translation>{} wordt geanonimiseerd…</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="245" />
        <source>The anonymised incidents were written to {} but not loaded: see the message bar.</source>
        <translation>De geanonimiseerde incidenten zijn naar {} geschreven maar niet geladen: zie de meldingenbalk.</translation>
    </message>
    <message>
        <location filename="../ui/anonymise_dialog.py" line="249" />
        <source>{name} anonymised: {kept} of {total} incidents loaded as '{layer}' (role incidents); {dropped} dropped.</source>
        <translation>{name} geanonimiseerd: {kept} van {total} incidenten geladen als '{layer}' (rol incidenten); {dropped} weggelaten.</translation>
    </message>
</context>
<context>
    <name>AnonymiseIncidentsAlgorithm</name>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="67" />
        <source>Anonymise incidents</source>
        <translation>Incidenten anonimiseren</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="70" />
        <source>Privacy</source>
        <translation>Privacybescherming</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="76" />
        <source>Incident points to postcode areas or grid cells, with coarse dates and small counts suppressed.</source>
        <translation>Incidentpunten naar postcodegebieden of rastercellen, met afgeronde datums en onderdrukte kleine aantallen.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="83" />
        <source>Incident points</source>
        <translation>Incidentpunten</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="85" />
        <source>Move incidents to</source>
        <translation>Incidenten verplaatsen naar</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="175" />
        <source>Postcode areas (PC6 or PC4 polygons)</source>
        <translation>Postcodegebieden (PC6- of PC4-polygonen)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="175" />
        <source>Grid cells</source>
        <translation>Rastercellen</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="87" />
        <source>Postcode areas (PC6 or PC4)</source>
        <translation>Postcodegebieden (PC6 of PC4)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="90" />
        <source>Area id field (default: 'postcode')</source>
        <translation>Gebieds-id-veld (standaard: 'postcode')</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="93" />
        <source>Grid cell size (metres, at least 100)</source>
        <translation>Grootte van de rastercellen (meter, minstens 100)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="96" />
        <source>Fields to keep (all others are dropped)</source>
        <translation>Te behouden velden (alle andere vervallen)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="102" />
        <source>Date field (coarsened)</source>
        <translation>Datumveld (afgerond)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="105" />
        <source>Date precision</source>
        <translation>Datumprecisie</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="180" />
        <source>Week (Monday of the ISO week)</source>
        <translation>Week (maandag van de ISO-week)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="180" />
        <source>Month (first day)</source>
        <translation>Maand (eerste dag)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="107" />
        <source>Counts per</source>
        <translation>Aantallen per</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="185" />
        <source>Area (whole period)</source>
        <translation>Gebied (hele periode)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="185" />
        <source>Area and week or month</source>
        <translation>Gebied en week of maand</translation>
    </message>
    <message>
        <location line="76" filename="../processing/anonymise_outputs.py" /><location filename="../processing/anonymise_incidents.py" line="114" />
        <source>Anonymised incident points</source>
        <translation>Geanonimiseerde incidentpunten</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="117" />
        <source>Incident counts per area (suppressed)</source>
        <translation>Aantallen incidenten per gebied (onderdrukt)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="120" />
        <source>Incidents read</source>
        <translation>Gelezen incidenten</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="120" />
        <source>Incidents moved to an area or cell</source>
        <translation>Incidenten verplaatst naar een gebied of cel</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="120" />
        <source>Incidents dropped (no geometry or in no area)</source>
        <translation>Vervallen incidenten (geen geometrie of in geen enkel gebied)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="120" />
        <source>Suppressed counts</source>
        <translation>Onderdrukte aantallen</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="167" />
        <source>The incident layer has no features.</source>
        <translation>De incidentenlaag heeft geen objecten.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="182" />
        <source>The area layer holds no polygons.</source>
        <translation>De gebiedenlaag bevat geen polygonen.</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="219" />
        <source>Choose at least one output: the points or the counts.</source>
        <translation>Kies minstens één uitvoer: de punten of de aantallen.</translation>
    </message>
    <message>
        <location filename="../processing/help/anonymise_incidents.py" line="8" />
        <source>&lt;p&gt;Turns incident points (possibly at exact addresses) into data fit for analysis and sharing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Place&lt;/b&gt;: each point moves to the postcode area (PC6 or PC4 polygons) it lies in, at the area's centroid (or a point on its surface when the centroid falls outside the area), or to the centre of its grid cell. Grid cells are at least 100 m wide (default 250 m) and aligned on multiples of the cell size. Points in no area are dropped and counted in the log: nothing keeps its exact coordinates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fields&lt;/b&gt;: only the fields to keep survive. A field that the privacy scan finds to hold identifiers (BSN, licence plates, names, addresses ...), a field that looks like coordinates and a date or time field other than the date field are refused. A free-text field (remarks, notes) that names persons, addresses or phone numbers is refused too, unless you choose to &lt;b&gt;redact&lt;/b&gt; it (names, addresses, dates and numbers replaced by tags such as [PERSOON-1], [ADRES], [TELEFOONNUMMER]: with the optional library deduce, Menger et al. 2018, and patterns; the redacted text is scanned again) or to &lt;b&gt;drop&lt;/b&gt; it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Date&lt;/b&gt; (optional): coarsened to the Monday of its ISO week or the first of its month, with the fields 'jaar' and 'week' (ISO week-year and week) or 'jaar' and 'maand'.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the moved points (area id, kept fields, coarse date), for analysis inside the organisation; and counts per area, or per area and week or month, for sharing: counts from 1 to k-1 (default k = 5, the CBS threshold) are left empty and flagged in the field 'onderdrukt', and the metadata says so. Counts per area include areas without incidents; grid counts and counts per period list only cells or periods with incidents (no row means zero). Do not publish counts per area next to counts per period of the same data: a suppressed count could be recomputed by subtraction, unless &lt;b&gt;Also protect against totals&lt;/b&gt; is set: then more counts are left empty (the smallest first, as CBS does with tau-ARGUS: Hundepool et al. 2012, &lt;i&gt;Statistical Disclosure Control&lt;/i&gt;) until no suppressed count can be recomputed, or bounded below k, from the totals per area, per period, per PC4 (for PC6 areas) and overall. This takes seconds to minutes for large tables. 'Check disclosure before sharing' checks tables shared together.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Maakt van incidentpunten (mogelijk op exacte adressen) gegevens die geschikt zijn voor analyse en om te delen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Plaats&lt;/b&gt;: elk punt gaat naar het postcodegebied (PC6- of PC4-vlakken) waarin het ligt, op het zwaartepunt van het gebied (of een punt op het oppervlak als het zwaartepunt buiten het gebied valt), of naar het midden van zijn rastercel. Rastercellen zijn minstens 100 m breed (standaard 250 m) en uitgelijnd op veelvouden van de celgrootte. Punten in geen enkel gebied vallen weg en worden in het logboek geteld: niets houdt zijn exacte coördinaten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Velden&lt;/b&gt;: alleen de te behouden velden blijven. Een veld waarin de privacyscan identificerende gegevens vindt (BSN, kentekens, namen, adressen ...), een veld dat op coördinaten lijkt en een datum- of tijdveld anders dan het datumveld worden geweigerd. Een veld met vrije tekst (opmerkingen, notities) dat personen, adressen of telefoonnummers noemt wordt ook geweigerd, tenzij u kiest het te &lt;b&gt;redigeren&lt;/b&gt; (namen, adressen, data en nummers vervangen door labels zoals [PERSOON-1], [ADRES], [TELEFOONNUMMER]: met de optionele bibliotheek deduce, Menger e.a. 2018, en patronen; de geredigeerde tekst wordt opnieuw gescand) of het &lt;b&gt;weg te laten&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datum&lt;/b&gt; (optioneel): grover gemaakt tot de maandag van de ISO-week of de eerste van de maand, met de velden 'jaar' en 'week' (ISO-weekjaar en week) of 'jaar' en 'maand'.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de verplaatste punten (gebiedscode, behouden velden, grove datum), voor analyse binnen de organisatie; en aantallen per gebied, of per gebied en week of maand, om te delen: aantallen van 1 tot k-1 (standaard k = 5, de CBS-drempel) blijven leeg en zijn gemarkeerd in het veld 'onderdrukt', en de metadata zegt dat. Aantallen per gebied bevatten ook gebieden zonder incidenten; rasteraantallen en aantallen per periode noemen alleen cellen of perioden met incidenten (geen rij betekent nul). Publiceer aantallen per gebied niet naast aantallen per periode van dezelfde gegevens: een onderdrukt aantal zou door aftrekken terug te rekenen zijn, tenzij &lt;b&gt;Ook beschermen tegen totalen&lt;/b&gt; aan staat: dan blijven meer aantallen leeg (de kleinste eerst, zoals het CBS doet met tau-ARGUS: Hundepool e.a. 2012, &lt;i&gt;Statistical Disclosure Control&lt;/i&gt;) tot geen onderdrukt aantal meer terug te rekenen is, of onder k te begrenzen, uit de totalen per gebied, per periode, per PC4 (voor PC6-gebieden) en overall. Dat duurt voor grote tabellen seconden tot minuten. 'Onthulling controleren voor delen' controleert tabellen die samen gedeeld worden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="99" />
        <source>Kept free-text fields with personal data</source>
        <translation>Behouden vrijetekstvelden met persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="110" />
        <source>Also protect against totals published with the counts (secondary suppression)</source>
        <translation>Ook beschermen tegen totalen die met de aantallen gepubliceerd worden (secundaire onderdrukking)</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="158" />
        <source>The incident layer</source>
        <translation>De incidentenlaag</translation>
    </message>
    <message>
        <location filename="../processing/anonymise_incidents.py" line="199" />
        <source>The postcode areas</source>
        <translation>De postcodegebieden</translation>
    </message>
<message><location line="120" filename="../processing/anonymise_checks.py" /><source>{} of {} incidents moved to {} grid cells.</source><translation>{} van de {} incidenten verplaatst naar {} rastercellen.</translation></message><message><location line="121" filename="../processing/anonymise_checks.py" /><source>{} of {} incidents moved to {} postcode areas.</source><translation>{} van de {} incidenten verplaatst naar {} postcodegebieden.</translation></message><message><location line="39" filename="../processing/anonymise_checks.py" /><source>Counts per week or month need a date field.</source><translation>Aantallen per week of maand hebben een datumveld nodig.</translation></message><message><location line="41" filename="../processing/anonymise_checks.py" /><source>k must be at least 1.</source><translation>k moet minstens 1 zijn.</translation></message><message><location line="57" filename="../processing/anonymise_checks.py" /><source>Choose a postcode area layer (PC6 or PC4 polygons), or move the incidents to grid cells.</source><translation>Kies een laag met postcodegebieden (PC6- of PC4-polygonen), of verplaats de incidenten naar rastercellen.</translation></message><message><location line="189" filename="../processing/anonymise_checks.py" /><source>Dates coarsened to the ISO week (Monday).</source><translation>Datums afgerond naar de ISO-week (maandag).</translation></message><message><location line="191" filename="../processing/anonymise_checks.py" /><source>Dates coarsened to the month (first day).</source><translation>Datums afgerond naar de maand (eerste dag).</translation></message><message><location line="63" filename="../processing/anonymise_checks.py" /><source>The area layer has no field 'postcode': choose the area id field.</source><translation>De gebiedenlaag heeft geen veld 'postcode': kies het gebieds-id-veld.</translation></message><message><location line="137" filename="../processing/anonymise_checks.py" /><source>None of the {} incidents lies in a postcode area of '{}', so nothing can be anonymised. Check that the postcode areas cover the incidents' municipality.</source><translation>Geen van de {} incidenten ligt in een postcodegebied van '{}', dus er valt niets te anonimiseren. Controleer of de postcodegebieden de gemeente van de incidenten beslaan.</translation></message><message><location line="182" filename="../processing/anonymise_checks.py" /><source>Incidents moved to the centres of {:g} m grid cells.</source><translation>Incidenten verplaatst naar de middens van rastercellen van {:g} m.</translation></message><message><location line="185" filename="../processing/anonymise_checks.py" /><source>Incidents moved to the centroid (or a point on the surface) of their postcode area ('{}').</source><translation>Incidenten verplaatst naar het zwaartepunt (of een punt op het oppervlak) van hun postcodegebied ('{}').</translation></message><message><location line="48" filename="../processing/anonymise_checks.py" /><source>Field(s) {} hold exact dates or times: choose one as the date field (it is coarsened) and leave the others out of the fields to keep.</source><translation>Veld(en) {} bevatten exacte datums of tijden: kies er één als datumveld (dat wordt afgerond) en laat de andere weg uit de te behouden velden.</translation></message><message><location line="67" filename="../processing/anonymise_checks.py" /><source>The area layer has no field '{}'.</source><translation>De gebiedenlaag heeft geen veld '{}'.</translation></message><message><location line="91" filename="../processing/anonymise_checks.py" /><source>Field(s) {} hold personal data and cannot be kept: leave them out of the fields to keep, or choose to redact or drop free-text fields.</source><translation>Veld(en) {} bevatten persoonsgegevens en kunnen niet behouden worden: laat ze weg uit de te behouden velden, of kies ervoor vrijetekstvelden te redigeren of weg te laten.</translation></message><message><location line="97" filename="../processing/anonymise_checks.py" /><source>Kept field {}: {}</source><translation>Behouden veld {}: {}</translation></message><message><location line="106" filename="../processing/anonymise_checks.py" /><source>{} features without a geometry were dropped.</source><translation>{} objecten zonder geometrie zijn vervallen.</translation></message><message><location line="109" filename="../processing/anonymise_checks.py" /><source>{} incidents lie in no postcode area and were dropped.</source><translation>{} incidenten liggen in geen enkel postcodegebied en zijn vervallen.</translation></message><message><location line="112" filename="../processing/anonymise_checks.py" /><source>{} features of several points count as one incident at the centre of their points.</source><translation>{} objecten van meerdere punten tellen als één incident in het midden van hun punten.</translation></message><message><location line="115" filename="../processing/anonymise_checks.py" /><source>{} incidents have no readable date: their date fields are empty{}.</source><translation>{} incidenten hebben geen leesbare datum: hun datumvelden zijn leeg{}.</translation></message><message><location line="118" filename="../processing/anonymise_checks.py" /><source> and they are not counted per period</source><translation> en ze worden niet per periode geteld</translation></message><message><location line="133" filename="../processing/anonymise_checks.py" /><source>None of the {} incidents has a location (a NULL or empty geometry), so nothing can be anonymised. Check the layer's geometry column.</source><translation>Geen van de {} incidenten heeft een locatie (een NULL- of lege geometrie), dus er valt niets te anonimiseren. Controleer de geometriekolom van de laag.</translation></message><message><location line="72" filename="../processing/anonymise_outputs.py" /><source>Incident points for analysis inside the organisation: small numbers of incidents per area are visible. Share the counts instead.</source><translation>Incidentpunten voor analyse binnen de organisatie: kleine aantallen incidenten per gebied zijn zichtbaar. Deel in plaats daarvan de aantallen.</translation></message><message><location line="123" filename="../processing/anonymise_outputs.py" /><source>Feature counts of the inputs are left out here: with the published counts they would give the suppressed ones back.</source><translation>De aantallen objecten van de invoer staan hier niet: samen met de gepubliceerde aantallen zouden ze de onderdrukte teruggeven.</translation></message><message><location line="151" filename="../processing/anonymise_outputs.py" /><source>Secondary suppression against published totals</source><translation>Secundaire onderdrukking tegen gepubliceerde totalen</translation></message><message><location line="155" filename="../processing/anonymise_outputs.py" /><source>Secondary suppression: {} more counts left empty, so that totals published next to these counts (per area, per period, per PC4, overall) do not give back the suppressed ones.</source><translation>Secundaire onderdrukking: {} aantallen extra leeg gelaten, zodat totalen die naast deze aantallen gepubliceerd worden (per gebied, per periode, per PC4, overall) de onderdrukte niet teruggeven.</translation></message><message><location line="172" filename="../processing/anonymise_outputs.py" /><source>N_INCIDENTS, N_KEPT and N_DROPPED are left empty: next to the shared counts they would give the suppressed counts back.</source><translation>N_INCIDENTS, N_KEPT en N_DROPPED blijven leeg: naast de gedeelde aantallen zouden ze de onderdrukte aantallen teruggeven.</translation></message><message><location line="127" filename="../processing/anonymise_outputs.py" /><source>Incident counts (suppressed)</source><translation>Aantallen incidenten (onderdrukt)</translation></message><message><location line="40" filename="../processing/anonymise_outputs.py" /><source>Kept field(s) {} are replaced by the generated fields of the same name.</source><translation>Behouden veld(en) {} worden vervangen door de gegenereerde velden met dezelfde naam.</translation></message></context>
<context>
    <name>AreaMonitor</name>
    <message>
        <location filename="../core/area_monitor.py" line="170" />
        <source>The direction of '{}' must be '+' (higher is better) or '-' (higher is worse), not '{}'.</source>
        <translation>De richting van '{}' moet '+' (hoger is beter) of '-' (hoger is slechter) zijn, niet '{}'.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="178" />
        <source>The weight of '{}' is not a number: '{}'.</source>
        <translation>Het gewicht van '{}' is geen getal: '{}'.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="182" />
        <source>The weight of '{}' must be above 0 (got {}).</source>
        <translation>Het gewicht van '{}' moet boven 0 liggen (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="187" />
        <source>The domain of '{}' must start with a letter and hold only letters, digits and '_' (got '{}').</source>
        <translation>Het domein van '{}' moet met een letter beginnen en alleen letters, cijfers en '_' bevatten (nu '{}').</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="191" />
        <source>The indicator '{}' is listed twice.</source>
        <translation>De indicator '{}' staat er twee keer in.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="430" />
        <source>No indicators: give at least one entry field:direction.</source>
        <translation>Geen indicatoren: geef minstens één regel veld:richting.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="222" />
        <source>No direction for the indicator(s) {}: add an entry such as '{}:+' (higher is better) or '{}:-' (higher is worse) to the specification.</source>
        <translation>Geen richting voor de indicator(en) {}: voeg een regel toe zoals '{}:+' (hoger is beter) of '{}:-' (hoger is slechter) aan de specificatie.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="418" />
        <source>Unknown method '{}'. Choose one of: {}.</source>
        <translation>Onbekende methode '{}'. Kies een van: {}.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="330" />
        <source>The indicator field '{}' is not in the layer.</source>
        <translation>Het indicatorveld '{}' staat niet in de laag.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="335" />
        <source>The indicator field '{}' holds values that are not numbers.</source>
        <translation>Het indicatorveld '{}' bevat waarden die geen getallen zijn.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="339" />
        <source>The indicator field '{}' holds infinite values.</source>
        <translation>Het indicatorveld '{}' bevat oneindige waarden.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="422" />
        <source>Unknown missing-value policy '{}'. Choose one of: {}.</source>
        <translation>Onbekende werkwijze voor ontbrekende waarden '{}'. Kies een van: {}.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="426" />
        <source>The minimum coverage must lie between 0 and 1 (got {}).</source>
        <translation>De minimale dekking moet tussen 0 en 1 liggen (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="433" />
        <source>The area layer has no features.</source>
        <translation>De gebiedenlaag heeft geen objecten.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="440" />
        <source> and {} more</source>
        <translation> en nog {}</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="442" />
        <source>Missing indicator values ({}) in {} area(s): {}{}. Fill them in, or choose the policy 'skip missing values and re-weight'.</source>
        <translation>Ontbrekende indicatorwaarden ({}) in {} gebied(en): {}{}. Vul ze in, of kies de werkwijze 'ontbrekende waarden overslaan en herwegen'.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="462" />
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="463" />
        <source>fewer than two values</source>
        <translation>minder dan twee waarden</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="464" />
        <source>No indicator varies between the areas ({}): there is nothing to compare. Check the fields and the layer.</source>
        <translation>Geen enkele indicator verschilt tussen de gebieden ({}): er valt niets te vergelijken. Controleer de velden en de laag.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="551" />
        <source>Incident counts cannot be negative.</source>
        <translation>Aantallen incidenten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="553" />
        <source>The population field holds negative values: fix the layer.</source>
        <translation>Het bevolkingsveld bevat negatieve waarden: herstel de laag.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="557" />
        <source>No area has a population above 0: rates per inhabitant cannot be computed. Check the population field.</source>
        <translation>Geen enkel gebied heeft een bevolking boven 0: cijfers per inwoner kunnen niet berekend worden. Controleer het bevolkingsveld.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="164" />
        <source>Cannot read the indicator entry '{}': write field:direction[:weight[:domain]], e.g. 'gemiddeld_inkomen_per_inwoner:+:1:income'.</source>
        <translation>Kan de indicatorregel '{}' niet lezen: schrijf veld:richting[:gewicht[:domein]], bijv. 'gemiddeld_inkomen_per_inwoner:+:1:income'.</translation>
    </message>
    <message>
        <location filename="../core/area_monitor.py" line="253" />
        <source>The layer has none of the fields of the ready CBS specification ({}). Load the areas with 'Load CBS neighbourhoods', or write the specification yourself.</source>
        <translation>De laag heeft geen van de velden van de kant-en-klare CBS-specificatie ({}). Laad de gebieden met 'CBS-wijken en -buurten laden', of schrijf de specificatie zelf.</translation>
    </message>
</context>
<context>
    <name>AreaMonitorIndexAlgorithm</name>
    <message>
        <location filename="../processing/area_monitor_index.py" line="213" />
        <source>Area monitor index</source>
        <translation>Buurtmonitorindex</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="59" />
        <source>Area monitor</source>
        <translation>Buurtmonitor</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="65" />
        <source>Composite neighbourhood index, 0-100 score, five classes and rank from monitor indicators.</source>
        <translation>Samengestelde buurtindex, score 0-100, vijf klassen en rang uit monitorindicatoren.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="72" />
        <source>Areas with monitor indicators</source>
        <translation>Gebieden met monitorindicatoren</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="75" />
        <source>Indicator fields (default: every field of the specification)</source>
        <translation>Indicatorvelden (standaard: elk veld van de specificatie)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="80" />
        <source>Indicator specification (field:direction:weight:domain; ...)</source>
        <translation>Indicatorspecificatie (veld:richting:gewicht:domein; ...)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="86" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="241" />
        <source>Mean of z-scores</source>
        <translation>Gemiddelde van z-scores</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="241" />
        <source>Mean of percentile ranks</source>
        <translation>Gemiddelde van percentielrangen</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="87" />
        <source>Missing indicator values</source>
        <translation>Ontbrekende indicatorwaarden</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="245" />
        <source>Skip and re-weight</source>
        <translation>Overslaan en herwegen</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="245" />
        <source>Refuse (stop with an error)</source>
        <translation>Weigeren (stoppen met een fout)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="89" />
        <source>Minimum share of the total weight an area needs (%)</source>
        <translation>Minimaal aandeel van het totale gewicht dat een gebied nodig heeft (%)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="103" />
        <source>The area layer</source>
        <translation>De gebiedenlaag</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="121" />
        <source>Indicators: {}; method {}.</source>
        <translation>Indicatoren: {}; methode {}.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="129" />
        <source>feature {}</source>
        <translation>object {}</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="137" />
        <source>Index of {} ({}), indicators {}; score 0 = weakest, 100 = strongest area of the layer; classes are equal-count quintiles.</source>
        <translation>Index van {} ({}), indicatoren {}; score 0 = zwakste, 100 = sterkste gebied van de laag; klassen zijn kwintielen met gelijke aantallen.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="151" />
        <source>The indicator field '{}' is not in the layer {}. Fields there: {}. Adjust the indicator specification.</source>
        <translation>Het indicatorveld '{}' staat niet in de laag {}. Velden daar: {}. Pas de indicatorspecificatie aan.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="156" />
        <source>The indicator field '{}' is not numeric ({}).</source>
        <translation>Het indicatorveld '{}' is niet numeriek ({}).</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="168" />
        <source>Indicator '{}' has the same value in every area and is left out.</source>
        <translation>Indicator '{}' heeft in elk gebied dezelfde waarde en wordt weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="172" />
        <source>Indicator '{}' has a value in fewer than two areas and is left out.</source>
        <translation>Indicator '{}' heeft in minder dan twee gebieden een waarde en wordt weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="176" />
        <source>Missing indicator values, areas without a value out of {}: {}. Those areas are averaged over the indicators they have.</source>
        <translation>Ontbrekende indicatorwaarden, gebieden zonder waarde van de {}: {}. Die gebieden worden gemiddeld over de indicatoren die ze hebben.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="181" />
        <source>{} areas have too few indicator values and get no index, class or rank.</source>
        <translation>{} gebieden hebben te weinig indicatorwaarden en krijgen geen index, klasse of rang.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="184" />
        <source>{} areas indexed; domains: {}.</source>
        <translation>{} gebieden geïndexeerd; domeinen: {}.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="196" />
        <source>The input field '{}' is replaced by the new value of the same name.</source>
        <translation>Het invoerveld '{}' wordt vervangen door de nieuwe waarde met dezelfde naam.</translation>
    </message>
    <message>
        <location filename="../processing/help/area_monitor_index.py" line="8" />
        <source>&lt;p&gt;Combines neighbourhood monitor indicators (income, safety, participation, education, payment arrears, ...) into one composite index per area, a score from 0 (weakest area) to 100 (strongest), five classes and a rank, plus a sub-index and score per domain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicator specification&lt;/b&gt;: one entry per indicator, separated by ';' or new lines: &lt;code&gt;field:direction[:weight[:domain]]&lt;/code&gt;. Direction '+' means a higher value is better, '-' that a higher value is worse; the weight (default 1) must be above 0; the domain (optional: letters, digits, '_') groups indicators into a sub-index. Example: &lt;code&gt;gemiddeld_inkomen_per_inwoner:+:1:income; percentage_huishoudens_met_laag_inkomen:-:1:income; netto_arbeidsparticipatie:+:2:participation&lt;/code&gt;. The default uses CBS fields of the Wijk- en buurtkaart, as the demo's buurten have them. &lt;b&gt;Indicator fields&lt;/b&gt; (optional) picks which of them to use; each picked field needs an entry with its direction.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ready specification&lt;/b&gt; (instead of writing one): the real CBS fields of the Wijk- en buurtkaart, as 'Load CBS neighbourhoods' gives them: income (gemiddeld_inkomen_per_inwoner +, percentage_huishoudens_met_laag_inkomen -, bijstand_per_1000_inwoners -) and density (bevolkingsdichtheid_inwoners_per_km2 -, weight 0.5); the second adds registered crime (misdrijven_per_1000 -, from 'Join registered crime') and the Leefbaarometer score (lbm +, from 'Join Leefbaarometer scores'). Only the fields the layer has are used, and the log names the others. CBS codes for secret or unknown figures (-99999999, -99999997, ...) are read as missing values, never as numbers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: mean of z-scores ((x - mean) / standard deviation, sample sd) or mean of percentile ranks (100 x (rank - 0.5) / n, ties share their mean rank), each indicator turned by its direction so higher is always stronger; the composite is the weighted mean. &lt;b&gt;Score&lt;/b&gt;: the composite rescaled so that the weakest area of the layer is 0 and the strongest 100 (relative to these areas). &lt;b&gt;Classes&lt;/b&gt; are equal-count quintiles of the score (1 + floor(5 x areas with a lower score / areas with a score); equal scores share a class): 1 very weak / zeer zwak, 2 weak / zwak, 3 average / gemiddeld, 4 strong / sterk, 5 very strong / zeer sterk. &lt;b&gt;Rank&lt;/b&gt; 1 is the weakest area.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Missing values&lt;/b&gt;: 'skip and re-weight' averages the indicators an area has, re-weighted, and leaves the index empty when they carry less than the minimum coverage (default 50%) of the total weight; 'refuse' stops and names the areas. A constant indicator says nothing about differences and is left out, with a warning. The output holds the input fields plus composite, score, monitor_class, class_en, class_nl, monitor_rank, n_indicators, coverage_pct and sub_&amp;lt;domain&amp;gt; / score_&amp;lt;domain&amp;gt;. The index holds no counts, so nothing is suppressed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Combineert indicatoren van de buurtmonitor (inkomen, veiligheid, participatie, opleiding, betalingsachterstanden, ...) tot één samengestelde index per gebied, een score van 0 (zwakste gebied) tot 100 (sterkste), vijf klassen en een rangnummer, plus een subindex en score per domein.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicatorspecificatie&lt;/b&gt;: één regel per indicator, gescheiden door ';' of nieuwe regels: &lt;code&gt;veld:richting[:gewicht[:domein]]&lt;/code&gt;. Richting '+' betekent dat een hogere waarde beter is, '-' dat een hogere waarde slechter is; het gewicht (standaard 1) moet boven 0 liggen; het domein (optioneel: letters, cijfers, '_') groepeert indicatoren tot een subindex. Voorbeeld: &lt;code&gt;gemiddeld_inkomen_per_inwoner:+:1:income; percentage_huishoudens_met_laag_inkomen:-:1:income; netto_arbeidsparticipatie:+:2:participation&lt;/code&gt;. De standaard gebruikt CBS-velden van de Wijk- en buurtkaart, zoals de buurten van de demo ze hebben. &lt;b&gt;Indicatorvelden&lt;/b&gt; (optioneel) kiest welke daarvan gebruikt worden; elk gekozen veld heeft een regel met zijn richting nodig.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kant-en-klare specificatie&lt;/b&gt; (in plaats van er zelf een te schrijven): de echte CBS-velden van de Wijk- en buurtkaart, zoals 'CBS-wijken en -buurten laden' ze geeft: inkomen (gemiddeld_inkomen_per_inwoner +, percentage_huishoudens_met_laag_inkomen -, bijstand_per_1000_inwoners -) en dichtheid (bevolkingsdichtheid_inwoners_per_km2 -, gewicht 0,5); de tweede voegt geregistreerde criminaliteit toe (misdrijven_per_1000 -, uit 'Geregistreerde criminaliteit koppelen') en de Leefbaarometerscore (lbm +, uit 'Leefbaarometerscores koppelen'). Alleen de velden die de laag heeft worden gebruikt, en het logboek noemt de andere. CBS-codes voor geheime of onbekende cijfers (-99999999, -99999997, ...) worden als ontbrekende waarden gelezen, nooit als getallen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt;: gemiddelde van z-scores ((x - gemiddelde) / standaardafwijking, steekproef-sd) of gemiddelde van percentielrangen (100 x (rang - 0,5) / n, gelijke waarden delen hun gemiddelde rang), elke indicator gedraaid volgens zijn richting zodat hoger altijd sterker is; de samengestelde index is het gewogen gemiddelde. &lt;b&gt;Score&lt;/b&gt;: de samengestelde index herschaald zodat het zwakste gebied van de laag 0 is en het sterkste 100 (ten opzichte van deze gebieden). &lt;b&gt;Klassen&lt;/b&gt; zijn kwintielen met gelijke aantallen van de score (1 + floor(5 x gebieden met een lagere score / gebieden met een score); gelijke scores delen een klasse): 1 very weak / zeer zwak, 2 weak / zwak, 3 average / gemiddeld, 4 strong / sterk, 5 very strong / zeer sterk. &lt;b&gt;Rang&lt;/b&gt; 1 is het zwakste gebied.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ontbrekende waarden&lt;/b&gt;: 'overslaan en herwegen' middelt de indicatoren die een gebied heeft, opnieuw gewogen, en laat de index leeg als die minder dan de minimale dekking (standaard 50%) van het totale gewicht dragen; 'weigeren' stopt en noemt de gebieden. Een constante indicator zegt niets over verschillen en wordt weggelaten, met een waarschuwing. De uitvoer bevat de invoervelden plus composite, score, monitor_class, class_en, class_nl, monitor_rank, n_indicators, coverage_pct en sub_&amp;lt;domein&amp;gt; / score_&amp;lt;domein&amp;gt;. De index bevat geen aantallen, dus er wordt niets onderdrukt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="83" />
        <source>Ready specification</source>
        <translation>Kant-en-klare specificatie</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="233" />
        <source>None: use the indicator specification</source>
        <translation>Geen: de indicatorspecificatie gebruiken</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="233" />
        <source>CBS: income, low income, benefits, density</source>
        <translation>CBS: inkomen, laag inkomen, uitkeringen, dichtheid</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="233" />
        <source>CBS with registered crime and Leefbaarometer</source>
        <translation>CBS met geregistreerde criminaliteit en Leefbaarometer</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="110" />
        <source>Not in the layer, so not in the ready specification: {}.</source>
        <translation>Niet in de laag, dus niet in de kant-en-klare specificatie: {}.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_index.py" line="162" />
        <source>CBS codes for secret or unknown figures (-99999999, -99999997, ...) read as missing values: {}.</source>
        <translation>CBS-codes voor geheime of onbekende cijfers (-99999999, -99999997, ...) gelezen als ontbrekende waarden: {}.</translation>
    </message>
</context>
<context>
    <name>AreaMonitorOverlayAlgorithm</name>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="62" />
        <source>Area monitor overlay (vulnerability x crime)</source>
        <translation>Buurtmonitor-overlay (kwetsbaarheid x criminaliteit)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="65" />
        <source>Area monitor</source>
        <translation>Buurtmonitor</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="71" />
        <source>Crime intensity per area, bivariate 3 x 3 classes of vulnerability x crime and focus areas, with a ready style and legend.</source>
        <translation>Criminaliteitsintensiteit per gebied, bivariate 3 x 3 klassen van kwetsbaarheid x criminaliteit en aandachtsgebieden, met een kant-en-klare stijl en legenda.</translation>
    </message>
    <message>
        <location filename="../processing/help/area_monitor_overlay.py" line="8" />
        <source>&lt;p&gt;Sets the vulnerability of each area (usually the score of &lt;i&gt;Area monitor index&lt;/i&gt;) against its crime intensity and marks the focus areas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Crime intensity&lt;/b&gt; from incident points: the count per area and the rate per 1,000 inhabitants, raw and smoothed by global empirical Bayes (Marshall 1991: rates of areas with few inhabitants move towards the overall rate, so tiny populations do not top the list). Areas with zero or missing population get no rate and take no part in the smoothing. And/or from a density raster (e.g. of &lt;i&gt;Kernel density hotspots&lt;/i&gt;): the zonal mean and maximum of the cells whose centre lies in the area (the rule of QGIS's zonal statistics) and the share of hotspot cells: cells in the top percentage (default 5%) of the raster's cells with data, or at or above a fixed threshold. An area smaller than a cell takes the cell under its inner point. Areas in another CRS than the raster are reprojected to it for the statistics (the log says so). Overlapping areas are detected and reported; each area counts all of its cells and incidents. &lt;b&gt;Crime measure&lt;/b&gt; chooses what the classes use (automatic: the smoothed rate when incidents are given, else the zonal mean).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bivariate classes&lt;/b&gt;: equal-count terciles of vulnerability (A low, B, C high) and of crime (1 low, 2, 3 high), so 'C3' is high vulnerability with high crime: the focus class (field 'focus', ranked by crime in 'focus_rank'). With an index score, vulnerability is the weak side: the lower the score, the more vulnerable. The output is styled with a 3 x 3 palette (also saved as .qml beside a file output) and a legend image (PNG) for print layouts is written.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: incident counts below k (default 5) are left empty and flagged in 'onderdrukt', and so are the rates computed from them; the layer's metadata says so. The classes are computed before suppression.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zet de kwetsbaarheid van elk gebied (meestal de score van &lt;i&gt;Buurtmonitorindex&lt;/i&gt;) af tegen de criminaliteitsintensiteit en markeert de aandachtsgebieden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Criminaliteitsintensiteit&lt;/b&gt; uit incidentpunten: het aantal per gebied en het aantal per 1.000 inwoners, ruw en gladgestreken met globale empirische Bayes (Marshall 1991: cijfers van gebieden met weinig inwoners schuiven op naar het totale cijfer, zodat piepkleine bevolkingen niet bovenaan de lijst komen). Gebieden met nul of ontbrekende bevolking krijgen geen cijfer en doen niet mee aan het gladstrijken. En/of uit een dichtheidsraster (bijv. van &lt;i&gt;Kerneldichtheid-hotspots&lt;/i&gt;): het zonale gemiddelde en maximum van de cellen waarvan het middelpunt in het gebied ligt (de regel van de zonale statistiek van QGIS) en het aandeel hotspotcellen: cellen in het bovenste percentage (standaard 5%) van de rastercellen met gegevens, of op of boven een vaste drempel. Een gebied kleiner dan een cel neemt de cel onder zijn binnenpunt. Gebieden in een ander CRS dan het raster worden daarnaar herprojecteerd voor de statistiek (het logboek vermeldt dat). Overlappende gebieden worden gevonden en gemeld; elk gebied telt al zijn cellen en incidenten. &lt;b&gt;Criminaliteitsmaat&lt;/b&gt; kiest wat de klassen gebruiken (automatisch: het gladgestreken cijfer als er incidenten zijn, anders het zonale gemiddelde).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bivariate klassen&lt;/b&gt;: tertielen met gelijke aantallen van kwetsbaarheid (A laag, B, C hoog) en van criminaliteit (1 laag, 2, 3 hoog), dus 'C3' is hoge kwetsbaarheid met hoge criminaliteit: de aandachtsklasse (veld 'focus', gerangschikt naar criminaliteit in 'focus_rank'). Met een indexscore is kwetsbaarheid de zwakke kant: hoe lager de score, hoe kwetsbaarder. De uitvoer krijgt een stijl met een 3 x 3 palet (ook als .qml naast een bestandsuitvoer opgeslagen) en er wordt een legendafbeelding (PNG) voor afdruklay-outs geschreven.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: aantallen incidenten onder k (standaard 5) blijven leeg en worden gemarkeerd in 'onderdrukt', net als de cijfers die ervan berekend zijn; de metadata van de laag vermelden dat. De klassen worden berekend vóór de onderdrukking.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="78" />
        <source>Areas (e.g. the area monitor index)</source>
        <translation>Gebieden (bijv. de buurtmonitorindex)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="81" />
        <source>Vulnerability field (default: score)</source>
        <translation>Veld met kwetsbaarheid (standaard: score)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="85" />
        <source>In that field</source>
        <translation>In dat veld</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="253" />
        <source>Higher values are stronger (an index score)</source>
        <translation>Hogere waarden zijn sterker (een indexscore)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="253" />
        <source>Higher values are more vulnerable</source>
        <translation>Hogere waarden zijn kwetsbaarder</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="87" />
        <source>Incident points</source>
        <translation>Incidentpunten</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="90" />
        <source>Population field (inhabitants)</source>
        <translation>Bevolkingsveld (inwoners)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="94" />
        <source>Density raster (e.g. kernel density)</source>
        <translation>Dichtheidsraster (bijv. kerneldichtheid)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="96" />
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="98" />
        <source>Hotspot cells: top percentage of the raster</source>
        <translation>Hotspotcellen: bovenste percentage van het raster</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="101" />
        <source>Hotspot cells: fixed threshold (instead of the top percentage)</source>
        <translation>Hotspotcellen: vaste drempel (in plaats van het bovenste percentage)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="106" />
        <source>Crime measure for the classes</source>
        <translation>Criminaliteitsmaat voor de klassen</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="259" />
        <source>Automatic (smoothed rate with incidents, else zonal mean)</source>
        <translation>Automatisch (gladgestreken cijfer met incidenten, anders zonaal gemiddelde)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="259" />
        <source>Rate per 1,000 inhabitants, empirical-Bayes smoothed</source>
        <translation>Cijfer per 1.000 inwoners, gladgestreken met empirische Bayes</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="259" />
        <source>Zonal mean of the raster</source>
        <translation>Zonaal gemiddelde van het raster</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="259" />
        <source>Zonal maximum of the raster</source>
        <translation>Zonaal maximum van het raster</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="259" />
        <source>Share of hotspot cells</source>
        <translation>Aandeel hotspotcellen</translation>
    </message>
    <message>
        <location line="77" filename="../processing/area_monitor_output.py" /><location filename="../processing/area_monitor_overlay.py" line="110" />
        <source>Vulnerability x crime</source>
        <translation>Kwetsbaarheid x criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="112" />
        <source>Legend image</source>
        <translation>Legendafbeelding</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="112" />
        <source>PNG files (*.png)</source>
        <translation>PNG-bestanden (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="119" />
        <source>The area layer</source>
        <translation>De gebiedenlaag</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="126" />
        <source>Give incident points, a density raster or both: crime intensity comes from them.</source>
        <translation>Geef incidentpunten, een dichtheidsraster of beide: de criminaliteitsintensiteit komt daaruit.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="133" />
        <source>The crime measure 'rate per 1,000 inhabitants' needs incident points.</source>
        <translation>De criminaliteitsmaat 'cijfer per 1.000 inwoners' heeft incidentpunten nodig.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="136" />
        <source>The chosen crime measure comes from a density raster: give one, or choose the rate.</source>
        <translation>De gekozen criminaliteitsmaat komt uit een dichtheidsraster: geef er een op, of kies het cijfer per inwoner.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="146" />
        <source>Rates per 1,000 inhabitants need a population field; '{}' is not in the layer {}.</source>
        <translation>Cijfers per 1.000 inwoners hebben een bevolkingsveld nodig; '{}' staat niet in de laag {}.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="153" />
        <source>The density raster must be a file (GeoTIFF or another GDAL format); save '{}' to a file first.</source>
        <translation>Het dichtheidsraster moet een bestand zijn (GeoTIFF of een ander GDAL-formaat); sla '{}' eerst op als bestand.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="174" />
        <source>The field '{}' is not in the layer {}. Fields there: {}.</source>
        <translation>Het veld '{}' staat niet in de laag {}. Velden daar: {}.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="178" />
        <source>The field '{}' is not numeric ({}).</source>
        <translation>Het veld '{}' is niet numeriek ({}).</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="209" />
        <source>{} areas have no geometry: they get no crime figures.</source>
        <translation>{} gebieden hebben geen geometrie: ze krijgen geen criminaliteitscijfers.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="236" />
        <source>Vulnerability: {} ({}); crime measure: {}; classes are equal-count terciles, C3 (high vulnerability, high crime) is the focus class.</source>
        <translation>Kwetsbaarheid: {} ({}); criminaliteitsmaat: {}; klassen zijn tertielen met gelijke aantallen, C3 (hoge kwetsbaarheid, hoge criminaliteit) is de aandachtsklasse.</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="236" />
        <source>lower is more vulnerable</source>
        <translation>lager is kwetsbaarder</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="236" />
        <source>higher is more vulnerable</source>
        <translation>hoger is kwetsbaarder</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_overlay.py" line="121" />
        <source>The incident layer</source>
        <translation>De incidentenlaag</translation>
    </message>
<message><location line="87" filename="../processing/area_monitor_intensity.py" /><source>The density raster</source><translation>Het dichtheidsraster</translation></message><message><location line="111" filename="../processing/area_monitor_intensity.py" /><source>The raster does not overlap the areas: no zonal statistics.</source><translation>Het raster overlapt de gebieden niet: geen zonale statistiek.</translation></message><message><location line="60" filename="../processing/area_monitor_intensity.py" /><source>{} incidents in the areas; overall rate {:.2f} per 1,000 inhabitants; between-area variance of the rates (empirical Bayes) {:.3g}.</source><translation>{} incidenten in de gebieden; totaal cijfer {:.2f} per 1.000 inwoners; variantie van de cijfers tussen gebieden (empirische Bayes) {:.3g}.</translation></message><message><location line="64" filename="../processing/area_monitor_intensity.py" /><source>Rates per 1,000 inhabitants ({}), smoothed by global empirical Bayes (Marshall 1991); overall rate {:.2f}.</source><translation>Cijfers per 1.000 inwoners ({}), gladgestreken met globale empirische Bayes (Marshall 1991); totaal cijfer {:.2f}.</translation></message><message><location line="98" filename="../processing/area_monitor_intensity.py" /><source>at or above {:g}</source><translation>op of boven {:g}</translation></message><message><location line="102" filename="../processing/area_monitor_intensity.py" /><source>the top {:g}% of the raster's cells with data (at or above {:.4g})</source><translation>de bovenste {:g}% van de rastercellen met gegevens (op of boven {:.4g})</translation></message><message><location line="104" filename="../processing/area_monitor_intensity.py" /><source>Hotspot cells: {}.</source><translation>Hotspotcellen: {}.</translation></message><message><location line="105" filename="../processing/area_monitor_intensity.py" /><source>Zonal statistics of {} (cell centres in the area); hotspot cells: {}.</source><translation>Zonale statistiek van {} (celmiddens in het gebied); hotspotcellen: {}.</translation></message><message><location line="44" filename="../processing/area_monitor_intensity.py" /><source>{} incidents without a geometry were skipped.</source><translation>{} incidenten zonder geometrie zijn overgeslagen.</translation></message><message><location line="47" filename="../processing/area_monitor_intensity.py" /><source>{} incidents lie outside every area and are not counted.</source><translation>{} incidenten liggen buiten elk gebied en worden niet geteld.</translation></message><message><location line="50" filename="../processing/area_monitor_intensity.py" /><source>{} incidents lie inside more than one area: the areas overlap. Each of those areas counts them.</source><translation>{} incidenten liggen in meer dan één gebied: de gebieden overlappen. Elk van die gebieden telt ze.</translation></message><message><location line="57" filename="../processing/area_monitor_intensity.py" /><source>{} areas have zero or missing population: they get no rate (their incidents are still counted).</source><translation>{} gebieden hebben een bevolking van nul of geen bevolking: ze krijgen geen cijfer (hun incidenten worden wel geteld).</translation></message><message><location line="89" filename="../processing/area_monitor_intensity.py" /><source>The areas ({}) are reprojected to the raster's CRS ({}) for the zonal statistics.</source><translation>De gebieden ({}) worden geherprojecteerd naar het CRS van het raster ({}) voor de zonale statistiek.</translation></message><message><location line="92" filename="../processing/area_monitor_intensity.py" /><source>Areas reprojected from {} to {} for the zonal statistics.</source><translation>Gebieden geherprojecteerd van {} naar {} voor de zonale statistiek.</translation></message><message><location line="118" filename="../processing/area_monitor_intensity.py" /><source>{} areas are smaller than a cell: they take the value of the cell under an inner point.</source><translation>{} gebieden zijn kleiner dan een cel: ze krijgen de waarde van de cel onder een binnenpunt.</translation></message><message><location line="123" filename="../processing/area_monitor_intensity.py" /><source>{} areas have no raster cells with data.</source><translation>{} gebieden hebben geen rastercellen met gegevens.</translation></message><message><location line="150" filename="../processing/area_monitor_intensity.py" /><source>The areas overlap: {} cells lie in more than one area ({} areas involved). Each area's statistics use all of its cells.</source><translation>De gebieden overlappen: {} cellen liggen in meer dan één gebied ({} gebieden betrokken). De statistiek van elk gebied gebruikt al zijn cellen.</translation></message><message><location line="96" filename="../processing/area_monitor_output.py" /><source>Vulnerability</source><translation>Kwetsbaarheid</translation></message><message><location line="96" filename="../processing/area_monitor_output.py" /><source>Crime intensity</source><translation>Criminaliteitsintensiteit</translation></message><message><location line="96" filename="../processing/area_monitor_output.py" /><source>low</source><translation>laag</translation></message><message><location line="97" filename="../processing/area_monitor_output.py" /><source>high</source><translation>hoog</translation></message><message><location line="97" filename="../processing/area_monitor_output.py" /><source>C3 = focus: high vulnerability and high crime</source><translation>C3 = aandacht: hoge kwetsbaarheid en hoge criminaliteit</translation></message><message><location line="100" filename="../processing/area_monitor_output.py" /><source>Bivariate legend</source><translation>Bivariate legenda</translation></message><message><location line="37" filename="../processing/area_monitor_output.py" /><source>{} focus areas (C3: high vulnerability, high crime).</source><translation>{} aandachtsgebieden (C3: hoge kwetsbaarheid, hoge criminaliteit).</translation></message><message><location line="29" filename="../processing/area_monitor_output.py" /><source>{} areas have no value in '{}' and get no bivariate class.</source><translation>{} gebieden hebben geen waarde in '{}' en krijgen geen bivariate klasse.</translation></message><message><location line="34" filename="../processing/area_monitor_output.py" /><source>{} more areas have no crime measure and get no bivariate class.</source><translation>{} gebieden meer hebben geen criminaliteitsmaat en krijgen geen bivariate klasse.</translation></message><message><location line="60" filename="../processing/area_monitor_output.py" /><source>The input field '{}' is replaced by the new value of the same name.</source><translation>Het invoerveld '{}' wordt vervangen door de nieuwe waarde met dezelfde naam.</translation></message><message><location line="116" filename="../processing/area_monitor_output.py" /><source>{} areas have a CBS code for a secret or unknown figure (-99999999, -99999997, ...) in '{}': read as missing.</source><translation>{} gebieden hebben in '{}' een CBS-code voor een geheim of onbekend cijfer (-99999999, -99999997, ...): gelezen als ontbrekende waarde.</translation></message></context>
<context>
    <name>AreaMonitorStyle</name>
    <message>
        <location filename="../processing/area_monitor_style.py" line="142" />
        <source>Could not write the legend image {}</source>
        <translation>Kan de legendafbeelding {} niet schrijven</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="47" />
        <source>A3: low vulnerability, high crime</source>
        <translation>A3: lage kwetsbaarheid, hoge criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="48" />
        <source>B3: middle vulnerability, high crime</source>
        <translation>B3: middelmatige kwetsbaarheid, hoge criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="49" />
        <source>C3: high vulnerability, high crime (focus)</source>
        <translation>C3: hoge kwetsbaarheid, hoge criminaliteit (aandacht)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="50" />
        <source>A2: low vulnerability, middle crime</source>
        <translation>A2: lage kwetsbaarheid, middelmatige criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="51" />
        <source>B2: middle vulnerability, middle crime</source>
        <translation>B2: middelmatige kwetsbaarheid, middelmatige criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="52" />
        <source>C2: high vulnerability, middle crime</source>
        <translation>C2: hoge kwetsbaarheid, middelmatige criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="53" />
        <source>A1: low vulnerability, low crime</source>
        <translation>A1: lage kwetsbaarheid, lage criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="54" />
        <source>B1: middle vulnerability, low crime</source>
        <translation>B1: middelmatige kwetsbaarheid, lage criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="55" />
        <source>C1: high vulnerability, low crime</source>
        <translation>C1: hoge kwetsbaarheid, lage criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="56" />
        <source>no class (missing values)</source>
        <translation>geen klasse (ontbrekende waarden)</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="59" />
        <source>1 very weak</source>
        <translation>1 zeer zwak</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="60" />
        <source>2 weak</source>
        <translation>2 zwak</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="61" />
        <source>3 average</source>
        <translation>3 gemiddeld</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="62" />
        <source>4 strong</source>
        <translation>4 sterk</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="63" />
        <source>5 very strong</source>
        <translation>5 zeer sterk</translation>
    </message>
    <message>
        <location filename="../processing/area_monitor_style.py" line="64" />
        <source>no index (missing values)</source>
        <translation>geen index (ontbrekende waarden)</translation>
    </message>
</context>
<context>
    <name>AreaValues</name>
    <message>
        <location filename="../core/area_values.py" line="62" />
        <source>{count} rows of the value table have a value in '{field}' that is no date or period and were left out (e.g. {examples}). Read are dates ({formats}) and periods ({periods}).</source>
        <translation>{count} rijen van de waardentabel hebben in '{field}' een waarde die geen datum of periode is en zijn weggelaten (bijv. {examples}). Gelezen worden datums ({formats}) en perioden ({periods}).</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="66" />
        <source>{count} rows of the value table have no date in '{field}' and were left out.</source>
        <translation>{count} rijen van de waardentabel hebben geen datum in '{field}' en zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="69" />
        <source>No value in the field '{field}' of the value table is a date or a period: its values look like {examples}. Choose the field that says when each row's values hold: dates ({formats}) or periods ({periods}).</source>
        <translation>Geen enkele waarde in het veld '{field}' van de waardentabel is een datum of periode: de waarden zien eruit als {examples}. Kies het veld dat zegt wanneer de waarden van elke rij gelden: datums ({formats}) of perioden ({periods}).</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="73" />
        <source>No code in '{code_field}' of the value table is an area id in '{id_field}': the table has codes such as {codes}, the areas ids such as {ids}. Choose the table's field that holds the areas' codes as the area layer writes them.</source>
        <translation>Geen enkele code in '{code_field}' van de waardentabel is een gebieds-id in '{id_field}': de tabel heeft codes zoals {codes}, de gebieden id's zoals {ids}. Kies het veld van de tabel met de codes van de gebieden zoals de gebiedslaag ze schrijft.</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="77" />
        <source>Left out of the value table: {rows} whose code in '{code_field}' is no area id: {codes}.</source>
        <translation>Weggelaten uit de waardentabel: {rows} waarvan de code in '{code_field}' geen gebieds-id is: {codes}.</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="80" />
        <source>{codes}, ... ({count} codes in all)</source>
        <translation>{codes}, ... ({count} codes in totaal)</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="81" />
        <source>The value table has more than one row for the same area and date with different values: {examples} ({count} in all). Keep one row per area and date (add them up or average them first), or check the code and date fields.</source>
        <translation>De waardentabel heeft meer dan één rij voor hetzelfde gebied en dezelfde datum met verschillende waarden: {examples} ({count} in totaal). Houd één rij per gebied en datum over (tel ze eerst op of neem het gemiddelde), of controleer het code- en datumveld.</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="85" />
        <source>'{code}' for {when} ({rows})</source>
        <translation>'{code}' voor {when} ({rows})</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="86" />
        <source>{count} rows of the value table repeat another row (same area, date and values) and were counted once.</source>
        <translation>{count} rijen van de waardentabel herhalen een andere rij (hetzelfde gebied, dezelfde datum en waarden) en zijn één keer geteld.</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="89" />
        <source>Area ids {} differ only in case, spaces or leading zeros, so the value table's codes cannot be matched to them.</source>
        <translation>De gebieds-id's {} verschillen alleen in hoofdletters, spaties of voorloopnullen, dus de codes van de waardentabel kunnen er niet aan gekoppeld worden.</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="92" />
        <source>{count} of {total} areas have no row in the value table (e.g. {ids}): their values are unknown, replaced by the median of the known ones with a flag feature.</source>
        <translation>{count} van de {total} gebieden hebben geen rij in de waardentabel (bijv. {ids}): hun waarden zijn onbekend en worden vervangen door de mediaan van de bekende, met een vlagkenmerk.</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="95" />
        <source>Value table: {rows} rows for {areas} areas, from {first} to {last}. Each value is used from the end of its period (a date: from that day) on, never at a forecast made before.</source>
        <translation>Waardentabel: {rows} rijen voor {areas} gebieden, van {first} tot {last}. Elke waarde wordt gebruikt vanaf het einde van haar periode (een datum: vanaf die dag), nooit in een voorspelling die eerder gemaakt is.</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="99" />
        <source>'{label}' is empty in {count} rows of the value table; they were left out (the area's previous value holds).</source>
        <translation>'{label}' is leeg in {count} rijen van de waardentabel; die zijn weggelaten (de vorige waarde van het gebied blijft gelden).</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="102" />
        <source>'{label}' is empty in every row of the value table for these areas and periods and was left out.</source>
        <translation>'{label}' is leeg in elke rij van de waardentabel voor deze gebieden en perioden en is weggelaten.</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="428" />
        <source>1 row</source>
        <translation>1 rij</translation>
    </message>
    <message>
        <location filename="../core/area_values.py" line="428" />
        <source>{} rows</source>
        <translation>{} rijen</translation>
    </message>
</context>
<context>
    <name>BriefingStep</name>
    <message>
        <location filename="../ui/briefing_step.py" line="352" />
        <source>Week {week}, {year}</source>
        <translation>Week {week}, {year}</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="273" />
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="273" />
        <source>A3 landscape</source>
        <translation>A3 liggend</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="80" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="81" />
        <source>PNG (an image per page)</source>
        <translation>PNG (een afbeelding per pagina)</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="82" />
        <source>PDF and PNG</source>
        <translation>PDF en PNG</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="84" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="85" />
        <source>Patrol focus areas</source>
        <translation>Aandachtsgebieden voor surveillance</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="168" />
        <source>Forecast for {}</source>
        <translation>Voorspelling voor {}</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="194" />
        <source>Choose the focus areas: run step 2 or pick a polygon layer with scores.</source>
        <translation>Kies de aandachtsgebieden: voer stap 2 uit of kies een polygonenlaag met scores.</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="211" />
        <source>Wijkradar dock: patrol focus map for the briefing</source>
        <translation>Wijkradar-paneel: patrouillekaart voor de briefing</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="304" />
        <source>Choose where to save the map (Save as).</source>
        <translation>Kies waar de kaart moet worden opgeslagen (Opslaan als).</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="316" />
        <source>Written: {}</source>
        <translation>Geschreven: {}</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="317" />
        <source>Patrol focus map written: {} page(s).</source>
        <translation>Patrouillekaart geschreven: {} pagina('s).</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="330" />
        <source>Export or preview the map first.</source>
        <translation>Exporteer de kaart eerst, of maak eerst een voorbeeld.</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="337" />
        <source>Making the map…</source>
        <translation>De kaart maken…</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="259" />
        <source>Page 1 of {}: click for a larger view</source>
        <translation>Pagina 1 van {}: klik voor een grotere weergave</translation>
    </message>
    <message>
        <location filename="../ui/briefing_step.py" line="273" />
        <source>Larger view</source>
        <translation>Grotere weergave</translation>
    </message>
</context>
<context>
    <name>CbsData</name>
    <message>
        <location filename="../core/cbs.py" line="83" />
        <source>'{}' is not a CBS area code: a municipality is GM and 4 digits (GM0363), a district WK and 6 (WK036300), a neighbourhood BU and 8 (BU03630000).</source>
        <translation>'{}' is geen CBS-gebiedscode: een gemeente is GM en 4 cijfers (GM0363), een wijk WK en 6 (WK036300), een buurt BU en 8 (BU03630000).</translation>
    </message>
    <message>
        <location filename="../core/cbs.py" line="86" />
        <source>The municipality '{}' is not in this file. Nearest matches: {}. Give the code (GM and 4 digits) or the name as CBS writes it.</source>
        <translation>De gemeente '{}' staat niet in dit bestand. Best passend: {}. Geef de code (GM en 4 cijfers) of de naam zoals het CBS die schrijft.</translation>
    </message>
    <message>
        <location filename="../core/cbs.py" line="89" />
        <source>This is not a CBS wijk- en buurtkaart layer: it has no area code field ({}). Download the GeoPackage of a year (wijkenbuurten_2024_v1.gpkg) from PDOK (CBS Wijken en Buurten), or leave the file empty to fetch your municipality online.</source>
        <translation>Dit is geen laag van de CBS-wijk- en buurtkaart: er is geen veld met gebiedscodes ({}). Download de GeoPackage van een jaar (wijkenbuurten_2024_v1.gpkg) van PDOK (CBS Wijken en Buurten), of laat het bestand leeg om je gemeente online op te halen.</translation>
    </message>
    <message>
        <location filename="../core/cbs.py" line="93" />
        <source>The year of this file ({}) is not one Wijkradar knows (2019-2025): its fields are matched by every name they had in those years.</source>
        <translation>Het jaar van dit bestand ({}) kent Wijkradar niet (2019-2025): de velden worden gezocht onder elke naam die ze in die jaren hadden.</translation>
    </message>
    <message>
        <location filename="../core/cbs.py" line="96" />
        <source>The year of this file could not be told from a 'jaar' field or the file name; its fields are matched by every name they had in 2019-2025.</source>
        <translation>Het jaar van dit bestand valt niet af te leiden uit een veld 'jaar' of de bestandsnaam; de velden worden gezocht onder elke naam die ze in 2019-2025 hadden.</translation>
    </message>
</context>
<context>
    <name>CbsDialog</name>
    <message>
        <location filename="../ui/source_dialogs.py" line="232" />
        <source>Load CBS neighbourhoods</source>
        <translation>CBS-wijken en -buurten laden</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="234" />
        <source>CBS wijk- en buurtkaart (*.gpkg)</source>
        <translation>CBS-wijk- en buurtkaart (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="236" />
        <source>GM0363 or Amsterdam</source>
        <translation>GM0363 of Amsterdam</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="244" />
        <source>Leave the file empty to fetch the municipality from PDOK (internet needed).</source>
        <translation>Laat het bestand leeg om de gemeente bij PDOK op te halen (internet nodig).</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="248" />
        <source>CBS GeoPackage</source>
        <translation>CBS-GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="250" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="251" />
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="252" />
        <source>Year (PDOK)</source>
        <translation>Jaar (PDOK)</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="253" />
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
</context>
<context>
    <name>CbsTables</name>
    <message>
        <location filename="../core/cbs_tables.py" line="121" />
        <source>No header with the columns 'Soort misdrijf', 'Wijken en buurten' and 'Perioden' found in the first {} lines. Export the StatLine table 47018NED or 47022NED as CSV with these three dimensions in columns.</source>
        <translation>Geen kopregel met de kolommen 'Soort misdrijf', 'Wijken en buurten' en 'Perioden' gevonden in de eerste {} regels. Exporteer de StatLine-tabel 47018NED of 47022NED als CSV met deze drie dimensies in kolommen.</translation>
    </message>
    <message>
        <location filename="../core/cbs_tables.py" line="125" />
        <source>The table has no column 'Geregistreerde misdrijven'. Columns: {}.</source>
        <translation>De tabel heeft geen kolom 'Geregistreerde misdrijven'. Kolommen: {}.</translation>
    </message>
    <message>
        <location filename="../core/cbs_tables.py" line="127" />
        <source>Cannot read the period '{}': expected a year (2023, 2023JJ00) or a month (2023 januari, 2023MM01).</source>
        <translation>Kan de periode '{}' niet lezen: verwacht een jaar (2023, 2023JJ00) of een maand (2023 januari, 2023MM01).</translation>
    </message>
    <message>
        <location filename="../core/cbs_tables.py" line="130" />
        <source>The table mixes years and months; adding them up would count crimes twice. Export the yearly table (47018NED) or the monthly one (47022NED), not both.</source>
        <translation>De tabel mengt jaren en maanden; optellen zou misdrijven dubbel tellen. Exporteer de jaartabel (47018NED) of de maandtabel (47022NED), niet beide.</translation>
    </message>
    <message>
        <location filename="../core/cbs_tables.py" line="133" />
        <source>The table holds no rows of registered crime.</source>
        <translation>De tabel bevat geen rijen met geregistreerde criminaliteit.</translation>
    </message>
    <message>
        <location filename="../core/cbs_tables.py" line="134" />
        <source>This JSON is not a CBS OData page: it has no 'value' list of rows with SoortMisdrijf, WijkenEnBuurten and Perioden.</source>
        <translation>Deze JSON is geen OData-pagina van het CBS: er is geen lijst 'value' met rijen met SoortMisdrijf, WijkenEnBuurten en Perioden.</translation>
    </message>
    <message>
        <location filename="../core/cbs_tables.py" line="137" />
        <source>The crime table is for {} but the areas are in {}: download the table for your own municipality.</source>
        <translation>De criminaliteitstabel is van {}, maar de gebieden liggen in {}: download de tabel van je eigen gemeente.</translation>
    </message>
    <message>
        <location filename="../core/cbs_tables.py" line="140" />
        <source>The crime table holds no {} rows of this municipality (it has: {}). Choose areas of a level the table has.</source>
        <translation>De criminaliteitstabel bevat geen rijen op niveau {} van deze gemeente (wel: {}). Kies gebieden van een niveau dat de tabel heeft.</translation>
    </message>
    <message>
        <location filename="../core/cbs_tables.py" line="143" />
        <source>The Leefbaarometer file has no area column (bu_code, wk_code, gm_code, PC4, grid_id or gridcode). Columns: {}.</source>
        <translation>Het Leefbaarometerbestand heeft geen gebiedskolom (bu_code, wk_code, gm_code, PC4, grid_id of gridcode). Kolommen: {}.</translation>
    </message>
    <message>
        <location filename="../core/cbs_tables.py" line="146" />
        <source>The Leefbaarometer file has no score column (lbm, afw, fys, onv, soc, vrz, won). Columns: {}.</source>
        <translation>Het Leefbaarometerbestand heeft geen scorekolom (lbm, afw, fys, onv, soc, vrz, won). Kolommen: {}.</translation>
    </message>
</context>
<context>
    <name>CheckDisclosureAlgorithm</name>
    <message>
        <location filename="../processing/check_disclosure.py" line="49" />
        <source>Check disclosure before sharing</source>
        <translation>Onthulling controleren voor delen</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="52" />
        <source>Privacy</source>
        <translation>Privacybescherming</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="58" />
        <source>Tables of counts to be shared together: small counts, and suppressed counts the other tables give back.</source>
        <translation>Tabellen met aantallen die samen gedeeld worden: kleine aantallen, en onderdrukte aantallen die de andere tabellen teruggeven.</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="62" />
        <source>&lt;p&gt;Checks a set of layers or tables of counts that will leave the office together (counts per PC6 and per PC4, per area and week and per area, per buurt and per wijk), before they are shared. It reports every published count from 1 to k-1, and every empty (suppressed) count that a reader can recompute, or bound below k, from all the tables together: the check solves the sums that link them (minimum and maximum of each empty count by linear programming, with counts never negative), as an attacker would.&lt;/p&gt;&lt;p&gt;Links are found from the ids and periods: a table with periods next to one without, on the same ids, holds the totals over the periods; a table whose ids are the first characters of another's (PC4 of PC6, wijk of buurt codes) holds the totals of its areas. The log lists the links used. Empty counts are NULL counts or rows flagged in 'onderdrukt'.&lt;/p&gt;&lt;p&gt;Verdict 'fail' when anything is found: protect the tables with secondary suppression (empty a few more counts in each row, column or group with an empty count, as CBS does with tau-ARGUS: Hundepool et al. 2012, &lt;i&gt;Statistical Disclosure Control&lt;/i&gt;, Wiley), or share fewer tables.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Controleert een set lagen of tabellen met aantallen die samen het kantoor verlaten (aantallen per PC6 en per PC4, per gebied en week en per gebied, per buurt en per wijk), voordat ze gedeeld worden. Het meldt elk gepubliceerd aantal van 1 tot k-1, en elk leeg (onderdrukt) aantal dat een lezer uit alle tabellen samen kan terugrekenen of onder k kan begrenzen: de controle lost de sommen op die de tabellen verbinden (minimum en maximum van elk leeg aantal met lineair programmeren, aantallen nooit negatief), zoals een aanvaller zou doen.&lt;/p&gt;&lt;p&gt;Verbanden worden gevonden uit de codes en perioden: een tabel met perioden naast een zonder, op dezelfde codes, bevat de totalen over de perioden; een tabel waarvan de codes de eerste tekens van die van een andere zijn (PC4 van PC6, wijk- van buurtcodes) bevat de totalen van haar gebieden. Het logboek noemt de gebruikte verbanden. Lege aantallen zijn NULL-aantallen of rijen gemarkeerd in 'onderdrukt'.&lt;/p&gt;&lt;p&gt;Oordeel 'fail' als er iets gevonden is: bescherm de tabellen met secundaire onderdrukking (maak in elke rij, kolom of groep met een leeg aantal nog een paar aantallen leeg, zoals het CBS doet met tau-ARGUS: Hundepool e.a. 2012, &lt;i&gt;Statistical Disclosure Control&lt;/i&gt;, Wiley), of deel minder tabellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="81" />
        <source>Tables of counts shared together</source>
        <translation>Tabellen met aantallen die samen gedeeld worden</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="84" />
        <source>Count field (default: n_incidents, count or aantal)</source>
        <translation>Veld met aantallen (standaard: n_incidents, count of aantal)</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="87" />
        <source>Area id field (default: postcode, cell_id, buurtcode ...)</source>
        <translation>Veld met gebiedscode (standaard: postcode, cell_id, buurtcode ...)</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="90" />
        <source>Period field (default: datum, when present)</source>
        <translation>Veld met periode (standaard: datum, als dat er is)</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="190" />
        <source>Disclosure findings</source>
        <translation>Onthullingsbevindingen</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="203" />
        <source>Disclosure report</source>
        <translation>Onthullingsrapport</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="99" />
        <source>Verdict (pass or fail)</source>
        <translation>Oordeel (pass of fail)</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="101" />
        <source>Counts below k</source>
        <translation>Aantallen onder k</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="102" />
        <source>Suppressed counts recoverable</source>
        <translation>Terug te rekenen onderdrukte aantallen</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="112" />
        <source>Choose at least one table of counts.</source>
        <translation>Kies minstens één tabel met aantallen.</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="114" />
        <source>k must be at least 1.</source>
        <translation>k moet minstens 1 zijn.</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="119" />
        <source>Solving the sums that link the tables</source>
        <translation>De sommen oplossen die de tabellen verbinden</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="124" />
        <source>Link: {}</source>
        <translation>Verband: {}</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="126" />
        <source>No links found between the tables: each was checked on its own.</source>
        <translation>Geen verbanden tussen de tabellen gevonden: elke tabel is apart gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="130" />
        <source>{} counts below {} shown, {} suppressed counts recoverable.</source>
        <translation>{} aantallen onder {} getoond, {} onderdrukte aantallen terug te rekenen.</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="153" />
        <source>Table '{}' has no rows.</source>
        <translation>Tabel '{}' heeft geen rijen.</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="154" />
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="155" />
        <source>area id</source>
        <translation>gebiedscode</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="171" />
        <source>Table '{}' has no field '{}' (fields: {}).</source>
        <translation>Tabel '{}' heeft geen veld '{}' (velden: {}).</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="177" />
        <source>Table '{}' has no {} field among {}: choose one (fields: {}).</source>
        <translation>Tabel '{}' heeft geen veld voor {} onder {}: kies er een (velden: {}).</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="205" />
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="205" />
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="205" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="205" />
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="205" />
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="207" />
        <source>count below k</source>
        <translation>aantal onder k</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="208" />
        <source>recoverable</source>
        <translation>terug te rekenen</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="210" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="211" />
        <source>Disclosure check</source>
        <translation>Onthullingscontrole</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="211" />
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="211" />
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="211" />
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="211" />
        <source>Nothing found: the tables may be shared together.</source>
        <translation>Niets gevonden: de tabellen mogen samen gedeeld worden.</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="211" />
        <source>Links between the tables: {}</source>
        <translation>Verbanden tussen de tabellen: {}</translation>
    </message>
    <message>
        <location filename="../processing/check_disclosure.py" line="223" />
        <source>Field '{}' of '{}' holds '{}', not a number.</source>
        <translation>Veld '{}' van '{}' bevat '{}', geen getal.</translation>
    </message>
</context>
<context>
    <name>CrimeTableDialog</name>
    <message>
        <location filename="../ui/source_dialogs.py" line="268" />
        <source>Join registered crime</source>
        <translation>Geregistreerde criminaliteit koppelen</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="274" />
        <source>StatLine CSV or OData JSON (*.csv *.json)</source>
        <translation>StatLine-CSV of OData-JSON (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="276" />
        <source>A field per crime type and period</source>
        <translation>Een veld per soort misdrijf en periode</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="277" />
        <source>A feature per area and period</source>
        <translation>Een object per gebied en periode</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="279" />
        <source>The table of registered crime per wijk and buurt as you downloaded it from CBS StatLine (47018NED per year, 47022NED per month).</source>
        <translation>De tabel met geregistreerde criminaliteit per wijk en buurt zoals je die van CBS StatLine hebt gedownload (47018NED per jaar, 47022NED per maand).</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="284" />
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="285" />
        <source>Registered crime</source>
        <translation>Geregistreerde criminaliteit</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="287" />
        <source>Layout</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="288" />
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
</context>
<context>
    <name>CsvDialog</name>
    <message>
        <location filename="../ui/source_dialogs.py" line="69" />
        <source>Load a CSV</source>
        <translation>Een CSV-bestand laden</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="71" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="73" />
        <source>Coordinates in X/Y columns</source>
        <translation>Coördinaten in X/Y-kolommen</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="74" />
        <source>A postcode column, placed on postcode areas</source>
        <translation>Een postcodekolom, geplaatst op postcodegebieden</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="88" />
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="90" />
        <source>X column</source>
        <translation>X-kolom</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="91" />
        <source>Y column</source>
        <translation>Y-kolom</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="92" />
        <source>Coordinate system</source>
        <translation>Coördinatensysteem</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="95" />
        <source>Postcode column</source>
        <translation>Postcodekolom</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="96" />
        <source>Postcode areas</source>
        <translation>Postcodegebieden</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="97" />
        <source>Postcode field of the areas</source>
        <translation>Postcodeveld van de gebieden</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="126" />
        <source>The values of {} and {} fit neither longitude/latitude nor RD New: choose their coordinate system.</source>
        <translation>De waarden van {} en {} passen niet bij lengte-/breedtegraad en niet bij RD New: kies hun coördinatenstelsel.</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="132" />
        <source>Coordinate system guessed from the values of {} and {}: {}. Change it if it is wrong.</source>
        <translation>Coördinatenstelsel afgeleid uit de waarden van {} en {}: {}. Pas het aan als het niet klopt.</translation>
    </message>
</context>
<context>
    <name>DataSources</name>
    <message>
        <location filename="../processing/sources/geopackage.py" line="16" />
        <source>GeoPackage not found: {}. Check the path, or choose the file again.</source>
        <translation>GeoPackage niet gevonden: {}. Controleer het pad, of kies het bestand opnieuw.</translation>
    </message>
    <message>
        <location filename="../processing/sources/geopackage.py" line="21" />
        <source>a {} file</source>
        <translation>een bestand van het type {}</translation>
    </message>
    <message>
        <location filename="../processing/sources/geopackage.py" line="21" />
        <source>no format GDAL reads</source>
        <translation>geen formaat dat GDAL kan lezen</translation>
    </message>
    <message>
        <location filename="../processing/sources/geopackage.py" line="23" />
        <source>{} is not a GeoPackage (it is {}). Choose a .gpkg file; load CSV files with the CSV option.</source>
        <translation>{} is geen GeoPackage (het is {}). Kies een .gpkg-bestand; laad CSV-bestanden met de optie CSV.</translation>
    </message>
    <message>
        <location filename="../processing/sources/geopackage.py" line="29" />
        <source>{} holds no vector layers (no tables, or only raster tiles). Choose a GeoPackage with vector tables.</source>
        <translation>{} bevat geen vectorlagen (geen tabellen, of alleen rastertegels). Kies een GeoPackage met vectortabellen.</translation>
    </message>
    <message>
        <location filename="../processing/sources/geopackage.py" line="36" />
        <source>Table {} of {} cannot be read; the file may be damaged. Open it in QGIS's Browser panel to see the error.</source>
        <translation>Tabel {} van {} kan niet gelezen worden; het bestand is misschien beschadigd. Open het in het paneel Browser van QGIS om de fout te zien.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_table.py" line="25" />
        <source>CSV file not found: {}. Check the path, or choose the file again.</source>
        <translation>CSV-bestand niet gevonden: {}. Controleer het pad, of kies het bestand opnieuw.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_table.py" line="34" />
        <source>{} is empty: a CSV file needs a header line with column names and one row per record.</source>
        <translation>{} is leeg: een CSV-bestand heeft een kopregel met kolomnamen en één rij per record nodig.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_table.py" line="40" />
        <source>{} has a header but no rows: add the records below the header line, or choose another file.</source>
        <translation>{} heeft een kopregel maar geen rijen: voeg de records toe onder de kopregel, of kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_table.py" line="47" />
        <source>Column {} is not in {}.</source>
        <translation>Kolom {} staat niet in {}.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_table.py" line="47" />
        <source>Columns {} are not in {}.</source>
        <translation>Kolommen {} staan niet in {}.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_table.py" line="49" />
        <source>Its columns are: {}. Choose from these.</source>
        <translation>Het bestand heeft deze kolommen: {}. Kies daaruit.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_points.py" line="54" />
        <source>Say where the rows of {} lie: choose the X and Y columns, or a postcode column and a postcode area layer.</source>
        <translation>Geef aan waar de rijen van {} liggen: kies de X- en Y-kolom, of een postcodekolom en een laag met postcodegebieden.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_points.py" line="61" />
        <source>Choose both an X and a Y column for {}.</source>
        <translation>Kies zowel een X- als een Y-kolom voor {}.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_points.py" line="66" />
        <source>Unknown coordinate reference system {}: use an authority id such as EPSG:28992 (RD New) or EPSG:4326 (GPS).</source>
        <translation>Onbekend coördinatenreferentiesysteem {}: gebruik een autoriteits-id zoals EPSG:28992 (RD New) of EPSG:4326 (GPS).</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_points.py" line="78" />
        <source>QGIS could not read all rows of {}; open it with Layer &gt; Add Layer &gt; Add Delimited Text Layer to see which.</source>
        <translation>QGIS kon niet alle rijen van {} lezen; open het bestand met Kaartlagen &gt; Laag toevoegen &gt; Tekstgescheiden laag toevoegen om te zien welke.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_points.py" line="94" />
        <source>line {}: "{}"</source>
        <translation>regel {}: "{}"</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_points.py" line="96" />
        <source>Column "{}" of {} must hold numbers (coordinates), but {} rows do not, e.g. {}. Correct those rows, or choose other columns.</source>
        <translation>Kolom "{}" van {} moet getallen (coördinaten) bevatten, maar {} rijen doen dat niet, bijv. {}. Verbeter die rijen, of kies andere kolommen.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_points.py" line="140" />
        <source>None of the {} rows of {} has a postcode found in layer {} (field "{}"), e.g. {}. Check that column "{}" holds postcodes of the same kind as the layer (PC6 such as 5211AB, or PC4 such as 5211).</source>
        <translation>Geen van de {} rijen van {} heeft een postcode die in laag {} (veld "{}") voorkomt, bijv. {}. Controleer of kolom "{}" postcodes van dezelfde soort bevat als de laag (PC6 zoals 5211AB, of PC4 zoals 5211).</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_points.py" line="152" />
        <source>{} of {} rows of {} have no postcode area in {} and were left out: {}.</source>
        <translation>{} van de {} rijen van {} hebben geen postcodegebied in {} en zijn weggelaten: {}.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_points.py" line="165" />
        <source>QGIS could not read {}; open it with Layer &gt; Add Layer &gt; Add Delimited Text Layer to see why.</source>
        <translation>QGIS kon {} niet lezen; open het bestand met Kaartlagen &gt; Laag toevoegen &gt; Tekstgescheiden laag toevoegen om te zien waarom.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_points.py" line="174" />
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_points.py" line="180" />
        <source>Choose a postcode area layer (such as pc6 or pc4) to place the rows at their postcode.</source>
        <translation>Kies een laag met postcodegebieden (zoals pc6 of pc4) om de rijen op hun postcode te plaatsen.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_points.py" line="184" />
        <source>Layer {} has no polygons; choose a postcode area layer such as pc6 or pc4.</source>
        <translation>Laag {} heeft geen polygonen; kies een laag met postcodegebieden zoals pc6 of pc4.</translation>
    </message>
    <message>
        <location filename="../processing/sources/csv_points.py" line="188" />
        <source>Layer {} has no field "{}". Its fields are: {}. Choose the one holding the postcode.</source>
        <translation>Laag {} heeft geen veld "{}". De velden zijn: {}. Kies het veld met de postcode.</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="56" />
        <source>Connection "{}" has no spatial table {}.{}{}. Choose one of the tables it lists.</source>
        <translation>Verbinding "{}" heeft geen ruimtelijke tabel {}.{}{}. Kies een van de tabellen die de verbinding toont.</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="56" />
        <source> with geometry column {}</source>
        <translation> met geometriekolom {}</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="75" />
        <source>Table {}.{} of connection "{}" cannot be read as a layer; add it from QGIS's Browser panel to see the error.</source>
        <translation>Tabel {}.{} van verbinding "{}" kan niet als laag gelezen worden; voeg de tabel toe vanuit het paneel Browser van QGIS om de fout te zien.</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="86" />
        <source>QGIS's PostgreSQL provider is not installed (on Debian/Ubuntu: the package qgis-providers).</source>
        <translation>De PostgreSQL-provider van QGIS is niet geïnstalleerd (op Debian/Ubuntu: het pakket qgis-providers).</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="91" />
        <source>There is no saved PostgreSQL connection named "{}" ({}). Add it in the Browser panel (PostgreSQL &gt; New Connection), or choose another.</source>
        <translation>Er is geen opgeslagen PostgreSQL-verbinding met de naam "{}" ({}). Voeg de verbinding toe in het paneel Browser (PostgreSQL &gt; Nieuwe verbinding), of kies een andere.</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="91" />
        <source>saved: {}</source>
        <translation>opgeslagen: {}</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="91" />
        <source>none is saved</source>
        <translation>er is er geen opgeslagen</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="107" />
        <source>Connection "{}" could not list its tables: {}. Open it in the Browser panel to check it.</source>
        <translation>Verbinding "{}" kon haar tabellen niet ophalen: {}. Open de verbinding in het paneel Browser om haar te controleren.</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="149" />
        <source>service {}</source>
        <translation>service {}</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="153" />
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="155" />
        <source>The server did not answer within {} s: check the host name and port, and that no firewall blocks it.</source>
        <translation>De server antwoordde niet binnen {} s: controleer de hostnaam en de poort, en of er geen firewall is die de verbinding blokkeert.</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="159" />
        <source>Check the user name and password: edit the connection in the Browser panel (PostgreSQL &gt; right-click &gt; Edit Connection) and save both.</source>
        <translation>Controleer de gebruikersnaam en het wachtwoord: bewerk de verbinding in het paneel Browser (PostgreSQL &gt; rechtsklik &gt; Verbinding bewerken) en sla beide op.</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="163" />
        <source>Check the database and user names of the connection.</source>
        <translation>Controleer de database- en gebruikersnaam van de verbinding.</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="165" />
        <source>Check that the server is running and the host and port of the connection (Browser panel &gt; PostgreSQL &gt; right-click &gt; Edit Connection).</source>
        <translation>Controleer of de server draait, en de host en poort van de verbinding (paneel Browser &gt; PostgreSQL &gt; rechtsklik &gt; Verbinding bewerken).</translation>
    </message>
    <message>
        <location filename="../processing/sources/postgis.py" line="168" />
        <source>Cannot connect to PostgreSQL connection "{}" ({}, database {}): {}. {}</source>
        <translation>Kan PostgreSQL-verbinding "{}" ({}, database {}) niet openen: {}. {}</translation>
    </message>
</context>
<context>
    <name>DataStep</name>
    <message>
        <location filename="../ui/data_step.py" line="61" />
        <source>(not used)</source>
        <translation>(niet gebruikt)</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="61" />
        <source>incidents</source>
        <translation>incidenten</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="62" />
        <source>areas</source>
        <translation>gebieden</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="63" />
        <source>monitor</source>
        <translation>monitor</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="63" />
        <source>context</source>
        <translation>context</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="99" />
        <source>Load a GeoPackage</source>
        <translation>Een GeoPackage laden</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="99" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="129" />
        <source>{} rows have no postcode area and were left out, e.g. {}.</source>
        <translation>{} rijen hebben geen postcodegebied en zijn weggelaten, bijv. {}.</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="166" />
        <source>Loaded from {}: {}</source>
        <translation>Geladen uit {}: {}</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="231" />
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="294" />
        <source>Could not check {}: {}</source>
        <translation>Kan {} niet controleren: {}</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="369" />
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="371" />
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="373" />
        <source>warnings</source>
        <translation>waarschuwingen</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="375" />
        <source>passed</source>
        <translation>toegestaan</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="62" />
        <source>districts</source>
        <translation>wijken</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="199" />
        <source>Checking privacy: loading deduce's Dutch name and street lists (once per session)…</source>
        <translation>Privacycontrole: de Nederlandse lijsten met namen en straten van deduce worden geladen (eenmaal per sessie)…</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="216" />
        <source>deduce's Dutch name lists could not be loaded ({}): layers are not checked for names and cannot be used yet. Load one again to try once more.</source>
        <translation>De Nederlandse namenlijsten van deduce konden niet worden geladen ({}): lagen worden niet op namen gecontroleerd en kunnen nog niet worden gebruikt. Laad er opnieuw een om het nog eens te proberen.</translation>
    </message>
    <message>
        <location filename="../ui/data_step.py" line="367" />
        <source>checking…</source>
        <translation>wordt gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../core/dates.py" line="77" />
        <source>{count} values in the date field '{field}' could not be read as a date and were left out (e.g. {examples}). Dates are read as {formats} (day first).</source>
        <translation>{count} waarden in het datumveld '{field}' konden niet als datum gelezen worden en zijn weggelaten (bijv. {examples}). Datums worden gelezen als {formats} (dag eerst).</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="80" />
        <source>Its dates are written month first, as in American notation (such as {example}): write them as ISO dates (2024-03-18) or day first.</source>
        <translation>De datums staan met de maand eerst, zoals in Amerikaanse notatie (zoals {example}): schrijf ze als ISO-datums (2024-03-18) of met de dag eerst.</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="83" />
        <source>No value in the date field '{field}' could be read as a date: its values look like {examples}. Choose a field with dates: a date field, or text such as {formats} (day first).</source>
        <translation>Geen enkele waarde in het datumveld '{field}' kon als datum gelezen worden: de waarden zien eruit als {examples}. Kies een veld met datums: een datumveld, of tekst zoals {formats} (dag eerst).</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="87" />
        <source>{count} rows have no date in '{field}' (empty) and were left out.</source>
        <translation>{count} rijen hebben geen datum in '{field}' (leeg) en zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="89" />
        <source>The date field '{field}' is empty in every row. Choose a field with dates.</source>
        <translation>Het datumveld '{field}' is in elke rij leeg. Kies een veld met datums.</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="91" />
        <source>The date field '{field}' holds numbers ({type}), not dates. Choose a field with dates: a date field, or text such as {formats} (day first).</source>
        <translation>Het datumveld '{field}' bevat getallen ({type}), geen datums. Kies een veld met datums: een datumveld, of tekst zoals {formats} (dag eerst).</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="94" />
        <source>{count} dates in '{field}' lie far outside the others and were left out: {parts}. The dates used run from {first} to {last}.</source>
        <translation>{count} datums in '{field}' liggen ver buiten de andere en zijn weggelaten: {parts}. De gebruikte datums lopen van {first} tot {last}.</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="97" />
        <source>{count} before {limit} (earliest {example})</source>
        <translation>{count} vóór {limit} (vroegste {example})</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="98" />
        <source>{count} after {limit} (latest {example})</source>
        <translation>{count} na {limit} (laatste {example})</translation>
    </message>
    <message>
        <location filename="../core/dates.py" line="99" />
        <source>Every date in '{field}' lies after today ({today}) or before {earliest}: check the field's dates (e.g. {examples}).</source>
        <translation>Elke datum in '{field}' ligt na vandaag ({today}) of vóór {earliest}: controleer de datums van het veld (bijv. {examples}).</translation>
    </message>
</context>
<context>
    <name>DensityRun</name>
    <message>
        <location filename="../processing/density_run.py" line="119" />
        <source>The input layer has no features (check its filter or selection).</source>
        <translation>De invoerlaag heeft geen objecten (controleer het filter of de selectie).</translation>
    </message>
    <message>
        <location filename="../processing/density_run.py" line="121" />
        <source>None of the {} features has a usable point: {} have no geometry, {} a NULL weight and {} a negative weight.</source>
        <translation>Geen van de {} objecten heeft een bruikbaar punt: {} hebben geen geometrie, {} een NULL-gewicht en {} een negatief gewicht.</translation>
    </message>
    <message>
        <location filename="../processing/density_run.py" line="182" />
        <source>No incident lies within {:g} days before the reference date {}: choose another reference date or a longer maximum age.</source>
        <translation>Geen enkel incident ligt binnen {:g} dagen vóór de referentiedatum {}: kies een andere referentiedatum of een langere maximale leeftijd.</translation>
    </message>
    <message>
        <location filename="../processing/density_run.py" line="186" />
        <source>None of the {} incidents lies within the extent (or within the radius of it). Leave the extent empty or choose one that covers the incidents.</source>
        <translation>Geen van de {} incidenten ligt binnen de extent (of binnen de straal ervan). Laat de extent leeg of kies er een die de incidenten omvat.</translation>
    </message>
    <message>
        <location filename="../processing/density_run.py" line="138" />
        <source>Feature {}</source>
        <translation>Object {}</translation>
    </message>
    <message>
        <location filename="../processing/density_run.py" line="139" />
        <source>A point</source>
        <translation>Een punt</translation>
    </message>
    <message>
        <location filename="../processing/density_run.py" line="140" />
        <source>{} lies {:,.0f} km from the middle of the incidents (at {:.0f}, {:.0f} in {}): check its coordinates, or leave it out with a filter or an extent.</source>
        <translation>{} ligt {:,.0f} km van het midden van de incidenten (op {:.0f}, {:.0f} in {}): controleer de coördinaten, of laat het weg met een filter of een extent.</translation>
    </message>
    <message>
        <location filename="../processing/density_run.py" line="194" />
        <source>The study area (mask) covers none of the grid: its polygons lie away from the incidents or it has none. Choose a mask that covers the incidents, or none.</source>
        <translation>Het studiegebied (masker) bedekt niets van het raster: de polygonen liggen buiten de incidenten of het heeft er geen. Kies een masker dat de incidenten bedekt, of geen.</translation>
    </message>
</context>
<context>
    <name>Dependencies</name>
    <message>
        <location filename="../processing/dependencies.py" line="57" />
        <source>open the OSGeo4W Shell that comes with QGIS and run: python -m pip install {}</source>
        <translation>open de OSGeo4W Shell die bij QGIS hoort en voer uit: python -m pip install {}</translation>
    </message>
    <message>
        <location filename="../processing/dependencies.py" line="61" />
        <source>run in a terminal: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {}</source>
        <translation>voer in een terminal uit: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {}</translation>
    </message>
    <message>
        <location filename="../processing/dependencies.py" line="65" />
        <source>run in a terminal: python3 -m pip install --user {} (on Debian/Ubuntu add --break-system-packages, or install the python3-... packages)</source>
        <translation>voer in een terminal uit: python3 -m pip install --user {} (voeg op Debian/Ubuntu --break-system-packages toe, of installeer de pakketten python3-...)</translation>
    </message>
    <message>
        <location filename="../processing/dependencies.py" line="102" />
        <source>This algorithm needs the Python libraries {} in QGIS's Python. To install them, {}. Then restart QGIS.</source>
        <translation>Dit algoritme heeft de Python-bibliotheken {} nodig in de Python van QGIS. Om ze te installeren: {}. Start QGIS daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../processing/dependencies.py" line="120" />
        <source>The optional Python library {} is not installed: {} To install it, {}. Then restart QGIS.</source>
        <translation>De optionele Python-bibliotheek {} is niet geïnstalleerd: {} Om haar te installeren: {}. Start daarna QGIS opnieuw.</translation>
    </message>
    <message>
        <location filename="../processing/dependencies.py" line="88" />
        <source>The Python library shapely brings its own GEOS {} while QGIS uses GEOS {}: on Linux the two clash and QGIS can crash. Install a shapely built on QGIS's GEOS: run in a terminal: python3 -m pip install --user --force-reinstall --no-binary shapely shapely (it needs the libgeos-dev package; on Debian/Ubuntu add --break-system-packages), or install your distribution's python3-shapely if it is 2.0 or newer. Then restart QGIS.</source>
        <translation>De Python-bibliotheek shapely brengt een eigen GEOS {} mee, terwijl QGIS GEOS {} gebruikt: op Linux botsen die twee en kan QGIS vastlopen. Installeer een shapely die op de GEOS van QGIS is gebouwd: voer in een terminal uit: python3 -m pip install --user --force-reinstall --no-binary shapely shapely (dit vraagt het pakket libgeos-dev; voeg op Debian/Ubuntu --break-system-packages toe), of installeer de python3-shapely van uw distributie als die 2.0 of nieuwer is. Start QGIS daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <location filename="../core/disclosure_check.py" line="51" />
        <source>published count {value:g} is below k = {k}</source>
        <translation>gepubliceerd aantal {value:g} is kleiner dan k = {k}</translation>
    </message>
    <message>
        <location filename="../core/disclosure_check.py" line="52" />
        <source>suppressed, but the other tables give it back exactly: {low:g}</source>
        <translation>onderdrukt, maar de andere tabellen geven het precies terug: {low:g}</translation>
    </message>
    <message>
        <location filename="../core/disclosure_check.py" line="54" />
        <source>suppressed, but the other tables show it lies between {low:g} and {high:g}</source>
        <translation>onderdrukt, maar de andere tabellen laten zien dat het tussen {low:g} en {high:g} ligt</translation>
    </message>
    <message>
        <location filename="../core/disclosure_check.py" line="56" />
        <source>{total} holds the totals over the periods of {detail}</source>
        <translation>{total} bevat de totalen over de perioden van {detail}</translation>
    </message>
    <message>
        <location filename="../core/disclosure_check.py" line="58" />
        <source>{total} holds the totals of the areas of {detail} within each of its areas</source>
        <translation>{total} bevat de totalen van de gebieden van {detail} binnen elk van zijn gebieden</translation>
    </message>
</context>
<context>
    <name>Emerging</name>
    <message>
        <location filename="../core/emerging.py" line="83" />
        <source>The time step must be one of {}, not {!r}.</source>
        <translation>De tijdstap moet een van {} zijn, niet {!r}.</translation>
    </message>
    <message>
        <location filename="../core/emerging.py" line="84" />
        <source>The significance level must be one of {}, not {!r}.</source>
        <translation>Het significantieniveau moet een van {} zijn, niet {!r}.</translation>
    </message>
    <message>
        <location filename="../core/emerging.py" line="86" />
        <source>No incident has both a usable date and a location ({} read: {} without a usable date, {} outside every location). Check the date field and that the incidents lie in the areas or grid.</source>
        <translation>Geen enkel incident heeft zowel een bruikbare datum als een locatie ({} gelezen: {} zonder bruikbare datum, {} buiten elke locatie). Controleer het datumveld en of de incidenten in de gebieden of het raster liggen.</translation>
    </message>
    <message>
        <location filename="../core/emerging.py" line="90" />
        <source>No incident is dated on or before {last} (the last date to use): the first is dated {first}. Choose a later date or leave it empty.</source>
        <translation>Geen enkel incident is gedateerd op of vóór {last} (de laatste datum om te gebruiken): het eerste is gedateerd {first}. Kies een latere datum of laat het veld leeg.</translation>
    </message>
    <message>
        <location filename="../core/emerging.py" line="93" />
        <source>The incidents span {first} to {last}: {count} whole {nouns}. Emerging hot spots need at least {minimum} time steps (the 90% rule and the trend test mean nothing with fewer). Use a shorter time step or incidents over a longer period.</source>
        <translation>De incidenten lopen van {first} tot en met {last}: {count} hele {nouns}. Opkomende hotspots hebben minstens {minimum} tijdstappen nodig (de 90%-regel en de trendtoets zeggen met minder niets). Gebruik een kortere tijdstap of incidenten over een langere periode.</translation>
    </message>
    <message>
        <location filename="../core/emerging.py" line="97" />
        <source>{asked} time steps were asked for; emerging hot spots need at least {minimum} (the 90% rule and the trend test mean nothing with fewer).</source>
        <translation>Er zijn {asked} tijdstappen gevraagd; opkomende hotspots hebben er minstens {minimum} nodig (de 90%-regel en de trendtoets zeggen met minder niets).</translation>
    </message>
    <message>
        <location filename="../core/emerging.py" line="100" />
        <source>Every location has the same count ({}) in every time step, so there are no hot or cold spots to find. Check the date range and that the incidents lie in the areas or grid.</source>
        <translation>Elke locatie heeft in elke tijdstap hetzelfde aantal ({}), dus er zijn geen hotspots of coldspots te vinden. Controleer de periode en of de incidenten in de gebieden of het raster liggen.</translation>
    </message>
    <message>
        <location filename="../core/emerging.py" line="104" />
        <source>The time window must be a whole number of previous steps, 0 or more, not {}.</source>
        <translation>Het tijdvenster moet een geheel aantal vorige stappen zijn, 0 of meer, niet {}.</translation>
    </message>
    <message>
        <location filename="../core/emerging.py" line="106" />
        <source>The number of time steps must be 0 (automatic) or more, not {}.</source>
        <translation>Het aantal tijdstappen moet 0 (automatisch) of meer zijn, niet {}.</translation>
    </message>
    <message>
        <location filename="../core/emerging.py" line="108" />
        <source>The spatial weights are for {} locations, the cube has {}.</source>
        <translation>De ruimtelijke gewichten zijn voor {} locaties, de kubus heeft er {}.</translation>
    </message>
    <message>
        <location filename="../core/emerging.py" line="110" />
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <location filename="../core/emerging.py" line="111" />
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <location filename="../core/emerging.py" line="112" />
        <source>quarters</source>
        <translation>kwartalen</translation>
    </message>
</context>
<context>
    <name>EmergingHotspotsAlgorithm</name>
    <message>
        <location line="88" filename="../processing/emerging_output.py" /><location line="49" filename="../processing/emerging_output.py" /><location filename="../processing/emerging_hotspots.py" line="122" />
        <source>Emerging hot spots</source>
        <translation>Opkomende hotspots</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="70" />
        <source>Hotspots</source>
        <translation>Hotspotanalyse</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="76" />
        <source>New, intensifying, persistent, fading ... hot and cold spots: Gi* per time step and a Mann-Kendall trend, in ArcGIS's 17 patterns.</source>
        <translation>Nieuwe, toenemende, blijvende, afnemende ... hotspots en coldspots: Gi* per tijdstap en een Mann-Kendall-trend, in de 17 patronen van ArcGIS.</translation>
    </message>
    <message>
        <location filename="../processing/help/emerging_hotspots.py" line="10" />
        <source>&lt;p&gt;Counts incidents per location (the areas of a polygon layer such as PC6 or buurten, or the cells of a square grid that hold incidents) and time step, and computes the Getis-Ord Gi* z-score of every location in every step over its neighbours and the previous steps (&lt;b&gt;time window&lt;/b&gt;, default 1), against the mean and standard deviation of the whole space-time cube. A step is a hot (cold) spot when its z-score is significant at the chosen level, with the False Discovery Rate correction over all location-steps (default). The Mann-Kendall trend of a location's z-scores (ties corrected) tells intensifying from diminishing; the trend of its counts is reported too.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time step&lt;/b&gt;: weeks, months or quarters counted back from the last incident, so the final step is complete; 'automatic' takes the shortest with at least 10 steps and on average 0.1 incidents per location per step. &lt;b&gt;Number of steps&lt;/b&gt;: 0 takes the last 52 weeks' worth (52 weeks, 12 months; at least 10), a number larger than the data hold takes all. &lt;b&gt;Last date to use&lt;/b&gt;: the final step ends on it and later incidents are left out (an analysis as of a past date; default: the latest incident). &lt;b&gt;Fewer than 10 time steps&lt;/b&gt; in the data stop the run with a message, or (advanced, for a chain such as the weekly briefing) give a warning and the locations without a pattern. &lt;b&gt;Neighbours&lt;/b&gt;: areas that touch (queen, 0.5 m tolerance) or the grid cells around a cell; or the locations whose centres lie within a distance band. A geographic CRS is projected to metres (RD New for Dutch data), as the log says.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the locations with their pattern, hot and cold steps, the last step's z-score, both trends and the incident count (counts below k empty and flagged in 'onderdrukt'), styled by pattern; z, p and Gi_Bin per location and step, for charts; an HTML report; the number of locations of each hot spot pattern (N_NEW_HOT, N_INTENSIFYING_HOT, ...). &lt;b&gt;Patterns&lt;/b&gt; (Esri's definitions; 90% means at least 90% of the steps):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Telt incidenten per locatie (de gebieden van een polygonenlaag zoals PC6 of buurten, of de cellen van een vierkant raster die incidenten bevatten) en tijdstap, en berekent de Getis-Ord Gi*-z-score van elke locatie in elke stap over haar buren en de vorige stappen (&lt;b&gt;tijdvenster&lt;/b&gt;, standaard 1), ten opzichte van het gemiddelde en de standaardafwijking van de hele ruimte-tijdkubus. Een stap is een hotspot (coldspot) als de z-score significant is op het gekozen niveau, met de correctie voor de False Discovery Rate over alle locatie-stappen (standaard). De Mann-Kendall-trend van de z-scores van een locatie (gecorrigeerd voor gelijke waarden) onderscheidt toenemend van afnemend; de trend van haar aantallen wordt ook gegeven.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tijdstap&lt;/b&gt;: weken, maanden of kwartalen, teruggeteld vanaf het laatste incident, zodat de laatste stap volledig is; 'automatisch' neemt de kortste met minstens 10 stappen en gemiddeld 0,1 incidenten per locatie per stap. &lt;b&gt;Aantal stappen&lt;/b&gt;: 0 neemt de laatste 52 weken (52 weken, 12 maanden; minstens 10), een groter aantal dan de gegevens bevatten neemt alles. &lt;b&gt;Laatste datum&lt;/b&gt;: de laatste stap eindigt erop en latere incidenten worden weggelaten (een analyse per een eerdere datum; standaard: het laatste incident). &lt;b&gt;Minder dan 10 tijdstappen&lt;/b&gt; in de gegevens stoppen de run met een melding, of (geavanceerd, voor een keten zoals de wekelijkse briefing) geven een waarschuwing en de locaties zonder patroon. &lt;b&gt;Buren&lt;/b&gt;: gebieden die elkaar raken (queen, 0,5 m tolerantie) of de rastercellen rond een cel; of de locaties waarvan het middelpunt binnen een afstandsband ligt. Een geografisch CRS wordt geprojecteerd naar meters (RD New voor Nederlandse gegevens), zoals het logboek vermeldt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de locaties met hun patroon, hete en koude stappen, de z-score van de laatste stap, beide trends en het aantal incidenten (aantallen onder k leeg en gemarkeerd in 'onderdrukt'), opgemaakt per patroon; z, p en Gi_Bin per locatie en stap, voor grafieken; een HTML-rapport; het aantal locaties met elk hotspotpatroon (N_NEW_HOT, N_INTENSIFYING_HOT, ...). &lt;b&gt;Patronen&lt;/b&gt; (de definities van Esri; 90% betekent minstens 90% van de stappen):&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/help/emerging_hotspots.py" line="40" />
        <source>&lt;p&gt;References: Getis &amp;amp; Ord (1992), Ord &amp;amp; Getis (1995), Benjamini &amp;amp; Hochberg (1995), Mann (1945), Kendall (1975), Esri: How Emerging Hot Spot Analysis works (ArcGIS Pro). Patterns reflect where incidents were recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Literatuur: Getis &amp;amp; Ord (1992), Ord &amp;amp; Getis (1995), Benjamini &amp;amp; Hochberg (1995), Mann (1945), Kendall (1975), Esri: How Emerging Hot Spot Analysis works (ArcGIS Pro). Patronen laten zien waar incidenten geregistreerd zijn.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="84" />
        <source>Incidents (points)</source>
        <translation>Incidenten (punten)</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="86" />
        <source>Incident date field</source>
        <translation>Datumveld van de incidenten</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="89" />
        <source>Areas (PC6, buurten; empty: a square grid)</source>
        <translation>Gebieden (PC6, buurten; leeg: een vierkant raster)</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="92" />
        <source>Area id field</source>
        <translation>Gebieds-id-veld</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="95" />
        <source>Grid cell size without areas (metres, at least 100)</source>
        <translation>Rastercelgrootte zonder gebieden (meter, minstens 100)</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="98" />
        <source>Time step</source>
        <translation>Tijdstap</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="108" />
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="108" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="108" />
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="108" />
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="100" />
        <source>Number of time steps (0: the last 52 weeks' worth)</source>
        <translation>Aantal tijdstappen (0: de laatste 52 weken)</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="103" />
        <source>Last date to use (default: the latest incident)</source>
        <translation>Laatste datum om te gebruiken (standaard: het laatste incident)</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="106" />
        <source>Time window (previous steps in a neighbourhood)</source>
        <translation>Tijdvenster (vorige stappen in een omgeving)</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="109" />
        <source>Distance band (metres; 0: areas that touch, cells around a cell)</source>
        <translation>Afstandsband (meter; 0: gebieden die elkaar raken, cellen rond een cel)</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="112" />
        <source>Significance</source>
        <translation>Significantie</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="114" />
        <source>False Discovery Rate correction</source>
        <translation>Correctie voor de False Discovery Rate</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="117" />
        <source>When the incidents span fewer than 10 time steps</source>
        <translation>Als de incidenten minder dan 10 tijdstappen beslaan</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="115" />
        <source>Stop with a message</source>
        <translation>Stoppen met een melding</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="115" />
        <source>Warn and write the locations without a pattern (for a chain)</source>
        <translation>Waarschuwen en de locaties zonder patroon schrijven (voor een keten)</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="124" />
        <source>Gi* per location and time step</source>
        <translation>Gi* per locatie en tijdstap</translation>
    </message>
    <message>
        <location line="95" filename="../processing/emerging_output.py" /><location line="62" filename="../processing/emerging_output.py" /><location filename="../processing/emerging_hotspots.py" line="127" />
        <source>Emerging hot spots report</source>
        <translation>Rapport opkomende hotspots</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="128" />
        <source>Time step used</source>
        <translation>Gebruikte tijdstap</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="129" />
        <source>Time steps analysed</source>
        <translation>Geanalyseerde tijdstappen</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="129" />
        <source>Locations analysed</source>
        <translation>Geanalyseerde locaties</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="129" />
        <source>Incidents counted</source>
        <translation>Getelde incidenten</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="134" />
        <source>Locations: {}</source>
        <translation>Locaties: {}</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="164" />
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="166" />
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="173" />
        <source>{} is not in metres ({}): neighbours and grid cells are computed in {}.</source>
        <translation>{} is niet in meter ({}): buren en rastercellen worden berekend in {}.</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="179" />
        <source>incidents</source>
        <translation>incidenten</translation>
    </message>
    <message>
        <location filename="../processing/emerging_hotspots.py" line="190" />
        <source>areas</source>
        <translation>gebieden</translation>
    </message>
<message><location line="92" filename="../processing/emerging_output.py" /><location line="59" filename="../processing/emerging_output.py" /><source>Gi* per time step</source><translation>Gi* per tijdstap</translation></message><message><location line="79" filename="../processing/emerging_output.py" /><source>No emerging hot spots: {} The locations are written without a pattern.</source><translation>Geen opkomende hotspots: {} De locaties zijn zonder patroon geschreven.</translation></message></context>
<context>
    <name>EmergingPatterns</name>
    <message>
        <location filename="../core/emerging_patterns.py" line="21" />
        <source>New hot spot</source>
        <translation>Nieuwe hotspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="21" />
        <source>A significant hot spot in the final step that was never a significant hot spot before.</source>
        <translation>Een significante hotspot in de laatste stap die nooit eerder een significante hotspot was.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="24" />
        <source>Consecutive hot spot</source>
        <translation>Aaneengesloten hotspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="24" />
        <source>One unbroken run of at least two significant hot spot steps up to the final step, never a hot spot before that run, and hot in less than 90% of the steps.</source>
        <translation>Eén ononderbroken reeks van minstens twee significante hotspotstappen tot en met de laatste stap, nooit een hotspot vóór die reeks, en heet in minder dan 90% van de stappen.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="28" />
        <source>Intensifying hot spot</source>
        <translation>Toenemende hotspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="28" />
        <source>A significant hot spot in at least 90% of the steps, the final step included, and the clustering of high counts grows significantly over time.</source>
        <translation>Een significante hotspot in minstens 90% van de stappen, de laatste stap inbegrepen, en de clustering van hoge aantallen neemt in de loop van de tijd significant toe.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="32" />
        <source>Persistent hot spot</source>
        <translation>Blijvende hotspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="32" />
        <source>A significant hot spot in at least 90% of the steps, the final step included, with no significant trend in the intensity of clustering.</source>
        <translation>Een significante hotspot in minstens 90% van de stappen, de laatste stap inbegrepen, zonder significante trend in de sterkte van de clustering.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="36" />
        <source>Diminishing hot spot</source>
        <translation>Afnemende hotspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="36" />
        <source>A significant hot spot in at least 90% of the steps, the final step included, and the clustering of high counts weakens significantly over time.</source>
        <translation>Een significante hotspot in minstens 90% van de stappen, de laatste stap inbegrepen, en de clustering van hoge aantallen neemt in de loop van de tijd significant af.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="40" />
        <source>Sporadic hot spot</source>
        <translation>Sporadische hotspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="40" />
        <source>A significant hot spot in the final step that has been one on and off before: hot in less than 90% of the steps and never a significant cold spot.</source>
        <translation>Een significante hotspot in de laatste stap die dat eerder af en aan was: heet in minder dan 90% van de stappen en nooit een significante coldspot.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="44" />
        <source>Oscillating hot spot</source>
        <translation>Wisselende hotspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="44" />
        <source>A significant hot spot in the final step that was a significant cold spot in an earlier step; hot in less than 90% of the steps.</source>
        <translation>Een significante hotspot in de laatste stap die in een eerdere stap een significante coldspot was; heet in minder dan 90% van de stappen.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="48" />
        <source>Historical hot spot</source>
        <translation>Voormalige hotspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="48" />
        <source>Not a hot spot in the final step, but a significant hot spot in at least 90% of the steps.</source>
        <translation>Geen hotspot in de laatste stap, maar wel een significante hotspot in minstens 90% van de stappen.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="51" />
        <source>New cold spot</source>
        <translation>Nieuwe coldspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="51" />
        <source>A significant cold spot in the final step that was never a significant cold spot before.</source>
        <translation>Een significante coldspot in de laatste stap die nooit eerder een significante coldspot was.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="54" />
        <source>Consecutive cold spot</source>
        <translation>Aaneengesloten coldspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="54" />
        <source>One unbroken run of at least two significant cold spot steps up to the final step, never a cold spot before that run, and cold in less than 90% of the steps.</source>
        <translation>Eén ononderbroken reeks van minstens twee significante coldspotstappen tot en met de laatste stap, nooit een coldspot vóór die reeks, en koud in minder dan 90% van de stappen.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="58" />
        <source>Intensifying cold spot</source>
        <translation>Toenemende coldspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="58" />
        <source>A significant cold spot in at least 90% of the steps, the final step included, and the clustering of low counts grows significantly over time.</source>
        <translation>Een significante coldspot in minstens 90% van de stappen, de laatste stap inbegrepen, en de clustering van lage aantallen neemt in de loop van de tijd significant toe.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="62" />
        <source>Persistent cold spot</source>
        <translation>Blijvende coldspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="62" />
        <source>A significant cold spot in at least 90% of the steps, the final step included, with no significant trend in the intensity of clustering.</source>
        <translation>Een significante coldspot in minstens 90% van de stappen, de laatste stap inbegrepen, zonder significante trend in de sterkte van de clustering.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="66" />
        <source>Diminishing cold spot</source>
        <translation>Afnemende coldspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="66" />
        <source>A significant cold spot in at least 90% of the steps, the final step included, and the clustering of low counts weakens significantly over time.</source>
        <translation>Een significante coldspot in minstens 90% van de stappen, de laatste stap inbegrepen, en de clustering van lage aantallen neemt in de loop van de tijd significant af.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="70" />
        <source>Sporadic cold spot</source>
        <translation>Sporadische coldspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="70" />
        <source>A significant cold spot in the final step that has been one on and off before: cold in less than 90% of the steps and never a significant hot spot.</source>
        <translation>Een significante coldspot in de laatste stap die dat eerder af en aan was: koud in minder dan 90% van de stappen en nooit een significante hotspot.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="74" />
        <source>Oscillating cold spot</source>
        <translation>Wisselende coldspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="74" />
        <source>A significant cold spot in the final step that was a significant hot spot in an earlier step; cold in less than 90% of the steps.</source>
        <translation>Een significante coldspot in de laatste stap die in een eerdere stap een significante hotspot was; koud in minder dan 90% van de stappen.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="78" />
        <source>Historical cold spot</source>
        <translation>Voormalige coldspot</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="78" />
        <source>Not a cold spot in the final step, but a significant cold spot in at least 90% of the steps.</source>
        <translation>Geen coldspot in de laatste stap, maar wel een significante coldspot in minstens 90% van de stappen.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="81" />
        <source>No pattern detected</source>
        <translation>Geen patroon gevonden</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="81" />
        <source>None of the hot or cold spot patterns above.</source>
        <translation>Geen van de hotspot- of coldspotpatronen hierboven.</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="125" />
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="126" />
        <source>consecutive</source>
        <translation>opeenvolgend</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="127" />
        <source>intensifying</source>
        <translation>toenemend</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="128" />
        <source>persistent</source>
        <translation>blijvend</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="129" />
        <source>diminishing</source>
        <translation>afnemend</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="130" />
        <source>sporadic</source>
        <translation>sporadisch</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="131" />
        <source>oscillating</source>
        <translation>wisselend</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="132" />
        <source>historical</source>
        <translation>voormalig</translation>
    </message>
    <message>
        <location filename="../core/emerging_patterns.py" line="135" />
        <source>cold spot</source>
        <translation>coldspot</translation>
    </message>
</context>
<context>
    <name>EvaluateForecastAlgorithm</name>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="60" />
        <source>Evaluate forecast (PAI, PEI, hit rate)</source>
        <translation>Voorspelling evalueren (PAI, PEI, trefpercentage)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="63" />
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="69" />
        <source>How well a score map predicts later incidents: PAI, PEI and hit rate at 1, 5, 10 and 20% of the area, and the whole curve.</source>
        <translation>Hoe goed een scorekaart latere incidenten voorspelt: PAI, PEI en trefpercentage bij 1, 5, 10 en 20% van de oppervlakte, en de hele curve.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="76" />
        <source>Score areas (polygons)</source>
        <translation>Gebieden met een score (polygonen)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="79" />
        <source>Score field</source>
        <translation>Scoreveld</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="82" />
        <source>Score raster (instead of areas)</source>
        <translation>Scoreraster (in plaats van gebieden)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="84" />
        <source>Score raster band</source>
        <translation>Band van het scoreraster</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="86" />
        <source>Later incidents (points)</source>
        <translation>Latere incidenten (punten)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="89" />
        <source>Incident date field (for the date range)</source>
        <translation>Datumveld van de incidenten (voor het datumbereik)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="92" />
        <source>Incidents from</source>
        <translation>Incidenten vanaf</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="95" />
        <source>Incidents up to and including</source>
        <translation>Incidenten tot en met</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="98" />
        <source>Rank areas by</source>
        <translation>Gebieden rangschikken op</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="209" />
        <source>Score as given</source>
        <translation>Score zoals gegeven</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="209" />
        <source>Score per km² (counts on areas of unequal size)</source>
        <translation>Score per km² (aantallen op gebieden van ongelijke grootte)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="102" />
        <source>Second score to compare: areas</source>
        <translation>Tweede score om te vergelijken: gebieden</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="105" />
        <source>Second score field</source>
        <translation>Tweede scoreveld</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="109" />
        <source>Second score to compare: raster</source>
        <translation>Tweede score om te vergelijken: raster</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="111" />
        <source>Second score raster band</source>
        <translation>Band van het tweede scoreraster</translation>
    </message>
    <message>
        <location line="70" filename="../processing/forecast_outputs.py" /><location filename="../processing/evaluate_forecast.py" line="116" />
        <source>Evaluation table</source>
        <translation>Evaluatietabel</translation>
    </message>
    <message>
        <location line="91" filename="../processing/forecast_outputs.py" /><location filename="../processing/evaluate_forecast.py" line="118" />
        <source>Evaluation report</source>
        <translation>Evaluatierapport</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="119" />
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="119" />
        <source>second score</source>
        <translation>tweede score</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="121" />
        <source>PAI at {}% of the area ({})</source>
        <translation>PAI bij {}% van de oppervlakte ({})</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="121" />
        <source>PEI at {}% of the area ({})</source>
        <translation>PEI bij {}% van de oppervlakte ({})</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="121" />
        <source>Hit rate at {}% of the area ({})</source>
        <translation>Trefpercentage bij {}% van de oppervlakte ({})</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="126" />
        <source>Incidents in the evaluated areas</source>
        <translation>Incidenten in de geëvalueerde gebieden</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="128" />
        <source>Incidents outside the areas (not counted)</source>
        <translation>Incidenten buiten de gebieden (niet geteld)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="151" />
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_forecast.py" line="159" />
        <source>A date range needs the incident date field.</source>
        <translation>Een datumbereik heeft het datumveld van de incidenten nodig.</translation>
    </message>
    <message>
        <location filename="../processing/help/evaluate_forecast.py" line="8" />
        <source>&lt;p&gt;Scores any hotspot or risk map against incidents that happened later. The score is a numeric field of a polygon layer (postcodes, buurten, grid cells, the output of Postcode risk forecast) or a raster (a kernel density surface). Areas or cells are taken in order of their score, highest first; at each share of the total area covered:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;hit rate&lt;/b&gt;: the share of the incidents in the covered areas;&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAI&lt;/b&gt;, Predictive Accuracy Index (Chainey, Tompson &amp; Uhlig 2008): hit rate / area share (1 = chance);&lt;/li&gt;&lt;li&gt;&lt;b&gt;PEI&lt;/b&gt;, Predictive Efficiency Index: hit rate / the best hit rate possible with the same area (1 = perfect).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The table holds the whole curve in steps of 1% of the area (1, 5, 10 and 20% flagged) and the outputs PAI_1 ... PAI_20, so the modeler can compare two maps; an optional second score is drawn in the same report. Use a date range to take only the incidents after the map was made. For counts on areas of unequal size, rank by score per km². Coverage that ends inside an area takes the matching fraction of it; equal scores are covered together. Incidents outside every area (or on no-data cells) are counted and reported. Where fewer than k incidents are expected in the covered areas, the hits and the hit rate, PAI and PEI computed from them are suppressed in the table, the report and the output numbers (left empty), so that none of them gives a small count back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beoordeelt elke hotspot- of risicokaart tegen incidenten die later gebeurden. De score is een numeriek veld van een polygonenlaag (postcodes, buurten, rastercellen, de uitvoer van Risicovoorspelling per postcode) of een raster (een kerneldichtheidsoppervlak). Gebieden of cellen worden genomen in volgorde van hun score, hoogste eerst; bij elk deel van de totale oppervlakte dat bestreken wordt:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;trefpercentage&lt;/b&gt;: het deel van de incidenten in de bestreken gebieden;&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAI&lt;/b&gt;, Predictive Accuracy Index (Chainey, Tompson &amp; Uhlig 2008): trefpercentage / oppervlakteaandeel (1 = toeval);&lt;/li&gt;&lt;li&gt;&lt;b&gt;PEI&lt;/b&gt;, Predictive Efficiency Index: trefpercentage / het best mogelijke trefpercentage met dezelfde oppervlakte (1 = perfect).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;De tabel bevat de hele curve in stappen van 1% van de oppervlakte (1, 5, 10 en 20% gemarkeerd) en de uitvoer PAI_1 ... PAI_20, zodat de modelbouwer twee kaarten kan vergelijken; een optionele tweede score wordt in hetzelfde rapport getekend. Gebruik een datumbereik om alleen de incidenten na het maken van de kaart te nemen. Voor aantallen op gebieden van ongelijke grootte: rangschik op score per km². Dekking die binnen een gebied eindigt, neemt het overeenkomende deel ervan; gelijke scores worden samen bestreken. Incidenten buiten elk gebied (of op cellen zonder gegevens) worden geteld en gerapporteerd. Waar minder dan k incidenten in de bestreken gebieden verwacht worden, worden de treffers en het daaruit berekende trefpercentage, PAI en PEI onderdrukt in de tabel, het rapport en de uitvoergetallen (leeg gelaten), zodat geen ervan een klein aantal teruggeeft.&lt;/p&gt;</translation>
    </message>
<message><location line="79" filename="../processing/forecast_outputs.py" /><source>all dates</source><translation>alle datums</translation></message><message><location line="81" filename="../processing/forecast_outputs.py" /><source>Forecast evaluation</source><translation>Evaluatie van de voorspelling</translation></message><message><location line="86" filename="../processing/forecast_outputs.py" /><source> (per km² of each area)</source><translation> (per km² van elk gebied)</translation></message><message><location line="45" filename="../processing/forecast_outputs.py" /><source>{}: PAI at 5% {:.2f}, PEI {:.2f}, hit rate {:.1%}.</source><translation>{}: PAI bij 5% {:.2f}, PEI {:.2f}, trefpercentage {:.1%}.</translation></message><message><location line="82" filename="../processing/forecast_outputs.py" /><source>{:,} incidents ({}) of {}.</source><translation>{:,} incidenten ({}) van {}.</translation></message><message><location line="41" filename="../processing/forecast_outputs.py" /><source>{}: PAI, PEI and hit rate at 5% are suppressed (fewer than {} incidents in the covered areas).</source><translation>{}: PAI, PEI en trefpercentage bij 5% zijn onderdrukt (minder dan {} incidenten in de bestreken gebieden).</translation></message><message><location line="49" filename="../processing/forecast_scores.py" /><source>Score areas</source><translation>Gebieden met een score</translation></message><message><location line="96" filename="../processing/forecast_scores.py" /><source>the score areas</source><translation>de scoregebieden</translation></message><message><location line="99" filename="../processing/forecast_scores.py" /><source>score areas</source><translation>scoregebieden</translation></message><message><location line="52" filename="../processing/forecast_scores.py" /><source>Give the score as areas or as a raster, not both.</source><translation>Geef de score als gebieden of als raster, niet allebei.</translation></message><message><location line="68" filename="../processing/forecast_scores.py" /><source>The score raster</source><translation>Het scoreraster</translation></message><message><location line="76" filename="../processing/forecast_scores.py" /><source>The score raster has no data.</source><translation>Het scoreraster bevat geen gegevens.</translation></message><message><location line="127" filename="../processing/forecast_scores.py" /><source>incidents</source><translation>incidenten</translation></message><message><location line="56" filename="../processing/forecast_scores.py" /><source>Give a score: a polygon layer with a score field, or a raster.</source><translation>Geef een score: een polygonenlaag met een scoreveld, of een raster.</translation></message><message><location line="80" filename="../processing/forecast_scores.py" /><source>{} (band {})</source><translation>{} (band {})</translation></message><message><location line="94" filename="../processing/forecast_scores.py" /><source>Choose the score field of {}.</source><translation>Kies het scoreveld van {}.</translation></message><message><location line="101" filename="../processing/forecast_scores.py" /><source>{} has no areas with a geometry.</source><translation>{} heeft geen gebieden met een geometrie.</translation></message><message><location line="155" filename="../processing/forecast_scores.py" /><source>{}: {} incidents lie outside the areas or on cells without a score and are not counted.</source><translation>{}: {} incidenten liggen buiten de gebieden of op cellen zonder score en worden niet geteld.</translation></message><message><location line="159" filename="../processing/forecast_scores.py" /><source>{} incidents outside the date range or without a date were left out.</source><translation>{} incidenten buiten het datumbereik of zonder datum zijn weggelaten.</translation></message><message><location line="163" filename="../processing/forecast_scores.py" /><source>{}: {} areas without a score (NULL) were ranked last.</source><translation>{}: {} gebieden zonder score (NULL) zijn als laatste gerangschikt.</translation></message></context>
<context>
    <name>EvaluateInterventionAlgorithm</name>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="40" />
        <source>Evaluate an intervention</source>
        <translation>Een interventie evalueren</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="43" />
        <source>Did incidents fall where you acted, compared with similar places, and did they move next door? Difference-in-differences, displacement (WDQ) and a placebo test.</source>
        <translation>Daalden de incidenten waar u optrad, vergeleken met vergelijkbare plekken, en verschoven ze naar de buren? Difference-in-differences, verplaatsing (WDQ) en een placebotoets.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="48" />
        <source>&lt;p&gt;Counts incidents per week (or month) in the &lt;b&gt;treated areas&lt;/b&gt; (a polygon layer, or ids of an area layer), in a &lt;b&gt;buffer&lt;/b&gt; ring around them (default 250 m, where displaced incidents would show) and in &lt;b&gt;control areas&lt;/b&gt;: areas you choose by id, areas matched automatically on their pre-period level and trend, or the rest of the municipality (split into the area layer's areas when one is given). Controls never overlap the treated areas or their buffer. The pre-period (default 52 weeks) is counted back from the start, the intervention in whole weeks from it.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;difference-in-differences Poisson model&lt;/b&gt; with a fixed effect for every area and every week (seasons and town-wide trends) gives the &lt;b&gt;incident rate ratio&lt;/b&gt; of the treated areas during the intervention with a 95% interval (0.8: 20% fewer than the controls predict): cluster-robust by area with 10 or more treated and control areas, else the model's, widened for overdispersion. The &lt;b&gt;placebo test&lt;/b&gt; repeats it with control areas as the treated (19 or more controls) or with fake start dates in the pre-period: its p-value does not rely on the model. The &lt;b&gt;Weighted Displacement Quotient&lt;/b&gt; (Bowers &amp;amp; Johnson 2003) compares the buffer's change with the treated areas': above 0 a diffusion of benefits, below 0 displacement, below -1 more displacement than effect. A warning is given when the treated areas look chosen because they were hot (regression to the mean).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: an HTML report (the series of treated areas against what the controls predict with the intervention shaded, the estimates, the conclusion in plain words and its caveats); the groups with their counts before and during (counts below k left empty and flagged in 'onderdrukt'); RATE_RATIO, CI_LOW, CI_HIGH, P_PLACEBO and WDQ for the modeler. Text dates are read as everywhere in Wijkradar; geographic input is measured in RD New (or its UTM zone).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Experiment register&lt;/b&gt;: every run adds an entry (hypothesis, areas, dates, incident types, the result, the report and its provenance) to the table wijkradar_experiments of a GeoPackage: the REGISTER file, by default wijkradar_experiments.gpkg beside the project (else in the QGIS settings folder), once the outputs are written. An experiment planned with &lt;i&gt;Experiment power&lt;/i&gt; is evaluated from its &lt;b&gt;experiment id&lt;/b&gt; alone: the treated areas, the controls, the dates, pre-period, buffer and incident types come from its entry.&lt;/p&gt;&lt;p&gt;References: Bowers, K.J. &amp;amp; Johnson, S.D. (2003), Measuring the geographical displacement and diffusion of benefit effects of crime prevention activity, Journal of Quantitative Criminology 19; Ratcliffe, J.H. (2008), Intelligence-Led Policing; Braga, A.A. et al. (2019), Hot spots policing and crime reduction, Journal of Experimental Criminology 15; Conley &amp;amp; Taber (2011).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Telt incidenten per week (of maand) in de &lt;b&gt;interventiegebieden&lt;/b&gt; (een polygonenlaag, of id's van een gebiedenlaag), in een &lt;b&gt;bufferzone&lt;/b&gt; eromheen (standaard 250 m, waar verplaatste incidenten zichtbaar zouden worden) en in &lt;b&gt;controlegebieden&lt;/b&gt;: gebieden die u op id kiest, gebieden die automatisch gekoppeld worden op niveau en trend in de voorperiode, of de rest van de gemeente (verdeeld in de gebieden van de gebiedenlaag als die is opgegeven). Controlegebieden overlappen nooit de interventiegebieden of hun bufferzone. De voorperiode (standaard 52 weken) wordt teruggeteld vanaf het begin, de interventie in hele weken vanaf dat begin.&lt;/p&gt;&lt;p&gt;Een &lt;b&gt;Poisson-model voor difference-in-differences&lt;/b&gt; met een vast effect voor elk gebied en elke week (seizoenen en trends in de hele stad) geeft de &lt;b&gt;rate ratio&lt;/b&gt; van de incidenten in de interventiegebieden tijdens de interventie met een 95%-interval (0,8: 20% minder dan de controles voorspellen): clusterrobuust per gebied bij 10 of meer interventie- en controlegebieden, anders dat van het model, verbreed voor overdispersie. De &lt;b&gt;placebotoets&lt;/b&gt; herhaalt dit met controlegebieden als interventiegebied (bij 19 of meer controles) of met nagebootste begindata in de voorperiode: de p-waarde ervan steunt niet op het model. De &lt;b&gt;Weighted Displacement Quotient&lt;/b&gt; (Bowers &amp;amp; Johnson 2003) vergelijkt de verandering in de bufferzone met die in de interventiegebieden: boven 0 uitstraling van het effect, onder 0 verplaatsing, onder -1 meer verplaatsing dan effect. Er volgt een waarschuwing als de interventiegebieden gekozen lijken omdat ze 'heet' waren (regressie naar het gemiddelde).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: een HTML-rapport (het verloop in de interventiegebieden tegenover wat de controles voorspellen, met de interventie gearceerd, de schattingen, de conclusie in gewone woorden en de kanttekeningen); de groepen met hun aantallen voor en tijdens (aantallen onder k leeg gelaten en gemarkeerd in 'onderdrukt'); RATE_RATIO, CI_LOW, CI_HIGH, P_PLACEBO en WDQ voor de modeler. Tekstdata worden gelezen zoals overal in Wijkradar; geografische invoer wordt gemeten in RD New (of de eigen UTM-zone).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Experimentenregister&lt;/b&gt;: elke uitvoering voegt een regel toe (hypothese, gebieden, data, incidenttypen, het resultaat, het rapport en de herkomst) aan de tabel wijkradar_experiments van een GeoPackage: het REGISTER-bestand, standaard wijkradar_experiments.gpkg naast het project (anders in de instellingenmap van QGIS), zodra de uitvoer geschreven is. Een experiment dat met &lt;i&gt;Onderscheidend vermogen van een experiment&lt;/i&gt; gepland is, wordt alleen met zijn &lt;b&gt;experiment-id&lt;/b&gt; geëvalueerd: de interventiegebieden, de controles, de data, voorperiode, bufferzone en incidenttypen komen uit de registratie.&lt;/p&gt;&lt;p&gt;Literatuur: Bowers, K.J. &amp;amp; Johnson, S.D. (2003), Measuring the geographical displacement and diffusion of benefit effects of crime prevention activity, Journal of Quantitative Criminology 19; Ratcliffe, J.H. (2008), Intelligence-Led Policing; Braga, A.A. et al. (2019), Hot spots policing and crime reduction, Journal of Experimental Criminology 15; Conley &amp;amp; Taber (2011).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="95" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="218" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="218" />
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="96" />
        <source>Also compare the same weeks of earlier years</source>
        <translation>Ook met dezelfde weken van eerdere jaren vergelijken</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="99" />
        <source>Placebo permutations (several treated areas)</source>
        <translation>Placebopermutaties (meerdere interventiegebieden)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="102" />
        <source>Random seed</source>
        <translation>Startwaarde van het toeval (seed)</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="107" />
        <source>Groups with their counts</source>
        <translation>Groepen met hun aantallen</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="216" />
        <source>Evaluation report</source>
        <translation>Evaluatierapport</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="110" />
        <source>Incident rate ratio</source>
        <translation>Rate ratio van de incidenten</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="110" />
        <source>95% interval, lower end</source>
        <translation>95%-interval, ondergrens</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="110" />
        <source>95% interval, upper end</source>
        <translation>95%-interval, bovengrens</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="110" />
        <source>Placebo p-value</source>
        <translation>Placebo-p-waarde</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="110" />
        <source>Weighted Displacement Quotient</source>
        <translation>Weighted Displacement Quotient</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="116" />
        <source>Conclusion in plain words</source>
        <translation>Conclusie in gewone woorden</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="117" />
        <source>Experiment id</source>
        <translation>Experiment-id</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="118" />
        <source>Experiment register</source>
        <translation>Experimentenregister</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="165" />
        <source>Experiment {} from the register {}: the treated areas, controls, dates, pre-period, buffer and incident types are those registered on {}.</source>
        <translation>Experiment {} uit het register {}: de interventiegebieden, controles, data, voorperiode, bufferzone en incidenttypen zijn die van de registratie op {}.</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="176" />
        <source>Give the start and the end of the intervention, or the id of a registered experiment (EXPERIMENT_ID).</source>
        <translation>Geef het begin en het einde van de interventie op, of de id van een geregistreerd experiment (EXPERIMENT_ID).</translation>
    </message>
    <message>
        <location filename="../processing/evaluate_intervention.py" line="213" />
        <source>Intervention groups</source>
        <translation>Interventiegroepen</translation>
    </message>
</context>
<context>
    <name>ExperimentInputs</name>
    <message>
        <location filename="../core/choices.py" line="223" />
        <source>Areas chosen by id (below)</source>
        <translation>Gebieden gekozen op id (hieronder)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="223" />
        <source>Matched automatically from the area layer</source>
        <translation>Automatisch gekoppeld uit de gebiedenlaag</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="223" />
        <source>The rest of the municipality</source>
        <translation>De rest van de gemeente</translation>
    </message>
<message><location line="61" filename="../processing/experiment_inputs.py" /><source>Experiments</source><translation>Experimenten</translation></message><message><location line="86" filename="../processing/experiment_inputs.py" /><location line="120" filename="../processing/experiment_inputs.py" /><location line="118" filename="../processing/experiment_inputs.py" /><source>Incidents</source><translation>Incidenten</translation></message><message><location line="84" filename="../processing/experiment_inputs.py" /><location line="135" filename="../processing/experiment_inputs.py" /><source>incidents</source><translation>incidenten</translation></message><message><location line="92" filename="../processing/experiment_inputs.py" /><source>Incidents (points)</source><translation>Incidenten (punten)</translation></message><message><location line="94" filename="../processing/experiment_inputs.py" /><source>Incident date field</source><translation>Datumveld van de incidenten</translation></message><message><location line="96" filename="../processing/experiment_inputs.py" /><source>Incident type field (to filter by type)</source><translation>Veld met incidenttype (om op type te filteren)</translation></message><message><location line="99" filename="../processing/experiment_inputs.py" /><source>Incident types to include (comma-separated)</source><translation>Mee te nemen incidenttypen (kommagescheiden)</translation></message><message><location line="85" filename="../processing/experiment_inputs.py" /><source>Incidents of type {}</source><translation>Incidenten van type {}</translation></message><message><location line="124" filename="../processing/experiment_inputs.py" /><source>Distances are measured in {} (metres): the input is in {}.</source><translation>Afstanden worden gemeten in {} (meter): de invoer is in {}.</translation></message><message><location line="132" filename="../processing/experiment_inputs.py" /><source>No incident has the type {} in '{}': the values are matched exactly as written.</source><translation>Geen incident heeft het type {} in '{}': de waarden worden precies zoals geschreven vergeleken.</translation></message><message><location line="83" filename="../processing/experiment_inputs.py" /><source>incidents of type {}</source><translation>incidenten van type {}</translation></message><message><location line="109" filename="../processing/experiment_study.py" /><source>Treated areas</source><translation>Interventiegebieden</translation></message><message><location line="167" filename="../processing/experiment_study.py" /><location line="163" filename="../processing/experiment_study.py" /><source>Area layer</source><translation>Gebiedenlaag</translation></message><message><location line="169" filename="../processing/experiment_study.py" /><source>areas</source><translation>gebieden</translation></message><message><location line="54" filename="../processing/experiment_study.py" /><source>Treated areas (polygons; or give their ids below)</source><translation>Interventiegebieden (polygonen; of geef hieronder hun id's)</translation></message><message><location line="57" filename="../processing/experiment_study.py" /><source>Area layer (buurten, wijken, PC6) for ids and controls</source><translation>Gebiedenlaag (buurten, wijken, PC6) voor id's en controles</translation></message><message><location line="60" filename="../processing/experiment_study.py" /><source>Area id field</source><translation>Gebieds-id-veld</translation></message><message><location line="62" filename="../processing/experiment_study.py" /><source>Ids of the treated areas in the area layer (comma-separated)</source><translation>Id's van de interventiegebieden in de gebiedenlaag (kommagescheiden)</translation></message><message><location line="71" filename="../processing/experiment_study.py" /><source>Pre-period (weeks before the start)</source><translation>Voorperiode (weken voor het begin)</translation></message><message><location line="74" filename="../processing/experiment_study.py" /><source>Buffer width for displacement (metres; 0: none)</source><translation>Breedte van de bufferzone voor verplaatsing (meter; 0: geen)</translation></message><message><location line="76" filename="../processing/experiment_study.py" /><source>Control</source><translation>Controle</translation></message><message><location line="79" filename="../processing/experiment_study.py" /><source>Ids of the control areas (comma-separated)</source><translation>Id's van de controlegebieden (kommagescheiden)</translation></message><message><location line="81" filename="../processing/experiment_study.py" /><source>Number of matched control areas</source><translation>Aantal gekoppelde controlegebieden</translation></message><message><location line="183" filename="../processing/experiment_study.py" /><source>feature id</source><translation>object-id</translation></message><message><location line="64" filename="../processing/experiment_study.py" /><source>Planned start (empty: the day after the last incident)</source><translation>Gepland begin (leeg: de dag na het laatste incident)</translation></message><message><location line="65" filename="../processing/experiment_study.py" /><source>Start of the intervention</source><translation>Begin van de interventie</translation></message><message><location line="66" filename="../processing/experiment_study.py" /><source>End of the intervention (last day)</source><translation>Einde van de interventie (laatste dag)</translation></message><message><location line="115" filename="../processing/experiment_study.py" /><source>Give the treated areas: a polygon layer of where the intervention took place, or an area layer with the ids of the treated areas.</source><translation>Geef de interventiegebieden op: een polygonenlaag van waar de interventie plaatsvond, of een gebiedenlaag met de id's van de interventiegebieden.</translation></message><message><location line="122" filename="../processing/experiment_study.py" /><source>Chosen control areas need an area layer and the ids of the control areas in it; or choose automatic matching or the rest of the municipality.</source><translation>Gekozen controlegebieden vragen om een gebiedenlaag en de id's van de controlegebieden daarin; of kies automatisch koppelen of de rest van de gemeente.</translation></message><message><location line="129" filename="../processing/experiment_study.py" /><source>Automatic matching chooses control areas from an area layer: give one (e.g. buurten), or choose the rest of the municipality as control.</source><translation>Automatisch koppelen kiest controlegebieden uit een gebiedenlaag: geef er een op (bijv. buurten), of kies de rest van de gemeente als controle.</translation></message><message><location line="184" filename="../processing/experiment_study.py" /><source>The area layer has no area with the id {} in '{}' (e.g. it has {}). Give ids exactly as they are in the id field.</source><translation>De gebiedenlaag heeft geen gebied met de id {} in '{}' (ze heeft bijv. {}). Geef id's precies zoals ze in het id-veld staan.</translation></message></context>
<context>
    <name>ExperimentPower</name>
    <message>
        <location filename="../core/experiment_power.py" line="56" />
        <source>The treated areas had no incidents in the {weeks} weeks of history, so no effect on them can be detected. Choose larger areas, a longer history or more incident types.</source>
        <translation>De interventiegebieden hadden geen incidenten in de {weeks} weken geschiedenis, dus een effect daarop is niet aan te tonen. Kies grotere gebieden, een langere geschiedenis of meer incidenttypen.</translation>
    </message>
    <message>
        <location filename="../core/experiment_power.py" line="60" />
        <source>The control areas had no incidents in the {weeks} weeks of history; choose other control areas.</source>
        <translation>De controlegebieden hadden geen incidenten in de {weeks} weken geschiedenis; kies andere controlegebieden.</translation>
    </message>
    <message>
        <location filename="../core/experiment_power.py" line="63" />
        <source>The effect to detect must be a fall between 1% and 99%, not {}%.</source>
        <translation>Het aan te tonen effect moet een daling tussen 1% en 99% zijn, niet {}%.</translation>
    </message>
    <message>
        <location filename="../core/experiment_power.py" line="65" />
        <source>The planned duration must be at least 1 week, not {}.</source>
        <translation>De geplande duur moet minstens 1 week zijn, niet {}.</translation>
    </message>
    <message>
        <location filename="../core/experiment_power.py" line="67" />
        <source>The number of simulated trials</source>
        <translation>Het aantal gesimuleerde proeven</translation>
    </message>
    <message>
        <location filename="../core/experiment_power.py" line="68" />
        <source>With {rate} {subject} a month in the treated areas, a trial of {weeks} weeks can only detect a fall of {pct}% or more (80% power, 5% level); {longer} weeks detect {pct_longer}%.</source>
        <translation>Met {rate} {subject} per maand in de interventiegebieden kan een proef van {weeks} weken alleen een daling van {pct}% of meer aantonen (80% onderscheidend vermogen, 5%-niveau); {longer} weken tonen {pct_longer}% aan.</translation>
    </message>
    <message>
        <location filename="../core/experiment_power.py" line="72" />
        <source>With {rate} {subject} a month in the treated areas, a trial of {weeks} weeks cannot detect even a fall of 99%: too few incidents. Run it longer or in larger areas.</source>
        <translation>Met {rate} {subject} per maand in de interventiegebieden kan een proef van {weeks} weken zelfs een daling van 99% niet aantonen: te weinig incidenten. Laat de proef langer lopen of in grotere gebieden.</translation>
    </message>
    <message>
        <location filename="../core/experiment_power.py" line="76" />
        <source>To detect a fall of {pct}% (80% power, 5% level) the trial needs {weeks} weeks.</source>
        <translation>Om een daling van {pct}% aan te tonen (80% onderscheidend vermogen, 5%-niveau) heeft de proef {weeks} weken nodig.</translation>
    </message>
    <message>
        <location filename="../core/experiment_power.py" line="79" />
        <source>A fall of {pct}% cannot be detected within {most} weeks here: too few incidents. Choose larger areas or more incident types, or expect only a larger effect to show.</source>
        <translation>Een daling van {pct}% is hier niet binnen {most} weken aan te tonen: te weinig incidenten. Kies grotere gebieden of meer incidenttypen, of verwacht dat alleen een groter effect zichtbaar wordt.</translation>
    </message>
    <message>
        <location filename="../core/experiment_power.py" line="83" />
        <source>The weekly counts vary {factor} times as much as Poisson counts would; the calculation allows for that.</source>
        <translation>De wekelijkse aantallen variëren {factor} keer zoveel als Poisson-aantallen zouden doen; de berekening houdt daar rekening mee.</translation>
    </message>
</context>
<context>
    <name>ExperimentPowerAlgorithm</name>
    <message>
        <location filename="../processing/experiment_power.py" line="31" />
        <source>Experiment power (before you start)</source>
        <translation>Onderscheidend vermogen van een experiment (vooraf)</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="34" />
        <source>The smallest fall in incidents a planned experiment can detect, or how many weeks it needs to detect a given fall, from the history of the areas.</source>
        <translation>De kleinste daling in incidenten die een gepland experiment kan aantonen, of hoeveel weken het nodig heeft om een gegeven daling aan te tonen, op grond van de geschiedenis van de gebieden.</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="39" />
        <source>&lt;p&gt;Before an experiment (extra patrols, a flex-team week, cameras): with the incidents of the last weeks (the pre-period, default 52) in the &lt;b&gt;treated areas&lt;/b&gt; and the &lt;b&gt;control&lt;/b&gt; (chosen, matched or the rest of the municipality, as in &lt;i&gt;Evaluate an intervention&lt;/i&gt;), what is the smallest fall the evaluation will detect with 80% power at the 5% level for the planned duration, and for 4, 8, 12, 26 and 52 weeks? With a &lt;b&gt;fall to detect&lt;/b&gt; (in %), how many weeks does the trial need?&lt;/p&gt;&lt;p&gt;Seeded simulations of the trial (Poisson counts, or negative binomial when the weekly counts vary more than Poisson counts) are tested as the evaluation tests them; the closed-form normal approximation is shown beside them and agrees when the trial expects a few dozen incidents. For example: 'with 11 burglaries a month here, a trial of 4 weeks can only detect a fall of 79% or more; 12 weeks detect 51%'.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: a short HTML report; MDE_PCT (the smallest detectable fall in %, simulated), MDE_PCT_CLOSED_FORM, WEEKS_NEEDED (0 when no target or not within 104 weeks) and INCIDENTS_PER_WEEK.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Experiment register&lt;/b&gt;: every run registers the planned experiment (hypothesis, treated areas, the controls as chosen or matched now, the planned dates, incident types, the smallest detectable fall) in the table wijkradar_experiments of the REGISTER GeoPackage (by default wijkradar_experiments.gpkg beside the project). Evaluate it afterwards with &lt;i&gt;Evaluate an intervention&lt;/i&gt; and its EXPERIMENT_ID.&lt;/p&gt;&lt;p&gt;References: Braga, A.A. et al. (2019), Hot spots policing and crime reduction, Journal of Experimental Criminology 15; Ratcliffe, J.H. (2008), Intelligence-Led Policing; Bowers, K.J. &amp;amp; Johnson, S.D. (2003).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voor een experiment (extra surveillance, een week van het flexteam, camera's): wat is, met de incidenten van de laatste weken (de voorperiode, standaard 52) in de &lt;b&gt;interventiegebieden&lt;/b&gt; en de &lt;b&gt;controle&lt;/b&gt; (gekozen, gekoppeld of de rest van de gemeente, zoals bij &lt;i&gt;Een interventie evalueren&lt;/i&gt;), de kleinste daling die de evaluatie met 80% onderscheidend vermogen op het 5%-niveau aantoont voor de geplande duur, en voor 4, 8, 12, 26 en 52 weken? Met een &lt;b&gt;aan te tonen daling&lt;/b&gt; (in %): hoeveel weken heeft de proef nodig?&lt;/p&gt;&lt;p&gt;Gesimuleerde proeven met een vaste seed (Poisson-aantallen, of negatief binomiaal als de wekelijkse aantallen meer variëren dan Poisson-aantallen) worden getoetst zoals de evaluatie ze toetst; de normale benadering met een formule staat ernaast en komt overeen als de proef enkele tientallen incidenten verwacht. Bijvoorbeeld: 'met 11 inbraken per maand hier kan een proef van 4 weken alleen een daling van 79% of meer aantonen; 12 weken tonen 51% aan'.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: een kort HTML-rapport; MDE_PCT (de kleinste aantoonbare daling in %, gesimuleerd), MDE_PCT_CLOSED_FORM, WEEKS_NEEDED (0 zonder doel of als het niet binnen 104 weken lukt) en INCIDENTS_PER_WEEK.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Experimentenregister&lt;/b&gt;: elke uitvoering registreert het geplande experiment (hypothese, interventiegebieden, de controles zoals nu gekozen of gekoppeld, de geplande data, incidenttypen, de kleinste aantoonbare daling) in de tabel wijkradar_experiments van het REGISTER-GeoPackage (standaard wijkradar_experiments.gpkg naast het project). Evalueer het daarna met &lt;i&gt;Een interventie evalueren&lt;/i&gt; en zijn EXPERIMENT_ID.&lt;/p&gt;&lt;p&gt;Literatuur: Braga, A.A. et al. (2019), Hot spots policing and crime reduction, Journal of Experimental Criminology 15; Ratcliffe, J.H. (2008), Intelligence-Led Policing; Bowers, K.J. &amp;amp; Johnson, S.D. (2003).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="70" />
        <source>Planned duration (weeks)</source>
        <translation>Geplande duur (weken)</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="73" />
        <source>Fall to detect (%; 0: only the smallest detectable)</source>
        <translation>Aan te tonen daling (%; 0: alleen de kleinste aantoonbare)</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="76" />
        <source>Simulated trials</source>
        <translation>Gesimuleerde proeven</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="79" />
        <source>Random seed</source>
        <translation>Startwaarde van het toeval (seed)</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="172" />
        <source>Power report</source>
        <translation>Rapport onderscheidend vermogen</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="85" />
        <source>Smallest detectable fall (%, simulated)</source>
        <translation>Kleinste aantoonbare daling (%, gesimuleerd)</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="85" />
        <source>Smallest detectable fall (%, closed form)</source>
        <translation>Kleinste aantoonbare daling (%, formule)</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="85" />
        <source>Weeks needed for the fall to detect</source>
        <translation>Benodigde weken voor de aan te tonen daling</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="85" />
        <source>Incidents a week in the treated areas</source>
        <translation>Incidenten per week in de interventiegebieden</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="92" />
        <source>Summary in plain words</source>
        <translation>Samenvatting in gewone woorden</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="93" />
        <source>Experiment id</source>
        <translation>Experiment-id</translation>
    </message>
    <message>
        <location filename="../processing/experiment_power.py" line="94" />
        <source>Experiment register</source>
        <translation>Experimentenregister</translation>
    </message>
</context>
<context>
    <name>ExperimentReport</name>
    <message>
        <location filename="../core/experiment_report.py" line="24" />
        <source>Did the intervention work?</source>
        <translation>Heeft de interventie gewerkt?</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="25" />
        <source>{subject} in {treated} from {start} to {end}, compared with {pre} {nouns} before and with {control}.</source>
        <translation>{subject} in {treated} van {start} tot en met {end}, vergeleken met {pre} {nouns} ervoor en met {control}.</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="29" />
        <source>the chosen control areas ({ids})</source>
        <translation>de gekozen controlegebieden ({ids})</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="30" />
        <source>control areas matched on the pre-period ({ids})</source>
        <translation>controlegebieden gekoppeld op de voorperiode ({ids})</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="32" />
        <source>the rest of the municipality</source>
        <translation>de rest van de gemeente</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="34" />
        <source>Caveats</source>
        <translation>Kanttekeningen</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="35" />
        <source>Incidents per {noun}</source>
        <translation>Incidenten per {noun}</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="36" />
        <source>Red: the treated areas. Blue, dashed: the control areas' counts scaled to the treated areas' pre-period level, what the treated areas would have had had they followed the control areas. Shaded: the intervention. Counts below {k} are not drawn (privacy).</source>
        <translation>Rood: de interventiegebieden. Blauw, gestippeld: de aantallen van de controlegebieden geschaald naar het niveau van de interventiegebieden in de voorperiode, wat de interventiegebieden zouden hebben gehad als ze de controlegebieden hadden gevolgd. Gearceerd: de interventie. Aantallen onder {k} zijn niet getekend (privacy).</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="66" />
        <source>Treated areas</source>
        <translation>Interventiegebieden</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="42" />
        <source>Following the control</source>
        <translation>Volgens de controle</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="43" />
        <source>Below {k}: not drawn</source>
        <translation>Onder {k}: niet getekend</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="44" />
        <source>Estimates</source>
        <translation>Schattingen</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="45" />
        <source>Estimate</source>
        <translation>Schatting</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="46" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="48" />
        <source>Incident rate ratio (difference-in-differences)</source>
        <translation>Rate ratio van de incidenten (difference-in-differences)</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="49" />
        <source>95% interval</source>
        <translation>95%-interval</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="50" />
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="51" />
        <source>p-value of the model</source>
        <translation>p-waarde van het model</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="52" />
        <source>Placebo p-value</source>
        <translation>Placebo-p-waarde</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="53" />
        <source>Success measure (Bowers &amp; Johnson)</source>
        <translation>Succesmaat (Bowers &amp; Johnson)</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="54" />
        <source>Buffer measure</source>
        <translation>Buffermaat</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="55" />
        <source>Weighted Displacement Quotient</source>
        <translation>Weighted Displacement Quotient</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="56" />
        <source>Buffer rate ratio</source>
        <translation>Rate ratio van de bufferzone</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="57" />
        <source>Overdispersion (Pearson chi2 / df)</source>
        <translation>Overdispersie (Pearson-chi2 / vrijheidsgraden)</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="59" />
        <source>cluster-robust by area</source>
        <translation>clusterrobuust per gebied</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="60" />
        <source>model-based, widened for overdispersion</source>
        <translation>volgens het model, verbreed voor overdispersie</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="62" />
        <source>placebo areas</source>
        <translation>placebogebieden</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="63" />
        <source>placebo start dates</source>
        <translation>placebobegindata</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="64" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="65" />
        <source>Counts per group</source>
        <translation>Aantallen per groep</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="67" />
        <source>Buffer ({width} m)</source>
        <translation>Bufferzone ({width} m)</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="68" />
        <source>Control areas</source>
        <translation>Controlegebieden</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="69" />
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="69" />
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="69" />
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="69" />
        <source>During</source>
        <translation>Tijdens</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="69" />
        <source>Per {noun} before</source>
        <translation>Per {noun} voor</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="69" />
        <source>Per {noun} during</source>
        <translation>Per {noun} tijdens</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="69" />
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="76" />
        <source>Counts per {noun}</source>
        <translation>Aantallen per {noun}</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="77" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="77" />
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="77" />
        <source>Treated</source>
        <translation>Interventie</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="77" />
        <source>Buffer</source>
        <translation>Bufferzone</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="77" />
        <source>Control</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="82" />
        <source>Intervention</source>
        <translation>Interventie</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="83" />
        <source>earlier year</source>
        <translation>eerder jaar</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="84" />
        <source>Counts of 1 to {k_minus} are shown as &amp;lt;{k} and the values derived from them left out (privacy: counts below k = {k} are suppressed).</source>
        <translation>Aantallen van 1 tot en met {k_minus} staan er als &amp;lt;{k} en de waarden die ervan afgeleid zijn, zijn weggelaten (privacy: aantallen onder k = {k} worden onderdrukt).</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="87" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="88" />
        <source>Incidents are counted per area and {noun}: whole {nouns} back from the start over the pre-period and forward over the intervention. A Poisson model with a fixed effect for every area (its own level) and every {noun} (seasons and town-wide trends, shared by all areas) estimates the change in the treated areas during the intervention beyond what the control areas show: the incident rate ratio (difference-in-differences; 0.8 means 20% fewer). The placebo test repeats the estimate with control areas in the role of the treated, or with fake start dates in the pre-period; its p-value is the share of placebo estimates at least as far from no change as the real one. The buffer is a ring of {width} m around the treated areas; control areas lie outside it. The Weighted Displacement Quotient compares the buffer's change with the treated areas', both relative to the control: above 0 a diffusion of benefits, below 0 displacement, below -1 more displacement than effect.</source>
        <translation>Incidenten worden geteld per gebied en {noun}: hele {nouns} terug vanaf het begin over de voorperiode en vooruit over de interventie. Een Poisson-model met een vast effect voor elk gebied (zijn eigen niveau) en elke {noun} (seizoenen en trends in de hele stad, gedeeld door alle gebieden) schat de verandering in de interventiegebieden tijdens de interventie bovenop wat de controlegebieden laten zien: de rate ratio van de incidenten (difference-in-differences; 0,8 betekent 20% minder). De placebotoets herhaalt de schatting met controlegebieden in de rol van interventiegebied, of met nagebootste begindata in de voorperiode; de p-waarde is het aandeel placeboschattingen dat minstens zo ver van 'geen verandering' ligt als de echte. De bufferzone is een ring van {width} m rond de interventiegebieden; controlegebieden liggen erbuiten. De Weighted Displacement Quotient vergelijkt de verandering in de bufferzone met die in de interventiegebieden, beide ten opzichte van de controle: boven 0 uitstraling van het effect, onder 0 verplaatsing, onder -1 meer verplaatsing dan effect.</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="103" />
        <source>These are recorded incidents: more police or enforcers in an area can raise what is recorded (more found, more reported) while crime falls, and less attention the reverse.</source>
        <translation>Dit zijn geregistreerde incidenten: meer politie of handhavers in een gebied kan meer registraties opleveren (meer ontdekt, meer gemeld) terwijl de criminaliteit daalt, en minder aandacht het omgekeerde.</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="103" />
        <source>The comparison assumes the treated and control areas would have moved in parallel without the intervention; the chart's pre-period shows how well they did before.</source>
        <translation>De vergelijking neemt aan dat de interventie- en controlegebieden zonder de interventie parallel zouden zijn verlopen; de voorperiode in de grafiek laat zien hoe goed dat eerder het geval was.</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="103" />
        <source>Displacement is looked for in the buffer only: incidents may also move farther away, to other times or to other kinds of crime.</source>
        <translation>Verplaatsing wordt alleen in de bufferzone gezocht: incidenten kunnen ook verder weg, naar andere tijden of naar andere soorten criminaliteit verschuiven.</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="103" />
        <source>Near-repeats make incidents come in clusters over weeks, which the model's interval does not fully allow for; the placebo test does.</source>
        <translation>Door near-repeats komen incidenten in clusters over weken, waar het interval van het model niet volledig rekening mee houdt; de placebotoets wel.</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="119" />
        <source>References</source>
        <translation>Literatuur</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="120" />
        <source>Bowers, K.J. &amp; Johnson, S.D. (2003), Measuring the geographical displacement and diffusion of benefit effects of crime prevention activity, Journal of Quantitative Criminology 19(3); Ratcliffe, J.H. (2008), Intelligence-Led Policing, Willan (evaluating crime reduction); Braga, A.A., Turchan, B.S., Papachristos, A.V. &amp; Hureau, D.M. (2019), Hot spots policing and crime reduction: an update of an ongoing systematic review and meta-analysis, Journal of Experimental Criminology 15; Conley, T.G. &amp; Taber, C.R. (2011), Inference with difference in differences with a small number of policy changes, Review of Economics and Statistics 93(1); MacKinnon, J.G. &amp; Webb, M.D. (2018), The wild bootstrap for few (treated) clusters, Econometrics Journal 21(2).</source>
        <translation>Bowers, K.J. &amp; Johnson, S.D. (2003), Measuring the geographical displacement and diffusion of benefit effects of crime prevention activity, Journal of Quantitative Criminology 19(3); Ratcliffe, J.H. (2008), Intelligence-Led Policing, Willan (het evalueren van criminaliteitsbestrijding); Braga, A.A., Turchan, B.S., Papachristos, A.V. &amp; Hureau, D.M. (2019), Hot spots policing and crime reduction: an update of an ongoing systematic review and meta-analysis, Journal of Experimental Criminology 15; Conley, T.G. &amp; Taber, C.R. (2011), Inference with difference in differences with a small number of policy changes, Review of Economics and Statistics 93(1); MacKinnon, J.G. &amp; Webb, M.D. (2018), The wild bootstrap for few (treated) clusters, Econometrics Journal 21(2).</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="132" />
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="133" />
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="134" />
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="135" />
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="136" />
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="137" />
        <source>How large an effect can the experiment detect?</source>
        <translation>Hoe groot moet een effect zijn om het met het experiment aan te tonen?</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="139" />
        <source>{subject} in {treated}: {rate} a week over the last {weeks} weeks (the control: {control} a week).</source>
        <translation>{subject} in {treated}: {rate} per week over de laatste {weeks} weken (de controle: {control} per week).</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="142" />
        <source>Smallest fall detected (80% power, 5% level)</source>
        <translation>Kleinste aantoonbare daling (80% onderscheidend vermogen, 5%-niveau)</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="144" />
        <source>Duration (weeks)</source>
        <translation>Duur (weken)</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="144" />
        <source>Simulated</source>
        <translation>Gesimuleerd</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="144" />
        <source>Closed form</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="147" />
        <source>The evaluation compares the treated areas' incidents during the trial with their pre-period ({pre} weeks), relative to the control areas. Simulated: {n} trials drawn from the weekly rates above (seed {seed}; Poisson counts, or negative binomial with the history's overdispersion), each tested as the evaluation will test it; the smallest fall found in 80% of them at the 5% level. Closed form: the normal approximation of the same test; it agrees with the simulation when the trial expects a few dozen incidents and fails (–) when it expects only a handful.</source>
        <translation>De evaluatie vergelijkt de incidenten in de interventiegebieden tijdens de proef met hun voorperiode ({pre} weken), ten opzichte van de controlegebieden. Gesimuleerd: {n} proeven getrokken uit de wekelijkse aantallen hierboven (seed {seed}; Poisson-aantallen, of negatief binomiaal met de overdispersie van de geschiedenis), elk getoetst zoals de evaluatie dat zal doen; de kleinste daling die in 80% ervan op het 5%-niveau gevonden wordt. Formule: de normale benadering van dezelfde toets; die komt overeen met de simulatie als de proef enkele tientallen incidenten verwacht en faalt (–) als ze er maar een handvol verwacht.</translation>
    </message>
    <message>
        <location filename="../core/experiment_report.py" line="157" />
        <source>Braga, A.A., Turchan, B.S., Papachristos, A.V. &amp; Hureau, D.M. (2019), Hot spots policing and crime reduction, Journal of Experimental Criminology 15; Ratcliffe, J.H. (2008), Intelligence-Led Policing, Willan; Bowers, K.J. &amp; Johnson, S.D. (2003), Journal of Quantitative Criminology 19(3).</source>
        <translation>Braga, A.A., Turchan, B.S., Papachristos, A.V. &amp; Hureau, D.M. (2019), Hot spots policing and crime reduction, Journal of Experimental Criminology 15; Ratcliffe, J.H. (2008), Intelligence-Led Policing, Willan; Bowers, K.J. &amp; Johnson, S.D. (2003), Journal of Quantitative Criminology 19(3).</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <location filename="../core/experiments.py" line="98" />
        <source>The period must be one of {}, not '{}'.</source>
        <translation>De periode moet een van {} zijn, niet '{}'.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="99" />
        <source>The control must be one of {}, not '{}'.</source>
        <translation>De controle moet een van {} zijn, niet '{}'.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="100" />
        <source>The intervention ends on {end}, before it starts ({start}): give an end date on or after the start date.</source>
        <translation>De interventie eindigt op {end}, vóór het begin ({start}): geef een einddatum op of na de begindatum.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="103" />
        <source>The pre-period must be at least {} weeks long, not {}.</source>
        <translation>De voorperiode moet minstens {} weken lang zijn, niet {}.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="105" />
        <source>{name} must be a whole number of at least {least}, not {value}.</source>
        <translation>{name} moet een geheel getal van minstens {least} zijn, niet {value}.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="107" />
        <source>The number of matched control areas</source>
        <translation>Het aantal gekoppelde controlegebieden</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="108" />
        <source>The number of earlier years</source>
        <translation>Het aantal eerdere jaren</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="109" />
        <source>The number of placebo permutations</source>
        <translation>Het aantal placebopermutaties</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="110" />
        <source>The random seed</source>
        <translation>De startwaarde van het toeval (seed)</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="111" />
        <source>The buffer width must be 0 metres or more, not {}.</source>
        <translation>De breedte van de bufferzone moet 0 meter of meer zijn, niet {}.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="113" />
        <source>No incident has a usable date, so nothing can be compared before and after the start.</source>
        <translation>Geen enkel incident heeft een bruikbare datum, dus er valt niets te vergelijken voor en na het begin.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="116" />
        <source>The intervention starts on {start}, after the last incident ({last}): the data hold nothing of the intervention period. Choose a start date up to {last}, or add the newer incidents.</source>
        <translation>De interventie begint op {start}, na het laatste incident ({last}): de gegevens bevatten niets uit de interventieperiode. Kies een begindatum tot en met {last}, of voeg de nieuwere incidenten toe.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="120" />
        <source>The pre-period of {weeks} weeks would begin on {pre_start}, but the incidents begin on {first}. Choose a pre-period of at most {most} weeks or a later start date.</source>
        <translation>De voorperiode van {weeks} weken zou beginnen op {pre_start}, maar de incidenten beginnen op {first}. Kies een voorperiode van hoogstens {most} weken of een latere begindatum.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="124" />
        <source>No treated area was given: choose the area(s) where the intervention took place.</source>
        <translation>Er is geen interventiegebied opgegeven: kies het gebied of de gebieden waar de interventie plaatsvond.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="127" />
        <source>Control area {id} overlaps the treated areas ({share} of it). A control must lie outside them: choose other control areas.</source>
        <translation>Controlegebied {id} overlapt de interventiegebieden ({share} ervan). Een controlegebied moet erbuiten liggen: kies andere controlegebieden.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="130" />
        <source>The {width} m buffer around the treated areas covers {share} of control area {id}: incidents displaced there would look like a rise in the control. Choose control areas farther away (this one lies {distance} m from the treated areas) or a narrower buffer.</source>
        <translation>De bufferzone van {width} m rond de interventiegebieden beslaat {share} van controlegebied {id}: incidenten die daarheen verplaatst worden, zouden eruitzien als een stijging in de controle. Kies controlegebieden verder weg (dit gebied ligt op {distance} m van de interventiegebieden) of een smallere bufferzone.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="135" />
        <source>No control area was given: choose control areas, match them automatically from an area layer, or compare with the rest of the municipality.</source>
        <translation>Er is geen controlegebied opgegeven: kies controlegebieden, laat ze automatisch koppelen uit een gebiedenlaag, of vergelijk met de rest van de gemeente.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="139" />
        <source>Only {found} areas outside the treated areas and their {width} m buffer had at least {least} incidents in the pre-period; automatic matching needs {wanted}. Ask for fewer control areas, use larger areas or a narrower buffer, or compare with the rest of the municipality.</source>
        <translation>Slechts {found} gebieden buiten de interventiegebieden en hun bufferzone van {width} m hadden minstens {least} incidenten in de voorperiode; automatisch koppelen heeft er {wanted} nodig. Vraag om minder controlegebieden, gebruik grotere gebieden of een smallere bufferzone, of vergelijk met de rest van de gemeente.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="144" />
        <source>Every area of the area layer overlaps the treated areas or their {width} m buffer, so no area is left to compare with. Use a narrower buffer or an area layer that reaches farther.</source>
        <translation>Elk gebied van de gebiedenlaag overlapt de interventiegebieden of hun bufferzone van {width} m, dus er blijft geen gebied over om mee te vergelijken. Gebruik een smallere bufferzone of een gebiedenlaag die verder reikt.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="148" />
        <source>The treated areas had no incidents in the pre-period ({first} to {last}), so there is no level to compare with. Choose a longer pre-period, larger areas or more incident types.</source>
        <translation>De interventiegebieden hadden geen incidenten in de voorperiode ({first} tot en met {last}), dus er is geen niveau om mee te vergelijken. Kies een langere voorperiode, grotere gebieden of meer incidenttypen.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="152" />
        <source>The treated areas had no incidents during the intervention ({first} to {last}): a rate ratio of 0 cannot be estimated with an interval. With counts this small an evaluation cannot tell an effect from chance; choose larger areas, a longer period or more incident types.</source>
        <translation>De interventiegebieden hadden geen incidenten tijdens de interventie ({first} tot en met {last}): een rate ratio van 0 is niet met een interval te schatten. Met zulke kleine aantallen kan een evaluatie een effect niet van toeval onderscheiden; kies grotere gebieden, een langere periode of meer incidenttypen.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="157" />
        <source>The control areas had no incidents before or during the intervention, so they cannot serve as a comparison. Choose other control areas.</source>
        <translation>De controlegebieden hadden geen incidenten voor of tijdens de interventie, dus ze kunnen niet als vergelijking dienen. Kies andere controlegebieden.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="165" />
        <source>{n} control areas without any incident in the study period were left out of the model (e.g. {ids}).</source>
        <translation>{n} controlegebieden zonder enig incident in de onderzoeksperiode zijn buiten het model gelaten (bijv. {ids}).</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="168" />
        <source>The last incident is dated {last}; the intervention period runs to {end}, so its last days may be missing from the data.</source>
        <translation>Het laatste incident is van {last}; de interventieperiode loopt tot {end}, dus de laatste dagen kunnen in de gegevens ontbreken.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="171" />
        <source>The intervention period is taken as {n} whole {nouns}: {first} to {last}.</source>
        <translation>De interventieperiode is genomen als {n} hele {nouns}: {first} tot en met {last}.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="173" />
        <source>The same {nouns} of {years} earlier year(s) were asked for, but the data do not reach back that far; {used} year(s) were used.</source>
        <translation>Dezelfde {nouns} van {years} eerdere jaar/jaren zijn gevraagd, maar de gegevens gaan niet zo ver terug; {used} jaar/jaren is/zijn gebruikt.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="176" />
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="177" />
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="178" />
        <source>Regression to the mean? In the {n} {nouns} before the start the treated areas had {pct}% more incidents than earlier in the pre-period, relative to the control areas (p = {p}). If they were chosen because of that rise, part of a fall afterwards may be incidents returning to their usual level, not the effect of the intervention.</source>
        <translation>Regressie naar het gemiddelde? In de {n} {nouns} voor het begin hadden de interventiegebieden {pct}% meer incidenten dan eerder in de voorperiode, vergeleken met de controlegebieden (p = {p}). Als ze om die stijging gekozen zijn, kan een deel van een daling daarna een terugkeer naar het gewone niveau zijn, en niet het effect van de interventie.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="184" />
        <source>Regression to the mean? Before the start the treated areas had {ratio} times as many incidents per km2 as the median control area. Areas chosen because they were hot tend to cool down by themselves; controls matched on level and trend, a long pre-period and the placebo test help to judge how much of the change is the intervention's.</source>
        <translation>Regressie naar het gemiddelde? Voor het begin hadden de interventiegebieden {ratio} keer zoveel incidenten per km2 als het middelste (mediane) controlegebied. Gebieden die gekozen zijn omdat ze 'heet' waren, koelen vaak vanzelf af; controlegebieden gekoppeld op niveau en trend, een lange voorperiode en de placebotoets helpen beoordelen welk deel van de verandering aan de interventie te danken is.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="190" />
        <source>Incidents in the treated areas fell by {pct}% relative to the control areas (rate ratio {rr}, 95% interval {low} to {high}).</source>
        <translation>De incidenten in de interventiegebieden daalden met {pct}% ten opzichte van de controlegebieden (rate ratio {rr}, 95%-interval {low} tot {high}).</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="193" />
        <source>Incidents in the treated areas rose by {pct}% relative to the control areas (rate ratio {rr}, 95% interval {low} to {high}).</source>
        <translation>De incidenten in de interventiegebieden stegen met {pct}% ten opzichte van de controlegebieden (rate ratio {rr}, 95%-interval {low} tot {high}).</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="196" />
        <source>No clear change in the treated areas relative to the control areas: the rate ratio is {rr}, with a 95% interval from {low} to {high}, which includes 1 (no change).</source>
        <translation>Geen duidelijke verandering in de interventiegebieden ten opzichte van de controlegebieden: de rate ratio is {rr}, met een 95%-interval van {low} tot {high}, waarin 1 (geen verandering) ligt.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="200" />
        <source>Placebo test: {count} of {total} placebo assignments of control areas showed a change at least as clear (in standard errors); permutation p = {p}.</source>
        <translation>Placebotoets: {count} van de {total} placebotoewijzingen van controlegebieden lieten een minstens even duidelijke verandering zien (in standaardfouten); permutatie-p = {p}.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="204" />
        <source>Placebo test: {count} of {total} fake start dates in the pre-period showed a change at least as clear (in standard errors); permutation p = {p}.</source>
        <translation>Placebotoets: {count} van de {total} nagebootste begindata in de voorperiode lieten een minstens even duidelijke verandering zien (in standaardfouten); permutatie-p = {p}.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="207" />
        <source>No placebo test: too few control areas and too short a pre-period for one.</source>
        <translation>Geen placebotoets: te weinig controlegebieden en een te korte voorperiode daarvoor.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="209" />
        <source>The interval is cluster-robust by area ({treated} treated and {control} control areas).</source>
        <translation>Het interval is clusterrobuust per gebied ({treated} interventie- en {control} controlegebieden).</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="212" />
        <source>The interval is the Poisson model's, widened for overdispersion (factor {factor}): with fewer than {least} treated areas a cluster-robust interval would be too narrow. The placebo test does not rely on it.</source>
        <translation>Het interval is dat van het Poisson-model, verbreed voor overdispersie (factor {factor}): met minder dan {least} interventiegebieden zou een clusterrobuust interval te smal zijn. De placebotoets steunt er niet op.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="216" />
        <source>Displacement: the treated areas did not improve relative to the control areas, so there is no effect whose displacement the WDQ could measure.</source>
        <translation>Verplaatsing: de interventiegebieden zijn ten opzichte van de controlegebieden niet verbeterd, dus er is geen effect waarvan de WDQ de verplaatsing kan meten.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="219" />
        <source>Displacement: not measured (no buffer, or no incidents in it before the start).</source>
        <translation>Verplaatsing: niet gemeten (geen bufferzone, of geen incidenten daarin voor het begin).</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="222" />
        <source>Displacement: no sign of displacement; the buffer improved even more than the treated areas, a diffusion of benefits (WDQ {wdq}).</source>
        <translation>Verplaatsing: geen teken van verplaatsing; de bufferzone verbeterde nog meer dan de interventiegebieden, een uitstralingseffect (WDQ {wdq}).</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="225" />
        <source>Displacement: no sign of displacement; some diffusion of benefits into the buffer (WDQ {wdq}).</source>
        <translation>Verplaatsing: geen teken van verplaatsing; enige uitstraling van het effect naar de bufferzone (WDQ {wdq}).</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="228" />
        <source>Displacement: no sign of displacement or of diffusion of benefits (WDQ {wdq}).</source>
        <translation>Verplaatsing: geen teken van verplaatsing of van uitstraling van het effect (WDQ {wdq}).</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="231" />
        <source>Displacement: some displacement into the buffer, smaller than the fall in the treated areas, so a net benefit (WDQ {wdq}).</source>
        <translation>Verplaatsing: enige verplaatsing naar de bufferzone, kleiner dan de daling in de interventiegebieden, dus per saldo winst (WDQ {wdq}).</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="234" />
        <source>Displacement: displacement into the buffer as large as or larger than the fall in the treated areas: no net benefit (WDQ {wdq}).</source>
        <translation>Verplaatsing: verplaatsing naar de bufferzone even groot als of groter dan de daling in de interventiegebieden: per saldo geen winst (WDQ {wdq}).</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="237" />
        <source>As the fall in the treated areas itself is not clear, read the WDQ with care.</source>
        <translation>Omdat de daling in de interventiegebieden zelf niet duidelijk is, is de WDQ met voorzichtigheid te lezen.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="240" />
        <source>The buffer itself changed by a rate ratio of {rr} (95% interval {low} to {high}) relative to the control areas.</source>
        <translation>De bufferzone zelf veranderde met een rate ratio van {rr} (95%-interval {low} tot {high}) ten opzichte van de controlegebieden.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="243" />
        <source>Net effect: about {treated} incidents in the treated areas and {buffer} in the buffer compared with what the control areas' change predicts (negative: fewer); {net} in all.</source>
        <translation>Netto-effect: ongeveer {treated} incidenten in de interventiegebieden en {buffer} in de bufferzone vergeleken met wat de verandering in de controlegebieden voorspelt (negatief: minder); {net} in totaal.</translation>
    </message>
    <message>
        <location filename="../core/experiments.py" line="160" />
        <source>The counts cannot be compared: the model could not be fitted to {treated} incidents in the treated areas and {control} in the control areas, too few or spread too alike over the periods. Choose larger areas, a longer pre-period, more incident types or other control areas.</source>
        <translation>De aantallen zijn niet te vergelijken: het model past niet op {treated} incidenten in de interventiegebieden en {control} in de controlegebieden; dat zijn er te weinig of ze zijn te gelijk over de perioden verdeeld. Kies grotere gebieden, een langere voorperiode, meer incidenttypen of andere controlegebieden.</translation>
    </message>
</context>
<context>
    <name>FocusMap</name>
    <message>
        <location filename="../core/focus.py" line="100" />
        <source>all other areas</source>
        <translation>alle andere gebieden</translation>
    </message>
    <message>
        <location filename="../core/focus.py" line="102" />
        <source>less than {}</source>
        <translation>minder dan {}</translation>
    </message>
    <message>
        <location filename="../core/focus.py" line="103" />
        <source>{} to {}</source>
        <translation>{} tot {}</translation>
    </message>
    <message>
        <location filename="../core/focus.py" line="105" />
        <source>{} or more</source>
        <translation>{} of meer</translation>
    </message>
</context>
<context>
    <name>ForecastEval</name>
    <message>
        <location filename="../core/forecast_eval.py" line="46" />
        <source>There are no areas to evaluate.</source>
        <translation>Er zijn geen gebieden om te evalueren.</translation>
    </message>
    <message>
        <location filename="../core/forecast_eval.py" line="47" />
        <source>Every area must have a positive size; {} do not.</source>
        <translation>Elk gebied moet een positieve oppervlakte hebben; {} hebben dat niet.</translation>
    </message>
    <message>
        <location filename="../core/forecast_eval.py" line="49" />
        <source>Incident counts cannot be negative.</source>
        <translation>Aantallen incidenten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../core/forecast_eval.py" line="50" />
        <source>No later incidents fall in the evaluated areas, so hit rate, PAI and PEI cannot be computed. Check the evaluation period and the layers' extent.</source>
        <translation>Er vallen geen latere incidenten in de geëvalueerde gebieden, dus trefpercentage, PAI en PEI kunnen niet berekend worden. Controleer de evaluatieperiode en de extent van de lagen.</translation>
    </message>
    <message>
        <location filename="../core/forecast_eval.py" line="53" />
        <source>Coverage must lie between 0 and 1 (a share of the area), not {}.</source>
        <translation>De dekking moet tussen 0 en 1 liggen (een deel van de oppervlakte), niet {}.</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <location filename="../core/choices.py" line="190" />
        <source>Refuse the layer when a kept free-text field holds personal data</source>
        <translation>De laag weigeren als een behouden vrijetekstveld persoonsgegevens bevat</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="190" />
        <source>Redact names, addresses and numbers in free-text fields (tags)</source>
        <translation>Namen, adressen en nummers in vrijetekstvelden redigeren (labels)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="190" />
        <source>Drop free-text fields</source>
        <translation>Vrijetekstvelden weglaten</translation>
    </message>
    <message>
        <location filename="../processing/free_text.py" line="34" />
        <source>Free-text field(s) {} dropped.</source>
        <translation>Vrijetekstveld(en) {} weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/free_text.py" line="36" />
        <source>Free-text fields dropped: {}.</source>
        <translation>Vrijetekstvelden weggelaten: {}.</translation>
    </message>
    <message>
        <location filename="../processing/free_text.py" line="47" />
        <source>names in free text cannot be redacted. Choose to drop the free-text fields instead, or install it.</source>
        <translation>namen in vrije tekst kunnen niet geredigeerd worden. Kies ervoor de vrijetekstvelden weg te laten, of installeer haar.</translation>
    </message>
    <message>
        <location filename="../processing/free_text.py" line="52" />
        <source>Redacting free text ({})</source>
        <translation>Vrije tekst redigeren ({})</translation>
    </message>
    <message>
        <location filename="../processing/free_text.py" line="57" />
        <source>Free-text field(s) {} redacted: names, addresses and numbers replaced by tags.</source>
        <translation>Vrijetekstveld(en) {} geredigeerd: namen, adressen en nummers vervangen door labels.</translation>
    </message>
    <message>
        <location filename="../processing/free_text.py" line="59" />
        <source>Free-text fields redacted with deduce {} (Menger et al. 2018) and patterns: {}.</source>
        <translation>Vrijetekstvelden geredigeerd met deduce {} (Menger e.a. 2018) en patronen: {}.</translation>
    </message>
</context>
<context>
    <name>HotspotReport</name>
    <message>
        <location filename="../core/hotspot_report.py" line="14" />
        <source>Local hotspot statistics</source>
        <translation>Lokale hotspotstatistiek</translation>
    </message>
    <message>
        <location filename="../core/hotspot_report.py" line="15" />
        <source>{areas} areas ({what}); value: {value}.</source>
        <translation>{areas} gebieden ({what}); waarde: {value}.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_report.py" line="16" />
        <source>Hot and cold spots ({statistic})</source>
        <translation>Hotspots en coldspots ({statistic})</translation>
    </message>
    <message>
        <location filename="../core/hotspot_report.py" line="17" />
        <source>Clusters and outliers (local Moran's I)</source>
        <translation>Clusters en uitschieters (lokale Moran's I)</translation>
    </message>
    <message>
        <location filename="../core/hotspot_report.py" line="18" />
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../core/hotspot_report.py" line="19" />
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../core/hotspot_report.py" line="20" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../core/hotspot_report.py" line="21" />
        <source>Each area's value is compared with its neighbours' ({weights}). Getis-Ord Gi* adds up the values of an area and its neighbours: a hot spot is an area among high values, a cold spot one among low values, not just one high or low area. Local Moran's I also finds outliers: a high area among low ones (HL) and the reverse (LH).</source>
        <translation>De waarde van elk gebied wordt vergeleken met die van zijn buren ({weights}). Getis-Ord Gi* telt de waarden van een gebied en zijn buren op: een hotspot is een gebied tussen hoge waarden, een coldspot een gebied tussen lage waarden, niet één enkel hoog of laag gebied. Lokale Moran's I vindt ook uitschieters: een hoog gebied tussen lage (HL) en omgekeerd (LH).</translation>
    </message>
    <message>
        <location filename="../core/hotspot_report.py" line="27" />
        <source>p-values: two-sided, from the z-scores (normal approximation).</source>
        <translation>p-waarden: tweezijdig, uit de z-scores (normale benadering).</translation>
    </message>
    <message>
        <location filename="../core/hotspot_report.py" line="29" />
        <source>p-values: two-sided, from {permutations} conditional permutations (each area keeps its value, its neighbours' values are drawn at random from the other areas; seed {seed}); the smallest possible p-value is {p_min}.</source>
        <translation>p-waarden: tweezijdig, uit {permutations} conditionele permutaties (elk gebied houdt zijn waarde, de waarden van zijn buren worden willekeurig uit de andere gebieden getrokken; seed {seed}); de kleinst mogelijke p-waarde is {p_min}.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_report.py" line="33" />
        <source>Correction for testing {areas} areas at once: {correction}. Hot and cold spots at 99%, 95% and 90% confidence are the areas significant at 0.01, 0.05 and 0.10 after the correction; clusters and outliers at {alpha}.</source>
        <translation>Correctie voor het tegelijk toetsen van {areas} gebieden: {correction}. Hotspots en coldspots met 99%, 95% en 90% betrouwbaarheid zijn de gebieden die na de correctie significant zijn op 0,01, 0,05 en 0,10; clusters en uitschieters op {alpha}.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_report.py" line="37" />
        <source>With the false discovery rate correction, at most about 5% of the areas called hot or cold at 95% confidence are expected to be so by chance; without a correction, about 5% of all areas would be.</source>
        <translation>Met de correctie voor de false discovery rate is naar verwachting hooguit ongeveer 5% van de gebieden die met 95% betrouwbaarheid hot of cold heten dat door toeval; zonder correctie zou dat ongeveer 5% van alle gebieden zijn.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_report.py" line="41" />
        <source>Getis &amp; Ord (1992), The analysis of spatial association by use of distance statistics, Geographical Analysis 24(3); Ord &amp; Getis (1995), Local spatial autocorrelation statistics: distributional issues and an application, Geographical Analysis 27(4); Anselin (1995), Local indicators of spatial association - LISA, Geographical Analysis 27(2); Benjamini &amp; Hochberg (1995), Controlling the false discovery rate, Journal of the Royal Statistical Society B 57(1).</source>
        <translation>Getis &amp; Ord (1992), The analysis of spatial association by use of distance statistics, Geographical Analysis 24(3); Ord &amp; Getis (1995), Local spatial autocorrelation statistics: distributional issues and an application, Geographical Analysis 27(4); Anselin (1995), Local indicators of spatial association - LISA, Geographical Analysis 27(2); Benjamini &amp; Hochberg (1995), Controlling the false discovery rate, Journal of the Royal Statistical Society B 57(1).</translation>
    </message>
    <message>
        <location filename="../core/hotspot_report.py" line="48" />
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>HotspotStats</name>
    <message>
        <location filename="../core/hotspot_stats.py" line="83" />
        <source>Hot spot, 99% confidence</source>
        <translation>Hotspot, 99% betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="84" />
        <source>Hot spot, 95% confidence</source>
        <translation>Hotspot, 95% betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="85" />
        <source>Hot spot, 90% confidence</source>
        <translation>Hotspot, 90% betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="98" />
        <source>Not significant</source>
        <translation>Niet significant</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="87" />
        <source>Cold spot, 90% confidence</source>
        <translation>Coldspot, 90% betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="88" />
        <source>Cold spot, 95% confidence</source>
        <translation>Coldspot, 95% betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="89" />
        <source>Cold spot, 99% confidence</source>
        <translation>Coldspot, 99% betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="94" />
        <source>High-high cluster</source>
        <translation>Hoog-hoogcluster</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="95" />
        <source>Low-low cluster</source>
        <translation>Laag-laagcluster</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="96" />
        <source>High-low outlier</source>
        <translation>Hoog-laaguitschieter</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="97" />
        <source>Low-high outlier</source>
        <translation>Laag-hooguitschieter</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="102" />
        <source>No value (left out)</source>
        <translation>Geen waarde (weggelaten)</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="104" />
        <source>Getis-Ord Gi*</source>
        <translation>Getis-Ord Gi*</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="105" />
        <source>Getis-Ord Gi (without the area itself)</source>
        <translation>Getis-Ord Gi (zonder het gebied zelf)</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="106" />
        <source>local Moran's I</source>
        <translation>lokale Moran's I</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="109" />
        <source>false discovery rate (Benjamini-Hochberg)</source>
        <translation>false discovery rate (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="110" />
        <source>Bonferroni</source>
        <translation>Bonferroni</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="111" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="116" />
        <source>There are {} values but {} areas in the weights; give one value per area.</source>
        <translation>Er zijn {} waarden maar {} gebieden in de gewichten; geef één waarde per gebied.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="118" />
        <source>Local hotspot statistics need at least 3 areas; there are {}.</source>
        <translation>Lokale hotspotstatistiek heeft minstens 3 gebieden nodig; er zijn er {}.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="120" />
        <source>{} of {} areas have no value (NULL or not a number). Give them a value (e.g. 0 for no incidents) or leave them out of the analysis.</source>
        <translation>{} van de {} gebieden hebben geen waarde (NULL of geen getal). Geef ze een waarde (bijv. 0 voor geen incidenten) of laat ze buiten de analyse.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="123" />
        <source>All {} areas have the same value ({}), so no area stands out: there are no hot or cold spots to find. Check the value field, and for incident counts the date range and filters.</source>
        <translation>Alle {} gebieden hebben dezelfde waarde ({}), dus geen gebied valt op: er zijn geen hotspots of coldspots te vinden. Controleer het waardeveld, en bij aantallen incidenten de periode en de filters.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="132" />
        <source>There are no incidents with coordinates to count in a grid.</source>
        <translation>Er zijn geen incidenten met coördinaten om in een raster te tellen.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="134" />
        <source>A grid of {} m cells over this extent would have {} cells, more than {}. Choose a larger cell size or a smaller study area.</source>
        <translation>Een raster van cellen van {} m over dit gebied zou {} cellen hebben, meer dan {}. Kies een grotere celgrootte of een kleiner studiegebied.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="137" />
        <source>The number of permutations must be 0 (analytic p-values only) or a whole number from {} to {}, not {}.</source>
        <translation>Het aantal permutaties moet 0 zijn (alleen analytische p-waarden) of een geheel getal van {} tot en met {}, niet {}.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="140" />
        <source>The multiple-testing correction must be one of {}, not {!r}.</source>
        <translation>De correctie voor meervoudig toetsen moet een van {} zijn, niet {!r}.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="142" />
        <source>The significance level must lie between 0 and 0.5 (e.g. 0.05), not {}.</source>
        <translation>Het significantieniveau moet tussen 0 en 0,5 liggen (bijv. 0,05), niet {}.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="144" />
        <source>The statistics must be chosen from {}, not {!r}.</source>
        <translation>De statistieken moeten gekozen worden uit {}, niet {!r}.</translation>
    </message>
    <message>
        <location filename="../core/hotspot_stats.py" line="127" />
        <source>{} of {} areas have a value beyond +-{:g} (the largest is {:g}): squared, as the statistics need, it is too large for a computer's numbers, and every area would come out without a result. Check the value field; if the values are right, divide them by a power of ten first (the statistics do not change).</source>
        <translation>{} van {} gebieden hebben een waarde voorbij +-{:g} (de grootste is {:g}): gekwadrateerd, zoals de statistieken nodig hebben, is die te groot voor de getallen van een computer, en elk gebied zou zonder uitkomst blijven. Controleer het waardeveld; kloppen de waarden, deel ze dan eerst door een macht van tien (de statistieken veranderen daar niet door).</translation>
    </message>
</context>
<context>
    <name>JoinCrimeStatisticsAlgorithm</name>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="48" />
        <source>Join registered crime (CBS/police)</source>
        <translation>Geregistreerde criminaliteit koppelen (CBS/politie)</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="51" />
        <source>Open data</source>
        <translation>Open gegevens</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="57" />
        <source>Registered crime per wijk or buurt from StatLine (47018NED, 47022NED) joined to areas, with rates per 1,000 inhabitants.</source>
        <translation>Geregistreerde criminaliteit per wijk of buurt uit StatLine (47018NED, 47022NED) gekoppeld aan gebieden, met cijfers per 1.000 inwoners.</translation>
    </message>
    <message>
        <location filename="../processing/help/join_crime_statistics.py" line="8" />
        <source>&lt;p&gt;Joins the police's &lt;b&gt;registered crime&lt;/b&gt; per wijk and buurt, as CBS publishes it on StatLine (table 47018NED per year, 47022NED per month, 'Geregistreerde misdrijven; soort misdrijf, wijk en buurt'), to areas such as those of 'Load CBS neighbourhoods'.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Table&lt;/b&gt;: the StatLine CSV export (';' separated; titles such as '1.1.1 Diefstal/inbraak woning' and '2023*'; '.' unknown, '-' nil) or the OData JSON of dataderden.cbs.nl (one page, or a list of pages; when the file says more pages follow (odata.nextLink), they are fetched unless you switch that off). A table with codes is checked against the areas' municipality and refused when it is another's; a table with area titles is joined on the area names.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: wide (a field n_&amp;lt;type&amp;gt;_&amp;lt;period&amp;gt; with the count and r_&amp;lt;type&amp;gt;_&amp;lt;period&amp;gt; with the rate per 1,000 inhabitants per type and period, plus misdrijven and misdrijven_per_1000 over the last year (the last 12 months of a monthly table) of the total, 0.0.0, when the table has it) or long (a feature per area, period and type). Crime types: codes separated by ';' (e.g. 1.1.1; 1.2.3), all by default; unknown codes are kept and named in the log. Areas the table does not have get no values, not zeros.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Completeness check&lt;/b&gt; (optional): your own incidents counted per area and year beside the official count of the chosen types (else the total), their difference and your count as a percentage: a check of your data's completeness and geocoding before you trust it. Filter your incidents to the same types first.&lt;/p&gt;&lt;p&gt;Counts from 1 to k-1 (default k = 5) and the rates made from them are left empty and flagged in 'onderdrukt' (k = 1 keeps them all).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Koppelt de door de politie &lt;b&gt;geregistreerde criminaliteit&lt;/b&gt; per wijk en buurt, zoals het CBS die op StatLine publiceert (tabel 47018NED per jaar, 47022NED per maand, 'Geregistreerde misdrijven; soort misdrijf, wijk en buurt'), aan gebieden zoals die van 'CBS-wijken en -buurten laden'.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tabel&lt;/b&gt;: de CSV-export van StatLine (gescheiden door ';'; titels zoals '1.1.1 Diefstal/inbraak woning' en '2023*'; '.' onbekend, '-' nihil) of de OData-JSON van dataderden.cbs.nl (één pagina, of een lijst van pagina's; zegt het bestand dat er meer pagina's volgen (odata.nextLink), dan worden die opgehaald, tenzij je dat uitzet). Een tabel met codes wordt getoetst aan de gemeente van de gebieden en geweigerd als hij van een andere gemeente is; een tabel met gebiedstitels wordt op de gebiedsnamen gekoppeld.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: breed (een veld n_&amp;lt;soort&amp;gt;_&amp;lt;periode&amp;gt; met het aantal en r_&amp;lt;soort&amp;gt;_&amp;lt;periode&amp;gt; met het cijfer per 1.000 inwoners per soort en periode, plus misdrijven en misdrijven_per_1000 over het laatste jaar (de laatste 12 maanden van een maandtabel) van het totaal, 0.0.0, als de tabel dat heeft) of lang (een object per gebied, periode en soort). Soorten misdrijven: codes gescheiden door ';' (bijv. 1.1.1; 1.2.3), standaard alle; onbekende codes blijven staan en worden in het logboek genoemd. Gebieden die de tabel niet heeft krijgen geen waarden, geen nullen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Volledigheidscontrole&lt;/b&gt; (optioneel): je eigen incidenten geteld per gebied en jaar naast het officiële aantal van de gekozen soorten (anders het totaal), hun verschil en jouw aantal als percentage: een controle van de volledigheid en geocodering van je gegevens voordat je erop vertrouwt. Filter je incidenten eerst op dezelfde soorten.&lt;/p&gt;&lt;p&gt;Aantallen van 1 tot k-1 (standaard k = 5) en de cijfers die daaruit volgen blijven leeg en worden gemarkeerd in 'onderdrukt' (k = 1 houdt ze allemaal).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="64" />
        <source>Areas (buurten or wijken with CBS codes)</source>
        <translation>Gebieden (buurten of wijken met CBS-codes)</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="69" />
        <source>Area code field (default: buurtcode, wijkcode or gemeentecode)</source>
        <translation>Veld met de gebiedscode (standaard: buurtcode, wijkcode of gemeentecode)</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="69" />
        <source>Area name field (for a table with names; default: buurtnaam or wijknaam)</source>
        <translation>Veld met de gebiedsnaam (voor een tabel met namen; standaard: buurtnaam of wijknaam)</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="69" />
        <source>Inhabitants field (default: aantal_inwoners)</source>
        <translation>Veld met inwoners (standaard: aantal_inwoners)</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="78" />
        <source>Registered crime table (StatLine CSV or OData JSON)</source>
        <translation>Tabel geregistreerde criminaliteit (StatLine-CSV of OData-JSON)</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="81" />
        <source>Crime types (codes; empty: all)</source>
        <translation>Soorten misdrijven (codes; leeg: alle)</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="83" />
        <source>Layout</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="285" />
        <source>Wide: a field per type and period</source>
        <translation>Breed: een veld per soort en periode</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="285" />
        <source>Long: a feature per area and period</source>
        <translation>Lang: een object per gebied en periode</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="85" />
        <source>Fetch the remaining OData pages online</source>
        <translation>De overige OData-pagina's online ophalen</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="88" />
        <source>Own incidents to check (optional)</source>
        <translation>Eigen incidenten om te controleren (optioneel)</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="91" />
        <source>Date field of the incidents</source>
        <translation>Datumveld van de incidenten</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="96" />
        <source>Areas with registered crime</source>
        <translation>Gebieden met geregistreerde criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="99" />
        <source>Completeness check (official and own counts)</source>
        <translation>Volledigheidscontrole (officiële en eigen aantallen)</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="156" />
        <source>The area layer</source>
        <translation>De gebiedslaag</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="126" />
        <source>None of the chosen crime types ({}) is in the table; it has {}.</source>
        <translation>Geen van de gekozen soorten misdrijven ({}) staat in de tabel; die heeft {}.</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="148" />
        <source>The area layer has no field buurtcode, wijkcode or gemeentecode: choose the field with the CBS area codes.</source>
        <translation>De gebiedslaag heeft geen veld buurtcode, wijkcode of gemeentecode: kies het veld met de CBS-gebiedscodes.</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="154" />
        <source>the area layer</source>
        <translation>de gebiedslaag</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="176" />
        <source>Registered crime: CBS StatLine (Politie) {}.</source>
        <translation>Geregistreerde criminaliteit: CBS StatLine (Politie) {}.</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="180" />
        <source>misdrijven_per_1000 holds {}.</source>
        <translation>misdrijven_per_1000 bevat {}.</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="187" />
        <source>Registered crime</source>
        <translation>Geregistreerde criminaliteit</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="205" />
        <source>The incident layer</source>
        <translation>De incidentenlaag</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="203" />
        <source>Choose the date field of the incidents: they are counted per year.</source>
        <translation>Kies het datumveld van de incidenten: ze worden per jaar geteld.</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="211" />
        <source>Completeness check of {} against the official {}: {} rows.</source>
        <translation>Volledigheidscontrole van {} tegen het officiële {}: {} rijen.</translation>
    </message>
    <message>
        <location filename="../processing/join_crime_statistics.py" line="216" />
        <source>Registered crime and own incidents</source>
        <translation>Geregistreerde criminaliteit en eigen incidenten</translation>
    </message>
</context>
<context>
    <name>JoinLeefbaarometerAlgorithm</name>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="37" />
        <source>Join Leefbaarometer scores</source>
        <translation>Leefbaarometerscores koppelen</translation>
    </message>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="40" />
        <source>Open data</source>
        <translation>Open gegevens</translation>
    </message>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="46" />
        <source>Leefbaarometer 3.0 scores per buurt, PC4 or grid cell joined to areas.</source>
        <translation>Leefbaarometer 3.0-scores per buurt, PC4 of rastercel gekoppeld aan gebieden.</translation>
    </message>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="50" />
        <source>&lt;p&gt;Joins the &lt;b&gt;Leefbaarometer 3.0&lt;/b&gt; scores (Ministerie van BZK, open data from leefbaarometer.nl) to areas: the overall score lbm, its deviation from the national average afw and the dimensions fys (physical environment), onv (nuisance and insecurity; 'vei' in older files), soc (social cohesion), vrz (amenities) and won (housing stock). Higher is better in each.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scores file&lt;/b&gt;: the CSV of the open data download, per buurt (bu_code), wijk (wk_code), municipality (gm_code), postcode (PC4) or 100 m grid cell (grid_id). &lt;b&gt;Area field&lt;/b&gt;: the field holding the same codes (default buurtcode, wijkcode, gemeentecode, postcode or grid_id). &lt;b&gt;Year&lt;/b&gt;: a measurement year of the file; 0 takes the last. Areas without a score (water, too few homes) get none. The field lbm_jaar says the year used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Koppelt de scores van de &lt;b&gt;Leefbaarometer 3.0&lt;/b&gt; (Ministerie van BZK, open data van leefbaarometer.nl) aan gebieden: de totaalscore lbm, de afwijking van het landelijk gemiddelde afw en de dimensies fys (fysieke omgeving), onv (overlast en onveiligheid; 'vei' in oudere bestanden), soc (sociale samenhang), vrz (voorzieningen) en won (woningvoorraad). Hoger is bij elk beter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scorebestand&lt;/b&gt;: de CSV van de opendatadownload, per buurt (bu_code), wijk (wk_code), gemeente (gm_code), postcode (PC4) of rastercel van 100 m (grid_id). &lt;b&gt;Gebiedsveld&lt;/b&gt;: het veld met dezelfde codes (standaard buurtcode, wijkcode, gemeentecode, postcode of grid_id). &lt;b&gt;Jaar&lt;/b&gt;: een meetjaar van het bestand; 0 neemt het laatste. Gebieden zonder score (water, te weinig woningen) krijgen er geen. Het veld lbm_jaar zegt welk jaar is gebruikt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="64" />
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="66" />
        <source>Area code field (default: by the level of the scores)</source>
        <translation>Veld met de gebiedscode (standaard: naar het niveau van de scores)</translation>
    </message>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="69" />
        <source>Leefbaarometer scores (CSV)</source>
        <translation>Leefbaarometerscores (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="71" />
        <source>Year (0: the last in the file)</source>
        <translation>Jaar (0: het laatste in het bestand)</translation>
    </message>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="75" />
        <source>Areas with Leefbaarometer scores</source>
        <translation>Gebieden met Leefbaarometerscores</translation>
    </message>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="123" />
        <source>The area layer</source>
        <translation>De gebiedslaag</translation>
    </message>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="93" />
        <source>The scores file has no scores for {}; its years: {}.</source>
        <translation>Het scorebestand heeft geen scores voor {}; de jaren erin: {}.</translation>
    </message>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="102" />
        <source>No area code of '{}' is in the scores file ({} codes such as {}): choose the field that holds the same kind of code.</source>
        <translation>Geen gebiedscode van '{}' staat in het scorebestand ({}-codes zoals {}): kies het veld met dezelfde soort code.</translation>
    </message>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="106" />
        <source>Leefbaarometer {} per {}: {} of {} areas have a score.</source>
        <translation>Leefbaarometer {} per {}: {} van {} gebieden hebben een score.</translation>
    </message>
    <message>
        <location filename="../processing/join_leefbaarometer.py" line="137" />
        <source>Leefbaarometer scores</source>
        <translation>Leefbaarometerscores</translation>
    </message>
</context>
<context>
    <name>Kde</name>
    <message>
        <location filename="../core/kde.py" line="128" />
        <source>A grid needs at least one row and one column (got {} x {}).</source>
        <translation>Een raster heeft minstens één rij en één kolom nodig (nu {} x {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="228" />
        <source>The extent contains a missing or infinite coordinate.</source>
        <translation>De extent bevat een ontbrekende of oneindige coördinaat.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="230" />
        <source>The extent is inverted (xmin {} &gt; xmax {} or ymin {} &gt; ymax {}).</source>
        <translation>De extent is omgekeerd (xmin {} &gt; xmax {} of ymin {} &gt; ymax {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="550" />
        <source>Unknown binning method '{}'. Choose one of: {}.</source>
        <translation>Onbekende binningmethode '{}'. Kies een van: {}.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="519" />
        <source>There are no incidents to analyse. Check the input layer, its filter and the selected period.</source>
        <translation>Er zijn geen incidenten om te analyseren. Controleer de invoerlaag, het filter en de gekozen periode.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="568" />
        <source>{} incidents have no valid coordinates. Remove features without geometry (or with empty geometry) first.</source>
        <translation>{} incidenten hebben geen geldige coördinaten. Verwijder eerst objecten zonder geometrie (of met een lege geometrie).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="575" />
        <source>Weights must be zero or positive numbers; the weight field has negative, missing or infinite values. Fill or filter them first.</source>
        <translation>Gewichten moeten nul of positieve getallen zijn; het gewichtsveld bevat negatieve, ontbrekende of oneindige waarden. Vul ze aan of filter ze eerst.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="742" />
        <source>There are no incidents to analyse.</source>
        <translation>Er zijn geen incidenten om te analyseren.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="805" />
        <source>There are no incidents (with a weight above 0) to size a radius on.</source>
        <translation>Er zijn geen incidenten (met een gewicht boven 0) om een straal op af te stemmen.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="815" />
        <source>All incidents lie on the same spot, so no radius follows from their spread. Enter a search radius.</source>
        <translation>Alle incidenten liggen op dezelfde plek, dus uit hun spreiding volgt geen straal. Vul een zoekstraal in.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="866" />
        <source>The maximum age must be 0 days or more (got {}).</source>
        <translation>De maximale leeftijd moet 0 dagen of meer zijn (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="870" />
        <source>{} incidents have no date. Filter them out or fill in their dates first.</source>
        <translation>{} incidenten hebben geen datum. Filter ze eruit of vul eerst hun datums in.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="928" />
        <source>Unknown hotspot method '{}'. Choose one of: {}.</source>
        <translation>Onbekende hotspotmethode '{}'. Kies een van: {}.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="955" />
        <source>The top percentage must be above 0 and at most 100 (got {}).</source>
        <translation>Het bovenste percentage moet boven 0 en hoogstens 100 zijn (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="975" />
        <source>The multiple of the mean must be above 0 (got {}).</source>
        <translation>Het veelvoud van het gemiddelde moet boven 0 liggen (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="1027" />
        <source>Connectivity must be 4 or 8 (got {}).</source>
        <translation>Connectiviteit moet 4 of 8 zijn (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="1067" />
        <source>The pixel size must be a positive number of map units (got {}).</source>
        <translation>De pixelgrootte moet een positief aantal kaarteenheden zijn (nu {}).</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="1074" />
        <source>The search radius must be more than 0 (got {}). Enter it in map units (metres for EPSG:28992), e.g. 300.</source>
        <translation>De zoekstraal moet meer dan 0 zijn (nu {}). Vul hem in kaarteenheden in (meters voor EPSG:28992), bijv. 300.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="1078" />
        <source>The search radius ({:g}) is smaller than the pixel size ({:g}), so each incident would only light up its own cell. Use a radius of at least a few pixels (10 or more gives a smooth surface) or a smaller pixel size.</source>
        <translation>De zoekstraal ({:g}) is kleiner dan de pixelgrootte ({:g}), dus elk incident zou alleen zijn eigen cel oplichten. Gebruik een straal van minstens een paar pixels (10 of meer geeft een glad oppervlak) of een kleinere pixelgrootte.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="1087" />
        <source>Unknown kernel '{}'. Choose one of: {}.</source>
        <translation>Onbekende kernel '{}'. Kies een van: {}.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="1090" />
        <source>Unknown output '{}'. Choose one of: {}.</source>
        <translation>Onbekende uitvoer '{}'. Kies een van: {}.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="1093" />
        <source>The decay ratio must be 0 or more (got {}): 0 fades to nothing at the radius, 1 is flat, above 1 rises towards the radius.</source>
        <translation>De vervalverhouding moet 0 of meer zijn (nu {}): 0 loopt af tot niets bij de straal, 1 is vlak, boven 1 stijgt naar de straal toe.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="269" />
        <source>The grid would have {} cells ({} columns x {} rows), about {} MB per raster and {} MB while computing; the limit is {:,} cells. Use a larger pixel size (at least {:g} map units would fit; doubling the pixel size divides the number of cells by four) or a smaller extent.</source>
        <translation>Het raster zou {} cellen hebben ({} kolommen x {} rijen), ongeveer {} MB per raster en {} MB tijdens het rekenen; de grens is {:,} cellen. Kies een grotere pixelgrootte (minstens {:g} kaarteenheden past; een twee keer zo grote pixel deelt het aantal cellen door vier) of een kleinere extent.</translation>
    </message>
    <message>
        <location filename="../core/kde.py" line="862" />
        <source>The half-life must be 0 days (no decay) or more (got {}).</source>
        <translation>De halfwaardetijd moet 0 dagen (geen verval) of meer zijn (opgegeven: {}).</translation>
    </message>
</context>
<context>
    <name>KdeHotspotsAlgorithm</name>
    <message>
        <location filename="../processing/kde_hotspots.py" line="63" />
        <source>Kernel density hotspots</source>
        <translation>Kerneldichtheid-hotspots</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="66" />
        <source>Hotspots</source>
        <translation>Hotspotanalyse</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="72" />
        <source>Exact, fast kernel density of incidents with ranked hotspot areas.</source>
        <translation>Exacte, snelle kerneldichtheid van incidenten met gerangschikte hotspotgebieden.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="78" />
        <source>Incident points</source>
        <translation>Incidentpunten</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="80" />
        <source>Search radius (metres)</source>
        <translation>Zoekstraal (meter)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="85" />
        <source>Choose the radius automatically from the data</source>
        <translation>Kies de straal automatisch op basis van de gegevens</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="87" />
        <source>Pixel size (metres)</source>
        <translation>Pixelgrootte (meter)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="90" />
        <source>Kernel shape</source>
        <translation>Vorm van de kernel</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="72" />
        <source>Quartic</source>
        <translation>Quartic</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="72" />
        <source>Triangular</source>
        <translation>Driehoekig</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="72" />
        <source>Uniform</source>
        <translation>Uniform</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="72" />
        <source>Triweight</source>
        <translation>Triweight</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="72" />
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="72" />
        <source>Gaussian</source>
        <translation>Gaussisch</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="91" />
        <source>Output value</source>
        <translation>Uitvoerwaarde</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="80" />
        <source>Density (incidents per km²)</source>
        <translation>Dichtheid (incidenten per km²)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="80" />
        <source>Raw (as QGIS Heatmap)</source>
        <translation>Ruw (zoals de QGIS-Heatmap)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="80" />
        <source>Scaled (density per m²)</source>
        <translation>Geschaald (dichtheid per m²)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="93" />
        <source>Weight field</source>
        <translation>Gewichtsveld</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="96" />
        <source>Extent (default: points plus radius)</source>
        <translation>Extent (standaard: punten plus straal)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="98" />
        <source>Study area (mask polygons)</source>
        <translation>Studiegebied (maskerpolygonen)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="101" />
        <source>Date field (prospective mode)</source>
        <translation>Datumveld (prospectieve modus)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="104" />
        <source>Reference date (default: latest date in the data)</source>
        <translation>Referentiedatum (standaard: laatste datum in de gegevens)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="107" />
        <source>Half-life (days)</source>
        <translation>Halfwaardetijd (dagen)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="110" />
        <source>Maximum age (days)</source>
        <translation>Maximale leeftijd (dagen)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="113" />
        <source>Hotspot cells</source>
        <translation>Hotspotcellen</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="85" />
        <source>Top percentage of study-area cells</source>
        <translation>Bovenste percentage van de cellen van het studiegebied</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="85" />
        <source>At least k times the mean density</source>
        <translation>Minstens k keer de gemiddelde dichtheid</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="115" />
        <source>Top percentage</source>
        <translation>Bovenste percentage</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="118" />
        <source>k (times the mean)</source>
        <translation>k (keer het gemiddelde)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="122" />
        <source>Decay ratio (triangular kernel)</source>
        <translation>Vervalverhouding (driehoekige kernel)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="127" />
        <source>Density raster</source>
        <translation>Dichtheidsraster</translation>
    </message>
    <message>
        <location line="84" filename="../processing/kde_output.py" /><location filename="../processing/kde_hotspots.py" line="129" />
        <source>Hotspot areas</source>
        <translation>Hotspotgebieden</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="144" />
        <source>Computing in {} (metres); the input is in {}.</source>
        <translation>Berekening in {} (meters); de invoer is in {}.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="149" />
        <source>Reading points {}.</source>
        <translation>Punten lezen {}.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="149" />
        <source>through GDAL (vectorised)</source>
        <translation>via GDAL (gevectoriseerd)</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="149" />
        <source>feature by feature</source>
        <translation>object voor object</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="163" />
        <source>Radius {:.0f} m, pixel {:.1f} m, kernel {}, output {}, CRS {}.</source>
        <translation>Straal {:.0f} m, pixel {:.1f} m, kernel {}, uitvoer {}, CRS {}.</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="136" />
        <source>The incident layer</source>
        <translation>De incidentenlaag</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="140" />
        <source>the incident layer</source>
        <translation>de incidentenlaag</translation>
    </message>
    <message>
        <location filename="../processing/kde_hotspots.py" line="175" />
        <source>The study area (mask)</source>
        <translation>Het studiegebied (masker)</translation>
    </message>
    <message>
        <location filename="../processing/density_run.py" line="111" />
        <source>Half-life 0: every incident up to {} days before the reference date weighs the same (no decay).</source>
        <translation>Halfwaardetijd 0: elk incident tot {} dagen voor de referentiedatum weegt even zwaar (geen verval).</translation>
    </message>
    <message>
        <location filename="../processing/help/kde_hotspots.py" line="8" />
        <source>&lt;p&gt;Computes a kernel density surface of incident points and outlines the hotspots: the top X% of the study-area cells (default 5%), or the cells with at least k times the mean density, dissolved into contiguous clusters with rank, area, incident count and mean and max density.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Radius&lt;/b&gt; is in metres whatever the layer's CRS: geographic input is projected to RD New (EPSG:28992) for Dutch data, else to its UTM zone; the log says which. &lt;b&gt;Automatic radius&lt;/b&gt;: 0.9 x min(standard distance, 1.2011 x median distance to the mean centre) x n&lt;sup&gt;-0.2&lt;/sup&gt; (a Silverman-type rule in two dimensions), at least two pixels.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kernels&lt;/b&gt;: quartic (default), triangular (with decay), uniform, triweight and Epanechnikov use the formulas of QGIS's Heatmap (Raw); Gaussian has sigma = radius / 3, cut off at the radius. &lt;b&gt;Output value&lt;/b&gt;: density (incidents per km², the kernel integrates to 1, so the surface sums to the weight total), raw (as QGIS's Heatmap 'Raw'), or scaled (density per m²).&lt;/p&gt;&lt;p&gt;The grid is snapped to multiples of the pixel size, so maps of different periods line up cell for cell. Default extent: the points' extent plus the radius. Optional mask polygons restrict the study area (cells outside get no data).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prospective mode&lt;/b&gt; (date field set): recent incidents weigh more, weight 0.5^(age / half-life) up to the maximum age, counted back from the reference date (default: the latest date in the data), after Bowers, Johnson &amp; Pease (2004). A half-life of 0 weighs every incident up to the maximum age alike (no decay; near_repeat's NEAR_REPEAT_DAYS is 0 when it finds no near-repeat pattern).&lt;/p&gt;&lt;p&gt;Points with a NULL geometry, NULL weight or negative weight are skipped and counted in the log. Speed: points are binned (linear binning) and the grid is convolved by FFT: the cost grows with the grid, not with points x kernel cells; the error against an exact sum at pixel centres is below 0.5% of the peak.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: a hotspot's incident count below k (default 5, the CBS threshold) is left empty and flagged in the field 'onderdrukt'; the layer's metadata says so.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berekent een kerneldichtheidsoppervlak van incidentpunten en omlijnt de hotspots: de bovenste X% van de cellen van het studiegebied (standaard 5%), of de cellen met minstens k keer de gemiddelde dichtheid, samengevoegd tot aaneengesloten clusters met rang, oppervlakte, aantal incidenten en gemiddelde en maximale dichtheid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Straal&lt;/b&gt; is in meters, wat het CRS van de laag ook is: geografische invoer wordt geprojecteerd naar RD New (EPSG:28992) voor Nederlandse gegevens, anders naar de UTM-zone; het logboek vermeldt welke. &lt;b&gt;Automatische straal&lt;/b&gt;: 0,9 x min(standaardafstand, 1,2011 x mediane afstand tot het gemiddelde middelpunt) x n&lt;sup&gt;-0,2&lt;/sup&gt; (een regel van het Silverman-type in twee dimensies), minstens twee pixels.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kernels&lt;/b&gt;: quartic (standaard), driehoekig (met verval), uniform, triweight en Epanechnikov gebruiken de formules van de QGIS-Heatmap (Ruw); Gaussisch heeft sigma = straal / 3, afgekapt bij de straal. &lt;b&gt;Uitvoerwaarde&lt;/b&gt;: dichtheid (incidenten per km², de kernel integreert tot 1, dus het oppervlak telt op tot het totale gewicht), ruw (zoals 'Ruw' van de QGIS-Heatmap), of geschaald (dichtheid per m²).&lt;/p&gt;&lt;p&gt;Het raster wordt uitgelijnd op veelvouden van de pixelgrootte, zodat kaarten van verschillende perioden cel voor cel samenvallen. Standaardextent: de extent van de punten plus de straal. Optionele maskerpolygonen beperken het studiegebied (cellen daarbuiten krijgen geen gegevens).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prospectieve modus&lt;/b&gt; (datumveld ingesteld): recente incidenten wegen zwaarder, gewicht 0,5^(leeftijd / halfwaardetijd) tot de maximale leeftijd, teruggeteld vanaf de referentiedatum (standaard: de laatste datum in de gegevens), naar Bowers, Johnson &amp; Pease (2004). Een halfwaardetijd van 0 laat elk incident tot de maximale leeftijd even zwaar wegen (geen verval; NEAR_REPEAT_DAYS van near_repeat is 0 als die geen near-repeatpatroon vindt).&lt;/p&gt;&lt;p&gt;Punten met een NULL-geometrie, NULL-gewicht of negatief gewicht worden overgeslagen en in het logboek geteld. Snelheid: punten worden ingedeeld (lineaire binning) en het raster wordt met een FFT geconvolueerd: de kosten groeien met het raster, niet met punten x kernelcellen; de fout ten opzichte van een exacte som in de pixelmiddens is kleiner dan 0,5% van de piek.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: een aantal incidenten van een hotspot onder k (standaard 5, de CBS-drempel) blijft leeg en wordt gemarkeerd in het veld 'onderdrukt'; de metadata van de laag vermelden dat.&lt;/p&gt;</translation>
    </message>
<message><location line="31" filename="../processing/kde_output.py" /><source>incidents</source><translation>incidenten</translation></message><message><location line="33" filename="../processing/kde_output.py" /><source>{} points with a NULL weight were skipped.</source><translation>{} punten met een NULL-gewicht zijn overgeslagen.</translation></message><message><location line="35" filename="../processing/kde_output.py" /><source>{} points with a negative weight were skipped.</source><translation>{} punten met een negatief gewicht zijn overgeslagen.</translation></message><message><location line="36" filename="../processing/kde_output.py" /><source>{} points lie beyond the extent plus radius and do not count.</source><translation>{} punten liggen buiten de extent plus straal en tellen niet mee.</translation></message><message><location line="38" filename="../processing/kde_output.py" /><source>{} points dated after the reference date weigh 0.</source><translation>{} punten met een datum na de referentiedatum wegen 0.</translation></message><message><location line="39" filename="../processing/kde_output.py" /><source>{} points older than the maximum age weigh 0.</source><translation>{} punten ouder dan de maximale leeftijd wegen 0.</translation></message><message><location line="53" filename="../processing/kde_output.py" /><source>Kernel density</source><translation>Kerneldichtheid</translation></message><message><location line="54" filename="../processing/kde_output.py" /><source>Kernel density of incidents.</source><translation>Kerneldichtheid van incidenten.</translation></message><message><location line="42" filename="../processing/kde_output.py" /><source>{} incidents, radius {:.0f} m, grid {} x {} cells of {} m, {} hotspot clusters.</source><translation>{} incidenten, straal {:.0f} m, raster {} x {} cellen van {} m, {} hotspotclusters.</translation></message><message><location line="47" filename="../processing/kde_output.py" /><source>Recent incidents weigh more: ages count back from {}.</source><translation>Recente incidenten wegen zwaarder: de leeftijd telt terug vanaf {}.</translation></message></context>
<context>
    <name>LayerIO</name>
    <message>
        <location filename="../processing/io/crs.py" line="65" />
        <source>Could not reproject an area from {} to {}: {}</source>
        <translation>Kan een gebied niet herprojecteren van {} naar {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/io/gdal_files.py" line="74" />
        <source>Could not open layer {} in {}</source>
        <translation>Kan laag {} in {} niet openen</translation>
    </message>
    <message>
        <location filename="../processing/io/point_tables.py" line="28" />
        <source>To filter incidents by type, give both the type field and one or more values (separated by commas), or neither.</source>
        <translation>Geef om incidenten op type te filteren zowel het typeveld als een of meer waarden (gescheiden door komma's), of geen van beide.</translation>
    </message>
    <message>
        <location filename="../processing/io/points.py" line="216" />
        <source>The input holds lines or polygons: use a point layer (for areas, use their centroids).</source>
        <translation>De invoer bevat lijnen of polygonen: gebruik een puntlaag (neem voor gebieden hun zwaartepunten).</translation>
    </message>
<message><location line="38" filename="../processing/io/rasters.py" /><source>The raster is rotated or not north-up; warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source><translation>Het raster is gedraaid of niet naar het noorden gericht; transformeer het eerst naar een noordgericht raster (Raster &gt; Projecties &gt; Transformeren).</translation></message><message><location line="33" filename="../processing/io/rasters.py" /><source>Could not open the raster {}</source><translation>Kan het raster {} niet openen</translation></message><message><location line="35" filename="../processing/io/rasters.py" /><source>The raster has no band {}.</source><translation>Het raster heeft geen band {}.</translation></message><message><location line="112" filename="../processing/io/rasters.py" /><source>Could not create the raster {}</source><translation>Kan het raster {} niet aanmaken</translation></message></context>
<context>
    <name>LayoutBuilder</name>
    <message>
        <location filename="../processing/layout_builder.py" line="75" />
        <source>Could not read the layout template {}</source>
        <translation>Kan de lay-outsjabloon {} niet lezen</translation>
    </message>
    <message>
        <location filename="../processing/layout_builder.py" line="89" />
        <source>made</source>
        <translation>gemaakt op</translation>
    </message>
    <message>
        <location filename="../processing/layout_builder.py" line="92" />
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../processing/layout_builder.py" line="95" />
        <source>No focus areas</source>
        <translation>Geen aandachtsgebieden</translation>
    </message>
    <message>
        <location filename="../processing/layout_builder.py" line="407" />
        <source>PDF export failed ({}) {}</source>
        <translation>PDF-export mislukt ({}) {}</translation>
    </message>
    <message>
        <location filename="../processing/layout_builder.py" line="453" />
        <source>could not render the page to {}</source>
        <translation>kan de pagina niet weergeven naar {}</translation>
    </message>
</context>
<context>
    <name>LoadCbsNeighbourhoodsAlgorithm</name>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="39" />
        <source>Load CBS neighbourhoods (wijken en buurten)</source>
        <translation>CBS-wijken en -buurten laden</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="42" />
        <source>Open data</source>
        <translation>Open gegevens</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="48" />
        <source>One municipality of the CBS Wijk- en buurtkaart, from the GeoPackage or PDOK, with clean monitor indicators.</source>
        <translation>Eén gemeente uit de CBS-wijk- en buurtkaart, uit de GeoPackage of van PDOK, met schone monitorindicatoren.</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="81" />
        <source>CBS wijk- en buurtkaart GeoPackage (empty: fetch from PDOK)</source>
        <translation>GeoPackage van de CBS-wijk- en buurtkaart (leeg: ophalen bij PDOK)</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="84" />
        <source>Municipality (code GMxxxx or name)</source>
        <translation>Gemeente (code GMxxxx of naam)</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="86" />
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="280" />
        <source>Gemeente (municipality)</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="280" />
        <source>Wijken (districts)</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="280" />
        <source>Buurten (neighbourhoods)</source>
        <translation>Buurten</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="88" />
        <source>Year (PDOK; for a file that does not say its year)</source>
        <translation>Jaar (PDOK; voor een bestand dat zijn jaar niet zegt)</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="92" />
        <source>Leave out areas of water only</source>
        <translation>Gebieden van alleen water weglaten</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="94" />
        <source>CBS areas</source>
        <translation>CBS-gebieden</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="105" />
        <source>Give the municipality: its code (GM and 4 digits) or its name.</source>
        <translation>Geef de gemeente: de code (GM en 4 cijfers) of de naam.</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="112" />
        <source>No file given: fetching {} of {} from PDOK ({}).</source>
        <translation>Geen bestand gekozen: {} van {} worden opgehaald bij PDOK ({}).</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="121" />
        <source>Municipality {} has no {} to load.</source>
        <translation>Gemeente {} heeft geen {} om te laden.</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="125" />
        <source>CBS Wijk- en buurtkaart {} ({}), municipality {} ({}); CBS sentinels read as NULL.</source>
        <translation>CBS-wijk- en buurtkaart {} ({}), gemeente {} ({}); CBS-codes voor ontbrekende cijfers gelezen als NULL.</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="144" />
        <source>Fields renamed to their current CBS names: {}.</source>
        <translation>Velden hernoemd naar hun huidige CBS-naam: {}.</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="147" />
        <source>{} areas of water only left out.</source>
        <translation>{} gebieden van alleen water weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="153" />
        <source>CBS codes for secret or unknown figures (-99999999, -99999997, ...) set to NULL, {} values: {}.</source>
        <translation>CBS-codes voor geheime of onbekende cijfers (-99999999, -99999997, ...) NULL gemaakt, {} waarden: {}.</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="190" />
        <source>CBS wijken en buurten</source>
        <translation>CBS-wijken en -buurten</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="195" />
        <source>{} {} of {} ({}) loaded.</source>
        <translation>{} {} van {} ({}) geladen.</translation>
    </message>
    <message>
        <location filename="../processing/load_cbs_neighbourhoods.py" line="52" />
        <source>&lt;p&gt;Loads the gemeente, wijken or buurten of one municipality from the CBS &lt;b&gt;Wijk- en buurtkaart&lt;/b&gt; (Kerncijfers wijken en buurten, CBS), ready for the area monitor.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source&lt;/b&gt;: the GeoPackage wijkenbuurten_&amp;lt;year&amp;gt;.gpkg downloaded from PDOK (CBS Wijken en Buurten, 2019-2025). Leave the file empty to fetch the municipality from PDOK's OGC API Features (api.pdok.nl/cbs/wijken-en-buurten-&amp;lt;year&amp;gt;/ogc/v1) of the chosen year, through QGIS's network settings. The file is only read.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Municipality&lt;/b&gt;: its code (GM0363, or 363) or its name, however it is typed: case, accents, spaces and the 's- of 's-Hertogenbosch do not matter, and Den Bosch, Den Haag and The Hague are understood. A name it cannot find gets the nearest matches. Online, a name PDOK does not have as written is looked up in PDOK's list of municipalities of that year (a larger download, once a session).&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it cleans&lt;/b&gt;: CBS writes -99999999, -99999997 (and similar codes) where a figure is secret or unknown; they become NULL and the log counts them per field. Fields renamed between years (AANT_INW in 2019, aantal_inwoners from 2021) get one name; the year is read from a field 'jaar', the file name, or else the Year parameter, and a year Wijkradar does not know is read by every name the fields had. Fields get aliases with their unit, in the language of QGIS. Areas of water only (water = JA) are left out unless you keep them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Added&lt;/b&gt;: bijstand_per_1000_inwoners, ww_per_1000_inwoners, ao_per_1000_inwoners (benefit recipients per 1,000 inhabitants) and inwoners_per_km2_land, where the layer has their figures, and jaar. The figures are CBS's own published figures (already protected by CBS), so nothing is suppressed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Laadt de gemeente, wijken of buurten van één gemeente uit de &lt;b&gt;Wijk- en buurtkaart&lt;/b&gt; van het CBS (Kerncijfers wijken en buurten), klaar voor de buurtmonitor.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bron&lt;/b&gt;: de GeoPackage wijkenbuurten_&amp;lt;jaar&amp;gt;.gpkg, gedownload van PDOK (CBS Wijken en Buurten, 2019-2025). Laat het bestand leeg om de gemeente op te halen via de OGC API Features van PDOK (api.pdok.nl/cbs/wijken-en-buurten-&amp;lt;jaar&amp;gt;/ogc/v1) van het gekozen jaar, via de netwerkinstellingen van QGIS. Het bestand wordt alleen gelezen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gemeente&lt;/b&gt;: de code (GM0363, of 363) of de naam, hoe je die ook typt: hoofdletters, accenten, spaties en de 's- van 's-Hertogenbosch maken niet uit, en Den Bosch, Den Haag en The Hague worden begrepen. Een naam die niet gevonden wordt geeft de best passende namen. Online wordt een naam die PDOK niet precies zo kent opgezocht in de lijst van gemeenten van dat jaar bij PDOK (een grotere download, eenmaal per sessie).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wat er wordt opgeschoond&lt;/b&gt;: het CBS schrijft -99999999, -99999997 (en vergelijkbare codes) waar een cijfer geheim of onbekend is; die worden NULL en het logboek telt ze per veld. Velden die tussen jaren een andere naam kregen (AANT_INW in 2019, aantal_inwoners vanaf 2021) krijgen één naam; het jaar wordt gelezen uit een veld 'jaar', de bestandsnaam of anders de parameter Jaar, en een jaar dat Wijkradar niet kent wordt gelezen met elke naam die de velden hadden. Velden krijgen aliassen met hun eenheid, in de taal van QGIS. Gebieden van alleen water (water = JA) worden weggelaten, tenzij je ze houdt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Toegevoegd&lt;/b&gt;: bijstand_per_1000_inwoners, ww_per_1000_inwoners, ao_per_1000_inwoners (uitkeringsontvangers per 1.000 inwoners) en inwoners_per_km2_land, waar de laag hun cijfers heeft, en jaar. De cijfers zijn de eigen gepubliceerde cijfers van het CBS (al door het CBS beveiligd), dus er wordt niets onderdrukt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LocalHotspotStatisticsAlgorithm</name>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="68" />
        <source>Local hotspot statistics (Gi*, local Moran)</source>
        <translation>Lokale hotspotstatistiek (Gi*, lokale Moran)</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="71" />
        <source>Hotspots</source>
        <translation>Hotspotanalyse</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="77" />
        <source>Statistically significant hot and cold spots (Getis-Ord Gi*) and clusters and outliers (local Moran's I) of areas or grid cells, with a false discovery rate correction.</source>
        <translation>Statistisch significante hotspots en coldspots (Getis-Ord Gi*) en clusters en uitschieters (lokale Moran's I) van gebieden of rastercellen, met een correctie voor de false discovery rate.</translation>
    </message>
    <message>
        <location filename="../processing/help/local_hotspot_statistics.py" line="8" />
        <source>&lt;p&gt;Tells whether a cluster of high (or low) values is more than chance. The values are a numeric field of an area layer (counts, rates, scores), or incidents counted per area or per square grid cell (cells without incidents count as 0; with an area layer, only the cells that touch the areas).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Getis-Ord Gi*&lt;/b&gt; (Getis &amp; Ord 1992; Ord &amp; Getis 1995) compares the sum of an area's and its neighbours' values with what chance gives: a high z-score is a hot spot, a low one a cold spot. &lt;b&gt;Gi&lt;/b&gt; leaves the area itself out. &lt;b&gt;Local Moran's I&lt;/b&gt; (Anselin 1995) also finds outliers: HH and LL clusters, HL (a high area among low ones) and LH. The z-scores equal PySAL's (esda) for binary weights; they do not change when the weights are row-standardised.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Neighbours&lt;/b&gt;: areas that share a border or a corner (queen), only a border (rook), centroids within a distance band in metres (0: the smallest band that gives every area a neighbour), or the k nearest. Areas without neighbours stop the run with their number and a band that would do. A layer in degrees is reprojected to metres (RD New for Dutch data) for the computation.&lt;/p&gt;&lt;p&gt;&lt;b&gt;p-values&lt;/b&gt; are two-sided, from the z-scores, or with 99-9999 &lt;b&gt;permutations&lt;/b&gt; from conditional randomisation (each area keeps its value; its neighbours' values are drawn from the other areas; the seed makes runs repeatable). Testing thousands of areas finds some by chance, so the &lt;b&gt;false discovery rate&lt;/b&gt; correction (Benjamini &amp; Hochberg 1995) is on by default; Bonferroni is stricter. &lt;b&gt;gi_class&lt;/b&gt;: +3/+2/+1 hot spot at 99/95/90% confidence after the correction, -3/-2/-1 cold spot, 0 not significant (as ArcGIS's Gi_Bin); &lt;b&gt;lisa&lt;/b&gt;: the quadrant where significant at the chosen level, else NS. Areas without a value (NULL) are left out of the analysis.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: counts (incidents, or a value field of whole numbers) below k are left empty and flagged in 'onderdrukt'; the statistics are kept. The HTML summary counts the areas per class and explains the method.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zegt of een cluster van hoge (of lage) waarden meer is dan toeval. De waarden zijn een numeriek veld van een gebiedenlaag (aantallen, ratio's, scores), of incidenten geteld per gebied of per vierkante rastercel (cellen zonder incidenten tellen als 0; met een gebiedenlaag alleen de cellen die de gebieden raken).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Getis-Ord Gi*&lt;/b&gt; (Getis &amp; Ord 1992; Ord &amp; Getis 1995) vergelijkt de som van de waarden van een gebied en zijn buren met wat toeval geeft: een hoge z-score is een hotspot, een lage een coldspot. &lt;b&gt;Gi&lt;/b&gt; laat het gebied zelf weg. &lt;b&gt;Lokale Moran's I&lt;/b&gt; (Anselin 1995) vindt ook uitschieters: HH- en LL-clusters, HL (een hoog gebied tussen lage) en LH. De z-scores zijn gelijk aan die van PySAL (esda) bij binaire gewichten; ze veranderen niet als de gewichten per rij gestandaardiseerd worden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Buren&lt;/b&gt;: gebieden met een gedeelde grens of hoek (queen), alleen een gedeelde grens (rook), zwaartepunten binnen een afstandsband in meters (0: de kleinste band die elk gebied een buur geeft), of de k dichtstbijzijnde. Gebieden zonder buren stoppen de berekening, met hun aantal en een band die wel volstaat. Een laag in graden wordt voor de berekening naar meters omgezet (RD New voor Nederlandse gegevens).&lt;/p&gt;&lt;p&gt;&lt;b&gt;p-waarden&lt;/b&gt; zijn tweezijdig, uit de z-scores, of met 99-9999 &lt;b&gt;permutaties&lt;/b&gt; uit conditionele randomisatie (elk gebied houdt zijn waarde; de waarden van zijn buren worden uit de andere gebieden getrokken; de seed maakt runs herhaalbaar). Wie duizenden gebieden toetst, vindt er een paar door toeval, dus staat de correctie voor de &lt;b&gt;false discovery rate&lt;/b&gt; (Benjamini &amp; Hochberg 1995) standaard aan; Bonferroni is strenger. &lt;b&gt;gi_class&lt;/b&gt;: +3/+2/+1 hotspot met 99/95/90% betrouwbaarheid na de correctie, -3/-2/-1 coldspot, 0 niet significant (zoals Gi_Bin van ArcGIS); &lt;b&gt;lisa&lt;/b&gt;: het kwadrant waar significant op het gekozen niveau, anders NS. Gebieden zonder waarde (NULL) blijven buiten de analyse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: aantallen (incidenten, of een waardeveld met gehele getallen) onder k blijven leeg en worden gemarkeerd in 'onderdrukt'; de statistieken blijven staan. De HTML-samenvatting telt de gebieden per klasse en legt de methode uit.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="85" />
        <source>Values to analyse</source>
        <translation>Te analyseren waarden</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="134" />
        <source>A value field of the areas</source>
        <translation>Een waardeveld van de gebieden</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="134" />
        <source>Incidents counted per area</source>
        <translation>Incidenten geteld per gebied</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="134" />
        <source>Incidents counted per grid cell</source>
        <translation>Incidenten geteld per rastercel</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="87" />
        <source>Areas (postcodes, buurten; for a grid: the study area)</source>
        <translation>Gebieden (postcodes, buurten; bij een raster: het studiegebied)</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="90" />
        <source>Value field</source>
        <translation>Waardeveld</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="93" />
        <source>Area id field</source>
        <translation>Gebieds-id-veld</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="96" />
        <source>Incident points</source>
        <translation>Incidentpunten</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="99" />
        <source>Grid cell size (m)</source>
        <translation>Grootte rastercel (m)</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="100" />
        <source>Neighbours</source>
        <translation>Buren</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="142" />
        <source>Shared border or corner (queen)</source>
        <translation>Gedeelde grens of hoek (queen)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="142" />
        <source>Shared border (rook)</source>
        <translation>Gedeelde grens (rook)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="142" />
        <source>Distance band</source>
        <translation>Afstandsband</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="142" />
        <source>k nearest neighbours</source>
        <translation>k dichtstbijzijnde buren</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="102" />
        <source>Distance band (m; 0 = smallest that gives every area a neighbour)</source>
        <translation>Afstandsband (m; 0 = de kleinste die elk gebied een buur geeft)</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="105" />
        <source>Number of nearest neighbours (k)</source>
        <translation>Aantal dichtstbijzijnde buren (k)</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="106" />
        <source>Weights</source>
        <translation>Gewichten</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="150" />
        <source>Row-standardised (mean of the neighbours)</source>
        <translation>Per rij gestandaardiseerd (gemiddelde van de buren)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="150" />
        <source>Binary (sum over the neighbours)</source>
        <translation>Binair (som over de buren)</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="108" />
        <source>Statistic</source>
        <translation>Statistiek</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="157" />
        <source>Getis-Ord Gi* (hot and cold spots)</source>
        <translation>Getis-Ord Gi* (hotspots en coldspots)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="157" />
        <source>Getis-Ord Gi</source>
        <translation>Getis-Ord Gi</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="157" />
        <source>Local Moran's I (clusters and outliers)</source>
        <translation>Lokale Moran's I (clusters en uitschieters)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="157" />
        <source>Gi* and local Moran's I</source>
        <translation>Gi* en lokale Moran's I</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="110" />
        <source>Permutations (0 = p-values from the z-scores; else 99-9999)</source>
        <translation>Permutaties (0 = p-waarden uit de z-scores; anders 99-9999)</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="113" />
        <source>Random seed of the permutations</source>
        <translation>Seed van de permutaties</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="114" />
        <source>Correction for testing many areas</source>
        <translation>Correctie voor het toetsen van veel gebieden</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="166" />
        <source>False discovery rate (Benjamini-Hochberg)</source>
        <translation>False discovery rate (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="166" />
        <source>Bonferroni</source>
        <translation>Bonferroni</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="166" />
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="117" />
        <source>Significance level (clusters and outliers)</source>
        <translation>Significantieniveau (clusters en uitschieters)</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="213" />
        <source>Hotspot statistics</source>
        <translation>Hotspotstatistiek</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="123" />
        <source>Summary (HTML)</source>
        <translation>Samenvatting (HTML)</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="124" />
        <source>Areas analysed</source>
        <translation>Geanalyseerde gebieden</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="124" />
        <source>Hot spots (any confidence)</source>
        <translation>Hotspots (elke betrouwbaarheid)</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="124" />
        <source>Cold spots (any confidence)</source>
        <translation>Coldspots (elke betrouwbaarheid)</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="124" />
        <source>Hot spots at 95% confidence or more</source>
        <translation>Hotspots met 95% betrouwbaarheid of meer</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="124" />
        <source>Cold spots at 95% confidence or more</source>
        <translation>Coldspots met 95% betrouwbaarheid of meer</translation>
    </message>
    <message>
        <location filename="../processing/local_hotspot_statistics.py" line="161" />
        <source>{} areas; neighbours: {}, {} on average.</source>
        <translation>{} gebieden; buren: {}, gemiddeld {}.</translation>
    </message>
</context>
<context>
    <name>NameLists</name>
    <message>
        <location filename="../ui/name_lists.py" line="54" />
        <source>Wijkradar: loading deduce's Dutch name and street lists</source>
        <translation>Wijkradar: de Nederlandse lijsten met namen en straten van deduce laden</translation>
    </message>
</context>
<context>
    <name>NearRepeat</name>
    <message>
        <location filename="../core/near_repeat.py" line="51" />
        <source>The Knox test needs at least two incidents with a location and a date; {count} found.</source>
        <translation>De Knox-toets heeft minstens twee incidenten met een locatie en een datum nodig; {count} gevonden.</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="54" />
        <source>All {count} incidents have the same date ({date}): the Knox test compares how close in time incidents are, so it needs incidents on different days. Choose a longer period.</source>
        <translation>Alle {count} incidenten hebben dezelfde datum ({date}): de Knox-toets vergelijkt hoe dicht incidenten in de tijd bij elkaar liggen en heeft dus incidenten op verschillende dagen nodig. Kies een langere periode.</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="58" />
        <source>All {count} incidents lie at the same location: the Knox test compares distances, so it needs incidents at different places.</source>
        <translation>Alle {count} incidenten liggen op dezelfde locatie: de Knox-toets vergelijkt afstanden en heeft dus incidenten op verschillende plaatsen nodig.</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="61" />
        <source>{count} incidents have no finite coordinates; leave them out first.</source>
        <translation>{count} incidenten hebben geen eindige coördinaten; laat ze eerst weg.</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="63" />
        <source>Band widths (metres, days) and numbers of bands must be whole numbers of at least 1; got {values}.</source>
        <translation>Bandbreedtes (meters, dagen) en aantallen banden moeten gehele getallen van minstens 1 zijn; gekregen: {values}.</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="66" />
        <source>The number of permutations must be at least 1, not {value}.</source>
        <translation>Het aantal permutaties moet minstens 1 zijn, niet {value}.</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="68" />
        <source>The random seed must be a whole number of 0 or more, not {value}.</source>
        <translation>De startwaarde van het toeval (seed) moet een geheel getal van 0 of meer zijn, niet {value}.</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="70" />
        <source>{pairs} pairs of incidents lie within {distance} m of each other, more than one analysis can hold ({limit}). Choose narrower or fewer distance bands, a shorter period or one type of incident.</source>
        <translation>{pairs} paren incidenten liggen binnen {distance} m van elkaar, meer dan één analyse kan bevatten ({limit}). Kies smallere of minder afstandsbanden, een kortere periode of één soort incident.</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="74" />
        <source>same location (0 m)</source>
        <translation>zelfde locatie (0 m)</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="75" />
        <source>{low} to {high} m</source>
        <translation>{low} tot en met {high} m</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="76" />
        <source>more than {high} m</source>
        <translation>meer dan {high} m</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="77" />
        <source>{low} to {high} days</source>
        <translation>{low} tot en met {high} dagen</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="78" />
        <source>more than {high} days</source>
        <translation>meer dan {high} dagen</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="79" />
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="80" />
        <source>Incidents of type {types}</source>
        <translation>Incidenten van type {types}</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="81" />
        <source>{subject} within {distance} m and {days} days of one another are {ratio} times as frequent as expected if place and time were unrelated (p = {p}).</source>
        <translation>{subject} binnen {distance} m en {days} dagen van elkaar komen {ratio} keer zo vaak voor als verwacht als plaats en tijd los van elkaar stonden (p = {p}).</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="84" />
        <source>{subject} within {distance} m and {days} days of one another are more frequent than expected if place and time were unrelated (p = {p}; fewer than {k} pairs, so the ratio is not shown).</source>
        <translation>{subject} binnen {distance} m en {days} dagen van elkaar komen vaker voor dan verwacht als plaats en tijd los van elkaar stonden (p = {p}; minder dan {k} paren, dus de verhouding wordt niet getoond).</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="88" />
        <source>Repeats at the same location within {days} days are {ratio} times as frequent as expected (p = {p}).</source>
        <translation>Herhalingen op dezelfde locatie binnen {days} dagen komen {ratio} keer zo vaak voor als verwacht (p = {p}).</translation>
    </message>
    <message>
        <location filename="../core/near_repeat.py" line="91" />
        <source>{subject} within {distance} m and {days} days of one another are not significantly more frequent than expected (p = {p}; significant means p &lt; {alpha}): no near-repeat pattern.</source>
        <translation>{subject} binnen {distance} m en {days} dagen van elkaar komen niet significant vaker voor dan verwacht (p = {p}; significant betekent p &lt; {alpha}): geen near-repeatpatroon.</translation>
    </message>
</context>
<context>
    <name>NearRepeatAlgorithm</name>
    <message>
        <location filename="../processing/near_repeat.py" line="57" />
        <source>Near-repeat analysis (Knox test)</source>
        <translation>Near-repeatanalyse (Knox-toets)</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="60" />
        <source>Hotspots</source>
        <translation>Hotspotanalyse</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="66" />
        <source>How far and how long the risk stays raised after an incident: observed and expected pairs per distance and time band.</source>
        <translation>Hoe ver en hoe lang het risico na een incident verhoogd blijft: waargenomen en verwachte paren per afstands- en tijdsband.</translation>
    </message>
    <message>
        <location filename="../processing/help/near_repeat.py" line="8" />
        <source>&lt;p&gt;After a burglary the same home and the homes nearby run a raised risk for a few weeks (Townsley, Homel &amp; Chaseling 2003; Johnson &amp; Bowers 2004). This is the Knox test (Knox 1964) as Ratcliffe's Near Repeat Calculator (2009) does it: every pair of incidents falls in a distance band (same location, 1 to 100 m, 101 to 200 m, ..., more than the last band) and a time band (0 to 7 days, 8 to 14, ..., more than the last band). The expected count of each cell is its mean over random permutations of the dates over the locations (seeded, so a run can be repeated); the &lt;b&gt;Knox ratio&lt;/b&gt; is observed / expected and &lt;b&gt;p&lt;/b&gt; = (1 + permutations with at least the observed count) / (permutations + 1).&lt;/p&gt;&lt;p&gt;Distances are in whole metres: geographic input is projected to RD New (EPSG:28992) for Dutch data, else to its UTM zone (the log says so). Time differences are whole days; text dates (2024-03-18, 18-03-2024) are read as everywhere in Wijkradar, and incidents without a usable date are left out and counted in the log. The type field and values select incidents (e.g. only burglaries).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: a table with one row per cell, an HTML report with the ratios shaded where p &amp;lt; 0.05 and p &amp;le; 0.01 and the result in plain words, and the suggested near-repeat window NEAR_REPEAT_DISTANCE (metres) and NEAR_REPEAT_DAYS: the largest distance and time band raised (p &amp;lt; 0.05, ratio above 1) without a gap from the first band beyond the same location, both 0 without a near-repeat pattern. In the modeler they can set the near-repeat window of the postcode risk forecast or the half-life of prospective kernel density hotspots.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: observed pair counts below k (default 5) and their ratios are left empty and flagged in 'onderdrukt'.&lt;/p&gt;&lt;p&gt;References: Knox, G. (1964), The detection of space-time interactions; Townsley, M., Homel, R. &amp; Chaseling, J. (2003), Infectious burglaries; Johnson, S.D. &amp; Bowers, K.J. (2004), The burglary as clue to the future; Ratcliffe, J.H. (2009), Near Repeat Calculator version 1.3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Na een woninginbraak lopen dezelfde woning en de woningen in de buurt een paar weken een verhoogd risico (Townsley, Homel &amp; Chaseling 2003; Johnson &amp; Bowers 2004). Dit is de Knox-toets (Knox 1964) zoals Ratcliffes Near Repeat Calculator (2009) die uitvoert: elk paar incidenten valt in een afstandsband (zelfde locatie, 1 tot en met 100 m, 101 tot en met 200 m, ..., meer dan de laatste band) en een tijdsband (0 tot en met 7 dagen, 8 tot en met 14, ..., meer dan de laatste band). Het verwachte aantal van elke cel is het gemiddelde over willekeurige permutaties van de datums over de locaties (met een seed, zodat een run te herhalen is); de &lt;b&gt;Knox-verhouding&lt;/b&gt; is waargenomen / verwacht en &lt;b&gt;p&lt;/b&gt; = (1 + permutaties met minstens het waargenomen aantal) / (permutaties + 1).&lt;/p&gt;&lt;p&gt;Afstanden zijn in hele meters: geografische invoer wordt geprojecteerd naar RD New (EPSG:28992) voor Nederlandse gegevens, anders naar de eigen UTM-zone (het logboek vermeldt dat). Tijdsverschillen zijn hele dagen; tekstdatums (2024-03-18, 18-03-2024) worden gelezen zoals overal in Wijkradar, en incidenten zonder bruikbare datum worden weggelaten en in het logboek geteld. Het typeveld en de waarden selecteren incidenten (bijv. alleen woninginbraken).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: een tabel met één rij per cel, een HTML-rapport met de verhoudingen gekleurd waar p &amp;lt; 0.05 en p &amp;le; 0.01 en de uitkomst in gewone woorden, en het voorgestelde near-repeatvenster NEAR_REPEAT_DISTANCE (meters) en NEAR_REPEAT_DAYS: de grootste afstands- en tijdsband die verhoogd is (p &amp;lt; 0.05, verhouding boven 1) zonder onderbreking vanaf de eerste band na dezelfde locatie, beide 0 zonder near-repeatpatroon. In de modeler kunnen ze het near-repeatvenster van de risicovoorspelling per postcode of de halfwaardetijd van prospectieve kerneldichtheid-hotspots instellen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: waargenomen aantallen paren onder k (standaard 5) en hun verhoudingen blijven leeg en worden gemarkeerd in 'onderdrukt'.&lt;/p&gt;&lt;p&gt;Bronnen: Knox, G. (1964), The detection of space-time interactions; Townsley, M., Homel, R. &amp; Chaseling, J. (2003), Infectious burglaries; Johnson, S.D. &amp; Bowers, K.J. (2004), The burglary as clue to the future; Ratcliffe, J.H. (2009), Near Repeat Calculator version 1.3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="73" />
        <source>Incident points</source>
        <translation>Incidentpunten</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="75" />
        <source>Incident date field</source>
        <translation>Datumveld van de incidenten</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="77" />
        <source>Incident type field (to filter by type)</source>
        <translation>Veld met incidenttype (om op type te filteren)</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="80" />
        <source>Incident types to include (comma-separated)</source>
        <translation>Mee te nemen incidenttypen (kommagescheiden)</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="83" />
        <source>First date to use</source>
        <translation>Eerste datum om te gebruiken</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="83" />
        <source>Last date to use</source>
        <translation>Laatste datum om te gebruiken</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="87" />
        <source>Distance band width (metres)</source>
        <translation>Breedte van een afstandsband (meters)</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="87" />
        <source>Number of distance bands</source>
        <translation>Aantal afstandsbanden</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="87" />
        <source>Time band width (days)</source>
        <translation>Breedte van een tijdsband (dagen)</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="87" />
        <source>Number of time bands</source>
        <translation>Aantal tijdsbanden</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="87" />
        <source>Permutations</source>
        <translation>Permutaties</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="98" />
        <source>Random seed</source>
        <translation>Startwaarde van het toeval (seed)</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="100" />
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="127" />
        <source>Euclidean (straight line)</source>
        <translation>Euclidisch (in rechte lijn)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="127" />
        <source>Manhattan (along a street grid)</source>
        <translation>Manhattan (langs een stratenpatroon)</translation>
    </message>
    <message>
        <location line="24" filename="../processing/near_repeat_output.py" /><location filename="../processing/near_repeat.py" line="103" />
        <source>Knox table</source>
        <translation>Knox-tabel</translation>
    </message>
    <message>
        <location line="44" filename="../processing/near_repeat_output.py" /><location filename="../processing/near_repeat.py" line="105" />
        <source>Near-repeat report</source>
        <translation>Near-repeatrapport</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="106" />
        <source>Near-repeat distance (metres)</source>
        <translation>Near-repeatafstand (meters)</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="106" />
        <source>Near-repeat time window (days)</source>
        <translation>Near-repeattijdvenster (dagen)</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="106" />
        <source>Incidents analysed</source>
        <translation>Geanalyseerde incidenten</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="110" />
        <source>Summary in plain words</source>
        <translation>Samenvatting in gewone woorden</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="120" />
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="155" />
        <source>Distances are measured in {} (metres): the input is in {}.</source>
        <translation>Afstanden worden gemeten in {} (meters): de invoer is in {}.</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="164" />
        <source>No incident has the type {} in '{}': the values are matched exactly as written.</source>
        <translation>Geen enkel incident heeft het type {} in '{}': de waarden moeten precies overeenkomen zoals ze geschreven zijn.</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="193" />
        <source>The first date to use, {}, lies after the last, {}.</source>
        <translation>De eerste datum om te gebruiken, {}, ligt na de laatste, {}.</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="202" />
        <source>{} incidents outside the chosen dates were left out.</source>
        <translation>{} incidenten buiten de gekozen datums zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/near_repeat.py" line="206" />
        <source>{} incidents without a geometry were left out.</source>
        <translation>{} incidenten zonder geometrie zijn weggelaten.</translation>
    </message>
<message><location line="31" filename="../processing/near_repeat_output.py" /><source>{:,} incidents from '{}', {} to {}.</source><translation>{:,} incidenten uit '{}', {} tot en met {}.</translation></message><message><location line="35" filename="../processing/near_repeat_output.py" /><source>Types: {}.</source><translation>Typen: {}.</translation></message></context>
<context>
    <name>NearRepeatReport</name>
    <message>
        <location filename="../core/near_repeat_report.py" line="19" />
        <source>Near-repeat analysis (Knox test)</source>
        <translation>Near-repeatanalyse (Knox-toets)</translation>
    </message>
    <message>
        <location filename="../core/near_repeat_report.py" line="20" />
        <source>Knox ratios: observed / expected pairs</source>
        <translation>Knox-verhoudingen: waargenomen / verwachte paren</translation>
    </message>
    <message>
        <location filename="../core/near_repeat_report.py" line="21" />
        <source>Shaded: more pairs than expected, &lt;span class='p05'&gt;&amp;nbsp;p &amp;lt; 0.05&amp;nbsp;&lt;/span&gt; and &lt;span class='p01'&gt;&amp;nbsp;p &amp;le; 0.01&amp;nbsp;&lt;/span&gt; (the open bands, 'more than', hold the rest of the pairs and are not shaded). A ratio of 1.5 means 50% more pairs than if place and time were unrelated.</source>
        <translation>Gekleurd: meer paren dan verwacht, &lt;span class='p05'&gt;&amp;nbsp;p &amp;lt; 0.05&amp;nbsp;&lt;/span&gt; en &lt;span class='p01'&gt;&amp;nbsp;p &amp;le; 0.01&amp;nbsp;&lt;/span&gt; (de open banden, 'meer dan', bevatten de overige paren en zijn niet gekleurd). Een verhouding van 1,5 betekent 50% meer paren dan als plaats en tijd los van elkaar stonden.</translation>
    </message>
    <message>
        <location filename="../core/near_repeat_report.py" line="27" />
        <source>Observed pairs</source>
        <translation>Waargenomen paren</translation>
    </message>
    <message>
        <location filename="../core/near_repeat_report.py" line="28" />
        <source>Counts of 1 to {k_minus} pairs are not shown (&amp;lt;{k}), nor their ratio (privacy: counts below k = {k} are suppressed).</source>
        <translation>Aantallen van 1 tot en met {k_minus} paren worden niet getoond (&amp;lt;{k}), en hun verhouding ook niet (privacy: aantallen onder k = {k} worden onderdrukt).</translation>
    </message>
    <message>
        <location filename="../core/near_repeat_report.py" line="31" />
        <source>Expected pairs (mean of {runs} permutations)</source>
        <translation>Verwachte paren (gemiddelde van {runs} permutaties)</translation>
    </message>
    <message>
        <location filename="../core/near_repeat_report.py" line="32" />
        <source>p-values</source>
        <translation>p-waarden</translation>
    </message>
    <message>
        <location filename="../core/near_repeat_report.py" line="33" />
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../core/near_repeat_report.py" line="34" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../core/near_repeat_report.py" line="35" />
        <source>Every pair of the {incidents} incidents ({pairs} pairs) falls in one distance band ({metric}, rounded to whole metres) and one time band (whole days between the dates). The expected count of a cell is its mean over {runs} random permutations of the dates over the locations (seed {seed}): the counts if when an incident happened had nothing to do with where. Knox ratio = observed / expected; p = (1 + permutations with at least the observed count) / (permutations + 1), so {runs} permutations cannot show a p below {p_min}. The near-repeat window is the largest distance and time band raised (p &amp;lt; 0.05, ratio above 1) without a gap from the first band beyond the same location.</source>
        <translation>Elk paar van de {incidents} incidenten ({pairs} paren) valt in één afstandsband ({metric}, afgerond op hele meters) en één tijdsband (hele dagen tussen de datums). Het verwachte aantal van een cel is het gemiddelde over {runs} willekeurige permutaties van de datums over de locaties (seed {seed}): de aantallen als het tijdstip van een incident niets te maken had met de plaats. Knox-verhouding = waargenomen / verwacht; p = (1 + permutaties met minstens het waargenomen aantal) / (permutaties + 1), dus {runs} permutaties kunnen geen p onder {p_min} tonen. Het near-repeatvenster is de grootste afstands- en tijdsband die verhoogd is (p &amp;lt; 0.05, verhouding boven 1) zonder onderbreking vanaf de eerste band na dezelfde locatie.</translation>
    </message>
    <message>
        <location filename="../core/near_repeat_report.py" line="47" />
        <source>Knox (1964), The detection of space-time interactions, Applied Statistics 13; Townsley, Homel &amp; Chaseling (2003), Infectious burglaries, British Journal of Criminology 43; Johnson &amp; Bowers (2004), The burglary as clue to the future, European Journal of Criminology 1; Ratcliffe (2009), Near Repeat Calculator version 1.3, Temple University and the National Institute of Justice.</source>
        <translation>Knox (1964), The detection of space-time interactions, Applied Statistics 13; Townsley, Homel &amp; Chaseling (2003), Infectious burglaries, British Journal of Criminology 43; Johnson &amp; Bowers (2004), The burglary as clue to the future, European Journal of Criminology 1; Ratcliffe (2009), Near Repeat Calculator versie 1.3, Temple University en het National Institute of Justice.</translation>
    </message>
    <message>
        <location filename="../core/near_repeat_report.py" line="54" />
        <source>Euclidean distance</source>
        <translation>Euclidische afstand</translation>
    </message>
    <message>
        <location filename="../core/near_repeat_report.py" line="55" />
        <source>Manhattan distance</source>
        <translation>Manhattan-afstand</translation>
    </message>
</context>
<context>
    <name>OpenDataActions</name>
    <message>
        <location filename="../ui/open_data_step.py" line="32" />
        <source>Load CBS neighbourhoods…</source>
        <translation>CBS-wijken en -buurten laden…</translation>
    </message>
    <message>
        <location filename="../ui/open_data_step.py" line="33" />
        <source>Wijken or buurten of a municipality from the CBS Wijk- en buurtkaart (a downloaded GeoPackage, or PDOK), with clean monitor indicators</source>
        <translation>Wijken of buurten van een gemeente uit de CBS-wijk- en buurtkaart (een gedownloade GeoPackage, of PDOK), met schone monitorindicatoren</translation>
    </message>
    <message>
        <location filename="../ui/open_data_step.py" line="36" />
        <source>Join registered crime…</source>
        <translation>Geregistreerde criminaliteit koppelen…</translation>
    </message>
    <message>
        <location filename="../ui/open_data_step.py" line="37" />
        <source>Registered crime per wijk or buurt from a CBS StatLine table (47018NED, 47022NED) joined to the monitor layer</source>
        <translation>Geregistreerde criminaliteit per wijk of buurt uit een CBS StatLine-tabel (47018NED, 47022NED) gekoppeld aan de monitorlaag</translation>
    </message>
    <message>
        <location filename="../ui/open_data_step.py" line="40" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/open_data_step.py" line="76" />
        <source>Load CBS neighbourhoods</source>
        <translation>CBS-wijken en -buurten laden</translation>
    </message>
    <message>
        <location filename="../ui/open_data_step.py" line="84" />
        <source>Load or choose the neighbourhoods first.</source>
        <translation>Laad of kies eerst de buurten.</translation>
    </message>
    <message>
        <location filename="../ui/open_data_step.py" line="86" />
        <source>Join registered crime</source>
        <translation>Geregistreerde criminaliteit koppelen</translation>
    </message>
    <message>
        <location filename="../ui/open_data_step.py" line="90" />
        <source>Wait until the current run has finished.</source>
        <translation>Wacht tot de huidige run klaar is.</translation>
    </message>
    <message>
        <location filename="../ui/open_data_step.py" line="93" />
        <source>{}: {} %</source>
        <translation>{}: {} %</translation>
    </message>
    <message>
        <location filename="../ui/open_data_step.py" line="98" />
        <source>{}…</source>
        <translation>{}…</translation>
    </message>
    <message>
        <location filename="../ui/open_data_step.py" line="122" />
        <source>{}: {} loaded as the monitor layer.</source>
        <translation>{}: {} geladen als de monitorlaag.</translation>
    </message>
</context>
<context>
    <name>OpenDataOutput</name>
    <message>
        <location filename="../processing/open_data_output.py" line="31" />
        <source>The input field '{}' is replaced by the new value of the same name.</source>
        <translation>Het invoerveld '{}' wordt vervangen door de nieuwe waarde met dezelfde naam.</translation>
    </message>
</context>
<context>
    <name>OpenModelCopyAction</name>
    <message>
        <location filename="../ui/model_actions.py" line="27" />
        <source>{} (copy)</source>
        <translation>{} (kopie)</translation>
    </message>
    <message>
        <location filename="../ui/model_actions.py" line="61" />
        <source>Open a Copy in the Modeler…</source>
        <translation>Een kopie openen in de modelbouwer…</translation>
    </message>
</context>
<context>
    <name>PagePreviewDialog</name>
    <message>
        <location filename="../ui/page_preview.py" line="37" />
        <source>◀ Previous page</source>
        <translation>◀ Vorige pagina</translation>
    </message>
    <message>
        <location filename="../ui/page_preview.py" line="38" />
        <source>Next page ▶</source>
        <translation>Volgende pagina ▶</translation>
    </message>
    <message>
        <location filename="../ui/page_preview.py" line="40" />
        <source>Actual size</source>
        <translation>Ware grootte</translation>
    </message>
    <message>
        <location filename="../ui/page_preview.py" line="41" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../ui/page_preview.py" line="71" />
        <source>Page {} of {}</source>
        <translation>Pagina {} van {}</translation>
    </message>
</context>
<context>
    <name>PatrolFocusMapAlgorithm</name>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="74" />
        <source>Patrol focus map</source>
        <translation>Patrouillekaart</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="77" />
        <source>Briefing</source>
        <translation>Briefingkaarten</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="87" />
        <source>A print layout (PDF/PNG, a page per district) of ranked focus areas.</source>
        <translation>Een afdruklay-out (PDF/PNG, een pagina per wijk) van gerangschikte aandachtsgebieden.</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="93" />
        <source>Focus areas (scored polygons)</source>
        <translation>Aandachtsgebieden (polygonen met een score)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="96" />
        <source>Score field (higher = more attention)</source>
        <translation>Scoreveld (hoger = meer aandacht)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="99" />
        <source>Area name or code field</source>
        <translation>Veld met naam of code van het gebied</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="102" />
        <source>Drivers field (text)</source>
        <translation>Veld met verklarende factoren (tekst)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="115" />
        <source>Number of areas in the table (top N)</source>
        <translation>Aantal gebieden in de tabel (top N)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="118" />
        <source>Districts (one page each)</source>
        <translation>Wijken (elk een pagina)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="121" />
        <source>District name field</source>
        <translation>Veld met wijknaam</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="124" />
        <source>Context layers (areas and lines only)</source>
        <translation>Contextlagen (alleen gebieden en lijnen)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="127" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="127" />
        <source>Patrol focus areas</source>
        <translation>Aandachtsgebieden voor surveillance</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="129" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="131" />
        <source>Classification label</source>
        <translation>Rubriceringslabel</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="133" />
        <source>Method note (default: from the layer's metadata)</source>
        <translation>Methodenotitie (standaard: uit de metadata van de laag)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="136" />
        <source>Paper size (landscape)</source>
        <translation>Papierformaat (liggend)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="138" />
        <source>Wijkradar patrol focus map</source>
        <translation>Wijkradar-patrouillekaart</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="142" />
        <source>Patrol focus map (PDF)</source>
        <translation>Patrouillekaart (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="142" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="144" />
        <source>Pages as images (PNG)</source>
        <translation>Pagina's als afbeeldingen (PNG)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="144" />
        <source>PNG files (*.png)</source>
        <translation>PNG-bestanden (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="161" />
        <source>Ranking the focus areas...</source>
        <translation>De aandachtsgebieden rangschikken...</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="165" />
        <source>No focus areas: the map says so.</source>
        <translation>Geen aandachtsgebieden: de kaart vermeldt dat.</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="205" />
        <source>Exporting...</source>
        <translation>Exporteren...</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="210" />
        <source>Could not write the map: {}. Choose a folder you can write to.</source>
        <translation>Kan de kaart niet schrijven: {}. Kies een map waarin je mag schrijven.</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="177" />
        <source>{} page(s) written to {}</source>
        <translation>{} pagina('s) geschreven naar {}</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="217" />
        <source>Choose the district name field: it names the pages of the map.</source>
        <translation>Kies het veld met de wijknaam: het geeft de pagina's van de kaart hun naam.</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="244" />
        <source>'{}' is a point layer. Patrol focus maps show areas only, never incident points: use hotspot areas, scored postcodes or neighbourhoods.</source>
        <translation>'{}' is een puntlaag. Patrouillekaarten tonen alleen gebieden, nooit incidentpunten: gebruik hotspotgebieden, postcodes met een score of buurten.</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="131" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_ranking.py" line="138" />
        <source>Could not write {}: {}</source>
        <translation>Kan {} niet schrijven: {}</translation>
    </message>
    <message>
        <location line="53" filename="../processing/patrol_map_layout.py" /><location filename="../processing/patrol_map_ranking.py" line="140" />
        <source>Focus areas</source>
        <translation>Aandachtsgebieden</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="39" />
        <source>Confidential - internal use only</source>
        <translation>Vertrouwelijk - alleen voor intern gebruik</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="18" />
        <source>Expected incidents in the forecast week</source>
        <translation>Verwachte incidenten in de voorspelde week</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="19" />
        <source>Expected incidents in the forecast month</source>
        <translation>Verwachte incidenten in de voorspelde maand</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="21" />
        <source>Expected incidents in the forecast quarter</source>
        <translation>Verwachte incidenten in het voorspelde kwartaal</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="23" />
        <source>Expected incidents in the forecast year</source>
        <translation>Verwachte incidenten in het voorspelde jaar</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="24" />
        <source>Expected incidents in the forecast period</source>
        <translation>Verwachte incidenten in de voorspelde periode</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="27" />
        <source>Expected incidents per km² in the forecast week</source>
        <translation>Verwachte incidenten per km² in de voorspelde week</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="29" />
        <source>Expected incidents per km² in the forecast month</source>
        <translation>Verwachte incidenten per km² in de voorspelde maand</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="31" />
        <source>Expected incidents per km² in the forecast quarter</source>
        <translation>Verwachte incidenten per km² in het voorspelde kwartaal</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="33" />
        <source>Expected incidents per km² in the forecast year</source>
        <translation>Verwachte incidenten per km² in het voorspelde jaar</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="35" />
        <source>Expected incidents per km² in the forecast period</source>
        <translation>Verwachte incidenten per km² in de voorspelde periode</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="138" />
        <source>Layout name (in the layout designer)</source>
        <translation>Naam van de lay-out (in de lay-outontwerper)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="76" />
        <source>{method}: a forecast for {period} with {model}</source>
        <translation>{method}: een voorspelling voor {period} met {model}</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="131" />
        <source>Risk score (% of the highest area)</source>
        <translation>Risicoscore (% van het hoogste gebied)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="139" />
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="142" />
        <source>Incidents per 1,000 inhabitants (smoothed)</source>
        <translation>Incidenten per 1.000 inwoners (gladgestreken)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="142" />
        <source>Rate</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="154" />
        <source>no single factor stands out</source>
        <translation>geen enkele factor springt eruit</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="105" />
        <source>Hot spot pattern field (optional)</source>
        <translation>Veld met het hotspotpatroon (optioneel)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="108" />
        <source>Or: emerging hot spots, joined by area id (optional)</source>
        <translation>Of: opkomende hotspots, gekoppeld op gebiedscode (optioneel)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="111" />
        <source>Area id field of the emerging hot spots (default: named as the area field)</source>
        <translation>Gebiedscodeveld van de opkomende hotspots (standaard: met dezelfde naam als het gebiedsveld)</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="190" />
        <source>The focus areas</source>
        <translation>De focusgebieden</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="192" />
        <source>The districts</source>
        <translation>De wijken</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="193" />
        <source>A context layer</source>
        <translation>Een contextlaag</translation>
    </message>
    <message>
        <location filename="../processing/patrol_focus_map.py" line="154" />
        <source>Give the hot spot pattern as a field of the focus areas or as a layer of emerging hot spots, not both.</source>
        <translation>Geef het hotspotpatroon als veld van de aandachtsgebieden of als laag met opkomende hotspots, niet allebei.</translation>
    </message>
    <message>
        <location filename="../processing/help/patrol_focus_map.py" line="8" />
        <source>&lt;p&gt;Makes the patrol focus map for a briefing. The top N areas stand out in a strong red, each with a numbered marker; markers that would overlap are moved aside with a line to their area. The other areas are shaded lightly by their score, areas outside the page's district are grey and its boundary is bold. The legend names the score's unit in words ('Expected incidents in the forecast week', 'Risk score (% of the highest area)'); the scale bar reads in whole metres or kilometres. Beside the map, the numbered list of the top N with their scores and why they are there (the drivers field, e.g. '12 incidents in the last 13 weeks; 4x the average area over the last 52 weeks'); at the top the title, the period, the date it was made and a classification label; at the bottom the method, the source and the privacy rules in full sentences. Numbers are written as the interface's language writes them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hot spot pattern&lt;/b&gt; (optional): under each area's code the list says whether it is a new, intensifying, persistent ... hot spot (a cold spot pattern reads 'cold spot'; no pattern, nothing). The pattern comes from a field of the focus areas, or from the output of Emerging hot spots joined by area id (its field named as the area field, unless another is chosen). Codes (-8 to 8, the 'category' field) and pattern names (also ArcGIS's) are understood; the footer says what the patterns are and the period they cover.&lt;/p&gt;&lt;p&gt;With a districts layer, the map has one page per district (atlas): each page ranks the areas of that district. The PDF holds every page; the PNG option writes one image per page (name_1.png, name_2.png, ...).&lt;/p&gt;&lt;p&gt;The layout comes from the template in resources/layouts. In QGIS desktop it is kept for the layout designer during the session (the Wijkradar dock opens it); neither it nor the layers it draws are added to the project. The ranked areas are saved beside the PDF (name_areas.gpkg).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: only areas are drawn. Point layers (incidents) are refused as focus areas and as context.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Maakt de patrouillekaart voor een briefing. De top N gebieden springen eruit in een sterk rood, elk met een genummerde markering; markeringen die elkaar zouden overlappen worden opzij gezet met een lijn naar hun gebied. De andere gebieden zijn licht gekleurd naar hun score, gebieden buiten de wijk van de pagina zijn grijs en de wijkgrens is vet. De legenda noemt de eenheid van de score in woorden ('Verwachte incidenten in de voorspelde week', 'Risicoscore (% van het hoogste gebied)'); de schaalbalk leest in hele meters of kilometers. Naast de kaart de genummerde lijst van de top N met hun scores en waarom ze erin staan (het veld met verklarende factoren, bijv. '12 incidenten in de laatste 13 weken; 4x zo veel als een gemiddeld gebied in de laatste 52 weken'); bovenaan de titel, de periode, de datum waarop ze gemaakt is en een rubriceringslabel; onderaan de methode, de bron en de privacyregels in hele zinnen. Getallen worden geschreven zoals de taal van de interface ze schrijft.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hotspotpatroon&lt;/b&gt; (optioneel): onder de code van elk gebied zegt de lijst of het een nieuwe, toenemende, blijvende ... hotspot is (een coldspotpatroon leest 'coldspot'; geen patroon, niets). Het patroon komt uit een veld van de aandachtsgebieden, of uit de uitvoer van Opkomende hotspots, gekoppeld op gebiedscode (het veld met dezelfde naam als het gebiedsveld, tenzij een ander gekozen is). Codes (-8 tot 8, het veld 'category') en namen van patronen (ook die van ArcGIS) worden begrepen; de voettekst zegt wat de patronen zijn en welke periode ze beslaan.&lt;/p&gt;&lt;p&gt;Met een laag met wijken heeft de kaart één pagina per wijk (atlas): elke pagina rangschikt de gebieden van die wijk. De PDF bevat alle pagina's; de PNG-optie schrijft één afbeelding per pagina (naam_1.png, naam_2.png, ...).&lt;/p&gt;&lt;p&gt;De opmaak komt uit de sjabloon in resources/layouts. In QGIS desktop wordt ze tijdens de sessie bewaard voor de lay-outontwerper (het Wijkradar-paneel opent haar); noch de lay-out, noch de lagen die ze tekent worden aan het project toegevoegd. De gerangschikte gebieden worden naast de PDF opgeslagen (naam_areas.gpkg).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: alleen gebieden worden getekend. Puntlagen (incidenten) worden geweigerd als aandachtsgebieden en als context.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="90" />
        <source>Under an area's code: its hot spot pattern, found by emerging hot spot analysis (Esri's definitions) over {}</source>
        <translation>Onder de code van een gebied: het hotspotpatroon, volgens de analyse van opkomende hotspots (definities van Esri) over {}</translation>
    </message>
    <message>
        <location filename="../processing/patrol_map_texts.py" line="94" />
        <source>Under an area's code: its hot spot pattern, found by emerging hot spot analysis (Esri's definitions)</source>
        <translation>Onder de code van een gebied: het hotspotpatroon, volgens de analyse van opkomende hotspots (definities van Esri)</translation>
    </message>
<message><location line="102" filename="../processing/patrol_map_layout.py" /><location line="123" filename="../processing/patrol_map_layout.py" /><source>Area</source><translation>Gebied</translation></message><message><location line="48" filename="../processing/patrol_map_layout.py" /><source>Districts</source><translation>Wijken</translation></message><message><location line="86" filename="../processing/patrol_map_layout.py" /><source>Outside this district</source><translation>Buiten deze wijk</translation></message><message><location line="51" filename="../processing/patrol_map_layout.py" /><source>This district</source><translation>Deze wijk</translation></message><message><location line="52" filename="../processing/patrol_map_layout.py" /><source>Other districts</source><translation>Andere wijken</translation></message><message><location line="84" filename="../processing/patrol_map_layout.py" /><source>Top {} of this district, numbered</source><translation>Top {} van deze wijk, genummerd</translation></message><message><location line="85" filename="../processing/patrol_map_layout.py" /><source>Top {}, numbered</source><translation>Top {}, genummerd</translation></message><message><location line="108" filename="../processing/patrol_map_layout.py" /><source>Why this area</source><translation>Waarom dit gebied</translation></message><message><location line="42" filename="../processing/patrol_map_ranking.py" /><source>focus areas</source><translation>focusgebieden</translation></message><message><location line="74" filename="../processing/patrol_map_ranking.py" /><source>{} focus areas have an infinite score in '{}' and are not ranked; check how that field was computed.</source><translation>{} focusgebieden hebben een oneindige score in '{}' en krijgen geen rang; controleer hoe dat veld is berekend.</translation></message><message><location line="78" filename="../processing/patrol_map_ranking.py" /><source>{} focus areas have a CBS code for a secret or unknown figure (-99999999, -99999997, ...) in '{}' instead of a score and are not ranked.</source><translation>{} focusgebieden hebben in '{}' een CBS-code voor een geheim of onbekend cijfer (-99999999, -99999997, ...) in plaats van een score en krijgen geen rangnummer.</translation></message><message><location line="101" filename="../processing/patrol_map_ranking.py" /><source>{} gives no focus area a hot spot pattern: the list shows none.</source><translation>{} geeft geen enkel aandachtsgebied een hotspotpatroon: de lijst toont er geen.</translation></message><message><location line="52" filename="../processing/patrol_map_texts.py" /><source>Source: {inputs}; made with Wijkradar {version} in QGIS {qgis} on {time} UTC</source><translation>Bron: {inputs}; gemaakt met Wijkradar {version} in QGIS {qgis} op {time} UTC</translation></message><message><location line="56" filename="../processing/patrol_map_texts.py" /><source>Only areas are shown, never incident points; counts below {} are suppressed</source><translation>Alleen gebieden worden getoond, nooit incidentpunten; aantallen onder {} zijn onderdrukt</translation></message><message><location line="45" filename="../processing/patrol_map_texts.py" /><source>{name} ({count} features, {hash})</source><translation>{name} ({count} objecten, {hash})</translation></message><message><location line="50" filename="../processing/patrol_map_texts.py" /><source>Method: {}</source><translation>Methode: {}</translation></message></context>
<context>
    <name>PostcodeRiskAlgorithm</name>
    <message>
        <location line="93" filename="../processing/risk_outputs.py" /><location filename="../processing/postcode_risk.py" line="63" />
        <source>Postcode risk forecast</source>
        <translation>Risicovoorspelling per postcode</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="66" />
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="72" />
        <source>Expected incidents per area for the coming period, with drivers and a validated track record.</source>
        <translation>Verwachte incidenten per gebied voor de komende periode, met verklarende factoren en een gevalideerde staat van dienst.</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="90" />
        <source>Areas (PC4, PC6, buurten or grid cells)</source>
        <translation>Gebieden (PC4, PC6, buurten of rastercellen)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="93" />
        <source>Area id field</source>
        <translation>Gebieds-id-veld</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="95" />
        <source>Incidents (points)</source>
        <translation>Incidenten (punten)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="97" />
        <source>Incident date field</source>
        <translation>Datumveld van de incidenten</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="100" />
        <source>Incident type field (to filter by type)</source>
        <translation>Veld met incidenttype (om op type te filteren)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="103" />
        <source>Incident types to include (comma-separated)</source>
        <translation>Mee te nemen incidenttypen (kommagescheiden)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="106" />
        <source>Covariates of the areas (monitor indicators, inhabitants)</source>
        <translation>Covariaten van de gebieden (monitorindicatoren, inwoners)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="111" />
        <source>Context point layers (coffeeshops, ruimingen, ...)</source>
        <translation>Contextpuntlagen (coffeeshops, ruimingen, ...)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="114" />
        <source>Count context points within (metres of an area)</source>
        <translation>Tel contextpunten binnen (meter van een gebied)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="120" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="94" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="94" />
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="94" />
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="94" />
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="122" />
        <source>Forecast horizon (periods ahead)</source>
        <translation>Voorspellingshorizon (perioden vooruit)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="125" />
        <source>First date to use (default: the earliest incident)</source>
        <translation>Eerste datum om te gebruiken (standaard: het vroegste incident)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="128" />
        <source>Last date to use (default: the latest incident)</source>
        <translation>Laatste datum om te gebruiken (standaard: het laatste incident)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="131" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="100" />
        <source>Automatic (best in validation)</source>
        <translation>Automatisch (beste in de validatie)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="100" />
        <source>Poisson GLM</source>
        <translation>Poisson-GLM</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="100" />
        <source>Gradient boosting</source>
        <translation>Gradient boosting</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="134" />
        <source>Validation periods (0 = automatic)</source>
        <translation>Validatieperioden (0 = automatisch)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="134" />
        <source>Near-repeat window (days)</source>
        <translation>Near-repeatvenster (dagen)</translation>
    </message>
    <message>
        <location line="131" filename="../processing/risk_outputs.py" /><location filename="../processing/postcode_risk.py" line="83" />
        <source>Risk per area</source>
        <translation>Risico per gebied</translation>
    </message>
    <message>
        <location line="103" filename="../processing/risk_outputs.py" /><location filename="../processing/postcode_risk.py" line="85" />
        <source>Risk report</source>
        <translation>Risicorapport</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="183" />
        <source>Forecast period</source>
        <translation>Voorspelde periode</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="186" />
        <source>PAI at 5% of the area in validation (best baseline)</source>
        <translation>PAI bij 5% van de oppervlakte in de validatie (beste basislijn)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="193" />
        <source>Incidents counted</source>
        <translation>Getelde incidenten</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="194" />
        <source>Incidents outside every area (not counted)</source>
        <translation>Incidenten buiten elk gebied (niet geteld)</translation>
    </message>
    <message>
        <location line="91" filename="../processing/risk_run.py" /><location filename="../processing/risk_run.py" line="171" />
        <source>incidents</source>
        <translation>incidenten</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="189" />
        <source>Best baseline in validation</source>
        <translation>Beste basislijn in de validatie</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="191" />
        <source>Validation warnings (one per line)</source>
        <translation>Waarschuwingen uit de validatie (één per regel)</translation>
    </message>
    <message>
        <location filename="../processing/help/postcode_risk.py" line="12" />
        <source>&lt;p&gt;Forecasts how many incidents each area (PC4, PC6, buurt or grid cell) will have in the coming period, and ranks the areas. Incidents are counted per area and period (week, month, quarter or year). The model learns from: counts in recent windows and over the whole history (also shrunk towards the neighbours' mean where counts are small), the trend, the same period a year earlier and the time of year, counts in neighbouring areas (areas that touch) and kernel densities of past incidents at three distances, near-repeats (incidents in the last 14 days nearby), incidents of the other types when you filter by type, area size, the covariates you choose (monitor indicators, inhabitants) and counts of context points (coffeeshops, dismantled plantations) in or within a distance of each area; context layers with the date or year field you name are counted up to each forecast's origin only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Models&lt;/b&gt;: a Poisson GLM (relative risk per factor, as Risk Terrain Modeling reports) and gradient boosting with Poisson loss. &lt;b&gt;Validation&lt;/b&gt; is rolling-origin in time: for each of the last periods with a known outcome, the models are trained only on earlier periods and tested on what happened next. Baselines are forecasts of their own on the same periods: last period's counts, the counts of each longer window and of the whole history, and a kernel density surface of past incidents. 'Automatic' picks, among the models, the baselines and a blend of the best model with the best baseline (its weight chosen on other validation periods), the one with the highest Predictive Accuracy Index at the share of the area you patrol (default 5%); the Poisson deviance breaks near-ties. So the forecast never ranks worse in validation than the best baseline: when no model beats it, the output is that baseline, and the results say so (CHOSEN, COMPARISON).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the areas with the expected count, risk score 0-100 (share of the highest), rank, percentile, class 1-5 (lower half, 50-75%, 75-90%, 90-95%, top 5%) and the top 3 drivers as facts of several kinds, e.g. 'high for years: 48 incidents since 2020-01-01; 5x the average area', 'rising: 6 incidents in the last 3 months against fewer than 5 in the 3 months before', 'near-repeat: 7 incidents here and in the neighbouring areas in the last 14 days', '2 ruimingen within 200 m' (never a count below k); observed counts below k (default 5) are suppressed; expected_low and expected_high hold an 80% interval of the count (negative binomial, its spread measured in validation). The HTML report shows hit rate and PAI curves against the baselines, calibration, drivers, the data period and a model card.&lt;/p&gt;&lt;p&gt;Incidents outside every area, without a date or outside the date range are counted and reported. NULL covariates are replaced by the median and flagged; constant features are left out. Area ids must be unique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Caveat&lt;/b&gt;: predictions reflect where incidents were recorded, which depends on reporting and enforcement, not only on where they happened.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voorspelt hoeveel incidenten elk gebied (PC4, PC6, buurt of rastercel) in de komende periode zal hebben, en rangschikt de gebieden. Incidenten worden geteld per gebied en periode (week, maand, kwartaal of jaar). Het model leert van: aantallen in recente vensters en over de hele geschiedenis (ook naar het gemiddelde van de buren getrokken waar aantallen klein zijn), de trend, dezelfde periode een jaar eerder en de tijd van het jaar, aantallen in aangrenzende gebieden (gebieden die elkaar raken) en kerneldichtheden van eerdere incidenten op drie afstanden, near-repeats (incidenten in de laatste 14 dagen dichtbij), incidenten van de andere soorten als je op soort filtert, de oppervlakte van het gebied, de covariaten die je kiest (monitorindicatoren, inwoners) en aantallen contextpunten (coffeeshops, geruimde hennepkwekerijen) in of binnen een afstand van elk gebied; contextlagen met het datum- of jaarveld dat je noemt worden alleen geteld tot het startpunt van elke voorspelling.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modellen&lt;/b&gt;: een Poisson-GLM (relatief risico per factor, zoals Risk Terrain Modeling rapporteert) en gradient boosting met Poisson-verlies. &lt;b&gt;Validatie&lt;/b&gt; gebeurt in de tijd met een voortschrijdend startpunt: voor elk van de laatste perioden met een bekende uitkomst worden de modellen alleen op eerdere perioden getraind en getest op wat daarna gebeurde. Basislijnen zijn voorspellingen op zich op dezelfde perioden: de aantallen van de vorige periode, de aantallen van elk langer venster en van de hele geschiedenis, en een kerneldichtheidsoppervlak van eerdere incidenten. 'Automatisch' kiest uit de modellen, de basislijnen en een mengsel van het beste model met de beste basislijn (het gewicht gekozen op andere validatieperioden) degene met de hoogste Predictive Accuracy Index op het deel van het gebied dat je surveilleert (standaard 5%); de Poisson-deviantie beslist bij bijna gelijke stand. Zo rangschikt de voorspelling in de validatie nooit slechter dan de beste basislijn: als geen model die verslaat, is de uitvoer die basislijn, en de resultaten zeggen dat (CHOSEN, COMPARISON).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de gebieden met het verwachte aantal, de risicoscore 0-100 (deel van het hoogste), rang, percentiel, klasse 1-5 (onderste helft, 50-75%, 75-90%, 90-95%, top 5%) en de 3 belangrijkste verklarende factoren als feiten van verschillende soorten, bijv. 'al jaren hoog: 48 incidenten sinds 2020-01-01; 5x zo veel als een gemiddeld gebied', 'stijgend: 6 incidenten in de laatste 3 maanden tegenover minder dan 5 in de 3 maanden daarvoor', 'near-repeat: 7 incidenten hier en in de aangrenzende gebieden in de laatste 14 dagen', '2 ruimingen binnen 200 m' (nooit een aantal onder k); waargenomen aantallen onder k (standaard 5) worden onderdrukt; expected_low en expected_high bevatten een 80%-interval van het aantal (negatief binomiaal, de spreiding gemeten in de validatie). Het HTML-rapport toont curves van trefpercentage en PAI tegen de basislijnen, kalibratie, verklarende factoren, de gegevensperiode en een modelkaart.&lt;/p&gt;&lt;p&gt;Incidenten buiten elk gebied, zonder datum of buiten het datumbereik worden geteld en gerapporteerd. NULL-covariaten worden vervangen door de mediaan en gemarkeerd; constante kenmerken worden weggelaten. Gebieds-id's moeten uniek zijn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Let op&lt;/b&gt;: voorspellingen weerspiegelen waar incidenten geregistreerd zijn, wat afhangt van meldingen en handhaving, niet alleen van waar ze gebeurden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="134" />
        <source>Date or year field of the context layers (those that have it are counted up to each forecast's origin)</source>
        <translation>Datum- of jaarveld van de contextlagen (lagen met dit veld worden geteld tot het startpunt van elke voorspelling)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="134" />
        <source>Share of the area patrolled, to choose the forecast by (%)</source>
        <translation>Deel van het gebied dat gesurveilleerd wordt, om de voorspelling op te kiezen (%)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="176" />
        <source>Forecast used (glm, boost, blend or a baseline's key)</source>
        <translation>Gebruikte voorspelling (glm, boost, blend of de sleutel van een basislijn)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="178" />
        <source>Forecast used, in words</source>
        <translation>Gebruikte voorspelling, in woorden</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="180" />
        <source>The forecast against the best baseline in validation (one line)</source>
        <translation>De voorspelling tegenover de beste basislijn in de validatie (één regel)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="184" />
        <source>PAI at 5% of the area in validation (forecast used)</source>
        <translation>PAI op 5% van het gebied in de validatie (gebruikte voorspelling)</translation>
    </message>
    <message>
        <location filename="../processing/help/postcode_risk.py" line="60" />
        <source>&lt;p&gt;&lt;b&gt;Area values over time&lt;/b&gt; (advanced): a table without geometry (CSV, GeoPackage) of rows with an area code, a date or period and values, such as payment arrears or benefit counts per buurt or postcode per quarter. Each value field becomes a feature: at each forecast, and at each validation period, an area's latest value known by the end of the origin period, never a later one. A date counts from that day; a year (2024), quarter (2024-Q2, 2024Q2, CBS's 2024KW02) or month (2024-05) from its last day, so a quarter's figure is not used before the quarter ends (date rows by their publication if they come out later). Before an area's first value, and in areas without rows, the value is the median of those known then, flagged as unknown. Codes are matched to the area ids ignoring case, spaces and leading zeros; codes that are no area are left out and named in the log; two rows for one area and date with different values are refused. Drivers name the value and its period, e.g. 'payment arrears per 1,000 households: 14 in 2024-Q2 (average 6.2)'.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gebiedswaarden in de tijd&lt;/b&gt; (geavanceerd): een tabel zonder geometrie (CSV, GeoPackage) met rijen met een gebiedscode, een datum of periode en waarden, zoals betalingsachterstanden of aantallen uitkeringen per buurt of postcode per kwartaal. Elk waardeveld wordt een kenmerk: bij elke voorspelling, en in elke validatieperiode, de laatste waarde van een gebied die aan het einde van de startperiode bekend is, nooit een latere. Een datum telt vanaf die dag; een jaar (2024), kwartaal (2024-Q2, 2024Q2, 2024KW02 van het CBS) of maand (2024-05) vanaf de laatste dag, dus een kwartaalcijfer wordt niet gebruikt voordat het kwartaal voorbij is (geef rijen de datum van publicatie als ze later verschijnen). Vóór de eerste waarde van een gebied, en in gebieden zonder rijen, is de waarde de mediaan van de waarden die dan bekend zijn, gemarkeerd als onbekend. Codes worden aan de gebieds-id's gekoppeld zonder op hoofdletters, spaties en voorloopnullen te letten; codes die geen gebied zijn worden weggelaten en in het logboek genoemd; twee rijen voor één gebied en datum met verschillende waarden worden geweigerd. Verklarende factoren noemen de waarde en haar periode, bijv. 'betalingsachterstanden per 1.000 huishoudens: 14 in 2024-Q2 (gemiddeld 6,2)'.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="155" />
        <source>Area values over time: a table of area code, date or period and values (payment arrears per quarter, ...)</source>
        <translation>Gebiedswaarden in de tijd: een tabel met gebiedscode, datum of periode en waarden (betalingsachterstanden per kwartaal, ...)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="155" />
        <source>Area code field of the value table (codes as in the area id field)</source>
        <translation>Veld met gebiedscodes van de waardentabel (codes zoals in het gebieds-id-veld)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="155" />
        <source>Date, year or quarter field of the value table (2024-06-30, 2024, 2024-Q2)</source>
        <translation>Datum-, jaar- of kwartaalveld van de waardentabel (2024-06-30, 2024, 2024-Q2)</translation>
    </message>
    <message>
        <location filename="../processing/postcode_risk.py" line="155" />
        <source>Value fields of the value table (numbers)</source>
        <translation>Waardevelden van de waardentabel (getallen)</translation>
    </message>
<message><location line="23" filename="../processing/risk_context.py" /><source>in the area</source><translation>in het gebied</translation></message><message><location line="36" filename="../processing/risk_context.py" /><location line="35" filename="../processing/risk_context.py" /><source>A context layer</source><translation>Een contextlaag</translation></message><message><location line="23" filename="../processing/risk_context.py" /><source>within {:g} m</source><translation>binnen {:g} m</translation></message><message><location line="108" filename="../processing/risk_context.py" /><source>{} incidents of other types are a feature too.</source><translation>{} incidenten van andere soorten tellen ook mee als kenmerk.</translation></message><message><location line="46" filename="../processing/risk_context.py" /><source>Context layer {}: {} points, {} areas with one or more {}.</source><translation>Contextlaag {}: {} punten, {} gebieden met één of meer {}.</translation></message><message><location line="85" filename="../processing/risk_context.py" /><source>Context layer {}: counted up to each forecast's origin by its field '{}'.</source><translation>Contextlaag {}: geteld tot het startpunt van elke voorspelling op zijn veld '{}'.</translation></message><message><location line="43" filename="../processing/risk_context.py" /><source>few {} {}</source><translation>weinig {} {}</translation></message><message><location line="82" filename="../processing/risk_context.py" /><source>no {} {}</source><translation>geen {} {}</translation></message><message><location line="133" filename="../processing/risk_outputs.py" /><source>1 lower half</source><translation>1 onderste helft</translation></message><message><location line="133" filename="../processing/risk_outputs.py" /><source>2 percentile 50-75</source><translation>2 percentiel 50-75</translation></message><message><location line="134" filename="../processing/risk_outputs.py" /><source>3 percentile 75-90</source><translation>3 percentiel 75-90</translation></message><message><location line="134" filename="../processing/risk_outputs.py" /><source>4 percentile 90-95</source><translation>4 percentiel 90-95</translation></message><message><location line="135" filename="../processing/risk_outputs.py" /><source>5 top 5%</source><translation>5 top 5%</translation></message><message><location line="132" filename="../processing/risk_outputs.py" /><source>Expected incidents per area.</source><translation>Verwachte incidenten per gebied.</translation></message><message><location line="78" filename="../processing/risk_outputs.py" /><source>Forecast for {} with {} (validated on {} periods); incidents counted per {}; CRS {}.</source><translation>Voorspelling voor {} met {} (gevalideerd op {} perioden); incidenten geteld per {}; CRS {}.</translation></message><message><location line="83" filename="../processing/risk_outputs.py" /><source>incidents_recent counts the last {} periods.</source><translation>incidents_recent telt de laatste {} perioden.</translation></message><message><location line="49" filename="../processing/risk_run.py" /><source>Areas</source><translation>Gebieden</translation></message><message><location line="51" filename="../processing/risk_run.py" /><source>Incidents</source><translation>Incidenten</translation></message><message><location line="55" filename="../processing/risk_run.py" /><source>Reading the areas...</source><translation>De gebieden lezen...</translation></message><message><location line="59" filename="../processing/risk_run.py" /><source>areas</source><translation>gebieden</translation></message><message><location line="79" filename="../processing/risk_run.py" /><source>Reading the incidents...</source><translation>De incidenten lezen...</translation></message><message><location line="61" filename="../processing/risk_run.py" /><source>The area layer has no areas with a geometry.</source><translation>De gebiedenlaag heeft geen gebieden met een geometrie.</translation></message><message><location line="148" filename="../processing/risk_run.py" /><source>{} incidents before the first date were left out.</source><translation>{} incidenten vóór de eerste datum zijn weggelaten.</translation></message><message><location line="150" filename="../processing/risk_run.py" /><source>{} incidents after the last date were left out.</source><translation>{} incidenten na de laatste datum zijn weggelaten.</translation></message><message><location line="132" filename="../processing/risk_run.py" /><source>{} incidents in {} periods ({} to {}); fitting and validating...</source><translation>{} incidenten in {} perioden ({} tot en met {}); schatten en valideren...</translation></message><message><location line="165" filename="../processing/risk_run.py" /><source>Chosen: {}.</source><translation>Gekozen: {}.</translation></message><message><location line="94" filename="../processing/risk_run.py" /><source>{} of {} incidents lie outside every area and are not counted.</source><translation>{} van de {} incidenten liggen buiten elk gebied en worden niet geteld.</translation></message><message><location line="162" filename="../processing/risk_run.py" /><source>Validation, {}: PAI at 5% of the area {:.2f}, hit rate {:.1%}.</source><translation>Validatie, {}: PAI bij 5% van de oppervlakte {:.2f}, trefpercentage {:.1%}.</translation></message></context>
<context>
    <name>PostgisDialog</name>
    <message>
        <location filename="../ui/source_dialogs.py" line="153" />
        <source>Load from PostGIS</source>
        <translation>Laden uit PostGIS</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="157" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="160" />
        <source>Choose a connection saved in QGIS (Browser &gt; PostgreSQL) and press Connect.</source>
        <translation>Kies een in QGIS opgeslagen verbinding (Browser &gt; PostgreSQL) en klik op Verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="160" />
        <source>No PostGIS connection is saved in QGIS: add one in the Browser (PostgreSQL &gt; New Connection) first.</source>
        <translation>Er is geen PostGIS-verbinding opgeslagen in QGIS: voeg er eerst een toe in de Browser (PostgreSQL &gt; Nieuwe verbinding).</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="171" />
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="187" />
        <source>Connecting to {}…</source>
        <translation>Verbinden met {}…</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="188" />
        <source>Wijkradar: tables of {}</source>
        <translation>Wijkradar: tabellen van {}</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="198" />
        <source>Could not list the tables: {}</source>
        <translation>Kan de tabellen niet ophalen: {}</translation>
    </message>
    <message>
        <location filename="../ui/source_dialogs.py" line="210" />
        <source>{} table(s) with geometry. Check the ones to load.</source>
        <translation>{} tabel(len) met geometrie. Vink de tabellen aan die je wilt laden.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../core/privacy.py" line="154" />
        <source>BSN numbers</source>
        <translation>BSN's</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="155" />
        <source>licence plates</source>
        <translation>kentekens</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="156" />
        <source>e-mail addresses</source>
        <translation>e-mailadressen</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="157" />
        <source>phone numbers</source>
        <translation>telefoonnummers</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="158" />
        <source>IBAN bank account numbers</source>
        <translation>IBAN-bankrekeningnummers</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="159" />
        <source>street and house number</source>
        <translation>straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="160" />
        <source>postcode and house number</source>
        <translation>postcode en huisnummer</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="161" />
        <source>dates of birth</source>
        <translation>geboortedata</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="163" />
        <source>names of persons</source>
        <translation>namen van personen</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="166" />
        <source>names of persons, places or businesses</source>
        <translation>namen van personen, plaatsen of bedrijven</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="167" />
        <source>free text</source>
        <translation>vrije tekst</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="168" />
        <source>house numbers</source>
        <translation>huisnummers</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="169" />
        <source>years of birth</source>
        <translation>geboortejaren</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="170" />
        <source>a BSN field (values are not valid BSNs)</source>
        <translation>een BSN-veld (de waarden zijn geen geldige BSN's)</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="173" />
        <source>9-digit numbers passing the BSN 11-test</source>
        <translation>getallen van 9 cijfers die de BSN-elfproef doorstaan</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="174" />
        <source>Dutch licence plates (official side codes)</source>
        <translation>Nederlandse kentekens (officiële sidecodes)</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="175" />
        <source>text containing an e-mail address</source>
        <translation>tekst met een e-mailadres</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="176" />
        <source>Dutch or international phone numbers</source>
        <translation>Nederlandse of internationale telefoonnummers</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="177" />
        <source>IBANs with a valid check digit</source>
        <translation>IBAN's met een geldig controlegetal</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="178" />
        <source>street names followed by a house number</source>
        <translation>straatnamen gevolgd door een huisnummer</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="179" />
        <source>PC6 postcodes followed by a house number</source>
        <translation>PC6-postcodes gevolgd door een huisnummer</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="180" />
        <source>dates, and the field name suggests birth</source>
        <translation>datums, en de veldnaam wijst op geboorte</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="181" />
        <source>years, and the field name suggests birth</source>
        <translation>jaartallen, en de veldnaam wijst op geboorte</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="182" />
        <source>text with spaces, long or mostly distinct</source>
        <translation>tekst met spaties, lang of grotendeels verschillend</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="187" />
        <source>{count} of {total} values scanned look like {pattern}.</source>
        <translation>{count} van de {total} gescande waarden lijken op {pattern}.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="189" />
        <source>The field name '{field}' suggests {label}.</source>
        <translation>De veldnaam '{field}' wijst op {label}.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="190" />
        <source>Field '{other}' and field '{field}' together give {label}.</source>
        <translation>Veld '{other}' en veld '{field}' geven samen {label}.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="192" />
        <source>The field name '{field}' suggests house numbers; no street or postcode field was found, but check the layer before sharing.</source>
        <translation>De veldnaam '{field}' wijst op huisnummers; er is geen straat- of postcodeveld gevonden, maar controleer de laag voordat je haar deelt.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="195" />
        <source>The field name '{field}' suggests BSN numbers, but no value passes the 11-test: check whether they are pseudonymised.</source>
        <translation>De veldnaam '{field}' wijst op BSN's, maar geen enkele waarde doorstaat de elfproef: controleer of ze gepseudonimiseerd zijn.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="198" />
        <source>The field name '{field}' suggests names: check that it holds names of places or businesses only.</source>
        <translation>De veldnaam '{field}' wijst op namen: controleer of het alleen namen van plaatsen of bedrijven bevat.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="201" />
        <source>The field name '{field}' suggests free text, which may name persons.</source>
        <translation>De veldnaam '{field}' wijst op vrije tekst, die personen kan noemen.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="206" />
        <source>Layer refused: field {items} holds personal data.</source>
        <translation>Laag geweigerd: veld {items} bevat persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="208" />
        <source>Layer refused: fields {items} hold personal data.</source>
        <translation>Laag geweigerd: velden {items} bevatten persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="210" />
        <source>Aggregate the incidents to postcode areas with 'Anonymise incidents' first.</source>
        <translation>Aggregeer de incidenten eerst naar postcodegebieden met 'Incidenten anonimiseren'.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="212" />
        <source>Also review: {items}.</source>
        <translation>Controleer ook: {items}.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="213" />
        <source>Review before use: field {items} may hold personal data.</source>
        <translation>Controleer vóór gebruik: veld {items} kan persoonsgegevens bevatten.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="215" />
        <source>Review before use: fields {items} may hold personal data.</source>
        <translation>Controleer vóór gebruik: velden {items} kunnen persoonsgegevens bevatten.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="217" />
        <source>Check the contents, or remove the fields before sharing results.</source>
        <translation>Controleer de inhoud, of verwijder de velden voordat je resultaten deelt.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="219" />
        <source>No personal data found in {fields} fields (up to {limit} values per field scanned).</source>
        <translation>Geen persoonsgegevens gevonden in {fields} velden (tot {limit} waarden per veld gescand).</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="221" />
        <source>{pct} of values</source>
        <translation>{pct} van de waarden</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="222" />
        <source>by field name</source>
        <translation>op veldnaam</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="223" />
        <source>in two fields</source>
        <translation>in twee velden</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="164" />
        <source>places of birth</source>
        <translation>geboorteplaatsen</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="165" />
        <source>free text naming persons</source>
        <translation>vrije tekst met namen van personen</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="183" />
        <source>names of persons (deduce's Dutch name lists)</source>
        <translation>namen van personen (Nederlandse namenlijsten van deduce)</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="184" />
        <source>text naming a person or a place of birth</source>
        <translation>tekst die een persoon of een geboorteplaats noemt</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="203" />
        <source>The field name '{field}' suggests places of birth, which describe persons.</source>
        <translation>De veldnaam '{field}' wijst op geboorteplaatsen, die personen beschrijven.</translation>
    </message>
</context>
<context>
    <name>PrivacyRegisterAlgorithm</name>
    <message>
        <location filename="../processing/privacy_register.py" line="35" />
        <source>Register entry (AVG art. 30)</source>
        <translation>Registervermelding (AVG art. 30)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="38" />
        <source>Privacy</source>
        <translation>Privacybescherming</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="44" />
        <source>A draft for the record of processing activities from the audit log: purposes, kinds of data read, outputs, retention.</source>
        <translation>Een concept voor het register van verwerkingsactiviteiten uit het auditlogboek: doeleinden, soorten gelezen gegevens, uitvoer, bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="48" />
        <source>&lt;p&gt;Writes an HTML draft of the entry for the record of processing activities that article 30 of the AVG (GDPR) asks of a controller, from the Wijkradar audit log of the project (&lt;i&gt;wijkradar-audit.jsonl&lt;/i&gt;, next to the project file, or in the QGIS profile folder without one): the &lt;b&gt;purposes&lt;/b&gt; given to the analyses (art. 30(1)(b)), the &lt;b&gt;categories of data&lt;/b&gt; read, named by their role (incident records, area boundaries, indicators) and field kinds (dates, kept attributes), never by value (c), the &lt;b&gt;outputs&lt;/b&gt; made, by file name (for the recipients and transfers, d and e), and a &lt;b&gt;retention&lt;/b&gt; hint with the outputs older than the months given (f). In Dutch or English.&lt;/p&gt;&lt;p&gt;It is a draft: add the legal basis, data subjects, recipients and security measures, which no audit log knows. Runs without a purpose are counted: fill in the purpose of every analysis (Advanced parameters).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schrijft een HTML-concept van de vermelding in het register van verwerkingsactiviteiten dat artikel 30 van de AVG van een verwerkingsverantwoordelijke vraagt, uit het Wijkradar-auditlogboek van het project (&lt;i&gt;wijkradar-audit.jsonl&lt;/i&gt;, naast het projectbestand, of zonder project in de QGIS-profielmap): de &lt;b&gt;doeleinden&lt;/b&gt; die bij de analyses zijn opgegeven (art. 30 lid 1 onder b), de &lt;b&gt;categorieën gegevens&lt;/b&gt; die gelezen zijn, genoemd naar hun rol (incidentgegevens, gebiedsgrenzen, indicatoren) en soort veld (data, behouden kenmerken), nooit naar waarde (c), de gemaakte &lt;b&gt;uitvoer&lt;/b&gt;, op bestandsnaam (voor de ontvangers en doorgifte, d en e), en een hint voor de &lt;b&gt;bewaartermijn&lt;/b&gt; met de uitvoer die ouder is dan het opgegeven aantal maanden (f). In het Nederlands of Engels.&lt;/p&gt;&lt;p&gt;Het is een concept: vul de grondslag, betrokkenen, ontvangers en beveiligingsmaatregelen aan, die geen auditlogboek kent. Uitvoeringen zonder doel worden geteld: vul bij elke analyse het doel in (Geavanceerde parameters).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="63" />
        <source>Audit log (default: the project's wijkradar-audit.jsonl)</source>
        <translation>Auditlogboek (standaard: wijkradar-audit.jsonl van het project)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="66" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="68" />
        <source>Controller (organisation)</source>
        <translation>Verwerkingsverantwoordelijke (organisatie)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="70" />
        <source>Review outputs older than (months)</source>
        <translation>Uitvoer controleren die ouder is dan (maanden)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="111" />
        <source>Register entry</source>
        <translation>Registervermelding</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="73" />
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="75" />
        <source>Runs in the audit log</source>
        <translation>Uitvoeringen in het auditlogboek</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="76" />
        <source>Purposes given</source>
        <translation>Opgegeven doeleinden</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="86" />
        <source>No audit log at {}: run an analysis with the project saved first, or choose the audit log.</source>
        <translation>Geen auditlogboek in {}: voer eerst een analyse uit met het project opgeslagen, of kies het auditlogboek.</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="92" />
        <source>{} lines of the audit log could not be read and were left out.</source>
        <translation>{} regels van het auditlogboek konden niet gelezen worden en zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/privacy_register.py" line="102" />
        <source>{} runs, {} purposes, {} outputs; {} runs without a purpose.</source>
        <translation>{} uitvoeringen, {} doeleinden, {} uitvoerbestanden; {} uitvoeringen zonder doel.</translation>
    </message>
</context>
<context>
    <name>PrivacyScanAlgorithm</name>
    <message>
        <location filename="../processing/privacy_scan.py" line="53" />
        <source>Privacy scan</source>
        <translation>Privacyscan</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="56" />
        <source>Privacy</source>
        <translation>Privacybescherming</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="62" />
        <source>Finds personal data (BSN, licence plates, names, addresses ...) in a layer before it enters an analysis.</source>
        <translation>Vindt persoonsgegevens (BSN, kentekens, namen, adressen ...) in een laag voordat die in een analyse komt.</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="69" />
        <source>Layer or table to scan</source>
        <translation>Te scannen laag of tabel</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="71" />
        <source>Features to scan at most (evenly spaced sample)</source>
        <translation>Maximaal te scannen objecten (gelijkmatig gespreide steekproef)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="74" />
        <source>Stop on personal data (verdict 'fail')</source>
        <translation>Stoppen bij persoonsgegevens (oordeel 'fail')</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="146" />
        <source>Privacy findings</source>
        <translation>Privacybevindingen</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="158" />
        <source>Privacy report</source>
        <translation>Privacyrapport</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="81" />
        <source>Verdict (pass, warn or fail)</source>
        <translation>Oordeel (pass, warn of fail)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="83" />
        <source>Number of findings</source>
        <translation>Aantal bevindingen</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="84" />
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="95" />
        <source>The sample size must be at least 1.</source>
        <translation>De steekproefgrootte moet minstens 1 zijn.</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="96" />
        <source>Reading attribute values</source>
        <translation>Attribuutwaarden lezen</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="100" />
        <source>Scanning fields</source>
        <translation>Velden scannen</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="113" />
        <source>Verdict: {}. {} features scanned.</source>
        <translation>Oordeel: {}. {} objecten gescand.</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="130" />
        <source>identifier</source>
        <translation>identificerend</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="130" />
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="132" />
        <source>{field}: {label} ({severity}). {reason}</source>
        <translation>{field}: {label} ({severity}). {reason}</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="137" />
        <source>{} features scanned; verdict: {}.</source>
        <translation>{} objecten gescand; oordeel: {}.</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="159" />
        <source>pass</source>
        <translation>toegestaan (pass)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="159" />
        <source>review (warn)</source>
        <translation>controleren (warn)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="160" />
        <source>refused (fail)</source>
        <translation>geweigerd (fail)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="161" />
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="161" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="161" />
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="161" />
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="161" />
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="161" />
        <source>Example (masked)</source>
        <translation>Voorbeeld (gemaskeerd)</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="161" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="165" />
        <source>Privacy report: {}</source>
        <translation>Privacyrapport: {}</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="166" />
        <source>{} of {} features scanned (evenly spaced sample).</source>
        <translation>{} van {} objecten gescand (gelijkmatig gespreide steekproef).</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="169" />
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="169" />
        <source>No findings.</source>
        <translation>Geen bevindingen.</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="201" />
        <source>names of persons in values and streets without a suffix are not recognised (names are found by field name only).</source>
        <translation>namen van personen in waarden en straten zonder achtervoegsel worden niet herkend (namen alleen aan de veldnaam).</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="218" />
        <source>Names and addresses in values searched for with deduce {} (Menger et al. 2018).</source>
        <translation>Namen en adressen in waarden gezocht met deduce {} (Menger e.a. 2018).</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="221" />
        <source>Names in values not searched for (deduce is not installed): pattern rules and field names only.</source>
        <translation>Niet naar namen in waarden gezocht (deduce is niet geïnstalleerd): alleen patroonregels en veldnamen.</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="91" />
        <source>The layer to scan</source>
        <translation>De te scannen laag</translation>
    </message>
    <message>
        <location filename="../processing/help/privacy_scan.py" line="8" />
        <source>&lt;p&gt;Looks for personal data in the field names and values of a layer or table: BSN numbers (11-test), Dutch licence plates, e-mail addresses, phone numbers, IBANs, street + house number, postcode + house number, dates and places of birth, person names and free text naming persons are &lt;b&gt;identifiers&lt;/b&gt;; a generic 'naam' field, other free text, house numbers alone and years of birth are &lt;b&gt;warnings&lt;/b&gt;. Ordinary codes (postcodes, CBS area codes, incident types, years, counts) and street names alone are not reported. Identifiers written inside text ('BSN 123456782', '06.12.34.56.78', 'Kerkstraat 12') are found too.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Names in values&lt;/b&gt; ('Priya Wilson', 'J. van der Berg') and streets without a suffix ('Markt 5') are recognised with the optional library &lt;i&gt;deduce&lt;/i&gt; (Dutch de-identification with lookup lists of Dutch first names, surnames, streets and places: Menger et al. 2018, &lt;i&gt;DEDUCE: A pattern matching method for automatic de-identification of Dutch medical text&lt;/i&gt;, Telematics and Informatics 35(4)). On a labelled set of 810 values it found 98% of the names and all addresses, with no false hits on CBS codes, postcodes, street names and crime types. Without deduce, names are found by field name only and the log says how to install it. Loading its lists takes about 2 s once per QGIS session (1-2 minutes the very first time).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verdict&lt;/b&gt;: 'fail' when any identifier is found (the layer must not enter an analysis: aggregate it with 'Anonymise incidents' first), 'warn' when only warnings are found (check the fields), else 'pass'. The verdict and the number of findings are outputs a model can use; with &lt;b&gt;Stop on personal data&lt;/b&gt; set, a verdict of 'fail' stops the algorithm (and a model chain) with a message naming the fields.&lt;/p&gt;&lt;p&gt;Output: a table with one row per finding (field, kind, severity, share and number of the values scanned that match, a masked example and the reason) and optionally an HTML report. An evenly spaced sample of at most the sample size of features is scanned (default 10,000), so very rare values can be missed; deduce reads at most 1,000 distinct values per field, and at most 5,000 characters of each. Binary fields are not scanned.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zoekt persoonsgegevens in de veldnamen en waarden van een laag of tabel: BSN's (11-proef), Nederlandse kentekens, e-mailadressen, telefoonnummers, IBAN's, straat + huisnummer, postcode + huisnummer, geboortedata en -plaatsen, namen van personen en vrije tekst die personen noemt zijn &lt;b&gt;identificerend&lt;/b&gt;; een algemeen veld 'naam', overige vrije tekst, losse huisnummers en geboortejaren zijn &lt;b&gt;waarschuwingen&lt;/b&gt;. Gewone codes (postcodes, CBS-gebiedscodes, incidentsoorten, jaren, aantallen) en losse straatnamen worden niet gemeld. Identificerende gegevens die in een tekst staan ('BSN 123456782', '06.12.34.56.78', 'Kerkstraat 12') worden ook gevonden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Namen in waarden&lt;/b&gt; ('Priya Wilson', 'J. van der Berg') en straten zonder achtervoegsel ('Markt 5') worden herkend met de optionele bibliotheek &lt;i&gt;deduce&lt;/i&gt; (Nederlandse de-identificatie met lijsten van Nederlandse voornamen, achternamen, straten en plaatsen: Menger e.a. 2018, &lt;i&gt;DEDUCE: A pattern matching method for automatic de-identification of Dutch medical text&lt;/i&gt;, Telematics and Informatics 35(4)). Op een gelabelde set van 810 waarden vond zij 98% van de namen en alle adressen, zonder valse treffers op CBS-codes, postcodes, straatnamen en delictsoorten. Zonder deduce worden namen alleen aan de veldnaam herkend en zegt het logboek hoe u deduce installeert. Het laden van de lijsten duurt ongeveer 2 s, eenmaal per QGIS-sessie (de allereerste keer 1-2 minuten).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Oordeel&lt;/b&gt;: 'fail' als er iets identificerends is gevonden (de laag mag niet in een analyse: aggregeer haar eerst met 'Incidenten anonimiseren'), 'warn' als er alleen waarschuwingen zijn (controleer de velden), anders 'pass'. Het oordeel en het aantal bevindingen zijn uitvoer die een model kan gebruiken; met &lt;b&gt;Stoppen bij persoonsgegevens&lt;/b&gt; aan stopt een oordeel 'fail' het algoritme (en een modelketen) met een melding die de velden noemt.&lt;/p&gt;&lt;p&gt;Uitvoer: een tabel met een rij per bevinding (veld, soort, ernst, aandeel en aantal van de gescande waarden dat overeenkomt, een gemaskeerd voorbeeld en de reden) en desgewenst een HTML-rapport. Een gelijkmatig gespreide steekproef van hoogstens de steekproefgrootte aan objecten wordt gescand (standaard 10.000), dus zeer zeldzame waarden kunnen worden gemist; deduce leest hoogstens 1.000 verschillende waarden per veld, en van elke waarde hoogstens 5.000 tekens. Binaire velden worden niet gescand.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/privacy_scan.py" line="208" />
        <source>Loading deduce's Dutch name and street lists (about 2 s once per session; 1-2 minutes the very first time)</source>
        <translation>De Nederlandse namen- en stratenlijsten van deduce laden (ongeveer 2 s eenmaal per sessie; de allereerste keer 1-2 minuten)</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../core/provenance.py" line="105" />
        <source>{} ({} features, {})</source>
        <translation>{} ({} objecten, {})</translation>
    </message>
    <message>
        <location filename="../core/provenance.py" line="111" />
        <source>Wijkradar {} {} on {} UTC; inputs: {}; QGIS {}</source>
        <translation>Wijkradar {} {} op {} UTC; invoer: {}; QGIS {}</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <location filename="../ui/result_summary.py" line="110" />
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="111" />
        <source>{} hotspot areas from {} incidents.</source>
        <translation>{} hotspotgebieden uit {} incidenten.</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="118" />
        <source>forecast for {}.</source>
        <translation>voorspelling voor {}.</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="124" />
        <source>In validation the model ({}) scored a PAI of {} at 5% of the area, the best baseline ({}) {}.</source>
        <translation>In de validatie haalde het model ({}) een PAI van {} bij 5% van de oppervlakte, de beste basislijn ({}) {}.</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="133" />
        <source>Open the risk report</source>
        <translation>Open het risicorapport</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="135" />
        <source>Risk score</source>
        <translation>Risicoscore</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="188" />
        <source>Vulnerability x crime</source>
        <translation>Kwetsbaarheid x criminaliteit</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="189" />
        <source>{} of {} areas are focus areas (weak and much crime).</source>
        <translation>{} van {} gebieden zijn aandachtsgebieden (kwetsbaar en veel criminaliteit).</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="81" />
        <source>{} incidents with dates far outside the others were left out ({}).</source>
        <translation>{} incidenten met datums ver buiten de andere zijn weggelaten ({}).</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="85" />
        <source>{} incidents with an unreadable date were left out (e.g. {}).</source>
        <translation>{} incidenten met een onleesbare datum zijn weggelaten (bijv. {}).</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="89" />
        <source>{} incidents without a date were left out.</source>
        <translation>{} incidenten zonder datum zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="173" />
        <source>no emerging hot spots: the incidents span too few weeks or months</source>
        <translation>geen opkomende hotspots: de incidenten beslaan te weinig weken of maanden</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="176" />
        <source>over the last {} {}</source>
        <translation>in de laatste {} {}</translation>
    </message>
    <message>
        <location filename="../ui/result_summary.py" line="182" />
        <source>{}: no emerging hot spots</source>
        <translation>{}: geen opkomende hotspots</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../core/risk/periods.py" line="21" />
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="21" />
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="22" />
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="22" />
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="23" />
        <source>quarter</source>
        <translation>kwartaal</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="23" />
        <source>quarters</source>
        <translation>kwartalen</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="25" />
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="25" />
        <source>years</source>
        <translation>jaren</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="27" />
        <source>the last week</source>
        <translation>de laatste week</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="28" />
        <source>the last month</source>
        <translation>de laatste maand</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="29" />
        <source>the last quarter</source>
        <translation>het laatste kwartaal</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="30" />
        <source>the last year</source>
        <translation>het laatste jaar</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="31" />
        <source>the last {} weeks</source>
        <translation>de laatste {} weken</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="32" />
        <source>the last {} months</source>
        <translation>de laatste {} maanden</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="33" />
        <source>the last {} quarters</source>
        <translation>de laatste {} kwartalen</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="34" />
        <source>the last {} years</source>
        <translation>de laatste {} jaren</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="36" />
        <source>{} in the same week a year earlier</source>
        <translation>{} in dezelfde week een jaar eerder</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="37" />
        <source>{} in the same month a year earlier</source>
        <translation>{} in dezelfde maand een jaar eerder</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="38" />
        <source>{} in the same quarter a year earlier</source>
        <translation>{} in hetzelfde kwartaal een jaar eerder</translation>
    </message>
    <message>
        <location filename="../core/risk/results.py" line="18" />
        <source>very low</source>
        <translation>zeer laag</translation>
    </message>
    <message>
        <location filename="../core/risk/results.py" line="18" />
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../core/risk/results.py" line="18" />
        <source>medium</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location filename="../core/risk/results.py" line="18" />
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../core/risk/results.py" line="18" />
        <source>very high</source>
        <translation>zeer hoog</translation>
    </message>
    <message>
        <location filename="../core/risk/models.py" line="26" />
        <source>Poisson GLM</source>
        <translation>Poisson-GLM</translation>
    </message>
    <message>
        <location filename="../core/risk/models.py" line="27" />
        <source>Gradient boosting</source>
        <translation>Gradient boosting</translation>
    </message>
    <message>
        <location filename="../core/baselines.py" line="43" />
        <source>Baseline: last period's counts</source>
        <translation>Basislijn: aantallen van de vorige periode</translation>
    </message>
    <message>
        <location filename="../core/baselines.py" line="44" />
        <source>Baseline: counts of {window}</source>
        <translation>Basislijn: aantallen van {window}</translation>
    </message>
    <message>
        <location filename="../core/baselines.py" line="45" />
        <source>Baseline: counts of the whole history</source>
        <translation>Basislijn: aantallen van de hele geschiedenis</translation>
    </message>
    <message>
        <location filename="../core/risk/periods.py" line="40" />
        <source>The period must be one of {}, not {!r}.</source>
        <translation>De periode moet een van {} zijn, niet {!r}.</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="29" />
        <source>The forecast horizon must be a whole number of periods of at least 1.</source>
        <translation>De voorspellingshorizon moet een geheel aantal perioden van minstens 1 zijn.</translation>
    </message>
    <message>
        <location filename="../core/risk/panel.py" line="16" />
        <source>No incidents remain to analyse ({} read: {}). Check the date field, the type filter, the date range and that incidents lie in the areas.</source>
        <translation>Er blijven geen incidenten over om te analyseren ({} gelezen: {}). Controleer het datumveld, het typefilter, het datumbereik en of de incidenten in de gebieden liggen.</translation>
    </message>
    <message>
        <location filename="../core/risk/panel.py" line="19" />
        <source>The first date ({}) is after the last date ({}).</source>
        <translation>De eerste datum ({}) ligt na de laatste datum ({}).</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="31" />
        <source>Too few periods to validate: the data cover {n} {nouns} and the forecast horizon is {h}; rolling-origin validation needs at least {need} periods (a period to learn from, a later one to test on and the one to forecast). Use shorter periods (e.g. months instead of quarters) or a longer history.</source>
        <translation>Te weinig perioden om te valideren: de gegevens beslaan {n} {nouns} en de voorspellingshorizon is {h}; validatie met een voortschrijdend startpunt heeft minstens {need} perioden nodig (een periode om van te leren, een latere om op te testen en de periode die voorspeld wordt). Gebruik kortere perioden (bijv. maanden in plaats van kwartalen) of een langere geschiedenis.</translation>
    </message>
    <message>
        <location filename="../core/risk/forecast.py" line="37" />
        <source>There are no incidents in the periods the model could learn from, so there is nothing to predict from.</source>
        <translation>Er zijn geen incidenten in de perioden waarvan het model zou kunnen leren, dus er is niets om uit te voorspellen.</translation>
    </message>
    <message>
        <location filename="../core/risk/forecast.py" line="43" />
        <source>The model must be one of {}, not {!r}.</source>
        <translation>Het model moet een van {} zijn, niet {!r}.</translation>
    </message>
    <message>
        <location filename="../core/risk/panel.py" line="134" />
        <source>{} outside every area</source>
        <translation>{} buiten elk gebied</translation>
    </message>
    <message>
        <location filename="../core/risk/panel.py" line="136" />
        <source>{} before the first date</source>
        <translation>{} vóór de eerste datum</translation>
    </message>
    <message>
        <location filename="../core/risk/panel.py" line="137" />
        <source>{} after the last date</source>
        <translation>{} na de laatste datum</translation>
    </message>
    <message>
        <location filename="../core/risk/panel.py" line="139" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../core/risk/spatial.py" line="17" />
        <source>{} areas have no id (NULL); every area needs one.</source>
        <translation>{} gebieden hebben geen id (NULL); elk gebied heeft er een nodig.</translation>
    </message>
    <message>
        <location filename="../core/risk/spatial.py" line="23" />
        <source>The area ids are not unique: {} ids occur more than once, e.g. {}. Give every area its own id, or dissolve the layer on the id field first.</source>
        <translation>De gebieds-id's zijn niet uniek: {} id's komen meer dan eens voor, bijv. {}. Geef elk gebied een eigen id, of voeg de laag eerst samen op het id-veld.</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="151" />
        <source>{} areas have no neighbour; their neighbour features are 0.</source>
        <translation>{} gebieden hebben geen buur; hun burenkenmerken zijn 0.</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="161" />
        <source>{} in {}</source>
        <translation>{} in {}</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="163" />
        <source>{} per {} over the whole history</source>
        <translation>{} per {} over de hele geschiedenis</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="172" />
        <source>{} in neighbouring areas in {}</source>
        <translation>{} in aangrenzende gebieden in {}</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="175" />
        <source>{} in neighbouring areas per {} over the whole history</source>
        <translation>{} in aangrenzende gebieden per {} over de hele geschiedenis</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="180" />
        <source>{} in the last {} days (near-repeat)</source>
        <translation>{} in de laatste {} dagen (near-repeat)</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="184" />
        <source>{} in neighbouring areas in the last {} days (near-repeat)</source>
        <translation>{} in aangrenzende gebieden in de laatste {} dagen (near-repeat)</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="190" />
        <source>few {}</source>
        <translation>weinig {}</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="222" />
        <source>low {}</source>
        <translation>{} laag</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="202" />
        <source>area size</source>
        <translation>oppervlakte van het gebied</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="202" />
        <source>large area</source>
        <translation>groot gebied</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="202" />
        <source>small area</source>
        <translation>klein gebied</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="211" />
        <source>'{}' is empty (NULL in every area) and was left out.</source>
        <translation>'{}' is leeg (NULL in elk gebied) en is weggelaten.</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="218" />
        <source>'{}' is NULL in {} areas: replaced by the median, with a flag feature.</source>
        <translation>'{}' is NULL in {} gebieden: vervangen door de mediaan, met een vlagkenmerk.</translation>
    </message>
    <message>
        <location filename="../core/risk/features.py" line="222" />
        <source>high {}</source>
        <translation>{} hoog</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="240" />
        <source>{} unknown</source>
        <translation>{} onbekend</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="241" />
        <source>{} known</source>
        <translation>{} bekend</translation>
    </message>
    <message>
        <location filename="../core/risk/forecast.py" line="164" />
        <source>The history is short, so only these windows are used: {}.</source>
        <translation>De geschiedenis is kort, dus alleen deze vensters worden gebruikt: {}.</translation>
    </message>
    <message>
        <location filename="../core/risk/forecast.py" line="164" />
        <source>The history is short, so only these windows are used: {}; no seasonal lag.</source>
        <translation>De geschiedenis is kort, dus alleen deze vensters worden gebruikt: {}; geen seizoensvertraging.</translation>
    </message>
    <message>
        <location filename="../core/risk/forecast.py" line="209" />
        <source>Validation at {} skipped: no incidents in the periods before it.</source>
        <translation>Validatie op {} overgeslagen: geen incidenten in de perioden ervoor.</translation>
    </message>
    <message>
        <location filename="../core/risk/forecast.py" line="217" />
        <source>Validating {} on {}</source>
        <translation>{} valideren op {}</translation>
    </message>
    <message>
        <location filename="../core/risk/forecast.py" line="247" />
        <source>Fitting {} on all periods</source>
        <translation>{} schatten op alle perioden</translation>
    </message>
    <message>
        <location filename="../core/risk/forecast.py" line="265" />
        <source>Scoring the areas and their drivers</source>
        <translation>De gebieden en hun verklarende factoren berekenen</translation>
    </message>
    <message>
        <location filename="../core/risk/forecast.py" line="273" />
        <source>Constant in the training data, so left out: {}.</source>
        <translation>Constant in de trainingsgegevens, dus weggelaten: {}.</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="174" />
        <source>in {}</source>
        <translation>in {}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="221" />
        <source>since {}</source>
        <translation>sinds {}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="228" />
        <source>earlier {} in the area</source>
        <translation>eerdere {} in het gebied</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="305" />
        <source>earlier {} in the neighbouring areas</source>
        <translation>eerdere {} in de aangrenzende gebieden</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="329" />
        <source>{n} {subject} {when}</source>
        <translation>{n} {subject} {when}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="329" />
        <source>{n} {subject} in the neighbouring areas {when}</source>
        <translation>{n} {subject} in de aangrenzende gebieden {when}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="345" />
        <source>{}x the average area</source>
        <translation>{}x zo veel als een gemiddeld gebied</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="346" />
        <source>{}x the average area over {}</source>
        <translation>{}x zo veel als een gemiddeld gebied in {}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="400" />
        <source>{what}: 1</source>
        <translation>{what}: 1</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="401" />
        <source>{n} {what}</source>
        <translation>{n} {what}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="371" />
        <source>{} ({} ha; average {} ha)</source>
        <translation>{} ({} ha; gemiddeld {} ha)</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="373" />
        <source>{} ({}; average {})</source>
        <translation>{} ({}; gemiddeld {})</translation>
    </message>
    <message>
        <location filename="../core/risk/panel.py" line="135" />
        <source>{} without a usable date</source>
        <translation>{} zonder bruikbare datum</translation>
    </message>
    <message>
        <location filename="../core/risk/forecast.py" line="287" />
        <source>Drivers were worked out for the {} areas with the highest expected count; the other areas have none listed.</source>
        <translation>Verklarende factoren zijn bepaald voor de {} gebieden met het hoogste verwachte aantal; voor de andere gebieden staan er geen.</translation>
    </message>
    <message>
        <location filename="../core/baselines.py" line="46" />
        <source>Baseline: kernel density of {window} (radius {radius} m)</source>
        <translation>Basislijn: kerneldichtheid van {window} (straal {radius} m)</translation>
    </message>
    <message>
        <location filename="../core/baselines.py" line="52" />
        <source>last period's counts</source>
        <translation>aantallen van de vorige periode</translation>
    </message>
    <message>
        <location filename="../core/baselines.py" line="53" />
        <source>counts of {window}</source>
        <translation>aantallen van {window}</translation>
    </message>
    <message>
        <location filename="../core/baselines.py" line="54" />
        <source>counts of the whole history</source>
        <translation>aantallen van de hele geschiedenis</translation>
    </message>
    <message>
        <location filename="../core/baselines.py" line="55" />
        <source>kernel density of {window} (radius {radius} m)</source>
        <translation>kerneldichtheid van {window} (straal {radius} m)</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="65" />
        <source>the week before</source>
        <translation>de week daarvoor</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="66" />
        <source>the month before</source>
        <translation>de maand daarvoor</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="67" />
        <source>the quarter before</source>
        <translation>het kwartaal daarvoor</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="68" />
        <source>the year before</source>
        <translation>het jaar daarvoor</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="69" />
        <source>the {} weeks before</source>
        <translation>de {} weken daarvoor</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="70" />
        <source>the {} months before</source>
        <translation>de {} maanden daarvoor</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="71" />
        <source>the {} quarters before</source>
        <translation>de {} kwartalen daarvoor</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="72" />
        <source>the {} years before</source>
        <translation>de {} jaren daarvoor</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="230" />
        <source>high for years: {}</source>
        <translation>al jaren hoog: {}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="230" />
        <source>high throughout: {}</source>
        <translation>steeds hoog: {}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="242" />
        <source>rising: {now} {subject} in {window} against {before} in {previous}</source>
        <translation>stijgend: {now} {subject} in {window} tegenover {before} in {previous}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="249" />
        <source>recent {} in the area</source>
        <translation>recente {} in het gebied</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="258" />
        <source>here and in the neighbouring areas</source>
        <translation>hier en in de aangrenzende gebieden</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="258" />
        <source>here</source>
        <translation>hier</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="261" />
        <source>near-repeat: {n} {subject} {where} in the last {days} days</source>
        <translation>near-repeat: {n} {subject} {where} in de laatste {days} dagen</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="264" />
        <source>near-repeat: {subject} {where} in the last {days} days (fewer than {k})</source>
        <translation>near-repeat: {subject} {where} in de laatste {days} dagen (minder dan {k})</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="276" />
        <source>seasonal: {n} {subject} in {when}</source>
        <translation>seizoen: {n} {subject} in {when}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="279" />
        <source>seasonal: this time of year</source>
        <translation>seizoen: deze tijd van het jaar</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="288" />
        <source>{n} incidents of other types in {window}</source>
        <translation>{n} incidenten van andere soorten in {window}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="288" />
        <source>incidents of other types in {window}</source>
        <translation>incidenten van andere soorten in {window}</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="312" />
        <source>fewer than {}</source>
        <translation>minder dan {}</translation>
    </message>
    <message>
        <location filename="../core/risk/models.py" line="28" />
        <source>Blend of a model and a baseline</source>
        <translation>Mengsel van een model en een basislijn</translation>
    </message>
    <message>
        <location filename="../core/risk/forecast.py" line="40" />
        <source>The patrolled share of the area must lie between 0 and 1 (e.g. 0.05 for 5%), not {}.</source>
        <translation>Het gesurveilleerde deel van het gebied moet tussen 0 en 1 liggen (bijv. 0,05 voor 5%), niet {}.</translation>
    </message>
    <message>
        <location filename="../core/risk/forecast.py" line="191" />
        <source>No model ranked the areas better than the baseline '{}' in validation, so the forecast is that baseline.</source>
        <translation>Geen model rangschikte de gebieden in de validatie beter dan de basislijn '{}', dus de voorspelling is die basislijn.</translation>
    </message>
    <message>
        <location filename="../core/risk/selection.py" line="40" />
        <source>Blend: {model} {share} + {baseline} {rest}</source>
        <translation>Mengsel: {model} {share} + {baseline} {rest}</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="183" />
        <source>{} per {} over the whole history, weighed against the neighbours</source>
        <translation>{} per {} over de hele geschiedenis, gewogen tegen de buren</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="187" />
        <source>trend of {}: the last {} against the {} before</source>
        <translation>trend van {}: {} tegenover de {} daarvoor</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="192" />
        <source>time of year</source>
        <translation>tijd van het jaar</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="202" />
        <source>incidents of other types in {}</source>
        <translation>incidenten van andere soorten in {}</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="205" />
        <source>incidents of other types per {} over the whole history</source>
        <translation>incidenten van andere soorten per {} over de hele geschiedenis</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="224" />
        <source>no {}</source>
        <translation>geen {}</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="285" />
        <source>Too many areas and periods for the kernel density features; they were left out.</source>
        <translation>Te veel gebieden en perioden voor de kerneldichtheidskenmerken; die zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="299" />
        <source>{} within about {} m in {} (kernel density)</source>
        <translation>{} binnen ongeveer {} m in {} (kerneldichtheid)</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="303" />
        <source>{} within about {} m per {} over the whole history (kernel density)</source>
        <translation>{} binnen ongeveer {} m per {} over de hele geschiedenis (kerneldichtheid)</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="316" />
        <source>incidents of other types within about {} m per {} over the whole history (kernel density)</source>
        <translation>incidenten van andere soorten binnen ongeveer {} m per {} over de hele geschiedenis (kerneldichtheid)</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="390" />
        <source>{what}: {value} on {when} (average {average})</source>
        <translation>{what}: {value} op {when} (gemiddeld {average})</translation>
    </message>
    <message>
        <location filename="../core/drivers.py" line="392" />
        <source>{what}: {value} in {when} (average {average})</source>
        <translation>{what}: {value} in {when} (gemiddeld {average})</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="243" />
        <source>'{}' is unknown before an area's first value and in areas without one: replaced by the median of the values known at that time, with a flag feature.</source>
        <translation>'{}' is onbekend vóór de eerste waarde van een gebied en in gebieden zonder waarde: vervangen door de mediaan van de waarden die op dat moment bekend zijn, met een vlagkenmerk.</translation>
    </message>
    <message>
        <location filename="../core/risk_features.py" line="248" />
        <source>'{}' is first known at the end of {}: before that no area has a value, so it is taken as 0 and flagged unknown.</source>
        <translation>'{}' is voor het eerst bekend aan het einde van {}: daarvoor heeft geen gebied een waarde, dus wordt die als 0 genomen en als onbekend gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>RiskReport</name>
    <message>
        <location filename="../core/risk_report.py" line="23" />
        <source>Poisson GLM</source>
        <translation>Poisson-GLM</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="24" />
        <source>Gradient boosting</source>
        <translation>Gradient boosting</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="25" />
        <source>Last period's counts</source>
        <translation>Aantallen van de vorige periode</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="26" />
        <source>Counts of the longest window</source>
        <translation>Aantallen van het langste venster</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="27" />
        <source>Counts of the whole history</source>
        <translation>Aantallen van de hele geschiedenis</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="28" />
        <source>Kernel density</source>
        <translation>Kerneldichtheid</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="29" />
        <source>Best possible</source>
        <translation>Best mogelijk</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="204" />
        <source>Provenance</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="204" />
        <source>Inputs, parameters, versions (also in the .provenance.json file beside this report)</source>
        <translation>Invoer, parameters, versies (ook in het bestand .provenance.json naast dit rapport)</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="216" />
        <source>&lt;b&gt;Intended use.&lt;/b&gt; Ranking areas for attention in the coming period: where to look first in briefings, patrols, outreach and problem-oriented work, next to local knowledge. The expected counts are the model's estimate for the forecast period; the risk score is the expected count as a share of the highest one, the classes follow the ranking (top 5%, 90-95%, 75-90%, 50-75%, the lower half).</source>
        <translation>&lt;b&gt;Bedoeld gebruik.&lt;/b&gt; Gebieden rangschikken voor aandacht in de komende periode: waar je eerst kijkt bij briefings, surveillance, outreach en probleemgericht werken, naast lokale kennis. De verwachte aantallen zijn de schatting van het model voor de voorspelde periode; de risicoscore is het verwachte aantal als deel van het hoogste, de klassen volgen de rangorde (top 5%, 90-95%, 75-90%, 50-75%, de onderste helft).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="216" />
        <source>&lt;b&gt;Not intended for&lt;/b&gt; decisions about individuals, households or addresses; as the only ground for stop-and-search, checks or sanctions; or for areas and periods unlike the training data (other municipalities, other incident types, after major changes in recording).</source>
        <translation>&lt;b&gt;Niet bedoeld voor&lt;/b&gt; beslissingen over personen, huishoudens of adressen; als enige grond voor staande houden en fouilleren, controles of sancties; of voor gebieden en perioden die niet op de trainingsgegevens lijken (andere gemeenten, andere incidenttypen, na grote veranderingen in de registratie).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="216" />
        <source>&lt;b&gt;How it was tested.&lt;/b&gt; Rolling-origin validation in time: for each validation period the models were trained only on earlier periods whose outcome was already known, and scored against what happened next. Baselines on the same periods: last period's counts, counts of the longest window and of the whole history, and a kernel density surface of past incidents.</source>
        <translation>&lt;b&gt;Hoe het getest is.&lt;/b&gt; Validatie in de tijd met een voortschrijdend startpunt: voor elke validatieperiode zijn de modellen alleen getraind op eerdere perioden waarvan de uitkomst al bekend was, en beoordeeld op wat daarna gebeurde. Basislijnen op dezelfde perioden: de aantallen van de vorige periode, de aantallen van het langste venster en van de hele geschiedenis, en een kerneldichtheidsoppervlak van eerdere incidenten.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="216" />
        <source>&lt;b&gt;Limits.&lt;/b&gt; Predictions reflect where incidents were &lt;b&gt;recorded&lt;/b&gt;, which depends on reporting by residents, on where police, enforcers and inspectors looked, and on registration practice, not only on where incidents happened. Areas that received more attention may therefore score higher, and a model trained on them can reinforce that (a feedback loop): compare with other sources and review the drivers. Small areas with few incidents have uncertain forecasts. Covariates and context layers are taken as they are now for every period (not as they were then), which flatters the validation of a model that leans on them if they changed. Drivers describe associations in the data, not causes.</source>
        <translation>&lt;b&gt;Beperkingen.&lt;/b&gt; Voorspellingen weerspiegelen waar incidenten &lt;b&gt;geregistreerd&lt;/b&gt; zijn. Dat hangt af van meldingen door bewoners, van waar politie, handhavers en inspecteurs keken en van de registratiepraktijk, niet alleen van waar incidenten gebeurden. Gebieden die meer aandacht kregen, kunnen daardoor hoger scoren, en een model dat daarop getraind is kan dat versterken (een feedbacklus): vergelijk met andere bronnen en bekijk de verklarende factoren. Kleine gebieden met weinig incidenten hebben onzekere voorspellingen. Covariaten en contextlagen worden voor elke periode genomen zoals ze nu zijn (niet zoals ze toen waren); dat flatteert de validatie van een model dat erop leunt als ze veranderd zijn. Verklarende factoren beschrijven samenhang in de gegevens, geen oorzaken.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="216" />
        <source>&lt;b&gt;Privacy.&lt;/b&gt; Inputs are aggregated incidents (postcode level); counts below the suppression threshold are blanked in the shared layer.</source>
        <translation>&lt;b&gt;Privacy.&lt;/b&gt; De invoer bestaat uit geaggregeerde incidenten (op postcodeniveau); aantallen onder de onderdrukkingsdrempel zijn leeggemaakt in de gedeelde laag.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="269" />
        <source>Postcode risk forecast</source>
        <translation>Risicovoorspelling per postcode</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="270" />
        <source>incidents</source>
        <translation>incidenten</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="272" />
        <source>Forecast for &lt;b&gt;{}&lt;/b&gt; ({}), made with data up to and including {}; {:,} areas of &lt;i&gt;{}&lt;/i&gt;.</source>
        <translation>Voorspelling voor &lt;b&gt;{}&lt;/b&gt; ({}), gemaakt met gegevens tot en met {}; {:,} gebieden van &lt;i&gt;{}&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="277" />
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="278" />
        <source>as set by the user</source>
        <translation>zoals ingesteld door de gebruiker</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="301" />
        <source>Expected {} in {}: {} in all areas together.</source>
        <translation>Verwachte {} in {}: {} in alle gebieden samen.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="309" />
        <source>Model card</source>
        <translation>Modelkaart</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="317" />
        <source>Data period: {} to {} ({} periods of a {}; {} to {})</source>
        <translation>Gegevensperiode: {} tot en met {} ({} perioden van een {}; {} tot en met {})</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="321" />
        <source>Incidents used: {:,} of {:,} read; left out: {}.</source>
        <translation>Gebruikte incidenten: {:,} van {:,} gelezen; weggelaten: {}.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="322" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="325" />
        <source>Features ({}): {}.</source>
        <translation>Kenmerken ({}): {}.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="328" />
        <source>Training rows in the final fit: {:,}.</source>
        <translation>Trainingsrijen in de laatste schatting: {:,}.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="331" />
        <source>Kernel density baseline: quartic kernel, radius {:,.0f} {}, read at each area's inner point.</source>
        <translation>Basislijn kerneldichtheid: quartic kernel, straal {:,.0f} {}, gelezen op het binnenpunt van elk gebied.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="331" />
        <source>map units</source>
        <translation>kaarteenheden</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="337" />
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="339" />
        <source>{:,} incidents lie outside every area and were not counted.</source>
        <translation>{:,} incidenten liggen buiten elk gebied en zijn niet geteld.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="347" />
        <source>Share of the area covered</source>
        <translation>Bestreken deel van de oppervlakte</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="347" />
        <source>Share of incidents (hit rate)</source>
        <translation>Deel van de incidenten (trefpercentage)</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="347" />
        <source>PAI (hit rate / area share)</source>
        <translation>PAI (trefpercentage / oppervlakteaandeel)</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="368" />
        <source>Track record (rolling-origin validation)</source>
        <translation>Staat van dienst (validatie met voortschrijdend startpunt)</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="370" />
        <source>Validation periods: {}. Areas are taken in order of expected incidents per km² (the kernel density baseline: density at the area), as a patrol covering a share of the area would; ties are covered together.</source>
        <translation>Validatieperioden: {}. Gebieden worden genomen in volgorde van verwachte incidenten per km² (voor de kerneldichtheid-basislijn: de dichtheid in het gebied), zoals een surveillance die een deel van de oppervlakte bestrijkt zou doen; gelijke waarden worden samen bestreken.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="401" />
        <source>Hit rate: the share of the validation periods' incidents in the top-ranked areas, by share of the area covered (mean over the validation periods).</source>
        <translation>Trefpercentage: het deel van de incidenten van de validatieperioden in de hoogst gerangschikte gebieden, naar bestreken deel van de oppervlakte (gemiddelde over de validatieperioden).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="406" />
        <source>Predictive Accuracy Index (Chainey, Tompson &amp; Uhlig 2008): how many times more incidents the covered areas hold than their share of the area.</source>
        <translation>Predictive Accuracy Index (Chainey, Tompson &amp; Uhlig 2008): hoeveel keer meer incidenten de bestreken gebieden bevatten dan hun aandeel in de oppervlakte.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="613" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="419" />
        <source>Hit rate {}%</source>
        <translation>Trefpercentage {}%</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="420" />
        <source>PAI {}%</source>
        <translation>PAI {}%</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="422" />
        <source>PEI {}%</source>
        <translation>PEI {}%</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="423" />
        <source>Poisson deviance</source>
        <translation>Poisson-deviantie</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="431" />
        <source>Mean over the validation periods</source>
        <translation>Gemiddelde over de validatieperioden</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="431" />
        <source>PEI (Predictive Efficiency Index): the hit rate as a share of the best possible with the same area. Poisson deviance: lower is better (models only).</source>
        <translation>PEI (Predictive Efficiency Index): het trefpercentage als deel van het best mogelijke met dezelfde oppervlakte. Poisson-deviantie: lager is beter (alleen modellen).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="490" />
        <source>Validation period</source>
        <translation>Validatieperiode</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="449" />
        <source>PAI at 5% per validation period</source>
        <translation>PAI bij 5% per validatieperiode</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="455" />
        <source>Calibration</source>
        <translation>Kalibratie</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="471" />
        <source>Groups of areas</source>
        <translation>Groepen van gebieden</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="471" />
        <source>Mean expected count</source>
        <translation>Gemiddeld verwacht aantal</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="471" />
        <source>Mean observed count</source>
        <translation>Gemiddeld waargenomen aantal</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="478" />
        <source>Mean expected</source>
        <translation>Gemiddeld verwacht</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="479" />
        <source>Mean observed</source>
        <translation>Gemiddeld waargenomen</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="480" />
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="480" />
        <source>Area-periods</source>
        <translation>Gebied-perioden</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="488" />
        <source>Expected in all areas</source>
        <translation>Verwacht in alle gebieden</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="489" />
        <source>Observed in all areas</source>
        <translation>Waargenomen in alle gebieden</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="493" />
        <source>Totals per validation period</source>
        <translation>Totalen per validatieperiode</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="502" />
        <source>This GLM is fitted next to the chosen model for interpretation.</source>
        <translation>Deze GLM is naast het gekozen model geschat om te kunnen interpreteren.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="504" />
        <source>Drivers</source>
        <translation>Verklarende factoren</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="505" />
        <source>Relative risk per factor (Poisson GLM)</source>
        <translation>Relatief risico per factor (Poisson-GLM)</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="506" />
        <source>exp(coefficient): the factor by which the expected count changes for one standard deviation more of a feature, the others unchanged (as Risk Terrain Modeling reports relative risks). Count features are on a log scale.</source>
        <translation>exp(coëfficiënt): de factor waarmee het verwachte aantal verandert bij één standaardafwijking meer van een kenmerk, terwijl de andere gelijk blijven (zoals Risk Terrain Modeling relatieve risico's rapporteert). Kenmerken met aantallen staan op een logaritmische schaal.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="517" />
        <source>Importance in the chosen model ({})</source>
        <translation>Belang in het gekozen model ({})</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="517" />
        <source>Rise in the Poisson deviance of the last validation period when one feature is shuffled across the areas (permutation importance; 0 = the model does not rely on it).</source>
        <translation>Toename van de Poisson-deviantie van de laatste validatieperiode als één kenmerk over de gebieden geschud wordt (permutatiebelang; 0 = het model leunt er niet op).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="572" />
        <source>Forecast evaluation</source>
        <translation>Evaluatie van de voorspelling</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="588" />
        <source>Hit rate and PAI</source>
        <translation>Trefpercentage en PAI</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="558" />
        <source>Area covered</source>
        <translation>Bestreken oppervlakte</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="558" />
        <source>Hit rate</source>
        <translation>Trefpercentage</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="599" />
        <source>{:,} areas or cells, {:,} incidents in them; {:,} incidents outside them were not counted.</source>
        <translation>{:,} gebieden of cellen, {:,} incidenten daarin; {:,} incidenten daarbuiten zijn niet geteld.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="599" />
        <source>{:,} areas or cells, {:,} incidents in them.</source>
        <translation>{:,} gebieden of cellen, {:,} incidenten daarin.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="613" />
        <source>Areas (or raster cells) are taken in order of their score, highest first{}. The hit rate at a coverage is the share of the incidents in the covered areas, PAI = hit rate / area share (Chainey, Tompson &amp; Uhlig 2008) and PEI = hit rate / the best hit rate possible with the same area (areas by their actual incidents per area). Coverage ending inside an area takes the matching fraction of it; areas with equal scores are covered together.</source>
        <translation>Gebieden (of rastercellen) worden genomen in volgorde van hun score, hoogste eerst{}. Het trefpercentage bij een dekking is het deel van de incidenten in de bestreken gebieden, PAI = trefpercentage / oppervlakteaandeel (Chainey, Tompson &amp; Uhlig 2008) en PEI = trefpercentage / het best mogelijke trefpercentage met dezelfde oppervlakte (gebieden naar hun werkelijke aantal incidenten per oppervlakte). Dekking die binnen een gebied eindigt, neemt het overeenkomende deel ervan; gebieden met gelijke scores worden samen bestreken.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="526" />
        <source>for the GLM, exp of the sum of coefficient x standardised value over the family's features: how much the family raises the area's expected count compared with an area with average values.</source>
        <translation>voor de GLM exp van de som van coëfficiënt x gestandaardiseerde waarde over de kenmerken van de familie: hoeveel de familie het verwachte aantal van het gebied verhoogt vergeleken met een gebied met gemiddelde waarden.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="526" />
        <source>for boosting, the ratio of the area's expected count to the one it would have with the family's features at their averages, the others unchanged (a local comparison; the factors do not multiply up exactly).</source>
        <translation>voor boosting de verhouding tussen het verwachte aantal van het gebied en het aantal dat het zou hebben met de kenmerken van de familie op hun gemiddelde, terwijl de andere gelijk blijven (een lokale vergelijking; de factoren vermenigvuldigen niet precies tot het geheel).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="278" />
        <source>chosen by the highest mean Predictive Accuracy Index at {}% of the area (the share patrolled) over {} validation periods, the Poisson deviance breaking near-ties, among the models, the baselines and a blend of the best of each</source>
        <translation>gekozen op de hoogste gemiddelde Predictive Accuracy Index op {}% van het gebied (het gesurveilleerde deel) over {} validatieperioden, met de Poisson-deviantie als beslissing bij bijna gelijke stand, uit de modellen, de basislijnen en een mengsel van het beste van elk</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="285" />
        <source>Forecast: &lt;b&gt;{}&lt;/b&gt;, {}.</source>
        <translation>Voorspelling: &lt;b&gt;{}&lt;/b&gt;, {}.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="291" />
        <source>The blend's weights were chosen on validation periods only: for each validation period on the other periods, for the forecast on all of them; never on the period scored.</source>
        <translation>De gewichten van het mengsel zijn alleen op validatieperioden gekozen: voor elke validatieperiode op de andere perioden, voor de voorspelling op alle; nooit op de periode die beoordeeld wordt.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="296" />
        <source>The drivers per area come from {}, the best model in validation.</source>
        <translation>De verklarende factoren per gebied komen van {}, het beste model in de validatie.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="456" />
        <source>{} on the validation periods: areas grouped in ten equal groups (deciles) by their expected count; mean expected against mean observed count per group (on the diagonal = well calibrated).</source>
        <translation>{} op de validatieperioden: gebieden in tien gelijke groepen (decielen) naar hun verwachte aantal; gemiddeld verwacht tegenover gemiddeld waargenomen aantal per groep (op de diagonaal = goed gekalibreerd).</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="462" />
        <source>Uncertainty: the layer's fields expected_low and expected_high hold an 80% interval of each area's count (negative binomial with the spread measured in validation: variance = mean + {} x mean²). In the validation periods {} of the observed counts fell inside their interval.</source>
        <translation>Onzekerheid: de velden expected_low en expected_high van de laag bevatten een 80%-interval van het aantal per gebied (negatief binomiaal met de spreiding gemeten in de validatie: variantie = gemiddelde + {} x gemiddelde²). In de validatieperioden viel {} van de waargenomen aantallen binnen hun interval.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="534" />
        <source>Drivers per area (fields driver_1 to driver_3 of the layer): the families of factors that raise the area's expected count by at least x1.1, told as the facts behind them. A family is a kind of reason: high for years (the whole history), rising or recent (the last periods and the trend), near-repeat (the last days here and next door), the surroundings (the neighbouring areas and the kernel densities), the season, incidents of other types, or one covariate or context layer. Its windows are strongly correlated, so a family's total says more than any one of them. The factor is {} The first driver is the one that sets the area apart most among the areas at the top of the list, so what every busy area shares comes later. Incident counts below the suppression threshold are not written.</source>
        <translation>Verklarende factoren per gebied (velden driver_1 tot driver_3 van de laag): de families van factoren die het verwachte aantal van het gebied met minstens x1,1 verhogen, verteld als de feiten erachter. Een familie is een soort reden: al jaren hoog (de hele geschiedenis), stijgend of recent (de laatste perioden en de trend), near-repeat (de laatste dagen hier en ernaast), de omgeving (de aangrenzende gebieden en de kerneldichtheden), het seizoen, incidenten van andere soorten, of één covariaat of contextlaag. De vensters van een familie hangen sterk samen, dus het totaal van een familie zegt meer dan elk venster apart. De factor is {} De eerste factor is die het gebied het meest onderscheidt van de andere gebieden bovenaan de lijst; wat elk druk gebied gemeen heeft, komt later. Aantallen incidenten onder de onderdrukkingsdrempel worden niet geschreven.</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="554" />
        <source>suppressed (fewer than {})</source>
        <translation>onderdrukt (minder dan {})</translation>
    </message>
    <message>
        <location filename="../core/risk_report.py" line="608" />
        <source>Where fewer than {} incidents fall in the covered areas, hit rate, PAI and PEI are suppressed, as in the evaluation table: the tables say so, the charts leave those points out and the result numbers are empty.</source>
        <translation>Waar minder dan {} incidenten in de bestreken gebieden vallen, zijn trefpercentage, PAI en PEI onderdrukt, zoals in de evaluatietabel: de tabellen zeggen dat, de grafieken laten die punten weg en de uitvoergetallen zijn leeg.</translation>
    </message>
</context>
<context>
    <name>RiskSummary</name>
    <message>
        <location filename="../core/risk_summary.py" line="52" />
        <source>The model ({}) did worse in validation than the simple baseline '{}' (PAI at 5% of the area {} against {}). The map uses the model; consider the baseline's ranking, a longer history or another period.</source>
        <translation>Het model ({}) deed het in de validatie slechter dan de eenvoudige basislijn '{}' (PAI bij 5% van de oppervlakte {} tegen {}). De kaart gebruikt het model; overweeg de rangorde van de basislijn, een langere geschiedenis of een andere periode.</translation>
    </message>
    <message>
        <location filename="../core/risk_summary.py" line="62" />
        <source>In {} of the validation periods the model was no better than chance (PAI below 1): {}.</source>
        <translation>In {} van de validatieperioden was het model niet beter dan toeval (PAI onder 1): {}.</translation>
    </message>
    <message>
        <location filename="../core/risk_summary.py" line="102" />
        <source>PAI@{}% {}: the best baseline ({}) is used, as no model ranked the areas better in validation.</source>
        <translation>PAI@{}% {}: de beste basislijn ({}) wordt gebruikt, omdat geen model de gebieden in de validatie beter rangschikte.</translation>
    </message>
    <message>
        <location filename="../core/risk_summary.py" line="105" />
        <source>PAI@{}% {} vs {} for the best baseline ({}).</source>
        <translation>PAI@{}% {} tegenover {} voor de beste basislijn ({}).</translation>
    </message>
    <message>
        <location filename="../core/risk_summary.py" line="114" />
        <source>In {} the chosen method ({}) did badly: PAI {} against {} for {}.</source>
        <translation>In {} deed de gekozen methode ({}) het slecht: PAI {} tegenover {} voor {}.</translation>
    </message>
</context>
<context>
    <name>ShippedModel</name>
    <message>
        <location filename="../processing/provider.py" line="26" />
        <source>Weekly briefing</source>
        <translation>Wekelijkse briefing</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="27" />
        <source>Briefing</source>
        <translation>Briefingkaarten</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="49" />
        <source>Patrol focus areas</source>
        <translation>Aandachtsgebieden voor surveillance</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="52" />
        <source>Weekly briefing of the flex team</source>
        <translation>Wekelijkse briefing van het flexteam</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="54" />
        <source>Forecast for </source>
        <translation>Voorspelling voor </translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="58" />
        <source>Incident points</source>
        <translation>Incidentpunten</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="58" />
        <source>Incident points with a date field. They are anonymised to the postcode areas first; nothing downstream sees exact places or dates.</source>
        <translation>Incidentpunten met een datumveld. Ze worden eerst geanonimiseerd naar de postcodegebieden; geen latere stap ziet exacte plaatsen of datums.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="64" />
        <source>Incident date field</source>
        <translation>Datumveld van de incidenten</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="64" />
        <source>Date of each incident (default 'datum').</source>
        <translation>Datum van elk incident (standaard 'datum').</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="67" />
        <source>Brief on the coming</source>
        <translation>Briefing over de komende</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="67" />
        <source>Brief on the coming week (0) or month (1): dates are coarsened to it and the risk is forecast per week or per month.</source>
        <translation>Briefing over de komende week (0) of maand (1): datums worden daarop afgerond en het risico wordt per week of per maand voorspeld.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="72" />
        <source>Brief as of (default: the latest incident)</source>
        <translation>Briefing per (standaard: het laatste incident)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="72" />
        <source>Brief as of this date: the data up to it are used (default: the latest incident). Set a past date to see what a past briefing said.</source>
        <translation>Briefing per deze datum: de gegevens tot en met die dag worden gebruikt (standaard: het laatste incident). Kies een datum in het verleden om te zien wat een eerdere briefing zei.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="88" />
        <source>Context points for the risk (coffeeshops, ruimingen, ...)</source>
        <translation>Contextpunten voor het risico (coffeeshops, ruimingen, ...)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="88" />
        <source>Optional point layers that may raise the risk nearby (coffeeshops, dismantled plantations): their counts within 200 m of each postcode are features of the risk model.</source>
        <translation>Optionele puntlagen die het risico in de buurt kunnen verhogen (coffeeshops, geruimde kwekerijen): hun aantallen binnen 200 m van elke postcode zijn kenmerken van het risicomodel.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="95" />
        <source>Neighbourhoods (buurten) with monitor indicators</source>
        <translation>Buurten met monitorindicatoren</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="101" />
        <source>Monitor indicator fields</source>
        <translation>Velden met monitorindicatoren</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="107" />
        <source>Indicator specification of the index</source>
        <translation>Indicatorspecificatie van de index</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="107" />
        <source>How the indicators make the index: field:direction:weight:domain per indicator ('+' higher is better, '-' higher is worse).</source>
        <translation>Hoe de indicatoren de index vormen: veld:richting:gewicht:domein per indicator ('+' hoger is beter, '-' hoger is slechter).</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="112" />
        <source>Districts (wijken), a page each</source>
        <translation>Wijken, elk een pagina</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="112" />
        <source>Districts (wijken): one page of the map each; they also bound the density map.</source>
        <translation>Wijken: elk een pagina van de kaart; ze begrenzen ook de dichtheidskaart.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="117" />
        <source>District name field</source>
        <translation>Veld met wijknaam</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="117" />
        <source>District name field (default 'wijknaam'): names the pages.</source>
        <translation>Veld met de wijknaam (standaard 'wijknaam'): geeft de pagina's hun naam.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="121" />
        <source>Context layer on the map (areas or lines)</source>
        <translation>Contextlaag op de kaart (vlakken of lijnen)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="121" />
        <source>Optional context layer drawn as outlines on the map (areas or lines, never points).</source>
        <translation>Optionele contextlaag, als omtrekken op de kaart getekend (vlakken of lijnen, nooit punten).</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="126" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="126" />
        <source>Title of the map.</source>
        <translation>Titel van de kaart.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="135" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="136" />
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="138" />
        <source>Anonymise incidents to postcode areas</source>
        <translation>Incidenten anonimiseren naar postcodegebieden</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="139" />
        <source>Recent hotspots (kernel density)</source>
        <translation>Recente hotspots (kerneldichtheid)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="147" />
        <source>Neighbourhood monitor index</source>
        <translation>Buurtmonitorindex</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="148" />
        <source>Vulnerability x recent crime per buurt</source>
        <translation>Kwetsbaarheid x recente criminaliteit per buurt</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="150" />
        <source>Patrol focus map per district</source>
        <translation>Patrouillekaart per wijk</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="154" />
        <source>Incident counts per postcode (for sharing)</source>
        <translation>Aantallen incidenten per postcode (om te delen)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="154" />
        <source>Incident counts per postcode for sharing (counts below 5 left empty).</source>
        <translation>Aantallen incidenten per postcode om te delen (aantallen onder 5 blijven leeg).</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="159" />
        <source>Recent incident density</source>
        <translation>Recente incidentdichtheid</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="159" />
        <source>Kernel density of recent incidents (incidents per km²).</source>
        <translation>Kerneldichtheid van recente incidenten (incidenten per km²).</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="163" />
        <source>Recent hotspot areas</source>
        <translation>Recente hotspotgebieden</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="163" />
        <source>Ranked hotspot areas of the recent density.</source>
        <translation>Gerangschikte hotspotgebieden van de recente dichtheid.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="166" />
        <source>Risk per postcode</source>
        <translation>Risico per postcode</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="166" />
        <source>Expected incidents, risk score, class and drivers per postcode.</source>
        <translation>Verwachte incidenten, risicoscore, klasse en verklarende factoren per postcode.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="170" />
        <source>Risk report</source>
        <translation>Risicorapport</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="170" />
        <source>HTML report: validation against baselines, drivers, model card.</source>
        <translation>HTML-rapport: validatie tegen basismodellen, verklarende factoren, modelkaart.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="174" />
        <source>Focus buurten (vulnerability x crime)</source>
        <translation>Aandachtsbuurten (kwetsbaarheid x criminaliteit)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="174" />
        <source>Buurten with their index, recent crime, bivariate class and focus flag.</source>
        <translation>Buurten met hun index, recente criminaliteit, bivariate klasse en aandachtsmarkering.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="179" />
        <source>Legend of the focus buurten</source>
        <translation>Legenda van de aandachtsbuurten</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="179" />
        <source>Legend image of the bivariate classes.</source>
        <translation>Legendafbeelding van de bivariate klassen.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="182" />
        <source>Patrol focus map (PDF)</source>
        <translation>Patrouillekaart (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="182" />
        <source>The patrol focus map, a page per district.</source>
        <translation>De patrouillekaart, een pagina per wijk.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="185" />
        <source>Patrol focus map pages (PNG)</source>
        <translation>Pagina's van de patrouillekaart (PNG)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="185" />
        <source>The pages as PNG images (name_1.png, name_2.png, ...).</source>
        <translation>De pagina's als PNG-afbeeldingen (naam_1.png, naam_2.png, ...).</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="50" />
        <source>Confidential - internal use only</source>
        <translation>Vertrouwelijk - alleen voor intern gebruik</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="129" />
        <source>Classification label</source>
        <translation>Rubriceringslabel</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="129" />
        <source>The marking printed on every page, as your organisation classifies briefing material.</source>
        <translation>De markering die op elke pagina wordt afgedrukt, zoals uw organisatie briefingmateriaal rubriceert.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="78" />
        <source>Areas (PC6, PC4 or grid cells)</source>
        <translation>Gebieden (PC6, PC4 of rastercellen)</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="78" />
        <source>The areas incidents are counted in and the risk is forecast for: postcode areas (PC6, PC4), grid cells or other polygons with a field that identifies each one.</source>
        <translation>De gebieden waarin incidenten worden geteld en waarvoor het risico wordt voorspeld: postcodegebieden (PC6, PC4), rastercellen of andere polygonen met een veld dat elk gebied aanduidt.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="84" />
        <source>Area id field</source>
        <translation>Gebieds-id-veld</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="84" />
        <source>The field that identifies each area (default 'postcode').</source>
        <translation>Het veld dat elk gebied aanduidt (standaard 'postcode').</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="95" />
        <source>Optional: neighbourhoods (buurten) with monitor indicators. Each area takes the indicators of the buurt it overlaps most; without them the area monitor steps are skipped.</source>
        <translation>Optioneel: buurten met monitorindicatoren. Elk gebied krijgt de indicatoren van de buurt waarmee het het meest overlapt; zonder buurten worden de stappen van de buurtmonitor overgeslagen.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="101" />
        <source>Monitor indicators of the buurten: joined to the areas for the risk model and combined into the neighbourhood index (each needs an entry in the indicator specification).</source>
        <translation>Monitorindicatoren van de buurten: gekoppeld aan de gebieden voor het risicomodel en gecombineerd tot de buurtindex (elke indicator heeft een regel in de indicatorspecificatie nodig).</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="142" />
        <source>Neighbourhood monitor given?</source>
        <translation>Buurtmonitor opgegeven?</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="143" />
        <source>Buurt indicators on the areas</source>
        <translation>Buurtindicatoren op de gebieden</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="144" />
        <source>Area ids with their indicators</source>
        <translation>Gebieden met hun indicatoren</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="146" />
        <source>Risk per area for the next period</source>
        <translation>Risico per gebied voor de volgende periode</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="22" />
        <source>&lt;p&gt;The weekly briefing in one run: from incident points to the printed patrol focus map with a page per district.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Anonymise&lt;/b&gt;: incidents move to the centroid of their area (PC6, PC4 or grid cell), dates to the week or month; counts per area for sharing, small counts suppressed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hotspots&lt;/b&gt;: kernel density of the anonymised incidents within the districts, recent ones weighing more (prospective: half-life 14 days over the last 56 days; briefing on a month, 30 days over the last 120 days).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Emerging hot spots&lt;/b&gt;: per area, the weeks (or months) of the last 52 weeks up to the briefing date: Gi* per step and a Mann-Kendall trend tell new, intensifying, persistent ... hot spots, for the map's list.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Risk&lt;/b&gt;: each area takes the monitor indicators of the buurt it overlaps most, and the expected incidents per area for the next week or month are forecast, validated against baselines, with drivers and an HTML report.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Area monitor&lt;/b&gt;: the neighbourhood index of the buurten and its overlay with the recent density: bivariate classes and focus buurten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Patrol focus map&lt;/b&gt;: areas coloured by risk score, the top 10 per district with their main driver and hot spot pattern, buurt outlines and the optional context layer: a PDF with a page per district and, if asked, a PNG per page.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The neighbourhood monitor is optional: without the buurten the area monitor steps are skipped, the risk uses the areas as they are, and the map is made all the same.&lt;/p&gt;&lt;p&gt;Only anonymised data enter the analysis and only areas are printed, never incident points. Every output carries its provenance (a .provenance.json beside it).&lt;/p&gt;</source>
        <translation>&lt;p&gt;De wekelijkse briefing in één run: van incidentpunten tot de afgedrukte patrouillekaart met een pagina per wijk.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Anonimiseren&lt;/b&gt;: incidenten verhuizen naar het zwaartepunt van hun gebied (PC6, PC4 of rastercel), datums worden afgerond op de week of maand; aantallen per gebied om te delen, kleine aantallen onderdrukt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hotspots&lt;/b&gt;: kerneldichtheid van de geanonimiseerde incidenten binnen de wijken, waarbij recente incidenten zwaarder wegen (prospectief: halveringstijd 14 dagen over de laatste 56 dagen; bij een briefing per maand 30 dagen over de laatste 120 dagen).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Opkomende hotspots&lt;/b&gt;: per gebied de weken (of maanden) van de laatste 52 weken tot de briefingdatum: Gi* per stap en een Mann-Kendall-trend onderscheiden nieuwe, toenemende, blijvende ... hotspots, voor de lijst op de kaart.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Risico&lt;/b&gt;: elk gebied krijgt de monitorindicatoren van de buurt waarmee het het meest overlapt, en het verwachte aantal incidenten per gebied voor de volgende week of maand wordt voorspeld, gevalideerd tegen eenvoudige basismodellen, met verklarende factoren en een HTML-rapport.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Buurtmonitor&lt;/b&gt;: de buurtindex van de buurten en de overlay ervan met de recente dichtheid: bivariate klassen en aandachtsbuurten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Patrouillekaart&lt;/b&gt;: gebieden gekleurd naar risicoscore, de top 10 per wijk met hun belangrijkste factor en hotspotpatroon, buurtgrenzen en de optionele contextlaag: een PDF met een pagina per wijk en, desgevraagd, een PNG per pagina.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;De buurtmonitor is optioneel: zonder de buurten worden de stappen van de buurtmonitor overgeslagen, gebruikt het risico de gebieden zoals ze zijn, en wordt de kaart evengoed gemaakt.&lt;/p&gt;&lt;p&gt;Alleen geanonimiseerde gegevens gaan de analyse in en alleen gebieden worden afgedrukt, nooit incidentpunten. Elke uitvoer draagt zijn herkomst (een .provenance.json ernaast).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="46" />
        <source>Anonymise, hotspots, emerging hot spots, risk per postcode, area monitor and the patrol focus map per district, in one run.</source>
        <translation>Anonimiseren, hotspots, opkomende hotspots, risico per postcode, buurtmonitor en de patrouillekaart per wijk, in één run.</translation>
    </message>
    <message>
        <location filename="../processing/model_texts.py" line="140" />
        <source>Emerging hot spots over the last 52 weeks</source>
        <translation>Opkomende hotspots over de laatste 52 weken</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="126" />
        <source>{}. The step's own message, above in the log, says why; nothing of this run was kept.</source>
        <translation>{}. De eigen melding van die stap, hierboven in het logboek, zegt waarom; niets van deze run is bewaard.</translation>
    </message>
</context>
<context>
    <name>SpatialWeights</name>
    <message>
        <location filename="../core/spatial_weights.py" line="44" />
        <source>queen contiguity (shared border or corner)</source>
        <translation>aangrenzend als queen (gedeelde grens of hoek)</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="45" />
        <source>rook contiguity (shared border)</source>
        <translation>aangrenzend als rook (gedeelde grens)</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="46" />
        <source>distance band of {} m</source>
        <translation>afstandsband van {} m</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="47" />
        <source>{} nearest neighbours</source>
        <translation>{} dichtstbijzijnde buren</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="48" />
        <source>weights as given</source>
        <translation>gewichten zoals gegeven</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="51" />
        <source>binary</source>
        <translation>binair</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="52" />
        <source>row-standardised</source>
        <translation>per rij gestandaardiseerd</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="53" />
        <source>as given</source>
        <translation>zoals gegeven</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="55" />
        <source>The weights transform must be 'R' (row-standardised) or 'B' (binary), not {!r}.</source>
        <translation>De transformatie van de gewichten moet 'R' (per rij gestandaardiseerd) of 'B' (binair) zijn, niet {!r}.</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="58" />
        <source>The kind of spatial weights must be one of {}, not {!r}.</source>
        <translation>De soort ruimtelijke gewichten moet een van {} zijn, niet {!r}.</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="60" />
        <source>The distance band must be a positive distance in metres, not {}.</source>
        <translation>De afstandsband moet een positieve afstand in meters zijn, niet {}.</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="62" />
        <source>The number of nearest neighbours must be a whole number from 1 to {} (the number of areas minus one), not {}.</source>
        <translation>Het aantal dichtstbijzijnde buren moet een geheel getal van 1 tot en met {} zijn (het aantal gebieden min één), niet {}.</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="65" />
        <source>Every area needs one reference point with finite coordinates: got {} x and {} y values, {} of them missing or infinite.</source>
        <translation>Elk gebied heeft één referentiepunt met eindige coördinaten nodig: er zijn {} x- en {} y-waarden, waarvan {} ontbrekend of oneindig.</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="68" />
        <source>The weights matrix must be square, one row per area; it is {} x {}.</source>
        <translation>De gewichtenmatrix moet vierkant zijn, één rij per gebied; hij is {} x {}.</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="70" />
        <source>{n} of {total} areas have no neighbours with {weights} (e.g. {examples}). Hotspot statistics compare each area with its neighbours, so every area needs at least one. {advice}</source>
        <translation>{n} van de {total} gebieden hebben geen buren bij {weights} (bijv. {examples}). Hotspotstatistiek vergelijkt elk gebied met zijn buren, dus elk gebied heeft er minstens één nodig. {advice}</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="74" />
        <source>Use a distance band of at least {} m (the largest distance from an area to its nearest other area) or k nearest neighbours, or leave these areas out.</source>
        <translation>Gebruik een afstandsband van minstens {} m (de grootste afstand van een gebied tot het dichtstbijzijnde andere gebied) of de k dichtstbijzijnde buren, of laat deze gebieden weg.</translation>
    </message>
    <message>
        <location filename="../core/spatial_weights.py" line="77" />
        <source>Use distance band or k nearest neighbours weights, or leave these areas out.</source>
        <translation>Gebruik een afstandsband of de k dichtstbijzijnde buren, of laat deze gebieden weg.</translation>
    </message>
</context>
<context>
    <name>Suppression</name>
    <message>
        <location filename="../core/suppression.py" line="36" />
        <source>Counts below {k} are suppressed (shown as NULL and flagged in '{flag}').</source>
        <translation>Aantallen onder {k} zijn onderdrukt (getoond als NULL en gemarkeerd in '{flag}').</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="38" />
        <source>Counts below {k}, zero included, are suppressed (shown as NULL and flagged in '{flag}').</source>
        <translation>Aantallen onder {k}, nul inbegrepen, zijn onderdrukt (getoond als NULL en gemarkeerd in '{flag}').</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="41" />
        <source>Values derived from a suppressed count ({columns}) are NULL as well.</source>
        <translation>Waarden die van een onderdrukt aantal zijn afgeleid ({columns}) zijn ook NULL.</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="43" />
        <source>The suppression threshold k must be a whole number of at least 1, not {k!r}.</source>
        <translation>De onderdrukkingsdrempel k moet een geheel getal van minstens 1 zijn, niet {k!r}.</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="45" />
        <source>Counts cannot be negative; found {value:g}.</source>
        <translation>Aantallen kunnen niet negatief zijn; gevonden: {value:g}.</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="46" />
        <source>Counts must be numbers: {error}</source>
        <translation>Aantallen moeten getallen zijn: {error}</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="47" />
        <source>Column '{column}' is not in the table.</source>
        <translation>Kolom '{column}' staat niet in de tabel.</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="48" />
        <source>Derived column '{derived}' depends on '{source}', which is not one of the count columns.</source>
        <translation>Afgeleide kolom '{derived}' hangt af van '{source}', die geen van de kolommen met aantallen is.</translation>
    </message>
    <message>
        <location filename="../core/suppression.py" line="51" />
        <source>{n} value(s) below k = {k} that should have been suppressed: {examples}.</source>
        <translation>{n} waarde(n) onder k = {k} die onderdrukt hadden moeten worden: {examples}.</translation>
    </message>
</context>
<context>
    <name>WijkradarAlgorithm</name>
    <message>
        <location filename="../processing/shared_parameters.py" line="52" />
        <source>Purpose of this analysis (recorded in the provenance)</source>
        <translation>Doel van deze analyse (vastgelegd in de herkomst)</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="123" />
        <source>Canceled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="105" />
        <source>'{}' cannot be {}: {}.</source>
        <translation>'{}' kan niet {} zijn: {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="118" />
        <source>give a value from {} to {}</source>
        <translation>geef een waarde van {} tot en met {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="121" />
        <source>give a value of at least {}</source>
        <translation>geef een waarde van minstens {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="124" />
        <source>give a value of at most {}</source>
        <translation>geef een waarde van hoogstens {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="126" />
        <source>give a number</source>
        <translation>geef een getal</translation>
    </message>
    <message>
        <location filename="../processing/shared_parameters.py" line="31" />
        <source>Suppress counts below (k)</source>
        <translation>Aantallen onderdrukken onder (k)</translation>
    </message>
    <message>
        <location filename="../processing/shared_parameters.py" line="32" />
        <source>Suppress incident counts below (k)</source>
        <translation>Aantallen incidenten onderdrukken onder (k)</translation>
    </message>
    <message>
        <location filename="../processing/shared_parameters.py" line="34" />
        <source>Suppress pair counts below (k)</source>
        <translation>Aantallen paren onderdrukken onder (k)</translation>
    </message>
    <message>
        <location filename="../processing/shared_parameters.py" line="35" />
        <source>Suppress expected hits below (k)</source>
        <translation>Verwachte treffers onderdrukken onder (k)</translation>
    </message>
    <message>
        <location filename="../processing/shared_parameters.py" line="37" />
        <source>Smallest count that may be shown (k)</source>
        <translation>Kleinste aantal dat getoond mag worden (k)</translation>
    </message>
    <message>
        <location filename="../processing/shared_parameters.py" line="92" />
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
</context>
<context>
    <name>WijkradarDock</name>
    <message>
        <location filename="../ui/dock.py" line="81" />
        <source>Wijkradar</source>
        <translation>Wijkradar</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="75" />
        <source>{} was not loaded: {}</source>
        <translation>{} is niet geladen: {}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="82" />
        <source>Anonymise…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="104" />
        <source>The demo GeoPackage is missing: {}</source>
        <translation>De demo-GeoPackage ontbreekt: {}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="110" />
        <source>Loaded demo layers: {}</source>
        <translation>Demolagen geladen: {}</translation>
    </message>
</context>
<context>
    <name>WijkradarDockBase</name>
    <message>
        <location filename="../ui/dock.ui" line="17" />
        <source>Hotspots, risk scores and patrol focus maps from anonymised incident data.</source>
        <translation>Hotspots, risicoscores en patrouillekaarten uit geanonimiseerde incidentgegevens.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="31" />
        <source>1. Data</source>
        <translation>1. Gegevens</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="37" />
        <source>Load anonymised layers. Every layer passes the privacy check first; layers with personal data are refused.</source>
        <translation>Laad geanonimiseerde lagen. Elke laag gaat eerst door de privacycontrole; lagen met persoonsgegevens worden geweigerd.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="49" />
        <source>GeoPackage…</source>
        <translation>GeoPackage…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="52" />
        <source>Load the layers of a GeoPackage</source>
        <translation>De lagen van een GeoPackage laden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="59" />
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="62" />
        <source>Load a CSV with X/Y columns or a postcode column</source>
        <translation>Een CSV-bestand met X/Y-kolommen of een postcodekolom laden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="69" />
        <source>PostGIS…</source>
        <translation>PostGIS…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="72" />
        <source>Load tables from a PostGIS connection saved in QGIS</source>
        <translation>Tabellen laden uit een in QGIS opgeslagen PostGIS-verbinding</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="81" />
        <source>Load demo municipality</source>
        <translation>Demogemeente laden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="84" />
        <source>Adds the layers of the fictional demo municipality Dommelstede to the project</source>
        <translation>Voegt de lagen van de fictieve demogemeente Dommelstede aan het project toe</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="91" />
        <source>Layers and their role in the analysis</source>
        <translation>Lagen en hun rol in de analyse</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="117" />
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="122" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="127" />
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="132" />
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="141" />
        <source>2. Analyse</source>
        <translation>2. Analyseren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="149" />
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="169" />
        <source>Neighbourhoods (monitor)</source>
        <translation>Buurten (monitor)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="181" />
        <source>Hotspots: kernel density of the last year, recent weeks weigh more</source>
        <translation>Hotspots: kerneldichtheid van het afgelopen jaar, recente weken wegen zwaarder</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="214" />
        <source>Neighbourhood vulnerability × crime (focus areas)</source>
        <translation>Kwetsbaarheid van buurten × criminaliteit (aandachtsgebieden)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="226" />
        <source>Run analyses</source>
        <translation>Analyses uitvoeren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="229" />
        <source>Runs the checked analyses in the background; results go to the 'Wijkradar' group</source>
        <translation>Voert de aangevinkte analyses op de achtergrond uit; de resultaten komen in de groep 'Wijkradar'</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="236" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="262" />
        <source>All Wijkradar tools (double-click to open one)</source>
        <translation>Alle Wijkradar-hulpmiddelen (dubbelklik om er een te openen)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="273" />
        <source>3. Briefing</source>
        <translation>3. Briefing</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="281" />
        <source>Focus areas</source>
        <translation>Aandachtsgebieden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="291" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="301" />
        <source>Area name</source>
        <translation>Gebiedsnaam</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="311" />
        <source>Drivers</source>
        <translation>Verklarende factoren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="321" />
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="331" />
        <source>District name</source>
        <translation>Wijknaam</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="341" />
        <source>Check the districts to print (a page each); none checked prints all</source>
        <translation>Vink de wijken aan die je wilt afdrukken (elk een pagina); zonder vinkje worden alle wijken afgedrukt</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="348" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="358" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="368" />
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="378" />
        <source>Top N areas</source>
        <translation>Top N gebieden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="398" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="408" />
        <source>Format</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="418" />
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="432" />
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="439" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="446" />
        <source>Open in layout designer</source>
        <translation>Openen in lay-outontwerper</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="159" />
        <source>Areas (postcodes or grid cells)</source>
        <translation>Gebieden (postcodes of rastercellen)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="191" />
        <source>Risk score per area for the next month</source>
        <translation>Risicoscore per gebied voor de komende maand</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="201" />
        <source>Getis-Ord Gi* with a false discovery rate correction: which clusters of high risk (or of many incidents) are more than chance; and emerging hot spot analysis of the last 52 weeks: which areas are new, intensifying or persistent hot spots.</source>
        <translation>Getis-Ord Gi* met een correctie voor de false discovery rate: welke clusters van hoog risico (of van veel incidenten) meer zijn dan toeval; en een analyse van opkomende hotspots over de laatste 52 weken: welke gebieden nieuwe, toenemende of blijvende hotspots zijn.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="204" />
        <source>Hotspot statistics: Gi* per area, emerging hot spots over 52 weeks</source>
        <translation>Hotspotstatistiek: Gi* per gebied, opkomende hotspots over 52 weken</translation>
    </message>
</context>
<context>
    <name>WijkradarPlugin</name>
    <message>
        <location filename="../plugin.py" line="50" />
        <source>Wijkradar</source>
        <translation>Wijkradar</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="53" />
        <source>Show or hide the Wijkradar panel</source>
        <translation>Het Wijkradar-paneel tonen of verbergen</translation>
    </message>
</context>
<context>
    <name>WijkradarProvider</name>
    <message>
        <location filename="../processing/provider.py" line="46" />
        <source>Wijkradar: crime and safety analysis</source>
        <translation>Wijkradar: criminaliteits- en veiligheidsanalyse</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="176" />
        <source>Could not load the model {}: the file is not a QGIS Processing model (.model3). Regenerate it with scripts/make_model.py or replace it with a copy from the plugin package.</source>
        <translation>Kan het model {} niet laden: het bestand is geen QGIS-verwerkingsmodel (.model3). Maak het opnieuw met scripts/make_model.py of vervang het door een kopie uit het pluginpakket.</translation>
    </message>
</context>
<context><name>AreaValueTable</name><message><location line="67" filename="../processing/area_value_table.py" /><source>The value table</source><translation>De waardentabel</translation></message><message><location line="80" filename="../processing/area_value_table.py" /><source>Reading the value table...</source><translation>De waardentabel lezen...</translation></message><message><location line="127" filename="../processing/area_value_table.py" /><source>Its values are numbers written as text (a CSV opened by its path is read as text): add the CSV with Layer &gt; Add Layer &gt; Add Delimited Text Layer, which reads numbers as numbers, and choose that layer.</source><translation>De waarden zijn getallen die als tekst geschreven zijn (een CSV die via zijn pad geopend wordt, wordt als tekst gelezen): voeg de CSV toe met Kaartlagen &gt; Laag toevoegen &gt; Tekstgescheiden laag toevoegen, dat getallen als getallen leest, en kies die laag.</translation></message><message><location line="75" filename="../processing/area_value_table.py" /><source>Fields of a value table were chosen, but no value table: choose the table too, or leave its fields empty.</source><translation>Er zijn velden van een waardentabel gekozen, maar geen waardentabel: kies ook de tabel, of laat de velden leeg.</translation></message><message><location line="123" filename="../processing/area_value_table.py" /><source>Its values have a decimal comma (such as '{}'): add the CSV with Layer &gt; Add Layer &gt; Add Delimited Text Layer and tick 'Decimal separator is comma', and choose that layer.</source><translation>De waarden hebben een decimale komma (zoals '{}'): voeg de CSV toe met Kaartlagen &gt; Laag toevoegen &gt; Tekstgescheiden laag toevoegen, vink 'Decimaalteken is komma' aan en kies die laag.</translation></message><message><location line="105" filename="../processing/area_value_table.py" /><source>{} needs its area code field, its date field and one or more value fields: choose them, or leave the table empty.</source><translation>{} heeft een veld met gebiedscodes, een datumveld en een of meer waardevelden nodig: kies ze, of laat de tabel leeg.</translation></message><message><location line="141" filename="../processing/area_value_table.py" /><source>{} values of '{}' are CBS codes for secret or unknown figures (-99999999, -99999997, ...) and are read as empty.</source><translation>{} waarden van '{}' zijn CBS-codes voor geheime of onbekende cijfers (-99999999, -99999997, ...) en worden als leeg gelezen.</translation></message></context><context><name>CbsInput</name><message><location line="98" filename="../processing/cbs_io.py" /><source>the Year parameter</source><translation>de parameter Jaar</translation></message><message><location line="97" filename="../processing/cbs_io.py" /><source>the file name</source><translation>de bestandsnaam</translation></message><message><location line="94" filename="../processing/cbs_io.py" /><source>its field 'jaar'</source><translation>het veld 'jaar'</translation></message><message><location line="54" filename="../processing/cbs_io.py" /><source>Cannot open '{}' as a vector file. Choose the GeoPackage of a year (wijkenbuurten_2024_v1.gpkg) from PDOK (CBS Wijken en Buurten).</source><translation>Kan '{}' niet als vectorbestand openen. Kies de GeoPackage van een jaar (wijkenbuurten_2024_v1.gpkg) van PDOK (CBS Wijken en Buurten).</translation></message><message><location line="70" filename="../processing/cbs_io.py" /><source>'{}' has no layer of {} (its layers: {}). A CBS wijk- en buurtkaart GeoPackage has the layers gemeenten, wijken and buurten.</source><translation>'{}' heeft geen laag {} (lagen: {}). Een GeoPackage van de CBS-wijk- en buurtkaart heeft de lagen gemeenten, wijken en buurten.</translation></message><message><location line="138" filename="../processing/cbs_io.py" /><source>The layer '{}' has no {} code field ({}); is it the layer of another level?</source><translation>De laag '{}' heeft geen codeveld voor {} ({}); is het de laag van een ander niveau?</translation></message><message><location line="143" filename="../processing/cbs_io.py" /><source>Read as the Wijk- en buurtkaart of {} (from {}).</source><translation>Gelezen als de Wijk- en buurtkaart van {} (uit {}).</translation></message><message><location line="173" filename="../processing/cbs_io.py" /><source>PDOK has no {} of municipality {} in {}. Check the code (GM and 4 digits) and the year.</source><translation>PDOK heeft geen {} van gemeente {} in {}. Controleer de code (GM en 4 cijfers) en het jaar.</translation></message><message><location line="201" filename="../processing/cbs_io.py" /><source>PDOK has no municipality written '{}' in {}: its list of municipalities is read to find the one meant.</source><translation>PDOK heeft geen gemeente die '{}' geschreven wordt in {}: de lijst van gemeenten wordt gelezen om de bedoelde te vinden.</translation></message><message><location line="207" filename="../processing/cbs_io.py" /><source>PDOK knows no municipality called '{}' in {}. Nearest matches: {}. Give its code (GM and 4 digits) or one of these names.</source><translation>PDOK kent geen gemeente met de naam '{}' in {}. Best passende namen: {}. Geef de code (GM en 4 cijfers) of een van deze namen.</translation></message></context><context><name>CrimeJoin</name><message><location line="71" filename="../processing/crime_join_io.py" /><source>Registered crime per {}: {} rows, periods {} - {}, crime types {}.</source><translation>Geregistreerde criminaliteit per {}: {} rijen, perioden {} - {}, soorten misdrijven {}.</translation></message><message><location line="72" filename="../processing/crime_join_io.py" /><source>year</source><translation>jaar</translation></message><message><location line="72" filename="../processing/crime_join_io.py" /><source>month</source><translation>maand</translation></message><message><location line="162" filename="../processing/crime_join_io.py" /><source>The table names areas instead of giving codes: {} of {} areas found by name.</source><translation>De tabel noemt gebieden bij naam in plaats van met codes: {} van {} gebieden op naam gevonden.</translation></message><message><location line="76" filename="../processing/crime_join_io.py" /><source>Crime type codes Wijkradar does not know, kept under the title in the file: {}.</source><translation>Codes van soorten misdrijven die Wijkradar niet kent, behouden met de titel uit het bestand: {}.</translation></message><message><location line="80" filename="../processing/crime_join_io.py" /><source>Rows without a crime type code left out: {}.</source><translation>Rijen zonder code van een soort misdrijf weggelaten: {}.</translation></message><message><location line="83" filename="../processing/crime_join_io.py" /><source>{} cells of the table have no figure (unknown or secret); they stay empty.</source><translation>{} cellen van de tabel hebben geen cijfer (onbekend of geheim); die blijven leeg.</translation></message><message><location line="87" filename="../processing/crime_join_io.py" /><source>Provisional figures (*): {}.</source><translation>Voorlopige cijfers (*): {}.</translation></message><message><location line="129" filename="../processing/crime_join_io.py" /><source>The field '{}' must hold CBS codes of one level (BU and 8 digits for buurten, WK and 6 for wijken, GM and 4 for a municipality); found {}.</source><translation>Het veld '{}' moet CBS-codes van één niveau bevatten (BU en 8 cijfers voor buurten, WK en 6 voor wijken, GM en 4 voor een gemeente); gevonden: {}.</translation></message><message><location line="154" filename="../processing/crime_join_io.py" /><source>No area of the table has the name of one of these areas (the table names areas, not codes): is it the table of another municipality? Titles in the table: {}.</source><translation>Geen gebied in de tabel heeft de naam van een van deze gebieden (de tabel noemt gebieden bij naam, niet met codes): is het de tabel van een andere gemeente? Titels in de tabel: {}.</translation></message><message><location line="159" filename="../processing/crime_join_io.py" /><source>Names shared by several areas cannot be joined by name and are left out: {}.</source><translation>Namen die meerdere gebieden delen kunnen niet op naam gekoppeld worden en zijn weggelaten: {}.</translation></message><message><location line="187" filename="../processing/crime_join_io.py" /><source>{} incidents lie in none of the areas and are not counted.</source><translation>{} incidenten liggen in geen van de gebieden en worden niet geteld.</translation></message><message><location line="37" filename="../processing/crime_join_io.py" /><source>Cannot read {}: {}</source><translation>Kan {} niet lezen: {}</translation></message><message><location line="57" filename="../processing/crime_join_io.py" /><source>{} holds only the first {} rows of the table; the rest is at {}. Let Wijkradar fetch the remaining pages, or save them all in one JSON list.</source><translation>{} bevat alleen de eerste {} rijen van de tabel; de rest staat op {}. Laat Wijkradar de overige pagina's ophalen, of sla ze allemaal op in één JSON-lijst.</translation></message></context><context><name>EmergingInputs</name><message><location line="71" filename="../processing/emerging_io.py" /><source>The area layer has no areas with a geometry.</source><translation>De gebiedenlaag heeft geen gebieden met een geometrie.</translation></message><message><location line="125" filename="../processing/emerging_io.py" /><source>{} of {} locations have no neighbour (e.g. {}); their Gi* compares only their own counts over time. A distance band of {:.0f} m gives every location a neighbour.</source><translation>{} van {} locaties hebben geen buur (bijv. {}); hun Gi* vergelijkt alleen hun eigen aantallen door de tijd. Een afstandsband van {:.0f} m geeft elke locatie een buur.</translation></message></context><context><name>ExperimentRegister</name><message><location line="69" filename="../processing/experiment_register.py" /><source>Experiment register (GeoPackage; empty: beside the project)</source><translation>Experimentenregister (GeoPackage; leeg: naast het project)</translation></message><message><location line="62" filename="../processing/experiment_register.py" /><source>Hypothesis (recorded in the experiment register)</source><translation>Hypothese (vastgelegd in het experimentenregister)</translation></message><message><location line="66" filename="../processing/experiment_register.py" /><source>Experiment id in the register (fills the areas, dates and types)</source><translation>Experiment-id in het register (vult de gebieden, data en typen in)</translation></message><message><location line="125" filename="../processing/experiment_register.py" /><source>The experiment register {} has no experiment '{}'. Its experiments: {}.</source><translation>Het experimentenregister {} heeft geen experiment '{}'. De experimenten erin: {}.</translation></message><message><location line="127" filename="../processing/experiment_register.py" /><source>none</source><translation>geen</translation></message><message><location line="153" filename="../processing/experiment_register.py" /><source>Could not open the experiment register {}.</source><translation>Het experimentenregister {} kon niet worden geopend.</translation></message><message><location line="171" filename="../processing/experiment_register.py" /><source>Could not add the entry to the experiment register {}.</source><translation>De regel kon niet aan het experimentenregister {} worden toegevoegd.</translation></message><message><location line="86" filename="../processing/experiment_register.py" /><source>The experiment register {} is not a GeoPackage. Choose a .gpkg file (a new one is made when it does not exist).</source><translation>Het experimentenregister {} is geen GeoPackage. Kies een .gpkg-bestand (een nieuw bestand wordt gemaakt als het nog niet bestaat).</translation></message><message><location line="90" filename="../processing/experiment_register.py" /><source>The experiment register {} cannot be written to. Choose another file.</source><translation>In het experimentenregister {} kan niet worden geschreven. Kies een ander bestand.</translation></message><message><location line="102" filename="../processing/experiment_register.py" /><source>The experiment register cannot be made in {} ({}). Choose another file.</source><translation>Het experimentenregister kan niet worden gemaakt in {} ({}). Kies een ander bestand.</translation></message></context><context><name>FocusPatterns</name><message><location line="50" filename="../processing/focus_patterns.py" /><source>{layer} has no field '{field}' to find the focus areas by: choose its area id field (fields: {fields}).</source><translation>{layer} heeft geen veld '{field}' om de aandachtsgebieden in te vinden: kies het veld met de gebiedscode (velden: {fields}).</translation></message><message><location line="57" filename="../processing/focus_patterns.py" /><source>{} has no 'category' or 'pattern' field: give the output of Emerging hot spots (wijkradar:emerging_hotspots).</source><translation>{} heeft geen veld 'category' of 'pattern': geef de uitvoer van Opkomende hotspots (wijkradar:emerging_hotspots).</translation></message><message><location line="65" filename="../processing/focus_patterns.py" /><source>No focus area is in {layer}: its '{join}' ({theirs}, ...) does not match the focus areas' '{field}' ({ours}, ...). Choose the fields that hold the same area ids.</source><translation>Geen enkel aandachtsgebied staat in {layer}: het veld '{join}' ({theirs}, ...) komt niet overeen met '{field}' van de aandachtsgebieden ({ours}, ...). Kies de velden met dezelfde gebiedscodes.</translation></message><message><location line="80" filename="../processing/focus_patterns.py" /><source>'{value}' in {field} of {layer} is not an emerging hot spot pattern: expected a code from -8 to 8 (the 'category' field of Emerging hot spots) or a pattern's name such as 'New hot spot'.</source><translation>'{value}' in {field} van {layer} is geen patroon van opkomende hotspots: verwacht een code van -8 tot 8 (het veld 'category' van Opkomende hotspots) of de naam van een patroon, zoals 'Nieuwe hotspot'.</translation></message></context><context><name>HotspotInputs</name><message><location line="90" filename="../processing/hotspot_io.py" /><source>The area layer</source><translation>De gebiedenlaag</translation></message><message><location line="92" filename="../processing/hotspot_io.py" /><source>The incident layer</source><translation>De incidentenlaag</translation></message><message><location line="145" filename="../processing/hotspot_io.py" /><source>areas</source><translation>gebieden</translation></message><message><location line="106" filename="../processing/hotspot_io.py" /><source>incidents</source><translation>incidenten</translation></message><message><location line="133" filename="../processing/hotspot_io.py" /><source>To analyse a value of the areas, give the area layer and its value field (or choose to count incidents per area or per grid cell).</source><translation>Om een waarde van de gebieden te analyseren: geef de gebiedenlaag en het waardeveld (of kies voor incidenten tellen per gebied of per rastercel).</translation></message><message><location line="137" filename="../processing/hotspot_io.py" /><source>To count incidents, give the incident points (and the areas to count them in, or choose a grid).</source><translation>Om incidenten te tellen: geef de incidentpunten (en de gebieden om ze in te tellen, of kies een raster).</translation></message><message><location line="195" filename="../processing/hotspot_io.py" /><source>{} grid cells of {} m</source><translation>{} rastercellen van {} m</translation></message><message><location line="109" filename="../processing/hotspot_io.py" /><source>incidents in '{}'</source><translation>incidenten in '{}'</translation></message><message><location line="204" filename="../processing/hotspot_io.py" /><source>{:,} of {:,} incidents lie outside the areas and are not counted.</source><translation>{:,} van de {:,} incidenten liggen buiten de gebieden en zijn niet geteld.</translation></message><message><location line="79" filename="../processing/hotspot_io.py" /><source>'{}' is in {}, not in metres: distances, neighbours and grid cells are computed in {} ({}).</source><translation>'{}' is in {}, niet in meters: afstanden, buren en rastercellen worden berekend in {} ({}).</translation></message><message><location line="122" filename="../processing/hotspot_io.py" /><source>{} of {} areas have no value (NULL) and are left out of the analysis.</source><translation>{} van de {} gebieden hebben geen waarde (NULL) en blijven buiten de analyse.</translation></message><message><location line="125" filename="../processing/hotspot_io.py" /><source>{} of {} areas have an infinite value (inf or -inf) and are left out of the analysis; correct the value field to include them.</source><translation>{} van de {} gebieden hebben een oneindige waarde (inf of -inf) en blijven buiten de analyse; corrigeer het waardeveld om ze mee te nemen.</translation></message><message><location line="149" filename="../processing/hotspot_io.py" /><source>'{}' has no areas with a geometry.</source><translation>'{}' heeft geen gebieden met een geometrie.</translation></message></context><context><name>LayerInput</name><message><location line="90" filename="../processing/layer_input.py" /><source>Add it with Layer &gt; Add Layer &gt; Add Delimited Text Layer, choosing its X and Y columns and coordinate system, and choose that layer.</source><translation>Voeg het toe met Kaartlagen &gt; Laag toevoegen &gt; Tekstgescheiden laag toevoegen, met de X- en Y-kolom en het coördinatensysteem, en kies die laag.</translation></message><message><location line="178" filename="../processing/layer_input.py" /><source>Set its CRS in Layer Properties &gt; Source (or with the Processing tool 'Assign projection') and run again.</source><translation>Stel het CRS in via Laageigenschappen &gt; Bron (of met het Processing-hulpmiddel 'Projectie toekennen') en start opnieuw.</translation></message><message><location line="87" filename="../processing/layer_input.py" /><source>{} ('{}') is a CSV file, which QGIS opens as a table without locations (separator '{}'; columns: {}).</source><translation>{} ('{}') is een CSV-bestand, dat QGIS opent als een tabel zonder locaties (scheidingsteken '{}'; kolommen: {}).</translation></message><message><location line="187" filename="../processing/layer_input.py" /><source>{} ('{}') has no coordinate reference system, so its coordinates cannot be placed on a map. {}</source><translation>{} ('{}') heeft geen coördinatenreferentiesysteem, dus de coördinaten kunnen niet op een kaart worden geplaatst. {}</translation></message><message><location line="62" filename="../processing/layer_input.py" /><source>{} ('{}') has no features. Check its filter or selection, or choose another layer.</source><translation>{} ('{}') heeft geen objecten. Controleer het filter of de selectie, of kies een andere laag.</translation></message><message><location line="72" filename="../processing/layer_input.py" /><source>{} must be a {} layer; '{}' holds {}.</source><translation>{} moet een {}laag zijn; '{}' bevat {}.</translation></message><message><location line="94" filename="../processing/layer_input.py" /><source>None of its columns is named as X and Y coordinates (such as x and y, or lon and lat).</source><translation>Geen van de kolommen heeft de naam van een X- en Y-coördinaat (zoals x en y, of lon en lat).</translation></message><message><location line="96" filename="../processing/layer_input.py" /><source>(Rows with a postcode and no coordinates are placed at their postcode areas by the Data step of the Wijkradar panel.)</source><translation>(Rijen met een postcode en zonder coördinaten plaatst de stap Gegevens van het Wijkradar-paneel in hun postcodegebied.)</translation></message><message><location line="182" filename="../processing/layer_input.py" /><source>{} ('{}') has no coordinate reference system and its coordinates look like longitude and latitude in degrees; distances in degrees would be wrong. Set its CRS to WGS 84 (EPSG:4326) in Layer Properties &gt; Source (or with the Processing tool 'Assign projection') and run again.</source><translation>{} ('{}') heeft geen coördinatenreferentiesysteem en de coördinaten lijken lengte- en breedtegraden in graden; afstanden in graden zouden fout zijn. Stel het CRS in op WGS 84 (EPSG:4326) via Laageigenschappen &gt; Bron (of met het Processing-hulpmiddel 'Projectie toekennen') en start opnieuw.</translation></message><message><location line="230" filename="../processing/layer_input.py" /><source>{:,} areas had an invalid outline (such as a ring that crosses itself) and were repaired before use: {}{}. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source><translation>{:,} gebieden hadden een ongeldige omtrek (zoals een ring die zichzelf kruist) en zijn vóór gebruik hersteld: {}{}. Controleer ze met Vector &gt; Geometrie-gereedschap &gt; Geldigheid controleren.</translation></message><message><location line="242" filename="../processing/layer_input.py" /><source>{:,} {} without a location (a NULL or empty geometry) were left out.</source><translation>{:,} {} zonder locatie (een NULL- of lege geometrie) zijn weggelaten.</translation></message><message><location line="251" filename="../processing/layer_input.py" /><source>The field '{}' of {} holds {} values, not numbers; choose a numeric field (or convert it with the Field calculator, e.g. to_real("{}")).</source><translation>Het veld '{}' van {} bevat {}-waarden, geen getallen; kies een numeriek veld (of zet het om met de Veldberekening, bijv. to_real("{}")).</translation></message><message><location line="254" filename="../processing/layer_input.py" /><source>text</source><translation>tekst</translation></message><message><location line="262" filename="../processing/layer_input.py" /><source>{} ('{}') has no field {}. Its fields are: {}.</source><translation>{} ('{}') heeft geen veld {}. De velden zijn: {}.</translation></message><message><location line="265" filename="../processing/layer_input.py" /><source>none</source><translation>geen</translation></message><message><location line="100" filename="../processing/layer_input.py" /><source>In a model or with qgis_process, give it as '{}' instead.</source><translation>Geef het in een model of met qgis_process in plaats daarvan op als '{}'.</translation></message><message><location line="173" filename="../processing/layer_input.py" /><source>{} ('{}') has no coordinate reference system; its coordinates lie in the Netherlands in RD New (EPSG:28992), so it is read as RD New. Set the layer's CRS (Layer Properties &gt; Source) to be sure.</source><translation>{} ('{}') heeft geen coördinatenreferentiesysteem; de coördinaten liggen in Nederland in RD New (EPSG:28992), dus de laag wordt als RD New gelezen. Stel het CRS van de laag in (Laageigenschappen &gt; Bron) om zeker te zijn.</translation></message></context><context><name>OpenDataNet</name><message><location line="54" filename="../processing/open_data_net.py" /><source>Could not fetch {}: {}. Check the internet connection (and QGIS's proxy settings), or download the file and choose it instead.</source><translation>Kan {} niet ophalen: {}. Controleer de internetverbinding (en de proxy-instellingen van QGIS), of download het bestand en kies dat.</translation></message><message><location line="67" filename="../processing/open_data_net.py" /><source>The answer from {} is not JSON ({}); the service may be down or moved.</source><translation>Het antwoord van {} is geen JSON ({}); de dienst is misschien buiten gebruik of verhuisd.</translation></message><message><location line="109" filename="../processing/open_data_net.py" /><location line="91" filename="../processing/open_data_net.py" /><source>Fetching {}</source><translation>Ophalen: {}</translation></message><message><location line="94" filename="../processing/open_data_net.py" /><source>PDOK's answer holds no features (is there an OGC API for {}?): {}</source><translation>Het antwoord van PDOK bevat geen objecten (is er een OGC API voor {}?): {}</translation></message></context><context><name>OutputGuard</name><message><location line="203" filename="../processing/output_guard.py" /><source>{} cannot be read back ({}).</source><translation>{} kan niet worden teruggelezen ({}).</translation></message><message><location line="203" filename="../processing/output_guard.py" /><source>unknown</source><translation>onbekend</translation></message><message><location line="125" filename="../processing/output_guard.py" /><source>{} is a folder; give a file name.</source><translation>{} is een map; geef een bestandsnaam.</translation></message><message><location line="127" filename="../processing/output_guard.py" /><source>the folder {} does not exist.</source><translation>de map {} bestaat niet.</translation></message><message><location line="144" filename="../processing/output_guard.py" /><source>{} is empty.</source><translation>{} is leeg.</translation></message><message><location line="240" filename="../processing/output_guard.py" /><source>{} holds {:,} of the {:,} features written to it.</source><translation>{} bevat {:,} van de {:,} objecten die erin zijn geschreven.</translation></message><message><location line="243" filename="../processing/output_guard.py" /><source>{} has no spatial index: its last write failed.</source><translation>{} heeft geen ruimtelijke index: het laatste schrijven is mislukt.</translation></message><message><location line="405" filename="../processing/output_guard.py" /><source>Canceled by the user.</source><translation>Geannuleerd door de gebruiker.</translation></message><message><location line="133" filename="../processing/output_guard.py" /><source>the folder {} cannot be written to ({}).</source><translation>in de map {} kan niet worden geschreven ({}).</translation></message><message><location line="151" filename="../processing/output_guard.py" /><source>{} is not complete.</source><translation>{} is niet volledig.</translation></message><message><location line="411" filename="../processing/output_guard.py" /><source>Writing the outputs failed: {} Is the disk full? Nothing was kept; free some space or choose another folder, and run again.</source><translation>Het schrijven van de uitvoer is mislukt: {} Is de schijf vol? Er is niets bewaard; maak ruimte vrij of kies een andere map, en start opnieuw.</translation></message><message><location line="371" filename="../processing/output_guard.py" /><source>Cannot write '{}' to {}: {} Choose another file or folder.</source><translation>Kan '{}' niet schrijven naar {}: {} Kies een ander bestand of een andere map.</translation></message><message><location line="462" filename="../processing/output_guard.py" /><source>Could not write {}: {}. Nothing was kept; free some space or choose another folder, and run again.</source><translation>Kon {} niet schrijven: {}. Er is niets bewaard; maak ruimte vrij of kies een andere map, en start opnieuw.</translation></message><message><location line="464" filename="../processing/output_guard.py" /><source>an output</source><translation>een uitvoer</translation></message><message><location line="469" filename="../processing/output_guard.py" /><source>Writing the outputs failed ({}). Is the disk full? Nothing was kept; free some space or choose another folder, and run again.</source><translation>Het schrijven van de uitvoer is mislukt ({}). Is de schijf vol? Er is niets bewaard; maak ruimte vrij of kies een andere map, en start opnieuw.</translation></message></context><context><name>ExperimentsView</name><message><location line="129" filename="../ui/experiments_view.py" /><source>planned</source><translation>gepland</translation></message><message><location line="129" filename="../ui/experiments_view.py" /><source>evaluated</source><translation>geëvalueerd</translation></message><message><location line="150" filename="../ui/experiments_view.py" /><source>Experiments</source><translation>Experimenten</translation></message><message><location line="53" filename="../ui/experiments_view.py" /><source>Open report</source><translation>Rapport openen</translation></message><message><location line="55" filename="../ui/experiments_view.py" /><source>Refresh</source><translation>Vernieuwen</translation></message><message><location line="57" filename="../ui/experiments_view.py" /><source>Other register…</source><translation>Ander register…</translation></message><message><location line="121" filename="../ui/experiments_view.py" /><source>Experiment register</source><translation>Experimentenregister</translation></message><message><location line="122" filename="../ui/experiments_view.py" /><source>GeoPackage (*.gpkg)</source><translation>GeoPackage (*.gpkg)</translation></message><message><location line="73" filename="../ui/experiments_view.py" /><source>Status</source><translation>Status</translation></message><message><location line="74" filename="../ui/experiments_view.py" /><source>Areas</source><translation>Gebieden</translation></message><message><location line="75" filename="../ui/experiments_view.py" /><source>Period</source><translation>Periode</translation></message><message><location line="76" filename="../ui/experiments_view.py" /><source>Result</source><translation>Resultaat</translation></message><message><location line="77" filename="../ui/experiments_view.py" /><source>Hypothesis</source><translation>Hypothese</translation></message><message><location line="78" filename="../ui/experiments_view.py" /><source>Recorded</source><translation>Vastgelegd</translation></message><message><location line="79" filename="../ui/experiments_view.py" /><source>Id</source><translation>Id</translation></message><message><location line="91" filename="../ui/experiments_view.py" /><source>Register: {}</source><translation>Register: {}</translation></message><message><location line="93" filename="../ui/experiments_view.py" /><source>(no experiments yet: plan one with 'Experiment power' or evaluate one with 'Evaluate an intervention').</source><translation>(nog geen experimenten: plan er een met 'Onderscheidend vermogen van een experiment' of evalueer er een met 'Een interventie evalueren').</translation></message><message><location line="136" filename="../ui/experiments_view.py" /><source>RR {rr:.2f} ({low:.2f}–{high:.2f})</source><translation>RR {rr:.2f} ({low:.2f}–{high:.2f})</translation></message><message><location line="142" filename="../ui/experiments_view.py" /><source>detects a fall of {:.0f}% or more</source><translation>toont een daling van {:.0f}% of meer aan</translation></message><message><location line="139" filename="../ui/experiments_view.py" /><source>placebo p {:.3f}</source><translation>placebo-p {:.3f}</translation></message></context></TS>