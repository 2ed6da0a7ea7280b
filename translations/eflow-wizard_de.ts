<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Autopilot</name>
    <message>
        <source>%1: %2 (choices: %3)</source>
        <translation>%1: %2 (Auswahl: %3)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message numerus="yes">
        <source>  | … (%n line(s) in all)</source>
        <translation>
            <numerusform>  | … (%n Zeile insgesamt)</numerusform>
            <numerusform>  | … (%n Zeilen insgesamt)</numerusform>
        </translation>
    </message>
    <message>
        <source>[button] %1</source>
        <translation>[Schaltfläche] %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Chosen: release = %1; accept the license terms = %2; optional diagnostic data = %3</source>
        <translation>Gewählt: Version = %1; Lizenzbedingungen akzeptieren = %2; optionale Diagnosedaten = %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Autopilot: the wizard has no start page.</source>
        <translation>Autopilot: Der Assistent hat keine Startseite.</translation>
    </message>
    <message>
        <source>Autopilot: stopped after %1 pages; the wizard seems to loop.</source>
        <translation>Autopilot: Nach %1 Seiten angehalten; der Assistent scheint sich in einer Schleife zu befinden.</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Autopilot: stuck on &quot;%1&quot;: neither Next nor Finish can be pressed.</source>
        <translation>Autopilot: Auf der Seite „%1“ festgefahren: Weder „Weiter“ noch „Abschließen“ lässt sich betätigen.</translation>
    </message>
    <message>
        <source>Autopilot: &quot;%1&quot; did not let the wizard move on.</source>
        <translation>Autopilot: Der Assistent ließ sich von der Seite „%1“ aus nicht fortsetzen.</translation>
    </message>
    <message>
        <source>Autopilot: the wizard closed without being finished.</source>
        <translation>Autopilot: Der Assistent wurde geschlossen, bevor er abgeschlossen war.</translation>
    </message>
    <message>
        <source>Autopilot: the wizard finished, but the license terms are not accepted.</source>
        <translation>Autopilot: Der Assistent wurde abgeschlossen, aber die Lizenzbedingungen sind nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>key file %1 does not exist</source>
        <translation>Die Schlüsseldatei %1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot read key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DeriveKey</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: registration ID %3 repeats line %4 (DPS treats registration IDs case-insensitively, so both lines would be the same device)</source>
        <translation>%1:%2: Die Registrierungs-ID %3 wiederholt Zeile %4 (DPS unterscheidet bei Registrierungs-IDs nicht zwischen Groß- und Kleinschreibung, daher wären beide Zeilen dasselbe Gerät)</translation>
    </message>
    <message>
        <source>Derives the device keys of a DPS group enrollment: base64(HMAC-SHA256(group key, registration ID)).
The group key is read from standard input (or --group-key-file), never from the command line.
Exit codes: 0 done, 2 wrong usage, 3 malformed key or ID, 4 file missing or unwritable.</source>
        <translation>Leitet die Geräteschlüssel einer DPS-Registrierungsgruppe ab: base64(HMAC-SHA256(Gruppenschlüssel, Registrierungs-ID)).
Der Gruppenschlüssel wird von der Standardeingabe (oder mit --group-key-file) gelesen, niemals von der Befehlszeile.
Exit-Codes: 0 erledigt, 2 falsche Verwendung, 3 fehlerhafter Schlüssel oder fehlerhafte ID, 4 Datei fehlt oder ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Derive the key of this one registration ID.</source>
        <translation>Leitet den Schlüssel für genau diese eine Registrierungs-ID ab.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Derive keys for every registration ID in FILE (one per line); writes &quot;registrationId,derivedKey&quot; lines.</source>
        <translation>Leitet die Schlüssel für jede Registrierungs-ID in DATEI ab (eine pro Zeile); schreibt Zeilen im Format „registrationId,derivedKey“.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Read the group key from the first line of FILE.</source>
        <translation>Liest den Gruppenschlüssel aus der ersten Zeile von DATEI.</translation>
    </message>
    <message>
        <source>With --batch: write to FILE (replaced only when every line succeeded) instead of standard output.</source>
        <translation>Mit --batch: Schreibt in DATEI (die nur ersetzt wird, wenn jede Zeile erfolgreich war) statt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>derive-key: %1 (see derive-key --help)</source>
        <translation>derive-key: %1 (siehe derive-key --help)</translation>
    </message>
    <message>
        <source>derive-key: unexpected argument &quot;%1&quot; (see derive-key --help)</source>
        <translation>derive-key: Unerwartetes Argument „%1“ (siehe derive-key --help)</translation>
    </message>
    <message>
        <source>derive-key: give either --registration-id ID or --batch FILE</source>
        <translation>derive-key: Geben Sie entweder --registration-id ID oder --batch DATEI an</translation>
    </message>
    <message>
        <source>derive-key: --output goes with --batch</source>
        <translation>derive-key: --output ist nur zusammen mit --batch zulässig</translation>
    </message>
    <message>
        <source>registration ID file %1 does not exist</source>
        <translation>Die Datei %1 mit Registrierungs-IDs ist nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot read registration ID file %1: %2</source>
        <translation>Die Datei %1 mit Registrierungs-IDs kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Group key (input hidden): </source>
        <translation>Gruppenschlüssel (Eingabe wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>no group key on standard input (pipe it in, or use --group-key-file FILE)</source>
        <translation>Kein Gruppenschlüssel über die Standardeingabe erhalten (übergeben Sie ihn per Pipe, oder verwenden Sie --group-key-file DATEI)</translation>
    </message>
    <message>
        <source>Group key is not valid base64.</source>
        <translation>Der Gruppenschlüssel ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up HMAC-SHA256</source>
        <translation>OpenSSL konnte HMAC-SHA256 nicht einrichten</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>OpenSSL failed to compute HMAC-SHA256</source>
        <translation>OpenSSL konnte HMAC-SHA256 nicht berechnen</translation>
    </message>
    <message>
        <source>writing the derived keys failed</source>
        <translation>Das Schreiben der abgeleiteten Schlüssel ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Dps</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>DPS rejected the key for registration ID %1: the key does not match this registration ID. For a group enrollment use the derived device key, not the group key.</source>
        <translation>DPS hat den Schlüssel für die Registrierungs-ID %1 abgelehnt: Der Schlüssel passt nicht zu dieser Registrierungs-ID. Verwenden Sie bei einer Registrierungsgruppe den abgeleiteten Geräteschlüssel, nicht den Gruppenschlüssel.</translation>
    </message>
    <message>
        <source>DPS at %1 does not know the ID scope %2: copy the ID scope from the Overview page of your Device Provisioning Service in the Azure portal.</source>
        <translation>DPS unter %1 kennt den ID-Bereich %2 nicht: Kopieren Sie den ID-Bereich von der Seite „Übersicht“ Ihres Device Provisioning Service im Azure-Portal.</translation>
    </message>
    <message>
        <source>DPS rejected the registration ID %1 as invalid: use letters, digits and - . _ : only, with a letter or digit at the start and end.</source>
        <translation>DPS hat die Registrierungs-ID %1 als ungültig abgelehnt: Verwenden Sie nur Buchstaben, Ziffern und - . _ :, wobei am Anfang und am Ende ein Buchstabe oder eine Ziffer stehen muss.</translation>
    </message>
    <message>
        <source>DPS rejected the registration request for %1 (%2): check the ID scope and registration ID.</source>
        <translation>DPS hat die Registrierungsanforderung für %1 abgelehnt (%2): Prüfen Sie den ID-Bereich und die Registrierungs-ID.</translation>
    </message>
    <message numerus="yes">
        <source>DPS kept throttling the requests over %n attempt(s): wait a few minutes, then try again.</source>
        <translation>
            <numerusform>DPS hat die Anforderungen auch nach %n Versuch weiterhin gedrosselt: Warten Sie einige Minuten, und versuchen Sie es dann erneut.</numerusform>
            <numerusform>DPS hat die Anforderungen auch nach %n Versuchen weiterhin gedrosselt: Warten Sie einige Minuten, und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DPS at %1 was not available (HTTP %2) over %n attempt(s): try again later, or check the Azure status page.</source>
        <translation>
            <numerusform>DPS unter %1 war bei %n Versuch nicht verfügbar (HTTP %2): Versuchen Sie es später erneut, oder prüfen Sie die Azure-Statusseite.</numerusform>
            <numerusform>DPS unter %1 war bei %n Versuchen nicht verfügbar (HTTP %2): Versuchen Sie es später erneut, oder prüfen Sie die Azure-Statusseite.</numerusform>
        </translation>
    </message>
    <message>
        <source>DPS refused the registration of %1 with HTTP %2 (%3).</source>
        <translation>DPS hat die Registrierung von %1 mit HTTP %2 abgelehnt (%3).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 is not trusted; for a private endpoint give its CA file.</source>
        <translation>Das Serverzertifikat für %1 ist nicht vertrauenswürdig; geben Sie für einen privaten Endpunkt dessen CA-Datei an.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for the name %1: check the endpoint address.</source>
        <translation>Das Serverzertifikat ist für den Namen %1 nicht gültig: Prüfen Sie die Endpunktadresse.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 has expired or is not valid yet: check this computer&apos;s date and time.</source>
        <translation>Das Serverzertifikat für %1 ist abgelaufen oder noch nicht gültig: Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: check the endpoint address, and the network and proxy.</source>
        <translation>Die sichere Verbindung mit %1 ist fehlgeschlagen: Prüfen Sie die Endpunktadresse sowie Netzwerk und Proxy.</translation>
    </message>
    <message>
        <source>Cannot reach %1: the name was not found. Check the network and proxy.</source>
        <translation>%1 ist nicht erreichbar: Der Name wurde nicht gefunden. Prüfen Sie Netzwerk und Proxy.</translation>
    </message>
    <message>
        <source>%1 closed the connection before DPS answered: check the network and proxy, then try again.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor DPS geantwortet hat: Prüfen Sie Netzwerk und Proxy, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot reach %1 through the proxy: check the proxy settings.</source>
        <translation>%1 ist über den Proxy nicht erreichbar: Prüfen Sie die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the network and proxy.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: Prüfen Sie Netzwerk und Proxy.</translation>
    </message>
    <message>
        <source>Cannot reach %1: check the network and proxy.</source>
        <translation>%1 ist nicht erreichbar: Prüfen Sie Netzwerk und Proxy.</translation>
    </message>
    <message numerus="yes">
        <source>DPS at %1 did not finish the registration within %n second(s): check the network and proxy, then try again.</source>
        <translation>
            <numerusform>DPS unter %1 hat die Registrierung nicht innerhalb von %n Sekunde abgeschlossen: Prüfen Sie Netzwerk und Proxy, und versuchen Sie es dann erneut.</numerusform>
            <numerusform>DPS unter %1 hat die Registrierung nicht innerhalb von %n Sekunden abgeschlossen: Prüfen Sie Netzwerk und Proxy, und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s): check the network and proxy.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet: Prüfen Sie Netzwerk und Proxy.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet: Prüfen Sie Netzwerk und Proxy.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered, but not as a Device Provisioning Service does (HTTP %2): check the endpoint address; the details show what came back.</source>
        <translation>%1 hat geantwortet, aber nicht so wie ein Device Provisioning Service (HTTP %2): Prüfen Sie die Endpunktadresse; die Details zeigen, was zurückgegeben wurde.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from the CA file %1: give the private endpoint&apos;s CA certificate in PEM format.</source>
        <translation>Aus der CA-Datei %1 konnte kein PEM-Zertifikat gelesen werden: Geben Sie das CA-Zertifikat des privaten Endpunkts im PEM-Format an.</translation>
    </message>
    <message>
        <source>DPS assigned registration ID %1 to the IoT hub %2 as device %3.</source>
        <translation>DPS hat die Registrierungs-ID %1 dem IoT-Hub %2 als Gerät %3 zugewiesen.</translation>
    </message>
    <message>
        <source>DPS is still assigning registration ID %1: try again in a few seconds.</source>
        <translation>DPS weist die Registrierungs-ID %1 noch zu: Versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
    <message>
        <source>The enrollment for registration ID %1 is disabled in DPS: enable it in the Azure portal, then try again.</source>
        <translation>Die Registrierung für die Registrierungs-ID %1 ist in DPS deaktiviert: Aktivieren Sie sie im Azure-Portal, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>DPS could not assign registration ID %1 (error code %2): check the enrollment&apos;s IoT hub link and allocation policy.</source>
        <translation>DPS konnte die Registrierungs-ID %1 nicht zuweisen (Fehlercode %2): Prüfen Sie die IoT-Hub-Verknüpfung und die Zuordnungsrichtlinie der Registrierung.</translation>
    </message>
    <message>
        <source>DPS could not assign registration ID %1: %2 (error code %3).</source>
        <translation>DPS konnte die Registrierungs-ID %1 nicht zuweisen: %2 (Fehlercode %3).</translation>
    </message>
    <message>
        <source>DPS did not assign registration ID %1 to an IoT hub: check that the enrollment has a linked IoT hub and an allocation policy.</source>
        <translation>DPS hat die Registrierungs-ID %1 keinem IoT-Hub zugewiesen: Prüfen Sie, ob die Registrierung einen verknüpften IoT-Hub und eine Zuordnungsrichtlinie hat.</translation>
    </message>
    <message>
        <source>The registration of %1 was cancelled.</source>
        <translation>Die Registrierung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The DPS request was cancelled.</source>
        <translation>Die DPS-Anforderung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Saved the individual enrollment %1.</source>
        <translation>Die Einzelregistrierung %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Read the individual enrollment %1.</source>
        <translation>Die Einzelregistrierung %1 wurde gelesen.</translation>
    </message>
    <message>
        <source>Deleted the individual enrollment %1.</source>
        <translation>Die Einzelregistrierung %1 wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n individual enrollment(s).</source>
        <translation>
            <numerusform>%n Einzelregistrierung gelesen.</numerusform>
            <numerusform>%n Einzelregistrierungen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the enrollment group %1.</source>
        <translation>Die Registrierungsgruppe %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Read the enrollment group %1.</source>
        <translation>Die Registrierungsgruppe %1 wurde gelesen.</translation>
    </message>
    <message>
        <source>Deleted the enrollment group %1.</source>
        <translation>Die Registrierungsgruppe %1 wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n enrollment group(s).</source>
        <translation>
            <numerusform>%n Registrierungsgruppe gelesen.</numerusform>
            <numerusform>%n Registrierungsgruppen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the registration record %1.</source>
        <translation>Der Registrierungsdatensatz %1 wurde gelesen.</translation>
    </message>
    <message>
        <source>Deleted the registration record %1.</source>
        <translation>Der Registrierungsdatensatz %1 wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n registration record(s) of the enrollment group %1.</source>
        <translation>
            <numerusform>%n Registrierungsdatensatz der Registrierungsgruppe %1 gelesen.</numerusform>
            <numerusform>%n Registrierungsdatensätze der Registrierungsgruppe %1 gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DPS accepted all %n item(s) of the bulk operation.</source>
        <translation>
            <numerusform>DPS hat %n Element des Massenvorgangs angenommen.</numerusform>
            <numerusform>DPS hat alle %n Elemente des Massenvorgangs angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DPS rejected %1 of %n item(s) of the bulk operation; the list shows why.</source>
        <translation>
            <numerusform>DPS hat %1 von %n Element des Massenvorgangs abgelehnt; die Liste zeigt, warum.</numerusform>
            <numerusform>DPS hat %1 von %n Elementen des Massenvorgangs abgelehnt; die Liste zeigt, warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port in the HostName %1 is not between 1 and 65535.</source>
        <translation>Der Port im HostName %1 liegt nicht zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>The SharedAccessKey is not base64.</source>
        <translation>Der SharedAccessKey ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>No DPS service api-version was given.</source>
        <translation>Es wurde keine api-version für den DPS-Dienst angegeben.</translation>
    </message>
    <message>
        <source>No bulk operation mode was given.</source>
        <translation>Es wurde kein Modus für den Massenvorgang angegeben.</translation>
    </message>
    <message>
        <source>DPS answered HTTP %1; retry %2 of %3 in %4 ms.</source>
        <translation>DPS hat mit HTTP %1 geantwortet; Wiederholung %2 von %3 in %4 ms.</translation>
    </message>
    <message numerus="yes">
        <source>Read page %1 from DPS (%n item(s) so far).</source>
        <translation>
            <numerusform>Seite %1 von DPS gelesen (bisher %n Element).</numerusform>
            <numerusform>Seite %1 von DPS gelesen (bisher %n Elemente).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DPS took %1 of %2 bulk item(s); %n rejected so far.</source>
        <translation>
            <numerusform>DPS hat %1 von %2 Elementen des Massenvorgangs übernommen; bisher wurde %n abgelehnt.</numerusform>
            <numerusform>DPS hat %1 von %2 Elementen des Massenvorgangs übernommen; bisher wurden %n abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>DPS at %1 refused the request: the service connection string&apos;s key or policy is wrong. Copy the connection string of a shared access policy of the DPS again.</source>
        <translation>DPS unter %1 hat die Anforderung abgelehnt: Schlüssel oder Richtlinie der Dienst-Verbindungszeichenfolge sind falsch. Kopieren Sie die Verbindungszeichenfolge einer freigegebenen Zugriffsrichtlinie der DPS-Instanz erneut.</translation>
    </message>
    <message>
        <source>The shared access policy %1 may not do this at %2: use a policy with the enrollment and registration permissions, such as provisioningserviceowner.</source>
        <translation>Die freigegebene Zugriffsrichtlinie %1 ist dafür bei %2 nicht berechtigt: Verwenden Sie eine Richtlinie mit den Berechtigungen für Registrierungen und Registrierungsdatensätze, z. B. provisioningserviceowner.</translation>
    </message>
    <message>
        <source>DPS at %1 has no enrollment %2.</source>
        <translation>DPS unter %1 hat keine Registrierung %2.</translation>
    </message>
    <message>
        <source>DPS at %1 has no enrollment group %2.</source>
        <translation>DPS unter %1 hat keine Registrierungsgruppe %2.</translation>
    </message>
    <message>
        <source>DPS at %1 has no registration record %2.</source>
        <translation>DPS unter %1 hat keinen Registrierungsdatensatz %2.</translation>
    </message>
    <message>
        <source>%1 answered &quot;not found&quot;: check that HostName names your Device Provisioning Service.</source>
        <translation>%1 hat mit „nicht gefunden“ geantwortet: Prüfen Sie, ob HostName Ihren Device Provisioning Service angibt.</translation>
    </message>
    <message>
        <source>The enrollment group %1 changed since it was read (etag mismatch): reload and retry.</source>
        <translation>Die Registrierungsgruppe %1 wurde seit dem Lesen geändert (etag stimmt nicht überein): Laden Sie sie neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The registration record %1 changed since it was read (etag mismatch): reload and retry.</source>
        <translation>Der Registrierungsdatensatz %1 wurde seit dem Lesen geändert (etag stimmt nicht überein): Laden Sie ihn neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The enrollment %1 changed since it was read (etag mismatch): reload and retry.</source>
        <translation>Die Registrierung %1 wurde seit dem Lesen geändert (etag stimmt nicht überein): Laden Sie sie neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>DPS already has an enrollment group %1, or it changed since it was read (etag mismatch): reload and retry.</source>
        <translation>DPS hat bereits eine Registrierungsgruppe %1, oder sie wurde seit dem Lesen geändert (etag stimmt nicht überein): Laden Sie neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>DPS already has an enrollment %1, or it changed since it was read (etag mismatch): reload and retry.</source>
        <translation>DPS hat bereits eine Registrierung %1, oder sie wurde seit dem Lesen geändert (etag stimmt nicht überein): Laden Sie neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>DPS rejected the request: %1</source>
        <translation>DPS hat die Anforderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>DPS is throttling requests: wait a minute, then try again.</source>
        <translation>DPS drosselt Anforderungen: Warten Sie eine Minute, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>DPS at %1 was not available (HTTP %2): try again later, or check the Azure status page.</source>
        <translation>DPS unter %1 war nicht verfügbar (HTTP %2): Versuchen Sie es später erneut, oder prüfen Sie die Azure-Statusseite.</translation>
    </message>
    <message>
        <source>DPS refused the request with HTTP %1 (%2).</source>
        <translation>DPS hat die Anforderung mit HTTP %1 abgelehnt (%2).</translation>
    </message>
    <message numerus="yes">
        <source>DPS at %1 did not finish the request within %n second(s): check the network and proxy, then try again.</source>
        <translation>
            <numerusform>DPS unter %1 hat die Anforderung nicht innerhalb von %n Sekunde abgeschlossen: Prüfen Sie Netzwerk und Proxy, und versuchen Sie es dann erneut.</numerusform>
            <numerusform>DPS unter %1 hat die Anforderung nicht innerhalb von %n Sekunden abgeschlossen: Prüfen Sie Netzwerk und Proxy, und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenfolgen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time (%3).</source>
        <translation>%1: „%2“ ist keine Datums- und Uhrzeitangabe (%3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1: „%2“ ist keiner der Werte %3.</translation>
    </message>
    <message>
        <source>%1 should be %2, but it is %3.</source>
        <translation>%1 sollte %2 sein, ist aber %3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>Give both the primary and the secondary key, or neither to let DPS generate them.</source>
        <translation>Geben Sie sowohl den primären als auch den sekundären Schlüssel an oder keinen von beiden, damit DPS sie generiert.</translation>
    </message>
    <message>
        <source>The initial twin must be a JSON object such as {&quot;tags&quot;:{…},&quot;properties&quot;:{&quot;desired&quot;:{…}}}, but it is %1.</source>
        <translation>Der anfängliche Gerätezwilling muss ein JSON-Objekt wie {&quot;tags&quot;:{…},&quot;properties&quot;:{&quot;desired&quot;:{…}}} sein, ist aber %1.</translation>
    </message>
    <message>
        <source>The initial twin may only contain &quot;tags&quot; and &quot;properties&quot;, not &quot;%1&quot;.</source>
        <translation>Der anfängliche Gerätezwilling darf nur „tags“ und „properties“ enthalten, nicht „%1“.</translation>
    </message>
    <message>
        <source>The initial twin&apos;s &quot;tags&quot; must be a JSON object, but it is %1.</source>
        <translation>„tags“ im anfänglichen Gerätezwilling muss ein JSON-Objekt sein, ist aber %1.</translation>
    </message>
    <message>
        <source>The initial twin&apos;s &quot;properties&quot; must be a JSON object with &quot;desired&quot;, but it is %1.</source>
        <translation>„properties“ im anfänglichen Gerätezwilling muss ein JSON-Objekt mit „desired“ sein, ist aber %1.</translation>
    </message>
    <message>
        <source>The initial twin&apos;s &quot;properties.desired&quot; must be a JSON object, but it is %1.</source>
        <translation>„properties.desired“ im anfänglichen Gerätezwilling muss ein JSON-Objekt sein, ist aber %1.</translation>
    </message>
    <message>
        <source>The initial twin is not valid JSON (%1 near character %2).</source>
        <translation>Der anfängliche Gerätezwilling ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
</context>
<context>
    <name>DpsCommand</name>
    <message>
        <source>assigned: registration ID %1 → device %2 on IoT hub %3</source>
        <translation>Zugewiesen: Registrierungs-ID %1 → Gerät %2 auf IoT-Hub %3</translation>
    </message>
    <message>
        <source>  substatus: %1</source>
        <translation>  Unterstatus: %1</translation>
    </message>
    <message>
        <source>  enrollment group: %1</source>
        <translation>  Registrierungsgruppe: %1</translation>
    </message>
    <message>
        <source>  last updated: %1</source>
        <translation>  Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <source>Tests DPS credentials with the device API, the way the IoT Edge runtime will use them.
  register  registers the device (PUT …/register, then polls until DPS decides)
  status    asks DPS what it knows about the registration (no new registration)
The key is read from standard input or --key-file, never from the command line.
Exit codes: 0 assigned, 1 DPS answered otherwise or could not be reached, 2 wrong usage,
3 malformed scope, ID or key, 4 a file is missing.</source>
        <translation>Testet DPS-Anmeldeinformationen mit der Geräte-API so, wie die IoT Edge-Runtime sie verwenden wird.
  register  registriert das Gerät (PUT …/register, fragt dann ab, bis DPS entschieden hat)
  status    fragt DPS, was über die Registrierung bekannt ist (keine neue Registrierung)
Der Schlüssel wird von der Standardeingabe oder mit --key-file gelesen, niemals von der Befehlszeile.
Exit-Codes: 0 zugewiesen, 1 DPS hat anders geantwortet oder war nicht erreichbar, 2 falsche Verwendung,
3 fehlerhafter ID-Bereich, fehlerhafte ID oder fehlerhafter Schlüssel, 4 eine Datei fehlt.</translation>
    </message>
    <message>
        <source>register or status</source>
        <translation>register oder status</translation>
    </message>
    <message>
        <source>DPS ID scope, e.g. 0ne00000A0A.</source>
        <translation>DPS-ID-Bereich, z. B. 0ne00000A0A.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>The device&apos;s registration ID.</source>
        <translation>Die Registrierungs-ID des Geräts.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the key from the first line of FILE.</source>
        <translation>Liest den Schlüssel aus der ersten Zeile von DATEI.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The key is an enrollment group&apos;s key: derive this device&apos;s key from it first.</source>
        <translation>Der Schlüssel ist der Schlüssel einer Registrierungsgruppe: Daraus wird zuerst der Schlüssel dieses Geräts abgeleitet.</translation>
    </message>
    <message>
        <source>DPS device endpoint (default https://global.azure-devices-provisioning.net).</source>
        <translation>DPS-Geräteendpunkt (Standard: https://global.azure-devices-provisioning.net).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (private endpoints, the local DPS).</source>
        <translation>Vertraut zusätzlich den CA-Zertifikaten in dieser PEM-Datei (private Endpunkte, der lokale DPS).</translation>
    </message>
    <message>
        <source>DPS api-version (default 2021-06-01).</source>
        <translation>api-version von DPS (Standard: 2021-06-01).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 120).</source>
        <translation>Bricht nach dieser Anzahl Sekunden ab (Standard: 120).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Print each step and the technical details of a failure.</source>
        <translation>Gibt jeden Schritt und die technischen Details eines Fehlers aus.</translation>
    </message>
    <message>
        <source>dps: %1 (see dps --help)</source>
        <translation>dps: %1 (siehe dps --help)</translation>
    </message>
    <message>
        <source>dps: say &quot;register&quot; or &quot;status&quot; (see dps --help)</source>
        <translation>dps: Geben Sie „register“ oder „status“ an (siehe dps --help)</translation>
    </message>
    <message>
        <source>dps %1: --scope and --registration-id are required</source>
        <translation>dps %1: --scope und --registration-id sind erforderlich</translation>
    </message>
    <message>
        <source>--global-endpoint must be an https:// URL, e.g. https://global.azure-devices-provisioning.net</source>
        <translation>--global-endpoint muss eine https://-URL sein, z. B. https://global.azure-devices-provisioning.net</translation>
    </message>
    <message>
        <source>CA file %1 does not exist</source>
        <translation>Die CA-Datei %1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 3600</translation>
    </message>
    <message>
        <source>Group key (input hidden): </source>
        <translation>Gruppenschlüssel (Eingabe wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Device key (input hidden): </source>
        <translation>Geräteschlüssel (Eingabe wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>no key on standard input (pipe it in, or use --key-file FILE)</source>
        <translation>Kein Schlüssel über die Standardeingabe erhalten (übergeben Sie ihn per Pipe, oder verwenden Sie --key-file DATEI)</translation>
    </message>
    <message>
        <source>The key is not valid base64.</source>
        <translation>Der Schlüssel ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>OpenSSL could not derive the device key</source>
        <translation>OpenSSL konnte den Geräteschlüssel nicht ableiten</translation>
    </message>
    <message>
        <source>the DPS client is busy</source>
        <translation>Der DPS-Client ist beschäftigt</translation>
    </message>
</context>
<context>
    <name>EmulatorCommand</name>
    <message>
        <source>--%1 takes a fraction from 0 to 1, e.g. 0.1</source>
        <translation>--%1 erwartet einen Anteil von 0 bis 1, z. B. 0.1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>Runs the local Device Provisioning Service over HTTPS on 127.0.0.1 until Ctrl+C: the device API
and the service API, with a CA made at start. Prints the ID scope, the endpoint and a service
connection string. Its state (enrollments, registrations, scope, policy key) lives in --state.</source>
        <translation>Führt den lokalen Device Provisioning Service über HTTPS auf 127.0.0.1 aus, bis Strg+C gedrückt wird:
die Geräte-API und die Dienst-API, mit einer beim Start erstellten CA. Gibt den ID-Bereich, den Endpunkt
und eine Dienst-Verbindungszeichenfolge aus. Der Zustand (Registrierungen, Registrierungsdatensätze, ID-Bereich, Richtlinienschlüssel) liegt in --state.</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1 (0: any free port).</source>
        <translation>TCP-Port auf 127.0.0.1 (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Folder for the emulator&apos;s state (kept across restarts).</source>
        <translation>Ordner für den Zustand des Emulators (bleibt über Neustarts hinweg erhalten).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Write the CA certificate (PEM) here, for clients to trust.</source>
        <translation>Schreibt das CA-Zertifikat (PEM) hierhin, damit Clients ihm vertrauen können.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>A linked IoT hub host name (repeat for several).</source>
        <translation>Hostname eines verknüpften IoT-Hubs (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use this ID scope (default: kept or new).</source>
        <translation>Verwendet diesen ID-Bereich (Standard: bisheriger oder neuer).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>static (default) or hashed allocation over the hubs.</source>
        <translation>Zuordnung zu den Hubs: static (Standard) oder hashed.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>RICHTLINIE</translation>
    </message>
    <message>
        <source>Fraction of requests answered 429 with Retry-After.</source>
        <translation>Anteil der Anforderungen, die mit 429 und Retry-After beantwortet werden.</translation>
    </message>
    <message>
        <source>FRACTION</source>
        <translation>ANTEIL</translation>
    </message>
    <message>
        <source>Retry-After seconds on injected 429s (default 1).</source>
        <translation>Retry-After-Sekunden bei eingeschleusten 429-Antworten (Standard: 1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Fraction of requests answered 503.</source>
        <translation>Anteil der Anforderungen, die mit 503 beantwortet werden.</translation>
    </message>
    <message>
        <source>Fraction of requests whose connection is closed unanswered.</source>
        <translation>Anteil der Anforderungen, deren Verbindung ohne Antwort geschlossen wird.</translation>
    </message>
    <message>
        <source>Milliseconds added to every answer.</source>
        <translation>Millisekunden, um die jede Antwort verzögert wird.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Operation polls answered 202 &quot;assigning&quot; before the result (default 1).</source>
        <translation>Anzahl der Statusabfragen eines Vorgangs, die vor dem Ergebnis mit 202 „assigning“ beantwortet werden (Standard: 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Make sure the demo enrollments exist (group &quot;demo-group&quot; and individual &quot;demo-device&quot;, both IoT Edge) and print their keys.</source>
        <translation>Stellt sicher, dass die Demoregistrierungen vorhanden sind (Registrierungsgruppe „demo-group“ und Einzelregistrierung „demo-device“, beide IoT Edge), und gibt ihre Schlüssel aus.</translation>
    </message>
    <message>
        <source>emulator: %1 (see emulator --help)</source>
        <translation>emulator: %1 (siehe emulator --help)</translation>
    </message>
    <message>
        <source>emulator: unexpected argument &quot;%1&quot;</source>
        <translation>emulator: Unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--allocation takes static or hashed, not &quot;%1&quot;</source>
        <translation>--allocation erwartet static oder hashed, nicht „%1“</translation>
    </message>
    <message>
        <source>the local DPS did not start: %1</source>
        <translation>Der lokale DPS konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot write the CA to %1: %2</source>
        <translation>Die CA kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the demo enrollments could not be made: %1</source>
        <translation>Die Demoregistrierungen konnten nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>saving the emulator state failed: %1</source>
        <translation>Das Speichern des Emulatorzustands ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>unknown command &quot;%1&quot;; commands: %2 (see --help)</source>
        <translation>Unbekannter Befehl „%1“; Befehle: %2 (siehe --help)</translation>
    </message>
    <message>
        <source>Deploys Azure IoT Edge for Linux on Windows and provisions it through the Device Provisioning Service.

Commands (eflow-wizard COMMAND --help for each): %1

Without a display the wizard runs headless with --autopilot.</source>
        <translation>Stellt Azure IoT Edge für Linux unter Windows bereit und provisioniert es über den Device Provisioning Service.

Befehle (Hilfe jeweils mit eflow-wizard BEFEHL --help): %1

Ohne Anzeige läuft der Assistent mit --autopilot ohne grafische Oberfläche.</translation>
    </message>
    <message>
        <source>Walk every page with default choices and print what each page showed and what was chosen.</source>
        <translation>Durchläuft jede Seite mit den Standardoptionen und gibt aus, was jede Seite angezeigt hat und was gewählt wurde.</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation>%1 (siehe --help)</translation>
    </message>
    <message>
        <source>No display found: walking the wizard headless (--autopilot).</source>
        <translation>Keine Anzeige gefunden: Der Assistent wird ohne grafische Oberfläche durchlaufen (--autopilot).</translation>
    </message>
    <message>
        <source>Demo mode: nothing is installed on this computer.</source>
        <translation>Demomodus: Auf diesem Computer wird nichts installiert.</translation>
    </message>
    <message>
        <source>--demo=%1: this version has no demo host scenarios yet; use --demo</source>
        <translation>--demo=%1: Diese Version enthält noch keine Demo-Hostszenarien; verwenden Sie --demo</translation>
    </message>
</context>
<context>
    <name>SecretArguments</name>
    <message>
        <source>an argument contains a key or a SAS token: keys are never taken on the command line; pipe it on standard input or use a file</source>
        <translation>Ein Argument enthält einen Schlüssel oder ein SAS-Token: Schlüssel werden nie über die Befehlszeile angenommen; übergeben Sie den Wert per Pipe über die Standardeingabe, oder verwenden Sie eine Datei</translation>
    </message>
    <message>
        <source>--%1 is refused: keys are never taken on the command line, where they would be visible in the process list and shell history; pipe the key on standard input or use --%2-file FILE</source>
        <translation>--%1 wird abgelehnt: Schlüssel werden nie über die Befehlszeile angenommen, da sie dort in der Prozessliste und im Shell-Verlauf sichtbar wären; übergeben Sie den Schlüssel per Pipe über die Standardeingabe, oder verwenden Sie --%2-file DATEI</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulatorzeichen</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>a non-breaking space</source>
        <translation>ein geschütztes Leerzeichen</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <extracomment>%1 is a Unicode code point in hex, e.g. 0007</extracomment>
        <translation>das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>a space character (U+%1)</source>
        <translation>ein Leerraumzeichen (U+%1)</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos;</source>
        <translation>das Zeichen „%1“</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; (U+%2)</source>
        <translation>das Zeichen „%1“ (U+%2)</translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation>ID-Bereich</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Registrierungs-ID</translation>
    </message>
    <message>
        <source>Enrollment group ID</source>
        <translation>Registrierungsgruppen-ID</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Symmetric key</source>
        <translation>Symmetrischer Schlüssel</translation>
    </message>
    <message>
        <source>Group key</source>
        <translation>Gruppenschlüssel</translation>
    </message>
    <message>
        <source>Device connection string</source>
        <translation>Geräte-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>DPS service connection string</source>
        <translation>DPS-Dienst-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>CPU count</source>
        <translation>CPU-Anzahl</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>Datenträgergröße</translation>
    </message>
    <message>
        <source>Data size</source>
        <translation>Datengröße</translation>
    </message>
    <message>
        <source>Log size</source>
        <translation>Protokollgröße</translation>
    </message>
    <message>
        <source>Switch name</source>
        <translation>Switchname</translation>
    </message>
    <message>
        <source>Switch type</source>
        <translation>Switchtyp</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>Präfixlänge</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Gatewayadresse</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>GPU passthrough type</source>
        <translation>GPU-Passthrough-Typ</translation>
    </message>
    <message>
        <source>GPU name</source>
        <translation>GPU-Name</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>GPU-Anzahl</translation>
    </message>
    <message>
        <source>EFLOW release</source>
        <translation>EFLOW-Version</translation>
    </message>
    <message>
        <source>License terms</source>
        <translation>Lizenzbedingungen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 names a field, e.g. &quot;Registration ID is required.&quot;</extracomment>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters; at most %3 are allowed.</source>
        <translation>%1 ist zu lang: %2 Zeichen; höchstens %3 sind zulässig.</translation>
    </message>
    <message>
        <source>%1: %2 at position %3 is not allowed; use letters, digits and - . _ :</source>
        <extracomment>%1 field name, %2 a character such as &quot;the character &apos;/&apos;&quot; or &quot;a space&quot;, %3 its position</extracomment>
        <translation>%1: %2 an Position %3 ist nicht zulässig; verwenden Sie Buchstaben, Ziffern und - . _ :</translation>
    </message>
    <message>
        <source>%1 must end with a letter, a digit or &apos;-&apos;; it ends with &apos;%2&apos;.</source>
        <translation>%1 muss mit einem Buchstaben, einer Ziffer oder „-“ enden; das letzte Zeichen ist „%2“.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; at position %3 is not allowed; IoT Hub no longer supports &apos;+&apos; and &apos;#&apos; in device IDs.</source>
        <translation>%1: „%2“ an Position %3 ist nicht zulässig; IoT Hub unterstützt „+“ und „#“ in Geräte-IDs nicht mehr.</translation>
    </message>
    <message>
        <source>%1: %2 at position %3 is not allowed; use letters, digits and - . % _ * ? ! ( ) , : = @ $ &apos;</source>
        <translation>%1: %2 an Position %3 ist nicht zulässig; verwenden Sie Buchstaben, Ziffern und - . % _ * ? ! ( ) , : = @ $ &apos;</translation>
    </message>
    <message>
        <source>%1 contains %2 at position %3; paste the key again without spaces or line breaks.</source>
        <translation>%1: An Position %3 steht %2; fügen Sie den Schlüssel erneut ohne Leerzeichen oder Zeilenumbrüche ein.</translation>
    </message>
    <message>
        <source>%1 is not valid base64: it ends with %2 &apos;=&apos; characters; at most two are allowed as padding.</source>
        <translation>%1 ist kein gültiges Base64: Am Ende stehen %2 „=“-Zeichen; als Auffüllung sind höchstens zwei zulässig.</translation>
    </message>
    <message>
        <source>%1 is not valid base64: &apos;=&apos; at position %2 may only appear at the end, as padding.</source>
        <translation>%1 ist kein gültiges Base64: „=“ an Position %2 darf nur am Ende als Auffüllung stehen.</translation>
    </message>
    <message>
        <source>%1 is not valid base64: %2 at position %3 belongs to the URL-safe alphabet; use the key as Azure shows it, with + and / instead.</source>
        <translation>%1 ist kein gültiges Base64: %2 an Position %3 gehört zum URL-sicheren Alphabet; verwenden Sie den Schlüssel so, wie Azure ihn anzeigt, also mit + und /.</translation>
    </message>
    <message>
        <source>%1 is not valid base64: %2 at position %3 is not allowed; a key uses only A-Z, a-z, 0-9, + and /, with = padding at the end.</source>
        <translation>%1 ist kein gültiges Base64: %2 an Position %3 ist nicht zulässig; ein Schlüssel besteht nur aus A-Z, a-z, 0-9, + und / sowie „=“ als Auffüllung am Ende.</translation>
    </message>
    <message>
        <source>%1 is not valid base64: it has %2 characters, which is not a multiple of 4; part of the key may be missing.</source>
        <translation>%1 ist kein gültiges Base64: Die Länge beträgt %2 Zeichen und ist kein Vielfaches von 4; möglicherweise fehlt ein Teil des Schlüssels.</translation>
    </message>
    <message>
        <source>%1 is not valid base64: the characters before the &apos;=&apos; padding do not end the key cleanly; copy the key again.</source>
        <translation>%1 ist kein gültiges Base64: Die Zeichen vor der „=“-Auffüllung schließen den Schlüssel nicht sauber ab; kopieren Sie den Schlüssel erneut.</translation>
    </message>
    <message>
        <source>%1 is too short: it decodes to %2 bytes; %3 to %4 bytes are expected.</source>
        <translation>%1 ist zu kurz: Dekodiert sind es %2 Bytes; erwartet werden %3 bis %4 Bytes.</translation>
    </message>
    <message>
        <source>%1 is too long: it decodes to %2 bytes; %3 to %4 bytes are expected.</source>
        <translation>%1 ist zu lang: Dekodiert sind es %2 Bytes; erwartet werden %3 bis %4 Bytes.</translation>
    </message>
    <message>
        <source>%1: segment %2 has no &apos;=&apos;; a connection string is a list of Key=Value pairs separated by &apos;;&apos;.</source>
        <translation>%1: Segment %2 enthält kein „=“; eine Verbindungszeichenfolge ist eine durch „;“ getrennte Liste von Schlüssel=Wert-Paaren.</translation>
    </message>
    <message>
        <source>%1: segment %2 has no key name before &apos;=&apos;.</source>
        <translation>%1: Segment %2 enthält keinen Schlüsselnamen vor „=“.</translation>
    </message>
    <message>
        <source>%1: the key %2 appears more than once (segment %3).</source>
        <translation>%1: Der Schlüssel %2 kommt mehrfach vor (Segment %3).</translation>
    </message>
    <message>
        <source>%1: segment %2 repeats a key that appears earlier.</source>
        <translation>%1: Segment %2 wiederholt einen Schlüssel, der bereits weiter vorne vorkommt.</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos;; the keys allowed are %3.</source>
        <extracomment>%3 is a list of key names, e.g. &quot;HostName, DeviceId and SharedAccessKey&quot;</extracomment>
        <translation>%1: Unbekannter Schlüssel „%2“; zulässig sind die Schlüssel %3.</translation>
    </message>
    <message>
        <source>%1 contains an unrecognised key; the keys allowed are %2.</source>
        <translation>%1 enthält einen unbekannten Schlüssel; zulässig sind die Schlüssel %2.</translation>
    </message>
    <message>
        <source>%1: %2 at position %3 is not allowed in a host name; use letters, digits, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>%1: %2 an Position %3 ist in einem Hostnamen nicht zulässig; verwenden Sie Buchstaben, Ziffern, „-“ und „.“.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a full host name; expected e.g. myhub.azure-devices.net.</source>
        <translation>%1: „%2“ ist kein vollständiger Hostname; erwartet wird z. B. myhub.azure-devices.net.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has an empty part between dots or a dot at the start or end.</source>
        <translation>%1: „%2“ enthält einen leeren Teil zwischen Punkten oder einen Punkt am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>%1: in &apos;%2&apos;, the part &apos;%3&apos; must not start or end with &apos;-&apos;.</source>
        <translation>%1: In „%2“ darf der Teil „%3“ nicht mit „-“ beginnen oder enden.</translation>
    </message>
    <message>
        <source>%1: in &apos;%2&apos;, a part between dots is longer than %3 characters.</source>
        <translation>%1: In „%2“ ist ein Teil zwischen Punkten länger als %3 Zeichen.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3; write the address without spaces.</source>
        <extracomment>%1 field name, %2 the address as typed, %3 e.g. &quot;a space&quot;</extracomment>
        <translation>%1 „%2“ ist ungültig, da darin %3 vorkommt; geben Sie die Adresse ohne Leerzeichen ein.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: expected four numbers from 0 to 255 separated by dots, e.g. 192.168.0.2.</source>
        <translation>%1 „%2“ ist ungültig: Erwartet werden vier durch Punkte getrennte Zahlen von 0 bis 255, z. B. 192.168.0.2.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: one of its four numbers is missing.</source>
        <translation>%1 „%2“ ist ungültig: Eine der vier Zahlen fehlt.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: &apos;%3&apos; is not a number from 0 to 255.</source>
        <translation>%1 „%2“ ist ungültig: „%3“ ist keine Zahl von 0 bis 255.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: &apos;%3&apos; has a leading zero, which can be read as an octal number; write it without.</source>
        <translation>%1 „%2“ ist ungültig: „%3“ hat eine führende Null und kann daher als Oktalzahl gelesen werden; schreiben Sie die Zahl ohne führende Null.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: &apos;%3&apos; is greater than 255.</source>
        <translation>%1 „%2“ ist ungültig: „%3“ ist größer als 255.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be used for a host: addresses starting with 0, 127 or 224 and above are reserved.</source>
        <translation>%1 %2 kann nicht für einen Host verwendet werden: Adressen, die mit 0 oder 127 beginnen, sowie Adressen ab 224 sind reserviert.</translation>
    </message>
    <message>
        <source>EFLOW release is required: choose 1.5 LTS, 1.4 LTS or 1.1 LTS.</source>
        <translation>EFLOW-Version ist erforderlich: Wählen Sie 1.5 LTS, 1.4 LTS oder 1.1 LTS.</translation>
    </message>
    <message>
        <source>GPU name is required for Direct Device Assignment.</source>
        <translation>GPU-Name ist für Direct Device Assignment erforderlich.</translation>
    </message>
    <message>
        <source>GPU name is required for GPU paravirtualization.</source>
        <translation>GPU-Name ist für GPU-Paravirtualisierung erforderlich.</translation>
    </message>
    <message>
        <source>GPU name &apos;%1&apos; differs from Windows&apos; name &apos;%2&apos; in letter case or spaces; it must match Windows&apos; name exactly.</source>
        <translation>GPU-Name „%1“ unterscheidet sich vom Namen in Windows („%2“) in Groß-/Kleinschreibung oder Leerzeichen; er muss genau mit dem Namen in Windows übereinstimmen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>GPU name &apos;%1&apos; does not match any GPU on this host; it must match Windows&apos; name exactly: %2.</source>
        <extracomment>%2 is a list of GPU names as Windows reports them</extracomment>
        <translation>GPU-Name „%1“ entspricht keiner GPU auf diesem Host; er muss genau mit dem Namen in Windows übereinstimmen: %2.</translation>
    </message>
    <message>
        <source>GPU name &apos;%1&apos;: Direct Device Assignment supports only NVIDIA T4 and NVIDIA A2 GPUs; use GPU paravirtualization for this GPU.</source>
        <translation>GPU-Name „%1“: Direct Device Assignment unterstützt nur die GPUs NVIDIA T4 und NVIDIA A2; verwenden Sie für diese GPU die GPU-Paravirtualisierung.</translation>
    </message>
    <message>
        <source>ID scope starts with %1; remove it.</source>
        <translation>ID-Bereich: Am Anfang steht %1; entfernen Sie dieses Zeichen.</translation>
    </message>
    <message>
        <source>ID scope ends with %1; remove it.</source>
        <translation>ID-Bereich: Am Ende steht %1; entfernen Sie dieses Zeichen.</translation>
    </message>
    <message>
        <source>ID scope has %1 characters; an ID scope has exactly %2, e.g. 0ne00000A0A.</source>
        <translation>ID-Bereich hat %1 Zeichen; ein ID-Bereich hat genau %2, z. B. 0ne00000A0A.</translation>
    </message>
    <message>
        <source>ID scope must start with 0 and two lowercase letters, such as 0ne or 0us; it starts with &apos;%1&apos;.</source>
        <translation>ID-Bereich muss mit 0 und zwei Kleinbuchstaben beginnen, z. B. 0ne oder 0us; er beginnt mit „%1“.</translation>
    </message>
    <message>
        <source>ID scope: %1 at position %2 is not a hexadecimal digit (0-9, A-F).</source>
        <translation>ID-Bereich: %1 an Position %2 ist keine Hexadezimalziffer (0-9, A-F).</translation>
    </message>
    <message>
        <source>Device connection string: this is an IoT Hub shared access policy (service) connection string, because it has SharedAccessKeyName; copy the device&apos;s own primary connection string instead.</source>
        <translation>Geräte-Verbindungszeichenfolge: Dies ist die Verbindungszeichenfolge einer freigegebenen Zugriffsrichtlinie von IoT Hub (Dienst), da sie SharedAccessKeyName enthält; kopieren Sie stattdessen die primäre Verbindungszeichenfolge des Geräts selbst.</translation>
    </message>
    <message>
        <source>Device connection string has no %1 value; expected HostName=&lt;hub&gt;.azure-devices.net;DeviceId=&lt;device&gt;;SharedAccessKey=&lt;key&gt;.</source>
        <extracomment>%1 is a key name such as HostName</extracomment>
        <translation>Geräte-Verbindungszeichenfolge enthält keinen Wert für %1; erwartet wird HostName=&lt;hub&gt;.azure-devices.net;DeviceId=&lt;device&gt;;SharedAccessKey=&lt;key&gt;.</translation>
    </message>
    <message>
        <source>HostName in the device connection string</source>
        <translation>HostName in der Geräte-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>HostName in the device connection string is a DPS host name; a device connection string names the IoT hub (&lt;hub&gt;.azure-devices.net).</source>
        <translation>HostName in der Geräte-Verbindungszeichenfolge ist ein DPS-Hostname; eine Geräte-Verbindungszeichenfolge nennt den IoT-Hub (&lt;hub&gt;.azure-devices.net).</translation>
    </message>
    <message>
        <source>DeviceId in the device connection string</source>
        <translation>DeviceId in der Geräte-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>SharedAccessKey in the device connection string</source>
        <translation>SharedAccessKey in der Geräte-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>DPS service connection string: this is a device connection string, because it has DeviceId; copy the connection string of a shared access policy of the DPS instead.</source>
        <translation>DPS-Dienst-Verbindungszeichenfolge: Dies ist eine Geräte-Verbindungszeichenfolge, da sie DeviceId enthält; kopieren Sie stattdessen die Verbindungszeichenfolge einer freigegebenen Zugriffsrichtlinie der DPS-Instanz.</translation>
    </message>
    <message>
        <source>DPS service connection string has no %1 value; expected HostName=&lt;dps&gt;.azure-devices-provisioning.net;SharedAccessKeyName=&lt;policy&gt;;SharedAccessKey=&lt;key&gt;.</source>
        <extracomment>%1 is a key name such as HostName</extracomment>
        <translation>DPS-Dienst-Verbindungszeichenfolge enthält keinen Wert für %1; erwartet wird HostName=&lt;dps&gt;.azure-devices-provisioning.net;SharedAccessKeyName=&lt;policy&gt;;SharedAccessKey=&lt;key&gt;.</translation>
    </message>
    <message>
        <source>HostName in the DPS service connection string</source>
        <translation>HostName in der DPS-Dienst-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>%1: %2 at position %3 is not allowed; use letters, digits and - . _</source>
        <translation>%1: %2 an Position %3 ist nicht zulässig; verwenden Sie Buchstaben, Ziffern und - . _</translation>
    </message>
    <message>
        <source>%1 is an IoT Hub host name; a DPS host name ends in .azure-devices-provisioning.net.</source>
        <translation>%1 ist ein IoT Hub-Hostname; ein DPS-Hostname endet auf .azure-devices-provisioning.net.</translation>
    </message>
    <message>
        <source>SharedAccessKeyName in the DPS service connection string</source>
        <translation>SharedAccessKeyName in der DPS-Dienst-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>%1: %2 at position %3 is not allowed; use letters, digits and - . _ @</source>
        <translation>%1: %2 an Position %3 ist nicht zulässig; verwenden Sie Buchstaben, Ziffern und - . _ @</translation>
    </message>
    <message>
        <source>SharedAccessKey in the DPS service connection string</source>
        <translation>SharedAccessKey in der DPS-Dienst-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>CPU count must be at least 1; %1 was entered.</source>
        <translation>CPU-Anzahl muss mindestens 1 sein; eingegeben wurde %1.</translation>
    </message>
    <message>
        <source>CPU count is %1, but this host has only %2 logical processors.</source>
        <translation>CPU-Anzahl ist %1, aber dieser Host hat nur %2 logische Prozessoren.</translation>
    </message>
    <message>
        <source>Memory must be at least %1 MB; %2 MB was entered.</source>
        <translation>Arbeitsspeicher muss mindestens %1 MB betragen; eingegeben wurden %2 MB.</translation>
    </message>
    <message>
        <source>Memory must be an even number of MB on EFLOW %1; %2 MB is odd, use %3 or %4 MB.</source>
        <translation>Arbeitsspeicher muss unter EFLOW %1 eine gerade Anzahl MB betragen; %2 MB ist ungerade, verwenden Sie %3 oder %4 MB.</translation>
    </message>
    <message>
        <source>Memory is %1 MB, but this host has only %2 MB free.</source>
        <translation>Arbeitsspeicher beträgt %1 MB, aber auf diesem Host sind nur %2 MB frei.</translation>
    </message>
    <message>
        <source>Disk size must be between %1 and %2 GB on EFLOW %3; %4 GB was entered.</source>
        <translation>Datenträgergröße muss unter EFLOW %3 zwischen %1 und %2 GB liegen; eingegeben wurden %4 GB.</translation>
    </message>
    <message>
        <source>Data size (vmDataSize) is not available on EFLOW %1; set the disk size instead.</source>
        <translation>Datengröße (vmDataSize) ist unter EFLOW %1 nicht verfügbar; legen Sie stattdessen die Datenträgergröße fest.</translation>
    </message>
    <message>
        <source>Data size and disk size cannot both be set: Deploy-Eflow&apos;s vmDiskSize and vmDataSize are mutually exclusive; clear one of them.</source>
        <translation>Datengröße und Datenträgergröße können nicht beide festgelegt werden: vmDiskSize und vmDataSize von Deploy-Eflow schließen sich gegenseitig aus; leeren Sie eines der beiden Felder.</translation>
    </message>
    <message>
        <source>Data size must be between %1 and %2 GB on EFLOW %3; %4 GB was entered.</source>
        <translation>Datengröße muss unter EFLOW %3 zwischen %1 und %2 GB liegen; eingegeben wurden %4 GB.</translation>
    </message>
    <message>
        <source>Log size (vmLogSize) is not available on EFLOW %1; leave it at the default.</source>
        <translation>Protokollgröße (vmLogSize) ist unter EFLOW %1 nicht verfügbar; belassen Sie den Standardwert.</translation>
    </message>
    <message>
        <source>Switch name is blank; enter the name of the virtual switch, or leave it empty to use the Default Switch.</source>
        <translation>Switchname besteht nur aus Leerzeichen; geben Sie den Namen des virtuellen Switches ein, oder lassen Sie das Feld leer, um den Default Switch zu verwenden.</translation>
    </message>
    <message>
        <source>Switch name starts with %1; remove it, Hyper-V would not find the switch.</source>
        <translation>Switchname: Am Anfang steht %1; entfernen Sie dieses Zeichen, sonst findet Hyper-V den Switch nicht.</translation>
    </message>
    <message>
        <source>Switch name ends with %1; remove it, Hyper-V would not find the switch.</source>
        <translation>Switchname: Am Ende steht %1; entfernen Sie dieses Zeichen, sonst findet Hyper-V den Switch nicht.</translation>
    </message>
    <message>
        <source>Switch name is too long: %1 characters; at most %2 are allowed.</source>
        <translation>Switchname ist zu lang: %1 Zeichen; höchstens %2 sind zulässig.</translation>
    </message>
    <message>
        <source>Switch name is required when a switch type is chosen.</source>
        <translation>Switchname ist erforderlich, wenn ein Switchtyp ausgewählt ist.</translation>
    </message>
    <message>
        <source>Switch type is required for the switch &apos;%1&apos;: choose Internal or External.</source>
        <translation>Switchtyp ist für den Switch „%1“ erforderlich: Wählen Sie „Intern“ oder „Extern“.</translation>
    </message>
    <message>
        <source>IPv4 address is only used with a static IP; clear it or choose a static IP.</source>
        <translation>IPv4-Adresse wird nur bei einer statischen IP-Adresse verwendet; leeren Sie das Feld, oder wählen Sie eine statische IP-Adresse.</translation>
    </message>
    <message>
        <source>Prefix length is only used with a static IP; clear it or choose a static IP.</source>
        <translation>Präfixlänge wird nur bei einer statischen IP-Adresse verwendet; leeren Sie das Feld, oder wählen Sie eine statische IP-Adresse.</translation>
    </message>
    <message>
        <source>Gateway address is only used with a static IP; clear it or choose a static IP.</source>
        <translation>Gatewayadresse wird nur bei einer statischen IP-Adresse verwendet; leeren Sie das Feld, oder wählen Sie eine statische IP-Adresse.</translation>
    </message>
    <message>
        <source>IPv4 address is required for a static IP.</source>
        <translation>IPv4-Adresse ist für eine statische IP-Adresse erforderlich.</translation>
    </message>
    <message>
        <source>Prefix length is required for a static IP.</source>
        <translation>Präfixlänge ist für eine statische IP-Adresse erforderlich.</translation>
    </message>
    <message>
        <source>Prefix length must be between %1 and %2 (e.g. 24 for 255.255.255.0); %3 was entered.</source>
        <translation>Präfixlänge muss zwischen %1 und %2 liegen (z. B. 24 für 255.255.255.0); eingegeben wurde %3.</translation>
    </message>
    <message>
        <source>Gateway address is required for a static IP.</source>
        <translation>Gatewayadresse ist für eine statische IP-Adresse erforderlich.</translation>
    </message>
    <message>
        <source>IPv4 address %1 is the network address of %2; choose an address from %3 to %4.</source>
        <translation>IPv4-Adresse %1 ist die Netzwerkadresse von %2; wählen Sie eine Adresse von %3 bis %4.</translation>
    </message>
    <message>
        <source>IPv4 address %1 is the broadcast address of %2; choose an address from %3 to %4.</source>
        <translation>IPv4-Adresse %1 ist die Broadcastadresse von %2; wählen Sie eine Adresse von %3 bis %4.</translation>
    </message>
    <message>
        <source>Gateway address must differ from the IPv4 address (%1); the VM cannot be its own gateway.</source>
        <translation>Gatewayadresse muss sich von der IPv4-Adresse (%1) unterscheiden; die VM kann nicht ihr eigenes Gateway sein.</translation>
    </message>
    <message>
        <source>Gateway address %1 is not in the VM&apos;s subnet %2; choose a gateway from %3 to %4 or change the prefix length.</source>
        <translation>Gatewayadresse %1 liegt nicht im Subnetz %2 der VM; wählen Sie ein Gateway von %3 bis %4, oder ändern Sie die Präfixlänge.</translation>
    </message>
    <message>
        <source>Gateway address %1 is the network or broadcast address of %2; choose a gateway from %3 to %4.</source>
        <translation>Gatewayadresse %1 ist die Netzwerk- oder Broadcastadresse von %2; wählen Sie ein Gateway von %3 bis %4.</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <extracomment>%1 is the 1-based number of the entry in the DNS server list</extracomment>
        <translation>DNS-Server %1</translation>
    </message>
    <message>
        <source>%1 is empty; enter an IPv4 address or remove the entry.</source>
        <translation>%1 ist leer; geben Sie eine IPv4-Adresse ein, oder entfernen Sie den Eintrag.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be used as a DNS server.</source>
        <translation>%1 (%2) kann nicht als DNS-Server verwendet werden.</translation>
    </message>
    <message>
        <source>%1 (%2) is already in the list; remove the duplicate.</source>
        <translation>%1 (%2) ist bereits in der Liste; entfernen Sie das Duplikat.</translation>
    </message>
    <message>
        <source>GPU passthrough type is required: choose none, Direct Device Assignment or GPU paravirtualization.</source>
        <translation>GPU-Passthrough-Typ ist erforderlich: Wählen Sie keinen Passthrough, Direct Device Assignment oder GPU-Paravirtualisierung.</translation>
    </message>
    <message>
        <source>GPU name is only used with GPU passthrough; clear it or choose a passthrough type.</source>
        <translation>GPU-Name wird nur bei GPU-Passthrough verwendet; leeren Sie das Feld, oder wählen Sie einen Passthrough-Typ.</translation>
    </message>
    <message>
        <source>GPU count must be 0 without GPU passthrough; %1 was entered.</source>
        <translation>GPU-Anzahl muss ohne GPU-Passthrough 0 sein; eingegeben wurde %1.</translation>
    </message>
    <message>
        <source>GPU count must be at least 1 for Direct Device Assignment; %1 was entered.</source>
        <translation>GPU-Anzahl muss bei Direct Device Assignment mindestens 1 sein; eingegeben wurde %1.</translation>
    </message>
    <message>
        <source>GPU count is %1, but the number of GPUs named &apos;%2&apos; on this host is %3.</source>
        <translation>GPU-Anzahl ist %1, aber auf diesem Host gibt es %3 GPUs mit dem Namen „%2“.</translation>
    </message>
    <message>
        <source>GPU count must be 1: GPU-PV uses exactly one GPU; %1 was entered.</source>
        <translation>GPU-Anzahl muss 1 sein: GPU-PV verwendet genau eine GPU; eingegeben wurde %1.</translation>
    </message>
    <message>
        <source>License terms must be accepted before EFLOW can be deployed (Deploy-Eflow -acceptEula Yes).</source>
        <translation>Die Lizenzbedingungen müssen akzeptiert werden, bevor EFLOW bereitgestellt werden kann (Deploy-Eflow -acceptEula Yes).</translation>
    </message>
</context>
<context>
    <name>WizardRunner</name>
    <message>
        <source>Plan: EFLOW %1; Deploy-Eflow answers: -acceptEula %2 -acceptOptionalTelemetry %3</source>
        <translation>Plan: EFLOW %1; Antworten für Deploy-Eflow: -acceptEula %2 -acceptOptionalTelemetry %3</translation>
    </message>
    <message>
        <source>Result: the wizard reached its last page with the license accepted.</source>
        <translation>Ergebnis: Der Assistent hat seine letzte Seite mit akzeptierter Lizenz erreicht.</translation>
    </message>
    <message>
        <source>Result: the wizard did not complete (see above).</source>
        <translation>Ergebnis: Der Assistent wurde nicht abgeschlossen (siehe oben).</translation>
    </message>
</context>
<context>
    <name>eflow::dps::DpsDeviceClient</name>
    <message>
        <source>No device key was given for registration ID %1.</source>
        <translation>Für die Registrierungs-ID %1 wurde kein Geräteschlüssel angegeben.</translation>
    </message>
    <message>
        <source>The DPS endpoint %1 is not an https:// address.</source>
        <translation>Der DPS-Endpunkt %1 ist keine https://-Adresse.</translation>
    </message>
    <message>
        <source>Looking up registration ID %1 at %2…</source>
        <translation>Registrierungs-ID %1 wird bei %2 abgefragt…</translation>
    </message>
    <message>
        <source>Registering %1 with DPS at %2…</source>
        <translation>%1 wird bei DPS unter %2 registriert…</translation>
    </message>
    <message>
        <source>DPS answered HTTP %1; retry %2 of %3 in %4 s</source>
        <translation>DPS hat mit HTTP %1 geantwortet; Wiederholung %2 von %3 in %4 s</translation>
    </message>
    <message>
        <source>DPS is assigning (operation %1), next poll in %2 s</source>
        <translation>DPS führt die Zuweisung durch (Vorgang %1), nächste Abfrage in %2 s</translation>
    </message>
    <message>
        <source>The request to DPS failed (%1); retry %2 of %3 in %4 s</source>
        <translation>Die Anforderung an DPS ist fehlgeschlagen (%1); Wiederholung %2 von %3 in %4 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>eflow::sim::LocalDps</name>
    <message>
        <source>Cannot create the local DPS state folder %1.</source>
        <translation>Der Zustandsordner %1 des lokalen DPS kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot read the local DPS state file %1: %2</source>
        <translation>Die Zustandsdatei %1 des lokalen DPS kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The service policy key is not valid base64.</source>
        <translation>Der Schlüssel der Dienstrichtlinie ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>Cannot create the local DPS certificates: %1</source>
        <translation>Die Zertifikate des lokalen DPS können nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The local DPS cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>Der lokale DPS kann nicht auf 127.0.0.1, Port %1 lauschen: %2</translation>
    </message>
    <message>
        <source>Cannot write the local DPS state file %1.</source>
        <translation>Die Zustandsdatei %1 des lokalen DPS kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::GettingStartedPage</name>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Review the minimum requirements before you deploy Azure IoT Edge for Linux on Windows.</source>
        <translation>Prüfen Sie die Mindestanforderungen, bevor Sie Azure IoT Edge für Linux unter Windows bereitstellen.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>This wizard deploys Azure IoT Edge for Linux on Windows (EFLOW) on a Windows device and provisions it through the Azure IoT Hub Device Provisioning Service (DPS).</source>
        <translation>Dieser Assistent stellt Azure IoT Edge für Linux unter Windows (EFLOW) auf einem Windows-Gerät bereit und provisioniert es über den Azure IoT Hub Device Provisioning Service (DPS).</translation>
    </message>
    <message>
        <source>The device needs:</source>
        <translation>Das Gerät benötigt:</translation>
    </message>
    <message>
        <source>Windows 10 version 1809 (build 17763) or later with the current cumulative updates, Windows 11, or Windows Server 2019 or 2022</source>
        <translation>Windows 10 Version 1809 (Build 17763) oder höher mit den aktuellen kumulativen Updates, Windows 11 oder Windows Server 2019 bzw. 2022</translation>
    </message>
    <message>
        <source>Edition Pro, Enterprise or IoT Enterprise, or Windows Server (Home is not supported)</source>
        <translation>Edition Pro, Enterprise oder IoT Enterprise bzw. Windows Server (Home wird nicht unterstützt)</translation>
    </message>
    <message>
        <source>At least 1 GB of free memory</source>
        <translation>Mindestens 1 GB freier Arbeitsspeicher</translation>
    </message>
    <message>
        <source>At least 10 GB of free disk space</source>
        <translation>Mindestens 10 GB freier Speicherplatz</translation>
    </message>
    <message>
        <source>Hyper-V enabled; on Windows Server, the Hyper-V role and a virtual switch (Windows Server has no Default Switch)</source>
        <translation>Aktiviertes Hyper-V; unter Windows Server die Hyper-V-Rolle und ein virtueller Switch (Windows Server hat keinen Default Switch)</translation>
    </message>
    <message>
        <source>Nested virtualization, when the device is itself a virtual machine</source>
        <translation>Geschachtelte Virtualisierung, wenn das Gerät selbst ein virtueller Computer ist</translation>
    </message>
    <message>
        <source>Administrator rights on the device: EFLOW is deployed from an elevated session</source>
        <translation>Administratorrechte auf dem Gerät: EFLOW wird aus einer Sitzung mit erhöhten Rechten bereitgestellt</translation>
    </message>
    <message>
        <source>Have at hand:</source>
        <translation>Halten Sie bereit:</translation>
    </message>
    <message>
        <source>For provisioning through DPS with a symmetric key: the DPS ID scope and the device&apos;s registration ID</source>
        <translation>Für die Provisionierung über DPS mit symmetrischem Schlüssel: den ID-Bereich des DPS und die Registrierungs-ID des Geräts</translation>
    </message>
    <message>
        <source>The key: the individual enrollment&apos;s primary key, or the enrollment group&apos;s key from which the device key is derived</source>
        <translation>Den Schlüssel: den Primärschlüssel der Einzelregistrierung oder den Schlüssel der Registrierungsgruppe, aus dem der Geräteschlüssel abgeleitet wird</translation>
    </message>
    <message>
        <source>Or, for manual provisioning: the device connection string from IoT Hub</source>
        <translation>Oder für die manuelle Provisionierung: die Geräte-Verbindungszeichenfolge aus IoT Hub</translation>
    </message>
</context>
<context>
    <name>eflow::ui::LicensePage</name>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Review the license terms of the EFLOW release you will deploy, and accept them to continue.</source>
        <translation>Prüfen Sie die Lizenzbedingungen der EFLOW-Version, die Sie bereitstellen, und akzeptieren Sie sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>EFLOW release</source>
        <translation>EFLOW-Version</translation>
    </message>
    <message>
        <source>EFLOW &amp;release:</source>
        <translation>EFLOW-&amp;Version:</translation>
    </message>
    <message>
        <source>Each release line has its own license terms; choosing another line asks you to accept again.</source>
        <translation>Jede Versionslinie hat eigene Lizenzbedingungen; wenn Sie eine andere Linie auswählen, müssen Sie diese erneut akzeptieren.</translation>
    </message>
    <message>
        <source>License &amp;terms:</source>
        <translation>&amp;Lizenzbedingungen:</translation>
    </message>
    <message>
        <source>License terms</source>
        <translation>Lizenzbedingungen</translation>
    </message>
    <message>
        <source>I &amp;accept the license terms</source>
        <translation>Ich &amp;akzeptiere die Lizenzbedingungen</translation>
    </message>
    <message>
        <source>I accept the license terms</source>
        <translation>Ich akzeptiere die Lizenzbedingungen</translation>
    </message>
    <message>
        <source>Send optional &amp;diagnostic data to Microsoft</source>
        <translation>Optionale &amp;Diagnosedaten an Microsoft senden</translation>
    </message>
    <message>
        <source>Send optional diagnostic data to Microsoft</source>
        <translation>Optionale Diagnosedaten an Microsoft senden</translation>
    </message>
    <message>
        <source>Optional diagnostic data is sent in addition to the required diagnostic data.
Deploy-Eflow parameter: -acceptOptionalTelemetry Yes|No</source>
        <translation>Optionale Diagnosedaten werden zusätzlich zu den erforderlichen Diagnosedaten gesendet.
Deploy-Eflow-Parameter: -acceptOptionalTelemetry Yes|No</translation>
    </message>
    <message>
        <source>Passed to Deploy-Eflow: %1</source>
        <translation>An Deploy-Eflow übergeben: %1</translation>
    </message>
    <message>
        <source>Deploy-Eflow needs -acceptEula Yes: accept the license terms to continue.</source>
        <translation>Deploy-Eflow benötigt -acceptEula Yes: Akzeptieren Sie die Lizenzbedingungen, um fortzufahren.</translation>
    </message>
    <message>
        <source>The license text for EFLOW %1 is missing from this build of EFLOW Wizard. Do not accept terms you have not read: read them in the EFLOW installer package first.</source>
        <translation>Der Lizenztext für EFLOW %1 fehlt in diesem Build von EFLOW Wizard. Akzeptieren Sie keine Bedingungen, die Sie nicht gelesen haben: Lesen Sie sie zuerst im EFLOW-Installationspaket.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::StepPanel</name>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>marker, step</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (not in this version yet)</source>
        <translation>%1 (in dieser Version noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>%1: current step</source>
        <translation>%1: aktueller Schritt</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: not in this version yet</source>
        <translation>%1: in dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <source>%1: not started</source>
        <translation>%1: nicht begonnen</translation>
    </message>
    <message>
        <source>(not in this version yet)</source>
        <translation>(in dieser Version noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>This step is not in this version of EFLOW Wizard yet.</source>
        <translation>Dieser Schritt ist in dieser Version von EFLOW Wizard noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::WizardWindow</name>
    <message>
        <source>Demo mode</source>
        <translation>Demomodus</translation>
    </message>
    <message>
        <source>Nothing is installed; the host and DPS are simulated.</source>
        <translation>Es wird nichts installiert; Host und DPS werden simuliert.</translation>
    </message>
    <message>
        <source>Demo mode: nothing is installed; the host and DPS are simulated.</source>
        <translation>Demomodus: Es wird nichts installiert; Host und DPS werden simuliert.</translation>
    </message>
    <message>
        <source>EFLOW Wizard</source>
        <translation>EFLOW Wizard</translation>
    </message>
</context>
</TS>
