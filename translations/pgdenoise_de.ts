<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="10"/>
        <source>step limit</source>
        <translation>Schrittgrenze</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="12"/>
        <source>time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="14"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="18"/>
        <source>converged (no validation improvement for %n evaluation(s))</source>
        <translation>
            <numerusform>konvergiert (seit %n Prüfung keine Verbesserung der Validierung)</numerusform>
            <numerusform>konvergiert (seit %n Prüfungen keine Verbesserung der Validierung)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="22"/>
        <source>diverged (the loss is not finite)</source>
        <translation>divergiert (der Verlust ist nicht endlich)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="23"/>
        <source>diverged (%1)</source>
        <translation>divergiert (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="26"/>
        <source>out of memory on %1 at step %2</source>
        <translation>Speicher erschöpft auf %1 bei Schritt %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="39"/>
        <source>%n frame(s) %1x%2</source>
        <translation>
            <numerusform>%n Einzelbild %1x%2</numerusform>
            <numerusform>%n Einzelbilder %1x%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="48"/>
        <source>uncalibrated</source>
        <translation>unkalibriert</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="50"/>
        <source>regularized</source>
        <translation>regularisiert</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="52"/>
        <source>Noise2Void</source>
        <translation>Noise2Void</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="58"/>
        <source>blind-spot</source>
        <translation>Blind-Spot</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="58"/>
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
        <location filename="../widgets/DisplayControls.cpp" line="21"/>
        <source>Gray</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="23"/>
        <source>Fire</source>
        <translation>Feuer</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="25"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="27"/>
        <source>Magenta</source>
        <translation>Magenta</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="29"/>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="31"/>
        <source>Inverted gray</source>
        <translation>Grau invertiert</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="64"/>
        <source>Frame (Left/Right arrow keys step through the stack)</source>
        <translation>Einzelbild (mit den Pfeiltasten Links/Rechts durch den Stapel blättern)</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="69"/>
        <source>Auto contrast</source>
        <translation>Autokontrast</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="72"/>
        <source>Recompute the contrast for every frame</source>
        <translation>Kontrast für jedes Einzelbild neu berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="75"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="76"/>
        <source>Set the contrast from the 0.35% and 99.65% percentiles now</source>
        <translation>Kontrast jetzt anhand der Perzentile 0,35 % und 99,65 % festlegen</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="77"/>
        <source>Raw value shown as black</source>
        <translation>Rohwert, der schwarz dargestellt wird</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="78"/>
        <source>Raw value shown as white</source>
        <translation>Rohwert, der weiß dargestellt wird</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="87"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="88"/>
        <source>Zoom to fit the window</source>
        <translation>An das Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="91"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="92"/>
        <source>One image pixel per screen pixel</source>
        <translation>Ein Bildpixel pro Bildschirmpixel</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="94"/>
        <source>Frame</source>
        <translation>Einzelbild</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="102"/>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="104"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="107"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="130"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>pgd::FitVerdictBanner</name>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="19"/>
        <source>Train on this image</source>
        <translation>Auf diesem Bild trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="21"/>
        <source>Train a new model on the image on screen with the training panel&apos;s settings; denoise again once it is trained.</source>
        <translation>Trainiert ein neues Modell auf dem angezeigten Bild mit den Einstellungen im Bereich „Training“; entrauschen Sie erneut, sobald es trainiert ist.</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="33"/>
        <source>fit at a bound</source>
        <translation>Anpassung an einer Schranke</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="35"/>
        <source>few pixels</source>
        <translation>wenige Pixel</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="37"/>
        <source>fit not converged</source>
        <translation>Anpassung nicht konvergiert</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="39"/>
        <source>heavy clipping</source>
        <translation>viele abgeschnittene Pixel</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="41"/>
        <source>model undertrained</source>
        <translation>Modell zu kurz trainiert</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="43"/>
        <source>image unlike the training data</source>
        <translation>Bild anders als die Trainingsdaten</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/FitVerdictBanner.cpp" line="91"/>
        <source>Noise fit flagged on %1 of %n frame(s): %2</source>
        <translation>
            <numerusform>Rauschanpassung in %1 von %n Einzelbild markiert: %2</numerusform>
            <numerusform>Rauschanpassung in %1 von %n Einzelbildern markiert: %2</numerusform>
        </translation>
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
        <location filename="../widgets/JobWorker.cpp" line="111"/>
        <source>Sample phantom</source>
        <translation>Beispielphantom</translation>
    </message>
</context>
<context>
    <name>pgd::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="55"/>
        <source>pgdenoise</source>
        <translation>pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="67"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="70"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="73"/>
        <source>Noise fit</source>
        <translation>Rauschanpassung</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="79"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="83"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="164"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="169"/>
        <source>Open &amp;sample</source>
        <translation>Bei&amp;spiel öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="171"/>
        <source>A synthetic fluorescence stack with known noise</source>
        <translation>Ein synthetischer Fluoreszenzstapel mit bekanntem Rauschen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="174"/>
        <source>&amp;Cancel job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="183"/>
        <source>&amp;Denoise</source>
        <translation>&amp;Entrauschen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="186"/>
        <source>Denoise the whole image or stack with the current model</source>
        <translation>Das ganze Bild bzw. den ganzen Stapel mit dem aktuellen Modell entrauschen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="189"/>
        <source>&amp;Export denoised...</source>
        <translation>Entrauschtes Bild &amp;exportieren...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="194"/>
        <source>Load training settings (JSON)...</source>
        <translation>Trainingseinstellungen laden (JSON)...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="198"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="205"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="209"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="217"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="219"/>
        <source>Zoom to &amp;fit</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="229"/>
        <source>Zoom &amp;1:1</source>
        <translation>Originalgröße &amp;1:1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="247"/>
        <source>&amp;Process</source>
        <translation>&amp;Verarbeitung</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="252"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="254"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="261"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="261"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="271"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="273"/>
        <source>&amp;How to use pgdenoise</source>
        <translation>&amp;Anleitung zu pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="277"/>
        <source>&amp;About pgdenoise</source>
        <translation>Ü&amp;ber pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="281"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="318"/>
        <location filename="../widgets/MainWindow.cpp" line="843"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="319"/>
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n Thread</numerusform>
            <numerusform>CPU, %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="320"/>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="324"/>
        <source>Denoising: %1, training: %2</source>
        <translation>Entrauschen: %1, Training: %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="328"/>
        <source>On the GPU the network computes in float32.</source>
        <translation>Auf der GPU rechnet das Netz in float32.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="330"/>
        <source>This CPU computes bfloat16 natively (AVX-512 BF16 or AMX), so denoising runs in bfloat16, about twice as fast; training stays in float32, which keeps its quality.</source>
        <translation>Diese CPU rechnet bfloat16 nativ (AVX-512 BF16 oder AMX), daher läuft das Entrauschen in bfloat16, etwa doppelt so schnell; das Training bleibt in float32, das seine Qualität erhält.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="333"/>
        <source>This CPU has no native bfloat16, so the network computes in float32.</source>
        <translation>Diese CPU hat kein natives bfloat16, daher rechnet das Netz in float32.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="351"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="360"/>
        <source>Discarded the model %1</source>
        <translation>Modell %1 verworfen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="404"/>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="405"/>
        <source>A model is being trained. What should happen to it?</source>
        <translation>Ein Modell wird gerade trainiert. Was soll damit geschehen?</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="408"/>
        <source>Stopping keeps the best model so far in the model browser.</source>
        <translation>Beim Anhalten bleibt das bisher beste Modell in der Modellübersicht erhalten.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="409"/>
        <source>Stop and keep the best model</source>
        <translation>Anhalten, bestes Modell behalten</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="411"/>
        <source>Keep training</source>
        <translation>Weiter trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="414"/>
        <source>Discard the run and close</source>
        <translation>Lauf verwerfen und schließen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="437"/>
        <source>Stopping the training; the window closes when it has stopped</source>
        <translation>Training wird angehalten; das Fenster schließt sich danach</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="477"/>
        <source>Open image or stack</source>
        <translation>Bild oder Stapel öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="477"/>
        <source>Images (*.tif *.tiff *.png);;All files (*)</source>
        <translation>Bilder (*.tif *.tiff *.png);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="488"/>
        <source>Opened the first of %n files</source>
        <translation>
            <numerusform>Die erste von %n Datei wurde geöffnet</numerusform>
            <numerusform>Die erste von %n Dateien wurde geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="530"/>
        <source>%1 - pgdenoise</source>
        <translation>%1 - pgdenoise</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="537"/>
        <source>%1: %n frame(s) of %2 x %3, %4</source>
        <translation>
            <numerusform>%1: %n Einzelbild zu %2 x %3, %4</numerusform>
            <numerusform>%1: %n Einzelbilder zu %2 x %3, %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="569"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="596"/>
        <source>The image could not be opened.</source>
        <translation>Das Bild konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="598"/>
        <source>Training failed.</source>
        <translation>Das Training ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="600"/>
        <source>Denoising failed.</source>
        <translation>Das Entrauschen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="602"/>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="604"/>
        <source>The model could not be loaded.</source>
        <translation>Das Modell konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="606"/>
        <source>The noise-fit plots could not be computed.</source>
        <translation>Die Diagramme der Rauschanpassung konnten nicht berechnet werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="114"/>
        <source>The typed levels could not be read.</source>
        <translation>Die eingegebenen Stufen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="690"/>
        <source>The export would overwrite the input image</source>
        <translation>Der Export würde das Eingabebild überschreiben</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="358"/>
        <location filename="../widgets/MainWindow.cpp" line="587"/>
        <location filename="../widgets/MainWindow.cpp" line="613"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="619"/>
        <source>pgdenoise: error</source>
        <translation>pgdenoise: Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="680"/>
        <source>32-bit float TIFF (*.tif)</source>
        <translation>32-Bit-Gleitkomma-TIFF (*.tif)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="681"/>
        <source>TIFF in the input&apos;s pixel type (*.tif)</source>
        <translation>TIFF im Pixeltyp der Eingabe (*.tif)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="683"/>
        <source>Export denoised stack</source>
        <translation>Entrauschten Stapel exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="702"/>
        <source>Load training settings</source>
        <translation>Trainingseinstellungen laden</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="703"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="717"/>
        <source>Loaded training settings from %1</source>
        <translation>Trainingseinstellungen aus %1 geladen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="719"/>
        <source>The training settings could not be loaded.</source>
        <translation>Die Trainingseinstellungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="740"/>
        <source>Using model %1</source>
        <translation>Modell %1 wird verwendet</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="751"/>
        <source>Denoised; frame 1 noise: a = %1, b = %2 (raw units), variance scale %3</source>
        <translation>Entrauscht; Rauschen in Einzelbild 1: a = %1, b = %2 (Rohwerteinheiten), Varianzfaktor %3</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="773"/>
        <source>Training a model on this image</source>
        <translation>Ein Modell wird auf diesem Bild trainiert</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="782"/>
        <source>x %1, y %2, frame %3: %4</source>
        <translation>x %1, y %2, Einzelbild %3: %4</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="795"/>
        <source>x %1, y %2, frame %3: noisy %4, %5 %6</source>
        <translation>x %1, y %2, Einzelbild %3: verrauscht %4, %5 %6</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="820"/>
        <source>Memory: %1 MiB</source>
        <translation>Speicher: %1 MiB</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="826"/>
        <source>How to use pgdenoise</source>
        <translation>Anleitung zu pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="828"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; a noisy image or stack (File &amp;gt; Open, drag and drop, or File &amp;gt; Open sample).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Train&lt;/b&gt;. The default preset needs no tuning; watch the loss curves. Training uses only the noisy data.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Denoise&lt;/b&gt;. The noise model a&amp;middot;x + b is fitted per frame and the posterior mean is computed.&lt;/li&gt;&lt;li&gt;Compare noisy and denoised side by side, check the noise-fit plots, then &lt;b&gt;Export&lt;/b&gt; the result (32-bit float TIFF keeps everything).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Mouse wheel zooms, dragging pans, Left/Right step through frames.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Öffnen&lt;/b&gt; Sie ein verrauschtes Bild oder einen Stapel (Datei &amp;gt; Öffnen, per Ziehen und Ablegen oder Datei &amp;gt; Beispiel öffnen).&lt;/li&gt;&lt;li&gt;Klicken Sie auf &lt;b&gt;Trainieren&lt;/b&gt;. Die Standard-Voreinstellung muss nicht angepasst werden; beobachten Sie die Verlustkurven. Das Training verwendet nur die verrauschten Daten.&lt;/li&gt;&lt;li&gt;Klicken Sie auf &lt;b&gt;Entrauschen&lt;/b&gt;. Das Rauschmodell a&amp;middot;x + b wird für jedes Einzelbild angepasst und der Posterior-Mittelwert berechnet.&lt;/li&gt;&lt;li&gt;Vergleichen Sie verrauschtes und entrauschtes Bild nebeneinander, prüfen Sie die Diagramme der Rauschanpassung und &lt;b&gt;exportieren&lt;/b&gt; Sie dann das Ergebnis (32-Bit-Gleitkomma-TIFF bewahrt alle Informationen).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Das Mausrad zoomt, Ziehen verschiebt die Ansicht, Links/Rechts blättert durch die Einzelbilder.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="843"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="844"/>
        <source>About pgdenoise</source>
        <translation>Über pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="845"/>
        <source>&lt;h3&gt;pgdenoise %1&lt;/h3&gt;&lt;p&gt;Self-supervised Poisson-Gaussian denoising for fluorescence microscopy, after Khademi et al., WACV 2021.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;LibTorch %3&lt;br&gt;ITK %4&lt;br&gt;Device: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pgdenoise %1&lt;/h3&gt;&lt;p&gt;Selbstüberwachtes Poisson-Gauß-Entrauschen für die Fluoreszenzmikroskopie, nach Khademi et al., WACV 2021.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;LibTorch %3&lt;br&gt;ITK %4&lt;br&gt;Gerät: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="856"/>
        <source>The language changes when pgdenoise is started again.</source>
        <translation>Die Sprache wird beim nächsten Start von pgdenoise umgestellt.</translation>
    </message>
</context>
<context>
    <name>pgd::ModelBrowser</name>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="38"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="46"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="46"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="46"/>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="47"/>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="47"/>
        <source>Final loss</source>
        <translation>Endverlust</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="47"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="63"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="64"/>
        <source>Rename...</source>
        <translation>Umbenennen...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="65"/>
        <source>Delete...</source>
        <translation>Löschen...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="66"/>
        <source>Import...</source>
        <translation>Importieren...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="67"/>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="68"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="131"/>
        <source>The model store could not be listed.</source>
        <translation>Der Modellspeicher konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="138"/>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="140"/>
        <source>unusable</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="163"/>
        <source>No models yet: train one in the training panel, or import a model folder.</source>
        <translation>Noch keine Modelle: Trainieren Sie eines im Trainingsbereich oder importieren Sie einen Modellordner.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="172"/>
        <source>This folder is not a usable model: %1</source>
        <translation>Dieser Ordner ist kein verwendbares Modell: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="177"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="178"/>
        <source>Network: %1, width %2; loss %3</source>
        <translation>Netzwerk: %1, Breite %2; Verlust %3</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="182"/>
        <source>Trained %1 steps in %2 s on %3; stopped: %4</source>
        <translation>%1 Schritte in %2 s auf %3 trainiert; beendet: %4</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="186"/>
        <source>Final training loss %1, best validation loss %2</source>
        <translation>Endgültiger Trainingsverlust %1, bester Validierungsverlust %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="188"/>
        <source>Normalisation: raw = %1 * x + %2</source>
        <translation>Normierung: Rohwert = %1 * x + %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="191"/>
        <source>Data: %1; app version %2</source>
        <translation>Daten: %1; Programmversion %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="213"/>
        <source>Rename model</source>
        <translation>Modell umbenennen</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="214"/>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="233"/>
        <source>The model could not be renamed.</source>
        <translation>Das Modell konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="241"/>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="242"/>
        <source>Delete the model &quot;%1&quot; and its folder? This cannot be undone.</source>
        <translation>Das Modell „%1“ und seinen Ordner löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="250"/>
        <source>Deleted model %1</source>
        <translation>Modell %1 gelöscht</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="252"/>
        <source>The model could not be deleted.</source>
        <translation>Das Modell konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="260"/>
        <source>Import model folder</source>
        <translation>Modellordner importieren</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="275"/>
        <source>Imported model %1</source>
        <translation>Modell %1 importiert</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="277"/>
        <source>The model folder could not be imported.</source>
        <translation>Der Modellordner konnte nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="287"/>
        <source>Export model to folder</source>
        <translation>Modell in Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="294"/>
        <source>Exported model %1 to %2</source>
        <translation>Modell %1 nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="296"/>
        <source>The model could not be exported.</source>
        <translation>Das Modell konnte nicht exportiert werden.</translation>
    </message>
</context>
<context>
    <name>pgd::NoiseFitPlot</name>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="82"/>
        <source>Noisy value y (normalised)</source>
        <translation>Verrauschter Wert y (normiert)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="82"/>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="83"/>
        <source>Mean of the pseudo-clean value (normalised)</source>
        <translation>Mittelwert des pseudo-rauschfreien Werts (normiert)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="84"/>
        <source>Variance of y - mean</source>
        <translation>Varianz von y - Mittelwert</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="87"/>
        <source>Frame</source>
        <translation>Einzelbild</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="91"/>
        <source>Denoise an image to see its noise fit.</source>
        <translation>Entrauschen Sie ein Bild, um seine Rauschanpassung zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="97"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="99"/>
        <source>Clean levels for the histograms, normalised units, separated by commas or spaces</source>
        <translation>Rauschfreie Intensitätsstufen für die Histogramme, in normierten Einheiten, durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="100"/>
        <source>Show levels</source>
        <translation>Stufen anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="102"/>
        <source>Export plots...</source>
        <translation>Diagramme exportieren...</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="106"/>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/NoiseFitPlot.cpp" line="153"/>
        <source>Pseudo-clean fit: %1 (normalised); %2 (raw units); %n pixel(s) used</source>
        <translation>
            <numerusform>Pseudo-rauschfreie Anpassung: %1 (normiert); %2 (Rohwerteinheiten); %n Pixel verwendet</numerusform>
            <numerusform>Pseudo-rauschfreie Anpassung: %1 (normiert); %2 (Rohwerteinheiten); %n Pixel verwendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="157"/>
        <source>Stack: the curves use one fit over all frames; each frame&apos;s own a,b (used for its posterior) are plotted on the right.</source>
        <translation>Stapel: Die Kurven zeigen eine Anpassung über alle Einzelbilder; die a,b jedes Einzelbilds (für seine Posterior-Schätzung verwendet) stehen rechts.</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="160"/>
        <source>Ground-truth fit: %1 (normalised); %2 (raw units)</source>
        <translation>Ground-Truth-Anpassung: %1 (normiert); %2 (Rohwerteinheiten)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="164"/>
        <source>Clipped pixels: %1% low, %2% high</source>
        <translation>Abgeschnittene Pixel: %1 % unten, %2 % oben</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="191"/>
        <source>x = %1 (%2 px)</source>
        <translation>x = %1 (%2 px)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="199"/>
        <source>pseudo-clean fit</source>
        <translation>pseudo-rauschfreie Anpassung</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="199"/>
        <source>ground-truth fit</source>
        <translation>Ground-Truth-Anpassung</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="220"/>
        <source>binned variance</source>
        <translation>klassierte Varianz</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="225"/>
        <source>fit a*x + b</source>
        <translation>Anpassung a*x + b</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="87"/>
        <location filename="../widgets/NoiseFitPlot.cpp" line="248"/>
        <source>a (normalised)</source>
        <translation>a (normiert)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="89"/>
        <location filename="../widgets/NoiseFitPlot.cpp" line="253"/>
        <source>b (normalised)</source>
        <translation>b (normiert)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="289"/>
        <source>Export noise-fit plots</source>
        <translation>Diagramme der Rauschanpassung exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="290"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="295"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>pgd::TrainingPanel</name>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="23"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="26"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="28"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="30"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="31"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="39"/>
        <source>auto (paper on a GPU, quick on a CPU)</source>
        <translation>auto (paper auf einer GPU, quick auf einer CPU)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="40"/>
        <source>quick (CPU, minutes)</source>
        <translation>quick (CPU, Minuten)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="41"/>
        <source>paper (long, meant for a GPU)</source>
        <translation>paper (lang, für eine GPU gedacht)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="45"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="47"/>
        <source>Train a denoiser on the open image (noisy data only)</source>
        <translation>Ein Entrauschungsmodell mit dem geöffneten Bild trainieren (nur verrauschte Daten)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="48"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="54"/>
        <location filename="../widgets/TrainingPanel.cpp" line="147"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="65"/>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="68"/>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="71"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="72"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="78"/>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="79"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="107"/>
        <source>custom (loaded settings)</source>
        <translation>benutzerdefiniert (geladene Einstellungen)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="125"/>
        <source>Cancelling after this step...</source>
        <translation>Abbruch nach diesem Schritt...</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="127"/>
        <source>Training failed (see the error message)</source>
        <translation>Training fehlgeschlagen (siehe Fehlermeldung)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="130"/>
        <source>Cancelled before the first step; no model saved</source>
        <translation>Vor dem ersten Schritt abgebrochen; kein Modell gespeichert</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="138"/>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="161"/>
        <source>%1 of %2 (step %3, at most %4)</source>
        <translation>%1 von %2 (Schritt %3, höchstens %4)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="165"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="167"/>
        <source>, loss %1</source>
        <translation>, Verlust %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="173"/>
        <source>, validation %1</source>
        <translation>, Validierung %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="175"/>
        <source>, held-out error of mu %1</source>
        <translation>, Fehler von mu auf Validierungspixeln %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="178"/>
        <source>, %1 left</source>
        <translation>, noch %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="205"/>
        <source>best at step %1</source>
        <translation>bestes bei Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="206"/>
        <source>no validation yet, the last step is kept</source>
        <translation>noch keine Validierung, der letzte Schritt bleibt</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="209"/>
        <source>Cancelled at step %1, %2</source>
        <translation>Abgebrochen bei Schritt %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="212"/>
        <source>Finished at step %1, %2</source>
        <translation>Beendet bei Schritt %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="215"/>
        <source>Model &quot;%1&quot; saved; stopped: %2</source>
        <translation>Modell „%1“ gespeichert; beendet: %2</translation>
    </message>
</context>
</TS>
