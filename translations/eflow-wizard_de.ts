<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>a demo machine exists only inside eflow-wizard, Ansible cannot reach it; run it with eflow-wizard fleet run</source>
        <translation>eine Demo-Maschine gibt es nur in eflow-wizard, Ansible erreicht sie nicht; führen Sie sie mit eflow-wizard fleet run aus</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>the fleet file has no ssh:// host; Ansible reaches Windows hosts over SSH, and demo machines run only with eflow-wizard fleet run</source>
        <translation>die Flottendatei hat keinen ssh://-Host; Ansible erreicht Windows-Hosts über SSH, und Demo-Maschinen laufen nur mit eflow-wizard fleet run</translation>
    </message>
    <message>
        <source>%1: a fleet provisions through a DPS enrollment group with symmetric keys; the plan&apos;s provisioning type is &quot;%2&quot;</source>
        <translation>%1: eine Flotte wird über eine DPS-Registrierungsgruppe mit symmetrischen Schlüsseln bereitgestellt; der Bereitstellungstyp des Plans ist &quot;%2&quot;</translation>
    </message>
    <message>
        <source>this build of eflow-wizard lacks the export&apos;s file %1</source>
        <translation>diesem Build von eflow-wizard fehlt die Exportdatei %1</translation>
    </message>
</context>
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
    <message>
        <source>Acknowledged the warnings.</source>
        <translation>Warnungen bestätigt.</translation>
    </message>
    <message>
        <source>Autopilot: &quot;%1&quot; did not succeed (see above).</source>
        <translation>Autopilot: „%1“ war nicht erfolgreich (siehe oben).</translation>
    </message>
    <message>
        <source>Module %1: %2 (%3)</source>
        <translation>Modul %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Autopilot: the wizard finished, but edgeAgent is not running on the device.</source>
        <translation>Autopilot: Der Assistent wurde abgeschlossen, aber edgeAgent wird auf dem Gerät nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ConnectMethodNames</name>
    <message>
        <source>Symmetric key (DPS)</source>
        <translation>Symmetrischer Schlüssel (DPS)</translation>
    </message>
    <message>
        <source>Connection string (manual)</source>
        <translation>Verbindungszeichenfolge (manuell)</translation>
    </message>
    <message>
        <source>X.509 certificate (DPS)</source>
        <translation>X.509-Zertifikat (DPS)</translation>
    </message>
    <message>
        <source>X.509 certificate (manual)</source>
        <translation>X.509-Zertifikat (manuell)</translation>
    </message>
    <message>
        <source>TPM (DPS)</source>
        <translation>TPM (DPS)</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>DPS accepted the credentials of registration ID %1.
Assigned IoT hub: %2
Device ID: %3</source>
        <translation>DPS hat die Anmeldeinformationen der Registrierungs-ID %1 akzeptiert.
Zugewiesener IoT-Hub: %2
Geräte-ID: %3</translation>
    </message>
    <message>
        <source>Provisioned: device %1 on %2</source>
        <translation>Provisioniert: Gerät %1 auf %2</translation>
    </message>
    <message>
        <source>(ID assigned by DPS)</source>
        <translation>(von DPS zugewiesene ID)</translation>
    </message>
    <message>
        <source>Provisioned: device %1; the IoT hub was not reported.</source>
        <translation>Provisioniert: Gerät %1; der IoT-Hub wurde nicht gemeldet.</translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation>Module: %1</translation>
    </message>
    <message>
        <source>Provisioning was cancelled; the device is not provisioned.</source>
        <translation>Die Provisionierung wurde abgebrochen; das Gerät ist nicht provisioniert.</translation>
    </message>
    <message>
        <source>Provisioning failed: %1</source>
        <translation>Provisionierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>IoT Edge runtime log:</source>
        <translation>Protokoll der IoT Edge-Runtime:</translation>
    </message>
    <message>
        <source>Provisioning output:</source>
        <translation>Ausgabe der Provisionierung:</translation>
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
    <message>
        <source>the key on standard input is longer than 64 KiB; a key is a single short line</source>
        <translation>der Schlüssel auf der Standardeingabe ist länger als 64 KiB; ein Schlüssel ist eine einzige kurze Zeile</translation>
    </message>
</context>
<context>
    <name>DeployProgress</name>
    <message>
        <source>Starting the deployment</source>
        <translation>Bereitstellung wird gestartet</translation>
    </message>
    <message>
        <source>Creating the configuration</source>
        <translation>Konfiguration wird erstellt</translation>
    </message>
    <message>
        <source>Enabling Microsoft Update</source>
        <translation>Microsoft Update wird aktiviert</translation>
    </message>
    <message>
        <source>Preparing the host</source>
        <translation>Host wird vorbereitet</translation>
    </message>
    <message>
        <source>Checking the host for required features</source>
        <translation>Host wird auf erforderliche Features geprüft</translation>
    </message>
    <message>
        <source>Checking that Hyper-V works</source>
        <translation>Funktionsfähigkeit von Hyper-V wird geprüft</translation>
    </message>
    <message>
        <source>Preparing the virtual disk</source>
        <translation>Virtueller Datenträger wird vorbereitet</translation>
    </message>
    <message>
        <source>Creating the virtual disk</source>
        <translation>Virtueller Datenträger wird erstellt</translation>
    </message>
    <message>
        <source>Creating the network interface</source>
        <translation>Netzwerkschnittstelle wird erstellt</translation>
    </message>
    <message>
        <source>Creating the virtual machine</source>
        <translation>Virtuelle Maschine wird erstellt</translation>
    </message>
    <message>
        <source>Virtual machine created</source>
        <translation>Virtuelle Maschine erstellt</translation>
    </message>
    <message>
        <source>Finding the virtual machine&apos;s address</source>
        <translation>Adresse der virtuellen Maschine wird ermittelt</translation>
    </message>
    <message>
        <source>Connected to the virtual machine</source>
        <translation>Mit der virtuellen Maschine verbunden</translation>
    </message>
    <message>
        <source>Deployment successful</source>
        <translation>Bereitstellung erfolgreich</translation>
    </message>
    <message>
        <source>Deployment failed</source>
        <translation>Bereitstellung fehlgeschlagen</translation>
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
    <message>
        <source>registration ID file %1 is a directory, not a file</source>
        <translation>die Datei der Registrierungs-IDs %1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1:%2: the line is longer than %3 bytes; a registration ID has at most 128 characters</source>
        <translation>%1:%2: die Zeile ist länger als %3 Bytes; eine Registrierungs-ID hat höchstens 128 Zeichen</translation>
    </message>
    <message>
        <source>%1: more than %2 registration IDs that can be read only once (a pipe), too many to check for repeats; give them as a regular file</source>
        <translation>%1: mehr als %2 Registrierungs-IDs, die nur einmal gelesen werden können (eine Pipe), zu viele, um sie auf Wiederholungen zu prüfen; übergeben Sie sie als normale Datei</translation>
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
        <source>DPS rejected the request: %1</source>
        <translation>DPS hat die Anforderung abgelehnt: %1</translation>
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
    <message>
        <source>%1 sent response headers larger than %2 KiB, far more than DPS ever sends, so the answer was refused: check the endpoint address and the proxy.</source>
        <translation>%1 hat Antwort-Header von mehr als %2 KiB gesendet, weit mehr als DPS je sendet; die Antwort wurde deshalb abgelehnt: Prüfen Sie die Endpunktadresse und den Proxy.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 KiB, far more than DPS ever sends, so it was refused: check the endpoint address and the proxy.</source>
        <translation>%1 hat eine Antwort von mehr als %2 KiB gesendet, weit mehr als DPS je sendet; sie wurde deshalb abgelehnt: Prüfen Sie die Endpunktadresse und den Proxy.</translation>
    </message>
    <message>
        <source>The request to DPS failed (%1); retry %2 of %3 in %4 s</source>
        <translation>Die Anfrage an DPS ist fehlgeschlagen (%1); Wiederholung %2 von %3 in %4 s</translation>
    </message>
    <message>
        <source>DPS answered HTTP %1; retry %2 of %3 in %4 s</source>
        <translation>DPS antwortete mit HTTP %1; Wiederholung %2 von %3 in %4 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The request header %1 holds a line break; it was not sent.</source>
        <translation>Der Anfrage-Header %1 enthält einen Zeilenumbruch; die Anfrage wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>To check in the Azure portal: open the Device Provisioning Service, Manage enrollments, the enrollment group %1, and its Registration Records tab; %2 should be listed as assigned.</source>
        <translation>So prüfen Sie es im Azure-Portal: Öffnen Sie den Device Provisioning Service, „Registrierungen verwalten“, die Registrierungsgruppe %1 und dort die Registerkarte „Registrierungsdatensätze“; %2 sollte als zugewiesen aufgeführt sein.</translation>
    </message>
    <message>
        <source>To check in the Azure portal: open the Device Provisioning Service, Manage enrollments, Individual enrollments, and %1; its registration status should be assigned, with the device ID and the IoT hub.</source>
        <translation>So prüfen Sie es im Azure-Portal: Öffnen Sie den Device Provisioning Service, „Registrierungen verwalten“, „Einzelne Registrierungen“ und %1; der Registrierungsstatus sollte „zugewiesen“ sein, mit Geräte-ID und IoT Hub.</translation>
    </message>
    <message>
        <source>%1 (enrollment group %2)</source>
        <extracomment>%1 the registration ID, %2 the enrollment group</extracomment>
        <translation>%1 (Registrierungsgruppe %2)</translation>
    </message>
    <message>
        <source>DPS: enrollment %1 is assigned to %2 as %3.</source>
        <extracomment>%1 the enrollment, %2 the IoT hub host name, %3 the device ID</extracomment>
        <translation>DPS: Die Registrierung %1 ist %2 als %3 zugewiesen.</translation>
    </message>
    <message>
        <source>DPS has no registration record for %1: the device has not registered with this Device Provisioning Service.</source>
        <translation>DPS hat keinen Registrierungsdatensatz für %1: Das Gerät hat sich bei diesem Device Provisioning Service nicht registriert.</translation>
    </message>
    <message>
        <source>DPS: enrollment %1 is %2, not assigned: %3</source>
        <translation>DPS: Die Registrierung %1 ist im Zustand %2, nicht zugewiesen: %3</translation>
    </message>
    <message>
        <source>DPS: enrollment %1 is %2, not assigned.</source>
        <translation>DPS: Die Registrierung %1 ist im Zustand %2, nicht zugewiesen.</translation>
    </message>
    <message>
        <source>DPS could not be asked about %1: %2</source>
        <translation>DPS konnte zu %1 nicht befragt werden: %2</translation>
    </message>
    <message>
        <source>The check with DPS was cancelled.</source>
        <translation>Die Prüfung bei DPS wurde abgebrochen.</translation>
    </message>
    <message>
        <source>DPS already has an enrollment group %1: choose another group ID, or open the existing group.</source>
        <translation>DPS hat bereits eine Registrierungsgruppe %1: Wählen Sie eine andere Gruppen-ID, oder öffnen Sie die vorhandene Gruppe.</translation>
    </message>
    <message>
        <source>DPS already has an enrollment %1: choose another registration ID, or open the existing enrollment.</source>
        <translation>DPS hat bereits eine Registrierung %1: Wählen Sie eine andere Registrierungs-ID, oder öffnen Sie die vorhandene Registrierung.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice: DPS would keep only one of the two values.</source>
        <translation>„%1“ kommt zweimal vor: DPS würde nur einen der beiden Werte behalten.</translation>
    </message>
    <message>
        <source>Cannot reach %1: the proxy asks for a user name and password, or refused the ones given (HTTP 407). Set them in the proxy settings (eflow-wizard proxy set).</source>
        <translation>%1 ist nicht erreichbar: Der Proxy verlangt einen Benutzernamen und ein Kennwort oder hat die angegebenen abgelehnt (HTTP 407). Legen Sie sie in den Proxyeinstellungen fest (eflow-wizard proxy set).</translation>
    </message>
    <message>
        <source>Cannot reach %1: the proxy itself cannot be reached (refused, or its name was not found). Check its address and port in the proxy settings.</source>
        <translation>%1 ist nicht erreichbar: Der Proxy selbst ist nicht erreichbar (Verbindung abgelehnt oder Name nicht gefunden). Prüfen Sie seine Adresse und seinen Port in den Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>Cannot reach %1 through the proxy: the proxy broke off the connection. Check the proxy settings, and the proxy user&apos;s password if it needs one.</source>
        <translation>%1 ist über den Proxy nicht erreichbar: Der Proxy hat die Verbindung abgebrochen. Prüfen Sie die Proxyeinstellungen und, falls nötig, das Kennwort des Proxybenutzers.</translation>
    </message>
    <message>
        <source>The proxy address is empty: type it as http://HOST:PORT.</source>
        <translation>Die Proxyadresse ist leer: Geben Sie sie als http://HOST:PORT ein.</translation>
    </message>
    <message>
        <source>The proxy address &quot;%1&quot; is not a URL: type it as http://HOST:PORT.</source>
        <translation>Die Proxyadresse „%1“ ist keine URL: Geben Sie sie als http://HOST:PORT ein.</translation>
    </message>
    <message>
        <source>The proxy address must start with http:// (an HTTP proxy that tunnels HTTPS with CONNECT), not %1://.</source>
        <translation>Die Proxyadresse muss mit http:// beginnen (ein HTTP-Proxy, der HTTPS mit CONNECT tunnelt), nicht mit %1://.</translation>
    </message>
    <message>
        <source>The proxy address holds a password: leave it out; the password is asked for separately and kept in the system keychain.</source>
        <translation>Die Proxyadresse enthält ein Kennwort: Lassen Sie es weg; das Kennwort wird separat abgefragt und im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The proxy address &quot;%1&quot; has a path: give only http://HOST:PORT.</source>
        <translation>Die Proxyadresse „%1“ enthält einen Pfad: Geben Sie nur http://HOST:PORT an.</translation>
    </message>
    <message>
        <source>The proxy address &quot;%1&quot; has a query or fragment: give only http://HOST:PORT.</source>
        <translation>Die Proxyadresse „%1“ enthält eine Abfrage oder ein Fragment: Geben Sie nur http://HOST:PORT an.</translation>
    </message>
    <message>
        <source>The proxy address &quot;%1&quot; has no valid host name.</source>
        <translation>Die Proxyadresse „%1“ enthält keinen gültigen Hostnamen.</translation>
    </message>
    <message>
        <source>The proxy address &quot;%1&quot; needs a port from 1 to 65535, such as :3128.</source>
        <translation>Die Proxyadresse „%1“ braucht einen Port von 1 bis 65535, etwa :3128.</translation>
    </message>
    <message>
        <source>The saved proxy cannot be used, so the system&apos;s proxy is used instead: %1</source>
        <translation>Der gespeicherte Proxy kann nicht verwendet werden, daher wird stattdessen der Proxy des Systems verwendet: %1</translation>
    </message>
    <message>
        <source>The password of proxy user %1 could not be read from the keychain: %2</source>
        <translation>Das Kennwort des Proxybenutzers %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DpsAnswerText</name>
    <message>
        <source>Someone else changed the enrollment group %1 after it was read here, so DPS kept their version and did not save yours. Reload to see it, then make your changes again.</source>
        <translation>Die Registrierungsgruppe %1 wurde von jemand anderem geändert, nachdem sie hier gelesen wurde; DPS hat deshalb dessen Version behalten und Ihre nicht gespeichert. Laden Sie sie neu, und nehmen Sie Ihre Änderungen dann erneut vor.</translation>
    </message>
    <message>
        <source>Someone else changed the enrollment %1 after it was read here, so DPS kept their version and did not save yours. Reload to see it, then make your changes again.</source>
        <translation>Die Registrierung %1 wurde von jemand anderem geändert, nachdem sie hier gelesen wurde; DPS hat deshalb dessen Version behalten und Ihre nicht gespeichert. Laden Sie sie neu, und nehmen Sie Ihre Änderungen dann erneut vor.</translation>
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
    <message>
        <source>CA file %1 cannot be read: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours and minutes</comment>
        <extracomment>hours, then minutes: &quot;1 hour 3 minutes&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>minutes and seconds</comment>
        <extracomment>minutes, then seconds: &quot;2 minutes 5 seconds&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>EflowErrorCatalog</name>
    <message>
        <source>The command failed with a message the wizard does not recognise.</source>
        <translation>Der Befehl ist mit einer Meldung fehlgeschlagen, die der Assistent nicht erkennt.</translation>
    </message>
    <message>
        <source>Read the message below; save the logs (they include Get-EflowLogs) and contact support if it does not say what to do.</source>
        <translation>Lesen Sie die folgende Meldung; speichern Sie die Protokolle (sie enthalten Get-EflowLogs), und wenden Sie sich an den Support, wenn die Meldung nicht angibt, was zu tun ist.</translation>
    </message>
    <message>
        <source>The AzureEFLOW commands were run without administrator rights.</source>
        <translation>Die AzureEFLOW-Befehle wurden ohne Administratorrechte ausgeführt.</translation>
    </message>
    <message>
        <source>Run the wizard (or the remote PowerShell session) as an administrator and try again.</source>
        <translation>Führen Sie den Assistenten (oder die Remote-PowerShell-Sitzung) als Administrator aus, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The AzureEFLOW module was run in PowerShell 7, which it does not support.</source>
        <translation>Das AzureEFLOW-Modul wurde in PowerShell 7 ausgeführt, das es nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use Windows PowerShell 5.1 (powershell.exe) and start the deployment again.</source>
        <translation>Verwenden Sie Windows PowerShell 5.1 (powershell.exe), und starten Sie die Bereitstellung erneut.</translation>
    </message>
    <message>
        <source>A file of the AzureEFLOW module failed its signature check; the Microsoft root or code-signing certificates are probably missing on this host.</source>
        <translation>Eine Datei des AzureEFLOW-Moduls hat die Signaturprüfung nicht bestanden; wahrscheinlich fehlen auf diesem Host die Microsoft-Stamm- oder Codesignaturzertifikate.</translation>
    </message>
    <message>
        <source>Install the latest Windows updates (they bring the Microsoft root certificates), set the execution policy to AllSigned, and try again.</source>
        <translation>Installieren Sie die neuesten Windows-Updates (sie enthalten die Microsoft-Stammzertifikate), legen Sie die Ausführungsrichtlinie auf AllSigned fest, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This Windows edition or build is not supported by EFLOW.</source>
        <translation>Diese Windows-Edition oder dieser Build wird von EFLOW nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use Windows 10/11 Pro, Enterprise or IoT Enterprise (build 17763 or later) or Windows Server 2019/2022 with current updates.</source>
        <translation>Verwenden Sie Windows 10/11 Pro, Enterprise oder IoT Enterprise (Build 17763 oder höher) oder Windows Server 2019/2022 mit aktuellen Updates.</translation>
    </message>
    <message>
        <source>The Host Network Service on this host is older than version 9.2, which EFLOW needs.</source>
        <translation>Der Host-Netzwerkdienst auf diesem Host ist älter als Version 9.2, die EFLOW benötigt.</translation>
    </message>
    <message>
        <source>Install the latest cumulative Windows updates (build 17763 needs them), restart, and try again.</source>
        <translation>Installieren Sie die neuesten kumulativen Windows-Updates (Build 17763 benötigt sie), starten Sie neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Hyper-V, its PowerShell module or the OpenSSH client could not be installed automatically.</source>
        <translation>Hyper-V, das zugehörige PowerShell-Modul oder der OpenSSH-Client konnte nicht automatisch installiert werden.</translation>
    </message>
    <message>
        <source>Install Hyper-V, the Hyper-V Management PowerShell and the OpenSSH client manually, restart the host, and deploy again.</source>
        <translation>Installieren Sie Hyper-V, die Hyper-V-Verwaltungs-PowerShell und den OpenSSH-Client manuell, starten Sie den Host neu, und stellen Sie erneut bereit.</translation>
    </message>
    <message>
        <source>This Windows edition does not include Hyper-V, which EFLOW needs.</source>
        <translation>Diese Windows-Edition enthält kein Hyper-V, das EFLOW benötigt.</translation>
    </message>
    <message>
        <source>Use a Pro, Enterprise, IoT Enterprise or Server edition; on Windows Server install the Hyper-V role; on a virtual machine choose a size with nested virtualization.</source>
        <translation>Verwenden Sie eine Pro-, Enterprise-, IoT Enterprise- oder Server-Edition; installieren Sie unter Windows Server die Hyper-V-Rolle; wählen Sie auf einer virtuellen Maschine eine Größe mit geschachtelter Virtualisierung.</translation>
    </message>
    <message>
        <source>A Windows feature EFLOW needs could not be enabled.</source>
        <translation>Ein von EFLOW benötigtes Windows-Feature konnte nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>Enable Hyper-V (and on Windows Server the Hyper-V role) manually, restart the host, and deploy again.</source>
        <translation>Aktivieren Sie Hyper-V (und unter Windows Server die Hyper-V-Rolle) manuell, starten Sie den Host neu, und stellen Sie erneut bereit.</translation>
    </message>
    <message>
        <source>Hardware virtualization is turned off in the firmware (BIOS/UEFI).</source>
        <translation>Die Hardwarevirtualisierung ist in der Firmware (BIOS/UEFI) deaktiviert.</translation>
    </message>
    <message>
        <source>Enable Intel VT-x or AMD-V in the firmware settings, restart, and try again.</source>
        <translation>Aktivieren Sie Intel VT-x oder AMD-V in den Firmwareeinstellungen, starten Sie neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Hyper-V is installed but the hypervisor is not running.</source>
        <translation>Hyper-V ist installiert, aber der Hypervisor wird nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Restart the host after enabling Hyper-V; in a virtual machine, enable nested virtualization on the outer host.</source>
        <translation>Starten Sie den Host nach dem Aktivieren von Hyper-V neu; aktivieren Sie in einer virtuellen Maschine die geschachtelte Virtualisierung auf dem äußeren Host.</translation>
    </message>
    <message>
        <source>The Hyper-V services (vmms, vmcompute, hvhost) are not running.</source>
        <translation>Die Hyper-V-Dienste (vmms, vmcompute, hvhost) werden nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Start the services (Start-Service vmms, vmcompute, hvhost) or restart the host, then try again.</source>
        <translation>Starten Sie die Dienste (Start-Service vmms, vmcompute, hvhost), oder starten Sie den Host neu, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Hyper-V could not add a network adapter to the virtual machine, usually because of a firewall or security policy.</source>
        <translation>Hyper-V konnte der virtuellen Maschine keinen Netzwerkadapter hinzufügen, meist aufgrund einer Firewall- oder Sicherheitsrichtlinie.</translation>
    </message>
    <message>
        <source>Check the firewall and security policies on the host (ports 45000 and 45001 are reported to help), then deploy again.</source>
        <translation>Prüfen Sie die Firewall- und Sicherheitsrichtlinien auf dem Host (Berichten zufolge helfen die Ports 45000 und 45001), und stellen Sie dann erneut bereit.</translation>
    </message>
    <message>
        <source>The WSSDAgent service that manages the EFLOW virtual machine is not installed.</source>
        <translation>Der Dienst WSSDAgent, der die virtuelle EFLOW-Maschine verwaltet, ist nicht installiert.</translation>
    </message>
    <message>
        <source>Uninstall Azure IoT Edge, install the MSI again, and deploy again.</source>
        <translation>Deinstallieren Sie Azure IoT Edge, installieren Sie das MSI erneut, und stellen Sie erneut bereit.</translation>
    </message>
    <message>
        <source>The WSSDAgent certificate has expired (it is valid for one year after installation).</source>
        <translation>Das WSSDAgent-Zertifikat ist abgelaufen (es ist ab der Installation ein Jahr lang gültig).</translation>
    </message>
    <message>
        <source>Renew it with the updateWssdCert.ps1 script from the eflow-util folder of Azure/iotedge-eflow, then try again.</source>
        <translation>Erneuern Sie es mit dem Skript updateWssdCert.ps1 aus dem Ordner eflow-util von Azure/iotedge-eflow, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The virtual machine configuration files of the installation are missing.</source>
        <translation>Die Konfigurationsdateien der virtuellen Maschine fehlen in der Installation.</translation>
    </message>
    <message>
        <source>WSSDAgent does not know the EFLOW virtual machine.</source>
        <translation>WSSDAgent kennt die virtuelle EFLOW-Maschine nicht.</translation>
    </message>
    <message>
        <source>Restart the WSSDAgent service; if the virtual machine is gone, reinstall Azure IoT Edge and deploy again.</source>
        <translation>Starten Sie den Dienst WSSDAgent neu; wenn die virtuelle Maschine nicht mehr vorhanden ist, installieren Sie Azure IoT Edge neu, und stellen Sie erneut bereit.</translation>
    </message>
    <message>
        <source>The host does not have enough free memory for the virtual machine.</source>
        <translation>Der Host hat nicht genügend freien Arbeitsspeicher für die virtuelle Maschine.</translation>
    </message>
    <message>
        <source>Close other applications or choose less memory for the virtual machine, then deploy again.</source>
        <translation>Schließen Sie andere Anwendungen, oder wählen Sie weniger Arbeitsspeicher für die virtuelle Maschine, und stellen Sie dann erneut bereit.</translation>
    </message>
    <message>
        <source>More processor cores were requested than the host has.</source>
        <translation>Es wurden mehr Prozessorkerne angefordert, als der Host besitzt.</translation>
    </message>
    <message>
        <source>Choose fewer cores for the virtual machine, then deploy again.</source>
        <translation>Wählen Sie weniger Kerne für die virtuelle Maschine, und stellen Sie dann erneut bereit.</translation>
    </message>
    <message>
        <source>The drive for the virtual disk does not have enough free space.</source>
        <translation>Auf dem Laufwerk für die virtuelle Festplatte ist nicht genügend Speicherplatz frei.</translation>
    </message>
    <message>
        <source>Free space on the drive, choose a smaller disk, or choose another VHDX folder, then deploy again.</source>
        <translation>Geben Sie Speicherplatz auf dem Laufwerk frei, wählen Sie einen kleineren Datenträger oder einen anderen VHDX-Ordner, und stellen Sie dann erneut bereit.</translation>
    </message>
    <message>
        <source>An EFLOW virtual machine already exists on this host.</source>
        <translation>Auf diesem Host ist bereits eine virtuelle EFLOW-Maschine vorhanden.</translation>
    </message>
    <message>
        <source>Use the existing virtual machine, or uninstall Azure IoT Edge and install it again before a new deployment.</source>
        <translation>Verwenden Sie die vorhandene virtuelle Maschine, oder deinstallieren Sie Azure IoT Edge, und installieren Sie es vor einer neuen Bereitstellung erneut.</translation>
    </message>
    <message>
        <source>The virtual disk of the virtual machine could not be created.</source>
        <translation>Die virtuelle Festplatte der virtuellen Maschine konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Check free space and permissions of the VHDX folder, reinstall Azure IoT Edge, and deploy again.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen des VHDX-Ordners, installieren Sie Azure IoT Edge neu, und stellen Sie erneut bereit.</translation>
    </message>
    <message>
        <source>No usable virtual switch could be set up.</source>
        <translation>Es konnte kein verwendbarer virtueller Switch eingerichtet werden.</translation>
    </message>
    <message>
        <source>Create an Internal or External virtual switch (on Windows Server there is no Default Switch) and choose it in Settings.</source>
        <translation>Erstellen Sie einen internen oder externen virtuellen Switch (unter Windows Server gibt es keinen Default Switch), und wählen Sie ihn in den Einstellungen aus.</translation>
    </message>
    <message>
        <source>This type of virtual switch cannot be used on this edition of Windows.</source>
        <translation>Dieser Typ von virtuellem Switch kann in dieser Windows-Edition nicht verwendet werden.</translation>
    </message>
    <message>
        <source>On Windows 10/11 use the Default Switch or an External switch; on Windows Server use an Internal or External switch.</source>
        <translation>Verwenden Sie unter Windows 10/11 den Default Switch oder einen externen Switch; verwenden Sie unter Windows Server einen internen oder externen Switch.</translation>
    </message>
    <message>
        <source>The chosen virtual switch does not exist with that name and type.</source>
        <translation>Der ausgewählte virtuelle Switch ist mit diesem Namen und Typ nicht vorhanden.</translation>
    </message>
    <message>
        <source>Pick an existing switch (Get-VMSwitch lists them) or create it, and check that Internal/External matches.</source>
        <translation>Wählen Sie einen vorhandenen Switch (Get-VMSwitch listet sie auf), oder erstellen Sie ihn, und prüfen Sie, ob „Intern“/„Extern“ übereinstimmt.</translation>
    </message>
    <message>
        <source>Several virtual switches have the chosen name.</source>
        <translation>Mehrere virtuelle Switches haben den ausgewählten Namen.</translation>
    </message>
    <message>
        <source>Rename or remove the duplicate switches so the name is unique, then deploy again.</source>
        <translation>Benennen Sie die doppelten Switches um, oder entfernen Sie sie, damit der Name eindeutig ist, und stellen Sie dann erneut bereit.</translation>
    </message>
    <message>
        <source>A static IP address cannot be used with the Default Switch.</source>
        <translation>Mit dem Default Switch kann keine statische IP-Adresse verwendet werden.</translation>
    </message>
    <message>
        <source>Use DHCP with the Default Switch, or choose another switch for a static address.</source>
        <translation>Verwenden Sie DHCP mit dem Default Switch, oder wählen Sie für eine statische Adresse einen anderen Switch.</translation>
    </message>
    <message>
        <source>A static IP address was given without all of its settings.</source>
        <translation>Eine statische IP-Adresse wurde ohne alle zugehörigen Einstellungen angegeben.</translation>
    </message>
    <message>
        <source>Enter the IP address, the prefix length and the gateway together, or use DHCP.</source>
        <translation>Geben Sie die IP-Adresse, die Präfixlänge und das Gateway gemeinsam ein, oder verwenden Sie DHCP.</translation>
    </message>
    <message>
        <source>The network between the host and the virtual machine is missing.</source>
        <translation>Das Netzwerk zwischen dem Host und der virtuellen Maschine fehlt.</translation>
    </message>
    <message>
        <source>Check that the virtual switch still exists and has a host adapter, then try again.</source>
        <translation>Prüfen Sie, ob der virtuelle Switch noch vorhanden ist und einen Hostadapter hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The virtual machine did not get an IP address: there is no DHCP server on the switch or the static address is wrong.</source>
        <translation>Die virtuelle Maschine hat keine IP-Adresse erhalten: Am Switch ist kein DHCP-Server vorhanden, oder die statische Adresse ist falsch.</translation>
    </message>
    <message>
        <source>Use a switch with DHCP, or enter a free static IP address, prefix length and gateway of that network.</source>
        <translation>Verwenden Sie einen Switch mit DHCP, oder geben Sie eine freie statische IP-Adresse, die Präfixlänge und das Gateway dieses Netzwerks ein.</translation>
    </message>
    <message>
        <source>A DNS server address is not a valid IPv4 address.</source>
        <translation>Eine DNS-Serveradresse ist keine gültige IPv4-Adresse.</translation>
    </message>
    <message>
        <source>Enter the DNS servers as IPv4 addresses, for example 10.0.10.1.</source>
        <translation>Geben Sie die DNS-Server als IPv4-Adressen ein, zum Beispiel 10.0.10.1.</translation>
    </message>
    <message>
        <source>This GPU cannot be used with Direct Device Assignment; EFLOW supports only NVIDIA Tesla T4 and A2 for it.</source>
        <translation>Diese GPU kann nicht mit Direct Device Assignment verwendet werden; EFLOW unterstützt dafür nur NVIDIA Tesla T4 und A2.</translation>
    </message>
    <message>
        <source>Choose GPU Paravirtualization or no GPU, or use a supported GPU.</source>
        <translation>Wählen Sie GPU-Paravirtualisierung oder keine GPU, oder verwenden Sie eine unterstützte GPU.</translation>
    </message>
    <message>
        <source>The GPU settings do not fit together (passthrough type and GPU count).</source>
        <translation>Die GPU-Einstellungen passen nicht zusammen (Passthrough-Typ und GPU-Anzahl).</translation>
    </message>
    <message>
        <source>With a passthrough type choose at least one GPU (exactly one for Paravirtualization); without one, choose none.</source>
        <translation>Wählen Sie mit einem Passthrough-Typ mindestens eine GPU (genau eine für Paravirtualisierung); ohne Passthrough-Typ wählen Sie keine.</translation>
    </message>
    <message>
        <source>This host does not support the chosen GPU passthrough type.</source>
        <translation>Dieser Host unterstützt den ausgewählten GPU-Passthrough-Typ nicht.</translation>
    </message>
    <message>
        <source>Choose the other passthrough type or no GPU.</source>
        <translation>Wählen Sie den anderen Passthrough-Typ oder keine GPU.</translation>
    </message>
    <message>
        <source>The requested GPU is not available on this host, or not in that number.</source>
        <translation>Die angeforderte GPU ist auf diesem Host nicht oder nicht in dieser Anzahl verfügbar.</translation>
    </message>
    <message>
        <source>Pick the GPU name exactly as the host lists it and no more GPUs than it has.</source>
        <translation>Geben Sie den GPU-Namen genau so an, wie der Host ihn auflistet, und nicht mehr GPUs, als vorhanden sind.</translation>
    </message>
    <message>
        <source>The provisioning settings are incomplete or do not fit the chosen method.</source>
        <translation>Die Provisionierungseinstellungen sind unvollständig oder passen nicht zur ausgewählten Methode.</translation>
    </message>
    <message>
        <source>Fill in exactly the fields the chosen provisioning method needs and provision again.</source>
        <translation>Füllen Sie genau die Felder aus, die die ausgewählte Provisionierungsmethode benötigt, und provisionieren Sie erneut.</translation>
    </message>
    <message>
        <source>The identity certificate or private key file was not found on the host.</source>
        <translation>Das Identitätszertifikat oder die Datei mit dem privaten Schlüssel wurde auf dem Host nicht gefunden.</translation>
    </message>
    <message>
        <source>Choose existing certificate and key files (full paths on the Windows host) and provision again.</source>
        <translation>Wählen Sie vorhandene Zertifikat- und Schlüsseldateien (vollständige Pfade auf dem Windows-Host) aus, und provisionieren Sie erneut.</translation>
    </message>
    <message>
        <source>There is no EFLOW virtual machine to provision yet.</source>
        <translation>Es ist noch keine virtuelle EFLOW-Maschine zum Provisionieren vorhanden.</translation>
    </message>
    <message>
        <source>Deploy the virtual machine first, then provision it.</source>
        <translation>Stellen Sie zuerst die virtuelle Maschine bereit, und provisionieren Sie sie dann.</translation>
    </message>
    <message>
        <source>Provisioning stopped at a confirmation prompt because the device was already provisioned.</source>
        <translation>Die Provisionierung wurde bei einer Bestätigungsaufforderung angehalten, weil das Gerät bereits provisioniert war.</translation>
    </message>
    <message>
        <source>Update the AzureEFLOW module, or confirm reprovisioning, and provision again.</source>
        <translation>Aktualisieren Sie das AzureEFLOW-Modul, oder bestätigen Sie die erneute Provisionierung, und provisionieren Sie erneut.</translation>
    </message>
    <message>
        <source>TPM provisioning needs a TPM 2.0 chip on the host.</source>
        <translation>Für die TPM-Provisionierung ist ein TPM 2.0-Chip auf dem Host erforderlich.</translation>
    </message>
    <message>
        <source>Enable TPM 2.0 in the firmware, or choose another provisioning method.</source>
        <translation>Aktivieren Sie TPM 2.0 in der Firmware, oder wählen Sie eine andere Provisionierungsmethode.</translation>
    </message>
    <message>
        <source>TPM provisioning is not enabled in the virtual machine.</source>
        <translation>Die TPM-Provisionierung ist in der virtuellen Maschine nicht aktiviert.</translation>
    </message>
    <message>
        <source>Run Set-EflowVmFeature -feature DpsTpm -enable, then read the TPM information or provision again.</source>
        <translation>Führen Sie Set-EflowVmFeature -feature DpsTpm -enable aus, und lesen Sie dann die TPM-Informationen, oder provisionieren Sie erneut.</translation>
    </message>
    <message>
        <source>This EFLOW release does not know the requested virtual machine feature.</source>
        <translation>Diese EFLOW-Version kennt das angeforderte Feature der virtuellen Maschine nicht.</translation>
    </message>
    <message>
        <source>Use DpsTpm (all releases) or Defender (1.4 and later).</source>
        <translation>Verwenden Sie DpsTpm (alle Versionen) oder Defender (ab 1.4).</translation>
    </message>
    <message>
        <source>The Device Provisioning Service rejected the device&apos;s credentials.</source>
        <translation>Der Device Provisioning Service hat die Anmeldeinformationen des Geräts abgelehnt.</translation>
    </message>
    <message>
        <source>Check the registration ID (it is case-sensitive and must match the enrollment) and the key (for a group enrollment, the key derived for this device), then provision again.</source>
        <translation>Prüfen Sie die Registrierungs-ID (sie unterscheidet Groß- und Kleinschreibung und muss mit der Registrierung übereinstimmen) und den Schlüssel (bei einer Registrierungsgruppe den für dieses Gerät abgeleiteten Schlüssel), und provisionieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The IoT Edge runtime did not start after provisioning, usually because the device could not register with DPS or IoT Hub.</source>
        <translation>Die IoT Edge-Runtime wurde nach der Provisionierung nicht gestartet, meist weil sich das Gerät nicht bei DPS oder IoT Hub registrieren konnte.</translation>
    </message>
    <message>
        <source>Open the device logs (iotedge system logs, or journalctl -u iotedge on 1.1), check the credentials and the network, then provision again.</source>
        <translation>Öffnen Sie die Geräteprotokolle (iotedge system logs oder unter 1.1 journalctl -u iotedge), prüfen Sie die Anmeldeinformationen und das Netzwerk, und provisionieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The IoT Edge runtime in the virtual machine did not answer as expected.</source>
        <translation>Die IoT Edge-Runtime in der virtuellen Maschine hat nicht wie erwartet geantwortet.</translation>
    </message>
    <message>
        <source>Wait a minute for the runtime to start and refresh; if it persists, check iotedge check and the logs.</source>
        <translation>Warten Sie eine Minute, bis die Runtime gestartet ist, und aktualisieren Sie die Anzeige; wenn das Problem weiterhin besteht, prüfen Sie iotedge check und die Protokolle.</translation>
    </message>
    <message>
        <source>The provisioning settings could not be written into the virtual machine.</source>
        <translation>Die Provisionierungseinstellungen konnten nicht in die virtuelle Maschine geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the virtual machine is running, save the logs, and provision again.</source>
        <translation>Prüfen Sie, ob die virtuelle Maschine ausgeführt wird, speichern Sie die Protokolle, und provisionieren Sie erneut.</translation>
    </message>
    <message>
        <source>The device is connected but has no module deployment yet; this is normal right after provisioning.</source>
        <translation>Das Gerät ist verbunden, hat aber noch keine Modulbereitstellung; dies ist direkt nach der Provisionierung normal.</translation>
    </message>
    <message>
        <source>Set modules for the device in IoT Hub or create a deployment.</source>
        <translation>Legen Sie in IoT Hub Module für das Gerät fest, oder erstellen Sie eine Bereitstellung.</translation>
    </message>
    <message>
        <source>The EFLOW virtual machine is turned off.</source>
        <translation>Die virtuelle EFLOW-Maschine ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Start it (Start-EflowVm) and try again.</source>
        <translation>Starten Sie sie (Start-EflowVm), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>More than one EFLOW virtual machine was found on this host.</source>
        <translation>Auf diesem Host wurde mehr als eine virtuelle EFLOW-Maschine gefunden.</translation>
    </message>
    <message>
        <source>Remove the extra virtual machines so only one EFLOW virtual machine remains.</source>
        <translation>Entfernen Sie die zusätzlichen virtuellen Maschinen, sodass nur eine virtuelle EFLOW-Maschine übrig bleibt.</translation>
    </message>
    <message>
        <source>The host could not reach the virtual machine over SSH.</source>
        <translation>Der Host konnte die virtuelle Maschine nicht über SSH erreichen.</translation>
    </message>
    <message>
        <source>Check that the virtual machine is running and has an IP address (Get-EflowVmAddr), then try again.</source>
        <translation>Prüfen Sie, ob die virtuelle Maschine ausgeführt wird und eine IP-Adresse hat (Get-EflowVmAddr), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The virtual machine did not return its statistics.</source>
        <translation>Die virtuelle Maschine hat ihre Statistiken nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>Check that the virtual machine is running and refresh.</source>
        <translation>Prüfen Sie, ob die virtuelle Maschine ausgeführt wird, und aktualisieren Sie die Anzeige.</translation>
    </message>
    <message>
        <source>The installer download link no longer exists.</source>
        <translation>Der Downloadlink für das Installationsprogramm ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Download the MSI for the chosen release manually and select the local file.</source>
        <translation>Laden Sie das MSI für die ausgewählte Version manuell herunter, und wählen Sie die lokale Datei aus.</translation>
    </message>
    <message>
        <source>The WSSDAgent service that manages the virtual machine is not responding.</source>
        <translation>Der Dienst WSSDAgent, der die virtuelle Maschine verwaltet, antwortet nicht.</translation>
    </message>
    <message>
        <source>Start it (Start-Service WSSDAgent) or restart the host, then try again; its logs are in C:\ProgramData\wssdagent.</source>
        <translation>Starten Sie ihn (Start-Service WSSDAgent), oder starten Sie den Host neu, und versuchen Sie es dann erneut; seine Protokolle befinden sich in C:\ProgramData\wssdagent.</translation>
    </message>
    <message>
        <source>The virtual machine could not be created.</source>
        <translation>Die virtuelle Maschine konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Save the logs (the WSSDAgent log tells why), try less memory, then uninstall and reinstall Azure IoT Edge before deploying again.</source>
        <translation>Speichern Sie die Protokolle (das WSSDAgent-Protokoll nennt den Grund), und versuchen Sie es mit weniger Arbeitsspeicher; deinstallieren Sie dann Azure IoT Edge, und installieren Sie es neu, bevor Sie erneut bereitstellen.</translation>
    </message>
    <message>
        <source>The deployment failed and left a partial installation behind.</source>
        <translation>Die Bereitstellung ist fehlgeschlagen und hat eine unvollständige Installation hinterlassen.</translation>
    </message>
    <message>
        <source>Uninstall Azure IoT Edge, install it again, and deploy again.</source>
        <translation>Deinstallieren Sie Azure IoT Edge, installieren Sie es erneut, und stellen Sie erneut bereit.</translation>
    </message>
    <message>
        <source>The PowerShell execution policy of the host does not let the AzureEFLOW module or the wizard&apos;s script run; a policy set by Group Policy overrides the wizard&apos;s own setting.</source>
        <translation>Die PowerShell-Ausführungsrichtlinie des Hosts lässt das AzureEFLOW-Modul oder das Skript des Assistenten nicht laufen; eine per Gruppenrichtlinie festgelegte Richtlinie hat Vorrang vor der Einstellung des Assistenten.</translation>
    </message>
    <message>
        <source>Ask the administrator to allow signed scripts (Group Policy &quot;Turn on Script Execution&quot;: AllSigned or RemoteSigned; Get-ExecutionPolicy -List shows the scopes), then try again.</source>
        <translation>Bitten Sie den Administrator, signierte Skripts zuzulassen (Gruppenrichtlinie „Skriptausführung aktivieren“: AllSigned oder RemoteSigned; Get-ExecutionPolicy -List zeigt die Bereiche), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Windows refused access to a file, folder or setting that the operation needs.</source>
        <translation>Windows hat den Zugriff auf eine Datei, einen Ordner oder eine Einstellung verweigert, die der Vorgang benötigt.</translation>
    </message>
    <message>
        <source>Run the wizard (or the remote session) as an administrator, make sure no other program (an antivirus scan, an open Explorer window) holds the file, and try again.</source>
        <translation>Führen Sie den Assistenten (oder die Remotesitzung) als Administrator aus, stellen Sie sicher, dass kein anderes Programm (ein Virenscan, ein geöffnetes Explorer-Fenster) die Datei belegt, und versuchen Sie es erneut.</translation>
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
    <message>
        <source>emulator: --allow-peer &quot;%1&quot; is not an IP address</source>
        <translation>emulator: --allow-peer „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>Accept connections only from this client address (repeat for several; default: any), as a firewall would.</source>
        <translation>Verbindungen nur von dieser Clientadresse annehmen (für mehrere wiederholen; Standard: alle), wie es eine Firewall täte.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>enrollment group %1</source>
        <translation>Registrierungsgruppe %1</translation>
    </message>
    <message>
        <source>individual enrollment %1</source>
        <translation>Einzelregistrierung %1</translation>
    </message>
    <message>
        <source>DPS answered without the %1</source>
        <translation>Die Antwort von DPS enthielt die %1 nicht</translation>
    </message>
    <message>
        <source>No system keychain is available here (no Secret Service on the D-Bus session bus), so the generated keys could not be kept; nothing was created. Run the command again with --show-keys to have the keys printed instead, and keep them safe.</source>
        <translation>Hier ist kein Systemschlüsselbund verfügbar (kein Secret Service auf dem D-Bus-Sitzungsbus), daher konnten die generierten Schlüssel nicht gespeichert werden; es wurde nichts erstellt. Führen Sie den Befehl erneut mit --show-keys aus, um die Schlüssel stattdessen ausgeben zu lassen, und bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>The system keychain cannot take the generated keys (%1); nothing was created. Run the command again with --show-keys to have them printed instead.</source>
        <translation>Der Systemschlüsselbund kann die generierten Schlüssel nicht aufnehmen (%1); es wurde nichts erstellt. Führen Sie den Befehl erneut mit --show-keys aus, um sie stattdessen ausgeben zu lassen.</translation>
    </message>
    <message>
        <source>The system keychain already holds a key named %1; nothing was created. Choose another name with --secret-name, or remove the old one with: eflow-wizard secret forget %2</source>
        <translation>Im Systemschlüsselbund ist bereits ein Schlüssel namens %1 gespeichert; es wurde nichts erstellt. Wählen Sie mit --secret-name einen anderen Namen, oder entfernen Sie den alten mit: eflow-wizard secret forget %2</translation>
    </message>
    <message>
        <source>OpenSSL could not generate the keys</source>
        <translation>OpenSSL konnte die Schlüssel nicht generieren</translation>
    </message>
    <message>
        <source>Created %1 (IoT Edge: %2, %3).</source>
        <translation>%1 erstellt (IoT Edge: %2, %3).</translation>
    </message>
    <message>
        <source>primary key: %1</source>
        <translation>Primärschlüssel: %1</translation>
    </message>
    <message>
        <source>secondary key: %1</source>
        <translation>Sekundärschlüssel: %1</translation>
    </message>
    <message>
        <source>The keys are in the system keychain: %1 (primary), %2 (secondary). The wizard&apos;s Connect page and host provision --secret-ref take %1.</source>
        <translation>Die Schlüssel liegen im Systemschlüsselbund: %1 (primär), %2 (sekundär). Die Seite „Verbinden“ des Assistenten und host provision --secret-ref können %1 verwenden.</translation>
    </message>
    <message>
        <source>DPS did not return the keys of %1, and saving without them would replace them; nothing was changed.</source>
        <translation>DPS hat die Schlüssel der %1 nicht zurückgegeben, und ein Speichern ohne sie würde sie durch neue ersetzen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Updated %1 (IoT Edge: %2, %3; etag %4).</source>
        <translation>%1 aktualisiert (IoT Edge: %2, %3; etag %4).</translation>
    </message>
    <message>
        <source>Delete %1? Devices that registered through it keep their IoT Hub identity, but cannot register again. Type yes to delete: </source>
        <translation>%1 löschen? Geräte, die sich darüber registriert haben, behalten ihre IoT Hub-Identität, können sich aber nicht erneut registrieren. Geben Sie zum Löschen yes ein: </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Read the DPS service connection string from the first line of FILE.</source>
        <translation>Liest die DPS-Dienst-Verbindungszeichenfolge aus der ersten Zeile von DATEI.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Take the service connection string from the system keychain (keychain:NAME, remembered with &apos;secret store&apos; or the Enrollments window).</source>
        <translation>Nimmt die Dienst-Verbindungszeichenfolge aus dem Systemschlüsselbund (keychain:NAME, gespeichert mit „secret store“ oder im Fenster „DPS-Registrierungen“).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (private endpoints, the local DPS).</source>
        <translation>Vertraut zusätzlich den CA-Zertifikaten in dieser PEM-Datei (private Endpunkte, der lokale DPS).</translation>
    </message>
    <message>
        <source>The individual enrollment&apos;s registration ID.</source>
        <translation>Die Registrierungs-ID der Einzelregistrierung.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The enrollment group&apos;s ID.</source>
        <translation>Die ID der Registrierungsgruppe.</translation>
    </message>
    <message>
        <source>create individual: the IoT Hub device ID (default: the registration ID).</source>
        <translation>create individual: die Geräte-ID in IoT Hub (Standard: die Registrierungs-ID).</translation>
    </message>
    <message>
        <source>Mark it as an IoT Edge device (the default).</source>
        <translation>Kennzeichnet sie als IoT Edge-Gerät (Standard).</translation>
    </message>
    <message>
        <source>Not an IoT Edge device.</source>
        <translation>Kein IoT Edge-Gerät.</translation>
    </message>
    <message>
        <source>Provisioning status enabled.</source>
        <translation>Bereitstellungsstatus aktiviert.</translation>
    </message>
    <message>
        <source>Provisioning status disabled.</source>
        <translation>Bereitstellungsstatus deaktiviert.</translation>
    </message>
    <message>
        <source>The initial device twin: JSON with &quot;tags&quot; and &quot;properties&quot;: {&quot;desired&quot;: …}.</source>
        <translation>Der anfängliche Gerätezwilling: JSON mit &quot;tags&quot; und &quot;properties&quot;: {&quot;desired&quot;: …}.</translation>
    </message>
    <message>
        <source>show, create: print the symmetric keys (create: instead of putting them into the keychain).</source>
        <translation>show, create: gibt die symmetrischen Schlüssel aus (create: statt sie im Schlüsselbund abzulegen).</translation>
    </message>
    <message>
        <source>create: keychain name for the generated keys (default dps-ID).</source>
        <translation>create: Name im Schlüsselbund für die generierten Schlüssel (Standard: dps-ID).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>update, delete: only if the enrollment still has this etag.</source>
        <translation>update, delete: nur, wenn die Registrierung noch dieses etag hat.</translation>
    </message>
    <message>
        <source>ETAG</source>
        <translation>ETAG</translation>
    </message>
    <message>
        <source>delete: do not ask.</source>
        <translation>delete: nicht nachfragen.</translation>
    </message>
    <message>
        <source>list: individual enrollments only.</source>
        <translation>list: nur Einzelregistrierungen.</translation>
    </message>
    <message>
        <source>list: enrollment groups only.</source>
        <translation>list: nur Registrierungsgruppen.</translation>
    </message>
    <message>
        <source>list: only IDs that contain TEXT.</source>
        <translation>list: nur IDs, die TEXT enthalten.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>list: enrollments per request (1-1000; default: the service&apos;s).</source>
        <translation>list: Registrierungen pro Anforderung (1-1000; Standard: Vorgabe des Dienstes).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print one JSON object on standard output.</source>
        <translation>Gibt ein JSON-Objekt auf der Standardausgabe aus.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 60).</source>
        <translation>Bricht nach dieser Anzahl Sekunden ab (Standard: 60).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Print each request and the technical details of a failure.</source>
        <translation>Gibt jede Anforderung und die technischen Details eines Fehlers aus.</translation>
    </message>
    <message>
        <source>Manages DPS enrollments with the service API, as the Azure portal does.
  list     [--individual|--groups] [--filter TEXT]   individual enrollments and groups
  show     --registration-id R | --group-id G [--show-keys]   one of them (and its registration)
  create individual --registration-id R [--device-id D] [--edge|--no-edge] [--twin-file F]
           [--disabled] [--show-keys] [--secret-name NAME]
  create group --group-id G [same options, without --device-id]
  update   --registration-id R | --group-id G [--edge|--no-edge] [--enabled|--disabled]
           [--twin-file F] [--etag E]   changes them, sending the etag
  delete   --registration-id R | --group-id G [--etag E] [--yes]
  records  --group-id G | --registration-id R   registration records (the Verify step)
The service connection string (HostName=…;SharedAccessKeyName=…;SharedAccessKey=…) comes from
--connection-string-file, --secret-ref keychain:NAME, the variable EFLOW_DPS_CONNECTION_STRING or
standard input, never from the command line. create generates the keys and puts them into the
system keychain (keychain:dps-ID and keychain:dps-ID.secondary) unless --show-keys prints them.
Exit codes: 0 done, 1 DPS refused or could not be reached, or no keychain for the keys,
2 wrong usage, 3 malformed connection string, ID, twin JSON or CA file, 4 a file is missing or
unreadable, 6 cancelled or timed out, 8 not found, 9 exists already or changed by someone else.</source>
        <translation>Verwaltet DPS-Registrierungen über die Dienst-API, wie es das Azure-Portal tut.
  list     [--individual|--groups] [--filter TEXT]   Einzelregistrierungen und Registrierungsgruppen
  show     --registration-id R | --group-id G [--show-keys]   eine davon (mit Registrierungsstatus)
  create individual --registration-id R [--device-id D] [--edge|--no-edge] [--twin-file F]
           [--disabled] [--show-keys] [--secret-name NAME]
  create group --group-id G [dieselben Optionen, ohne --device-id]
  update   --registration-id R | --group-id G [--edge|--no-edge] [--enabled|--disabled]
           [--twin-file F] [--etag E]   ändert sie und sendet dabei das etag
  delete   --registration-id R | --group-id G [--etag E] [--yes]
  records  --group-id G | --registration-id R   Registrierungsdatensätze (der Schritt „Überprüfung“)
Die Dienst-Verbindungszeichenfolge (HostName=…;SharedAccessKeyName=…;SharedAccessKey=…) kommt aus
--connection-string-file, --secret-ref keychain:NAME, der Variablen EFLOW_DPS_CONNECTION_STRING oder
der Standardeingabe, niemals von der Befehlszeile. create generiert die Schlüssel und legt sie im
Systemschlüsselbund ab (keychain:dps-ID und keychain:dps-ID.secondary), außer --show-keys gibt sie aus.
Exit-Codes: 0 erledigt, 1 DPS hat abgelehnt oder war nicht erreichbar, oder kein Schlüsselbund für die
Schlüssel, 2 falsche Verwendung, 3 fehlerhafte Verbindungszeichenfolge, ID, Zwillings-JSON oder
CA-Datei, 4 eine Datei fehlt oder ist nicht lesbar, 6 abgebrochen oder Zeitüberschreitung,
8 nicht gefunden, 9 bereits vorhanden oder von jemand anderem geändert.</translation>
    </message>
    <message>
        <source>enroll list: takes no ID; use --filter TEXT (see enroll --help)</source>
        <translation>enroll list: nimmt keine ID; verwenden Sie --filter TEXT (siehe enroll --help)</translation>
    </message>
    <message>
        <source>enroll create: say &quot;create individual&quot; or &quot;create group&quot; (see enroll --help)</source>
        <translation>enroll create: Geben Sie „create individual“ oder „create group“ an (siehe enroll --help)</translation>
    </message>
    <message>
        <source>enroll create group: give --group-id (and no --registration-id)</source>
        <translation>enroll create group: Geben Sie --group-id an (und kein --registration-id)</translation>
    </message>
    <message>
        <source>enroll create individual: give --registration-id (and no --group-id)</source>
        <translation>enroll create individual: Geben Sie --registration-id an (und kein --group-id)</translation>
    </message>
    <message>
        <source>enroll create group: --device-id goes with individual enrollments (a group&apos;s devices are named by their registration IDs)</source>
        <translation>enroll create group: --device-id gehört zu Einzelregistrierungen (die Geräte einer Gruppe werden nach ihren Registrierungs-IDs benannt)</translation>
    </message>
    <message>
        <source>enroll %1: give either --registration-id or --group-id (see enroll --help)</source>
        <translation>enroll %1: Geben Sie entweder --registration-id oder --group-id an (siehe enroll --help)</translation>
    </message>
    <message>
        <source>twin file %1 does not exist</source>
        <translation>Die Zwillingsdatei %1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>twin file %1 cannot be read: %2</source>
        <translation>Die Zwillingsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>twin file %1 is larger than %2 KiB; an initial twin holds a few tags and properties</source>
        <translation>Die Zwillingsdatei %1 ist größer als %2 KiB; ein anfänglicher Gerätezwilling enthält nur einige Tags und Eigenschaften</translation>
    </message>
    <message>
        <source>twin file %1: %2</source>
        <translation>Zwillingsdatei %1: %2</translation>
    </message>
    <message>
        <source>enroll create: --secret-name names the keychain entry, which --show-keys skips</source>
        <translation>enroll create: --secret-name benennt den Schlüsselbundeintrag, den --show-keys auslässt</translation>
    </message>
    <message>
        <source>--secret-name: at most %1 characters (the secondary key adds &quot;.secondary&quot;)</source>
        <translation>--secret-name: höchstens %1 Zeichen (der Sekundärschlüssel hängt „.secondary“ an)</translation>
    </message>
    <message>
        <source>enroll: --edge and --no-edge exclude each other</source>
        <translation>enroll: --edge und --no-edge schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>enroll: --enabled and --disabled exclude each other</source>
        <translation>enroll: --enabled und --disabled schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>enroll update: nothing to change; give --edge, --no-edge, --enabled, --disabled or --twin-file</source>
        <translation>enroll update: nichts zu ändern; geben Sie --edge, --no-edge, --enabled, --disabled oder --twin-file an</translation>
    </message>
    <message>
        <source>--etag: give the etag that enroll show printed (up to 256 printable characters)</source>
        <translation>--etag: Geben Sie das etag an, das enroll show ausgegeben hat (bis zu 256 druckbare Zeichen)</translation>
    </message>
    <message>
        <source>enroll delete: add --yes to delete without a terminal to ask on; nothing was deleted</source>
        <translation>enroll delete: kein Terminal für die Rückfrage; geben Sie --yes an, um ohne Rückfrage zu löschen; es wurde nichts gelöscht</translation>
    </message>
    <message>
        <source>enroll: say list, show, create, update, delete or records (see enroll --help)</source>
        <translation>enroll: Geben Sie list, show, create, update, delete oder records an (siehe enroll --help)</translation>
    </message>
    <message>
        <source>enroll %1: --%2 does not go with it (see enroll --help)</source>
        <translation>enroll %1: --%2 ist hier nicht zulässig (siehe enroll --help)</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 3600</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 1000</source>
        <translation>--page-size erwartet eine Zahl von 1 bis 1000</translation>
    </message>
    <message>
        <source>DPS %1, policy %2</source>
        <translation>DPS %1, Richtlinie %2</translation>
    </message>
    <message>
        <source>list, show, create, update, delete or records</source>
        <translation>list, show, create, update, delete oder records</translation>
    </message>
    <message>
        <source>create: individual or group</source>
        <translation>create: individual oder group</translation>
    </message>
    <message>
        <source>IoT Edge: %1</source>
        <translation>IoT Edge: %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>Bereitstellungsstatus: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>desired properties: %1</source>
        <translation>Gewünschte Eigenschaften: %1</translation>
    </message>
    <message>
        <source>hubs: %1</source>
        <translation>IoT-Hubs: %1</translation>
    </message>
    <message>
        <source>last updated: %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <source>etag: %1</source>
        <translation>etag: %1</translation>
    </message>
    <message>
        <source>(hidden; --show-keys prints it)</source>
        <translation>(verborgen; --show-keys gibt ihn aus)</translation>
    </message>
    <message>
        <source>no device has registered yet</source>
        <translation>noch kein Gerät registriert</translation>
    </message>
    <message>
        <source>assigned to %1 as %2 (last updated %3)</source>
        <translation>zugewiesen an %1 als %2 (zuletzt aktualisiert %3)</translation>
    </message>
    <message>
        <source>%1 (last updated %2)</source>
        <translation>%1 (zuletzt aktualisiert %2)</translation>
    </message>
    <message>
        <source>: error %1, %2</source>
        <translation>: Fehler %1, %2</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>IOT EDGE</source>
        <translation>IOT EDGE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DEVICE ID</source>
        <translation>GERÄTE-ID</translation>
    </message>
    <message>
        <source>HUB</source>
        <translation>HUB</translation>
    </message>
    <message>
        <source>LAST UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <source>device ID: %1</source>
        <translation>Geräte-ID: %1</translation>
    </message>
    <message>
        <source>registration: %1</source>
        <translation>Registrierungsstatus: %1</translation>
    </message>
    <message>
        <source>registrations: enroll records --group-id %1 lists them</source>
        <translation>Registrierungsdatensätze: enroll records --group-id %1 listet sie auf</translation>
    </message>
    <message>
        <source>REGISTRATION ID</source>
        <translation>REGISTRIERUNGS-ID</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>--secret-ref: %1</source>
        <translation>--secret-ref: %1</translation>
    </message>
    <message>
        <source>enroll: give the connection string one way: --connection-string-file or --secret-ref, not both</source>
        <translation>enroll: Geben Sie die Verbindungszeichenfolge nur auf einem Weg an: --connection-string-file oder --secret-ref, nicht beides</translation>
    </message>
    <message>
        <source>DPS service connection string (input hidden): </source>
        <translation>DPS-Dienst-Verbindungszeichenfolge (Eingabe wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>enroll: no DPS service connection string: pipe it on standard input, or use --connection-string-file FILE, --secret-ref keychain:NAME or %1</source>
        <translation>enroll: keine DPS-Dienst-Verbindungszeichenfolge: Übergeben Sie sie über die Standardeingabe, oder verwenden Sie --connection-string-file DATEI, --secret-ref keychain:NAME oder %1</translation>
    </message>
    <message>
        <source>No device has registered through %1 yet.</source>
        <translation>Über %1 hat sich noch kein Gerät registriert.</translation>
    </message>
    <message>
        <source>Created %1, but its keys could not be put into the system keychain: %2 Read them with: eflow-wizard enroll show %3 %4 --show-keys</source>
        <translation>%1 erstellt, aber ihre Schlüssel konnten nicht im Systemschlüsselbund abgelegt werden: %2 Lesen Sie sie mit: eflow-wizard enroll show %3 %4 --show-keys</translation>
    </message>
    <message>
        <source>twin file %1 is empty; an initial twin is a JSON object such as {&quot;tags&quot;:{&quot;environment&quot;:&quot;test&quot;}}</source>
        <translation>Die Zwillingsdatei %1 ist leer; ein anfänglicher Gerätezwilling ist ein JSON-Objekt wie {&quot;tags&quot;:{&quot;environment&quot;:&quot;test&quot;}}</translation>
    </message>
    <message>
        <source>individual enrollments: %1, enrollment groups: %2</source>
        <translation>Einzelregistrierungen: %1, Registrierungsgruppen: %2</translation>
    </message>
    <message>
        <source>registration records: %1</source>
        <translation>Registrierungsdatensätze: %1</translation>
    </message>
    <message>
        <source>registration ID: %1</source>
        <translation>Registrierungs-ID: %1</translation>
    </message>
    <message>
        <source>group ID: %1</source>
        <translation>Gruppen-ID: %1</translation>
    </message>
</context>
<context>
    <name>ExistingVmCheck</name>
    <message>
        <source>Memory: the VM has %1 MB; the settings ask for %2 MB.</source>
        <extracomment>%1 the existing VM&apos;s memory, %2 the planned memory, both in MB</extracomment>
        <translation>Arbeitsspeicher: Die VM hat %1 MB; die Einstellungen sehen %2 MB vor.</translation>
    </message>
    <message>
        <source>Processors: the VM has %1; the settings ask for %2.</source>
        <translation>Prozessoren: Die VM hat %1; die Einstellungen sehen %2 vor.</translation>
    </message>
    <message>
        <source>Disk: the VM has %1 GB; the settings ask for %2 GB.</source>
        <translation>Datenträger: Die VM hat %1 GB; die Einstellungen sehen %2 GB vor.</translation>
    </message>
    <message>
        <source>Virtual switch: the VM uses “%1”; the settings ask for “%2”.</source>
        <translation>Virtueller Switch: Die VM verwendet „%1“; die Einstellungen sehen „%2“ vor.</translation>
    </message>
    <message>
        <source>IP address: the VM has %1; the settings ask for %2.</source>
        <translation>IP-Adresse: Die VM hat %1; die Einstellungen sehen %2 vor.</translation>
    </message>
    <message>
        <source>Remove the existing virtual machine (uninstall EFLOW)</source>
        <translation>Vorhandene virtuelle Maschine entfernen (EFLOW deinstallieren)</translation>
    </message>
    <message>
        <source>EFLOW and its virtual machine are removed, but Windows must restart before EFLOW can be installed again.</source>
        <translation>EFLOW und die zugehörige virtuelle Maschine wurden entfernt, aber Windows muss neu gestartet werden, bevor EFLOW erneut installiert werden kann.</translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <source>Usage: %1 fleet run FLEET_FILE --plan PLAN [options]
       %1 fleet export --ansible DIR FLEET_FILE --plan PLAN

run     deploys and provisions every host of the fleet file, N at a time, and resumes
        where an interrupted run stopped (%1 fleet run --help)
export  writes an Ansible inventory and playbook that do the same from a controller
        (%1 fleet export --help)
</source>
        <translation>Aufruf: %1 fleet run FLOTTENDATEI --plan PLAN [Optionen]
       %1 fleet export --ansible ORDNER FLOTTENDATEI --plan PLAN

run     stellt EFLOW auf jedem Host der Flottendatei bereit und provisioniert ihn, N gleichzeitig,
        und macht dort weiter, wo ein unterbrochener Lauf stehen blieb (%1 fleet run --help)
export  schreibt ein Ansible-Inventar und -Playbook, die dasselbe von einem Controller aus tun
        (%1 fleet export --help)
</translation>
    </message>
    <message>
        <source>fleet: unknown action &quot;%1&quot; (run or export; see %2 fleet --help)</source>
        <translation>fleet: unbekannte Aktion &quot;%1&quot; (run oder export; siehe %2 fleet --help)</translation>
    </message>
    <message>
        <source>%1 hosts: %2</source>
        <translation>%1 Hosts: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: provisioned as %2 on %3 (%4 s)</source>
        <translation>%1: provisioniert als %2 auf %3 (%4 s)</translation>
    </message>
    <message>
        <source>its hub</source>
        <translation>seinem Hub</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>   %</source>
        <translation>   %</translation>
    </message>
    <message>
        <source>ELAPSED</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>LAST LINE</source>
        <translation>LETZTE ZEILE</translation>
    </message>
    <message>
        <source> — in an earlier run; --retry-failed runs it again</source>
        <translation> — in einem früheren Lauf; --retry-failed führt ihn erneut aus</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>The plan file with the settings every host shares (required).</source>
        <translation>Die Plandatei mit den Einstellungen, die alle Hosts teilen (erforderlich).</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>How many hosts run at a time, 1 to 64 (default 8).</source>
        <translation>Wie viele Hosts gleichzeitig laufen, 1 bis 64 (Standard 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Run the hosts that failed in an earlier run again (they are left alone otherwise).</source>
        <translation>Hosts, die in einem früheren Lauf fehlschlugen, erneut ausführen (sonst bleiben sie unberührt).</translation>
    </message>
    <message>
        <source>Write each host&apos;s outcome to FILE (.csv or .json; may be given twice).</source>
        <translation>Das Ergebnis jedes Hosts in DATEI schreiben (.csv oder .json; darf zweimal angegeben werden).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Demo targets: the pace of the simulation (1 = real time, 0 = instant).</source>
        <translation>Demo-Ziele: das Tempo der Simulation (1 = Echtzeit, 0 = sofort).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>The enrollment group&apos;s key from the system keychain (keychain:NAME).</source>
        <translation>Der Schlüssel der Registrierungsgruppe aus dem Schlüsselbund des Systems (keychain:NAME).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Read the enrollment group&apos;s key from standard input.</source>
        <translation>Den Schlüssel der Registrierungsgruppe von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Verify: the DPS service connection string from the keychain (keychain:NAME). Demo hosts use the demo DPS.</source>
        <translation>Prüfen: die DPS-Dienstverbindungszeichenfolge aus dem Schlüsselbund (keychain:NAME). Demo-Hosts verwenden den Demo-DPS.</translation>
    </message>
    <message>
        <source>Verify: read the DPS service connection string from FILE.</source>
        <translation>Prüfen: die DPS-Dienstverbindungszeichenfolge aus DATEI lesen.</translation>
    </message>
    <message>
        <source>Verify: also trust the CA certificates in this PEM file.</source>
        <translation>Prüfen: zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Plain lines even on a terminal (no live table).</source>
        <translation>Einfache Zeilen auch in einem Terminal (keine Live-Tabelle).</translation>
    </message>
    <message>
        <source>Deploys EFLOW on every host of FLEET_FILE and provisions it through the enrollment group: probe, deploy, provision and verify, N hosts at a time. Each host&apos;s key is derived from the group key in memory and never written anywhere. Every host&apos;s work is journalled: after an interruption (Ctrl+C, a crash, a restart) the same command continues each host where it stopped and does nothing twice.

The group key: --group-key keychain:NAME or --group-key-stdin; a row&apos;s secret_ref column names another group&apos;s key. Demo targets without a key use the demo DPS&apos;s enrollment group.

Exit codes: 0 every host is provisioned; 1 some host is not (see the summary and --results); 2 the command line is wrong; 3 a file&apos;s content or a key is malformed; 4 a file cannot be read or written; 6 cancelled (run again to continue).</source>
        <translation>Stellt EFLOW auf jedem Host der FLOTTENDATEI bereit und provisioniert ihn über die Registrierungsgruppe: prüfen, bereitstellen, provisionieren und verifizieren, N Hosts gleichzeitig. Der Schlüssel jedes Hosts wird im Speicher aus dem Gruppenschlüssel abgeleitet und nirgends geschrieben. Die Arbeit jedes Hosts wird im Journal festgehalten: Nach einer Unterbrechung (Strg+C, ein Absturz, ein Neustart) setzt derselbe Befehl jeden Host dort fort, wo er stehen blieb, und tut nichts zweimal.

Der Gruppenschlüssel: --group-key keychain:NAME oder --group-key-stdin; die Spalte secret_ref einer Zeile nennt den Schlüssel einer anderen Gruppe. Demo-Ziele ohne Schlüssel verwenden die Registrierungsgruppe des Demo-DPS.

Exit-Codes: 0 jeder Host ist provisioniert; 1 ein Host ist es nicht (siehe Zusammenfassung und --results); 2 die Befehlszeile ist falsch; 3 der Inhalt einer Datei oder ein Schlüssel ist fehlerhaft; 4 eine Datei kann nicht gelesen oder geschrieben werden; 6 abgebrochen (erneut ausführen, um fortzusetzen).</translation>
    </message>
    <message>
        <source>fleet run: give one FLEET_FILE and --plan PLAN (see fleet run --help)</source>
        <translation>fleet run: geben Sie eine FLOTTENDATEI und --plan PLAN an (siehe fleet run --help)</translation>
    </message>
    <message>
        <source>fleet run: %1: a fleet provisions through a DPS enrollment group with symmetric keys; the plan&apos;s provisioning type is &quot;%2&quot;</source>
        <translation>fleet run: %1: eine Flotte wird über eine DPS-Registrierungsgruppe mit symmetrischen Schlüsseln bereitgestellt; der Bereitstellungstyp des Plans ist &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>fleet run: %1: %2</source>
        <translation>fleet run: %1: %2</translation>
    </message>
    <message>
        <source>fleet run: give the group key once: --group-key or --group-key-stdin</source>
        <translation>fleet run: geben Sie den Gruppenschlüssel nur einmal an: --group-key oder --group-key-stdin</translation>
    </message>
    <message>
        <source>Enrollment group key (input hidden): </source>
        <translation>Schlüssel der Registrierungsgruppe (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>no key on standard input</source>
        <translation>kein Schlüssel auf der Standardeingabe</translation>
    </message>
    <message>
        <source>fleet run: the fleet has hosts that are not demo hosts: give the enrollment group&apos;s key with --group-key keychain:NAME or --group-key-stdin</source>
        <translation>fleet run: die Flotte hat Hosts, die keine Demo-Hosts sind: geben Sie den Schlüssel der Registrierungsgruppe mit --group-key keychain:NAME oder --group-key-stdin an</translation>
    </message>
    <message>
        <source>fleet run: --concurrency takes a number from 1 to 64</source>
        <translation>fleet run: --concurrency nimmt eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>fleet run: --speed takes a number from 0 to 1000</source>
        <translation>fleet run: --speed nimmt eine Zahl von 0 bis 1000</translation>
    </message>
    <message>
        <source>fleet run: --results %1: the file must end in .csv or .json</source>
        <translation>fleet run: --results %1: die Datei muss auf .csv oder .json enden</translation>
    </message>
    <message>
        <source>warning: %1 (a rerun may repeat some hosts&apos; work)</source>
        <translation>Warnung: %1 (ein erneuter Lauf könnte Arbeit mancher Hosts wiederholen)</translation>
    </message>
    <message>
        <source>Fleet: %1 hosts; progress kept in %2</source>
        <translation>Flotte: %1 Hosts; Fortschritt in %2</translation>
    </message>
    <message>
        <source>Stopping: the running hosts end their current step cleanly…</source>
        <translation>Wird angehalten: die laufenden Hosts beenden ihren aktuellen Schritt sauber …</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Ergebnisse: %1</translation>
    </message>
    <message>
        <source>Cancelled: run the same command again to continue.</source>
        <translation>Abgebrochen: führen Sie denselben Befehl erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>The fleet file (CSV or JSON).</source>
        <translation>Die Flottendatei (CSV oder JSON).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number of hosts and their outcome, e.g. 7 running</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two counts of hosts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Keep the fleet&apos;s progress in FILE (default: a file beside the resume journal whose name is a hash of the fleet file&apos;s full path, so the same fleet file in the same place continues its run and a moved or renamed one starts over).</source>
        <translation>Den Fortschritt der Flotte in DATEI führen (Standard: eine Datei neben dem Wiederaufnahme-Journal, deren Name ein Hash des vollständigen Pfads der Flottendatei ist; dieselbe Flottendatei am selben Ort setzt ihren Lauf fort, eine verschobene oder umbenannte beginnt von vorn).</translation>
    </message>
</context>
<context>
    <name>FleetExportCommand</name>
    <message>
        <source>Write the Ansible inventory, playbook and scripts into DIR (new or empty).</source>
        <translation>Das Ansible-Inventar, das Playbook und die Skripte in ORDNER schreiben (neu oder leer).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>The deployment plan every host starts from.</source>
        <translation>Der Bereitstellungsplan, von dem jeder Host ausgeht.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>Write over an earlier export in DIR: its scripts folder is replaced; the vault and your own files are kept.</source>
        <translation>Einen früheren Export in ORDNER überschreiben: sein Ordner scripts wird ersetzt; der Vault und Ihre eigenen Dateien bleiben.</translation>
    </message>
    <message>
        <source>Writes an Ansible inventory and playbook that deploy EFLOW on every ssh:// host of FLEET_FILE and provision it through the DPS enrollment group, with the same PowerShell that fleet run sends (ansible.windows.win_powershell over OpenSSH or WinRM). No key is written: the group key goes into the controller&apos;s Ansible vault, and each host&apos;s key is derived on the controller when the playbook runs. Demo hosts are left out (Ansible cannot reach them). DIR/README.md says how to run it.

Exit codes: 0 written; 2 the command line is wrong; 3 the fleet file or the plan is malformed, or the plan does not fit a host; 4 a file cannot be read, or DIR cannot be written (or is not empty).</source>
        <translation>Schreibt ein Ansible-Inventar und -Playbook, die EFLOW auf jedem ssh://-Host der FLOTTENDATEI bereitstellen und ihn über die DPS-Registrierungsgruppe provisionieren, mit demselben PowerShell, das fleet run sendet (ansible.windows.win_powershell über OpenSSH oder WinRM). Kein Schlüssel wird geschrieben: Der Gruppenschlüssel kommt in den Ansible-Vault des Controllers, und der Schlüssel jedes Hosts wird beim Lauf des Playbooks auf dem Controller abgeleitet. Demo-Hosts werden ausgelassen (Ansible erreicht sie nicht). ORDNER/README.md erklärt, wie es ausgeführt wird.

Exit-Codes: 0 geschrieben; 2 die Befehlszeile ist falsch; 3 die Flottendatei oder der Plan ist fehlerhaft, oder der Plan passt nicht zu einem Host; 4 eine Datei kann nicht gelesen oder ORDNER nicht geschrieben werden (oder ist nicht leer).</translation>
    </message>
    <message>
        <source>fleet export: %1 is a file, not a folder</source>
        <translation>fleet export: %1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>fleet export: %1 is not empty; give a new or empty folder, or --force to write over an earlier export there</source>
        <translation>fleet export: %1 ist nicht leer; geben Sie einen neuen oder leeren Ordner an, oder --force, um einen früheren Export dort zu überschreiben</translation>
    </message>
    <message>
        <source>fleet export: %1 is not empty and holds no earlier export of eflow-wizard (playbook.yml); --force only writes over one</source>
        <translation>fleet export: %1 ist nicht leer und enthält keinen früheren Export von eflow-wizard (playbook.yml); --force überschreibt nur einen solchen</translation>
    </message>
    <message>
        <source>fleet export: cannot remove the earlier export&apos;s %1</source>
        <translation>fleet export: %1 des früheren Exports kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>fleet export: cannot create the folder %1</source>
        <translation>fleet export: der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>fleet export: cannot write %1: %2</source>
        <translation>fleet export: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 files for %2 hosts into %3.</source>
        <translation>%1 Dateien für %2 Hosts in %3 geschrieben.</translation>
    </message>
    <message>
        <source>Left out line %1 (%2): %3.</source>
        <translation>Zeile %1 (%2) ausgelassen: %3.</translation>
    </message>
    <message>
        <source>Next: put the enrollment group&apos;s key into the vault (ansible-vault create %1), then run ansible-playbook -i %2 %3 --ask-vault-pass. %4 says more.</source>
        <translation>Als Nächstes: legen Sie den Schlüssel der Registrierungsgruppe in den Vault (ansible-vault create %1) und führen Sie dann ansible-playbook -i %2 %3 --ask-vault-pass aus. %4 sagt mehr.</translation>
    </message>
    <message>
        <source>The fleet file (CSV or JSON).</source>
        <translation>Die Flottendatei (CSV oder JSON).</translation>
    </message>
    <message>
        <source>fleet export: give --ansible DIR, one FLEET_FILE and --plan PLAN (see fleet export --help)</source>
        <translation>fleet export: geben Sie --ansible ORDNER, eine FLOTTENDATEI und --plan PLAN an (siehe fleet export --help)</translation>
    </message>
    <message>
        <source>fleet export: %1</source>
        <translation>fleet export: %1</translation>
    </message>
</context>
<context>
    <name>FleetFile</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address such as 192.168.0.10</source>
        <translation>„%1“ ist keine IPv4-Adresse wie 192.168.0.10</translation>
    </message>
    <message>
        <source>%1 is not a pattern this file knows; use {hostname} or {row}</source>
        <translation>%1 ist kein Muster, das diese Datei kennt; verwenden Sie {hostname} oder {row}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ssh://USER@HOST[:PORT] or demo:SCENARIO/NAME</source>
        <translation>„%1“ ist weder ssh://BENUTZER@HOST[:PORT] noch demo:SZENARIO/NAME</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of megabytes</source>
        <translation>„%1“ ist keine ganze Zahl von Megabytes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefix length from 1 to 32</source>
        <translation>„%1“ ist keine Präfixlänge von 1 bis 32</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>the fleet file lists no host</source>
        <translation>die Flottendatei nennt keinen Host</translation>
    </message>
    <message>
        <source>more than %1 hosts</source>
        <translation>mehr als %1 Hosts</translation>
    </message>
    <message>
        <source>every host needs a target</source>
        <translation>jeder Host braucht ein Ziel</translation>
    </message>
    <message>
        <source>every host needs a registration ID</source>
        <translation>jeder Host braucht eine Registrierungs-ID</translation>
    </message>
    <message>
        <source>%1 is listed on line %2 already</source>
        <translation>%1 steht bereits in Zeile %2</translation>
    </message>
    <message>
        <source>%1 is used on line %2 already (DPS compares registration IDs without case)</source>
        <translation>%1 wird bereits in Zeile %2 verwendet (DPS vergleicht Registrierungs-IDs ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>looks like a key; a fleet file never holds keys (give the group key by reference)</source>
        <translation>sieht wie ein Schlüssel aus; eine Flottendatei enthält nie Schlüssel (geben Sie den Gruppenschlüssel per Verweis an)</translation>
    </message>
    <message>
        <source>a quoted cell is never closed</source>
        <translation>eine Zelle in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>%1: empty; a fleet file starts with the line target,registration_id</source>
        <translation>%1: leer; eine Flottendatei beginnt mit der Zeile target,registration_id</translation>
    </message>
    <message>
        <source>%1:%2: column &quot;%3&quot; is %4; the columns are %5</source>
        <translation>%1:%2: Die Spalte „%3“ ist %4; die Spalten sind %5</translation>
    </message>
    <message>
        <source>given twice</source>
        <translation>doppelt angegeben</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1:%2: %3 cells, but the header has %4</source>
        <translation>%1:%2: %3 Zellen, aber die Kopfzeile hat %4</translation>
    </message>
    <message>
        <source>expected a list of addresses (strings)</source>
        <translation>erwartet wird eine Liste von Adressen (Zeichenketten)</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>erwartet wird eine Zeichenkette</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; a fleet file holds &quot;hosts&quot;</source>
        <translation>unbekanntes Element „%1“; eine Flottendatei enthält „hosts“</translation>
    </message>
    <message>
        <source>hosts: expected a list of hosts</source>
        <translation>hosts: erwartet wird eine Liste von Hosts</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>%1.%2: unknown; the members are %3</source>
        <translation>%1.%2: unbekannt; die Elemente sind %3</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
    <message>
        <source>The fleet file %1 cannot be read: %2</source>
        <translation>Die Flottendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>The fleet file %1 is larger than %2 MiB.</source>
        <translation>Die Flottendatei %1 ist größer als %2 MiB.</translation>
    </message>
</context>
<context>
    <name>FleetRun</name>
    <message>
        <source>Connect to the host</source>
        <translation>Mit dem Host verbinden</translation>
    </message>
    <message>
        <source>Check that the host is reachable and the target is right.</source>
        <translation>Prüfen Sie, ob der Host erreichbar und das Ziel richtig ist.</translation>
    </message>
    <message>
        <source>The resume journal cannot be written (%1): this host cannot resume.</source>
        <translation>Das Wiederaufnahme-Journal kann nicht geschrieben werden (%1): dieser Host kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Correct the target in the fleet file.</source>
        <translation>Korrigieren Sie das Ziel in der Flottendatei.</translation>
    </message>
    <message>
        <source>The resume journal %1 cannot be read (%2).</source>
        <translation>Das Wiederaufnahme-Journal %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Make it readable, or move it away to start this host over.</source>
        <translation>Machen Sie es lesbar, oder verschieben Sie es, um diesen Host neu zu beginnen.</translation>
    </message>
    <message>
        <source>Correct the plan or this host&apos;s row in the fleet file.</source>
        <translation>Korrigieren Sie den Plan oder die Zeile dieses Hosts in der Flottendatei.</translation>
    </message>
    <message>
        <source>The interrupted %1 cannot be resumed: %2</source>
        <translation>Der unterbrochene Vorgang %1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>Resuming the interrupted %1.</source>
        <translation>Der unterbrochene Vorgang %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Abandon it with eflow-wizard host deploy --fresh.</source>
        <translation>Verwerfen Sie ihn mit eflow-wizard host deploy --fresh.</translation>
    </message>
    <message>
        <source>Abandon it with eflow-wizard host provision --fresh.</source>
        <translation>Verwerfen Sie ihn mit eflow-wizard host provision --fresh.</translation>
    </message>
    <message>
        <source>Give the enrollment group&apos;s key with --group-key.</source>
        <translation>Geben Sie den Schlüssel der Registrierungsgruppe mit --group-key an.</translation>
    </message>
    <message>
        <source>the derived key was already used</source>
        <translation>der abgeleitete Schlüssel wurde bereits verwendet</translation>
    </message>
    <message>
        <source>The device was provisioned, but edgeAgent is not running.</source>
        <translation>Das Gerät wurde provisioniert, aber edgeAgent läuft nicht.</translation>
    </message>
    <message>
        <source>Look at the host&apos;s overview and the runtime&apos;s log; run the fleet with --retry-failed after fixing it.</source>
        <translation>Sehen Sie sich die Übersicht des Hosts und das Protokoll der Runtime an; führen Sie die Flotte nach der Behebung mit --retry-failed aus.</translation>
    </message>
    <message>
        <source>No enrollment group key was given for %1.</source>
        <translation>Für %1 wurde kein Schlüssel einer Registrierungsgruppe angegeben.</translation>
    </message>
    <message>
        <source>The enrollment group key is not valid base64.</source>
        <translation>Der Schlüssel der Registrierungsgruppe ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>Stopped during &quot;%1&quot;.</source>
        <translation>Angehalten bei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Run the fleet again: this host continues from there.</source>
        <translation>Führen Sie die Flotte erneut aus: dieser Host macht dort weiter.</translation>
    </message>
    <message>
        <source>Restart the host, then run the fleet again: it continues from there.</source>
        <translation>Starten Sie den Host neu und führen Sie die Flotte dann erneut aus: sie macht dort weiter.</translation>
    </message>
    <message>
        <source>Leave this host out, or change it or the plan so that it can run EFLOW.</source>
        <translation>Lassen Sie diesen Host aus, oder ändern Sie ihn oder den Plan, damit er EFLOW ausführen kann.</translation>
    </message>
    <message>
        <source>Fix the cause, then run the fleet again with --retry-failed.</source>
        <translation>Beheben Sie die Ursache und führen Sie die Flotte dann mit --retry-failed erneut aus.</translation>
    </message>
    <message>
        <source>Verify with DPS</source>
        <translation>Mit DPS prüfen</translation>
    </message>
    <message>
        <source>Stopped while verifying with DPS.</source>
        <translation>Beim Prüfen mit DPS angehalten.</translation>
    </message>
    <message>
        <source>Run the fleet again: this host is only verified again.</source>
        <translation>Führen Sie die Flotte erneut aus: dieser Host wird nur erneut geprüft.</translation>
    </message>
    <message>
        <source>Check the enrollment group and this registration ID in the Azure portal.</source>
        <translation>Prüfen Sie die Registrierungsgruppe und diese Registrierungs-ID im Azure-Portal.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation>provisioniert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>restart needed</source>
        <translation>Neustart nötig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation>%1: länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>duration_s: expected a number of seconds.</source>
        <translation>duration_s: eine Anzahl Sekunden erwartet.</translation>
    </message>
    <message>
        <source>target: missing.</source>
        <translation>target: fehlt.</translation>
    </message>
    <message>
        <source>outcome: &quot;%1&quot; is not a fleet outcome.</source>
        <translation>outcome: &quot;%1&quot; ist kein Flottenergebnis.</translation>
    </message>
    <message>
        <source>phase: &quot;%1&quot; is not a phase.</source>
        <translation>phase: &quot;%1&quot; ist keine Phase.</translation>
    </message>
    <message>
        <source>finished_at: &quot;%1&quot; is not a date and time.</source>
        <translation>finished_at: &quot;%1&quot; ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>%1: unknown member.</source>
        <translation>%1: unbekanntes Element.</translation>
    </message>
    <message>
        <source>The fleet&apos;s state file %1 %2; move it away to start the fleet over.</source>
        <translation>Die Zustandsdatei der Flotte %1 %2; verschieben Sie sie, um die Flotte neu zu beginnen.</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>is damaged (version: expected 1)</source>
        <translation>ist beschädigt (version: 1 erwartet)</translation>
    </message>
    <message>
        <source>is damaged (hosts: expected a list)</source>
        <translation>ist beschädigt (hosts: Liste erwartet)</translation>
    </message>
    <message>
        <source>is damaged (hosts[%1]: %2)</source>
        <translation>ist beschädigt (hosts[%1]: %2)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>Cannot write the fleet&apos;s state file %1: %2</source>
        <translation>Die Zustandsdatei der Flotte %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The results file %1 must end in .csv or .json.</source>
        <translation>Die Ergebnisdatei %1 muss auf .csv oder .json enden.</translation>
    </message>
    <message>
        <source>Cannot write the results file %1: %2</source>
        <translation>Die Ergebnisdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The fleet is running already.</source>
        <translation>Die Flotte läuft bereits.</translation>
    </message>
    <message>
        <source>Another fleet run (process %1) is working on this fleet; wait for it, or stop it.</source>
        <translation>Ein anderer Flottenlauf (Prozess %1) arbeitet an dieser Flotte; warten Sie auf ihn, oder halten Sie ihn an.</translation>
    </message>
    <message>
        <source>Cannot lock the fleet&apos;s state file %1.</source>
        <translation>Die Zustandsdatei der Flotte %1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Left as an earlier run ended.</source>
        <translation>So belassen, wie ein früherer Lauf endete.</translation>
    </message>
    <message>
        <source>IoT Edge runs already: the earlier provisioning ended; it is not repeated.</source>
        <translation>IoT Edge läuft bereits: die frühere Provisionierung wurde beendet; sie wird nicht wiederholt.</translation>
    </message>
</context>
<context>
    <name>HostBackend</name>
    <message>
        <source>Reading the module&apos;s logs</source>
        <translation>Lesen der Modulprotokolle</translation>
    </message>
    <message>
        <source>This host cannot read the logs of module %1.</source>
        <translation>Dieser Host kann die Protokolle des Moduls %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Copying the file</source>
        <translation>Kopieren der Datei</translation>
    </message>
    <message>
        <source>This host cannot copy %1 to this computer.</source>
        <translation>Dieser Host kann %1 nicht auf diesen Computer kopieren.</translation>
    </message>
    <message>
        <source>Configuring the IoT Edge proxy</source>
        <translation>IoT Edge-Proxy wird konfiguriert</translation>
    </message>
    <message>
        <source>This host cannot set the IoT Edge proxy %1.</source>
        <translation>Dieser Host kann den IoT Edge-Proxy %1 nicht festlegen.</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>%1 %2 …</source>
        <translation>%1 %2 …</translation>
    </message>
    <message>
        <source>%1 %2: done (%3 s)</source>
        <translation>%1 %2: erledigt (%3 s)</translation>
    </message>
    <message>
        <source>%1 %2: not needed, skipped</source>
        <translation>%1 %2: nicht erforderlich, übersprungen</translation>
    </message>
    <message>
        <source>%1 %2: FAILED</source>
        <translation>%1 %2: FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>%1 %2: cancelled</source>
        <translation>%1 %2: abgebrochen</translation>
    </message>
    <message>
        <source>cancelled during &quot;%1&quot;; run the same command again to continue from there</source>
        <translation>Abgebrochen während „%1“; führen Sie denselben Befehl erneut aus, um an dieser Stelle fortzufahren</translation>
    </message>
    <message>
        <source>The IoT Edge runtime&apos;s log ends with:</source>
        <translation>Das Protokoll der IoT Edge-Runtime endet mit:</translation>
    </message>
    <message>
        <source>Device connection string (input hidden): </source>
        <translation>Geräte-Verbindungszeichenfolge (Eingabe wird nicht angezeigt): </translation>
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
        <source>the demo has no key for registration ID &quot;%1&quot;</source>
        <translation>Die Demo hat keinen Schlüssel für die Registrierungs-ID „%1“</translation>
    </message>
    <message>
        <source>OpenSSL could not derive the device key</source>
        <translation>OpenSSL konnte den Geräteschlüssel nicht ableiten</translation>
    </message>
    <message>
        <source>probe, deploy, provision or status</source>
        <translation>probe, deploy, provision oder status</translation>
    </message>
    <message>
        <source>Use the simulated host (--demo=SCENARIO; --list-scenarios).</source>
        <translation>Verwendet den simulierten Host (--demo=SZENARIO; --list-scenarios).</translation>
    </message>
    <message>
        <source>List the demo scenarios.</source>
        <translation>Listet die Demoszenarien auf.</translation>
    </message>
    <message>
        <source>A remote Windows host through OpenSSH: ssh://USER@HOST[:PORT].</source>
        <translation>Ein Windows-Remotehost über OpenSSH: ssh://BENUTZER@HOST[:PORT].</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The deployment plan (JSON, no secrets).</source>
        <translation>Der Bereitstellungsplan (JSON, ohne Geheimnisse).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>EFLOW release line: 1.1, 1.4 or 1.5.</source>
        <translation>EFLOW-Versionslinie: 1.1, 1.4 oder 1.5.</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Accept the EFLOW licence terms (Deploy-Eflow -acceptEula Yes).</source>
        <translation>Akzeptiert die EFLOW-Lizenzbedingungen (Deploy-Eflow -acceptEula Yes).</translation>
    </message>
    <message>
        <source>Demo pace: 1 = like a real deploy, 10 = ten times faster, 0 = instant.</source>
        <translation>Demotempo: 1 = wie eine echte Bereitstellung, 10 = zehnmal schneller, 0 = sofort.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>DpsSymmetricKey (default), ManualConnectionString, ManualX509, DpsX509 or DpsTPM.</source>
        <translation>DpsSymmetricKey (Standard), ManualConnectionString, ManualX509, DpsX509 oder DpsTPM.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>DPS ID scope.</source>
        <translation>ID-Bereich des DPS.</translation>
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
        <source>DPS global endpoint.</source>
        <translation>Globaler DPS-Endpunkt.</translation>
    </message>
    <message>
        <source>The key is an enrollment group&apos;s key: the device key is derived here.</source>
        <translation>Der Schlüssel ist der Schlüssel einer Registrierungsgruppe: Der Geräteschlüssel wird hier daraus abgeleitet.</translation>
    </message>
    <message>
        <source>Read the key (or the device connection string) from the first line of FILE.</source>
        <translation>Liest den Schlüssel (oder die Geräte-Verbindungszeichenfolge) aus der ersten Zeile von DATEI.</translation>
    </message>
    <message>
        <source>Read the key from standard input.</source>
        <translation>Liest den Schlüssel aus der Standardeingabe.</translation>
    </message>
    <message>
        <source>Do not resume an interrupted job: abandon it and start over.</source>
        <translation>Setzt einen unterbrochenen Auftrag nicht fort, sondern verwirft ihn und beginnt von vorn.</translation>
    </message>
    <message>
        <source>Print the result as JSON (probe, status).</source>
        <translation>Gibt das Ergebnis als JSON aus (probe, status).</translation>
    </message>
    <message>
        <source>Do not print the host&apos;s console lines.</source>
        <translation>Gibt die Konsolenzeilen des Hosts nicht aus.</translation>
    </message>
    <message>
        <source>host: %1 (see host --help)</source>
        <translation>host: %1 (siehe host --help)</translation>
    </message>
    <message>
        <source>host: say what to do: probe, deploy, provision or status (see host --help)</source>
        <translation>host: Geben Sie an, was zu tun ist: probe, deploy, provision oder status (siehe host --help)</translation>
    </message>
    <message>
        <source>host: --demo and --target exclude each other</source>
        <translation>host: --demo und --target schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>host: --speed takes a number from 0 to 1000, not &quot;%1&quot;</source>
        <translation>host: --speed erwartet eine Zahl von 0 bis 1000, nicht „%1“</translation>
    </message>
    <message>
        <source>host: --release takes 1.1, 1.4 or 1.5, not &quot;%1&quot;</source>
        <translation>host: --release erwartet 1.1, 1.4 oder 1.5, nicht „%1“</translation>
    </message>
    <message>
        <source>host: no demo scenario &quot;%1&quot; (see host --list-scenarios)</source>
        <translation>host: Kein Demoszenario „%1“ (siehe host --list-scenarios)</translation>
    </message>
    <message>
        <source>host: this computer has no Windows PowerShell; use --demo=SCENARIO or --target ssh://USER@HOST</source>
        <translation>host: Dieser Computer hat kein Windows PowerShell; verwenden Sie --demo=SZENARIO oder --target ssh://BENUTZER@HOST</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>host: unknown provisioning type &quot;%1&quot;</source>
        <translation>host: Unbekannte Provisionierungsart „%1“</translation>
    </message>
    <message>
        <source>IoT Edge is not healthy: %1</source>
        <translation>IoT Edge ist nicht fehlerfrei: %1</translation>
    </message>
    <message>
        <source>The interrupted %1 from %2 is abandoned; starting over.</source>
        <translation>Der unterbrochene Vorgang „%1“ vom %2 wird verworfen; es wird von vorn begonnen.</translation>
    </message>
    <message>
        <source>the interrupted %1 cannot be resumed (%2); run again with --fresh</source>
        <translation>Der unterbrochene Vorgang „%1“ kann nicht fortgesetzt werden (%2); führen Sie den Befehl erneut mit --fresh aus</translation>
    </message>
    <message>
        <source>the key was already used</source>
        <translation>Der Schlüssel wurde bereits verwendet</translation>
    </message>
    <message>
        <source>Resuming the %1 interrupted on %2; already done: %3.</source>
        <translation>Der am %2 unterbrochene Vorgang „%1“ wird fortgesetzt; bereits erledigt: %3.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The EFLOW virtual machine %1 already existed; nothing was deployed twice.</source>
        <translation>Die virtuelle EFLOW-Maschine %1 war bereits vorhanden; es wurde nichts doppelt bereitgestellt.</translation>
    </message>
    <message>
        <source>Deployed: virtual machine %1, IP address %2.</source>
        <translation>Bereitgestellt: virtuelle Maschine %1, IP-Adresse %2.</translation>
    </message>
    <message>
        <source>Provisioned.</source>
        <translation>Provisioniert.</translation>
    </message>
    <message>
        <source>What the log says:</source>
        <translation>Was das Protokoll besagt:</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>Note: the interrupted job continues with the settings it started with; run with --fresh to use the ones given now.</source>
        <translation>Hinweis: Der unterbrochene Auftrag wird mit den Einstellungen fortgesetzt, mit denen er begonnen wurde; führen Sie den Befehl mit --fresh aus, um die jetzt angegebenen zu verwenden.</translation>
    </message>
    <message>
        <source>Interrupted: stopping the current step …</source>
        <translation>Unterbrochen: Der aktuelle Schritt wird beendet …</translation>
    </message>
    <message>
        <source>host: --target: %1</source>
        <translation>host: --target: %1</translation>
    </message>
    <message>
        <source>Use the key remembered in the system keychain under keychain:NAME (see the secret command).</source>
        <translation>Den im Systemschlüsselbund unter keychain:NAME gespeicherten Schlüssel verwenden (siehe den Befehl secret).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>host: give the key one way only: --key-file, --key-stdin or --secret-ref</source>
        <translation>host: Geben Sie den Schlüssel nur auf einem Weg an: --key-file, --key-stdin oder --secret-ref</translation>
    </message>
    <message>
        <source>no key given: use --key-file FILE, --key-stdin or --secret-ref keychain:NAME</source>
        <translation>kein Schlüssel angegeben: Verwenden Sie --key-file DATEI, --key-stdin oder --secret-ref keychain:NAME</translation>
    </message>
    <message>
        <source>The host key was not trusted. Ask the host&apos;s administrator to read its fingerprint on the host (ssh-keygen -lf %1). Only if it is the same, trust the key and run the command again:</source>
        <translation>Dem Hostschlüssel wurde nicht vertraut. Bitten Sie den Administrator des Hosts, den Fingerabdruck auf dem Host zu lesen (ssh-keygen -lf %1). Nur wenn er übereinstimmt, vertrauen Sie dem Schlüssel und führen den Befehl erneut aus:</translation>
    </message>
    <message>
        <source>host: --fingerprint takes the SHA256:… fingerprint ssh shows, not &quot;%1&quot;</source>
        <translation>host: --fingerprint erwartet den SHA256:…-Fingerabdruck, den ssh zeigt, nicht „%1“</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is trusted; the wizard keeps it in %3.</source>
        <translation>Dem Hostschlüssel von %1 (%2) wird vertraut; der Assistent bewahrt ihn in %3 auf.</translation>
    </message>
    <message>
        <source>Runs the wizard&apos;s host jobs without the wizard.
  probe      checks the target device against EFLOW&apos;s requirements
  deploy     enables Hyper-V if needed, creates the switch, installs EFLOW, runs Deploy-Eflow
  provision  runs Provision-EflowVm and waits for the IoT Edge runtime
  status     shows the module list and the service status, as the overview does
  trust      trusts a remote host&apos;s key (--target, --fingerprint) after comparing it
An interrupted deploy or provision continues where it stopped when the same command runs
again (--fresh starts over). Keys come from --key-file or standard input, never the command
line. Exit codes: 0 done (status: healthy), 1 failed (status: not healthy), 2 wrong usage,
3 invalid plan, key or ID, 4 a file is missing, 5 the target cannot run EFLOW as planned,
6 cancelled or timed out (resumable), 7 Windows must restart first (then run again).</source>
        <translation>Führt die Host-Aufträge des Assistenten ohne den Assistenten aus.
  probe      prüft das Zielgerät gegen die Anforderungen von EFLOW
  deploy     aktiviert bei Bedarf Hyper-V, erstellt den Switch, installiert EFLOW, führt Deploy-Eflow aus
  provision  führt Provision-EflowVm aus und wartet auf die IoT Edge-Laufzeit
  status     zeigt die Modulliste und den Dienststatus wie die Übersicht
  trust      vertraut dem Schlüssel eines entfernten Hosts (--target, --fingerprint) nach dem Vergleich
Eine unterbrochene Bereitstellung oder Provisionierung wird dort fortgesetzt, wo sie stehen blieb,
wenn derselbe Befehl erneut läuft (--fresh beginnt von vorn). Schlüssel kommen aus --key-file oder
der Standardeingabe, nie von der Befehlszeile. Exit-Codes: 0 erledigt (status: gesund),
1 fehlgeschlagen (status: nicht gesund), 2 falscher Aufruf, 3 ungültiger Plan, Schlüssel oder ID,
4 eine Datei fehlt, 5 das Ziel kann EFLOW nicht wie geplant ausführen, 6 abgebrochen oder
Zeitüberschreitung (fortsetzbar), 7 Windows muss zuerst neu starten (dann erneut ausführen).</translation>
    </message>
    <message>
        <source>The private key ssh logs in with (ssh -i FILE).</source>
        <translation>Der private Schlüssel, mit dem sich ssh anmeldet (ssh -i DATEI).</translation>
    </message>
    <message>
        <source>trust: the host key&apos;s fingerprint as the host&apos;s administrator read it (SHA256:…).</source>
        <translation>trust: der Fingerabdruck des Hostschlüssels, wie ihn der Administrator des Hosts gelesen hat (SHA256:…).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>host: unknown action &quot;%1&quot;; use probe, deploy, provision, status or trust</source>
        <translation>host: unbekannte Aktion „%1“; verwenden Sie probe, deploy, provision, status oder trust</translation>
    </message>
    <message>
        <source>host: trust needs --target ssh://USER@HOST[:PORT] and --fingerprint SHA256:…</source>
        <translation>host: trust braucht --target ssh://BENUTZER@HOST[:PORT] und --fingerprint SHA256:…</translation>
    </message>
    <message>
        <source>host: --identity goes with --target</source>
        <translation>host: --identity gehört zu --target</translation>
    </message>
    <message>
        <source>the resume journal %1 is damaged (%2); it is moved aside to %3, and its job starts over.</source>
        <translation>das Fortsetzungsprotokoll %1 ist beschädigt (%2); es wird nach %3 verschoben, und sein Auftrag beginnt von vorn.</translation>
    </message>
    <message>
        <source>the resume journal %1 cannot be read (%2); make it readable, or move it away to start over.</source>
        <translation>das Fortsetzungsprotokoll %1 kann nicht gelesen werden (%2); machen Sie es lesbar, oder verschieben Sie es, um von vorn zu beginnen.</translation>
    </message>
    <message>
        <source>Deployed: virtual machine %1.</source>
        <translation>Bereitgestellt: virtuelle Maschine %1.</translation>
    </message>
    <message>
        <source>Deployed.</source>
        <translation>Bereitgestellt.</translation>
    </message>
    <message>
        <source>warning: the resume journal cannot be written (%1); if this job is interrupted, it cannot continue where it stopped.</source>
        <translation>Warnung: das Fortsetzungsprotokoll kann nicht geschrieben werden (%1); wird dieser Auftrag unterbrochen, kann er nicht dort weitermachen, wo er aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>HostFacts</name>
    <message>
        <source>The host facts are not valid JSON: %1 at offset %2.</source>
        <extracomment>%1 the parser&apos;s reason, %2 the byte offset</extracomment>
        <translation>Die Hostinformationen sind kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>The host facts are not a JSON object.</source>
        <translation>Die Hostinformationen sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>enabled, restart pending</source>
        <translation>aktiviert, Neustart ausstehend</translation>
    </message>
    <message>
        <source>not available in this edition</source>
        <translation>in dieser Edition nicht verfügbar</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a release line such as 1.4.</source>
        <extracomment>%1 key path, %2 the value found</extracomment>
        <translation>%1: „%2“ ist keine Release-Linie wie 1.4.</translation>
    </message>
</context>
<context>
    <name>HostJobRunner</name>
    <message>
        <source>Another target device was opened.</source>
        <translation>Ein anderes Zielgerät wurde geöffnet.</translation>
    </message>
    <message>
        <source>No target device was chosen.</source>
        <translation>Es wurde kein Zielgerät gewählt.</translation>
    </message>
    <message>
        <source>The interrupted %1 was made by another version and cannot be resumed; start it over.</source>
        <translation>Der unterbrochene Vorgang %1 stammt von einer anderen Version und kann nicht fortgesetzt werden; beginnen Sie ihn neu.</translation>
    </message>
    <message>
        <source>This job can no longer be retried; start it again.</source>
        <translation>Dieser Vorgang kann nicht mehr wiederholt werden; starten Sie ihn erneut.</translation>
    </message>
</context>
<context>
    <name>HostJobs</name>
    <message>
        <source>%1
Cause: %2
Fix: %3</source>
        <translation>%1
Ursache: %2
Lösung: %3</translation>
    </message>
    <message>
        <source>The host could not start this step.</source>
        <translation>Der Host konnte diesen Schritt nicht starten.</translation>
    </message>
    <message>
        <source>Check the target device</source>
        <translation>Zielgerät prüfen</translation>
    </message>
    <message>
        <source>The host&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Hosts konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The target device cannot run EFLOW: %1</source>
        <translation>Auf dem Zielgerät kann EFLOW nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Before EFLOW can be deployed here:
%1</source>
        <translation>Bevor EFLOW hier bereitgestellt werden kann:
%1</translation>
    </message>
    <message>
        <source>Enable Hyper-V</source>
        <translation>Hyper-V aktivieren</translation>
    </message>
    <message>
        <source>Hyper-V is enabled, but Windows must restart before EFLOW can be deployed. Restart the target device, then run the deployment again: it continues from here.</source>
        <translation>Hyper-V ist aktiviert, aber Windows muss neu gestartet werden, bevor EFLOW bereitgestellt werden kann. Starten Sie das Zielgerät neu, und führen Sie die Bereitstellung dann erneut aus: Sie wird an dieser Stelle fortgesetzt.</translation>
    </message>
    <message>
        <source>Create the virtual switch</source>
        <translation>Virtuellen Switch erstellen</translation>
    </message>
    <message>
        <source>Install Azure IoT Edge for Linux on Windows</source>
        <translation>Azure IoT Edge für Linux unter Windows installieren</translation>
    </message>
    <message>
        <source>Create the virtual machine (Deploy-Eflow)</source>
        <translation>Virtuelle Maschine erstellen (Deploy-Eflow)</translation>
    </message>
    <message>
        <source>Deploy-Eflow did not return OK (it returned &quot;%1&quot;).</source>
        <translation>Deploy-Eflow hat nicht OK zurückgegeben (Rückgabewert: „%1“).</translation>
    </message>
    <message>
        <source>Check the virtual machine</source>
        <translation>Virtuelle Maschine prüfen</translation>
    </message>
    <message>
        <source>The virtual machine&apos;s status could not be read: %1</source>
        <translation>Der Status der virtuellen Maschine konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The virtual machine was created but is not running (power state &quot;%1&quot;).</source>
        <translation>Die virtuelle Maschine wurde erstellt, wird aber nicht ausgeführt (Energiezustand „%1“).</translation>
    </message>
    <message>
        <source>Check that the virtual machine exists</source>
        <translation>Prüfen, ob die virtuelle Maschine vorhanden ist</translation>
    </message>
    <message>
        <source>The virtual machine is not running (power state &quot;%1&quot;); start it with Start-EflowVm, then provision again.</source>
        <translation>Die virtuelle Maschine wird nicht ausgeführt (Energiezustand „%1“); starten Sie sie mit Start-EflowVm, und provisionieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Provision the device (Provision-EflowVm)</source>
        <translation>Gerät provisionieren (Provision-EflowVm)</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisionierung</translation>
    </message>
    <message>
        <source>No key was given for provisioning.</source>
        <translation>Für die Provisionierung wurde kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>Wait for the IoT Edge runtime to start</source>
        <translation>Auf den Start der IoT Edge-Runtime warten</translation>
    </message>
    <message>
        <source>edgeAgent was not running %1 seconds after provisioning.</source>
        <translation>edgeAgent wurde %1 Sekunden nach der Provisionierung noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>edgeAgent is running (%1).</source>
        <translation>edgeAgent wird ausgeführt (%1).</translation>
    </message>
    <message>
        <source>edgeAgent is not running yet; asking again in %1 seconds.</source>
        <translation>edgeAgent wird noch nicht ausgeführt; erneute Abfrage in %1 Sekunden.</translation>
    </message>
    <message>
        <source>Read the virtual machine&apos;s status</source>
        <translation>Status der virtuellen Maschine lesen</translation>
    </message>
    <message>
        <source>Read the IoT Edge module list</source>
        <translation>IoT Edge-Modulliste lesen</translation>
    </message>
    <message>
        <source>Read the IoT Edge service status</source>
        <translation>Status des IoT Edge-Dienstes lesen</translation>
    </message>
    <message>
        <source>Run iotedge check</source>
        <translation>iotedge check ausführen</translation>
    </message>
    <message>
        <source>Azure IoT Edge is installed, but Windows must restart before EFLOW can be deployed. Restart the target device, then run the deployment again: it continues from here.</source>
        <translation>Azure IoT Edge ist installiert, aber Windows muss neu starten, bevor EFLOW bereitgestellt werden kann. Starten Sie das Zielgerät neu und führen Sie die Bereitstellung erneut aus: Sie wird an dieser Stelle fortgesetzt.</translation>
    </message>
    <message>
        <source>DPS rejected the key for registration ID %1.</source>
        <translation>DPS hat den Schlüssel für die Registrierungs-ID %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Check the enrollment group&apos;s key and the registration ID (it is case-sensitive): the device key is derived from both. Then provision again.</source>
        <translation>Prüfen Sie den Schlüssel der Registrierungsgruppe und die Registrierungs-ID (Groß-/Kleinschreibung wird beachtet): Der Geräteschlüssel wird aus beiden abgeleitet. Provisionieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Check the key: it must be the individual enrollment&apos;s primary or secondary key for this registration ID. Then provision again.</source>
        <translation>Prüfen Sie den Schlüssel: Es muss der Primär- oder Sekundärschlüssel der Einzelregistrierung für diese Registrierungs-ID sein. Provisionieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>There is no EFLOW virtual machine on this host.</source>
        <translation>Auf diesem Host ist keine virtuelle EFLOW-Maschine vorhanden.</translation>
    </message>
    <message>
        <source>Set the IoT Edge proxy in the virtual machine</source>
        <translation>IoT Edge-Proxy in der virtuellen Maschine festlegen</translation>
    </message>
</context>
<context>
    <name>HostOperation</name>
    <message>
        <source>%1 was cancelled.</source>
        <translation>Der Vorgang „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation>Der Vorgang „%1“ wurde nicht innerhalb von %2 Sekunden abgeschlossen und daher beendet.</translation>
    </message>
</context>
<context>
    <name>HostReport</name>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
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
        <source>running</source>
        <translation>wird ausgeführt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Supported after the actions above</source>
        <translation>Unterstützt nach den oben genannten Aktionen</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Could not be evaluated</source>
        <translation>Konnte nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>, build %1</source>
        <translation>, Build %1</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 frei von %2</translation>
    </message>
    <message>
        <source>Logical processors</source>
        <translation>Logische Prozessoren</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>Datenträger %1</translation>
    </message>
    <message>
        <source>Hyper-V</source>
        <translation>Hyper-V</translation>
    </message>
    <message>
        <source>Hypervisor running</source>
        <translation>Hypervisor aktiv</translation>
    </message>
    <message>
        <source>Firmware virtualization</source>
        <translation>Firmwarevirtualisierung</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <source>Virtual switches</source>
        <translation>Virtuelle Switches</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>, host %1/%2</source>
        <translation>, Host %1/%2</translation>
    </message>
    <message>
        <source>, NAT</source>
        <translation>, NAT</translation>
    </message>
    <message>
        <source>, no NAT</source>
        <translation>, kein NAT</translation>
    </message>
    <message>
        <source>Virtual switch</source>
        <translation>Virtueller Switch</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>DDA</source>
        <translation>DDA</translation>
    </message>
    <message>
        <source>GPU-PV</source>
        <translation>GPU-PV</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>%1 %2, execution policy %3</source>
        <translation>%1 %2, Ausführungsrichtlinie %3</translation>
    </message>
    <message>
        <source>EFLOW installed</source>
        <translation>EFLOW installiert</translation>
    </message>
    <message>
        <source>EFLOW virtual machine</source>
        <translation>Virtuelle EFLOW-Maschine</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>Windows must restart before EFLOW can be deployed.</source>
        <translation>Windows muss neu gestartet werden, bevor EFLOW bereitgestellt werden kann.</translation>
    </message>
    <message>
        <source>the module list could not be read</source>
        <translation>Die Modulliste konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>edgeAgent is not running</source>
        <translation>edgeAgent wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>the IoT Edge service is %1</source>
        <translation>Der IoT Edge-Dienst hat den Zustand „%1“</translation>
    </message>
    <message>
        <source>the IoT Edge service status could not be read</source>
        <translation>Der Status des IoT Edge-Dienstes konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>an IoT Edge system service is down</source>
        <translation>Ein IoT Edge-Systemdienst ist ausgefallen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Power state</source>
        <translation>Energiezustand</translation>
    </message>
    <message>
        <source>IoT Edge</source>
        <translation>IoT Edge</translation>
    </message>
    <message>
        <source>%1 used of %2</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Virtual machine: %1</source>
        <translation>Virtuelle Maschine: %1</translation>
    </message>
    <message>
        <source>The module list, the service status and iotedge check need the virtual machine.</source>
        <translation>Für die Modulliste, den Dienststatus und iotedge check wird die virtuelle Maschine benötigt.</translation>
    </message>
    <message>
        <source>IoT Edge Module List</source>
        <translation>IoT Edge-Modulliste</translation>
    </message>
    <message>
        <source>IoT Edge Status</source>
        <translation>IoT Edge-Status</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>System services (iotedge system status):</source>
        <translation>Systemdienste (iotedge system status):</translation>
    </message>
    <message>
        <source>iotedge check: %1 OK, %2, %3</source>
        <translation>iotedge check: %1 OK, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>iotedge check: %1</source>
        <translation>iotedge check: %1</translation>
    </message>
</context>
<context>
    <name>HostRequirements</name>
    <message>
        <source>%1 was not reported, so this could not be checked.</source>
        <extracomment>%1 names the fact, e.g. &quot;the Windows build number&quot;</extracomment>
        <translation>%1 wurde nicht gemeldet, daher konnte dies nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Windows edition</source>
        <translation>Windows-Edition</translation>
    </message>
    <message>
        <source>Required feature &apos;Microsoft-Hyper-V-Hypervisor&apos; is not available in this Windows edition (%1).</source>
        <translation>Das erforderliche Feature „Microsoft-Hyper-V-Hypervisor“ ist in dieser Windows-Edition (%1) nicht verfügbar.</translation>
    </message>
    <message>
        <source>unnamed edition</source>
        <translation>unbenannte Edition</translation>
    </message>
    <message>
        <source>Required feature &apos;Microsoft-Hyper-V-Hypervisor&apos; is not available in this Windows edition (%1, SKU %2).</source>
        <translation>Das erforderliche Feature „Microsoft-Hyper-V-Hypervisor“ ist in dieser Windows-Edition (%1, SKU %2) nicht verfügbar.</translation>
    </message>
    <message>
        <source>Upgrade to Windows 10 or 11 Pro, Enterprise or IoT Enterprise, or use Windows Server 2019 or 2022.</source>
        <translation>Führen Sie ein Upgrade auf Windows 10 oder 11 Pro, Enterprise oder IoT Enterprise durch, oder verwenden Sie Windows Server 2019 oder 2022.</translation>
    </message>
    <message>
        <source>The Windows edition</source>
        <translation>Die Windows-Edition</translation>
    </message>
    <message>
        <source>%1 is a server edition; EFLOW supports Windows Server 2019 and 2022.</source>
        <translation>%1 ist eine Serveredition; EFLOW unterstützt Windows Server 2019 und 2022.</translation>
    </message>
    <message>
        <source>%1: the product type and SKU were not reported, so the edition could not be confirmed.</source>
        <translation>%1: Produkttyp und SKU wurden nicht gemeldet, daher konnte die Edition nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>%1 has Hyper-V; EFLOW supports Pro, Enterprise and IoT Enterprise.</source>
        <translation>%1 verfügt über Hyper-V; EFLOW unterstützt Pro, Enterprise und IoT Enterprise.</translation>
    </message>
    <message>
        <source>%1 (SKU %2) has Hyper-V; EFLOW supports Pro, Enterprise and IoT Enterprise.</source>
        <translation>%1 (SKU %2) verfügt über Hyper-V; EFLOW unterstützt Pro, Enterprise und IoT Enterprise.</translation>
    </message>
    <message>
        <source>Windows version</source>
        <translation>Windows-Version</translation>
    </message>
    <message>
        <source>The Windows build number</source>
        <translation>Die Windows-Buildnummer</translation>
    </message>
    <message>
        <source>Windows build %1 is older than build %2 (Windows 10 1809 / Windows Server 2019), the oldest that EFLOW supports.</source>
        <translation>Windows-Build %1 ist älter als Build %2 (Windows 10 1809/Windows Server 2019), der älteste Build, den EFLOW unterstützt.</translation>
    </message>
    <message>
        <source>Upgrade Windows to build %1 or later and install the latest cumulative updates.</source>
        <translation>Aktualisieren Sie Windows auf Build %1 oder höher, und installieren Sie die neuesten kumulativen Updates.</translation>
    </message>
    <message>
        <source>Windows build %1 meets the minimum %2; it needs the latest cumulative updates for the host network service.</source>
        <translation>Windows-Build %1 erfüllt das Minimum %2; für den Host-Netzwerkdienst sind die neuesten kumulativen Updates erforderlich.</translation>
    </message>
    <message>
        <source>Windows build %1 meets the minimum %2.</source>
        <translation>Windows-Build %1 erfüllt das Minimum %2.</translation>
    </message>
    <message>
        <source>Processor architecture</source>
        <translation>Prozessorarchitektur</translation>
    </message>
    <message>
        <source>The processor architecture</source>
        <translation>Die Prozessorarchitektur</translation>
    </message>
    <message>
        <source>%1 is supported by every EFLOW release.</source>
        <translation>%1 wird von jeder EFLOW-Version unterstützt.</translation>
    </message>
    <message>
        <source>EFLOW %1 exists for x64 (AMD64) only; this computer is ARM64.</source>
        <translation>EFLOW %1 ist nur für x64 (AMD64) verfügbar; dieser Computer verwendet ARM64.</translation>
    </message>
    <message>
        <source>Choose EFLOW 1.4 LTS or 1.5 LTS, which have ARM64 installers.</source>
        <translation>Wählen Sie EFLOW 1.4 LTS oder 1.5 LTS; für diese Versionen gibt es ARM64-Installationsprogramme.</translation>
    </message>
    <message>
        <source>ARM64 is supported by EFLOW %1.</source>
        <translation>ARM64 wird von EFLOW %1 unterstützt.</translation>
    </message>
    <message>
        <source>Processor architecture %1 is not supported; EFLOW needs x64 (AMD64) or ARM64.</source>
        <translation>Die Prozessorarchitektur %1 wird nicht unterstützt; EFLOW erfordert x64 (AMD64) oder ARM64.</translation>
    </message>
    <message>
        <source>Use a 64-bit Windows installation.</source>
        <translation>Verwenden Sie eine 64-Bit-Installation von Windows.</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>Administratorrechte</translation>
    </message>
    <message>
        <source>The PowerShell session runs with administrator rights.</source>
        <translation>Die PowerShell-Sitzung wird mit Administratorrechten ausgeführt.</translation>
    </message>
    <message>
        <source>The PowerShell session does not run with administrator rights; the AzureEFLOW module requires an elevated session.</source>
        <translation>Die PowerShell-Sitzung wird nicht mit Administratorrechten ausgeführt; das AzureEFLOW-Modul erfordert eine Sitzung mit erhöhten Rechten.</translation>
    </message>
    <message>
        <source>Run EFLOW Wizard as administrator, or connect to the host with an account in the Administrators group.</source>
        <translation>Führen Sie EFLOW Wizard als Administrator aus, oder stellen Sie mit einem Konto aus der Gruppe „Administratoren“ eine Verbindung mit dem Host her.</translation>
    </message>
    <message>
        <source>Windows PowerShell</source>
        <translation>Windows PowerShell</translation>
    </message>
    <message>
        <source>(version not reported)</source>
        <translation>(Version nicht gemeldet)</translation>
    </message>
    <message>
        <source>The PowerShell edition</source>
        <translation>Die PowerShell-Edition</translation>
    </message>
    <message>
        <source>PowerShell %1 (Core) is not supported by the AzureEFLOW module; it needs Windows PowerShell 5.1.</source>
        <translation>PowerShell %1 (Core) wird vom AzureEFLOW-Modul nicht unterstützt; es erfordert Windows PowerShell 5.1.</translation>
    </message>
    <message>
        <source>Use powershell.exe (Windows PowerShell 5.1) instead of pwsh.exe.</source>
        <translation>Verwenden Sie powershell.exe (Windows PowerShell 5.1) anstelle von pwsh.exe.</translation>
    </message>
    <message>
        <source>Windows PowerShell %1 (%2) can run the AzureEFLOW module.</source>
        <translation>Windows PowerShell %1 (%2) kann das AzureEFLOW-Modul ausführen.</translation>
    </message>
    <message>
        <source>PowerShell execution policy</source>
        <translation>PowerShell-Ausführungsrichtlinie</translation>
    </message>
    <message>
        <source>The execution policy</source>
        <translation>Die Ausführungsrichtlinie</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>Freier Arbeitsspeicher</translation>
    </message>
    <message>
        <source>The free memory</source>
        <translation>Der freie Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 MB of memory is free; EFLOW needs at least %2 MB free.</source>
        <translation>%1 MB Arbeitsspeicher sind frei; EFLOW benötigt mindestens %2 MB freien Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Close applications or stop other virtual machines to free memory.</source>
        <translation>Schließen Sie Anwendungen, oder beenden Sie andere virtuelle Maschinen, um Arbeitsspeicher freizugeben.</translation>
    </message>
    <message>
        <source>%1 MB of memory is free; the VM is set to use %2 MB.</source>
        <translation>%1 MB Arbeitsspeicher sind frei; für die VM sind %2 MB festgelegt.</translation>
    </message>
    <message>
        <source>Choose at most %1 MB for the VM, or free memory on the host.</source>
        <translation>Wählen Sie höchstens %1 MB für die VM, oder geben Sie Arbeitsspeicher auf dem Host frei.</translation>
    </message>
    <message>
        <source>%1 MB of memory is free; the VM needs %2 MB.</source>
        <translation>%1 MB Arbeitsspeicher sind frei; die VM benötigt %2 MB.</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Prozessoren</translation>
    </message>
    <message>
        <source>The number of logical processors</source>
        <translation>Die Anzahl der logischen Prozessoren</translation>
    </message>
    <message>
        <source>The VM is set to use %1 processors; this computer has %2 logical processors.</source>
        <translation>Für die VM sind %1 Prozessoren festgelegt; dieser Computer hat %2 logische Prozessoren.</translation>
    </message>
    <message>
        <source>Choose at most %1 processors for the VM.</source>
        <translation>Wählen Sie höchstens %1 Prozessoren für die VM.</translation>
    </message>
    <message>
        <source>%1 logical processors; the VM uses %2.</source>
        <translation>%1 logische Prozessoren; die VM verwendet %2.</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Freier Speicherplatz</translation>
    </message>
    <message>
        <source>The free space on drive %1</source>
        <translation>Der freie Speicherplatz auf Laufwerk %1</translation>
    </message>
    <message>
        <source>Drive %1 has %2 GB free; the VM&apos;s virtual disk needs %3 GB.</source>
        <extracomment>%1 drive, %2 and %3 sizes in GB with one decimal</extracomment>
        <translation>Auf Laufwerk %1 sind %2 GB frei; die virtuelle Festplatte der VM benötigt %3 GB.</translation>
    </message>
    <message>
        <source>Free space on drive %1, choose a smaller disk, or put the VHDX folder on another drive.</source>
        <translation>Geben Sie Speicherplatz auf Laufwerk %1 frei, wählen Sie einen kleineren Datenträger, oder legen Sie den VHDX-Ordner auf ein anderes Laufwerk.</translation>
    </message>
    <message>
        <source>Hyper-V role</source>
        <translation>Hyper-V-Rolle</translation>
    </message>
    <message>
        <source>Hyper-V feature</source>
        <translation>Hyper-V-Feature</translation>
    </message>
    <message>
        <source>Hyper-V is not available on this Windows installation (%1).</source>
        <translation>Hyper-V ist in dieser Windows-Installation nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>Use a Windows edition with Hyper-V: Pro, Enterprise, IoT Enterprise or Server.</source>
        <translation>Verwenden Sie eine Windows-Edition mit Hyper-V: Pro, Enterprise, IoT Enterprise oder Server.</translation>
    </message>
    <message>
        <source>The wizard enables it with %1; Windows must restart afterwards.</source>
        <translation>Der Assistent aktiviert es mit %1; danach muss Windows neu gestartet werden.</translation>
    </message>
    <message>
        <source>The wizard enables it with %1 and Enable-WindowsOptionalFeature -Online -FeatureName VirtualMachinePlatform; Windows must restart afterwards.</source>
        <translation>Der Assistent aktiviert es mit %1 und Enable-WindowsOptionalFeature -Online -FeatureName VirtualMachinePlatform; danach muss Windows neu gestartet werden.</translation>
    </message>
    <message>
        <source>Hyper-V is not fully enabled (Hyper-V: %1, management PowerShell: %2).</source>
        <translation>Hyper-V ist nicht vollständig aktiviert (Hyper-V: %1, PowerShell-Verwaltung: %2).</translation>
    </message>
    <message>
        <source>Hyper-V has been enabled, but Windows has not restarted since.</source>
        <translation>Hyper-V wurde aktiviert, aber Windows wurde seitdem nicht neu gestartet.</translation>
    </message>
    <message>
        <source>Restart Windows, then run the check again.</source>
        <translation>Starten Sie Windows neu, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The state of Hyper-V</source>
        <translation>Der Status von Hyper-V</translation>
    </message>
    <message>
        <source>Hyper-V is enabled; the state of its management tools could not be checked.</source>
        <translation>Hyper-V ist aktiviert; der Status der Verwaltungstools konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Hyper-V and its PowerShell module are enabled.</source>
        <translation>Hyper-V und das zugehörige PowerShell-Modul sind aktiviert.</translation>
    </message>
    <message>
        <source>Turn on nested virtualization for this VM on its Hyper-V host (Set-VMProcessor -VMName &lt;vm&gt; -ExposeVirtualizationExtensions $true, with the VM off), or expose hardware-assisted virtualization to the guest in VMware; on Azure choose a VM size that supports nested virtualization.</source>
        <translation>Aktivieren Sie auf dem Hyper-V-Host die geschachtelte Virtualisierung für diese VM (Set-VMProcessor -VMName &lt;vm&gt; -ExposeVirtualizationExtensions $true, bei ausgeschalteter VM), oder stellen Sie dem Gast in VMware hardwaregestützte Virtualisierung zur Verfügung; wählen Sie in Azure eine VM-Größe, die geschachtelte Virtualisierung unterstützt.</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>The Windows hypervisor is running.</source>
        <translation>Der Windows-Hypervisor wird ausgeführt.</translation>
    </message>
    <message>
        <source>The hypervisor is not running inside this virtual machine (HyperVisorPresent is false).</source>
        <translation>Der Hypervisor wird in dieser virtuellen Maschine nicht ausgeführt (HyperVisorPresent ist false).</translation>
    </message>
    <message>
        <source>Virtualization is turned off in the firmware (HyperVRequirementVirtualizationFirmwareEnabled is false).</source>
        <translation>Die Virtualisierung ist in der Firmware deaktiviert (HyperVRequirementVirtualizationFirmwareEnabled ist false).</translation>
    </message>
    <message>
        <source>Turn on Intel VT-x or AMD-V (SVM) in the BIOS/UEFI settings, then start Windows again.</source>
        <translation>Aktivieren Sie Intel VT-x oder AMD-V (SVM) in den BIOS/UEFI-Einstellungen, und starten Sie Windows dann neu.</translation>
    </message>
    <message>
        <source>The processor has no second level address translation (SLAT), which Hyper-V requires.</source>
        <translation>Der Prozessor unterstützt keine Adressübersetzung der zweiten Ebene (SLAT), die für Hyper-V erforderlich ist.</translation>
    </message>
    <message>
        <source>Use a computer whose processor supports SLAT (Intel EPT or AMD RVI).</source>
        <translation>Verwenden Sie einen Computer, dessen Prozessor SLAT unterstützt (Intel EPT oder AMD RVI).</translation>
    </message>
    <message>
        <source>Hyper-V is enabled but the hypervisor is not running (HyperVisorPresent is false).</source>
        <translation>Hyper-V ist aktiviert, aber der Hypervisor wird nicht ausgeführt (HyperVisorPresent ist false).</translation>
    </message>
    <message>
        <source>Run bcdedit /set hypervisorlaunchtype auto in an elevated prompt, check that virtualization is on in the BIOS/UEFI settings, and restart Windows.</source>
        <translation>Führen Sie bcdedit /set hypervisorlaunchtype auto an einer Eingabeaufforderung mit erhöhten Rechten aus, prüfen Sie, ob die Virtualisierung in den BIOS/UEFI-Einstellungen aktiviert ist, und starten Sie Windows neu.</translation>
    </message>
    <message>
        <source>Virtualization is on in the firmware; the hypervisor starts once Hyper-V is enabled and Windows has restarted.</source>
        <translation>Die Virtualisierung ist in der Firmware aktiviert; der Hypervisor startet, sobald Hyper-V aktiviert und Windows neu gestartet wurde.</translation>
    </message>
    <message>
        <source>Whether the hypervisor runs or virtualization is on in the firmware</source>
        <translation>Der Status von Hypervisor und Firmwarevirtualisierung</translation>
    </message>
    <message>
        <source>Hyper-V services</source>
        <translation>Hyper-V-Dienste</translation>
    </message>
    <message>
        <source>Hyper-V core services are not installed: %1.</source>
        <translation>Hyper-V-Kerndienste sind nicht installiert: %1.</translation>
    </message>
    <message>
        <source>Turn Hyper-V off and on again in Windows Features (or reinstall the role), then restart Windows.</source>
        <translation>Deaktivieren Sie Hyper-V unter „Windows-Features“, und aktivieren Sie es wieder (oder installieren Sie die Rolle neu); starten Sie Windows dann neu.</translation>
    </message>
    <message>
        <source>Hyper-V core services are not running: %1.</source>
        <translation>Hyper-V-Kerndienste werden nicht ausgeführt: %1.</translation>
    </message>
    <message>
        <source>Start them with Start-Service %1.</source>
        <translation>Starten Sie sie mit Start-Service %1.</translation>
    </message>
    <message>
        <source>The state of %1</source>
        <translation>Der Status von %1</translation>
    </message>
    <message>
        <source>vmms, vmcompute and hvhost are running.</source>
        <translation>vmms, vmcompute und hvhost werden ausgeführt.</translation>
    </message>
    <message>
        <source>Virtual machine host</source>
        <translation>Host der virtuellen Maschine</translation>
    </message>
    <message>
        <source>This computer is not a virtual machine.</source>
        <translation>Dieser Computer ist keine virtuelle Maschine.</translation>
    </message>
    <message>
        <source>an unknown hypervisor</source>
        <translation>einem unbekannten Hypervisor</translation>
    </message>
    <message>
        <source>This computer is a virtual machine on %1 without nested virtualization; EFLOW cannot start its VM.</source>
        <translation>Dieser Computer ist eine virtuelle Maschine unter %1 ohne geschachtelte Virtualisierung; EFLOW kann seine VM nicht starten.</translation>
    </message>
    <message>
        <source>This computer is a virtual machine on %1; whether nested virtualization is on could not be checked.</source>
        <translation>Dieser Computer ist eine virtuelle Maschine unter %1; ob die geschachtelte Virtualisierung aktiviert ist, konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>This is an Azure VM with nested virtualization. Azure VMs cannot use an External switch; EFLOW needs an Internal switch with NAT.</source>
        <translation>Dies ist eine Azure-VM mit geschachtelter Virtualisierung. Azure-VMs können keinen externen Switch verwenden; EFLOW benötigt einen internen Switch mit NAT.</translation>
    </message>
    <message>
        <source>Use (or let the wizard create) an Internal switch with NAT.</source>
        <translation>Verwenden Sie einen internen Switch mit NAT (oder lassen Sie ihn vom Assistenten erstellen).</translation>
    </message>
    <message>
        <source>This computer is a virtual machine on %1 with nested virtualization. EFLOW runs, but GPU passthrough is not possible and External switches need MAC spoofing or promiscuous mode on the outer host.</source>
        <translation>Dieser Computer ist eine virtuelle Maschine unter %1 mit geschachtelter Virtualisierung. EFLOW wird ausgeführt, aber GPU-Passthrough ist nicht möglich, und externe Switches erfordern MAC-Spoofing oder den Promiscuous-Modus auf dem äußeren Host.</translation>
    </message>
    <message>
        <source>Virtual switch</source>
        <translation>Virtueller Switch</translation>
    </message>
    <message>
        <source>Add NAT for the switch&apos;s subnet: New-NetNat -Name &quot;&lt;switch&gt;-NAT&quot; -InternalIPInterfaceAddressPrefix &lt;subnet&gt;/&lt;prefix&gt;.</source>
        <translation>Fügen Sie NAT für das Subnetz des Switches hinzu: New-NetNat -Name &quot;&lt;switch&gt;-NAT&quot; -InternalIPInterfaceAddressPrefix &lt;subnet&gt;/&lt;prefix&gt;.</translation>
    </message>
    <message>
        <source>A virtual switch named &apos;%1&apos; already exists, so it cannot be created again.</source>
        <translation>Ein virtueller Switch namens „%1“ ist bereits vorhanden und kann daher nicht erneut erstellt werden.</translation>
    </message>
    <message>
        <source>Choose the existing switch, or give the new switch another name.</source>
        <translation>Wählen Sie den vorhandenen Switch, oder geben Sie dem neuen Switch einen anderen Namen.</translation>
    </message>
    <message>
        <source>The Internal switch &apos;%1&apos; does not exist yet; the wizard will create it with host address %2/%3 and NAT.</source>
        <translation>Der interne Switch „%1“ ist noch nicht vorhanden; der Assistent erstellt ihn mit der Hostadresse %2/%3 und NAT.</translation>
    </message>
    <message>
        <source>Nothing to do: the wizard creates the switch before deploying.</source>
        <translation>Keine Aktion erforderlich: Der Assistent erstellt den Switch vor der Bereitstellung.</translation>
    </message>
    <message>
        <source>Windows Server has no Default Switch; EFLOW needs a named switch, and none was chosen.</source>
        <translation>Windows Server hat keinen Default Switch; EFLOW benötigt einen benannten Switch, und es wurde keiner ausgewählt.</translation>
    </message>
    <message>
        <source>Choose one of the existing switches (%1), or let the wizard create an Internal switch with NAT.</source>
        <translation>Wählen Sie einen der vorhandenen Switches (%1), oder lassen Sie den Assistenten einen internen Switch mit NAT erstellen.</translation>
    </message>
    <message>
        <source>Windows Server has no Default Switch and this host has no usable virtual switch.</source>
        <translation>Windows Server hat keinen Default Switch, und auf diesem Host ist kein verwendbarer virtueller Switch vorhanden.</translation>
    </message>
    <message>
        <source>Let the wizard create an Internal switch with NAT, or create an External switch with New-VMSwitch.</source>
        <translation>Lassen Sie den Assistenten einen internen Switch mit NAT erstellen, oder erstellen Sie mit New-VMSwitch einen externen Switch.</translation>
    </message>
    <message>
        <source>The &apos;Default Switch&apos; appears once Hyper-V is enabled and Windows has restarted.</source>
        <translation>Der „Default Switch“ ist verfügbar, sobald Hyper-V aktiviert und Windows neu gestartet wurde.</translation>
    </message>
    <message>
        <source>Nothing to do: enabling Hyper-V brings the Default Switch.</source>
        <translation>Keine Aktion erforderlich: Mit der Aktivierung von Hyper-V steht der Default Switch zur Verfügung.</translation>
    </message>
    <message>
        <source>No virtual switch was chosen and this computer has no &apos;Default Switch&apos;.</source>
        <translation>Es wurde kein virtueller Switch ausgewählt, und dieser Computer hat keinen „Default Switch“.</translation>
    </message>
    <message>
        <source>Choose an External switch, or restart the Host Network Service to bring the Default Switch back.</source>
        <translation>Wählen Sie einen externen Switch, oder starten Sie den Host-Netzwerkdienst neu, um den Default Switch wiederherzustellen.</translation>
    </message>
    <message>
        <source>Cannot set a static IP address on the Default Switch: it always uses DHCP.</source>
        <translation>Für den Default Switch kann keine statische IP-Adresse festgelegt werden: Er verwendet immer DHCP.</translation>
    </message>
    <message>
        <source>Use DHCP, or choose an External switch for a static address.</source>
        <translation>Verwenden Sie DHCP, oder wählen Sie für eine statische Adresse einen externen Switch.</translation>
    </message>
    <message>
        <source>The VM uses the &apos;Default Switch&apos; with DHCP.</source>
        <translation>Die VM verwendet den „Default Switch“ mit DHCP.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The virtual switch &apos;%1&apos; was not found on this host; switches found: %2.</source>
        <translation>Der virtuelle Switch „%1“ wurde auf diesem Host nicht gefunden; gefundene Switches: %2.</translation>
    </message>
    <message>
        <source>Choose one of the existing switches, or create the switch first.</source>
        <translation>Wählen Sie einen der vorhandenen Switches, oder erstellen Sie den Switch zuerst.</translation>
    </message>
    <message>
        <source>The virtual switch &apos;%1&apos; is a Private switch; EFLOW supports Internal and External switches only.</source>
        <translation>Der virtuelle Switch „%1“ ist ein privater Switch; EFLOW unterstützt nur interne und externe Switches.</translation>
    </message>
    <message>
        <source>Choose an Internal or External switch.</source>
        <translation>Wählen Sie einen internen oder externen Switch.</translation>
    </message>
    <message>
        <source>The virtual switch &apos;%1&apos; is of type %2, but %3 was chosen.</source>
        <translation>Der virtuelle Switch „%1“ hat den Typ %2, ausgewählt wurde aber %3.</translation>
    </message>
    <message>
        <source>Choose the switch type %1.</source>
        <translation>Wählen Sie den Switchtyp %1.</translation>
    </message>
    <message>
        <source>The virtual switch &apos;%1&apos; is External; Azure VMs cannot use External switches.</source>
        <translation>Der virtuelle Switch „%1“ ist extern; Azure-VMs können keine externen Switches verwenden.</translation>
    </message>
    <message>
        <source>Use an Internal switch with NAT.</source>
        <translation>Verwenden Sie einen internen Switch mit NAT.</translation>
    </message>
    <message>
        <source>The Internal switch &apos;%1&apos; is not supported on Windows client editions; use the Default Switch or an External switch.</source>
        <translation>Der interne Switch „%1“ wird unter Windows-Clienteditionen nicht unterstützt; verwenden Sie den Default Switch oder einen externen Switch.</translation>
    </message>
    <message>
        <source>Choose the Default Switch or an External switch.</source>
        <translation>Wählen Sie den Default Switch oder einen externen Switch.</translation>
    </message>
    <message>
        <source>The Internal switch &apos;%1&apos; has no NAT, so the VM could not reach the internet.</source>
        <translation>Der interne Switch „%1“ hat kein NAT, daher könnte die VM das Internet nicht erreichen.</translation>
    </message>
    <message>
        <source>The Internal switch &apos;%1&apos; (host %2/%3) has NAT but no DHCP server is known; without one the VM gets no address.</source>
        <translation>Der interne Switch „%1“ (Host %2/%3) hat NAT, aber es ist kein DHCP-Server bekannt; ohne DHCP-Server erhält die VM keine Adresse.</translation>
    </message>
    <message>
        <source>Use a static IP address in %1/%2, or set up a DHCP scope for the switch.</source>
        <translation>Verwenden Sie eine statische IP-Adresse in %1/%2, oder richten Sie einen DHCP-Bereich für den Switch ein.</translation>
    </message>
    <message>
        <source>The Internal switch &apos;%1&apos; (host %2/%3) has NAT.</source>
        <translation>Der interne Switch „%1“ (Host %2/%3) hat NAT.</translation>
    </message>
    <message>
        <source>The External switch &apos;%1&apos; is bound to %2.</source>
        <translation>Der externe Switch „%1“ ist an %2 gebunden.</translation>
    </message>
    <message>
        <source>an unnamed adapter</source>
        <translation>einen unbenannten Adapter</translation>
    </message>
    <message>
        <source>The virtual switch &apos;%1&apos; exists.</source>
        <translation>Der virtuelle Switch „%1“ ist vorhanden.</translation>
    </message>
    <message>
        <source>GPU passthrough</source>
        <translation>GPU-Passthrough</translation>
    </message>
    <message>
        <source>No GPU passthrough was chosen.</source>
        <translation>Es wurde kein GPU-Passthrough ausgewählt.</translation>
    </message>
    <message>
        <source>GPU passthrough is not supported when EFLOW runs inside a virtual machine (nested virtualization).</source>
        <translation>GPU-Passthrough wird nicht unterstützt, wenn EFLOW in einer virtuellen Maschine ausgeführt wird (geschachtelte Virtualisierung).</translation>
    </message>
    <message>
        <source>Deploy without GPU passthrough, or use a physical host.</source>
        <translation>Stellen Sie ohne GPU-Passthrough bereit, oder verwenden Sie einen physischen Host.</translation>
    </message>
    <message>
        <source>GPU &apos;%1&apos; is not on this host; GPUs found: %2.</source>
        <translation>Die GPU „%1“ ist auf diesem Host nicht vorhanden; gefundene GPUs: %2.</translation>
    </message>
    <message>
        <source>Choose the GPU name exactly as Windows reports it.</source>
        <translation>Geben Sie den GPU-Namen genau so an, wie Windows ihn meldet.</translation>
    </message>
    <message>
        <source>Unsupported DDA type: %1. Direct Device Assignment supports only NVIDIA Tesla T4 and A2.</source>
        <translation>Nicht unterstützter DDA-Typ: %1. Direct Device Assignment unterstützt nur NVIDIA Tesla T4 und A2.</translation>
    </message>
    <message>
        <source>Use GPU paravirtualization for this GPU, or no passthrough.</source>
        <translation>Verwenden Sie für diese GPU die GPU-Paravirtualisierung oder kein Passthrough.</translation>
    </message>
    <message>
        <source>Not enough GPUs available: %1 requested, %2 &apos;%3&apos; found.</source>
        <translation>Nicht genügend GPUs verfügbar: %1 angefordert, %2 × „%3“ gefunden.</translation>
    </message>
    <message>
        <source>Set the GPU count to at most %1.</source>
        <translation>Legen Sie die GPU-Anzahl auf höchstens %1 fest.</translation>
    </message>
    <message>
        <source>%1 × &apos;%2&apos; can be assigned to the VM (Direct Device Assignment).</source>
        <translation>%1 × „%2“ kann der VM zugewiesen werden (Direct Device Assignment).</translation>
    </message>
    <message>
        <source>Consider installing the GPU vendor&apos;s mitigation driver on the host.</source>
        <translation>Erwägen Sie, den Mitigationstreiber des GPU-Herstellers auf dem Host zu installieren.</translation>
    </message>
    <message>
        <source>GPU paravirtualization is supported on Windows 10 and 11 only, not on Windows Server.</source>
        <translation>GPU-Paravirtualisierung wird nur unter Windows 10 und 11 unterstützt, nicht unter Windows Server.</translation>
    </message>
    <message>
        <source>Use Direct Device Assignment with an NVIDIA T4 or A2, or no passthrough.</source>
        <translation>Verwenden Sie Direct Device Assignment mit einer NVIDIA T4 oder A2 oder kein Passthrough.</translation>
    </message>
    <message>
        <source>The driver of &apos;%1&apos; (version %2) does not support GPU paravirtualization.</source>
        <translation>Der Treiber von „%1“ (Version %2) unterstützt keine GPU-Paravirtualisierung.</translation>
    </message>
    <message>
        <source>Install the GPU vendor&apos;s driver with WSL support (on Windows 10, also install WSL).</source>
        <translation>Installieren Sie den Treiber des GPU-Herstellers mit WSL-Unterstützung (unter Windows 10 installieren Sie außerdem WSL).</translation>
    </message>
    <message>
        <source>The Windows update revision (UBR)</source>
        <translation>Die Windows-Updaterevision (UBR)</translation>
    </message>
    <message>
        <source>GPU paravirtualization needs Windows 10 build %1.%2 or later, or Windows 11; this is build %3.%4.</source>
        <translation>GPU-Paravirtualisierung erfordert Windows 10 Build %1.%2 oder höher oder Windows 11; dies ist Build %3.%4.</translation>
    </message>
    <message>
        <source>Install Windows updates.</source>
        <translation>Installieren Sie Windows-Updates.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; supports GPU paravirtualization on build %2.</source>
        <translation>„%1“ unterstützt GPU-Paravirtualisierung unter Build %2.</translation>
    </message>
    <message>
        <source>EFLOW installation</source>
        <translation>EFLOW-Installation</translation>
    </message>
    <message>
        <source>EFLOW is not installed; the wizard installs %1.</source>
        <translation>EFLOW ist nicht installiert; der Assistent installiert %1.</translation>
    </message>
    <message>
        <source>Azure IoT Edge</source>
        <translation>Azure IoT Edge</translation>
    </message>
    <message>
        <source>%1 %2 is installed, but its release line could not be determined.</source>
        <translation>%1 %2 ist installiert, aber die Versionslinie konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>%1 %2 (%3) is installed; this plan uses %4, and two release lines cannot be installed together.</source>
        <translation>%1 %2 (%3) ist installiert; dieser Plan verwendet %4, und zwei Versionslinien können nicht gleichzeitig installiert sein.</translation>
    </message>
    <message>
        <source>Uninstall &apos;%1&apos; (Settings &gt; Apps, or msiexec /x), or choose %2 in the settings.</source>
        <translation>Deinstallieren Sie „%1“ (Einstellungen &gt; Apps oder msiexec /x), oder wählen Sie in den Einstellungen %2.</translation>
    </message>
    <message>
        <source>%1 %2 (%3) is already installed; the install step is skipped.</source>
        <translation>%1 %2 (%3) ist bereits installiert; der Installationsschritt wird übersprungen.</translation>
    </message>
    <message>
        <source>EFLOW virtual machine</source>
        <translation>Virtuelle EFLOW-Maschine</translation>
    </message>
    <message>
        <source>No EFLOW virtual machine exists yet.</source>
        <translation>Es ist noch keine virtuelle EFLOW-Maschine vorhanden.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>The EFLOW VM %1 is already deployed and provisioned; deploying is skipped.</source>
        <translation>Die EFLOW-VM %1 ist bereits bereitgestellt und provisioniert; die Bereitstellung wird übersprungen.</translation>
    </message>
    <message>
        <source>Go on to the device overview, or uninstall EFLOW to start from scratch.</source>
        <translation>Fahren Sie mit der Geräteübersicht fort, oder deinstallieren Sie EFLOW, um von vorn zu beginnen.</translation>
    </message>
    <message>
        <source>The EFLOW VM %1 is already deployed; deploying is skipped.</source>
        <translation>Die EFLOW-VM %1 ist bereits bereitgestellt; die Bereitstellung wird übersprungen.</translation>
    </message>
    <message>
        <source>Go on to Connect to provision it, or uninstall EFLOW to deploy again.</source>
        <translation>Fahren Sie mit „Verbinden“ fort, um sie zu provisionieren, oder deinstallieren Sie EFLOW, um sie erneut bereitzustellen.</translation>
    </message>
    <message>
        <source>Unsupported: %1</source>
        <extracomment>WAC&apos;s wording; %1 is the first failure&apos;s sentence</extracomment>
        <translation>Nicht unterstützt: %1</translation>
    </message>
    <message>
        <source>Unknown: the host did not report enough to be checked.</source>
        <translation>Unbekannt: Der Host hat nicht genug Informationen für eine Prüfung gemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>Supported after %n action(s): %1</source>
        <extracomment>%n is the number of actions, %1 the first one&apos;s sentence</extracomment>
        <translation>
            <numerusform>Unterstützt nach %n Aktion: %1</numerusform>
            <numerusform>Unterstützt nach %n Aktionen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supported; %n check(s) could not be made.</source>
        <translation>
            <numerusform>Unterstützt; %n Prüfung konnte nicht ausgeführt werden.</numerusform>
            <numerusform>Unterstützt; %n Prüfungen konnten nicht ausgeführt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>%1 %2 (release line %3) is installed. It is newer than the release lines this wizard knows and is handled as %4; the install step is skipped.</source>
        <translation>%1 %2 (Release-Linie %3) ist installiert. Sie ist neuer als die Release-Linien, die dieser Assistent kennt, und wird wie %4 behandelt; der Installationsschritt entfällt.</translation>
    </message>
    <message>
        <source>an unknown scope</source>
        <translation>einen unbekannten Bereich</translation>
    </message>
    <message>
        <source>The wizard&apos;s PowerShell sessions run under %1 (set by %2), which lets the signed AzureEFLOW module load.</source>
        <extracomment>%1 policy, %2 the scope that sets it (MachinePolicy, Process, LocalMachine, …)</extracomment>
        <translation>Die PowerShell-Sitzungen des Assistenten laufen unter %1 (festgelegt durch %2); damit kann das signierte AzureEFLOW-Modul geladen werden.</translation>
    </message>
    <message>
        <source>A Group Policy sets it: ask its administrator to allow RemoteSigned on this host (Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Windows PowerShell &gt; Turn on Script Execution).</source>
        <translation>Eine Gruppenrichtlinie legt sie fest: Bitten Sie deren Administrator, auf diesem Host RemoteSigned zuzulassen (Computerkonfiguration &gt; Administrative Vorlagen &gt; Windows-Komponenten &gt; Windows PowerShell &gt; Skriptausführung aktivieren).</translation>
    </message>
    <message>
        <source>Run Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope LocalMachine -Force in an elevated Windows PowerShell.</source>
        <translation>Führen Sie Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope LocalMachine -Force in einer Windows PowerShell mit Administratorrechten aus.</translation>
    </message>
    <message>
        <source>The wizard&apos;s PowerShell sessions run under AllSigned (set by %1): Windows asks whether to trust the AzureEFLOW module&apos;s publisher, and a session without a console cannot answer, so the module does not load.</source>
        <translation>Die PowerShell-Sitzungen des Assistenten laufen unter AllSigned (festgelegt durch %1): Windows fragt, ob dem Herausgeber des AzureEFLOW-Moduls vertraut werden soll, und eine Sitzung ohne Konsole kann nicht antworten; daher wird das Modul nicht geladen.</translation>
    </message>
    <message>
        <source>The wizard&apos;s PowerShell sessions run under %1 (set by %2), under which the AzureEFLOW module cannot load.</source>
        <translation>Die PowerShell-Sitzungen des Assistenten laufen unter %1 (festgelegt durch %2); darunter kann das AzureEFLOW-Modul nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>HostSession</name>
    <message>
        <source>A remote host is written ssh://USER@HOST or ssh://USER@HOST:PORT, not &quot;%1&quot; (no password: ssh uses your key or agent).</source>
        <translation>Ein Remotehost wird als ssh://BENUTZER@HOST oder ssh://BENUTZER@HOST:PORT angegeben, nicht als „%1“ (ohne Kennwort: ssh verwendet Ihren Schlüssel oder Agent).</translation>
    </message>
    <message>
        <source>There is no demo host &quot;%1&quot;.</source>
        <translation>Einen Demohost „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>The demo&apos;s local DPS did not start: %1</source>
        <translation>Der lokale DPS der Demo wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The demo host &quot;%1&quot; could not be created.</source>
        <translation>Der Demohost „%1“ konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>No remote host was given.</source>
        <translation>Es wurde kein Remotehost angegeben.</translation>
    </message>
    <message>
        <source>This computer has no Windows PowerShell; choose a remote host or a demo host.</source>
        <translation>Auf diesem Computer ist kein Windows PowerShell vorhanden; wählen Sie einen Remotehost oder einen Demohost.</translation>
    </message>
    <message>
        <source>No target device was chosen.</source>
        <translation>Es wurde kein Zielgerät ausgewählt.</translation>
    </message>
    <message>
        <source>This build cannot open a host of this kind (%1).</source>
        <translation>Diese Version kann einen Host dieser Art nicht öffnen (%1).</translation>
    </message>
    <message>
        <source>The host could not be opened.</source>
        <translation>Der Host konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The host in &quot;%1&quot; starts with &apos;-&apos;, which ssh would read as an option; a host name or address never does.</source>
        <extracomment>%1 the ssh:// text as typed</extracomment>
        <translation>Der Host in „%1“ beginnt mit „-“, was ssh als Option lesen würde; ein Hostname oder eine Adresse tut das nie.</translation>
    </message>
    <message>
        <source>The user in &quot;%1&quot; starts with &apos;-&apos;, which ssh would read as an option; write the Windows account name.</source>
        <extracomment>%1 the ssh:// text as typed</extracomment>
        <translation>Der Benutzer in „%1“ beginnt mit „-“, was ssh als Option lesen würde; geben Sie den Namen des Windows-Kontos an.</translation>
    </message>
    <message>
        <source>A demo machine is named with 1 to 63 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit, not &quot;%1&quot;.</source>
        <extracomment>%1 the name as written</extracomment>
        <translation>Der Name einer Demomaschine besteht aus 1 bis 63 Buchstaben, Ziffern, „.“, „_“ oder „-“ und beginnt mit einem Buchstaben oder einer Ziffer; „%1“ passt nicht.</translation>
    </message>
</context>
<context>
    <name>IotEdgeParsers</name>
    <message>
        <source>The output of &apos;iotedge list&apos; is empty.</source>
        <translation>Die Ausgabe von „iotedge list“ ist leer.</translation>
    </message>
    <message>
        <source>Expected the header &apos;NAME STATUS DESCRIPTION CONFIG&apos; of &apos;iotedge list&apos;, found: %1</source>
        <translation>Erwartet wurde die Kopfzeile „NAME STATUS DESCRIPTION CONFIG“ von „iotedge list“, gefunden wurde: %1</translation>
    </message>
    <message>
        <source>A module row of &apos;iotedge list&apos; has %1 columns instead of 4 (name, status, description, image); the output may be cut off: %2</source>
        <translation>Eine Modulzeile von „iotedge list“ hat %1 Spalten statt 4 (Name, Status, Beschreibung, Image); die Ausgabe ist möglicherweise abgeschnitten: %2</translation>
    </message>
    <message>
        <source>The output of &apos;iotedge check --output json&apos; contains no JSON object.</source>
        <translation>Die Ausgabe von „iotedge check --output json“ enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The JSON of &apos;iotedge check&apos; is malformed or cut off: %1</source>
        <translation>Die JSON-Ausgabe von „iotedge check“ ist fehlerhaft oder abgeschnitten: %1</translation>
    </message>
    <message>
        <source>The JSON of &apos;iotedge check&apos; is not an object.</source>
        <translation>Die JSON-Ausgabe von „iotedge check“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>The JSON of &apos;iotedge check&apos; has no &quot;checks&quot; object.</source>
        <translation>Die JSON-Ausgabe von „iotedge check“ enthält kein Objekt „checks“.</translation>
    </message>
    <message>
        <source>The check &apos;%1&apos; in the JSON of &apos;iotedge check&apos; has no result.</source>
        <translation>Die Prüfung „%1“ in der JSON-Ausgabe von „iotedge check“ hat kein Ergebnis.</translation>
    </message>
    <message>
        <source>Other checks</source>
        <translation>Weitere Prüfungen</translation>
    </message>
    <message>
        <source>The output of &apos;iotedge check&apos; is empty.</source>
        <translation>Die Ausgabe von „iotedge check“ ist leer.</translation>
    </message>
    <message>
        <source>An indented message line of &apos;iotedge check&apos; follows no check: %1</source>
        <translation>Eine eingerückte Meldungszeile von „iotedge check“ gehört zu keiner Prüfung: %1</translation>
    </message>
    <message>
        <source>A check of &apos;iotedge check&apos; appears before any section header: %1</source>
        <translation>Eine Prüfung von „iotedge check“ steht vor der ersten Abschnittsüberschrift: %1</translation>
    </message>
    <message>
        <source>A check line of &apos;iotedge check&apos; does not end in &apos; - OK&apos;, &apos; - Warning&apos; or &apos; - Error&apos;; the output may be cut off: %1</source>
        <translation>Eine Prüfzeile von „iotedge check“ endet nicht auf „ - OK“, „ - Warning“ oder „ - Error“; die Ausgabe ist möglicherweise abgeschnitten: %1</translation>
    </message>
    <message>
        <source>A dashed underline of &apos;iotedge check&apos; has no section name above it.</source>
        <translation>Über einer gestrichelten Unterstreichung von „iotedge check“ steht kein Abschnittsname.</translation>
    </message>
    <message>
        <source>Unexpected line in the output of &apos;iotedge check&apos;: %1</source>
        <translation>Unerwartete Zeile in der Ausgabe von „iotedge check“: %1</translation>
    </message>
    <message>
        <source>The output of &apos;iotedge check&apos; lists no checks.</source>
        <translation>Die Ausgabe von „iotedge check“ enthält keine Prüfungen.</translation>
    </message>
    <message>
        <source>The output of &apos;iotedge check&apos; ends without its summary (&quot;N check(s) succeeded.&quot;); it was cut off.</source>
        <translation>Die Ausgabe von „iotedge check“ endet ohne Zusammenfassung („N check(s) succeeded.“); sie wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The output of &apos;systemctl status&apos; is empty.</source>
        <translation>Die Ausgabe von „systemctl status“ ist leer.</translation>
    </message>
    <message>
        <source>&apos;systemctl status&apos; did not describe a unit: %1</source>
        <translation>„systemctl status“ hat keine Unit beschrieben: %1</translation>
    </message>
    <message>
        <source>The Active: line of &apos;systemctl status&apos; is not readable: %1</source>
        <translation>Die Zeile „Active:“ von „systemctl status“ ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The output of &apos;systemctl status %1&apos; has no Active: line; it was cut off.</source>
        <translation>Die Ausgabe von „systemctl status %1“ enthält keine Zeile „Active:“; sie wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The output of &apos;iotedge system status&apos; is empty.</source>
        <translation>Die Ausgabe von „iotedge system status“ ist leer.</translation>
    </message>
    <message>
        <source>Expected &apos;System services:&apos; from &apos;iotedge system status&apos; (IoT Edge 1.2 or later), found: %1</source>
        <translation>Erwartet wurde „System services:“ von „iotedge system status“ (IoT Edge 1.2 oder höher), gefunden wurde: %1</translation>
    </message>
    <message>
        <source>A service row of &apos;iotedge system status&apos; has no state; the output may be cut off: %1</source>
        <translation>Eine Dienstzeile von „iotedge system status“ hat keinen Zustand; die Ausgabe ist möglicherweise abgeschnitten: %1</translation>
    </message>
    <message>
        <source>&apos;iotedge system status&apos; lists no services; the output was cut off.</source>
        <translation>„iotedge system status“ listet keine Dienste auf; die Ausgabe wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The output of &apos;Get-EflowVm&apos; is empty.</source>
        <translation>Die Ausgabe von „Get-EflowVm“ ist leer.</translation>
    </message>
    <message>
        <source>The JSON of &apos;Get-EflowVm&apos; is malformed or cut off: %1</source>
        <translation>Die JSON-Ausgabe von „Get-EflowVm“ ist fehlerhaft oder abgeschnitten: %1</translation>
    </message>
    <message>
        <source>The JSON of &apos;Get-EflowVm&apos; is not a single object.</source>
        <translation>Die JSON-Ausgabe von „Get-EflowVm“ ist kein einzelnes Objekt.</translation>
    </message>
    <message>
        <source>The JSON of &apos;Get-EflowVm&apos; has no %1 property; it is not Get-EflowVm output.</source>
        <translation>Die JSON-Ausgabe von „Get-EflowVm“ hat keine Eigenschaft %1; es handelt sich nicht um eine Ausgabe von Get-EflowVm.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: expected a string.</source>
        <extracomment>%1 is a key path, e.g. network.switchName or switches[2].kind</extracomment>
        <translation>%1: Zeichenfolge erwartet.</translation>
    </message>
    <message>
        <source>%1: expected true or false.</source>
        <translation>%1: true oder false erwartet.</translation>
    </message>
    <message>
        <source>%1: expected a list of strings.</source>
        <translation>%1: Liste von Zeichenfolgen erwartet.</translation>
    </message>
    <message>
        <source>%1: expected an object.</source>
        <translation>%1: Objekt erwartet.</translation>
    </message>
    <message>
        <source>schema: missing; expected %1.</source>
        <extracomment>%1 the schema version this program reads</extracomment>
        <translation>schema: Fehlt; erwartet wird %1.</translation>
    </message>
    <message>
        <source>schema: version %1 is not supported; expected %2.</source>
        <extracomment>%1 the schema version found, %2 the one this program reads</extracomment>
        <translation>schema: Version %1 wird nicht unterstützt; erwartet wird %2.</translation>
    </message>
    <message>
        <source>%1: expected a number.</source>
        <translation>%1: Zahl erwartet.</translation>
    </message>
    <message>
        <source>%1: expected a whole number, got %2.</source>
        <translation>%1: Ganze Zahl erwartet, erhalten: %2.</translation>
    </message>
    <message>
        <source>%1: expected a list.</source>
        <translation>%1: Liste erwartet.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3.</source>
        <extracomment>%1 key path, %2 the value found, %3 the accepted words</extracomment>
        <translation>%1: „%2“ ist keiner der Werte %3.</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>--lang needs a language: de, ja or en (see --help)</source>
        <translation>--lang braucht eine Sprache: de, ja oder en (siehe --help)</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang: use de, ja or en</source>
        <translation>unbekannte Sprache „%1“ für --lang: Verwenden Sie de, ja oder en</translation>
    </message>
    <message>
        <source>Show every text in German (de), Japanese (ja) or English (en) instead of the system&apos;s language; also before or after a command.</source>
        <translation>Alle Texte auf Deutsch (de), Japanisch (ja) oder Englisch (en) statt in der Sprache des Systems anzeigen; auch vor oder nach einem Befehl.</translation>
    </message>
</context>
<context>
    <name>LicenseTerms</name>
    <message>
        <source>The license terms from the host have a field &apos;%1&apos; of the wrong type.</source>
        <translation>Die Lizenzbedingungen vom Host enthalten ein Feld „%1“ mit falschem Typ.</translation>
    </message>
    <message>
        <source>Reading the license terms</source>
        <translation>Lesen der Lizenzbedingungen</translation>
    </message>
</context>
<context>
    <name>LocalDpsStateValidator</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>state format version %1 is not supported (this version reads %2)</source>
        <translation>das Statusformat Version %1 wird nicht unterstützt (diese Version liest %2)</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>empty operation ID</source>
        <translation>leere Vorgangs-ID</translation>
    </message>
    <message>
        <source>the same ID as %1</source>
        <translation>dieselbe ID wie %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>less than 0</source>
        <translation>kleiner als 0</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>keine Liste</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>nicht true oder false</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation>kein Base64</translation>
    </message>
    <message>
        <source>%1 bytes; a key has %2 to %3</source>
        <translation>%1 Bytes; ein Schlüssel hat %2 bis %3</translation>
    </message>
    <message numerus="yes">
        <source>larger than %n MiB</source>
        <translation>
            <numerusform>größer als %n MiB</numerusform>
            <numerusform>größer als %n MiB</numerusform>
        </translation>
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
        <source>--demo=%1: no such demo host; choose one of: %2</source>
        <translation>--demo=%1: Diesen Demohost gibt es nicht; wählen Sie einen der folgenden: %2</translation>
    </message>
    <message>
        <source>At the end, print the longest time the GUI thread could not answer (benchmark).</source>
        <translation>Gibt am Ende die längste Zeit aus, in der der GUI-Thread nicht reagieren konnte (Benchmark).</translation>
    </message>
    <message>
        <source>Quit once the first page is painted, printing the time since start and the peak memory (benchmark).</source>
        <translation>Beendet das Programm, sobald die erste Seite gezeichnet ist, und gibt die Zeit seit dem Start und den Spitzenwert des Arbeitsspeichers aus (Benchmark).</translation>
    </message>
    <message>
        <source>Demo pace: 1 = like a real deploy (default with a window), 0 = instant (default for --autopilot).</source>
        <translation>Demotempo: 1 = wie eine echte Bereitstellung (Standard mit Fenster), 0 = sofort (Standard für --autopilot).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>--speed takes a number from 0 to 1000, not &quot;%1&quot;</source>
        <translation>--speed erwartet eine Zahl von 0 bis 1000, nicht „%1“</translation>
    </message>
    <message>
        <source>Open only the device overview (modules, status, iotedge check, logs) for a host that is already provisioned: the demo host, --target, or this computer.</source>
        <translation>Öffnet nur die Geräteübersicht (Module, Status, iotedge check, Protokolle) für einen bereits provisionierten Host: den Demohost, --target oder diesen Computer.</translation>
    </message>
    <message>
        <source>With --overview: the Windows host to read, over OpenSSH.</source>
        <translation>Mit --overview: der Windows-Host, der über OpenSSH gelesen wird.</translation>
    </message>
    <message>
        <source>ssh://USER@HOST[:PORT]</source>
        <translation>ssh://BENUTZER@HOST[:PORT]</translation>
    </message>
    <message>
        <source>--target goes with --overview; the wizard chooses its target on the Target page.</source>
        <translation>--target gehört zu --overview; der Assistent wählt sein Ziel auf der Seite „Ziel“.</translation>
    </message>
    <message>
        <source>--overview and --autopilot do not go together; for a status report without a window use: eflow-wizard host status</source>
        <translation>--overview und --autopilot können nicht zusammen verwendet werden; für einen Statusbericht ohne Fenster verwenden Sie: eflow-wizard host status</translation>
    </message>
    <message>
        <source>--overview needs a display; without one use: eflow-wizard host status</source>
        <translation>--overview benötigt eine Anzeige; ohne Anzeige verwenden Sie: eflow-wizard host status</translation>
    </message>
    <message>
        <source>With --autopilot: remember the key on Connect in the system keychain, or use the key remembered by an earlier run.</source>
        <translation>Mit --autopilot: den Schlüssel auf „Verbinden“ im Systemschlüsselbund speichern oder den von einem früheren Lauf gespeicherten Schlüssel verwenden.</translation>
    </message>
    <message>
        <source>--enrollments opens a window of its own: it needs a display and goes with neither --overview nor --autopilot; without a display use: eflow-wizard enroll</source>
        <translation>--enrollments öffnet ein eigenes Fenster: Es benötigt eine Anzeige und kann weder mit --overview noch mit --autopilot verwendet werden; ohne Anzeige verwenden Sie: eflow-wizard enroll</translation>
    </message>
    <message>
        <source>Open only the Enrollments window: DPS individual enrollments and enrollment groups, their keys and registration records (with --demo: the demo&apos;s local DPS).</source>
        <translation>Öffnet nur das Fenster „DPS-Registrierungen“: DPS-Einzelregistrierungen und -Registrierungsgruppen, ihre Schlüssel und Registrierungsdatensätze (mit --demo: der lokale DPS der Demo).</translation>
    </message>
    <message>
        <source>Longest stall of the GUI thread: %1 ms (%2 ticks of 5 ms, %3 stalls over 50 ms), %4 rows</source>
        <translation>Längster Stillstand des GUI-Threads: %1 ms (%2 Takte zu 5 ms, %3 Stillstände über 50 ms), %4 Zeilen</translation>
    </message>
    <message>
        <source>--fleet needs a display (or --fleet-run); without one use: eflow-wizard fleet run</source>
        <translation>--fleet braucht eine Anzeige (oder --fleet-run); ohne Anzeige verwenden Sie: eflow-wizard fleet run</translation>
    </message>
    <message>
        <source>Open only the Fleet window: deploy and provision the hosts of a fleet file, many at a time (without a display use: eflow-wizard fleet run).</source>
        <translation>Nur das Flottenfenster öffnen: die Hosts einer Flottendatei bereitstellen und provisionieren, viele gleichzeitig (ohne Anzeige: eflow-wizard fleet run).</translation>
    </message>
    <message>
        <source>With --fleet: the fleet file to load.</source>
        <translation>Mit --fleet: die zu ladende Flottendatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>With --fleet: the plan to load.</source>
        <translation>Mit --fleet: der zu ladende Plan.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>With --fleet: run at once and quit when the run ends.</source>
        <translation>Mit --fleet: sofort ausführen und beenden, wenn der Lauf endet.</translation>
    </message>
    <message>
        <source>With --fleet: hosts at a time, 1 to 64 (default 8).</source>
        <translation>Mit --fleet: Hosts gleichzeitig, 1 bis 64 (Standard 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--fleet-concurrency takes a whole number from 1 to 64, not &quot;%1&quot;</source>
        <translation>--fleet-concurrency nimmt eine ganze Zahl von 1 bis 64, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--fleet opens a window of its own and goes with --fleet-file, --fleet-plan, --fleet-run, --fleet-concurrency and --speed only; without a display use: eflow-wizard fleet run</source>
        <translation>--fleet öffnet ein eigenes Fenster und geht nur mit --fleet-file, --fleet-plan, --fleet-run, --fleet-concurrency und --speed; ohne Anzeige verwenden Sie: eflow-wizard fleet run</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>%1: unknown key; check its spelling against the plan file format.</source>
        <translation>%1: Unbekannter Schlüssel; prüfen Sie die Schreibweise anhand des Plandateiformats.</translation>
    </message>
    <message>
        <source>%1: plan files never hold secrets. Give the secret on standard input or keep it in the keychain and name it with provisioning.secretRef.</source>
        <extracomment>%1 is a key path in the plan file, e.g. provisioning.symmetricKey</extracomment>
        <translation>%1: Plandateien enthalten niemals Geheimnisse. Übergeben Sie das Geheimnis über die Standardeingabe, oder speichern Sie es im Schlüsselbund, und verweisen Sie mit provisioning.secretRef darauf.</translation>
    </message>
    <message>
        <source>Cannot write the plan file &apos;%1&apos;: %2.</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>Die Plandatei „%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The plan file &apos;%1&apos; was written, but its permissions could not be limited to its owner.</source>
        <translation>Die Plandatei „%1“ wurde geschrieben, aber ihre Berechtigungen konnten nicht auf den Besitzer beschränkt werden.</translation>
    </message>
    <message>
        <source>Cannot read the plan file &apos;%1&apos;: %2.</source>
        <translation>Die Plandatei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The plan file &apos;%1&apos; is %2 bytes; a plan file is at most %3 bytes.</source>
        <translation>Die Plandatei „%1“ ist %2 Bytes groß; eine Plandatei darf höchstens %3 Bytes groß sein.</translation>
    </message>
    <message>
        <source>The plan file &apos;%1&apos; is not valid JSON: %2 at offset %3.</source>
        <extracomment>%1 file path, %2 the parser&apos;s reason, %3 byte offset</extracomment>
        <translation>Die Plandatei „%1“ ist kein gültiges JSON: %2 bei Offset %3.</translation>
    </message>
    <message>
        <source>The plan file &apos;%1&apos; does not hold a JSON object.</source>
        <translation>Die Plandatei „%1“ enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The plan file &apos;%1&apos;: %2</source>
        <extracomment>%1 file path, %2 the problem (names the key)</extracomment>
        <translation>Plandatei „%1“: %2</translation>
    </message>
    <message>
        <source>The plan file &apos;%1&apos;: %2 appears more than once; keep one of them.</source>
        <extracomment>%1 file path, %2 the key path, e.g. vm.cpuCount</extracomment>
        <translation>Die Plandatei „%1“: %2 kommt mehr als einmal vor; behalten Sie nur einen Eintrag.</translation>
    </message>
</context>
<context>
    <name>ProxyCommand</name>
    <message>
        <source>none (no system proxy is set for %1)</source>
        <translation>keiner (für %1 ist kein Systemproxy festgelegt)</translation>
    </message>
    <message>
        <source>in the system keychain as %1</source>
        <translation>im Systemschlüsselbund als %1</translation>
    </message>
    <message>
        <source>warning: the old proxy password stays in the keychain: %1</source>
        <translation>Warnung: Das alte Proxykennwort bleibt im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>the proxy setting could not be written to %1</source>
        <translation>die Proxyeinstellung konnte nicht in %1 geschrieben werden</translation>
    </message>
    <message>
        <source>proxy set: --password-stdin needs a user in the address (http://USER@HOST:PORT)</source>
        <translation>proxy set: --password-stdin braucht einen Benutzer in der Adresse (http://USER@HOST:PORT)</translation>
    </message>
    <message>
        <source>Password of proxy user %1: </source>
        <translation>Kennwort des Proxybenutzers %1: </translation>
    </message>
    <message>
        <source>proxy set: no password came on standard input for proxy user %1</source>
        <translation>proxy set: Auf der Standardeingabe kam kein Kennwort für den Proxybenutzer %1</translation>
    </message>
    <message>
        <source>the proxy password could not be remembered, so nothing was changed: %1</source>
        <translation>das Proxykennwort konnte nicht gespeichert werden, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>How the wizard&apos;s own HTTPS (the DPS check, registrations, enrollments) leaves this computer; the
wizard&apos;s proxy dialog changes the same setting.
  show                   prints the mode, and the address or the system&apos;s proxy
  set http://[USER@]HOST:PORT   an HTTP proxy (HTTPS goes through it with CONNECT); with a USER
                         the password is read from standard input and kept in the system keychain
  set --system           the system&apos;s proxy (on Linux: https_proxy, no_proxy), the default
  set --direct           never a proxy
  clear                  back to the system&apos;s proxy, and the password is forgotten
Exit codes: 0 done, 1 the keychain failed, 2 wrong usage, 3 an invalid address or no password,
4 the settings could not be written.</source>
        <translation>Wie das eigene HTTPS des Assistenten (die DPS-Prüfung, Registrierungen, Registrierungseinträge) diesen
Computer verlässt; der Proxydialog des Assistenten ändert dieselbe Einstellung.
  show                   gibt den Modus aus und die Adresse oder den Proxy des Systems
  set http://[USER@]HOST:PORT   ein HTTP-Proxy (HTTPS läuft mit CONNECT hindurch); mit einem USER
                         wird das Kennwort von der Standardeingabe gelesen und im Systemschlüsselbund
                         gespeichert
  set --system           der Proxy des Systems (unter Linux: https_proxy, no_proxy), der Standard
  set --direct           nie ein Proxy
  clear                  zurück zum Proxy des Systems; das Kennwort wird vergessen
Exit-Codes: 0 erledigt, 1 der Schlüsselbund ist fehlgeschlagen, 2 falsche Verwendung, 3 eine ungültige
Adresse oder kein Kennwort, 4 die Einstellungen konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>show, set or clear</source>
        <translation>show, set oder clear</translation>
    </message>
    <message>
        <source>set: the proxy&apos;s address.</source>
        <translation>set: die Adresse des Proxys.</translation>
    </message>
    <message>
        <source>set: use the system&apos;s proxy.</source>
        <translation>set: den Proxy des Systems verwenden.</translation>
    </message>
    <message>
        <source>set: use no proxy.</source>
        <translation>set: keinen Proxy verwenden.</translation>
    </message>
    <message>
        <source>set: read the proxy user&apos;s password from standard input (also without this when a USER is given).</source>
        <translation>set: das Kennwort des Proxybenutzers von der Standardeingabe lesen (auch ohne diese Option, wenn ein USER angegeben ist).</translation>
    </message>
    <message>
        <source>proxy: say &quot;show&quot;, &quot;clear&quot;, &quot;set ADDRESS&quot;, &quot;set --system&quot; or &quot;set --direct&quot; (see proxy --help)</source>
        <translation>proxy: Geben Sie „show“, „clear“, „set ADRESSE“, „set --system“ oder „set --direct“ an (siehe proxy --help)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>RestartJob</name>
    <message>
        <source>The host answers again.</source>
        <translation>Der Host antwortet wieder.</translation>
    </message>
    <message>
        <source>The host answers, but Windows has not restarted yet.</source>
        <translation>Der Host antwortet, aber Windows wurde noch nicht neu gestartet.</translation>
    </message>
    <message>
        <source>No answer yet (attempt %1): %2</source>
        <translation>Noch keine Antwort (Versuch %1): %2</translation>
    </message>
    <message>
        <source>Wait for Windows to restart and reconnect</source>
        <translation>Auf den Neustart von Windows warten und erneut verbinden</translation>
    </message>
    <message>
        <source>The host did not answer within %1 after the restart. Check that Windows has started and the network is up, then try again.</source>
        <translation>Der Host hat nach dem Neustart nicht innerhalb von %1 geantwortet. Prüfen Sie, ob Windows gestartet und das Netzwerk verfügbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Waiting up to %1 for the host to answer again.</source>
        <translation>Es wird bis zu %1 gewartet, bis der Host wieder antwortet.</translation>
    </message>
    <message>
        <source>Restart Windows on the target device</source>
        <translation>Windows auf dem Zielgerät neu starten</translation>
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
    <message>
        <source>%1: %2 (see %1 --help)</source>
        <translation>%1: %2 (siehe %1 --help)</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>No system keychain is available here (no Secret Service on the D-Bus session bus), so nothing was stored; run this in a desktop session with an unlocked keychain, or give the key to the command that needs it on standard input.</source>
        <translation>Hier ist kein Systemschlüsselbund verfügbar (kein Secret Service auf dem D-Bus-Sitzungsbus), daher wurde nichts gespeichert; führen Sie dies in einer Desktop-Sitzung mit entsperrtem Schlüsselbund aus, oder geben Sie den Schlüssel dem Befehl, der ihn braucht, über die Standardeingabe.</translation>
    </message>
    <message>
        <source>Key to remember (input hidden): </source>
        <translation>Zu speichernder Schlüssel (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>secret store: no key given (pipe it on standard input, or use --file FILE)</source>
        <translation>secret store: kein Schlüssel angegeben (über die Standardeingabe übergeben oder --file DATEI verwenden)</translation>
    </message>
    <message>
        <source>Remembers keys in the system keychain (Secret Service, Credential Manager, Keychain), so that plan
files and host provision --secret-ref can name them as keychain:NAME instead of holding them.
  store NAME   remembers the key read from standard input (or --file), replacing any old one
  forget NAME  removes the key from the keychain
  list         prints the names of the remembered keys, one per line (never a key)
NAME: 1 to 64 characters A-Z a-z 0-9 . _ -, starting with a letter or digit. Keys are never taken
on the command line.
Exit codes: 0 done, 1 the keychain failed, is missing, or has no such key, 2 wrong usage,
3 invalid name or key, 4 the key file is missing or unreadable.</source>
        <translation>Speichert Schlüssel im Systemschlüsselbund (Secret Service, Anmeldeinformationsverwaltung, Schlüsselbund), damit
Plandateien und host provision --secret-ref sie als keychain:NAME nennen können, statt sie zu enthalten.
  store NAME   speichert den von der Standardeingabe (oder --file) gelesenen Schlüssel und ersetzt einen alten
  forget NAME  entfernt den Schlüssel aus dem Schlüsselbund
  list         gibt die Namen der gespeicherten Schlüssel aus, einen pro Zeile (nie einen Schlüssel)
NAME: 1 bis 64 Zeichen A-Z a-z 0-9 . _ -, beginnend mit einem Buchstaben oder einer Ziffer. Schlüssel werden nie
auf der Befehlszeile angenommen.
Exit-Codes: 0 erledigt, 1 der Schlüsselbund ist fehlgeschlagen, fehlt oder kennt den Schlüssel nicht, 2 falsche
Verwendung, 3 ungültiger Name oder Schlüssel, 4 die Schlüsseldatei fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>store, forget or list</source>
        <translation>store, forget oder list</translation>
    </message>
    <message>
        <source>The key&apos;s name (store, forget).</source>
        <translation>Der Name des Schlüssels (store, forget).</translation>
    </message>
    <message>
        <source>store: read the key from the first line of FILE.</source>
        <translation>store: den Schlüssel aus der ersten Zeile von DATEI lesen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>secret: say &quot;store NAME&quot;, &quot;forget NAME&quot; or &quot;list&quot; (see secret --help)</source>
        <translation>secret: Geben Sie „store NAME“, „forget NAME“ oder „list“ an (siehe secret --help)</translation>
    </message>
    <message>
        <source>secret %1: give exactly one NAME (see secret --help)</source>
        <translation>secret %1: Geben Sie genau einen NAME an (siehe secret --help)</translation>
    </message>
    <message>
        <source>secret list: takes no NAME (see secret --help)</source>
        <translation>secret list: nimmt keinen NAME (siehe secret --help)</translation>
    </message>
    <message>
        <source>secret: --file goes with store</source>
        <translation>secret: --file gehört zu store</translation>
    </message>
    <message>
        <source>Forgot %1: the system keychain no longer holds it.</source>
        <translation>%1 vergessen: Der Systemschlüsselbund enthält ihn nicht mehr.</translation>
    </message>
    <message>
        <source>Remembered %1 in the system keychain; plan files and host provision --secret-ref can name it so.</source>
        <translation>%1 im Systemschlüsselbund gespeichert; Plandateien und host provision --secret-ref können ihn so nennen.</translation>
    </message>
</context>
<context>
    <name>SecretRef</name>
    <message>
        <source>This looks like a key, not a name: a name says which key it is (for example dps-group-factory-a), and the key itself is given on standard input or in a file.</source>
        <translation>Das sieht wie ein Schlüssel aus, nicht wie ein Name: Ein Name sagt, welcher Schlüssel gemeint ist (zum Beispiel dps-group-factory-a); der Schlüssel selbst wird über die Standardeingabe oder in einer Datei angegeben.</translation>
    </message>
    <message>
        <source>The name of a remembered key is empty; write keychain:NAME, for example keychain:dps-group-factory-a.</source>
        <translation>Der Name eines gespeicherten Schlüssels ist leer; schreiben Sie keychain:NAME, zum Beispiel keychain:dps-group-factory-a.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key name: use 1 to %2 characters from A-Z, a-z, 0-9, dot, underscore and hyphen, starting with a letter or a digit.</source>
        <translation>„%1“ ist kein gültiger Schlüsselname: Verwenden Sie 1 bis %2 Zeichen aus A-Z, a-z, 0-9, Punkt, Unterstrich und Bindestrich, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>This is a key or a connection string, not a reference to one: keys are never written into plan files or journals. Remember it with &quot;eflow-wizard secret store NAME&quot; and write keychain:NAME instead.</source>
        <translation>Das ist ein Schlüssel oder eine Verbindungszeichenfolge, kein Verweis darauf: Schlüssel werden nie in Plandateien oder Journale geschrieben. Speichern Sie ihn mit „eflow-wizard secret store NAME“ und schreiben Sie stattdessen keychain:NAME.</translation>
    </message>
    <message>
        <source>A remembered key is written keychain:NAME (for example keychain:dps-group-factory-a), not &quot;%1&quot;.</source>
        <translation>Ein gespeicherter Schlüssel wird keychain:NAME geschrieben (zum Beispiel keychain:dps-group-factory-a), nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>SftpFetch</name>
    <message>
        <source>The host named the file &quot;%1&quot;, which cannot be copied: %2</source>
        <translation>Der Host hat die Datei „%1“ angegeben, die nicht kopiert werden kann: %2</translation>
    </message>
    <message>
        <source>the path is empty or too long.</source>
        <translation>Der Pfad ist leer oder zu lang.</translation>
    </message>
    <message>
        <source>the path holds a character the copy cannot pass on.</source>
        <translation>Der Pfad enthält ein Zeichen, das beim Kopieren nicht weitergegeben werden kann.</translation>
    </message>
    <message>
        <source>the path is not absolute.</source>
        <translation>Der Pfad ist nicht absolut.</translation>
    </message>
    <message>
        <source>the path climbs out of its folder.</source>
        <translation>Der Pfad verlässt seinen Ordner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain file name.</source>
        <translation>„%1“ ist kein einfacher Dateiname.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>sftp could not be started: %1</source>
        <translation>sftp konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Copying the support bundle</source>
        <translation>Kopieren des Supportpakets</translation>
    </message>
    <message>
        <source>sftp could not copy the file (%1).</source>
        <translation>sftp konnte die Datei nicht kopieren (%1).</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
</context>
<context>
    <name>SimHostState</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid state file.</source>
        <translation>%1 ist keine gültige Zustandsdatei.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
</context>
<context>
    <name>SimScenario</name>
    <message>
        <source>Windows 11 Pro laptop</source>
        <translation>Windows 11 Pro-Laptop</translation>
    </message>
    <message>
        <source>A current Windows 11 Pro with Hyper-V and the Default Switch: every check passes and EFLOW deploys.</source>
        <translation>Ein aktuelles Windows 11 Pro mit Hyper-V und dem Default Switch: Alle Prüfungen werden bestanden, und EFLOW wird bereitgestellt.</translation>
    </message>
    <message>
        <source>Windows Server 2022 without a virtual switch</source>
        <translation>Windows Server 2022 ohne virtuellen Switch</translation>
    </message>
    <message>
        <source>Hyper-V role installed but no switch at all: deploying fails until an Internal switch with NAT is created.</source>
        <translation>Hyper-V-Rolle installiert, aber überhaupt kein Switch: Die Bereitstellung schlägt fehl, bis ein interner Switch mit NAT erstellt wurde.</translation>
    </message>
    <message>
        <source>Windows 10 Home</source>
        <translation>Windows 10 Home</translation>
    </message>
    <message>
        <source>An edition without Hyper-V: the checks mark it unsupported and Deploy-Eflow refuses it.</source>
        <translation>Eine Edition ohne Hyper-V: Die Prüfungen kennzeichnen sie als nicht unterstützt, und Deploy-Eflow lehnt sie ab.</translation>
    </message>
    <message>
        <source>Windows 10 Pro with too little free memory</source>
        <translation>Windows 10 Pro mit zu wenig freiem Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Windows 11 Pro with Hyper-V turned off</source>
        <translation>Windows 11 Pro mit deaktiviertem Hyper-V</translation>
    </message>
    <message>
        <source>Hyper-V can be enabled from the wizard, but only a restart finishes it; deploying before that fails.</source>
        <translation>Hyper-V kann über den Assistenten aktiviert werden, aber erst ein Neustart schließt die Aktivierung ab; eine Bereitstellung vor dem Neustart schlägt fehl.</translation>
    </message>
    <message>
        <source>Windows Server 2022 with an NVIDIA Tesla T4</source>
        <translation>Windows Server 2022 mit einer NVIDIA Tesla T4</translation>
    </message>
    <message>
        <source>A GPU server with an External switch: Direct Device Assignment of the T4 works, of any other GPU not.</source>
        <translation>Ein GPU-Server mit einem externen Switch: Direct Device Assignment funktioniert für die T4, für jede andere GPU nicht.</translation>
    </message>
    <message>
        <source>Windows 11 Enterprise with an NVIDIA GeForce RTX 3060</source>
        <translation>Windows 11 Enterprise mit einer NVIDIA GeForce RTX 3060</translation>
    </message>
    <message>
        <source>A workstation whose GPU supports GPU Paravirtualization; Direct Device Assignment of it is refused.</source>
        <translation>Eine Workstation, deren GPU die GPU-Paravirtualisierung unterstützt; Direct Device Assignment dieser GPU wird abgelehnt.</translation>
    </message>
    <message>
        <source>Windows 11 Pro in a Hyper-V virtual machine</source>
        <translation>Windows 11 Pro in einer virtuellen Hyper-V-Maschine</translation>
    </message>
    <message>
        <source>Nested virtualization is exposed, so EFLOW deploys; GPU passthrough is not possible in a nested VM.</source>
        <translation>Die geschachtelte Virtualisierung ist verfügbar, daher wird EFLOW bereitgestellt; GPU-Passthrough ist in einer geschachtelten VM nicht möglich.</translation>
    </message>
    <message>
        <source>Windows 10 IoT Enterprise with EFLOW 1.4 already deployed</source>
        <translation>Windows 10 IoT Enterprise mit bereits bereitgestelltem EFLOW 1.4</translation>
    </message>
    <message>
        <source>EFLOW 1.4 LTS is installed and its virtual machine runs: deploying again keeps the existing one.</source>
        <translation>EFLOW 1.4 LTS ist installiert, und die zugehörige virtuelle Maschine wird ausgeführt: Bei einer erneuten Bereitstellung wird die vorhandene beibehalten.</translation>
    </message>
    <message>
        <source>A 4 GB machine with about 1.6 GB free: the default 1024 MB fits; asking for more is refused (Settings, and Deploy-Eflow&apos;s &quot;Not enough memory available.&quot;).</source>
        <translation>Ein Computer mit 4 GB und etwa 1,6 GB freiem Speicher: Die Standardeinstellung von 1024 MB passt; mehr wird abgelehnt (Einstellungen sowie „Not enough memory available.“ von Deploy-Eflow).</translation>
    </message>
</context>
<context>
    <name>SimSupportBundle</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SimulatedHost</name>
    <message>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <source>Host check</source>
        <translation>Hostprüfung</translation>
    </message>
    <message>
        <source>Enabling Hyper-V</source>
        <translation>Aktivieren von Hyper-V</translation>
    </message>
    <message>
        <source>Hyper-V cannot be enabled on this edition of Windows.</source>
        <translation>Hyper-V kann in dieser Windows-Edition nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>Creating the virtual switch</source>
        <translation>Erstellen des virtuellen Switches</translation>
    </message>
    <message>
        <source>The switch needs a name, an IPv4 host address and a prefix length from 8 to 30 (got &quot;%1&quot;, &quot;%2&quot;, %3).</source>
        <translation>Der Switch benötigt einen Namen, eine IPv4-Hostadresse und eine Präfixlänge von 8 bis 30 (erhalten: „%1“, „%2“, %3).</translation>
    </message>
    <message>
        <source>Installing EFLOW</source>
        <translation>Installieren von EFLOW</translation>
    </message>
    <message>
        <source>%1 %2 of another release line is installed; uninstall it before installing %3.</source>
        <translation>%1 %2 einer anderen Versionslinie ist installiert; deinstallieren Sie es, bevor Sie %3 installieren.</translation>
    </message>
    <message>
        <source>Downloading the installer</source>
        <translation>Installationsprogramm wird heruntergeladen</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Wird installiert</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Deploying EFLOW</source>
        <translation>Bereitstellen von EFLOW</translation>
    </message>
    <message>
        <source>Deploy-Eflow failed: %1</source>
        <translation>Deploy-Eflow ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The AzureEFLOW module is not installed; install EFLOW first.</source>
        <translation>Das AzureEFLOW-Modul ist nicht installiert; installieren Sie zuerst EFLOW.</translation>
    </message>
    <message>
        <source>The EFLOW virtual machine %1 already exists; it is kept.</source>
        <translation>Die virtuelle EFLOW-Maschine %1 ist bereits vorhanden; sie wird beibehalten.</translation>
    </message>
    <message>
        <source>Already deployed</source>
        <translation>Bereits bereitgestellt</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisionierung</translation>
    </message>
    <message>
        <source>Provision-EflowVm failed: %1</source>
        <translation>Provision-EflowVm ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Starting the IoT Edge runtime</source>
        <translation>IoT Edge-Runtime wird gestartet</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Provisioniert</translation>
    </message>
    <message>
        <source>Reading the virtual machine status</source>
        <translation>Lesen des Status der virtuellen Maschine</translation>
    </message>
    <message>
        <source>There is no EFLOW virtual machine on this host.</source>
        <translation>Auf diesem Host ist keine virtuelle EFLOW-Maschine vorhanden.</translation>
    </message>
    <message>
        <source>Reading the module list</source>
        <translation>Lesen der Modulliste</translation>
    </message>
    <message>
        <source>The IoT Edge runtime in the virtual machine does not answer.</source>
        <translation>Die IoT Edge-Runtime in der virtuellen Maschine antwortet nicht.</translation>
    </message>
    <message>
        <source>Reading the service status</source>
        <translation>Lesen des Dienststatus</translation>
    </message>
    <message>
        <source>Running iotedge check</source>
        <translation>Ausführen von iotedge check</translation>
    </message>
    <message>
        <source>Reading the IoT Edge logs</source>
        <translation>Lesen der IoT Edge-Protokolle</translation>
    </message>
    <message>
        <source>Collecting the support bundle</source>
        <translation>Erfassen des Supportpakets</translation>
    </message>
    <message>
        <source>Reading the module&apos;s logs</source>
        <translation>Lesen der Modulprotokolle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module name.</source>
        <translation>„%1“ ist kein Modulname.</translation>
    </message>
    <message>
        <source>The logs of module %1 could not be read.</source>
        <translation>Die Protokolle des Moduls %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Copying the support bundle</source>
        <translation>Kopieren des Supportpakets</translation>
    </message>
    <message>
        <source>%1 does not answer: it is restarting.</source>
        <translation>%1 antwortet nicht: Neustart läuft.</translation>
    </message>
    <message>
        <source>Restarting Windows</source>
        <translation>Neustarten von Windows</translation>
    </message>
    <message>
        <source>Uninstalling EFLOW</source>
        <translation>Deinstallieren von EFLOW</translation>
    </message>
    <message>
        <source>The demo host&apos;s state cannot be used: %1 Remove or repair the file to go on.</source>
        <translation>Der Zustand des Demo-Hosts kann nicht verwendet werden: %1 Entfernen oder reparieren Sie die Datei, um fortzufahren.</translation>
    </message>
    <message>
        <source>Demo: %1 (%2)</source>
        <extracomment>%1 the scenario&apos;s title, %2 the demo machine&apos;s name</extracomment>
        <translation>Demo: %1 (%2)</translation>
    </message>
    <message>
        <source>Configuring the IoT Edge proxy</source>
        <translation>IoT Edge-Proxy wird konfiguriert</translation>
    </message>
    <message>
        <source>IoT Edge 1.1 in this virtual machine has no aziot services; its proxy is not set by the wizard.</source>
        <translation>IoT Edge 1.1 in dieser virtuellen Maschine hat keine aziot-Dienste; sein Proxy wird vom Assistenten nicht festgelegt.</translation>
    </message>
</context>
<context>
    <name>SshKnownHosts</name>
    <message>
        <source>ssh-keyscan could not be started (%1); install the OpenSSH client.</source>
        <translation>ssh-keyscan konnte nicht gestartet werden (%1); installieren Sie den OpenSSH-Client.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not show its host key (ssh-keyscan found none within %n second(s)).</source>
        <translation>
            <numerusform>%1 hat seinen Hostschlüssel nicht gezeigt (ssh-keyscan fand innerhalb von %n Sekunde keinen).</numerusform>
            <numerusform>%1 hat seinen Hostschlüssel nicht gezeigt (ssh-keyscan fand innerhalb von %n Sekunden keinen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now shows %2, not %3: nothing was trusted. Check the fingerprint with the host&apos;s administrator.</source>
        <translation>%1 zeigt jetzt %2, nicht %3: Es wurde nichts vertraut. Prüfen Sie den Fingerabdruck mit dem Administrator des Hosts.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 already holds a different key for %2. If the host was reinstalled, remove the old key first (ssh-keygen -f &quot;%1&quot; -R &quot;%2&quot;).</source>
        <translation>%1 enthält bereits einen anderen Schlüssel für %2. Wenn der Host neu installiert wurde, entfernen Sie zuerst den alten Schlüssel (ssh-keygen -f &quot;%1&quot; -R &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>the DPS service client is busy</source>
        <translation>Der DPS-Dienstclient ist beschäftigt</translation>
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
    <message>
        <source>Provisioning method</source>
        <translation>Provisionierungsmethode</translation>
    </message>
    <message>
        <source>Global endpoint</source>
        <translation>Globaler Endpunkt</translation>
    </message>
    <message>
        <source>IoT Hub host name</source>
        <translation>IoT Hub-Hostname</translation>
    </message>
    <message>
        <source>Identity certificate path</source>
        <translation>Pfad des Identitätszertifikats</translation>
    </message>
    <message>
        <source>Identity private key path</source>
        <translation>Pfad des privaten Identitätsschlüssels</translation>
    </message>
    <message>
        <source>Key source</source>
        <translation>Schlüsselquelle</translation>
    </message>
    <message>
        <source>Secret reference</source>
        <translation>Geheimnisverweis</translation>
    </message>
    <message>
        <source>%1 starts or ends with a space; remove it.</source>
        <translation>%1 beginnt oder endet mit einem Leerzeichen; entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an absolute Windows path; write it like C:\certs\device.pem.</source>
        <extracomment>%1 field name, %2 the path as typed</extracomment>
        <translation>%1 „%2“ ist kein absoluter Windows-Pfad; schreiben Sie ihn in der Form C:\certs\device.pem.</translation>
    </message>
    <message>
        <source>%1: %2 at position %3 is not allowed in a Windows path.</source>
        <translation>%1: %2 an Position %3 ist in einem Windows-Pfad nicht zulässig.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; names a folder; give the path of the file.</source>
        <translation>%1 „%2“ verweist auf einen Ordner; geben Sie den Pfad der Datei an.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an https URL; the public endpoint is https://global.azure-devices-provisioning.net.</source>
        <translation>%1 „%2“ ist keine https-URL; der öffentliche Endpunkt ist https://global.azure-devices-provisioning.net.</translation>
    </message>
    <message>
        <source>%1 is required: store %2 in the keychain or give it on standard input.</source>
        <extracomment>%1 &quot;Secret reference&quot;, %2 what the secret is, e.g. &quot;the symmetric key&quot;</extracomment>
        <translation>%1 ist erforderlich: Speichern Sie %2 im Schlüsselbund, oder übergeben Sie das Geheimnis über die Standardeingabe.</translation>
    </message>
    <message>
        <source>%1 is the same file as the certificate; the private key is a file of its own.</source>
        <translation>%1 ist dieselbe Datei wie das Zertifikat; der private Schlüssel ist eine eigene Datei.</translation>
    </message>
    <message>
        <source>%1 is required: choose connection string, X.509 or symmetric key (DPS), X.509 (DPS) or TPM (DPS).</source>
        <translation>%1 ist erforderlich: Wählen Sie Verbindungszeichenfolge, X.509 oder symmetrischer Schlüssel (DPS), X.509 (DPS) oder TPM (DPS).</translation>
    </message>
    <message>
        <source>the device connection string</source>
        <translation>die Geräte-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>%1 is required: choose the individual enrollment&apos;s key or a key derived from an enrollment group&apos;s key.</source>
        <translation>%1 ist erforderlich: Wählen Sie den Schlüssel der Einzelregistrierung oder einen Schlüssel, der aus dem Schlüssel einer Registrierungsgruppe abgeleitet wird.</translation>
    </message>
    <message>
        <source>the enrollment group&apos;s key</source>
        <translation>den Schlüssel der Registrierungsgruppe</translation>
    </message>
    <message>
        <source>the symmetric key</source>
        <translation>den symmetrischen Schlüssel</translation>
    </message>
    <message>
        <source>NAT prefix length must be between %1 and %2 (e.g. 24 for 255.255.255.0); %3 was entered.</source>
        <translation>Die NAT-Präfixlänge muss zwischen %1 und %2 liegen (z. B. 24 für 255.255.255.0); eingegeben wurde %3.</translation>
    </message>
    <message>
        <source>Host address &apos;%1&apos; is not an IPv4 address such as 172.20.0.1.</source>
        <extracomment>%1 is the address as typed</extracomment>
        <translation>Die Hostadresse „%1“ ist keine IPv4-Adresse wie 172.20.0.1.</translation>
    </message>
    <message>
        <source>Host address %1 is the network or broadcast address of %2; choose an address from %3 to %4.</source>
        <translation>Die Hostadresse %1 ist die Netz- oder Broadcastadresse von %2; wählen Sie eine Adresse von %3 bis %4.</translation>
    </message>
    <message>
        <source>Switch name is required for a static IP: the Default Switch always uses DHCP; choose another switch for a static address.</source>
        <translation>Für eine statische IP ist ein Switchname erforderlich: Der Default Switch verwendet immer DHCP; wählen Sie für eine statische Adresse einen anderen Switch.</translation>
    </message>
    <message>
        <source>Switch name &apos;%1&apos; is not the new switch &apos;%2&apos;: the VM is deployed on the switch that is created; leave the switch name empty or give the new switch&apos;s name.</source>
        <translation>Der Switchname „%1“ ist nicht der neue Switch „%2“: Die VM wird auf dem erstellten Switch bereitgestellt; lassen Sie den Switchnamen leer oder geben Sie den Namen des neuen Switches an.</translation>
    </message>
    <message>
        <source>Switch type is External, but the new switch &apos;%1&apos; is an Internal switch with NAT; set the switch type to Internal.</source>
        <translation>Der Switchtyp ist External, aber der neue Switch „%1“ ist ein interner Switch mit NAT; setzen Sie den Switchtyp auf Internal.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 &quot;Secret reference&quot;, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New switch name</source>
        <translation>Name des neuen Switches</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>Hostadresse</translation>
    </message>
    <message>
        <source>NAT prefix length</source>
        <translation>NAT-Präfixlänge</translation>
    </message>
    <message>
        <source>%1 cannot set the virtual machine&apos;s DNS servers (Set-EflowVmDNSServers arrives with 1.4 LTS); remove them or choose a newer release.</source>
        <translation>%1 kann die DNS-Server der virtuellen Maschine nicht festlegen (Set-EflowVmDNSServers gibt es erst ab 1.4 LTS); entfernen Sie sie oder wählen Sie ein neueres Release.</translation>
    </message>
    <message>
        <source>%1 takes a DPS api-version such as 2021-06-01 or 2019-03-31-preview, not &apos;%2&apos;.</source>
        <extracomment>%1 names the option, e.g. --api-version; %2 the value given</extracomment>
        <translation>%1 erwartet eine DPS-api-version wie 2021-06-01 oder 2019-03-31-preview, nicht „%2“.</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not allowed in the proxy&apos;s address; type it as http://HOST:PORT.</source>
        <translation>das Zeichen „%1“ ist in der Adresse des Proxys nicht zulässig; geben Sie sie als http://HOST:PORT ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address; type it as http://HOST:PORT, for example http://proxy.contoso.com:3128.</source>
        <translation>„%1“ ist keine Proxyadresse; geben Sie sie als http://HOST:PORT ein, zum Beispiel http://proxy.contoso.com:3128.</translation>
    </message>
    <message>
        <source>the proxy&apos;s address must start with http:// (or https:// for a proxy that takes TLS), not %1://.</source>
        <translation>die Adresse des Proxys muss mit http:// beginnen (oder https:// für einen Proxy, der TLS annimmt), nicht mit %1://.</translation>
    </message>
    <message>
        <source>the proxy&apos;s address holds a user name or password, which would be kept in plain text in the plan and in the virtual machine&apos;s configuration; let the proxy allow the device by its address instead.</source>
        <translation>die Adresse des Proxys enthält einen Benutzernamen oder ein Kennwort, die im Plan und in der Konfiguration der virtuellen Maschine im Klartext gespeichert würden; lassen Sie den Proxy das Gerät stattdessen anhand seiner Adresse zulassen.</translation>
    </message>
    <message>
        <source>the proxy&apos;s host name &quot;%1&quot; is not valid.</source>
        <translation>der Hostname „%1“ des Proxys ist ungültig.</translation>
    </message>
    <message>
        <source>the proxy&apos;s address needs a port, for example http://%1:3128.</source>
        <translation>die Adresse des Proxys braucht einen Port, zum Beispiel http://%1:3128.</translation>
    </message>
    <message>
        <source>the proxy&apos;s address has a path (%1); give only http://HOST:PORT.</source>
        <translation>die Adresse des Proxys enthält einen Pfad (%1); geben Sie nur http://HOST:PORT an.</translation>
    </message>
    <message>
        <source>the proxy&apos;s address has a query or fragment; give only http://HOST:PORT.</source>
        <translation>die Adresse des Proxys enthält eine Abfrage oder ein Fragment; geben Sie nur http://HOST:PORT an.</translation>
    </message>
    <message>
        <source>Upstream protocol: &quot;%1&quot; is not one of %2.</source>
        <translation>Upstream-Protokoll: „%1“ ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>IoT Edge proxy: type the proxy&apos;s address (http://HOST:PORT), or turn the proxy off.</source>
        <translation>IoT Edge-Proxy: Geben Sie die Adresse des Proxys ein (http://HOST:PORT), oder schalten Sie den Proxy aus.</translation>
    </message>
    <message>
        <source>IoT Edge proxy: the address is longer than 512 characters.</source>
        <translation>IoT Edge-Proxy: Die Adresse ist länger als 512 Zeichen.</translation>
    </message>
    <message>
        <source>IoT Edge proxy: %1</source>
        <translation>IoT Edge-Proxy: %1</translation>
    </message>
    <message>
        <source>IoT Edge proxy: %1 keeps IoT Edge 1.1, whose proxy settings the wizard does not write; choose 1.4 LTS or later, or set the proxy by hand.</source>
        <translation>IoT Edge-Proxy: %1 behält IoT Edge 1.1, dessen Proxyeinstellungen der Assistent nicht schreibt; wählen Sie 1.4 LTS oder neuer, oder legen Sie den Proxy von Hand fest.</translation>
    </message>
    <message>
        <source>IoT Edge proxy</source>
        <translation>IoT Edge-Proxy</translation>
    </message>
    <message>
        <source>Upstream protocol</source>
        <translation>Upstream-Protokoll</translation>
    </message>
</context>
<context>
    <name>WizardRunner</name>
    <message>
        <source>Plan: EFLOW %1; Deploy-Eflow answers: -acceptEula %2 -acceptOptionalTelemetry %3</source>
        <translation>Plan: EFLOW %1; Antworten für Deploy-Eflow: -acceptEula %2 -acceptOptionalTelemetry %3</translation>
    </message>
    <message>
        <source>Result: the wizard did not complete (see above).</source>
        <translation>Ergebnis: Der Assistent wurde nicht abgeschlossen (siehe oben).</translation>
    </message>
    <message>
        <source>Longest stall of the GUI thread: %1 ms (%2 ticks of 5 ms, %3 stalls over 50 ms)</source>
        <translation>Längste Blockierung des GUI-Threads: %1 ms (%2 Takte zu 5 ms, %3 Blockierungen über 50 ms)</translation>
    </message>
    <message>
        <source>  It ended %1 ms into the run, on the page &quot;%2&quot;.</source>
        <translation>  Sie endete %1 ms nach dem Start des Laufs, auf der Seite „%2“.</translation>
    </message>
    <message>
        <source>Result: the device is provisioned and edgeAgent is running.</source>
        <translation>Ergebnis: Das Gerät ist provisioniert, und edgeAgent wird ausgeführt.</translation>
    </message>
    <message>
        <source>--target %1: %2</source>
        <translation>--target %1: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
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
        <source>DPS is assigning (operation %1), next poll in %2 s</source>
        <translation>DPS führt die Zuweisung durch (Vorgang %1), nächste Abfrage in %2 s</translation>
    </message>
</context>
<context>
    <name>eflow::host::PowerShellHostBackend</name>
    <message>
        <source>Downloading the installer</source>
        <translation>Installationsprogramm wird heruntergeladen</translation>
    </message>
    <message>
        <source>Installing Azure IoT Edge</source>
        <translation>Installieren von Azure IoT Edge</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Enabling Hyper-V</source>
        <translation>Aktivieren von Hyper-V</translation>
    </message>
    <message>
        <source>Installing the Hyper-V role</source>
        <translation>Hyper-V-Rolle wird installiert</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>The host&apos;s answer to the check could not be read (%1). The host may run a PowerShell version the wizard does not know.</source>
        <translation>Die Antwort des Hosts auf die Prüfung konnte nicht gelesen werden (%1). Möglicherweise wird auf dem Host eine PowerShell-Version ausgeführt, die der Assistent nicht kennt.</translation>
    </message>
    <message>
        <source>Deployment successful</source>
        <translation>Bereitstellung erfolgreich</translation>
    </message>
    <message>
        <source>%1 could not be started on %2: %3</source>
        <translation>Der Vorgang „%1“ konnte nicht gestartet werden (Ziel: %2): %3</translation>
    </message>
    <message>
        <source>%1 could not connect to %2 (%3). Check the host name, that its OpenSSH server runs, and that key login works.</source>
        <translation>Der Vorgang „%1“ konnte keine Verbindung mit %2 herstellen (%3). Prüfen Sie den Hostnamen, ob der OpenSSH-Server ausgeführt wird und ob die Anmeldung per Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Der Vorgang „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 could not be started: no target host is set.</source>
        <translation>Der Vorgang „%1“ konnte nicht gestartet werden: Es ist kein Zielhost festgelegt.</translation>
    </message>
    <message>
        <source>The host check</source>
        <translation>Hostprüfung</translation>
    </message>
    <message>
        <source>Creating the virtual switch</source>
        <translation>Erstellen des virtuellen Switches</translation>
    </message>
    <message>
        <source>The deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisionierung</translation>
    </message>
    <message>
        <source>Reading the virtual machine status</source>
        <translation>Lesen des Status der virtuellen Maschine</translation>
    </message>
    <message>
        <source>Reading the module list</source>
        <translation>Lesen der Modulliste</translation>
    </message>
    <message>
        <source>Reading the IoT Edge service status</source>
        <translation>Lesen des IoT Edge-Dienststatus</translation>
    </message>
    <message>
        <source>The IoT Edge check</source>
        <translation>IoT Edge-Prüfung</translation>
    </message>
    <message>
        <source>Reading the IoT Edge logs</source>
        <translation>Lesen der IoT Edge-Protokolle</translation>
    </message>
    <message>
        <source>Collecting the support bundle</source>
        <translation>Erfassen des Supportpakets</translation>
    </message>
    <message>
        <source>Restarting Windows</source>
        <translation>Neustarten von Windows</translation>
    </message>
    <message>
        <source>Uninstalling EFLOW</source>
        <translation>Deinstallieren von EFLOW</translation>
    </message>
    <message>
        <source>Reading the license terms</source>
        <translation>Lesen der Lizenzbedingungen</translation>
    </message>
    <message>
        <source>Reading the logs of module %1</source>
        <translation>Lesen der Protokolle des Moduls %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module name.</source>
        <translation>„%1“ ist kein Modulname.</translation>
    </message>
    <message>
        <source>Copying the support bundle</source>
        <translation>Kopieren des Supportpakets</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>Setting the IoT Edge proxy</source>
        <translation>IoT Edge-Proxy wird festgelegt</translation>
    </message>
    <message>
        <source>No IoT Edge proxy was given.</source>
        <translation>Es wurde kein IoT Edge-Proxy angegeben.</translation>
    </message>
</context>
<context>
    <name>eflow::host::PowerShellProcess</name>
    <message>
        <source>%1 could not be started: this computer has no usable OpenSSH client; install the OpenSSH client or use the demo host</source>
        <translation>%1 konnte nicht gestartet werden: Auf diesem Computer ist kein verwendbarer OpenSSH-Client vorhanden; installieren Sie den OpenSSH-Client, oder verwenden Sie den Demohost</translation>
    </message>
    <message>
        <source>%1 could not be started: this computer has no Windows PowerShell; use the demo host or a remote Windows host</source>
        <translation>%1 konnte nicht gestartet werden: Auf diesem Computer ist kein Windows PowerShell vorhanden; verwenden Sie den Demohost oder einen Windows-Remotehost</translation>
    </message>
    <message numerus="yes">
        <source>PowerShell did not finish within %n second(s) and was stopped; the host may be busy or waiting for input. Try again, or raise the time limit.</source>
        <translation>
            <numerusform>PowerShell wurde nicht innerhalb von %n Sekunde abgeschlossen und daher beendet; der Host ist möglicherweise ausgelastet oder wartet auf eine Eingabe. Versuchen Sie es erneut, oder erhöhen Sie das Zeitlimit.</numerusform>
            <numerusform>PowerShell wurde nicht innerhalb von %n Sekunden abgeschlossen und daher beendet; der Host ist möglicherweise ausgelastet oder wartet auf eine Eingabe. Versuchen Sie es erneut, oder erhöhen Sie das Zeitlimit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>PowerShell ended abnormally (crashed). See the details for its last error output.</source>
        <translation>PowerShell wurde unerwartet beendet (Absturz). Die letzte Fehlerausgabe finden Sie in den Details.</translation>
    </message>
    <message>
        <source>The PowerShell script failed with exit code %1. See the details for its error output.</source>
        <translation>Das PowerShell-Skript ist mit dem Exitcode %1 fehlgeschlagen. Die Fehlerausgabe finden Sie in den Details.</translation>
    </message>
    <message>
        <source>The PowerShell script ended without reporting a result; the host&apos;s PowerShell may be too old or the script was interrupted.</source>
        <translation>Das PowerShell-Skript wurde beendet, ohne ein Ergebnis zu melden; die PowerShell des Hosts ist möglicherweise zu alt, oder das Skript wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The PowerShell script reported a result that is not a JSON object (%1).</source>
        <translation>Das PowerShell-Skript hat ein Ergebnis gemeldet, das kein JSON-Objekt ist (%1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The PowerShell script reported a result larger than %1 MB, more than the wizard reads; ask for less, for example fewer log lines.</source>
        <translation>Das PowerShell-Skript hat ein Ergebnis von mehr als %1 MB gemeldet, mehr als der Assistent liest; fordern Sie weniger an, zum Beispiel weniger Protokollzeilen.</translation>
    </message>
</context>
<context>
    <name>eflow::host::SshHostKeyScan</name>
    <message>
        <source>ssh-keyscan did not finish in time.</source>
        <translation>ssh-keyscan wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>ssh-keyscan printed more than a host key.</source>
        <translation>ssh-keyscan hat mehr als einen Hostschlüssel ausgegeben.</translation>
    </message>
    <message>
        <source>ssh-keyscan could not be started (%1); install the OpenSSH client.</source>
        <translation>ssh-keyscan konnte nicht gestartet werden (%1); installieren Sie den OpenSSH-Client.</translation>
    </message>
    <message>
        <source>ssh-keyscan found no host key.</source>
        <translation>ssh-keyscan hat keinen Hostschlüssel gefunden.</translation>
    </message>
    <message>
        <source>%1 was refused: THE HOST KEY OF %2 HAS CHANGED since it was trusted (it now shows %3). Someone may be intercepting the connection, or the host was reinstalled. The wizard does not connect. Only if the host&apos;s administrator confirms a reinstall, remove the old key from %4 and check the host again.</source>
        <translation>%1 wurde abgelehnt: DER HOSTSCHLÜSSEL VON %2 HAT SICH GEÄNDERT, seit ihm vertraut wurde (er zeigt jetzt %3). Jemand könnte die Verbindung abfangen, oder der Host wurde neu installiert. Der Assistent verbindet sich nicht. Nur wenn der Administrator des Hosts eine Neuinstallation bestätigt, entfernen Sie den alten Schlüssel aus %4 und prüfen den Host erneut.</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>einen anderen Schlüssel</translation>
    </message>
    <message>
        <source>%1 was not started: the wizard does not know the host key of %2 yet, and its fingerprint could not be read (%3).</source>
        <translation>%1 wurde nicht gestartet: Der Assistent kennt den Hostschlüssel von %2 noch nicht, und sein Fingerabdruck konnte nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>%1 was not started: the wizard does not know the host key of %2 yet (%3, fingerprint %4).</source>
        <translation>%1 wurde nicht gestartet: Der Assistent kennt den Hostschlüssel von %2 noch nicht (%3, Fingerabdruck %4).</translation>
    </message>
</context>
<context>
    <name>eflow::jobs::Pipeline</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The step stopped unexpectedly.</source>
        <translation>Der Schritt wurde unerwartet beendet.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” did not finish within %n second(s).</source>
        <translation>
            <numerusform>„%1“ wurde nicht innerhalb von %n Sekunde abgeschlossen.</numerusform>
            <numerusform>„%1“ wurde nicht innerhalb von %n Sekunden abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” did not finish in time.</source>
        <translation>„%1“ wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>eflow::localdps::LocalDps</name>
    <message>
        <source>Cannot create the local DPS state folder %1.</source>
        <translation>Der Statusordner des lokalen DPS %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read the local DPS state file %1: %2</source>
        <translation>Die Statusdatei des lokalen DPS %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The service policy key is not valid base64.</source>
        <translation>Der Richtlinienschlüssel des Dienstes ist kein gültiges Base64.</translation>
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
        <translation>Die Statusdatei des lokalen DPS %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>eflow::localdps::LocalDpsThread</name>
    <message numerus="yes">
        <source>The local DPS did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der lokale DPS hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der lokale DPS hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eflow::sim::DemoEnvironment</name>
    <message>
        <source>No temporary folder for the local DPS certificate: %1</source>
        <translation>Kein temporärer Ordner für das Zertifikat des lokalen DPS: %1</translation>
    </message>
    <message>
        <source>The local DPS did not start: %1</source>
        <translation>Der lokale DPS wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Cannot write the local DPS certificate to %1: %2</source>
        <translation>Das Zertifikat des lokalen DPS kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The demo enrollments could not be made: %1</source>
        <translation>Die Demoregistrierungen konnten nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>the local DPS did not answer in time.</source>
        <translation>der lokale DPS hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>eflow::support::OwnerOnlySaveFile</name>
    <message>
        <source>%1 can be read by others, and its permissions cannot be limited to its owner (it may belong to someone else); nothing was written</source>
        <extracomment>%1 file path</extracomment>
        <translation>%1 kann von anderen gelesen werden, und seine Berechtigungen lassen sich nicht auf den Besitzer beschränken (die Datei gehört vielleicht jemand anderem); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be limited to its owner; nothing was written</source>
        <extracomment>%1 file path</extracomment>
        <translation>Die Berechtigungen von %1 lassen sich nicht auf den Besitzer beschränken; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <extracomment>%1 folder path</extracomment>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <extracomment>%1 path</extracomment>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 can be read by others, and its permissions cannot be limited to its owner (it may belong to someone else).</source>
        <extracomment>%1 folder path</extracomment>
        <translation>Der Ordner %1 kann von anderen gelesen werden, und seine Berechtigungen lassen sich nicht auf den Besitzer beschränken (er gehört vielleicht jemand anderem).</translation>
    </message>
</context>
<context>
    <name>eflow::support::SecretStore</name>
    <message>
        <source>The key to remember is empty or longer than %1 bytes; give the key itself (a base64 key or a connection string).</source>
        <translation>Der zu speichernde Schlüssel ist leer oder länger als %1 Bytes; geben Sie den Schlüssel selbst an (einen Base64-Schlüssel oder eine Verbindungszeichenfolge).</translation>
    </message>
    <message>
        <source>No key named %1 is remembered in the system keychain, so there was nothing to forget.</source>
        <translation>Im Systemschlüsselbund ist kein Schlüssel namens %1 gespeichert, es gab also nichts zu vergessen.</translation>
    </message>
    <message>
        <source>No key named %1 is remembered in the system keychain; remember it first with &quot;eflow-wizard secret store %1&quot;, or give the key itself.</source>
        <translation>Im Systemschlüsselbund ist kein Schlüssel namens %1 gespeichert; speichern Sie ihn zuerst mit „eflow-wizard secret store %1“, oder geben Sie den Schlüssel selbst an.</translation>
    </message>
    <message>
        <source>No system keychain is available here (no Secret Service on the D-Bus session bus), so the key is held in memory only for this run.</source>
        <translation>Hier ist kein Systemschlüsselbund verfügbar (kein Secret Service auf dem D-Bus-Sitzungsbus), daher wird der Schlüssel nur für diesen Lauf im Speicher gehalten.</translation>
    </message>
    <message>
        <source>No system keychain is available here (no Secret Service on the D-Bus session bus), so remembered keys cannot be used; give the key itself instead.</source>
        <translation>Hier ist kein Systemschlüsselbund verfügbar (kein Secret Service auf dem D-Bus-Sitzungsbus), daher können gespeicherte Schlüssel nicht verwendet werden; geben Sie stattdessen den Schlüssel selbst an.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access; unlock it (for example by logging in to the desktop session) and try again.</source>
        <translation>Der Systemschlüsselbund ist gesperrt oder hat den Zugriff verweigert; entsperren Sie ihn (zum Beispiel durch Anmelden an der Desktop-Sitzung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s: it may be waiting for an unlock prompt, or be hung; unlock or restart it and try again.</source>
        <translation>Der Systemschlüsselbund hat nicht innerhalb von %1 s geantwortet: Er wartet vielleicht auf eine Entsperrabfrage oder hängt; entsperren oder starten Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not remember the key %1 (see the details); check that it is unlocked and try again.</source>
        <translation>Der Systemschlüsselbund konnte den Schlüssel %1 nicht speichern (siehe Details); prüfen Sie, ob er entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not forget the key %1 (see the details); check that it is unlocked and try again.</source>
        <translation>Der Systemschlüsselbund konnte den Schlüssel %1 nicht vergessen (siehe Details); prüfen Sie, ob er entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not read the key %1 (see the details); check that it is unlocked and try again.</source>
        <translation>Der Systemschlüsselbund konnte den Schlüssel %1 nicht lesen (siehe Details); prüfen Sie, ob er entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ConnectPage</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Azure IoT Edge device provisioning: choose how the device gets its identity, check the credentials, then provision the virtual machine.</source>
        <translation>Provisionierung des Azure IoT Edge-Geräts: Wählen Sie, wie das Gerät seine Identität erhält, prüfen Sie die Anmeldeinformationen, und provisionieren Sie dann die virtuelle Maschine.</translation>
    </message>
    <message>
        <source>Provisioning method</source>
        <translation>Provisionierungsmethode</translation>
    </message>
    <message>
        <source>Provisioning &amp;method:</source>
        <translation>Provisionierungs&amp;methode:</translation>
    </message>
    <message>
        <source>C&amp;heck with DPS</source>
        <translation>Bei &amp;DPS prüfen</translation>
    </message>
    <message>
        <source>Check with DPS</source>
        <translation>Bei DPS prüfen</translation>
    </message>
    <message>
        <source>&amp;Provision with the selected method</source>
        <translation>Mit der ausgewählten Methode &amp;provisionieren</translation>
    </message>
    <message>
        <source>Provision with the selected method</source>
        <translation>Mit der ausgewählten Methode provisionieren</translation>
    </message>
    <message>
        <source>What DPS answered</source>
        <translation>Antwort von DPS</translation>
    </message>
    <message>
        <source>Provisioning steps</source>
        <translation>Provisionierungsschritte</translation>
    </message>
    <message>
        <source>Provisioning result</source>
        <translation>Ergebnis der Provisionierung</translation>
    </message>
    <message>
        <source>ID &amp;scope:</source>
        <translation>ID-&amp;Bereich:</translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation>ID-Bereich</translation>
    </message>
    <message>
        <source>&amp;Registration ID:</source>
        <translation>&amp;Registrierungs-ID:</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Registrierungs-ID</translation>
    </message>
    <message>
        <source>&amp;Individual enrollment key</source>
        <translation>Schlüssel der E&amp;inzelregistrierung</translation>
    </message>
    <message>
        <source>Individual enrollment key</source>
        <translation>Schlüssel der Einzelregistrierung</translation>
    </message>
    <message>
        <source>Enrollment &amp;group key (the device key is derived here)</source>
        <translation>Schlüssel der Registrierungs&amp;gruppe (der Geräteschlüssel wird hier abgeleitet)</translation>
    </message>
    <message>
        <source>Enrollment group key (the device key is derived here)</source>
        <translation>Schlüssel der Registrierungsgruppe (der Geräteschlüssel wird hier abgeleitet)</translation>
    </message>
    <message>
        <source>Key kind:</source>
        <translation>Schlüsselart:</translation>
    </message>
    <message>
        <source>Symmetric &amp;key:</source>
        <translation>Symmetrischer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Symmetric key</source>
        <translation>Symmetrischer Schlüssel</translation>
    </message>
    <message>
        <source>Derived device key</source>
        <translation>Abgeleiteter Geräteschlüssel</translation>
    </message>
    <message>
        <source>Show the derived device key</source>
        <translation>Abgeleiteten Geräteschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Copy the derived device key</source>
        <translation>Abgeleiteten Geräteschlüssel kopieren</translation>
    </message>
    <message>
        <source>&amp;Derived device key:</source>
        <translation>&amp;Abgeleiteter Geräteschlüssel:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Global &amp;endpoint:</source>
        <translation>Globaler E&amp;ndpunkt:</translation>
    </message>
    <message>
        <source>Global endpoint</source>
        <translation>Globaler Endpunkt</translation>
    </message>
    <message>
        <source>Group &amp;key:</source>
        <translation>Gruppen&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Enrollment group key</source>
        <translation>Schlüssel der Registrierungsgruppe</translation>
    </message>
    <message>
        <source>Device &amp;connection string:</source>
        <translation>&amp;Geräte-Verbindungszeichenfolge:</translation>
    </message>
    <message>
        <source>Device connection string</source>
        <translation>Geräte-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>&amp;IoT hub hostname:</source>
        <translation>&amp;IoT Hub-Hostname:</translation>
    </message>
    <message>
        <source>IoT hub hostname</source>
        <translation>IoT Hub-Hostname</translation>
    </message>
    <message>
        <source>De&amp;vice ID:</source>
        <translation>&amp;Geräte-ID:</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Identity &amp;certificate (path on the Windows host):</source>
        <translation>Identitätszertifi&amp;kat (Pfad auf dem Windows-Host):</translation>
    </message>
    <message>
        <source>Identity certificate path</source>
        <translation>Pfad des Identitätszertifikats</translation>
    </message>
    <message>
        <source>Identity private &amp;key (path on the Windows host):</source>
        <translation>Privater Identitäts&amp;schlüssel (Pfad auf dem Windows-Host):</translation>
    </message>
    <message>
        <source>Identity private key path</source>
        <translation>Pfad des privaten Identitätsschlüssels</translation>
    </message>
    <message>
        <source>&amp;Registration ID (optional):</source>
        <translation>&amp;Registrierungs-ID (optional):</translation>
    </message>
    <message>
        <source>the certificate&apos;s common name</source>
        <translation>der allgemeine Name (CN) des Zertifikats</translation>
    </message>
    <message>
        <source>TPM provisioning needs TPM 2.0 on the host and the VM&apos;s TPM passthrough. Run this on the Windows host first (elevated):
Set-EflowVmFeature -feature DpsTpm -enable</source>
        <translation>Für die TPM-Provisionierung werden TPM 2.0 auf dem Host und TPM-Passthrough für die VM benötigt. Führen Sie zuerst Folgendes auf dem Windows-Host aus (mit erhöhten Rechten):
Set-EflowVmFeature -feature DpsTpm -enable</translation>
    </message>
    <message>
        <source>Demo enrollment (local DPS)</source>
        <translation>Demoregistrierung (lokaler DPS)</translation>
    </message>
    <message>
        <source>ID scope:</source>
        <translation>ID-Bereich:</translation>
    </message>
    <message>
        <source>Demo individual enrollment key</source>
        <translation>Schlüssel der Demo-Einzelregistrierung</translation>
    </message>
    <message>
        <source>Show the demo individual enrollment key</source>
        <translation>Schlüssel der Demo-Einzelregistrierung anzeigen</translation>
    </message>
    <message>
        <source>Copy the demo individual enrollment key</source>
        <translation>Schlüssel der Demo-Einzelregistrierung kopieren</translation>
    </message>
    <message>
        <source>Individual key (demo-device):</source>
        <translation>Einzelschlüssel (demo-device):</translation>
    </message>
    <message>
        <source>Demo enrollment group key</source>
        <translation>Schlüssel der Demo-Registrierungsgruppe</translation>
    </message>
    <message>
        <source>Show the demo enrollment group key</source>
        <translation>Schlüssel der Demo-Registrierungsgruppe anzeigen</translation>
    </message>
    <message>
        <source>Copy the demo enrollment group key</source>
        <translation>Schlüssel der Demo-Registrierungsgruppe kopieren</translation>
    </message>
    <message>
        <source>Group key (demo-group):</source>
        <translation>Gruppenschlüssel (demo-group):</translation>
    </message>
    <message>
        <source>&amp;Use the demo enrollment</source>
        <translation>Demoregistrierung &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the demo enrollment</source>
        <translation>Demoregistrierung verwenden</translation>
    </message>
    <message>
        <source>Asking DPS…</source>
        <translation>DPS wird abgefragt…</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>Provisionierung läuft…</translation>
    </message>
    <message>
        <source>Asking DPS to register %1…</source>
        <translation>DPS wird gebeten, %1 zu registrieren…</translation>
    </message>
    <message>
        <source>Waiting for the system keychain…</source>
        <translation>Warten auf den Systemschlüsselbund…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the running check or provisioning</source>
        <translation>Laufende Prüfung oder Provisionierung beenden</translation>
    </message>
    <message>
        <source>Show the device connection string</source>
        <translation>Geräte-Verbindungszeichenfolge anzeigen</translation>
    </message>
    <message>
        <source>Provision after a failed check?</source>
        <translation>Nach fehlgeschlagener Prüfung provisionieren?</translation>
    </message>
    <message>
        <source>The check with DPS failed: %1

Provision the device with these credentials anyway?</source>
        <translation>Die Prüfung bei DPS ist fehlgeschlagen: %1

Das Gerät trotzdem mit diesen Anmeldeinformationen provisionieren?</translation>
    </message>
    <message>
        <source>&amp;Provision anyway</source>
        <translation>&amp;Trotzdem provisionieren</translation>
    </message>
    <message>
        <source>Show the enrollment group key</source>
        <translation>Schlüssel der Registrierungsgruppe anzeigen</translation>
    </message>
    <message>
        <source>Show the symmetric key</source>
        <translation>Symmetrischen Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Create or pick an enro&amp;llment…</source>
        <translation>Registrierung erste&amp;llen oder auswählen…</translation>
    </message>
    <message>
        <source>Create or pick an enrollment in the Enrollments window</source>
        <translation>Registrierung im Fenster „DPS-Registrierungen“ erstellen oder auswählen</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ConsoleView</name>
    <message>
        <source>Console output</source>
        <translation>Konsolenausgabe</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save logs</source>
        <translation>Protokolle speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save logs…</source>
        <translation>Protokolle speichern…</translation>
    </message>
</context>
<context>
    <name>eflow::ui::DeploymentPage</name>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>The wizard installs EFLOW on the target device, configures the host and creates the Linux virtual machine. This takes a few minutes.</source>
        <translation>Der Assistent installiert EFLOW auf dem Zielgerät, konfiguriert den Host und erstellt die virtuelle Linux-Maschine. Dies dauert einige Minuten.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Continue it</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the interrupted deployment</source>
        <translation>Unterbrochene Bereitstellung fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;tart over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Start the deployment over</source>
        <translation>Bereitstellung neu beginnen</translation>
    </message>
    <message>
        <source>St&amp;eps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Result message</source>
        <translation>Ergebnismeldung</translation>
    </message>
    <message>
        <source>Conso&amp;le:</source>
        <translation>&amp;Konsole:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Wiede&amp;rholen</translation>
    </message>
    <message>
        <source>Retry the deployment</source>
        <translation>Bereitstellung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save logs…</source>
        <translation>&amp;Protokolle speichern…</translation>
    </message>
    <message>
        <source>Save logs</source>
        <translation>Protokolle speichern</translation>
    </message>
    <message>
        <source>Elapsed %1 min %2 s</source>
        <translation>Verstrichen: %1 min %2 s</translation>
    </message>
    <message>
        <source>An interrupted deployment from %1 can continue after: %2.</source>
        <translation>Eine unterbrochene Bereitstellung vom %1 kann nach diesen Schritten fortgesetzt werden: %2.</translation>
    </message>
    <message>
        <source>no step completed yet</source>
        <translation>noch kein Schritt abgeschlossen</translation>
    </message>
    <message>
        <source>It stopped with: %1</source>
        <translation>Sie endete mit: %1</translation>
    </message>
    <message>
        <source>Continue the interrupted deployment, or start over.</source>
        <translation>Setzen Sie die unterbrochene Bereitstellung fort, oder beginnen Sie neu.</translation>
    </message>
    <message>
        <source>Deployment failed with errors</source>
        <translation>Bereitstellung mit Fehlern fehlgeschlagen</translation>
    </message>
    <message>
        <source>The deployment could not start. Check the target on the previous pages, then try again.</source>
        <translation>Die Bereitstellung konnte nicht gestartet werden. Überprüfen Sie das Ziel auf den vorherigen Seiten, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Deploying EFLOW…</source>
        <translation>EFLOW wird bereitgestellt…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>The EFLOW virtual machine %1 is deployed at %2.</source>
        <translation>Die virtuelle EFLOW-Maschine %1 ist unter %2 bereitgestellt.</translation>
    </message>
    <message>
        <source>The EFLOW virtual machine %1 is deployed.</source>
        <translation>Die virtuelle EFLOW-Maschine %1 ist bereitgestellt.</translation>
    </message>
    <message>
        <source>The EFLOW virtual machine is deployed.</source>
        <translation>Die virtuelle EFLOW-Maschine ist bereitgestellt.</translation>
    </message>
    <message>
        <source>Click Next to connect the device to Azure IoT Hub.</source>
        <translation>Klicken Sie auf „Weiter“, um das Gerät mit Azure IoT Hub zu verbinden.</translation>
    </message>
    <message>
        <source>The step “%1” failed.</source>
        <translation>Der Schritt „%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Details of the failure:</source>
        <translation>Details zum Fehler:</translation>
    </message>
    <message>
        <source>Cancelled — run again to continue</source>
        <translation>Abgebrochen — zum Fortsetzen erneut ausführen</translation>
    </message>
    <message>
        <source>The running step was stopped and cleaned up. The completed steps are kept: Retry continues from the step that was cancelled.</source>
        <translation>Der laufende Schritt wurde beendet und bereinigt. Die abgeschlossenen Schritte bleiben erhalten: „Wiederholen“ setzt bei dem abgebrochenen Schritt fort.</translation>
    </message>
    <message>
        <source>— Retrying from the step that did not complete —</source>
        <translation>— Wiederholung ab dem Schritt, der nicht abgeschlossen wurde —</translation>
    </message>
    <message>
        <source>Stop &amp;deployment</source>
        <translation>Bereitstellung &amp;beenden</translation>
    </message>
    <message>
        <source>Stop the deployment</source>
        <translation>Bereitstellung beenden</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <extracomment>%1 a duration such as &quot;1 minute 5 seconds&quot;</extracomment>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>An EFLOW virtual machine already exists on the target</source>
        <translation>Auf dem Ziel ist bereits eine virtuelle EFLOW-Maschine vorhanden</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>The existing EFLOW virtual machine %1 was kept as it was.</source>
        <translation>Die vorhandene virtuelle EFLOW-Maschine %1 wurde unverändert beibehalten.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Your changed settings were not applied:</source>
        <translation>Ihre geänderten Einstellungen wurden nicht übernommen:</translation>
    </message>
    <message>
        <source>Windows must restart to finish enabling Hyper-V</source>
        <translation>Windows muss neu gestartet werden, um die Aktivierung von Hyper-V abzuschließen</translation>
    </message>
    <message>
        <source>Windows must restart to finish removing EFLOW</source>
        <translation>Windows muss neu gestartet werden, um das Entfernen von EFLOW abzuschließen</translation>
    </message>
    <message>
        <source>Windows must restart to finish installing EFLOW</source>
        <translation>Windows muss neu gestartet werden, um die Installation von EFLOW abzuschließen</translation>
    </message>
    <message>
        <source>Restarting the target device…</source>
        <translation>Das Zielgerät wird neu gestartet…</translation>
    </message>
    <message>
        <source>— Restarting %1 —</source>
        <translation>— %1 wird neu gestartet —</translation>
    </message>
    <message>
        <source>— The target device is back; the deployment continues —</source>
        <translation>— Das Zielgerät ist wieder verfügbar; die Bereitstellung wird fortgesetzt —</translation>
    </message>
    <message>
        <source>Waiting for the restart was stopped</source>
        <translation>Das Warten auf den Neustart wurde beendet</translation>
    </message>
    <message>
        <source>The target device did not answer after the restart</source>
        <translation>Das Zielgerät hat nach dem Neustart nicht geantwortet</translation>
    </message>
    <message>
        <source>Stop deployment</source>
        <translation>Bereitstellung beenden</translation>
    </message>
    <message>
        <source>The deployment is still running. Stop it? You can continue it later.</source>
        <translation>Die Bereitstellung läuft noch. Beenden? Sie können sie später fortsetzen.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::DpsServiceConnection</name>
    <message>
        <source>Enter the connection string of a shared access policy of your DPS.</source>
        <translation>Geben Sie die Verbindungszeichenfolge einer freigegebenen Zugriffsrichtlinie Ihrer DPS-Instanz ein.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::EnrollmentDialog</name>
    <message>
        <source>New enrollment group</source>
        <translation>Neue Registrierungsgruppe</translation>
    </message>
    <message>
        <source>New individual enrollment</source>
        <translation>Neue Einzelregistrierung</translation>
    </message>
    <message>
        <source>Enrollment group %1</source>
        <translation>Registrierungsgruppe %1</translation>
    </message>
    <message>
        <source>Individual enrollment %1</source>
        <translation>Einzelregistrierung %1</translation>
    </message>
    <message>
        <source>What DPS answered</source>
        <translation>Antwort von DPS</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Er&amp;stellen</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Create the enrollment</source>
        <translation>Registrierung erstellen</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the enrollment from DPS again</source>
        <translation>Registrierung erneut von DPS lesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Connect to a DPS first.</source>
        <translation>Stellen Sie zuerst eine Verbindung mit einem DPS her.</translation>
    </message>
    <message>
        <source>Reading %1 from DPS…</source>
        <translation>%1 wird von DPS gelesen…</translation>
    </message>
    <message>
        <source>DPS did not return the keys of %1, and saving without them would replace them. Reload and try again.</source>
        <translation>DPS hat die Schlüssel von %1 nicht zurückgegeben, und ein Speichern ohne sie würde sie durch neue ersetzen. Laden Sie neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading the keys of %1…</source>
        <translation>Schlüssel von %1 werden gelesen…</translation>
    </message>
</context>
<context>
    <name>eflow::ui::EnrollmentForm</name>
    <message>
        <source>IoT &amp;Edge device</source>
        <translation>IoT E&amp;dge-Gerät</translation>
    </message>
    <message>
        <source>IoT Edge device</source>
        <translation>IoT Edge-Gerät</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>Bereitstellungsstatus</translation>
    </message>
    <message>
        <source>Provisioning &amp;status:</source>
        <translation>&amp;Bereitstellungsstatus:</translation>
    </message>
    <message>
        <source>Initial device t&amp;win (tags and desired properties, JSON):</source>
        <translation>Anfänglicher Gerätez&amp;willing (Tags und gewünschte Eigenschaften, JSON):</translation>
    </message>
    <message>
        <source>Enrollment group ID</source>
        <translation>Registrierungsgruppen-ID</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Registrierungs-ID</translation>
    </message>
    <message>
        <source>Enrollment group &amp;ID:</source>
        <translation>&amp;Registrierungsgruppen-ID:</translation>
    </message>
    <message>
        <source>&amp;Registration ID:</source>
        <translation>&amp;Registrierungs-ID:</translation>
    </message>
    <message>
        <source>IoT Hub device ID (optional)</source>
        <translation>IoT Hub-Geräte-ID (optional)</translation>
    </message>
    <message>
        <source>the registration ID</source>
        <translation>die Registrierungs-ID</translation>
    </message>
    <message>
        <source>IoT Hub &amp;device ID (optional):</source>
        <translation>&amp;IoT Hub-Geräte-ID (optional):</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Gener&amp;ate the keys</source>
        <translation>Schlüssel &amp;generieren</translation>
    </message>
    <message>
        <source>Generate the keys</source>
        <translation>Schlüssel generieren</translation>
    </message>
    <message>
        <source>E&amp;nter the keys</source>
        <translation>Schlüssel ei&amp;ngeben</translation>
    </message>
    <message>
        <source>Enter the keys</source>
        <translation>Schlüssel eingeben</translation>
    </message>
    <message>
        <source>New &amp;keys</source>
        <translation>Ne&amp;ue Schlüssel</translation>
    </message>
    <message>
        <source>Generate new keys</source>
        <translation>Neue Schlüssel generieren</translation>
    </message>
    <message>
        <source>Symmetric keys:</source>
        <translation>Symmetrische Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>&amp;Primärschlüssel:</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Show the primary key</source>
        <translation>Primärschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Copy the primary key</source>
        <translation>Primärschlüssel kopieren</translation>
    </message>
    <message>
        <source>Secondar&amp;y key:</source>
        <translation>Se&amp;kundärschlüssel:</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>Sekundärschlüssel</translation>
    </message>
    <message>
        <source>Show the secondary key</source>
        <translation>Sekundärschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Copy the secondary key</source>
        <translation>Sekundärschlüssel kopieren</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>The random generator failed: enter the keys instead.</source>
        <translation>Der Zufallsgenerator ist fehlgeschlagen: Geben Sie die Schlüssel stattdessen selbst ein.</translation>
    </message>
    <message>
        <source>Enter both the primary and the secondary key.</source>
        <translation>Geben Sie sowohl den Primär- als auch den Sekundärschlüssel ein.</translation>
    </message>
    <message>
        <source>none returned</source>
        <translation>nicht zurückgegeben</translation>
    </message>
    <message>
        <source>not a symmetric-key enrollment</source>
        <translation>keine Registrierung mit symmetrischem Schlüssel</translation>
    </message>
</context>
<context>
    <name>eflow::ui::EnrollmentListModel</name>
    <message>
        <source>Individual</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>IoT Edge</source>
        <translation>IoT Edge</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>Bereitstellungsstatus</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>IoT hub</source>
        <translation>IoT-Hub</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
</context>
<context>
    <name>eflow::ui::EnrollmentsWindow</name>
    <message>
        <source>DPS enrollments</source>
        <translation>DPS-Registrierungen</translation>
    </message>
    <message>
        <source>What DPS answered</source>
        <translation>Antwort von DPS</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the running DPS request</source>
        <translation>Laufende DPS-Anforderung beenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <source>Filter by ID</source>
        <translation>Nach ID filtern</translation>
    </message>
    <message>
        <source>part of a registration ID or group ID</source>
        <translation>Teil einer Registrierungs- oder Gruppen-ID</translation>
    </message>
    <message>
        <source>&amp;Filter by ID:</source>
        <translation>Nach ID &amp;filtern:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>Liste erneut lesen</translation>
    </message>
    <message>
        <source>Individual enrollments and enrollment groups</source>
        <translation>Einzelregistrierungen und Registrierungsgruppen</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Read the next page of enrollments</source>
        <translation>Nächste Seite mit Registrierungen lesen</translation>
    </message>
    <message>
        <source>New &amp;individual enrollment…</source>
        <translation>Neue Ein&amp;zelregistrierung…</translation>
    </message>
    <message>
        <source>New individual enrollment</source>
        <translation>Neue Einzelregistrierung</translation>
    </message>
    <message>
        <source>New enrollment &amp;group…</source>
        <translation>Neue Registrierungs&amp;gruppe…</translation>
    </message>
    <message>
        <source>New enrollment group</source>
        <translation>Neue Registrierungsgruppe</translation>
    </message>
    <message>
        <source>&amp;View or edit…</source>
        <translation>Anzeigen oder &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>View or edit the selected enrollment</source>
        <translation>Ausgewählte Registrierung anzeigen oder bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected enrollment</source>
        <translation>Ausgewählte Registrierung löschen</translation>
    </message>
    <message>
        <source>Registratio&amp;n records…</source>
        <translation>&amp;Registrierungsdatensätze…</translation>
    </message>
    <message>
        <source>Registration records of the selected enrollment</source>
        <translation>Registrierungsdatensätze der ausgewählten Registrierung</translation>
    </message>
    <message>
        <source>&amp;Use in the wizard…</source>
        <translation>Im A&amp;ssistenten verwenden…</translation>
    </message>
    <message>
        <source>Use the selected enrollment on the wizard&apos;s Connect page</source>
        <translation>Ausgewählte Registrierung auf der Seite „Verbinden“ des Assistenten verwenden</translation>
    </message>
    <message>
        <source>Connect to a DPS to see its enrollments.</source>
        <translation>Stellen Sie eine Verbindung mit einem DPS her, um seine Registrierungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 individual enrollment(s) and %2 enrollment group(s) read.</source>
        <extracomment>%1 individual enrollments, %2 enrollment groups</extracomment>
        <translation>%1 Einzelregistrierung(en) und %2 Registrierungsgruppe(n) gelesen.</translation>
    </message>
    <message>
        <source>%1 individual enrollment(s) and %2 enrollment group(s) read; DPS has more (More).</source>
        <translation>%1 Einzelregistrierung(en) und %2 Registrierungsgruppe(n) gelesen; DPS hat weitere („Mehr laden“).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1 with the shared access policy %2.</source>
        <translation>Mit %1 über die freigegebene Zugriffsrichtlinie %2 verbunden.</translation>
    </message>
    <message>
        <source>Reading enrollment groups…</source>
        <translation>Registrierungsgruppen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading individual enrollments…</source>
        <translation>Einzelregistrierungen werden gelesen…</translation>
    </message>
    <message>
        <source>Saved the enrollment group %1.</source>
        <translation>Die Registrierungsgruppe %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Saved the individual enrollment %1.</source>
        <translation>Die Einzelregistrierung %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Delete the enrollment group %1? Devices that registered through it keep their IoT Hub identity, but no device can provision with its keys any more.</source>
        <translation>Registrierungsgruppe %1 löschen? Geräte, die sich darüber registriert haben, behalten ihre IoT Hub-Identität, aber mit ihren Schlüsseln kann kein Gerät mehr provisioniert werden.</translation>
    </message>
    <message>
        <source>Delete the individual enrollment %1? The device keeps its IoT Hub identity, but it can no longer provision with this enrollment.</source>
        <translation>Einzelregistrierung %1 löschen? Das Gerät behält seine IoT Hub-Identität, kann aber nicht mehr über diese Registrierung provisioniert werden.</translation>
    </message>
    <message>
        <source>Delete enrollment</source>
        <translation>Registrierung löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>The wizard&apos;s Connect page uses the registration ID %1 and its key now.</source>
        <translation>Die Seite „Verbinden“ des Assistenten verwendet jetzt die Registrierungs-ID %1 und ihren Schlüssel.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ExistingVmNotice</name>
    <message>
        <source>Existing virtual machine</source>
        <translation>Vorhandene virtuelle Maschine</translation>
    </message>
    <message>
        <source>&amp;Keep the existing VM</source>
        <translation>Vorhandene VM beibe&amp;halten</translation>
    </message>
    <message>
        <source>Keep the existing virtual machine and deploy without changing it</source>
        <translation>Vorhandene virtuelle Maschine beibehalten und ohne Änderungen bereitstellen</translation>
    </message>
    <message>
        <source>Remo&amp;ve it and deploy again…</source>
        <translation>&amp;Entfernen und neu bereitstellen…</translation>
    </message>
    <message>
        <source>Remove the existing virtual machine and deploy it again with the new settings</source>
        <translation>Vorhandene virtuelle Maschine entfernen und mit den neuen Einstellungen neu bereitstellen</translation>
    </message>
    <message>
        <source>the EFLOW virtual machine</source>
        <translation>die virtuelle EFLOW-Maschine</translation>
    </message>
    <message>
        <source>An EFLOW virtual machine (%1) already exists on the target, and its settings differ from yours:
%2
Deploying keeps the existing VM as it is; your new settings are applied only if it is removed and deployed again.</source>
        <extracomment>%1 the VM&apos;s name, %2 one line per changed setting</extracomment>
        <translation>Auf dem Ziel ist bereits eine virtuelle EFLOW-Maschine (%1) vorhanden, deren Einstellungen von Ihren abweichen:
%2
Beim Bereitstellen bleibt die vorhandene VM unverändert; Ihre neuen Einstellungen werden nur übernommen, wenn sie entfernt und neu bereitgestellt wird.</translation>
    </message>
    <message>
        <source>Remove the virtual machine</source>
        <translation>Virtuelle Maschine entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and deploy it again with the new settings?

This uninstalls Azure IoT Edge for Linux on Windows, which deletes the virtual machine with everything in it (its IoT Edge modules, their data and the device&apos;s provisioning), then installs it again and deploys a new one.</source>
        <translation>Soll %1 entfernt und mit den neuen Einstellungen neu bereitgestellt werden?

Dadurch wird Azure IoT Edge für Linux unter Windows deinstalliert und die virtuelle Maschine mit ihrem gesamten Inhalt gelöscht (ihre IoT Edge-Module, deren Daten und die Provisionierung des Geräts); anschließend wird es neu installiert und eine neue VM bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::FinishPage</name>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>EFLOW is set up. This is what the wizard did.</source>
        <translation>EFLOW ist eingerichtet. Der Assistent hat Folgendes ausgeführt.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>IoT hub</source>
        <translation>IoT-Hub</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Virtual machine:</source>
        <translation>Virtuelle Maschine:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP-Adresse:</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <source>IoT hub:</source>
        <translation>IoT-Hub:</translation>
    </message>
    <message>
        <source>Open the device overview &amp;when I click Finish</source>
        <translation>&amp;Beim Klicken auf „Abschließen“ die Geräteübersicht öffnen</translation>
    </message>
    <message>
        <source>Open the device overview when I click Finish</source>
        <translation>Beim Klicken auf „Abschließen“ die Geräteübersicht öffnen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not deployed by this wizard</source>
        <translation>nicht von diesem Assistenten bereitgestellt</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>not provisioned yet</source>
        <translation>noch nicht provisioniert</translation>
    </message>
    <message>
        <source>assigned by DPS (see the device overview)</source>
        <translation>von DPS zugewiesen (siehe Geräteübersicht)</translation>
    </message>
    <message>
        <source>EFLOW release</source>
        <translation>EFLOW-Version</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>EFLOW release:</source>
        <translation>EFLOW-Version:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>The device overview shows the IoT Edge modules, the runtime status and the results of iotedge check. To open it later without running the wizard again, use the &quot;Device overview…&quot; button at the bottom of the wizard&apos;s first page, or start EFLOW Wizard with --overview.</source>
        <translation>Die Geräteübersicht zeigt die IoT Edge-Module, den Runtimestatus und die Ergebnisse von iotedge check. Um sie später ohne erneutes Ausführen des Assistenten zu öffnen, verwenden Sie die Schaltfläche „Geräteübersicht…“ unten auf der ersten Seite des Assistenten, oder starten Sie EFLOW Wizard mit --overview.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 × %2, Direct Device Assignment (DDA)</source>
        <extracomment>%1 is the GPU&apos;s name, %2 how many are assigned</extracomment>
        <translation>%1 × %2, Direct Device Assignment (DDA)</translation>
    </message>
    <message>
        <source>%1, GPU paravirtualization (GPU-PV)</source>
        <translation>%1, GPU-Paravirtualisierung (GPU-PV)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>DPS registration record</source>
        <translation>DPS-Registrierungsdatensatz</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Überprüfung:</translation>
    </message>
    <message>
        <source>Asking DPS for the registration record…</source>
        <translation>DPS wird nach dem Registrierungsdatensatz gefragt …</translation>
    </message>
</context>
<context>
    <name>eflow::ui::FleetTableModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>nicht erreicht: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Abhilfe: %2</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Registrierungs-ID</translation>
    </message>
    <message>
        <source>Target check</source>
        <translation>Zielprüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Last line or cause</source>
        <translation>Letzte Zeile oder Ursache</translation>
    </message>
</context>
<context>
    <name>eflow::ui::FleetWindow</name>
    <message>
        <source>Fleet — EFLOW Wizard</source>
        <translation>Flotte — EFLOW-Assistent</translation>
    </message>
    <message>
        <source>Hosts of the fleet</source>
        <translation>Hosts der Flotte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Fleet file:</source>
        <translation>Flottendatei:</translation>
    </message>
    <message>
        <source>&amp;Open fleet file…</source>
        <translation>Flottendatei &amp;öffnen …</translation>
    </message>
    <message>
        <source>Open a fleet file</source>
        <translation>Eine Flottendatei öffnen</translation>
    </message>
    <message>
        <source>Fleet files (*.csv *.json)</source>
        <translation>Flottendateien (*.csv *.json)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Open &amp;plan…</source>
        <translation>&amp;Plan öffnen …</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Einen Plan öffnen</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>Pläne (*.json)</translation>
    </message>
    <message>
        <source>keychain:NAME</source>
        <translation>keychain:NAME</translation>
    </message>
    <message>
        <source>Group key in the keychain</source>
        <translation>Gruppenschlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>or paste the key (kept for this window only)</source>
        <translation>oder den Schlüssel einfügen (nur für dieses Fenster behalten)</translation>
    </message>
    <message>
        <source>Group key</source>
        <translation>Gruppenschlüssel</translation>
    </message>
    <message>
        <source>&amp;Group key:</source>
        <translation>&amp;Gruppenschlüssel:</translation>
    </message>
    <message>
        <source>The enrollment group&apos;s key. Each host&apos;s device key is derived from it in memory. Demo hosts use the demo DPS&apos;s group when it is empty.</source>
        <translation>Der Schlüssel der Registrierungsgruppe. Der Geräteschlüssel jedes Hosts wird im Speicher daraus abgeleitet. Demo-Hosts verwenden die Gruppe des Demo-DPS, wenn er leer ist.</translation>
    </message>
    <message>
        <source>Hosts at a time</source>
        <translation>Hosts gleichzeitig</translation>
    </message>
    <message>
        <source>Hosts at a &amp;time:</source>
        <translation>Hosts gleichzei&amp;tig:</translation>
    </message>
    <message>
        <source>&amp;Check targets</source>
        <translation>Ziele prü&amp;fen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Retr&amp;y selected</source>
        <translation>Auswahl &amp;wiederholen</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Über&amp;sicht</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Die Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Failures only</source>
        <translation>Nur Fe&amp;hler</translation>
    </message>
    <message>
        <source>Stop the running fleet before loading another file.</source>
        <translation>Halten Sie die laufende Flotte an, bevor Sie eine andere Datei laden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n host(s))</source>
        <translation>
            <numerusform>%1 (%n Host)</numerusform>
            <numerusform>%1 (%n Hosts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a fleet file and a plan first.</source>
        <translation>Öffnen Sie zuerst eine Flottendatei und einen Plan.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 — Overview</source>
        <translation>%1 — Übersicht</translation>
    </message>
    <message>
        <source>Run the fleet first: there are no results yet.</source>
        <translation>Führen Sie die Flotte zuerst aus: es gibt noch keine Ergebnisse.</translation>
    </message>
    <message>
        <source>Results written to %1</source>
        <translation>Ergebnisse nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Open a fleet file (CSV or JSON, one host per row) and a plan.</source>
        <translation>Öffnen Sie eine Flottendatei (CSV oder JSON, ein Host pro Zeile) und einen Plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) loaded.</source>
        <translation>
            <numerusform>%n Host geladen.</numerusform>
            <numerusform>%n Hosts geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s): %1</source>
        <translation>
            <numerusform>%n Host: %1</numerusform>
            <numerusform>%n Hosts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The fleet is still running. Stop it and close? The hosts stop after their current step; running the fleet again continues them.</source>
        <translation>Die Flotte läuft noch. Anhalten und schließen? Die Hosts halten nach ihrem aktuellen Schritt an; ein erneuter Lauf der Flotte setzt sie fort.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number of hosts and their outcome, e.g. 7 running</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two counts of hosts</comment>
        <translation>, </translation>
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
    <message>
        <source>I don&apos;t have an &amp;enrollment yet…</source>
        <translation>Ich habe noch keine &amp;Registrierung…</translation>
    </message>
    <message>
        <source>I don&apos;t have an enrollment yet: open the Enrollments window</source>
        <translation>Ich habe noch keine Registrierung: Fenster „DPS-Registrierungen“ öffnen</translation>
    </message>
    <message>
        <source>Create an individual enrollment or an enrollment group in your Device Provisioning Service, and use it in the wizard.</source>
        <translation>Erstellen Sie eine Einzelregistrierung oder eine Registrierungsgruppe in Ihrem Device Provisioning Service, und verwenden Sie sie im Assistenten.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::HostKeyTrustDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Hostschlüssel</translation>
    </message>
    <message>
        <source>The wizard has not connected to %1 before and does not know its host key.</source>
        <translation>Der Assistent hat sich noch nie mit %1 verbunden und kennt seinen Hostschlüssel nicht.</translation>
    </message>
    <message>
        <source>Host: %1
Port: %2
Key type: %3
Fingerprint: %4

Ask the host&apos;s administrator to read the fingerprint on the host (ssh-keygen -lf %5). Trust the host only if it is the same: otherwise someone else may be answering in its name.</source>
        <translation>Host: %1
Port: %2
Schlüsseltyp: %3
Fingerabdruck: %4

Bitten Sie den Administrator des Hosts, den Fingerabdruck auf dem Host zu lesen (ssh-keygen -lf %5). Vertrauen Sie dem Host nur, wenn er übereinstimmt: Sonst antwortet womöglich jemand anderes in seinem Namen.</translation>
    </message>
    <message>
        <source>Trust this host and connect</source>
        <translation>Diesem Host vertrauen und verbinden</translation>
    </message>
</context>
<context>
    <name>eflow::ui::JobStepList</name>
    <message>
        <source>Deployment steps</source>
        <translation>Bereitstellungsschritte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>in Arbeit…</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>eflow::ui::KeyField</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
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
        <source>Microsoft&apos;s EFLOW releases</source>
        <translation>EFLOW-Versionen von Microsoft</translation>
    </message>
    <message>
        <source>Microsoft publishes every EFLOW release with its license terms (in the installer) at %1</source>
        <extracomment>%1 is a link to the page; the terms come with each release&apos;s installer (MSI)</extracomment>
        <translation>Microsoft veröffentlicht jede EFLOW-Version mit ihren Lizenzbedingungen (im Installationsprogramm) unter %1</translation>
    </message>
    <message>
        <source>The terms are read from the target device once you have chosen it on the next pages: from its installed EFLOW, or from the installer the wizard downloads. Come back to this page to read them there.</source>
        <translation>Die Bedingungen werden vom Zielgerät gelesen, sobald Sie es auf den nächsten Seiten ausgewählt haben: aus dem installierten EFLOW oder aus dem Installationsprogramm, das der Assistent herunterlädt. Kehren Sie dann zu dieser Seite zurück, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>%1 has no EFLOW license terms to read: neither an installed EFLOW nor a downloaded installer. Read them with the installer from Microsoft&apos;s releases.</source>
        <translation>%1 hat keine EFLOW-Lizenzbedingungen zum Lesen: weder ein installiertes EFLOW noch ein heruntergeladenes Installationsprogramm. Lesen Sie sie im Installationsprogramm der EFLOW-Versionen von Microsoft.</translation>
    </message>
    <message>
        <source>Read from %1 on %2 (only the beginning: the file is very long).</source>
        <extracomment>%1 is the file the terms were read from, %2 the host</extracomment>
        <translation>Gelesen aus %1 auf %2 (nur der Anfang: Die Datei ist sehr lang).</translation>
    </message>
    <message>
        <source>Read from %1 on %2.</source>
        <translation>Gelesen aus %1 auf %2.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::OverviewLogsView</name>
    <message>
        <source>Which logs</source>
        <translation>Welche Protokolle</translation>
    </message>
    <message>
        <source>IoT Edge system logs</source>
        <translation>IoT Edge-Systemprotokolle</translation>
    </message>
    <message>
        <source>Number of lines</source>
        <translation>Anzahl der Zeilen</translation>
    </message>
    <message>
        <source>Lo&amp;gs of:</source>
        <translation>Pr&amp;otokolle von:</translation>
    </message>
    <message>
        <source>&amp;Last lines:</source>
        <translation>&amp;Letzte Zeilen:</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
</context>
<context>
    <name>eflow::ui::OverviewStatusTab</name>
    <message>
        <source>Double-click a module to see its logs.</source>
        <translation>Doppelklicken Sie auf ein Modul, um seine Protokolle anzuzeigen.</translation>
    </message>
    <message>
        <source>Device and virtual machine</source>
        <translation>Gerät und virtuelle Maschine</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n GPU(s))</source>
        <translation>
            <numerusform>%1 (%n GPU)</numerusform>
            <numerusform>%1 (%n GPUs)</numerusform>
        </translation>
    </message>
    <message>
        <source>VM IP address: %1
EFLOW version: %2
Release line: %3
VM memory: %4
VM CPUs: %5
VM disk: %6
GPU: %7</source>
        <translation>VM-IP-Adresse: %1
EFLOW-Version: %2
Release-Linie: %3
VM-Arbeitsspeicher: %4
VM-CPUs: %5
VM-Datenträger: %6
GPU: %7</translation>
    </message>
    <message>
        <source>DPS registration record</source>
        <translation>DPS-Registrierungsdatensatz</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Noch nicht gefragt.</translation>
    </message>
    <message>
        <source>Not asked: no registration ID is known here. The wizard&apos;s Connect page names one, and asks DPS about it.</source>
        <translation>Nicht gefragt: Hier ist keine Registrierungs-ID bekannt. Die Seite „Verbinden“ des Assistenten nennt eine und fragt DPS danach.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::OverviewWindow</name>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <source>Module list</source>
        <translation>Modulliste</translation>
    </message>
    <message>
        <source>IoT Edge status</source>
        <translation>IoT Edge-Status</translation>
    </message>
    <message>
        <source>iotedge check</source>
        <translation>iotedge check</translation>
    </message>
    <message>
        <source>IoT Edge system services</source>
        <translation>IoT Edge-Systemdienste</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Device overview — %1</source>
        <translation>Geräteübersicht — %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh every</source>
        <translation>Auto&amp;matisch aktualisieren alle</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>Auto-refresh interval in seconds</source>
        <translation>Intervall für automatische Aktualisierung in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>Was nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>IoT Edge Module List</source>
        <translation>IoT Edge-Modulliste</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>IoT Edge Status</source>
        <translation>IoT Edge-Status</translation>
    </message>
    <message>
        <source>Runtime versions</source>
        <translation>Runtimeversionen</translation>
    </message>
    <message>
        <source>VM statistics</source>
        <translation>VM-Statistik</translation>
    </message>
    <message>
        <source>iotedge check summary</source>
        <translation>Zusammenfassung von iotedge check</translation>
    </message>
    <message>
        <source>iotedge check results</source>
        <translation>Ergebnisse von iotedge check</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Search the logs</source>
        <translation>Protokolle durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Only &amp;matching lines</source>
        <translation>&amp;Nur passende Zeilen</translation>
    </message>
    <message>
        <source>Only matching lines</source>
        <translation>Nur passende Zeilen</translation>
    </message>
    <message>
        <source>IoT Edge logs</source>
        <translation>IoT Edge-Protokolle</translation>
    </message>
    <message>
        <source>Last refreshed: %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <source>Showing what provisioning read; not refreshed yet</source>
        <translation>Angezeigt wird, was bei der Provisionierung gelesen wurde; noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 — Active: %2</source>
        <translation>%1 — Aktiv: %2</translation>
    </message>
    <message>
        <source>System services (iotedge system status):</source>
        <translation>Systemdienste (iotedge system status):</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <source>IoT Edge: %1
Moby engine: %2
Moby CLI: %3</source>
        <translation>IoT Edge: %1
Moby-Engine: %2
Moby-CLI: %3</translation>
    </message>
    <message>
        <source>VM: %1 (%2)
Memory: %3 used of %4 (%5 available)
Storage: %6 used of %7 (%8 available)
CPUs: %9
Kernel: %10</source>
        <translation>VM: %1 (%2)
Arbeitsspeicher: %3 von %4 belegt (%5 verfügbar)
Speicher: %6 von %7 belegt (%8 verfügbar)
CPUs: %9
Kernel: %10</translation>
    </message>
    <message>
        <source>%1 OK, %2 warning(s), %3 error(s), %4 skipped</source>
        <translation>%1 OK, %2 Warnung(en), %3 Fehler, %4 übersprungen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The logs could not be read: %1</source>
        <translation>Die Protokolle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Device overview sections</source>
        <translation>Bereiche der Geräteübersicht</translation>
    </message>
    <message>
        <source>Mo&amp;dules and status</source>
        <translation>Mo&amp;dule und Status</translation>
    </message>
    <message>
        <source>iotedge chec&amp;k</source>
        <translation>iotedge chec&amp;k</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>Collect support &amp;bundle…</source>
        <translation>Supportpaket &amp;erfassen…</translation>
    </message>
    <message>
        <source>Collect support bundle</source>
        <translation>Supportpaket erfassen</translation>
    </message>
    <message>
        <source>EFLOW is not deployed</source>
        <translation>EFLOW ist nicht bereitgestellt</translation>
    </message>
    <message>
        <source>&amp;Start the wizard</source>
        <translation>Assistenten s&amp;tarten</translation>
    </message>
    <message>
        <source>Start the wizard</source>
        <translation>Assistenten starten</translation>
    </message>
    <message>
        <source>Copy and e&amp;xport</source>
        <translation>Kopieren und e&amp;xportieren</translation>
    </message>
    <message>
        <source>Copy and export</source>
        <translation>Kopieren und exportieren</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>EFLOW is not deployed on this host. Azure IoT Edge for Linux on Windows is installed, but no virtual machine has been created yet. Start the wizard to deploy it.</source>
        <translation>EFLOW ist auf diesem Host nicht bereitgestellt. Azure IoT Edge für Linux unter Windows ist installiert, aber es wurde noch keine virtuelle Maschine erstellt. Starten Sie den Assistenten, um sie bereitzustellen.</translation>
    </message>
    <message>
        <source>EFLOW is not deployed on this host. Azure IoT Edge for Linux on Windows is not installed. Start the wizard to install and deploy it.</source>
        <translation>EFLOW ist auf diesem Host nicht bereitgestellt. Azure IoT Edge für Linux unter Windows ist nicht installiert. Starten Sie den Assistenten, um es zu installieren und bereitzustellen.</translation>
    </message>
    <message>
        <source>Could not be read:
%1</source>
        <translation>Konnte nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Save the overview</source>
        <translation>Übersicht speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>VM address: %1</source>
        <translation>VM-Adresse: %1</translation>
    </message>
    <message>
        <source>EFLOW version: %1 (release line %2)</source>
        <translation>EFLOW-Version: %1 (Release-Linie %2)</translation>
    </message>
    <message>
        <source>VM: %1 (%2)</source>
        <translation>VM: %1 (%2)</translation>
    </message>
    <message>
        <source>IoT Edge: %1</source>
        <translation>IoT Edge: %1</translation>
    </message>
    <message>
        <source>Memory: %1 MB used of %2 MB</source>
        <translation>Arbeitsspeicher: %1 MB von %2 MB belegt</translation>
    </message>
    <message>
        <source>Storage: %1 MB used of %2 MB</source>
        <translation>Speicher: %1 MB von %2 MB belegt</translation>
    </message>
    <message>
        <source>CPUs: %1, GPUs: %2</source>
        <translation>CPUs: %1, GPUs: %2</translation>
    </message>
    <message>
        <source>Collected: %1</source>
        <translation>Erfasst: %1</translation>
    </message>
    <message>
        <source>EFLOW is not deployed on this host.</source>
        <translation>EFLOW ist auf diesem Host nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ProxyDialog</name>
    <message>
        <source>The system sets no proxy for Azure&apos;s DPS address, so the wizard connects directly.</source>
        <translation>Das System legt für die DPS-Adresse von Azure keinen Proxy fest; der Assistent verbindet sich daher direkt.</translation>
    </message>
    <message>
        <source>The system&apos;s proxy for Azure&apos;s DPS address is %1:%2.</source>
        <translation>Der Proxy des Systems für die DPS-Adresse von Azure ist %1:%2.</translation>
    </message>
    <message>
        <source>This computer&apos;s proxy</source>
        <translation>Proxy dieses Computers</translation>
    </message>
    <message>
        <source>How the wizard itself reaches Azure from this computer: the DPS check on the Connect page, the registration check at the end, and the Enrollments window. The IoT Edge device&apos;s own proxy is set on the Settings page.</source>
        <translation>Wie der Assistent selbst Azure von diesem Computer aus erreicht: die DPS-Prüfung auf der Seite „Verbinden“, die Prüfung der Registrierung am Ende und das Fenster „DPS-Registrierungen“. Der eigene Proxy des IoT Edge-Geräts wird auf der Seite „Einstellungen“ festgelegt.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy</source>
        <translation>&amp;Proxy des Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Kein Proxy: direkt verbinden</translation>
    </message>
    <message>
        <source>&amp;Use this HTTP proxy:</source>
        <translation>&amp;Diesen HTTP-Proxy verwenden:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Ke&amp;nnwort:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings or logs.</source>
        <translation>Das Kennwort wird im Systemschlüsselbund gespeichert, nie in den Einstellungen oder Protokollen.</translation>
    </message>
    <message>
        <source>This computer: the system&apos;s proxy</source>
        <translation>Dieser Computer: Proxy des Systems</translation>
    </message>
    <message>
        <source>This computer: no proxy</source>
        <translation>Dieser Computer: kein Proxy</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>Dieser Computer: %1</translation>
    </message>
    <message>
        <source>remembered in the keychain; type to change</source>
        <translation>im Schlüsselbund gespeichert; zum Ändern eingeben</translation>
    </message>
    <message>
        <source>The address names user %1 and the User field %2: keep only one.</source>
        <translation>Die Adresse nennt den Benutzer %1 und das Feld „Benutzer“ %2: Behalten Sie nur einen.</translation>
    </message>
    <message>
        <source>Type the password of proxy user %1.</source>
        <translation>Geben Sie das Kennwort des Proxybenutzers %1 ein.</translation>
    </message>
    <message>
        <source>The password is used for this run only, since the keychain could not keep it: %1</source>
        <translation>Das Kennwort wird nur für diese Sitzung verwendet, da der Schlüsselbund es nicht speichern konnte: %1</translation>
    </message>
    <message>
        <source>The proxy setting could not be saved in %1.</source>
        <translation>Die Proxyeinstellung konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy des Systems</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This HTTP proxy</source>
        <translation>Dieser HTTP-Proxy</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxyadresse</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxybenutzer</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxykennwort</translation>
    </message>
    <message>
        <source>Proxy problem</source>
        <translation>Proxyproblem</translation>
    </message>
    <message>
        <source>Us&amp;er (if the proxy asks):</source>
        <translation>&amp;Benutzer (falls der Proxy fragt):</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ProxySection</name>
    <message>
        <source>AMQP over WebSockets (AmqpWs, port 443; recommended with a proxy)</source>
        <translation>AMQP über WebSockets (AmqpWs, Port 443; mit Proxy empfohlen)</translation>
    </message>
    <message>
        <source>MQTT over WebSockets (MqttWs, port 443)</source>
        <translation>MQTT über WebSockets (MqttWs, Port 443)</translation>
    </message>
    <message>
        <source>AMQP (Amqp, port 5671; the proxy must pass it)</source>
        <translation>AMQP (Amqp, Port 5671; der Proxy muss es durchlassen)</translation>
    </message>
    <message>
        <source>MQTT (Mqtt, port 8883; the proxy must pass it)</source>
        <translation>MQTT (Mqtt, Port 8883; der Proxy muss es durchlassen)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>IoT Edge in the virtual machine reaches Azure through a pro&amp;xy server</source>
        <translation>IoT Edge in der virtuellen Mas&amp;chine erreicht Azure über einen Proxyserver</translation>
    </message>
    <message>
        <source>IoT Edge proxy address</source>
        <translation>Adresse des IoT Edge-Proxys</translation>
    </message>
    <message>
        <source>Upstream protocol</source>
        <translation>Upstream-Protokoll</translation>
    </message>
    <message>
        <source>Set after provisioning, as Microsoft describes for IoT Edge behind a proxy: https_proxy for the container engine, aziot-identityd, aziot-edged and edgeAgent, and edgeAgent&apos;s upstream protocol.</source>
        <translation>Wird nach der Provisionierung festgelegt, wie Microsoft es für IoT Edge hinter einem Proxy beschreibt: https_proxy für die Container-Engine, aziot-identityd, aziot-edged und edgeAgent sowie das Upstream-Protokoll von edgeAgent.</translation>
    </message>
    <message>
        <source>Proxy problems</source>
        <translation>Proxyprobleme</translation>
    </message>
    <message>
        <source>%1. It carries the wizard&apos;s own connections to DPS.</source>
        <translation>%1. Über ihn laufen die eigenen Verbindungen des Assistenten zu DPS.</translation>
    </message>
    <message>
        <source>IoT Edge proxy server</source>
        <translation>IoT Edge-Proxyserver</translation>
    </message>
    <message>
        <source>Prox&amp;y address:</source>
        <translation>Prox&amp;yadresse:</translation>
    </message>
    <message>
        <source>Upstream protocol:</source>
        <translation>Upstream-Protokoll:</translation>
    </message>
    <message>
        <source>This computer&apos;s proxy…</source>
        <translation>Proxy dieses Computers…</translation>
    </message>
    <message>
        <source>This computer&apos;s proxy</source>
        <translation>Proxy dieses Computers</translation>
    </message>
</context>
<context>
    <name>eflow::ui::RegistrationRecordsDialog</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 DPS&apos;s error code, %2 its message</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Registration records of the enrollment group %1</source>
        <translation>Registrierungsdatensätze der Registrierungsgruppe %1</translation>
    </message>
    <message>
        <source>Registration state of %1</source>
        <translation>Registrierungsstatus von %1</translation>
    </message>
    <message>
        <source>Registration records</source>
        <translation>Registrierungsdatensätze</translation>
    </message>
    <message>
        <source>Registration state</source>
        <translation>Registrierungsstatus</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Registrierungs-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>IoT hub</source>
        <translation>IoT-Hub</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Connect to a DPS first.</source>
        <translation>Stellen Sie zuerst eine Verbindung mit einem DPS her.</translation>
    </message>
    <message>
        <source>Reading from DPS…</source>
        <translation>Wird von DPS gelesen…</translation>
    </message>
    <message>
        <source>No device has registered through the enrollment group %1 yet.</source>
        <translation>Über die Registrierungsgruppe %1 hat sich noch kein Gerät registriert.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) registered through the enrollment group %1.</source>
        <translation>
            <numerusform>%n Gerät hat sich über die Registrierungsgruppe %1 registriert.</numerusform>
            <numerusform>%n Geräte haben sich über die Registrierungsgruppe %1 registriert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eflow::ui::RestartPanel</name>
    <message>
        <source>Restart needed</source>
        <translation>Neustart erforderlich</translation>
    </message>
    <message>
        <source>Restart n&amp;ow…</source>
        <translation>&amp;Jetzt neu starten…</translation>
    </message>
    <message>
        <source>Restart the target device now</source>
        <translation>Zielgerät jetzt neu starten</translation>
    </message>
    <message>
        <source>The wizard runs on this computer and closes with the restart. Start it again afterwards: it offers to continue the deployment where it stopped.</source>
        <translation>Der Assistent läuft auf diesem Computer und wird mit dem Neustart geschlossen. Starten Sie ihn danach erneut: Er bietet an, die Bereitstellung dort fortzusetzen, wo sie angehalten wurde.</translation>
    </message>
    <message>
        <source>After the restart the wizard reconnects and continues the deployment where it stopped.</source>
        <translation>Nach dem Neustart verbindet sich der Assistent erneut und setzt die Bereitstellung dort fort, wo sie angehalten wurde.</translation>
    </message>
    <message>
        <source>Restart %1 now? Windows restarts at once; programs open on it close without saving.</source>
        <translation>%1 jetzt neu starten? Windows wird sofort neu gestartet; darauf geöffnete Programme werden ohne Speichern geschlossen.</translation>
    </message>
    <message>
        <source>This is the computer the wizard runs on: the wizard closes too.</source>
        <translation>Dies ist der Computer, auf dem der Assistent läuft: Der Assistent wird ebenfalls geschlossen.</translation>
    </message>
    <message>
        <source>Restart Windows</source>
        <translation>Windows neu starten</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ResultBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ServiceConnectionPanel</name>
    <message>
        <source>DPS service connection</source>
        <translation>DPS-Dienstverbindung</translation>
    </message>
    <message>
        <source>DPS service connection string</source>
        <translation>DPS-Dienst-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>Show the DPS service connection string</source>
        <translation>DPS-Dienst-Verbindungszeichenfolge anzeigen</translation>
    </message>
    <message>
        <source>Pa&amp;ste</source>
        <translation>Ei&amp;nfügen</translation>
    </message>
    <message>
        <source>Paste the connection string from the clipboard</source>
        <translation>Verbindungszeichenfolge aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>In the Azure portal: your Device Provisioning Service, Shared access policies, provisioningserviceowner (or a policy with enrollment write), Primary connection string.</source>
        <translation>Im Azure-Portal: Ihr Device Provisioning Service, „Freigegebene Zugriffsrichtlinien“, provisioningserviceowner (oder eine Richtlinie mit Schreibrecht für Registrierungen), „Primäre Verbindungszeichenfolge“.</translation>
    </message>
    <message>
        <source>Service &amp;connection string:</source>
        <translation>&amp;Dienst-Verbindungszeichenfolge:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM file)</source>
        <translation>Zusätzlich vertrauenswürdige CA-Zertifikate (PEM-Datei)</translation>
    </message>
    <message>
        <source>for a private endpoint or a local DPS</source>
        <translation>für einen privaten Endpunkt oder einen lokalen DPS</translation>
    </message>
    <message>
        <source>Trusted CA fi&amp;le:</source>
        <translation>Vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Remember it in the system &amp;keychain</source>
        <translation>&amp;Im Systemschlüsselbund speichern</translation>
    </message>
    <message>
        <source>Remember the connection string in the system keychain</source>
        <translation>Verbindungszeichenfolge im Systemschlüsselbund speichern</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to DPS</source>
        <translation>Mit DPS verbinden</translation>
    </message>
    <message>
        <source>Disconnec&amp;t</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Use the &amp;demo DPS</source>
        <translation>Demo-DPS ver&amp;wenden</translation>
    </message>
    <message>
        <source>Use the demo&apos;s local DPS</source>
        <translation>Lokalen DPS der Demo verwenden</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Remembered connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Remem&amp;bered:</source>
        <translation>Ges&amp;peichert:</translation>
    </message>
    <message>
        <source>Connect &amp;with it</source>
        <translation>&amp;Hiermit verbinden</translation>
    </message>
    <message>
        <source>Connect with the remembered connection string</source>
        <translation>Mit der gespeicherten Verbindungszeichenfolge verbinden</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the remembered connection string from the keychain</source>
        <translation>Gespeicherte Verbindungszeichenfolge aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>The keychain no longer holds the connection string %1.</source>
        <translation>Der Schlüsselbund enthält die Verbindungszeichenfolge %1 nicht mehr.</translation>
    </message>
    <message>
        <source>The keychain remembers the connection string as %1.</source>
        <translation>Die Verbindungszeichenfolge ist im Schlüsselbund als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Connected to the demo DPS at %1 with the shared access policy %2.</source>
        <translation>Mit dem Demo-DPS unter %1 über die freigegebene Zugriffsrichtlinie %2 verbunden.</translation>
    </message>
    <message>
        <source>Connected to %1 with the shared access policy %2 (remembered as %3).</source>
        <translation>Mit %1 über die freigegebene Zugriffsrichtlinie %2 verbunden (gespeichert als %3).</translation>
    </message>
    <message>
        <source>Connected to %1 with the shared access policy %2.</source>
        <translation>Mit %1 über die freigegebene Zugriffsrichtlinie %2 verbunden.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::SettingsPage</name>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>Typ unbekannt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <source>Processor cores</source>
        <translation>Prozessorkerne</translation>
    </message>
    <message>
        <source>Memory in MB</source>
        <translation>Arbeitsspeicher in MB</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Virtual disk size in GB</source>
        <translation>Größe des virtuellen Datenträgers in GB</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Data size in GB</source>
        <translation>Datengröße in GB</translation>
    </message>
    <message>
        <source>Log size</source>
        <translation>Protokollgröße</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Problems with the virtual machine settings</source>
        <translation>Probleme mit den Einstellungen der virtuellen Maschine</translation>
    </message>
    <message>
        <source>EFLOW release:</source>
        <translation>EFLOW-Version:</translation>
    </message>
    <message>
        <source>Processor &amp;cores:</source>
        <translation>Prozessor&amp;kerne:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Virtual dis&amp;k size:</source>
        <translation>Größe des &amp;virtuellen Datenträgers:</translation>
    </message>
    <message>
        <source>Data si&amp;ze:</source>
        <translation>&amp;Datengröße:</translation>
    </message>
    <message>
        <source>&amp;Log size:</source>
        <translation>Pr&amp;otokollgröße:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Virtual switch</source>
        <translation>Virtueller Switch</translation>
    </message>
    <message>
        <source>New switch name</source>
        <translation>Name des neuen Switches</translation>
    </message>
    <message>
        <source>New switch host address</source>
        <translation>Hostadresse des neuen Switches</translation>
    </message>
    <message>
        <source>New switch prefix length</source>
        <translation>Präfixlänge des neuen Switches</translation>
    </message>
    <message>
        <source>New switch &amp;name:</source>
        <translation>&amp;Name des neuen Switches:</translation>
    </message>
    <message>
        <source>&amp;Host address:</source>
        <translation>&amp;Hostadresse:</translation>
    </message>
    <message>
        <source>NAT &amp;prefix length:</source>
        <translation>NAT-Präfix&amp;länge:</translation>
    </message>
    <message>
        <source>Obtain an IP address au&amp;tomatically (DHCP)</source>
        <translation>IP-Adresse au&amp;tomatisch beziehen (DHCP)</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Use a &amp;static IP address</source>
        <translation>&amp;Statische IP-Adresse verwenden</translation>
    </message>
    <message>
        <source>Static IP address</source>
        <translation>Statische IP-Adresse</translation>
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
        <source>192.168.1.1, 1.1.1.1</source>
        <translation>192.168.1.1, 1.1.1.1</translation>
    </message>
    <message>
        <source>IPv4 &amp;address:</source>
        <translation>&amp;IPv4-Adresse:</translation>
    </message>
    <message>
        <source>Pre&amp;fix length:</source>
        <translation>Präfi&amp;xlänge:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>DNS se&amp;rvers:</source>
        <translation>DNS-Se&amp;rver:</translation>
    </message>
    <message>
        <source>Problems with the network settings</source>
        <translation>Probleme mit den Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Virtual s&amp;witch:</source>
        <translation>Virtueller S&amp;witch:</translation>
    </message>
    <message>
        <source>GPU passthrough</source>
        <translation>GPU-Passthrough</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>No GPU passthrough</source>
        <translation>Kein GPU-Passthrough</translation>
    </message>
    <message>
        <source>Direct Device Ass&amp;ignment (DDA)</source>
        <translation>Dir&amp;ect Device Assignment (DDA)</translation>
    </message>
    <message>
        <source>Direct Device Assignment</source>
        <translation>Direct Device Assignment</translation>
    </message>
    <message>
        <source>GPU para&amp;virtualization (GPU-PV)</source>
        <translation>GPU-&amp;Paravirtualisierung (GPU-PV)</translation>
    </message>
    <message>
        <source>GPU paravirtualization</source>
        <translation>GPU-Paravirtualisierung</translation>
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
        <source>Problems with the GPU settings</source>
        <translation>Probleme mit den GPU-Einstellungen</translation>
    </message>
    <message>
        <source>GPU nam&amp;e:</source>
        <translation>GPU-Na&amp;me:</translation>
    </message>
    <message>
        <source>GPU co&amp;unt:</source>
        <translation>GP&amp;U-Anzahl:</translation>
    </message>
    <message>
        <source>Target check with these settings</source>
        <translation>Zielprüfung mit diesen Einstellungen</translation>
    </message>
    <message>
        <source>%1 (not found on this host)</source>
        <translation>%1 (auf diesem Host nicht gefunden)</translation>
    </message>
    <message>
        <source>Default Switch (DHCP only)</source>
        <translation>Default Switch (nur DHCP)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (Internal, NAT)</source>
        <translation>%1 (Intern, NAT)</translation>
    </message>
    <message>
        <source>Create a new Internal switch with NAT…</source>
        <translation>Neuen internen Switch mit NAT erstellen…</translation>
    </message>
    <message>
        <source>Direct Device Assignment needs an NVIDIA Tesla T4 or A2 on Windows Server; this host has none.</source>
        <translation>Direct Device Assignment erfordert eine NVIDIA Tesla T4 oder A2 unter Windows Server; dieser Host hat keine.</translation>
    </message>
    <message>
        <source>Direct Device Assignment gives the GPU to the VM alone. Install the GPU vendor&apos;s mitigation driver on the host first (for NVIDIA: the Tesla mitigation driver), as Microsoft&apos;s DDA guidance requires.</source>
        <translation>Bei Direct Device Assignment wird die GPU ausschließlich der VM zugewiesen. Installieren Sie zuerst den Mitigation-Treiber des GPU-Herstellers auf dem Host (für NVIDIA: den Tesla-Mitigation-Treiber), wie es die DDA-Anleitung von Microsoft vorschreibt.</translation>
    </message>
    <message>
        <source>GPU paravirtualization needs a GPU whose driver supports it; this host has none.</source>
        <translation>GPU-Paravirtualisierung erfordert eine GPU, deren Treiber dies unterstützt; dieser Host hat keine.</translation>
    </message>
    <message>
        <source>GPU paravirtualization shares one GPU with Windows; the count is always 1.</source>
        <translation>Bei der GPU-Paravirtualisierung wird eine GPU mit Windows geteilt; die Anzahl ist immer 1.</translation>
    </message>
    <message>
        <source>This host is itself a virtual machine: GPU passthrough is not possible in a nested VM.</source>
        <translation>Dieser Host ist selbst eine virtuelle Maschine: GPU-Passthrough ist in einer geschachtelten VM nicht möglich.</translation>
    </message>
    <message>
        <source>The Default Switch always uses DHCP; choose another switch for a static address.</source>
        <translation>Der Default Switch verwendet immer DHCP; wählen Sie für eine statische Adresse einen anderen Switch.</translation>
    </message>
    <message>
        <source>With these settings the device cannot run EFLOW: %1</source>
        <translation>Mit diesen Einstellungen kann das Gerät EFLOW nicht ausführen: %1</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✗ %1: %2 %3</source>
        <translation>✗ %1: %2 %3</translation>
    </message>
    <message>
        <source>⚠ More than the %1 GB free on the host</source>
        <extracomment>%1 is the free memory in GB, e.g. &quot;4.1&quot;</extracomment>
        <translation>⚠ Mehr als die auf dem Host freien %1 GB</translation>
    </message>
    <message>
        <source>%1 GB free on the host</source>
        <extracomment>%1 is the free memory in GB, e.g. &quot;4.1&quot;</extracomment>
        <translation>%1 GB frei auf dem Host</translation>
    </message>
    <message>
        <source>Choose the resources, network, GPU and proxy of the EFLOW virtual machine.</source>
        <translation>Wählen Sie die Ressourcen, das Netzwerk, die GPU und den Proxy der virtuellen EFLOW-Maschine.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::SupportBundleDialog</name>
    <message>
        <source>Collect support bundle</source>
        <translation>Supportpaket erfassen</translation>
    </message>
    <message>
        <source>Collects the EFLOW logs on the host (Get-EflowLogs: the virtual machine&apos;s configuration, the IoT Edge logs and iotedge check, the WSSDAgent logs) and copies the zip file into a folder on this computer. This can take several minutes.</source>
        <translation>Erfasst die EFLOW-Protokolle auf dem Host (Get-EflowLogs: die Konfiguration der virtuellen Maschine, die IoT Edge-Protokolle und iotedge check, die WSSDAgent-Protokolle) und kopiert die ZIP-Datei in einen Ordner auf diesem Computer. Dies kann einige Minuten dauern.</translation>
    </message>
    <message>
        <source>Folder for the support bundle</source>
        <translation>Ordner für das Supportpaket</translation>
    </message>
    <message>
        <source>Save &amp;to folder:</source>
        <translation>In &amp;Ordner speichern:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Support bundle status</source>
        <translation>Status des Supportpakets</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Save the support bundle in</source>
        <translation>Supportpaket speichern in</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Collecting the logs on the host (Get-EflowLogs)…</source>
        <translation>Protokolle werden auf dem Host erfasst (Get-EflowLogs)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Copying %1 to this computer…</source>
        <translation>%1 wird auf diesen Computer kopiert…</translation>
    </message>
    <message>
        <source>The support bundle is saved as %1.</source>
        <translation>Das Supportpaket wurde als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::SymmetricKeySection</name>
    <message>
        <source>Use the remembered ke&amp;y</source>
        <translation>Gespeicherten Sc&amp;hlüssel verwenden</translation>
    </message>
    <message>
        <source>Use the remembered key</source>
        <translation>Gespeicherten Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Remember &amp;this key in the system keychain</source>
        <translation>Diesen Schlüssel im Systemschlüsselbund spei&amp;chern</translation>
    </message>
    <message>
        <source>Remember this key in the system keychain</source>
        <translation>Diesen Schlüssel im Systemschlüsselbund speichern</translation>
    </message>
    <message>
        <source>Reading the key remembered as %1…</source>
        <translation>Der als %1 gespeicherte Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Using the key remembered as %1</source>
        <translation>Der als %1 gespeicherte Schlüssel wird verwendet</translation>
    </message>
</context>
<context>
    <name>eflow::ui::TargetPage</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Target device</source>
        <translation>Zielgerät</translation>
    </message>
    <message>
        <source>Choose the Windows device to deploy EFLOW on, and check that it can run it.</source>
        <translation>Wählen Sie das Windows-Gerät, auf dem EFLOW bereitgestellt werden soll, und prüfen Sie, ob es EFLOW ausführen kann.</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Dieser &amp;Computer</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Deploy on this Windows computer with Windows PowerShell 5.1 (run the wizard as administrator).</source>
        <translation>Auf diesem Windows-Computer mit Windows PowerShell 5.1 bereitstellen (führen Sie den Assistenten als Administrator aus).</translation>
    </message>
    <message>
        <source>Not available: this computer has no Windows PowerShell to run EFLOW. Choose a remote Windows host or a demo host.</source>
        <translation>Nicht verfügbar: Auf diesem Computer ist kein Windows PowerShell zum Ausführen von EFLOW vorhanden. Wählen Sie einen Windows-Remotehost oder einen Demohost.</translation>
    </message>
    <message>
        <source>A &amp;remote Windows host</source>
        <translation>Ein Windows-&amp;Remotehost</translation>
    </message>
    <message>
        <source>A remote Windows host</source>
        <translation>Ein Windows-Remotehost</translation>
    </message>
    <message>
        <source>Remote host ssh address</source>
        <translation>SSH-Adresse des Remotehosts</translation>
    </message>
    <message>
        <source>&amp;SSH address:</source>
        <translation>&amp;SSH-Adresse:</translation>
    </message>
    <message>
        <source>A &amp;demo host</source>
        <translation>Ein &amp;Demohost</translation>
    </message>
    <message>
        <source>A demo host</source>
        <translation>Ein Demohost</translation>
    </message>
    <message>
        <source>Demo scenario</source>
        <translation>Demoszenario</translation>
    </message>
    <message>
        <source>Sc&amp;enario:</source>
        <translation>Sz&amp;enario:</translation>
    </message>
    <message>
        <source>C&amp;heck the device</source>
        <translation>Gerät &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the device</source>
        <translation>Gerät prüfen</translation>
    </message>
    <message>
        <source>Checking the device</source>
        <translation>Gerät wird geprüft</translation>
    </message>
    <message>
        <source>Host checks</source>
        <translation>Hostprüfungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>I have read the &amp;warnings</source>
        <translation>&amp;Ich habe die Warnungen gelesen</translation>
    </message>
    <message>
        <source>I have read the warnings</source>
        <translation>Ich habe die Warnungen gelesen</translation>
    </message>
    <message>
        <source>Choose this computer, a remote Windows host or a demo host.</source>
        <translation>Wählen Sie diesen Computer, einen Windows-Remotehost oder einen Demohost.</translation>
    </message>
    <message>
        <source>Enter the host as ssh://USER@HOST or ssh://USER@HOST:PORT.</source>
        <translation>Geben Sie den Host als ssh://BENUTZER@HOST oder ssh://BENUTZER@HOST:PORT ein.</translation>
    </message>
    <message>
        <source>The wizard connects with your ssh client and keys; it never asks for a password.</source>
        <translation>Der Assistent verbindet sich mit Ihrem SSH-Client und Ihren Schlüsseln; er fragt nie nach einem Kennwort.</translation>
    </message>
    <message>
        <source>The device could not be opened.</source>
        <translation>Das Gerät konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>The check did not finish: %1</source>
        <translation>Die Prüfung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Choose a device and check it to continue.</source>
        <translation>Wählen Sie ein Gerät aus, und prüfen Sie es, um fortzufahren.</translation>
    </message>
    <message>
        <source>The device could not be checked.</source>
        <translation>Das Gerät konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 MB free of %2 MB</source>
        <translation>%1 MB frei von %2 MB</translation>
    </message>
    <message>
        <source>%1 MB free</source>
        <translation>%1 MB frei</translation>
    </message>
    <message>
        <source>Computer: %1 · %2, build %3 · Memory: %4 · Logical processors: %5</source>
        <translation>Computer: %1 · %2, Build %3 · Arbeitsspeicher: %4 · Logische Prozessoren: %5</translation>
    </message>
    <message>
        <source>Windows (edition unknown)</source>
        <translation>Windows (Edition unbekannt)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Trusting the host key …</source>
        <translation>Dem Hostschlüssel wird vertraut …</translation>
    </message>
    <message>
        <source>The host key was not trusted: %1</source>
        <translation>Dem Hostschlüssel wurde nicht vertraut: %1</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <source>Supported once you confirm the warnings below</source>
        <translation>Unterstützt, sobald Sie die folgenden Warnungen bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>Supported after %n action(s), once you confirm the warnings below: %1</source>
        <extracomment>%n is the number of actions, %1 the first one&apos;s sentence</extracomment>
        <translation>
            <numerusform>Unterstützt nach %n Aktion, sobald Sie die folgenden Warnungen bestätigen: %1</numerusform>
            <numerusform>Unterstützt nach %n Aktionen, sobald Sie die folgenden Warnungen bestätigen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eflow::ui::TwinEditor</name>
    <message>
        <source>Initial twin (JSON)</source>
        <translation>Anfänglicher Gerätezwilling (JSON)</translation>
    </message>
    <message>
        <source>Problem in the initial twin</source>
        <translation>Problem im anfänglichen Gerätezwilling</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Tag-Name</translation>
    </message>
    <message>
        <source>name, e.g. environment</source>
        <translation>Name, z. B. environment</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>Tag-Wert</translation>
    </message>
    <message>
        <source>value, e.g. test</source>
        <translation>Wert, z. B. test</translation>
    </message>
    <message>
        <source>Set ta&amp;g</source>
        <translation>Tag &amp;festlegen</translation>
    </message>
    <message>
        <source>Set the tag in the initial twin</source>
        <translation>Tag im anfänglichen Gerätezwilling festlegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve tag</source>
        <translation>Tag &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the tag from the initial twin</source>
        <translation>Tag aus dem anfänglichen Gerätezwilling entfernen</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
</context>
<context>
    <name>eflow::ui::UseInWizardDialog</name>
    <message>
        <source>Use %1 in the wizard</source>
        <translation>%1 im Assistenten verwenden</translation>
    </message>
    <message>
        <source>The wizard&apos;s Connect page gets the ID scope, the registration ID you give the device, and the device key derived from the group key of %1.</source>
        <translation>Die Seite „Verbinden“ des Assistenten erhält den ID-Bereich, die Registrierungs-ID, die Sie dem Gerät geben, und den aus dem Gruppenschlüssel von %1 abgeleiteten Geräteschlüssel.</translation>
    </message>
    <message>
        <source>The wizard&apos;s Connect page gets the ID scope, the registration ID %1 and its primary key.</source>
        <translation>Die Seite „Verbinden“ des Assistenten erhält den ID-Bereich, die Registrierungs-ID %1 und ihren Primärschlüssel.</translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation>ID-Bereich</translation>
    </message>
    <message>
        <source>leave empty to keep what Connect has</source>
        <translation>leer lassen, um den Wert auf „Verbinden“ zu behalten</translation>
    </message>
    <message>
        <source>ID &amp;scope:</source>
        <translation>ID-&amp;Bereich:</translation>
    </message>
    <message>
        <source>DPS&apos;s service API does not give the ID scope: it is on the Overview page of the Device Provisioning Service in the Azure portal.</source>
        <translation>Die Dienst-API von DPS liefert den ID-Bereich nicht: Er steht auf der Seite „Übersicht“ des Device Provisioning Service im Azure-Portal.</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Registrierungs-ID</translation>
    </message>
    <message>
        <source>&amp;Registration ID:</source>
        <translation>&amp;Registrierungs-ID:</translation>
    </message>
    <message>
        <source>Derived device key</source>
        <translation>Abgeleiteter Geräteschlüssel</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Show the device key</source>
        <translation>Geräteschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Copy the device key</source>
        <translation>Geräteschlüssel kopieren</translation>
    </message>
    <message>
        <source>&amp;Derived device key:</source>
        <translation>&amp;Abgeleiteter Geräteschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>&amp;Primärschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Use in the wizard</source>
        <translation>Im Assistenten &amp;verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>reading the key…</source>
        <translation>Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Connect to a DPS first.</source>
        <translation>Stellen Sie zuerst eine Verbindung mit einem DPS her.</translation>
    </message>
    <message>
        <source>%1 has no symmetric key: only symmetric-key enrollments can be used in the wizard&apos;s DPS symmetric key method.</source>
        <translation>%1 hat keinen symmetrischen Schlüssel: Nur Registrierungen mit symmetrischem Schlüssel können mit der Methode „Symmetrischer Schlüssel (DPS)“ des Assistenten verwendet werden.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::WizardController</name>
    <message>
        <source>No target device was chosen.</source>
        <translation>Es wurde kein Zielgerät ausgewählt.</translation>
    </message>
    <message>
        <source>The key was already used; enter it again to provision again.</source>
        <translation>Der Schlüssel wurde bereits verwendet; geben Sie ihn erneut ein, um erneut zu provisionieren.</translation>
    </message>
</context>
<context>
    <name>eflow::ui::WizardStepsPanel</name>
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
    <message>
        <source>Nothing is installed; the host and DPS are simulated. Host: %1.</source>
        <translation>Es wird nichts installiert; Host und DPS werden simuliert. Host: %1.</translation>
    </message>
    <message>
        <source>&amp;Deploy &gt;</source>
        <translation>&amp;Bereitstellen &gt;</translation>
    </message>
    <message>
        <source>Device &amp;overview…</source>
        <translation>Geräte&amp;übersicht…</translation>
    </message>
    <message>
        <source>Open the device overview</source>
        <translation>Geräteübersicht öffnen</translation>
    </message>
    <message>
        <source>Device overview</source>
        <translation>Geräteübersicht</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Which device? This computer, or a Windows host as ssh://USER@HOST[:PORT]:</source>
        <translation>Welches Gerät? Dieser Computer oder ein Windows-Host als ssh://BENUTZER@HOST[:PORT]:</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Deployment running</source>
        <translation>Bereitstellung läuft</translation>
    </message>
    <message>
        <source>Provisioning running</source>
        <translation>Provisionierung läuft</translation>
    </message>
    <message>
        <source>The deployment is still running. Stop it? You can continue it later.</source>
        <translation>Die Bereitstellung läuft noch. Beenden? Sie können sie später fortsetzen.</translation>
    </message>
    <message>
        <source>The provisioning is still running. Stop it? You can run it again later.</source>
        <translation>Die Provisionierung läuft noch. Beenden? Sie können sie später erneut ausführen.</translation>
    </message>
    <message>
        <source>&amp;Stop the deployment and close</source>
        <translation>Bereitstellung &amp;beenden und schließen</translation>
    </message>
    <message>
        <source>&amp;Stop the provisioning and close</source>
        <translation>Provisionierung &amp;beenden und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep it running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
</context>
</TS>
