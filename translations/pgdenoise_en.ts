<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="10"/>
        <source>step limit</source>
        <translation>step limit</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="12"/>
        <source>time budget</source>
        <translation>time budget</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="14"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="18"/>
        <source>converged (no validation improvement for %n evaluation(s))</source>
        <translation>
            <numerusform>converged (no validation improvement for %n evaluation)</numerusform>
            <numerusform>converged (no validation improvement for %n evaluations)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="22"/>
        <source>diverged (the loss is not finite)</source>
        <translation>diverged (the loss is not finite)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="23"/>
        <source>diverged (%1)</source>
        <translation>diverged (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="26"/>
        <source>out of memory on %1 at step %2</source>
        <translation>out of memory on %1 at step %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="39"/>
        <source>%n frame(s) %1x%2</source>
        <translation>
            <numerusform>%n frame %1x%2</numerusform>
            <numerusform>%n frames %1x%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="48"/>
        <source>uncalibrated</source>
        <translation>uncalibrated</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="50"/>
        <source>regularized</source>
        <translation>regularized</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="52"/>
        <source>Noise2Void</source>
        <translation>Noise2Void</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="58"/>
        <source>blind-spot</source>
        <translation>blind-spot</translation>
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
        <translation>Train a model (or choose one in the model browser), then click Denoise</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="19"/>
        <source>Difference (noisy - denoised)</source>
        <translation>Difference (noisy - denoised)</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="21"/>
        <source>Uncertainty (posterior std)</source>
        <translation>Uncertainty (posterior std)</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="23"/>
        <source>&lt;b&gt;Noisy&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noisy&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="62"/>
        <source>difference</source>
        <translation>difference</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="64"/>
        <source>uncertainty</source>
        <translation>uncertainty</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="66"/>
        <source>denoised</source>
        <translation>denoised</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="123"/>
        <source>&lt;b&gt;Denoised&lt;/b&gt; (posterior mean)</source>
        <translation>&lt;b&gt;Denoised&lt;/b&gt; (posterior mean)</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="126"/>
        <source>&lt;b&gt;Difference&lt;/b&gt; noisy - denoised</source>
        <translation>&lt;b&gt;Difference&lt;/b&gt; noisy - denoised</translation>
    </message>
    <message>
        <location filename="../widgets/CompareView.cpp" line="129"/>
        <source>&lt;b&gt;Uncertainty&lt;/b&gt; (posterior standard deviation)</source>
        <translation>&lt;b&gt;Uncertainty&lt;/b&gt; (posterior standard deviation)</translation>
    </message>
</context>
<context>
    <name>pgd::DisplayControls</name>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="21"/>
        <source>Gray</source>
        <translation>Gray</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="23"/>
        <source>Fire</source>
        <translation>Fire</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="25"/>
        <source>Green</source>
        <translation>Green</translation>
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
        <translation>Inverted gray</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="64"/>
        <source>Frame (Left/Right arrow keys step through the stack)</source>
        <translation>Frame (Left/Right arrow keys step through the stack)</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="69"/>
        <source>Auto contrast</source>
        <translation>Auto contrast</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="72"/>
        <source>Recompute the contrast for every frame</source>
        <translation>Recompute the contrast for every frame</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="75"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="76"/>
        <source>Set the contrast from the 0.35% and 99.65% percentiles now</source>
        <translation>Set the contrast from the 0.35% and 99.65% percentiles now</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="77"/>
        <source>Raw value shown as black</source>
        <translation>Raw value shown as black</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="78"/>
        <source>Raw value shown as white</source>
        <translation>Raw value shown as white</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="87"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="88"/>
        <source>Zoom to fit the window</source>
        <translation>Zoom to fit the window</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="91"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="92"/>
        <source>One image pixel per screen pixel</source>
        <translation>One image pixel per screen pixel</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="94"/>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="102"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="104"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="107"/>
        <source>Colours</source>
        <translation>Colours</translation>
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
        <translation>Train on this image</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="21"/>
        <source>Train a new model on the image on screen with the training panel&apos;s settings; denoise again once it is trained.</source>
        <translation>Train a new model on the image on screen with the training panel&apos;s settings; denoise again once it is trained.</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="33"/>
        <source>fit at a bound</source>
        <translation>fit at a bound</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="35"/>
        <source>few pixels</source>
        <translation>few pixels</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="37"/>
        <source>fit not converged</source>
        <translation>fit not converged</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="39"/>
        <source>heavy clipping</source>
        <translation>heavy clipping</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="41"/>
        <source>model undertrained</source>
        <translation>model undertrained</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="43"/>
        <source>image unlike the training data</source>
        <translation>image unlike the training data</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/FitVerdictBanner.cpp" line="91"/>
        <source>Noise fit flagged on %1 of %n frame(s): %2</source>
        <translation>
            <numerusform>Noise fit flagged on %1 of %n frame: %2</numerusform>
            <numerusform>Noise fit flagged on %1 of %n frames: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgd::ImageViewer</name>
    <message>
        <location filename="../widgets/ImageViewer.cpp" line="42"/>
        <source>Open an image or stack (File &gt; Open, or drop a file here)</source>
        <translation>Open an image or stack (File &gt; Open, or drop a file here)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ImageViewer.cpp" line="61"/>
        <source>%1 x %2 pixels, %n frame(s), %3</source>
        <translation>
            <numerusform>%1 x %2 pixels, %n frame, %3</numerusform>
            <numerusform>%1 x %2 pixels, %n frames, %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ImageViewer.cpp" line="67"/>
        <source>, %1 %2 per pixel</source>
        <translation>, %1 %2 per pixel</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ImageViewer.cpp" line="71"/>
        <source>, %n channel(s)</source>
        <translation>
            <numerusform>, %n channel</numerusform>
            <numerusform>, %n channels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ImageViewer.cpp" line="76"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>pgd::JobWorker</name>
    <message>
        <location filename="../widgets/JobWorker.cpp" line="111"/>
        <source>Sample phantom</source>
        <translation>Sample phantom</translation>
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
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="70"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="73"/>
        <source>Noise fit</source>
        <translation>Noise fit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="79"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="83"/>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="164"/>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="169"/>
        <source>Open &amp;sample</source>
        <translation>Open &amp;sample</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="171"/>
        <source>A synthetic fluorescence stack with known noise</source>
        <translation>A synthetic fluorescence stack with known noise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="174"/>
        <source>&amp;Cancel job</source>
        <translation>&amp;Cancel job</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="183"/>
        <source>&amp;Denoise</source>
        <translation>&amp;Denoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="186"/>
        <source>Denoise the whole image or stack with the current model</source>
        <translation>Denoise the whole image or stack with the current model</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="189"/>
        <source>&amp;Export denoised...</source>
        <translation>&amp;Export denoised...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="194"/>
        <source>Load training settings (JSON)...</source>
        <translation>Load training settings (JSON)...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="198"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="205"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="209"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="217"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="219"/>
        <source>Zoom to &amp;fit</source>
        <translation>Zoom to &amp;fit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="229"/>
        <source>Zoom &amp;1:1</source>
        <translation>Zoom &amp;1:1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="247"/>
        <source>&amp;Process</source>
        <translation>&amp;Process</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="252"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="254"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="261"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="261"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="271"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="273"/>
        <source>&amp;How to use pgdenoise</source>
        <translation>&amp;How to use pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="277"/>
        <source>&amp;About pgdenoise</source>
        <translation>&amp;About pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="281"/>
        <source>Main</source>
        <translation>Main</translation>
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
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="320"/>
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="324"/>
        <source>Denoising: %1, training: %2</source>
        <translation>Denoising: %1, training: %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="328"/>
        <source>On the GPU the network computes in float32.</source>
        <translation>On the GPU the network computes in float32.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="330"/>
        <source>This CPU computes bfloat16 natively (AVX-512 BF16 or AMX), so denoising runs in bfloat16, about twice as fast; training stays in float32, which keeps its quality.</source>
        <translation>This CPU computes bfloat16 natively (AVX-512 BF16 or AMX), so denoising runs in bfloat16, about twice as fast; training stays in float32, which keeps its quality.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="333"/>
        <source>This CPU has no native bfloat16, so the network computes in float32.</source>
        <translation>This CPU has no native bfloat16, so the network computes in float32.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="351"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="360"/>
        <source>Discarded the model %1</source>
        <translation>Discarded the model %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="404"/>
        <source>Training is running</source>
        <translation>Training is running</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="405"/>
        <source>A model is being trained. What should happen to it?</source>
        <translation>A model is being trained. What should happen to it?</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="408"/>
        <source>Stopping keeps the best model so far in the model browser.</source>
        <translation>Stopping keeps the best model so far in the model browser.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="409"/>
        <source>Stop and keep the best model</source>
        <translation>Stop and keep the best model</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="411"/>
        <source>Keep training</source>
        <translation>Keep training</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="414"/>
        <source>Discard the run and close</source>
        <translation>Discard the run and close</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="437"/>
        <source>Stopping the training; the window closes when it has stopped</source>
        <translation>Stopping the training; the window closes when it has stopped</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="477"/>
        <source>Open image or stack</source>
        <translation>Open image or stack</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="477"/>
        <source>Images (*.tif *.tiff *.png);;All files (*)</source>
        <translation>Images (*.tif *.tiff *.png);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="488"/>
        <source>Opened the first of %n files</source>
        <translation>
            <numerusform>Opened the first of %n file</numerusform>
            <numerusform>Opened the first of %n files</numerusform>
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
            <numerusform>%1: %n frame of %2 x %3, %4</numerusform>
            <numerusform>%1: %n frames of %2 x %3, %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="569"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="596"/>
        <source>The image could not be opened.</source>
        <translation>The image could not be opened.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="598"/>
        <source>Training failed.</source>
        <translation>Training failed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="600"/>
        <source>Denoising failed.</source>
        <translation>Denoising failed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="602"/>
        <source>The export failed.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="604"/>
        <source>The model could not be loaded.</source>
        <translation>The model could not be loaded.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="606"/>
        <source>The noise-fit plots could not be computed.</source>
        <translation>The noise-fit plots could not be computed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="114"/>
        <source>The typed levels could not be read.</source>
        <translation>The typed levels could not be read.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="690"/>
        <source>The export would overwrite the input image</source>
        <translation>The export would overwrite the input image</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="358"/>
        <location filename="../widgets/MainWindow.cpp" line="587"/>
        <location filename="../widgets/MainWindow.cpp" line="613"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="619"/>
        <source>pgdenoise: error</source>
        <translation>pgdenoise: error</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="680"/>
        <source>32-bit float TIFF (*.tif)</source>
        <translation>32-bit float TIFF (*.tif)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="681"/>
        <source>TIFF in the input&apos;s pixel type (*.tif)</source>
        <translation>TIFF in the input&apos;s pixel type (*.tif)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="683"/>
        <source>Export denoised stack</source>
        <translation>Export denoised stack</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="702"/>
        <source>Load training settings</source>
        <translation>Load training settings</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="703"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="717"/>
        <source>Loaded training settings from %1</source>
        <translation>Loaded training settings from %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="719"/>
        <source>The training settings could not be loaded.</source>
        <translation>The training settings could not be loaded.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="740"/>
        <source>Using model %1</source>
        <translation>Using model %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="751"/>
        <source>Denoised; frame 1 noise: a = %1, b = %2 (raw units), variance scale %3</source>
        <translation>Denoised; frame 1 noise: a = %1, b = %2 (raw units), variance scale %3</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="773"/>
        <source>Training a model on this image</source>
        <translation>Training a model on this image</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="782"/>
        <source>x %1, y %2, frame %3: %4</source>
        <translation>x %1, y %2, frame %3: %4</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="795"/>
        <source>x %1, y %2, frame %3: noisy %4, %5 %6</source>
        <translation>x %1, y %2, frame %3: noisy %4, %5 %6</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="820"/>
        <source>Memory: %1 MiB</source>
        <translation>Memory: %1 MiB</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="826"/>
        <source>How to use pgdenoise</source>
        <translation>How to use pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="828"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; a noisy image or stack (File &amp;gt; Open, drag and drop, or File &amp;gt; Open sample).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Train&lt;/b&gt;. The default preset needs no tuning; watch the loss curves. Training uses only the noisy data.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Denoise&lt;/b&gt;. The noise model a&amp;middot;x + b is fitted per frame and the posterior mean is computed.&lt;/li&gt;&lt;li&gt;Compare noisy and denoised side by side, check the noise-fit plots, then &lt;b&gt;Export&lt;/b&gt; the result (32-bit float TIFF keeps everything).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Mouse wheel zooms, dragging pans, Left/Right step through frames.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; a noisy image or stack (File &amp;gt; Open, drag and drop, or File &amp;gt; Open sample).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Train&lt;/b&gt;. The default preset needs no tuning; watch the loss curves. Training uses only the noisy data.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Denoise&lt;/b&gt;. The noise model a&amp;middot;x + b is fitted per frame and the posterior mean is computed.&lt;/li&gt;&lt;li&gt;Compare noisy and denoised side by side, check the noise-fit plots, then &lt;b&gt;Export&lt;/b&gt; the result (32-bit float TIFF keeps everything).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Mouse wheel zooms, dragging pans, Left/Right step through frames.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="843"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="844"/>
        <source>About pgdenoise</source>
        <translation>About pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="845"/>
        <source>&lt;h3&gt;pgdenoise %1&lt;/h3&gt;&lt;p&gt;Self-supervised Poisson-Gaussian denoising for fluorescence microscopy, after Khademi et al., WACV 2021.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;LibTorch %3&lt;br&gt;ITK %4&lt;br&gt;Device: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pgdenoise %1&lt;/h3&gt;&lt;p&gt;Self-supervised Poisson-Gaussian denoising for fluorescence microscopy, after Khademi et al., WACV 2021.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;LibTorch %3&lt;br&gt;ITK %4&lt;br&gt;Device: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="856"/>
        <source>The language changes when pgdenoise is started again.</source>
        <translation>The language changes when pgdenoise is started again.</translation>
    </message>
</context>
<context>
    <name>pgd::ModelBrowser</name>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="38"/>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="46"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="46"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="46"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="47"/>
        <source>Training data</source>
        <translation>Training data</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="47"/>
        <source>Final loss</source>
        <translation>Final loss</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="47"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="63"/>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="64"/>
        <source>Rename...</source>
        <translation>Rename...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="65"/>
        <source>Delete...</source>
        <translation>Delete...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="66"/>
        <source>Import...</source>
        <translation>Import...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="67"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="68"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="131"/>
        <source>The model store could not be listed.</source>
        <translation>The model store could not be listed.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="138"/>
        <source>%1 (in use)</source>
        <translation>%1 (in use)</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="140"/>
        <source>unusable</source>
        <translation>unusable</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="163"/>
        <source>No models yet: train one in the training panel, or import a model folder.</source>
        <translation>No models yet: train one in the training panel, or import a model folder.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="172"/>
        <source>This folder is not a usable model: %1</source>
        <translation>This folder is not a usable model: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="177"/>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="178"/>
        <source>Network: %1, width %2; loss %3</source>
        <translation>Network: %1, width %2; loss %3</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="182"/>
        <source>Trained %1 steps in %2 s on %3; stopped: %4</source>
        <translation>Trained %1 steps in %2 s on %3; stopped: %4</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="186"/>
        <source>Final training loss %1, best validation loss %2</source>
        <translation>Final training loss %1, best validation loss %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="188"/>
        <source>Normalisation: raw = %1 * x + %2</source>
        <translation>Normalisation: raw = %1 * x + %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="191"/>
        <source>Data: %1; app version %2</source>
        <translation>Data: %1; app version %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="213"/>
        <source>Rename model</source>
        <translation>Rename model</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="214"/>
        <source>New name</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="233"/>
        <source>The model could not be renamed.</source>
        <translation>The model could not be renamed.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="241"/>
        <source>Delete model</source>
        <translation>Delete model</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="242"/>
        <source>Delete the model &quot;%1&quot; and its folder? This cannot be undone.</source>
        <translation>Delete the model &quot;%1&quot; and its folder? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="250"/>
        <source>Deleted model %1</source>
        <translation>Deleted model %1</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="252"/>
        <source>The model could not be deleted.</source>
        <translation>The model could not be deleted.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="260"/>
        <source>Import model folder</source>
        <translation>Import model folder</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="275"/>
        <source>Imported model %1</source>
        <translation>Imported model %1</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="277"/>
        <source>The model folder could not be imported.</source>
        <translation>The model folder could not be imported.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="287"/>
        <source>Export model to folder</source>
        <translation>Export model to folder</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="294"/>
        <source>Exported model %1 to %2</source>
        <translation>Exported model %1 to %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="296"/>
        <source>The model could not be exported.</source>
        <translation>The model could not be exported.</translation>
    </message>
</context>
<context>
    <name>pgd::NoiseFitPlot</name>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="82"/>
        <source>Noisy value y (normalised)</source>
        <translation>Noisy value y (normalised)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="82"/>
        <source>Density</source>
        <translation>Density</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="83"/>
        <source>Mean of the pseudo-clean value (normalised)</source>
        <translation>Mean of the pseudo-clean value (normalised)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="84"/>
        <source>Variance of y - mean</source>
        <translation>Variance of y - mean</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="87"/>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="91"/>
        <source>Denoise an image to see its noise fit.</source>
        <translation>Denoise an image to see its noise fit.</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="97"/>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="99"/>
        <source>Clean levels for the histograms, normalised units, separated by commas or spaces</source>
        <translation>Clean levels for the histograms, normalised units, separated by commas or spaces</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="100"/>
        <source>Show levels</source>
        <translation>Show levels</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="102"/>
        <source>Export plots...</source>
        <translation>Export plots...</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="106"/>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/NoiseFitPlot.cpp" line="153"/>
        <source>Pseudo-clean fit: %1 (normalised); %2 (raw units); %n pixel(s) used</source>
        <translation>
            <numerusform>Pseudo-clean fit: %1 (normalised); %2 (raw units); %n pixel used</numerusform>
            <numerusform>Pseudo-clean fit: %1 (normalised); %2 (raw units); %n pixels used</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="157"/>
        <source>Stack: the curves use one fit over all frames; each frame&apos;s own a,b (used for its posterior) are plotted on the right.</source>
        <translation>Stack: the curves use one fit over all frames; each frame&apos;s own a,b (used for its posterior) are plotted on the right.</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="160"/>
        <source>Ground-truth fit: %1 (normalised); %2 (raw units)</source>
        <translation>Ground-truth fit: %1 (normalised); %2 (raw units)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="164"/>
        <source>Clipped pixels: %1% low, %2% high</source>
        <translation>Clipped pixels: %1% low, %2% high</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="191"/>
        <source>x = %1 (%2 px)</source>
        <translation>x = %1 (%2 px)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="199"/>
        <source>pseudo-clean fit</source>
        <translation>pseudo-clean fit</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="199"/>
        <source>ground-truth fit</source>
        <translation>ground-truth fit</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="220"/>
        <source>binned variance</source>
        <translation>binned variance</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="225"/>
        <source>fit a*x + b</source>
        <translation>fit a*x + b</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="87"/>
        <location filename="../widgets/NoiseFitPlot.cpp" line="248"/>
        <source>a (normalised)</source>
        <translation>a (normalised)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="89"/>
        <location filename="../widgets/NoiseFitPlot.cpp" line="253"/>
        <source>b (normalised)</source>
        <translation>b (normalised)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="289"/>
        <source>Export noise-fit plots</source>
        <translation>Export noise-fit plots</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="290"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="295"/>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
</context>
<context>
    <name>pgd::TrainingPanel</name>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="23"/>
        <source>unknown</source>
        <translation>unknown</translation>
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
        <translation>auto (paper on a GPU, quick on a CPU)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="40"/>
        <source>quick (CPU, minutes)</source>
        <translation>quick (CPU, minutes)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="41"/>
        <source>paper (long, meant for a GPU)</source>
        <translation>paper (long, meant for a GPU)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="45"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="47"/>
        <source>Train a denoiser on the open image (noisy data only)</source>
        <translation>Train a denoiser on the open image (noisy data only)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="48"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="54"/>
        <location filename="../widgets/TrainingPanel.cpp" line="147"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="65"/>
        <source>training loss</source>
        <translation>training loss</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="68"/>
        <source>validation loss</source>
        <translation>validation loss</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="71"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="72"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="78"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="79"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="107"/>
        <source>custom (loaded settings)</source>
        <translation>custom (loaded settings)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="125"/>
        <source>Cancelling after this step...</source>
        <translation>Cancelling after this step...</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="127"/>
        <source>Training failed (see the error message)</source>
        <translation>Training failed (see the error message)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="130"/>
        <source>Cancelled before the first step; no model saved</source>
        <translation>Cancelled before the first step; no model saved</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="138"/>
        <source>Starting...</source>
        <translation>Starting...</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="161"/>
        <source>%1 of %2 (step %3, at most %4)</source>
        <translation>%1 of %2 (step %3, at most %4)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="165"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="167"/>
        <source>, loss %1</source>
        <translation>, loss %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="173"/>
        <source>, validation %1</source>
        <translation>, validation %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="175"/>
        <source>, held-out error of mu %1</source>
        <translation>, held-out error of mu %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="178"/>
        <source>, %1 left</source>
        <translation>, %1 left</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="205"/>
        <source>best at step %1</source>
        <translation>best at step %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="206"/>
        <source>no validation yet, the last step is kept</source>
        <translation>no validation yet, the last step is kept</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="209"/>
        <source>Cancelled at step %1, %2</source>
        <translation>Cancelled at step %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="212"/>
        <source>Finished at step %1, %2</source>
        <translation>Finished at step %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="215"/>
        <source>Model &quot;%1&quot; saved; stopped: %2</source>
        <translation>Model &quot;%1&quot; saved; stopped: %2</translation>
    </message>
</context>
</TS>
