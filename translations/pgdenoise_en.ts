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
        <location filename="../widgets/DisplayControls.cpp" line="23"/>
        <source>Gray</source>
        <translation>Gray</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="25"/>
        <source>Fire</source>
        <translation>Fire</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="27"/>
        <source>Green</source>
        <translation>Green</translation>
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
        <translation>Inverted gray</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="66"/>
        <source>Frame (Left/Right arrow keys step through the stack)</source>
        <translation>Frame (Left/Right arrow keys step through the stack)</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="71"/>
        <source>Auto contrast</source>
        <translation>Auto contrast</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="74"/>
        <source>Recompute the contrast for every frame</source>
        <translation>Recompute the contrast for every frame</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="77"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="78"/>
        <source>Set the contrast from the 0.35% and 99.65% percentiles now</source>
        <translation>Set the contrast from the 0.35% and 99.65% percentiles now</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="79"/>
        <source>Raw value shown as black</source>
        <translation>Raw value shown as black</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="80"/>
        <source>Raw value shown as white</source>
        <translation>Raw value shown as white</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="92"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="93"/>
        <source>Zoom to fit the window</source>
        <translation>Zoom to fit the window</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="96"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="97"/>
        <source>One image pixel per screen pixel</source>
        <translation>One image pixel per screen pixel</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="99"/>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="107"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="109"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="113"/>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayControls.cpp" line="142"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>pgd::HistogramStrip</name>
    <message>
        <location filename="../widgets/HistogramStrip.cpp" line="14"/>
        <source>Histogram of the frame shown; the marks are Min and Max. Click to move the nearer one.</source>
        <translation>Histogram of the frame shown; the marks are Min and Max. Click to move the nearer one.</translation>
    </message>
</context>
<context>
    <name>pgd::ImageListPanel</name>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="48"/>
        <source>The image on screen; training and batch denoise use the selected images (Ctrl+click or Shift+click to select several)</source>
        <translation>The image on screen; training and batch denoise use the selected images (Ctrl+click or Shift+click to select several)</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="53"/>
        <source>Which channel of a multi-channel file the viewers show and training uses</source>
        <translation>Which channel of a multi-channel file the viewers show and training uses</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="vanished">Channel:</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="55"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="57"/>
        <source>Close image</source>
        <translation>Close image</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ImageListPanel.cpp" line="80"/>
        <source>%1 x %2, %n frame(s)</source>
        <translation>
            <numerusform>%1 x %2, %n frame</numerusform>
            <numerusform>%1 x %2, %n frames</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="83"/>
        <source>%1
%2, %3 channels</source>
        <translation>%1
%2, %3 channels</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="179"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListPanel.cpp" line="183"/>
        <source>Channel %1</source>
        <translation>Channel %1</translation>
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
        <location filename="../widgets/JobWorker.cpp" line="132"/>
        <source>Sample phantom</source>
        <translation>Sample phantom</translation>
    </message>
</context>
<context>
    <name>pgd::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="57"/>
        <location filename="../widgets/MainWindow.cpp" line="579"/>
        <source>pgdenoise</source>
        <translation>pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="69"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="72"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="75"/>
        <source>Noise fit</source>
        <translation>Noise fit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="81"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="85"/>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="93"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="175"/>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="180"/>
        <source>Open &amp;sample</source>
        <translation>Open &amp;sample</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="182"/>
        <source>A synthetic fluorescence stack with known noise</source>
        <translation>A synthetic fluorescence stack with known noise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="185"/>
        <source>&amp;Cancel job</source>
        <translation>&amp;Cancel job</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="194"/>
        <source>&amp;Denoise</source>
        <translation>&amp;Denoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="197"/>
        <source>Denoise the whole image or stack with the current model</source>
        <translation>Denoise the whole image or stack with the current model</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="200"/>
        <source>&amp;Export denoised...</source>
        <translation>&amp;Export denoised...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="205"/>
        <source>Export network &amp;mean (mu)...</source>
        <translation>Export network &amp;mean (mu)...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="207"/>
        <source>The network&apos;s prediction of each pixel from its neighbours; the noise fit compares it with the noisy image</source>
        <translation>The network&apos;s prediction of each pixel from its neighbours; the noise fit compares it with the noisy image</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="211"/>
        <source>Export &amp;uncertainty map...</source>
        <translation>Export &amp;uncertainty map...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="213"/>
        <source>The posterior standard deviation of every pixel</source>
        <translation>The posterior standard deviation of every pixel</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="217"/>
        <source>Denoise &amp;selected images...</source>
        <translation>Denoise &amp;selected images...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="220"/>
        <source>Denoise the images selected in the image list and write &lt;name&gt;_denoised.tif and &lt;name&gt;_noise.csv for each</source>
        <translation>Denoise the images selected in the image list and write &lt;name&gt;_denoised.tif and &lt;name&gt;_noise.csv for each</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="224"/>
        <source>Denoise a &amp;folder...</source>
        <translation>Denoise a &amp;folder...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="226"/>
        <source>Denoise every image of a folder with the current model</source>
        <translation>Denoise every image of a folder with the current model</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="229"/>
        <source>Load training settings (JSON)...</source>
        <translation>Load training settings (JSON)...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="233"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="240"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="244"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="254"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="256"/>
        <source>Zoom to &amp;fit</source>
        <translation>Zoom to &amp;fit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="266"/>
        <source>Zoom &amp;1:1</source>
        <translation>Zoom &amp;1:1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="287"/>
        <source>&amp;Process</source>
        <translation>&amp;Process</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="294"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="296"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="303"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="303"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="313"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="315"/>
        <source>&amp;How to use pgdenoise</source>
        <translation>&amp;How to use pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="319"/>
        <source>&amp;About pgdenoise</source>
        <translation>&amp;About pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="323"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="355"/>
        <location filename="../widgets/MainWindow.cpp" line="1026"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="356"/>
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="357"/>
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="361"/>
        <source>Denoising: %1, training: %2</source>
        <translation>Denoising: %1, training: %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="365"/>
        <source>On the GPU the network computes in float32.</source>
        <translation>On the GPU the network computes in float32.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="367"/>
        <source>This CPU computes bfloat16 natively (AVX-512 BF16 or AMX), so denoising runs in bfloat16, about twice as fast; training stays in float32, which keeps its quality.</source>
        <translation>This CPU computes bfloat16 natively (AVX-512 BF16 or AMX), so denoising runs in bfloat16, about twice as fast; training stays in float32, which keeps its quality.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="370"/>
        <source>This CPU has no native bfloat16, so the network computes in float32.</source>
        <translation>This CPU has no native bfloat16, so the network computes in float32.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="393"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="402"/>
        <source>Discarded the model %1</source>
        <translation>Discarded the model %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="446"/>
        <source>Training is running</source>
        <translation>Training is running</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="447"/>
        <source>A model is being trained. What should happen to it?</source>
        <translation>A model is being trained. What should happen to it?</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="450"/>
        <source>Stopping keeps the best model so far in the model browser.</source>
        <translation>Stopping keeps the best model so far in the model browser.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="451"/>
        <source>Stop and keep the best model</source>
        <translation>Stop and keep the best model</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="453"/>
        <source>Keep training</source>
        <translation>Keep training</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="456"/>
        <source>Discard the run and close</source>
        <translation>Discard the run and close</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="479"/>
        <source>Stopping the training; the window closes when it has stopped</source>
        <translation>Stopping the training; the window closes when it has stopped</translation>
    </message>
    <message>
        <source>Open image or stack</source>
        <translation type="vanished">Open image or stack</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="519"/>
        <source>Images (*.tif *.tiff *.png);;All files (*)</source>
        <translation>Images (*.tif *.tiff *.png);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Opened the first of %n files</source>
        <translation type="vanished">
            <numerusform>Opened the first of %n file</numerusform>
            <numerusform>Opened the first of %n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="587"/>
        <source>%1 - pgdenoise</source>
        <translation>%1 - pgdenoise</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="588"/>
        <source>%1: %n frame(s) of %2 x %3, %4</source>
        <translation>
            <numerusform>%1: %n frame of %2 x %3, %4</numerusform>
            <numerusform>%1: %n frames of %2 x %3, %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="628"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="655"/>
        <source>The image could not be opened.</source>
        <translation>The image could not be opened.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="657"/>
        <location filename="../widgets/MainWindow.cpp" line="700"/>
        <source>Training failed.</source>
        <translation>Training failed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="659"/>
        <source>Denoising failed.</source>
        <translation>Denoising failed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="661"/>
        <source>The export failed.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="663"/>
        <source>The model could not be loaded.</source>
        <translation>The model could not be loaded.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="665"/>
        <source>The noise-fit plots could not be computed.</source>
        <translation>The noise-fit plots could not be computed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="122"/>
        <source>The typed levels could not be read.</source>
        <translation>The typed levels could not be read.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="877"/>
        <source>The export would overwrite the input image</source>
        <translation>The export would overwrite the input image</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="400"/>
        <location filename="../widgets/MainWindow.cpp" line="646"/>
        <location filename="../widgets/MainWindow.cpp" line="674"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="519"/>
        <source>Open images or stacks</source>
        <translation>Open images or stacks</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="667"/>
        <source>The batch denoise could not start.</source>
        <translation>The batch denoise could not start.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="680"/>
        <source>pgdenoise: error</source>
        <translation>pgdenoise: error</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="746"/>
        <location filename="../widgets/MainWindow.cpp" line="812"/>
        <source>Batch denoise</source>
        <translation>Batch denoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="747"/>
        <source>Where should the denoised images go?</source>
        <translation>Where should the denoised images go?</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="749"/>
        <source>Each input gets &lt;name&gt;_denoised.tif and &lt;name&gt;_noise.csv; existing files and the inputs are never replaced.</source>
        <translation>Each input gets &lt;name&gt;_denoised.tif and &lt;name&gt;_noise.csv; existing files and the inputs are never replaced.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="751"/>
        <source>Next to the inputs</source>
        <translation>Next to the inputs</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="752"/>
        <source>Choose a folder...</source>
        <translation>Choose a folder...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="763"/>
        <source>Folder for the denoised images</source>
        <translation>Folder for the denoised images</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="775"/>
        <source>Select opened image files in the image list first (the sample has no file).</source>
        <translation>Select opened image files in the image list first (the sample has no file).</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="785"/>
        <source>Folder of images to denoise</source>
        <translation>Folder of images to denoise</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="797"/>
        <source>Batch denoise cancelled after %1 of %n image(s); nothing partial was written.</source>
        <translation>
            <numerusform>Batch denoise cancelled after %1 of %n image; nothing partial was written.</numerusform>
            <numerusform>Batch denoise cancelled after %1 of %n images; nothing partial was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="800"/>
        <source>Batch denoise finished: %1 of %n image(s) denoised.</source>
        <translation>
            <numerusform>Batch denoise finished: %1 of %n image denoised.</numerusform>
            <numerusform>Batch denoise finished: %1 of %n images denoised.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="805"/>
        <source>Written:</source>
        <translation>Written:</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="807"/>
        <source>Failed:</source>
        <translation>Failed:</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="861"/>
        <source>32-bit float TIFF (*.tif)</source>
        <translation>32-bit float TIFF (*.tif)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="862"/>
        <source>TIFF in the input&apos;s pixel type (*.tif)</source>
        <translation>TIFF in the input&apos;s pixel type (*.tif)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="868"/>
        <source>Export network mean (mu)</source>
        <translation>Export network mean (mu)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="869"/>
        <source>Export uncertainty map</source>
        <translation>Export uncertainty map</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="870"/>
        <source>Export denoised stack</source>
        <translation>Export denoised stack</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="889"/>
        <source>Load training settings</source>
        <translation>Load training settings</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="890"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="904"/>
        <source>Loaded training settings from %1</source>
        <translation>Loaded training settings from %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="906"/>
        <source>The training settings could not be loaded.</source>
        <translation>The training settings could not be loaded.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="927"/>
        <source>Using model %1</source>
        <translation>Using model %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="933"/>
        <source>Denoised an image that is no longer shown; denoise it again to see it</source>
        <translation>Denoised an image that is no longer shown; denoise it again to see it</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="944"/>
        <source>Denoised; frame 1 noise: a = %1, b = %2 (raw units), variance scale %3</source>
        <translation>Denoised; frame 1 noise: a = %1, b = %2 (raw units), variance scale %3</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="958"/>
        <source>x %1, y %2, frame %3: %4</source>
        <translation>x %1, y %2, frame %3: %4</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="971"/>
        <source>x %1, y %2, frame %3: noisy %4, %5 %6</source>
        <translation>x %1, y %2, frame %3: noisy %4, %5 %6</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1003"/>
        <source>Memory: %1 MiB</source>
        <translation>Memory: %1 MiB</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1009"/>
        <source>How to use pgdenoise</source>
        <translation>How to use pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1011"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; a noisy image or stack (File &amp;gt; Open, drag and drop, or File &amp;gt; Open sample).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Train&lt;/b&gt;. The default preset needs no tuning; watch the loss curves. Training uses only the noisy data.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Denoise&lt;/b&gt;. The noise model a&amp;middot;x + b is fitted per frame and the posterior mean is computed.&lt;/li&gt;&lt;li&gt;Compare noisy and denoised side by side, check the noise-fit plots, then &lt;b&gt;Export&lt;/b&gt; the result (32-bit float TIFF keeps everything).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Mouse wheel zooms, dragging pans, Left/Right step through frames.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; a noisy image or stack (File &amp;gt; Open, drag and drop, or File &amp;gt; Open sample).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Train&lt;/b&gt;. The default preset needs no tuning; watch the loss curves. Training uses only the noisy data.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Denoise&lt;/b&gt;. The noise model a&amp;middot;x + b is fitted per frame and the posterior mean is computed.&lt;/li&gt;&lt;li&gt;Compare noisy and denoised side by side, check the noise-fit plots, then &lt;b&gt;Export&lt;/b&gt; the result (32-bit float TIFF keeps everything).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Mouse wheel zooms, dragging pans, Left/Right step through frames.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1026"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1027"/>
        <source>About pgdenoise</source>
        <translation>About pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1028"/>
        <source>&lt;h3&gt;pgdenoise %1&lt;/h3&gt;&lt;p&gt;Self-supervised Poisson-Gaussian denoising for fluorescence microscopy, after Khademi et al., WACV 2021.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;LibTorch %3&lt;br&gt;ITK %4&lt;br&gt;Device: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pgdenoise %1&lt;/h3&gt;&lt;p&gt;Self-supervised Poisson-Gaussian denoising for fluorescence microscopy, after Khademi et al., WACV 2021.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;LibTorch %3&lt;br&gt;ITK %4&lt;br&gt;Device: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1039"/>
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
        <location filename="../widgets/NoiseFitPlot.cpp" line="81"/>
        <source>Noisy value y (normalised)</source>
        <translation>Noisy value y (normalised)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="81"/>
        <source>Density</source>
        <translation>Density</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="82"/>
        <source>Mean of the pseudo-clean value (normalised)</source>
        <translation>Mean of the pseudo-clean value (normalised)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="83"/>
        <source>Variance of y - mean</source>
        <translation>Variance of y - mean</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="86"/>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="90"/>
        <source>Denoise an image to see its noise fit.</source>
        <translation>Denoise an image to see its noise fit.</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="96"/>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="98"/>
        <source>Clean levels for the histograms, normalised units, separated by commas or spaces</source>
        <translation>Clean levels for the histograms, normalised units, separated by commas or spaces</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="99"/>
        <source>Show levels</source>
        <translation>Show levels</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="101"/>
        <source>Export plots...</source>
        <translation>Export plots...</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="105"/>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/NoiseFitPlot.cpp" line="149"/>
        <source>Pseudo-clean fit: %1 (normalised); %2 (raw units); %n pixel(s) used</source>
        <translation>
            <numerusform>Pseudo-clean fit: %1 (normalised); %2 (raw units); %n pixel used</numerusform>
            <numerusform>Pseudo-clean fit: %1 (normalised); %2 (raw units); %n pixels used</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="153"/>
        <source>Stack: the curves use one fit over all frames; each frame&apos;s own a,b (used for its posterior) are plotted on the right.</source>
        <translation>Stack: the curves use one fit over all frames; each frame&apos;s own a,b (used for its posterior) are plotted on the right.</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="156"/>
        <source>Ground-truth fit: %1 (normalised); %2 (raw units)</source>
        <translation>Ground-truth fit: %1 (normalised); %2 (raw units)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="160"/>
        <source>Clipped pixels: %1% low, %2% high</source>
        <translation>Clipped pixels: %1% low, %2% high</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="187"/>
        <source>x = %1 (%2 px)</source>
        <translation>x = %1 (%2 px)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="195"/>
        <source>pseudo-clean fit</source>
        <translation>pseudo-clean fit</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="195"/>
        <source>ground-truth fit</source>
        <translation>ground-truth fit</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="216"/>
        <source>binned variance</source>
        <translation>binned variance</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="221"/>
        <source>fit a*x + b</source>
        <translation>fit a*x + b</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="86"/>
        <location filename="../widgets/NoiseFitPlot.cpp" line="244"/>
        <source>a (normalised)</source>
        <translation>a (normalised)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="88"/>
        <location filename="../widgets/NoiseFitPlot.cpp" line="249"/>
        <source>b (normalised)</source>
        <translation>b (normalised)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="285"/>
        <source>Export noise-fit plots</source>
        <translation>Export noise-fit plots</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="286"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="291"/>
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
