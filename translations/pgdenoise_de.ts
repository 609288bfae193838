<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="20"/>
        <source>device %1: expected %2 or %3</source>
        <translation>Gerät %1: erwartet %2 oder %3</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="21"/>
        <source>: no such file or folder</source>
        <translation>: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="22"/>
        <source>: not a regular file</source>
        <translation>: keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="24"/>
        <source>: cannot be opened (permission denied?)</source>
        <translation>: kann nicht geöffnet werden (keine Berechtigung?)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="25"/>
        <source>: file is empty</source>
        <translation>: Datei ist leer</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="27"/>
        <source>: folder holds no .tif, .tiff or .png images</source>
        <translation>: Ordner enthält keine .tif-, .tiff- oder .png-Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="29"/>
        <source>: cannot list folder (%1)</source>
        <translation>: Ordner kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="31"/>
        <source>: unsupported pixel type (%1)</source>
        <translation>: nicht unterstützter Pixeltyp (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="33"/>
        <source>: unsupported number of channels: %1</source>
        <translation>: nicht unterstützte Anzahl von Kanälen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="35"/>
        <source>: frame %1 contains %2 NaN or infinite pixel values</source>
        <translation>: Einzelbild %1 enthält %2 NaN- oder unendliche Pixelwerte</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="37"/>
        <source>: contains %1 NaN or infinite pixel values</source>
        <translation>: enthält %1 NaN- oder unendliche Pixelwerte</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="39"/>
        <source>: corrupt TIFF header (%1)</source>
        <translation>: beschädigter TIFF-Kopf (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="42"/>
        <source>: corrupt or truncated PNG (chunk %1 claims %2 bytes, %3 are left in the file)</source>
        <translation>: beschädigtes oder abgeschnittenes PNG (Block %1 gibt %2 Bytes an, in der Datei sind noch %3)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="46"/>
        <source>: corrupt or truncated PNG (%1)</source>
        <translation>: beschädigtes oder abgeschnittenes PNG (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="49"/>
        <source>: truncated TIFF (page %1&apos;s directory would start at byte %2, the file has %3 bytes)</source>
        <translation>: abgeschnittenes TIFF (das Verzeichnis von Seite %1 begänne bei Byte %2, die Datei hat %3 Bytes)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="52"/>
        <source>: truncated TIFF (page %1 needs %2 bytes, file has %3)</source>
        <translation>: abgeschnittenes TIFF (Seite %1 braucht %2 Bytes, die Datei hat %3)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="54"/>
        <source>: page %1 differs in size or type from page 1</source>
        <translation>: Seite %1 unterscheidet sich in Größe oder Typ von Seite 1</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="56"/>
        <source>: not a readable TIFF or PNG image (unknown format or corrupt header)</source>
        <translation>: kein lesbares TIFF- oder PNG-Bild (unbekanntes Format oder beschädigter Kopf)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="59"/>
        <source>: cannot read the training config</source>
        <translation>: die Trainingseinstellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="62"/>
        <source>training config: batch, steps, epoch length, crop and learning rate must be positive, weight averaging in [0, 1)</source>
        <translation>Trainingseinstellungen: Batch, Schritte, Epochenlänge, Ausschnitt und Lernrate müssen positiv sein, die Gewichtsmittelung in [0, 1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="67"/>
        <source>training config: network inChannels %1: pgdenoise trains on one channel (expected 1)</source>
        <translation>Trainingseinstellungen: Netz inChannels %1: pgdenoise trainiert auf einem Kanal (erwartet 1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="72"/>
        <source>training config: the n2v loss needs the unet network and the other losses the blind-spot network</source>
        <translation>Trainingseinstellungen: der Verlust n2v braucht das U-Net, die anderen Verluste das Blind-Spot-Netz</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="74"/>
        <source>training config: </source>
        <translation>Trainingseinstellungen: </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="76"/>
        <source>%1loss %2: unknown (expected %3 or %4)</source>
        <translation>%1Verlust %2: unbekannt (erwartet %3 oder %4)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="78"/>
        <source>%1architecture %2: unknown (expected %3 or %4)</source>
        <translation>%1Architektur %2: unbekannt (erwartet %3 oder %4)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="80"/>
        <source>: expected a whole number from %1 to %2, not %3</source>
        <translation>: erwartet eine ganze Zahl von %1 bis %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="82"/>
        <source>: expected a whole number, not %1</source>
        <translation>: erwartet eine ganze Zahl, nicht %1</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="83"/>
        <source>: not valid JSON</source>
        <translation>: kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="86"/>
        <source>: format version %1 is newer than this pgdenoise understands (%2); update pgdenoise</source>
        <translation>: Formatversion %1 ist neuer, als diese pgdenoise-Version versteht (%2); bitte pgdenoise aktualisieren</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="90"/>
        <source>: missing (not a model folder)</source>
        <translation>: fehlt (kein Modellordner)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="92"/>
        <source>: missing or invalid field (%1)</source>
        <translation>: Feld fehlt oder ist ungültig (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="94"/>
        <source>: normalization scale must be positive</source>
        <translation>: der Normierungsfaktor muss positiv sein</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="96"/>
        <source>: weight %1 is missing (architecture mismatch)</source>
        <translation>: Gewicht %1 fehlt (Architektur passt nicht)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="98"/>
        <source>: weight %1 has shape %2 but the architecture needs %3</source>
        <translation>: Gewicht %1 hat die Form %2, die Architektur braucht aber %3</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="100"/>
        <source>: weights are truncated or corrupt</source>
        <translation>: Gewichte sind abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="101"/>
        <source>: missing</source>
        <translation>: fehlt</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="103"/>
        <source>: output folder does not exist</source>
        <translation>: Ausgabeordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="105"/>
        <source>training data: images must be at least %1x%2 pixels (smallest side is %3)</source>
        <translation>Trainingsdaten: Bilder müssen mindestens %1x%2 Pixel groß sein (kleinste Seite ist %3)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="109"/>
        <source>training data: images of %1x%2 pixels are too small to hold out validation blocks beside a %3x%4 crop</source>
        <translation>Trainingsdaten: Bilder von %1x%2 Pixeln sind zu klein, um neben einem Ausschnitt von %3x%4 Validierungsblöcke zurückzuhalten</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="112"/>
        <source>: frame %1 is constant (%2), nothing to learn</source>
        <translation>: Einzelbild %1 ist konstant (%2), nichts zu lernen</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="113"/>
        <source>: image is empty</source>
        <translation>: Bild ist leer</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="115"/>
        <source>: the image is constant (%1), nothing to denoise</source>
        <translation>: das Bild ist konstant (%1), nichts zu entrauschen</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="118"/>
        <source>noise fit flagged on frames %1 of %2: </source>
        <translation>Rauschanpassung markiert auf den Einzelbildern %1 von %2: </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="120"/>
        <source>noise fit flagged on frame %1 of %2: </source>
        <translation>Rauschanpassung markiert auf Einzelbild %1 von %2: </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="121"/>
        <source>noise fit flagged: </source>
        <translation>Rauschanpassung markiert: </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="123"/>
        <source>a constraint is active: a = 0 (no signal-dependent noise resolved)</source>
        <translation>eine Nebenbedingung greift: a = 0 (kein signalabhängiges Rauschen erkannt)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="127"/>
        <source>a constraint is active: the variance a*mu + b reaches its floor at the lowest level used (mu = %1)</source>
        <translation>eine Nebenbedingung greift: die Varianz a*mu + b erreicht ihre Untergrenze beim kleinsten genutzten Wert (mu = %1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="130"/>
        <source>frame is constant (%1): nothing to denoise, written unchanged</source>
        <translation>Einzelbild ist konstant (%1): nichts zu entrauschen, unverändert geschrieben</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="133"/>
        <source>only %1 pixels entered the fit (fewer than %2)</source>
        <translation>nur %1 Pixel gingen in die Anpassung ein (weniger als %2)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="135"/>
        <source>Nelder-Mead did not converge in %1 iterations</source>
        <translation>Nelder-Mead konvergierte nicht in %1 Iterationen</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="137"/>
        <source>%1% of the pixels are clipped (from %2% on)</source>
        <translation>%1 % der Pixel sind abgeschnitten (ab %2 %)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="139"/>
        <source>model undertrained: trained only %1 steps (fewer than %2)</source>
        <translation>Modell zu kurz trainiert: nur %1 Schritte (weniger als %2)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="141"/>
        <source>model undertrained: its training stopped early (%1)</source>
        <translation>Modell zu kurz trainiert: sein Training endete vorzeitig (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="144"/>
        <source>model undertrained: stopped by its step limit while the validation loss was still falling (%1 over the last quarter)</source>
        <translation>Modell zu kurz trainiert: von seiner Schrittgrenze beendet, während der Validierungsverlust noch fiel (%1 im letzten Viertel)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="149"/>
        <source>model undertrained: stopped by its time budget while the validation loss was still falling (%1 over the last quarter)</source>
        <translation>Modell zu kurz trainiert: von seinem Zeitbudget beendet, während der Validierungsverlust noch fiel (%1 im letzten Viertel)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="153"/>
        <source>image unlike the model&apos;s training data: </source>
        <translation>Bild anders als die Trainingsdaten des Modells: </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="155"/>
        <source>pixel type %1, the model was trained on %2</source>
        <translation>Pixeltyp %1, das Modell wurde mit %2 trainiert</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="157"/>
        <source>raw range %1..%2, the model was trained on %3..%4</source>
        <translation>Rohwertbereich %1..%2, das Modell wurde mit %3..%4 trainiert</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="159"/>
        <source>noise level %1 (%2x higher), the model was trained at %3</source>
        <translation>Rauschniveau %1 (%2x höher), das Modell wurde bei %3 trainiert</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="161"/>
        <source>noise level %1 (%2x lower), the model was trained at %3</source>
        <translation>Rauschniveau %1 (%2x niedriger), das Modell wurde bei %3 trainiert</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="163"/>
        <source>the selection does not cover any pixel of the image</source>
        <translation>die Auswahl überdeckt kein Pixel des Bildes</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="191"/>
        <source>step limit</source>
        <translation>Schrittgrenze</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="193"/>
        <source>time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="195"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="199"/>
        <source>converged (no validation improvement for %n evaluation(s))</source>
        <translation>
            <numerusform>konvergiert (seit %n Prüfung keine Verbesserung der Validierung)</numerusform>
            <numerusform>konvergiert (seit %n Prüfungen keine Verbesserung der Validierung)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="203"/>
        <source>diverged (the loss is not finite)</source>
        <translation>divergiert (der Verlust ist nicht endlich)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="204"/>
        <source>diverged (%1)</source>
        <translation>divergiert (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="207"/>
        <source>out of memory on %1 at step %2</source>
        <translation>Speicher erschöpft auf %1 bei Schritt %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="215"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="216"/>
        <source>about %n step(s)</source>
        <translation>
            <numerusform>etwa %n Schritt</numerusform>
            <numerusform>etwa %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="222"/>
        <source>Training starts from the base model&apos;s weights scaled by %1, as this run can afford %2: the validation loss rises at first and falls from there.</source>
        <translation>Das Training beginnt mit den Gewichten des Basismodells mal %1, da die Zeit dieses Laufs für %2 reicht: der Validierungsverlust steigt zunächst und fällt dann.</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="229"/>
        <source>Training starts from the base model as it is: this run can afford %1, and scaling its weights by %2 helps only from %3 steps.</source>
        <translation>Das Training beginnt mit dem Basismodell, wie es ist: die Zeit dieses Laufs reicht für %1, und seine Gewichte zu skalieren (mal %2) lohnt sich erst ab %3 Schritten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="235"/>
        <source>Left out %n constant frame(s) with nothing to learn: %1.</source>
        <translation>
            <numerusform>%n konstantes Einzelbild ausgelassen, daraus ist nichts zu lernen: %1.</numerusform>
            <numerusform>%n konstante Einzelbilder ausgelassen, daraus ist nichts zu lernen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="253"/>
        <source>%n frame(s) %1x%2</source>
        <translation>
            <numerusform>%n Einzelbild %1x%2</numerusform>
            <numerusform>%n Einzelbilder %1x%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="262"/>
        <source>uncalibrated</source>
        <translation>unkalibriert</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="264"/>
        <source>regularized</source>
        <translation>regularisiert</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="266"/>
        <source>Noise2Void</source>
        <translation>Noise2Void</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="272"/>
        <source>blind-spot</source>
        <translation>Blind-Spot</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="272"/>
        <source>U-Net</source>
        <translation>U-Net</translation>
    </message>
</context>
<context>
    <name>pgd::CompareView</name>
    <message>
        <location filename="../widgets/CompareView.cpp" line="17"/>
        <source>Train a model (or choose one in the model browser), then click Denoise</source>
        <translation>Trainieren Sie ein Modell (oder wählen Sie eines in der Modellübersicht) und klicken Sie dann auf „Entrauschen“</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="19"/>
        <source>Difference (noisy - denoised)</source>
        <translation>Differenz (verrauscht - entrauscht)</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="21"/>
        <source>Uncertainty (posterior std)</source>
        <translation>Unsicherheit (Posterior-Std.-Abw.)</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="23"/>
        <source>&lt;b&gt;Noisy&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verrauscht&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="62"/>
        <source>difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="64"/>
        <source>uncertainty</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="66"/>
        <source>denoised</source>
        <translation>entrauscht</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="123"/>
        <source>&lt;b&gt;Denoised&lt;/b&gt; (posterior mean)</source>
        <translation>&lt;b&gt;Entrauscht&lt;/b&gt; (Posterior-Mittelwert)</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="126"/>
        <source>&lt;b&gt;Difference&lt;/b&gt; noisy - denoised</source>
        <translation>&lt;b&gt;Differenz&lt;/b&gt; verrauscht - entrauscht</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="129"/>
        <source>&lt;b&gt;Uncertainty&lt;/b&gt; (posterior standard deviation)</source>
        <translation>&lt;b&gt;Unsicherheit&lt;/b&gt; (Posterior-Standardabweichung)</translation>
    </message>
</context>
<context>
    <name>pgd::DisplayControls</name>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="23"/>
        <source>Gray</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="25"/>
        <source>Fire</source>
        <translation>Feuer</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="27"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="29"/>
        <source>Magenta</source>
        <translation>Magenta</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="31"/>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="33"/>
        <source>Inverted gray</source>
        <translation>Grau invertiert</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="66"/>
        <source>Frame (Left/Right arrow keys step through the stack)</source>
        <translation>Einzelbild (mit den Pfeiltasten Links/Rechts durch den Stapel blättern)</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="71"/>
        <source>Auto contrast</source>
        <translation>Autokontrast</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="74"/>
        <source>Recompute the contrast for every frame</source>
        <translation>Kontrast für jedes Einzelbild neu berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="77"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="78"/>
        <source>Set the contrast from the 0.35% and 99.65% percentiles now</source>
        <translation>Kontrast jetzt anhand der Perzentile 0,35 % und 99,65 % festlegen</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="79"/>
        <source>Raw value shown as black</source>
        <translation>Rohwert, der schwarz dargestellt wird</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="80"/>
        <source>Raw value shown as white</source>
        <translation>Rohwert, der weiß dargestellt wird</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="92"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="93"/>
        <source>Zoom to fit the window</source>
        <translation>An das Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="96"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="97"/>
        <source>One image pixel per screen pixel</source>
        <translation>Ein Bildpixel pro Bildschirmpixel</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="99"/>
        <source>Frame</source>
        <translation>Einzelbild</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="107"/>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="109"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="113"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="142"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>pgd::FitVerdictBanner</name>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="21"/>
        <source>Train on this image</source>
        <translation>Auf diesem Bild trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="23"/>
        <source>Train a new model on the image on screen with the training panel&apos;s settings; denoise again once it is trained.</source>
        <translation>Trainiert ein neues Modell auf dem angezeigten Bild mit den Einstellungen im Bereich „Training“; entrauschen Sie erneut, sobald es trainiert ist.</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="35"/>
        <source>fit at a bound</source>
        <translation>Anpassung an einer Schranke</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="37"/>
        <source>few pixels</source>
        <translation>wenige Pixel</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="39"/>
        <source>fit not converged</source>
        <translation>Anpassung nicht konvergiert</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="41"/>
        <source>heavy clipping</source>
        <translation>viele abgeschnittene Pixel</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="43"/>
        <source>noise correlated between pixels</source>
        <translation>Rauschen zwischen Pixeln korreliert</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="45"/>
        <source>model undertrained</source>
        <translation>Modell zu kurz trainiert</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="47"/>
        <source>image unlike the training data</source>
        <translation>Bild anders als die Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="49"/>
        <source>constant frame</source>
        <translation>konstantes Einzelbild</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/FitVerdictBanner.cpp" line="98"/>
        <source>Noise fit flagged on %1 of %n frame(s): %2</source>
        <translation>
            <numerusform>Rauschanpassung in %1 von %n Einzelbild markiert: %2</numerusform>
            <numerusform>Rauschanpassung in %1 von %n Einzelbildern markiert: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgd::HistogramStrip</name>
    <message>
        <location filename="../widgets/HistogramStrip.cpp" line="14"/>
        <source>Histogram of the frame shown; the marks are Min and Max. Click to move the nearer one.</source>
        <translation>Histogramm des gezeigten Einzelbilds; die Marken sind Min. und Max. Ein Klick verschiebt die nähere.</translation>
    </message>
</context>
<context>
    <name>pgd::ImageListPanel</name>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="48"/>
        <source>The image on screen; training and batch denoise use the selected images (Ctrl+click or Shift+click to select several)</source>
        <translation>Das angezeigte Bild; Training und Stapel-Entrauschen verwenden die ausgewählten Bilder (mit Strg+Klick oder Umschalt+Klick mehrere auswählen)</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="53"/>
        <source>Which channel of a multi-channel file the viewers show and training uses</source>
        <translation>Welchen Kanal einer mehrkanaligen Datei die Ansichten zeigen und das Training verwendet</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="55"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="57"/>
        <source>Close image</source>
        <translation>Bild schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ImageListPanel.cpp" line="80"/>
        <source>%1 x %2, %n frame(s)</source>
        <translation>
            <numerusform>%1 x %2, %n Einzelbild</numerusform>
            <numerusform>%1 x %2, %n Einzelbilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="83"/>
        <source>%1
%2, %3 channels</source>
        <translation>%1
%2, %3 Kanäle</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="179"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="183"/>
        <source>Channel %1</source>
        <translation>Kanal %1</translation>
    </message>
</context>
<context>
    <name>pgd::ImageViewer</name>
    <message>
        <location filename="../widgets/ImageViewer.cpp" line="42"/>
        <source>Open an image or stack (File &gt; Open, or drop a file here)</source>
        <translation>Öffnen Sie ein Bild oder einen Stapel (Datei &gt; Öffnen oder eine Datei hierher ziehen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ImageViewer.cpp" line="61"/>
        <source>%1 x %2 pixels, %n frame(s), %3</source>
        <translation>
            <numerusform>%1 x %2 Pixel, %n Einzelbild, %3</numerusform>
            <numerusform>%1 x %2 Pixel, %n Einzelbilder, %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ImageViewer.cpp" line="67"/>
        <source>, %1 %2 per pixel</source>
        <translation>, %1 %2 pro Pixel</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ImageViewer.cpp" line="71"/>
        <source>, %n channel(s)</source>
        <translation>
            <numerusform>, %n Kanal</numerusform>
            <numerusform>, %n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ImageViewer.cpp" line="76"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>pgd::JobWorker</name>
    <message>
        <location filename="../widgets/JobWorker.cpp" line="133"/>
        <source>Sample phantom</source>
        <translation>Beispielphantom</translation>
    </message>
</context>
<context>
    <name>pgd::LineProfilePlot</name>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="13"/>
        <source>Choose the line tool (toolbar or View menu) and drag across the image to plot the values along the line.</source>
        <translation>Wählen Sie das Linienwerkzeug (Werkzeugleiste oder Menü Ansicht) und ziehen Sie über das Bild, um die Werte entlang der Linie zu zeichnen.</translation>
    </message>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="21"/>
        <source>noisy</source>
        <translation>verrauscht</translation>
    </message>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="21"/>
        <source>denoised (posterior mean)</source>
        <translation>entrauscht (Posterior-Mittelwert)</translation>
    </message>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="21"/>
        <source>network mean mu</source>
        <translation>Mittelwert des Netzes mu</translation>
    </message>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="27"/>
        <source>Raw value</source>
        <translation>Rohwert</translation>
    </message>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="71"/>
        <source>Distance along the line (pixels)</source>
        <translation>Abstand entlang der Linie (Pixel)</translation>
    </message>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="72"/>
        <source>Distance along the line (%1)</source>
        <translation>Abstand entlang der Linie (%1)</translation>
    </message>
</context>
<context>
    <name>pgd::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="64"/>
        <location filename="../widgets/MainWindow.cpp" line="674"/>
        <source>pgdenoise</source>
        <translation>pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="76"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="79"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="82"/>
        <source>Noise fit</source>
        <translation>Rauschanpassung</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="85"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="91"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="95"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="103"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="190"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="195"/>
        <source>Open &amp;sample</source>
        <translation>Bei&amp;spiel öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="197"/>
        <source>A synthetic fluorescence stack with known noise</source>
        <translation>Ein synthetischer Fluoreszenzstapel mit bekanntem Rauschen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="200"/>
        <source>&amp;Cancel job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="209"/>
        <source>&amp;Denoise</source>
        <translation>&amp;Entrauschen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="212"/>
        <source>Denoise the whole image or stack with the current model</source>
        <translation>Das ganze Bild bzw. den ganzen Stapel mit dem aktuellen Modell entrauschen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="215"/>
        <source>&amp;Export denoised...</source>
        <translation>Entrauschtes Bild &amp;exportieren...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="220"/>
        <source>Export network &amp;mean (mu)...</source>
        <translation>&amp;Mittelwert des Netzes (mu) exportieren...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="222"/>
        <source>The network&apos;s prediction of each pixel from its neighbours; the noise fit compares it with the noisy image</source>
        <translation>Die Vorhersage des Netzes für jedes Pixel aus seinen Nachbarn; die Rauschanpassung vergleicht sie mit dem verrauschten Bild</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="226"/>
        <source>Export &amp;uncertainty map...</source>
        <translation>&amp;Unsicherheitskarte exportieren...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="228"/>
        <source>The posterior standard deviation of every pixel</source>
        <translation>Die Posterior-Standardabweichung jedes Pixels</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="232"/>
        <source>Denoise &amp;selected images...</source>
        <translation>&amp;Ausgewählte Bilder entrauschen...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="235"/>
        <source>Denoise the images selected in the image list and write &lt;name&gt;_denoised.tif and &lt;name&gt;_noise.csv for each</source>
        <translation>Die in der Bildliste ausgewählten Bilder entrauschen und für jedes &lt;name&gt;_denoised.tif und &lt;name&gt;_noise.csv schreiben</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="239"/>
        <source>Denoise a &amp;folder...</source>
        <translation>&amp;Ordner entrauschen...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="241"/>
        <source>Denoise every image of a folder with the current model</source>
        <translation>Jedes Bild eines Ordners mit dem aktuellen Modell entrauschen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="244"/>
        <source>Load training settings (JSON)...</source>
        <translation>Trainingseinstellungen laden (JSON)...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="248"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="255"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="259"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="269"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="271"/>
        <source>Zoom to &amp;fit</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="281"/>
        <source>Zoom &amp;1:1</source>
        <translation>Originalgröße &amp;1:1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="302"/>
        <source>&amp;Process</source>
        <translation>&amp;Verarbeitung</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="309"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="311"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="318"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="318"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="328"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="330"/>
        <source>&amp;How to use pgdenoise</source>
        <translation>&amp;Anleitung zu pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="334"/>
        <source>&amp;About pgdenoise</source>
        <translation>Ü&amp;ber pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="342"/>
        <source>&amp;Pan</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="342"/>
        <source>Drag to move the image</source>
        <translation>Ziehen verschiebt das Bild</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="343"/>
        <source>&amp;Rectangle</source>
        <translation>&amp;Rechteck</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="344"/>
        <source>Drag to select a rectangle (training can use it alone); Esc clears</source>
        <translation>Ziehen wählt ein Rechteck (das Training kann es allein nutzen); Esc entfernt es</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="345"/>
        <source>&amp;Line</source>
        <translation>&amp;Linie</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="346"/>
        <source>Drag to draw a line; the Profile tab plots the values along it; Esc clears</source>
        <translation>Ziehen zeichnet eine Linie; die Registerkarte Profil zeigt die Werte entlang der Linie; Esc entfernt sie</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="359"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="388"/>
        <source>%1 x %2 pixels at (%3, %4)</source>
        <translation>%1 x %2 Pixel bei (%3, %4)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="446"/>
        <location filename="../widgets/MainWindow.cpp" line="1165"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="447"/>
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n Thread</numerusform>
            <numerusform>CPU, %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="448"/>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="452"/>
        <source>Denoising: %1, training: %2</source>
        <translation>Entrauschen: %1, Training: %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="456"/>
        <source>On the GPU the network computes in float32.</source>
        <translation>Auf der GPU rechnet das Netz in float32.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="462"/>
        <source>This CPU has no native bfloat16, so the network computes in float32.</source>
        <translation>Diese CPU hat kein natives bfloat16, daher rechnet das Netz in float32.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="485"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="494"/>
        <source>Discarded the model %1</source>
        <translation>Modell %1 verworfen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="538"/>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="539"/>
        <source>A model is being trained. What should happen to it?</source>
        <translation>Ein Modell wird gerade trainiert. Was soll damit geschehen?</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="542"/>
        <source>Stopping keeps the best model so far in the model browser.</source>
        <translation>Beim Anhalten bleibt das bisher beste Modell in der Modellübersicht erhalten.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="543"/>
        <source>Stop and keep the best model</source>
        <translation>Anhalten, bestes Modell behalten</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="545"/>
        <source>Keep training</source>
        <translation>Weiter trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="548"/>
        <source>Discard the run and close</source>
        <translation>Lauf verwerfen und schließen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="571"/>
        <source>Stopping the training; the window closes when it has stopped</source>
        <translation>Training wird angehalten; das Fenster schließt sich danach</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1145"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; noisy images or stacks (File &amp;gt; Open, drag and drop, or File &amp;gt; Open sample). They are listed in the Images panel; pick a channel there for multi-channel files.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Train&lt;/b&gt;. The default preset needs no tuning; watch the loss curves. Training uses only the noisy data of the selected images (or of a rectangle drawn with the Rectangle tool).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Denoise&lt;/b&gt;. The noise model a&amp;middot;x + b is fitted per frame and the posterior mean is computed. Process &amp;gt; Denoise selected images or a folder does many files at once.&lt;/li&gt;&lt;li&gt;Compare noisy and denoised side by side, check the noise-fit plots and line profiles (Line tool), then &lt;b&gt;Export&lt;/b&gt; the result (32-bit float TIFF keeps everything).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Mouse wheel or +/- zooms, dragging pans, Left/Right step through frames, Esc clears a selection. More in docs/WORKBENCH.md.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Verrauschte Bilder oder Stapel &lt;b&gt;öffnen&lt;/b&gt; (Datei &amp;gt; Öffnen, Ziehen und Ablegen oder Datei &amp;gt; Beispiel öffnen). Sie stehen in der Bilderliste; dort wählen Sie bei mehrkanaligen Dateien einen Kanal.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Trainieren&lt;/b&gt; klicken. Die Standard-Voreinstellung braucht keine Anpassung; verfolgen Sie die Verlustkurven. Das Training nutzt nur die verrauschten Daten der gewählten Bilder (oder eines mit dem Rechteckwerkzeug gezeichneten Rechtecks).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Entrauschen&lt;/b&gt; klicken. Das Rauschmodell a&amp;middot;x + b wird je Einzelbild angepasst und der Posterior-Mittelwert berechnet. Verarbeitung &amp;gt; Gewählte Bilder oder einen Ordner entrauschen bearbeitet viele Dateien auf einmal.&lt;/li&gt;&lt;li&gt;Verrauscht und entrauscht nebeneinander vergleichen, die Rauschanpassung und Linienprofile (Linienwerkzeug) prüfen, dann das Ergebnis &lt;b&gt;exportieren&lt;/b&gt; (32-Bit-Gleitkomma-TIFF behält alles).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Mausrad oder +/- zoomt, Ziehen verschiebt, Links/Rechts blättert durch die Einzelbilder, Esc entfernt eine Auswahl. Mehr in docs/WORKBENCH.md.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open image or stack</source>
        <translation type="vanished">Bild oder Stapel öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="611"/>
        <source>Images (*.tif *.tiff *.png);;All files (*)</source>
        <translation>Bilder (*.tif *.tiff *.png);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Opened the first of %n files</source>
        <translation type="vanished">
            <numerusform>Die erste von %n Datei wurde geöffnet</numerusform>
            <numerusform>Die erste von %n Dateien wurde geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="682"/>
        <source>%1 - pgdenoise</source>
        <translation>%1 - pgdenoise</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="683"/>
        <source>%1: %n frame(s) of %2 x %3, %4</source>
        <translation>
            <numerusform>%1: %n Einzelbild zu %2 x %3, %4</numerusform>
            <numerusform>%1: %n Einzelbilder zu %2 x %3, %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="723"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="750"/>
        <source>The image could not be opened.</source>
        <translation>Das Bild konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="752"/>
        <location filename="../widgets/MainWindow.cpp" line="797"/>
        <source>Training failed.</source>
        <translation>Das Training ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="754"/>
        <source>Denoising failed.</source>
        <translation>Das Entrauschen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="756"/>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="758"/>
        <source>The model could not be loaded.</source>
        <translation>Das Modell konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="760"/>
        <source>The noise-fit plots could not be computed.</source>
        <translation>Die Diagramme der Rauschanpassung konnten nicht berechnet werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="132"/>
        <source>The typed levels could not be read.</source>
        <translation>Die eingegebenen Stufen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="986"/>
        <source>The export would overwrite the input image</source>
        <translation>Der Export würde das Eingabebild überschreiben</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="492"/>
        <location filename="../widgets/MainWindow.cpp" line="741"/>
        <location filename="../widgets/MainWindow.cpp" line="771"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="458"/>
        <source>This CPU computes bfloat16 natively (AVX-512 BF16 or AMX), so the network runs in bfloat16: denoising about twice as fast, a training step about 1.5 times, with float32&apos;s quality (pgdenoise train or denoise --precision float32 chooses float32).</source>
        <translation>Diese CPU rechnet bfloat16 nativ (AVX-512 BF16 oder AMX), daher rechnet das Netz in bfloat16: das Entrauschen etwa doppelt so schnell, ein Trainingsschritt etwa 1,5-mal so schnell, mit der Qualität von float32 (pgdenoise train oder denoise --precision float32 wählt float32).</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="611"/>
        <source>Open images or stacks</source>
        <translation>Bilder oder Stapel öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="762"/>
        <source>The batch denoise could not start.</source>
        <translation>Das Stapel-Entrauschen konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="777"/>
        <source>pgdenoise: error</source>
        <translation>pgdenoise: Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="813"/>
        <source>Training could not start.</source>
        <translation>Das Training konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="855"/>
        <location filename="../widgets/MainWindow.cpp" line="921"/>
        <source>Batch denoise</source>
        <translation>Stapel-Entrauschen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="856"/>
        <source>Where should the denoised images go?</source>
        <translation>Wohin sollen die entrauschten Bilder?</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="858"/>
        <source>Each input gets &lt;name&gt;_denoised.tif and &lt;name&gt;_noise.csv; existing files and the inputs are never replaced.</source>
        <translation>Jede Eingabe erhält &lt;name&gt;_denoised.tif und &lt;name&gt;_noise.csv; vorhandene Dateien und die Eingaben werden nie ersetzt.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="860"/>
        <source>Next to the inputs</source>
        <translation>Neben die Eingaben</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="861"/>
        <source>Choose a folder...</source>
        <translation>Ordner wählen...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="872"/>
        <source>Folder for the denoised images</source>
        <translation>Ordner für die entrauschten Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="884"/>
        <source>Select opened image files in the image list first (the sample has no file).</source>
        <translation>Wählen Sie zuerst geöffnete Bilddateien in der Bildliste aus (das Beispiel hat keine Datei).</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="894"/>
        <source>Folder of images to denoise</source>
        <translation>Ordner mit zu entrauschenden Bildern</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="906"/>
        <source>Batch denoise cancelled after %1 of %n image(s); nothing partial was written.</source>
        <translation>
            <numerusform>Stapel-Entrauschen nach %1 von %n Bild abgebrochen; nichts Unvollständiges wurde geschrieben.</numerusform>
            <numerusform>Stapel-Entrauschen nach %1 von %n Bildern abgebrochen; nichts Unvollständiges wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="909"/>
        <source>Batch denoise finished: %1 of %n image(s) denoised.</source>
        <translation>
            <numerusform>Stapel-Entrauschen fertig: %1 von %n Bild entrauscht.</numerusform>
            <numerusform>Stapel-Entrauschen fertig: %1 von %n Bildern entrauscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="914"/>
        <source>Written:</source>
        <translation>Geschrieben:</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="916"/>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="970"/>
        <source>32-bit float TIFF (*.tif)</source>
        <translation>32-Bit-Gleitkomma-TIFF (*.tif)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="971"/>
        <source>TIFF in the input&apos;s pixel type (*.tif)</source>
        <translation>TIFF im Pixeltyp der Eingabe (*.tif)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="977"/>
        <source>Export network mean (mu)</source>
        <translation>Mittelwert des Netzes (mu) exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="978"/>
        <source>Export uncertainty map</source>
        <translation>Unsicherheitskarte exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="979"/>
        <source>Export denoised stack</source>
        <translation>Entrauschten Stapel exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="998"/>
        <source>Load training settings</source>
        <translation>Trainingseinstellungen laden</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="999"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1013"/>
        <source>Loaded training settings from %1</source>
        <translation>Trainingseinstellungen aus %1 geladen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1015"/>
        <source>The training settings could not be loaded.</source>
        <translation>Die Trainingseinstellungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1036"/>
        <source>Using model %1</source>
        <translation>Modell %1 wird verwendet</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1042"/>
        <source>Denoised an image that is no longer shown; denoise it again to see it</source>
        <translation>Ein Bild wurde entrauscht, das nicht mehr angezeigt wird; entrauschen Sie es erneut, um es zu sehen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1053"/>
        <source>Denoised; frame 1 noise: a = %1, b = %2 (raw units), variance scale %3</source>
        <translation>Entrauscht; Rauschen in Einzelbild 1: a = %1, b = %2 (Rohwerteinheiten), Varianzfaktor %3</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1090"/>
        <source>x %1, y %2, frame %3: %4</source>
        <translation>x %1, y %2, Einzelbild %3: %4</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1103"/>
        <source>x %1, y %2, frame %3: noisy %4, %5 %6</source>
        <translation>x %1, y %2, Einzelbild %3: verrauscht %4, %5 %6</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1137"/>
        <source>Memory: %1 MiB</source>
        <translation>Speicher: %1 MiB</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1143"/>
        <source>How to use pgdenoise</source>
        <translation>Anleitung zu pgdenoise</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; a noisy image or stack (File &amp;gt; Open, drag and drop, or File &amp;gt; Open sample).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Train&lt;/b&gt;. The default preset needs no tuning; watch the loss curves. Training uses only the noisy data.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Denoise&lt;/b&gt;. The noise model a&amp;middot;x + b is fitted per frame and the posterior mean is computed.&lt;/li&gt;&lt;li&gt;Compare noisy and denoised side by side, check the noise-fit plots, then &lt;b&gt;Export&lt;/b&gt; the result (32-bit float TIFF keeps everything).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Mouse wheel zooms, dragging pans, Left/Right step through frames.&lt;/p&gt;</source>
        <translation type="vanished">&lt;ol&gt;&lt;li&gt;&lt;b&gt;Öffnen&lt;/b&gt; Sie ein verrauschtes Bild oder einen Stapel (Datei &amp;gt; Öffnen, per Ziehen und Ablegen oder Datei &amp;gt; Beispiel öffnen).&lt;/li&gt;&lt;li&gt;Klicken Sie auf &lt;b&gt;Trainieren&lt;/b&gt;. Die Standard-Voreinstellung muss nicht angepasst werden; beobachten Sie die Verlustkurven. Das Training verwendet nur die verrauschten Daten.&lt;/li&gt;&lt;li&gt;Klicken Sie auf &lt;b&gt;Entrauschen&lt;/b&gt;. Das Rauschmodell a&amp;middot;x + b wird für jedes Einzelbild angepasst und der Posterior-Mittelwert berechnet.&lt;/li&gt;&lt;li&gt;Vergleichen Sie verrauschtes und entrauschtes Bild nebeneinander, prüfen Sie die Diagramme der Rauschanpassung und &lt;b&gt;exportieren&lt;/b&gt; Sie dann das Ergebnis (32-Bit-Gleitkomma-TIFF bewahrt alle Informationen).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Das Mausrad zoomt, Ziehen verschiebt die Ansicht, Links/Rechts blättert durch die Einzelbilder.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1165"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1166"/>
        <source>About pgdenoise</source>
        <translation>Über pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1167"/>
        <source>&lt;h3&gt;pgdenoise %1&lt;/h3&gt;&lt;p&gt;Self-supervised Poisson-Gaussian denoising for fluorescence microscopy, after Khademi et al., WACV 2021.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;LibTorch %3&lt;br&gt;ITK %4&lt;br&gt;Device: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pgdenoise %1&lt;/h3&gt;&lt;p&gt;Selbstüberwachtes Poisson-Gauß-Entrauschen für die Fluoreszenzmikroskopie, nach Khademi et al., WACV 2021.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;LibTorch %3&lt;br&gt;ITK %4&lt;br&gt;Gerät: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1178"/>
        <source>The language changes when pgdenoise is started again.</source>
        <translation>Die Sprache wird beim nächsten Start von pgdenoise umgestellt.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1081"/>
        <source>Training a model on this image</source>
        <translation>Ein Modell wird auf diesem Bild trainiert</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1059"/>
        <source>%1; with the built-in base model and the per-image noise fit (train a model on your images for the best results)</source>
        <translation>%1; mit dem eingebauten Basismodell und der Rauschanpassung je Bild (ein auf Ihren Bildern trainiertes Modell liefert die besten Ergebnisse)</translation>
    </message>
</context>
<context>
    <name>pgd::ModelBrowser</name>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="40"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="48"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="48"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="48"/>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="49"/>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="49"/>
        <source>Final loss</source>
        <translation>Endverlust</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="49"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="65"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="66"/>
        <source>Rename...</source>
        <translation>Umbenennen...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="67"/>
        <source>Delete...</source>
        <translation>Löschen...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="68"/>
        <source>Import...</source>
        <translation>Importieren...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="69"/>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="70"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="133"/>
        <source>The model store could not be listed.</source>
        <translation>Der Modellspeicher konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="141"/>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="143"/>
        <source>unusable</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="167"/>
        <source>No models yet: train one in the training panel, or import a model folder.</source>
        <translation>Noch keine Modelle: Trainieren Sie eines im Trainingsbereich oder importieren Sie einen Modellordner.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="176"/>
        <source>This folder is not a usable model: %1</source>
        <translation>Dieser Ordner ist kein verwendbares Modell: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="185"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="186"/>
        <source>Network: %1, width %2; loss %3</source>
        <translation>Netzwerk: %1, Breite %2; Verlust %3</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="190"/>
        <source>Trained %1 steps in %2 s on %3; stopped: %4</source>
        <translation>%1 Schritte in %2 s auf %3 trainiert; beendet: %4</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="194"/>
        <source>Final training loss %1, best validation loss %2</source>
        <translation>Endgültiger Trainingsverlust %1, bester Validierungsverlust %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="197"/>
        <source>Denoises in tiles of %1 px: its held-out loss was lower there than with whole images</source>
        <translation>Entrauscht in Kacheln von %1 px: sein Validierungsverlust war dort niedriger als mit ganzen Bildern</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="200"/>
        <source>Normalisation: raw = %1 * x + %2</source>
        <translation>Normierung: Rohwert = %1 * x + %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="203"/>
        <source>Data: %1; app version %2</source>
        <translation>Daten: %1; Programmversion %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="226"/>
        <source>Rename model</source>
        <translation>Modell umbenennen</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="227"/>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="246"/>
        <source>The model could not be renamed.</source>
        <translation>Das Modell konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="264"/>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="265"/>
        <source>Delete the model &quot;%1&quot; and its folder? This cannot be undone.</source>
        <translation>Das Modell „%1“ und seinen Ordner löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="273"/>
        <source>Deleted model %1</source>
        <translation>Modell %1 gelöscht</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="260"/>
        <location filename="../widgets/ModelBrowser.cpp" line="275"/>
        <source>The model could not be deleted.</source>
        <translation>Das Modell konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="283"/>
        <source>Import model folder</source>
        <translation>Modellordner importieren</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="298"/>
        <source>Imported model %1</source>
        <translation>Modell %1 importiert</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="300"/>
        <source>The model folder could not be imported.</source>
        <translation>Der Modellordner konnte nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="310"/>
        <source>Export model to folder</source>
        <translation>Modell in Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="317"/>
        <source>Exported model %1 to %2</source>
        <translation>Modell %1 nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="319"/>
        <source>The model could not be exported.</source>
        <translation>Das Modell konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="140"/>
        <source>%1 (built in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="182"/>
        <source>Built in: the base model shipped with pgdenoise (per-image normalisation). It denoises before any training and is where training starts; it cannot be deleted or renamed.</source>
        <translation>Eingebaut: das mit pgdenoise gelieferte Basismodell (Normierung je Bild). Es entrauscht schon vor jedem Training, und das Training startet von ihm; es kann nicht gelöscht oder umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="261"/>
        <source>%1 is the built-in base model; it cannot be deleted.</source>
        <translation>%1 ist das eingebaute Basismodell; es kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>pgd::NoiseFitPlot</name>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="159"/>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="166"/>
        <source>Frame</source>
        <translation>Einzelbild</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="178"/>
        <source>Denoise an image to see its noise fit.</source>
        <translation>Entrauschen Sie ein Bild, um seine Rauschanpassung zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="182"/>
        <source>Raw units</source>
        <translation>Rohwerte</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="185"/>
        <source>Show the axes and type the levels in the image&apos;s raw units; unchecked: the model&apos;s normalised units</source>
        <translation>Achsen und Stufen in den Rohwerteinheiten des Bildes; nicht angehakt: in den normierten Einheiten des Modells</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="191"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="193"/>
        <source>Show levels</source>
        <translation>Stufen anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="195"/>
        <source>Export plots...</source>
        <translation>Diagramme exportieren...</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="293"/>
        <source>Calibrated level (%1)</source>
        <translation>Kalibriertes Niveau (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="294"/>
        <source>Pseudo-clean mean (%1)</source>
        <translation>Mittel mu (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/NoiseFitPlot.cpp" line="331"/>
        <source>Noise fit (%3): %1 (raw units); %2 (normalised); %n pixel(s) used</source>
        <translation>
            <numerusform>Rauschanpassung (%3): %1 (Rohwerteinheiten); %2 (normiert); %n Pixel verwendet</numerusform>
            <numerusform>Rauschanpassung (%3): %1 (Rohwerteinheiten); %2 (normiert); %n Pixel verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Variance of y - mean</source>
        <translation type="vanished">Varianz von y - Mittelwert</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="336"/>
        <source>Stack: the curves use one fit over all frames; each frame&apos;s own a,b (used for its posterior) are plotted on the right.</source>
        <translation>Stapel: Die Kurven zeigen eine Anpassung über alle Einzelbilder; die a,b jedes Einzelbilds (für seine Posterior-Schätzung verwendet) stehen rechts.</translation>
    </message>
    <message>
        <source>pseudo-clean fit %1 (raw units)</source>
        <translation type="vanished">pseudo-rauschfreie Anpassung %1 (Rohwerteinheiten)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="366"/>
        <source>%1 (normalised)</source>
        <translation>%1 (normiert)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="286"/>
        <location filename="../widgets/NoiseFitPlot.cpp" line="591"/>
        <source>raw units</source>
        <translation>Rohwerte</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="286"/>
        <location filename="../widgets/NoiseFitPlot.cpp" line="591"/>
        <source>normalised</source>
        <translation>normiert</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="287"/>
        <source>Noisy value y (%1)</source>
        <translation>Verrauschter Wert y (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="295"/>
        <source>Variance of the fit&apos;s residual</source>
        <translation>Varianz des Residuums der Anpassung</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="296"/>
        <location filename="../widgets/NoiseFitPlot.cpp" line="596"/>
        <source>a (%1)</source>
        <translation>a (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="297"/>
        <location filename="../widgets/NoiseFitPlot.cpp" line="601"/>
        <source>b (%1)</source>
        <translation>b (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="298"/>
        <source>Levels (%1)</source>
        <translation>Stufen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="300"/>
        <source>Clean levels for the histograms (%1), separated by commas or spaces</source>
        <translation>Rauschfreie Intensitätsstufen für die Histogramme (%1), durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message numerus="yes">
        <source>Pseudo-clean fit: %1 (raw units); %2 (normalised); %n pixel(s) used</source>
        <translation type="vanished">
            <numerusform>Pseudo-rauschfreie Anpassung: %1 (Rohwerteinheiten); %2 (normiert); %n Pixel verwendet</numerusform>
            <numerusform>Pseudo-rauschfreie Anpassung: %1 (Rohwerteinheiten); %2 (normiert); %n Pixel verwendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="339"/>
        <source>Ground-truth fit: %1 (raw units); %2 (normalised)</source>
        <translation>Ground-Truth-Anpassung: %1 (Rohwerteinheiten); %2 (normiert)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="343"/>
        <source>Clipped pixels: %1% low, %2% high</source>
        <translation>Abgeschnittene Pixel: %1 % unten, %2 % oben</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="356"/>
        <source>local-difference residual</source>
        <translation>Residuum aus lokalen Differenzen</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="352"/>
        <source>residual y - mu</source>
        <translation>Residuum y - mu</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="355"/>
        <source>local-difference residual, pixels %1 apart</source>
        <translation>Residuum aus lokalen Differenzen, Pixel %1 voneinander entfernt</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="362"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="365"/>
        <source>noise fit (%2) %1 (raw units)</source>
        <translation>Rauschanpassung (%2) %1 (Rohwerteinheiten)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="368"/>
        <source>ground-truth fit %1 (raw units)</source>
        <translation>Ground-Truth-Anpassung %1 (Rohwerteinheiten)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="396"/>
        <source>x = %1 (%2 px)</source>
        <translation>x = %1 (%2 px)</translation>
    </message>
    <message>
        <source>pseudo-clean fit</source>
        <translation type="vanished">pseudo-rauschfreie Anpassung</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="415"/>
        <source>ground-truth fit</source>
        <translation>Ground-Truth-Anpassung</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="415"/>
        <source>noise fit</source>
        <translation>Rauschanpassung</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="542"/>
        <source>binned variance</source>
        <translation>klassierte Varianz</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="552"/>
        <source>fit a*x + b</source>
        <translation>Anpassung a*x + b</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="575"/>
        <source>Frame 1
%1 (raw units)
%2 (normalised)</source>
        <translation>Einzelbild 1
%1 (Rohwerteinheiten)
%2 (normiert)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="638"/>
        <source>Export noise-fit plots</source>
        <translation>Diagramme der Rauschanpassung exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="639"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="644"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>pgd::TrainingPanel</name>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="26"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="29"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="31"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="33"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="34"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="42"/>
        <source>auto (paper on a GPU, quick on a CPU)</source>
        <translation>auto (paper auf einer GPU, quick auf einer CPU)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="43"/>
        <source>quick (CPU, minutes)</source>
        <translation>quick (CPU, Minuten)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="44"/>
        <source>paper (long, meant for a GPU)</source>
        <translation>paper (lang, für eine GPU gedacht)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="47"/>
        <source>Train on the selection only</source>
        <translation>Nur auf der Auswahl trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="55"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="57"/>
        <source>Train a denoiser on the open image (noisy data only)</source>
        <translation>Ein Entrauschungsmodell mit dem geöffneten Bild trainieren (nur verrauschte Daten)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="58"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="64"/>
        <location filename="../widgets/TrainingPanel.cpp" line="187"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="81"/>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="84"/>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="87"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="88"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="94"/>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="95"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="122"/>
        <source>Draw a rectangle with the rectangle tool to train on a part of the image</source>
        <translation>Zeichnen Sie mit dem Rechteckwerkzeug ein Rechteck, um auf einem Teil des Bildes zu trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="123"/>
        <source>Train on %1 of every frame instead of the whole image</source>
        <translation>Auf %1 jedes Einzelbilds statt auf dem ganzen Bild trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="145"/>
        <source>custom (loaded settings)</source>
        <translation>benutzerdefiniert (geladene Einstellungen)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="163"/>
        <source>Cancelling after this step...</source>
        <translation>Abbruch nach diesem Schritt...</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="165"/>
        <source>Training failed (see the error message)</source>
        <translation>Training fehlgeschlagen (siehe Fehlermeldung)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="168"/>
        <source>Cancelled before the first step; no model saved</source>
        <translation>Vor dem ersten Schritt abgebrochen; kein Modell gespeichert</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="176"/>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="205"/>
        <source>%1 of %2 (step %3, at most %4)</source>
        <translation>%1 von %2 (Schritt %3, höchstens %4)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="209"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="211"/>
        <source>, loss %1</source>
        <translation>, Verlust %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="217"/>
        <source>, validation %1</source>
        <translation>, Validierung %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="219"/>
        <source>, held-out error of mu %1</source>
        <translation>, Fehler von mu auf Validierungspixeln %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="222"/>
        <source>, %1 left</source>
        <translation>, noch %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="249"/>
        <source>best at step %1</source>
        <translation>bestes bei Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="250"/>
        <source>no validation yet, the last step is kept</source>
        <translation>noch keine Validierung, der letzte Schritt bleibt</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="253"/>
        <source>Cancelled at step %1, %2</source>
        <translation>Abgebrochen bei Schritt %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="256"/>
        <source>Finished at step %1, %2</source>
        <translation>Beendet bei Schritt %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="258"/>
        <source>Model &quot;%1&quot; saved; stopped: %2</source>
        <translation>Modell „%1“ gespeichert; beendet: %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="263"/>
        <source>The noise is correlated between neighbouring pixels: the network hides the %1x%1 square around each pixel and trained from scratch.</source>
        <translation>Das Rauschen benachbarter Pixel ist korreliert: das Netz blendet das %1x%1-Quadrat um jedes Pixel aus und wurde von Grund auf trainiert.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="270"/>
        <source>The validation at step %1 had a lower loss but was not kept: the prediction had started to copy the noise (noise echo %2, the run&apos;s least %3).</source>
        <translation>Die Validierung bei Schritt %1 hatte einen niedrigeren Verlust, wurde aber nicht übernommen: die Vorhersage begann, das Rauschen zu kopieren (Rauschecho %2, das kleinste des Laufs %3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/TrainingPanel.cpp" line="277"/>
        <source>%n validations with a lower loss (steps %1-%2) were not kept: the prediction had started to copy the noise (noise echo up to %3, the run&apos;s least %4).</source>
        <translation>
            <numerusform>%n Validierung mit niedrigerem Verlust (Schritte %1-%2) wurde nicht übernommen: die Vorhersage begann, das Rauschen zu kopieren (Rauschecho bis %3, das kleinste des Laufs %4).</numerusform>
            <numerusform>%n Validierungen mit niedrigerem Verlust (Schritte %1-%2) wurden nicht übernommen: die Vorhersage begann, das Rauschen zu kopieren (Rauschecho bis %3, das kleinste des Laufs %4).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="49"/>
        <source>Start from the built-in base model</source>
        <translation>Vom eingebauten Basismodell aus starten</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="51"/>
        <source>Start training from the pretrained base model instead of random weights (quick preset only)</source>
        <translation>Das Training vom vortrainierten Basismodell statt von zufälligen Gewichten aus starten (nur Voreinstellung quick)</translation>
    </message>
</context>
</TS>
