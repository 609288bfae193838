<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="20"/>
        <source>device %1: expected %2 or %3</source>
        <translation>device %1: expected %2 or %3</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="21"/>
        <source>: no such file or folder</source>
        <translation>: no such file or folder</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="22"/>
        <source>: not a regular file</source>
        <translation>: not a regular file</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="24"/>
        <source>: cannot be opened (permission denied?)</source>
        <translation>: cannot be opened (permission denied?)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="25"/>
        <source>: file is empty</source>
        <translation>: file is empty</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="27"/>
        <source>: folder holds no .tif, .tiff or .png images</source>
        <translation>: folder holds no .tif, .tiff or .png images</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="29"/>
        <source>: cannot list folder (%1)</source>
        <translation>: cannot list folder (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="31"/>
        <source>: unsupported pixel type (%1)</source>
        <translation>: unsupported pixel type (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="33"/>
        <source>: unsupported number of channels: %1</source>
        <translation>: unsupported number of channels: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="35"/>
        <source>: frame %1 contains %2 NaN or infinite pixel values</source>
        <translation>: frame %1 contains %2 NaN or infinite pixel values</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="37"/>
        <source>: contains %1 NaN or infinite pixel values</source>
        <translation>: contains %1 NaN or infinite pixel values</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="39"/>
        <source>: corrupt TIFF header (%1)</source>
        <translation>: corrupt TIFF header (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="42"/>
        <source>: corrupt or truncated PNG (chunk %1 claims %2 bytes, %3 are left in the file)</source>
        <translation>: corrupt or truncated PNG (chunk %1 claims %2 bytes, %3 are left in the file)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="46"/>
        <source>: corrupt or truncated PNG (%1)</source>
        <translation>: corrupt or truncated PNG (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="49"/>
        <source>: truncated TIFF (page %1&apos;s directory would start at byte %2, the file has %3 bytes)</source>
        <translation>: truncated TIFF (page %1&apos;s directory would start at byte %2, the file has %3 bytes)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="52"/>
        <source>: truncated TIFF (page %1 needs %2 bytes, file has %3)</source>
        <translation>: truncated TIFF (page %1 needs %2 bytes, file has %3)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="54"/>
        <source>: page %1 differs in size or type from page 1</source>
        <translation>: page %1 differs in size or type from page 1</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="56"/>
        <source>: not a readable TIFF or PNG image (unknown format or corrupt header)</source>
        <translation>: not a readable TIFF or PNG image (unknown format or corrupt header)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="59"/>
        <source>: cannot read the training config</source>
        <translation>: cannot read the training config</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="62"/>
        <source>training config: batch, steps, epoch length, crop and learning rate must be positive, weight averaging in [0, 1)</source>
        <translation>training config: batch, steps, epoch length, crop and learning rate must be positive, weight averaging in [0, 1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="67"/>
        <source>training config: network inChannels %1: pgdenoise trains on one channel (expected 1)</source>
        <translation>training config: network inChannels %1: pgdenoise trains on one channel (expected 1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="72"/>
        <source>training config: the n2v loss needs the unet network and the other losses the blind-spot network</source>
        <translation>training config: the n2v loss needs the unet network and the other losses the blind-spot network</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="74"/>
        <source>training config: </source>
        <translation>training config: </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="76"/>
        <source>%1loss %2: unknown (expected %3 or %4)</source>
        <translation>%1loss %2: unknown (expected %3 or %4)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="78"/>
        <source>%1architecture %2: unknown (expected %3 or %4)</source>
        <translation>%1architecture %2: unknown (expected %3 or %4)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="80"/>
        <source>: expected a whole number from %1 to %2, not %3</source>
        <translation>: expected a whole number from %1 to %2, not %3</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="82"/>
        <source>: expected a whole number, not %1</source>
        <translation>: expected a whole number, not %1</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="83"/>
        <source>: not valid JSON</source>
        <translation>: not valid JSON</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="86"/>
        <source>: format version %1 is newer than this pgdenoise understands (%2); update pgdenoise</source>
        <translation>: format version %1 is newer than this pgdenoise understands (%2); update pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="90"/>
        <source>: missing (not a model folder)</source>
        <translation>: missing (not a model folder)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="92"/>
        <source>: missing or invalid field (%1)</source>
        <translation>: missing or invalid field (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="94"/>
        <source>: normalization scale must be positive</source>
        <translation>: normalization scale must be positive</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="96"/>
        <source>: weight %1 is missing (architecture mismatch)</source>
        <translation>: weight %1 is missing (architecture mismatch)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="98"/>
        <source>: weight %1 has shape %2 but the architecture needs %3</source>
        <translation>: weight %1 has shape %2 but the architecture needs %3</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="100"/>
        <source>: weights are truncated or corrupt</source>
        <translation>: weights are truncated or corrupt</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="101"/>
        <source>: missing</source>
        <translation>: missing</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="103"/>
        <source>: output folder does not exist</source>
        <translation>: output folder does not exist</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="105"/>
        <source>training data: images must be at least %1x%2 pixels (smallest side is %3)</source>
        <translation>training data: images must be at least %1x%2 pixels (smallest side is %3)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="109"/>
        <source>training data: images of %1x%2 pixels are too small to hold out validation blocks beside a %3x%4 crop</source>
        <translation>training data: images of %1x%2 pixels are too small to hold out validation blocks beside a %3x%4 crop</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="112"/>
        <source>: frame %1 is constant (%2), nothing to learn</source>
        <translation>: frame %1 is constant (%2), nothing to learn</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="113"/>
        <source>: image is empty</source>
        <translation>: image is empty</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="115"/>
        <source>: the image is constant (%1), nothing to denoise</source>
        <translation>: the image is constant (%1), nothing to denoise</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="118"/>
        <source>noise fit flagged on frames %1 of %2: </source>
        <translation>noise fit flagged on frames %1 of %2: </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="120"/>
        <source>noise fit flagged on frame %1 of %2: </source>
        <translation>noise fit flagged on frame %1 of %2: </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="121"/>
        <source>noise fit flagged: </source>
        <translation>noise fit flagged: </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="123"/>
        <source>a constraint is active: a = 0 (no signal-dependent noise resolved)</source>
        <translation>a constraint is active: a = 0 (no signal-dependent noise resolved)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="127"/>
        <source>a constraint is active: the variance a*mu + b reaches its floor at the lowest level used (mu = %1)</source>
        <translation>a constraint is active: the variance a*mu + b reaches its floor at the lowest level used (mu = %1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="130"/>
        <source>frame is constant (%1): nothing to denoise, written unchanged</source>
        <translation>frame is constant (%1): nothing to denoise, written unchanged</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="133"/>
        <source>only %1 pixels entered the fit (fewer than %2)</source>
        <translation>only %1 pixels entered the fit (fewer than %2)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="135"/>
        <source>Nelder-Mead did not converge in %1 iterations</source>
        <translation>Nelder-Mead did not converge in %1 iterations</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="137"/>
        <source>%1% of the pixels are clipped (from %2% on)</source>
        <translation>%1% of the pixels are clipped (from %2% on)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="139"/>
        <source>model undertrained: trained only %1 steps (fewer than %2)</source>
        <translation>model undertrained: trained only %1 steps (fewer than %2)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="141"/>
        <source>model undertrained: its training stopped early (%1)</source>
        <translation>model undertrained: its training stopped early (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="144"/>
        <source>model undertrained: stopped by its step limit while the validation loss was still falling (%1 over the last quarter)</source>
        <translation>model undertrained: stopped by its step limit while the validation loss was still falling (%1 over the last quarter)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="149"/>
        <source>model undertrained: stopped by its time budget while the validation loss was still falling (%1 over the last quarter)</source>
        <translation>model undertrained: stopped by its time budget while the validation loss was still falling (%1 over the last quarter)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="153"/>
        <source>image unlike the model&apos;s training data: </source>
        <translation>image unlike the model&apos;s training data: </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="155"/>
        <source>pixel type %1, the model was trained on %2</source>
        <translation>pixel type %1, the model was trained on %2</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="157"/>
        <source>raw range %1..%2, the model was trained on %3..%4</source>
        <translation>raw range %1..%2, the model was trained on %3..%4</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="159"/>
        <source>noise level %1 (%2x higher), the model was trained at %3</source>
        <translation>noise level %1 (%2x higher), the model was trained at %3</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="161"/>
        <source>noise level %1 (%2x lower), the model was trained at %3</source>
        <translation>noise level %1 (%2x lower), the model was trained at %3</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="163"/>
        <source>the selection does not cover any pixel of the image</source>
        <translation>the selection does not cover any pixel of the image</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="191"/>
        <source>step limit</source>
        <translation>step limit</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="193"/>
        <source>time budget</source>
        <translation>time budget</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="195"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="199"/>
        <source>converged (no validation improvement for %n evaluation(s))</source>
        <translation>
            <numerusform>converged (no validation improvement for %n evaluation)</numerusform>
            <numerusform>converged (no validation improvement for %n evaluations)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="203"/>
        <source>diverged (the loss is not finite)</source>
        <translation>diverged (the loss is not finite)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="204"/>
        <source>diverged (%1)</source>
        <translation>diverged (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="207"/>
        <source>out of memory on %1 at step %2</source>
        <translation>out of memory on %1 at step %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="215"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="216"/>
        <source>about %n step(s)</source>
        <translation>
            <numerusform>about %n step</numerusform>
            <numerusform>about %n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="222"/>
        <source>Training starts from the base model&apos;s weights scaled by %1, as this run can afford %2: the validation loss rises at first and falls from there.</source>
        <translation>Training starts from the base model&apos;s weights scaled by %1, as this run can afford %2: the validation loss rises at first and falls from there.</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="229"/>
        <source>Training starts from the base model as it is: this run can afford %1, and scaling its weights by %2 helps only from %3 steps.</source>
        <translation>Training starts from the base model as it is: this run can afford %1, and scaling its weights by %2 helps only from %3 steps.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="235"/>
        <source>Left out %n constant frame(s) with nothing to learn: %1.</source>
        <translation>
            <numerusform>Left out %n constant frame with nothing to learn: %1.</numerusform>
            <numerusform>Left out %n constant frames with nothing to learn: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CoreTexts.cpp" line="253"/>
        <source>%n frame(s) %1x%2</source>
        <translation>
            <numerusform>%n frame %1x%2</numerusform>
            <numerusform>%n frames %1x%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="262"/>
        <source>uncalibrated</source>
        <translation>uncalibrated</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="264"/>
        <source>regularized</source>
        <translation>regularized</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="266"/>
        <source>Noise2Void</source>
        <translation>Noise2Void</translation>
    </message>
    <message>
        <location filename="../widgets/CoreTexts.cpp" line="272"/>
        <source>blind-spot</source>
        <translation>blind-spot</translation>
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
    <name>pgd::FitVerdictBanner</name>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="21"/>
        <source>Train on this image</source>
        <translation>Train on this image</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="23"/>
        <source>Train a new model on the image on screen with the training panel&apos;s settings; denoise again once it is trained.</source>
        <translation>Train a new model on the image on screen with the training panel&apos;s settings; denoise again once it is trained.</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="35"/>
        <source>fit at a bound</source>
        <translation>fit at a bound</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="37"/>
        <source>few pixels</source>
        <translation>few pixels</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="39"/>
        <source>fit not converged</source>
        <translation>fit not converged</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="41"/>
        <source>heavy clipping</source>
        <translation>heavy clipping</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="43"/>
        <source>noise correlated between pixels</source>
        <translation>noise correlated between pixels</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="45"/>
        <source>model undertrained</source>
        <translation>model undertrained</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="47"/>
        <source>image unlike the training data</source>
        <translation>image unlike the training data</translation>
    </message>
    <message>
        <location filename="../widgets/FitVerdictBanner.cpp" line="49"/>
        <source>constant frame</source>
        <translation>constant frame</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/FitVerdictBanner.cpp" line="98"/>
        <source>Noise fit flagged on %1 of %n frame(s): %2</source>
        <translation>
            <numerusform>Noise fit flagged on %1 of %n frame: %2</numerusform>
            <numerusform>Noise fit flagged on %1 of %n frames: %2</numerusform>
        </translation>
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
        <location filename="../widgets/JobWorker.cpp" line="133"/>
        <source>Sample phantom</source>
        <translation>Sample phantom</translation>
    </message>
</context>
<context>
    <name>pgd::LineProfilePlot</name>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="13"/>
        <source>Choose the line tool (toolbar or View menu) and drag across the image to plot the values along the line.</source>
        <translation>Choose the line tool (toolbar or View menu) and drag across the image to plot the values along the line.</translation>
    </message>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="21"/>
        <source>noisy</source>
        <translation>noisy</translation>
    </message>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="21"/>
        <source>denoised (posterior mean)</source>
        <translation>denoised (posterior mean)</translation>
    </message>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="21"/>
        <source>network mean mu</source>
        <translation>network mean mu</translation>
    </message>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="27"/>
        <source>Raw value</source>
        <translation>Raw value</translation>
    </message>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="71"/>
        <source>Distance along the line (pixels)</source>
        <translation>Distance along the line (pixels)</translation>
    </message>
    <message>
        <location filename="../widgets/LineProfilePlot.cpp" line="72"/>
        <source>Distance along the line (%1)</source>
        <translation>Distance along the line (%1)</translation>
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
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="79"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="82"/>
        <source>Noise fit</source>
        <translation>Noise fit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="85"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="91"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="95"/>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="103"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="190"/>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="195"/>
        <source>Open &amp;sample</source>
        <translation>Open &amp;sample</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="197"/>
        <source>A synthetic fluorescence stack with known noise</source>
        <translation>A synthetic fluorescence stack with known noise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="200"/>
        <source>&amp;Cancel job</source>
        <translation>&amp;Cancel job</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="209"/>
        <source>&amp;Denoise</source>
        <translation>&amp;Denoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="212"/>
        <source>Denoise the whole image or stack with the current model</source>
        <translation>Denoise the whole image or stack with the current model</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="215"/>
        <source>&amp;Export denoised...</source>
        <translation>&amp;Export denoised...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="220"/>
        <source>Export network &amp;mean (mu)...</source>
        <translation>Export network &amp;mean (mu)...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="222"/>
        <source>The network&apos;s prediction of each pixel from its neighbours; the noise fit compares it with the noisy image</source>
        <translation>The network&apos;s prediction of each pixel from its neighbours; the noise fit compares it with the noisy image</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="226"/>
        <source>Export &amp;uncertainty map...</source>
        <translation>Export &amp;uncertainty map...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="228"/>
        <source>The posterior standard deviation of every pixel</source>
        <translation>The posterior standard deviation of every pixel</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="232"/>
        <source>Denoise &amp;selected images...</source>
        <translation>Denoise &amp;selected images...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="235"/>
        <source>Denoise the images selected in the image list and write &lt;name&gt;_denoised.tif and &lt;name&gt;_noise.csv for each</source>
        <translation>Denoise the images selected in the image list and write &lt;name&gt;_denoised.tif and &lt;name&gt;_noise.csv for each</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="239"/>
        <source>Denoise a &amp;folder...</source>
        <translation>Denoise a &amp;folder...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="241"/>
        <source>Denoise every image of a folder with the current model</source>
        <translation>Denoise every image of a folder with the current model</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="244"/>
        <source>Load training settings (JSON)...</source>
        <translation>Load training settings (JSON)...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="248"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="255"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="259"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="269"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="271"/>
        <source>Zoom to &amp;fit</source>
        <translation>Zoom to &amp;fit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="281"/>
        <source>Zoom &amp;1:1</source>
        <translation>Zoom &amp;1:1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="302"/>
        <source>&amp;Process</source>
        <translation>&amp;Process</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="309"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="311"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="318"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="318"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="328"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="330"/>
        <source>&amp;How to use pgdenoise</source>
        <translation>&amp;How to use pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="334"/>
        <source>&amp;About pgdenoise</source>
        <translation>&amp;About pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="342"/>
        <source>&amp;Pan</source>
        <translation>&amp;Pan</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="342"/>
        <source>Drag to move the image</source>
        <translation>Drag to move the image</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="343"/>
        <source>&amp;Rectangle</source>
        <translation>&amp;Rectangle</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="344"/>
        <source>Drag to select a rectangle (training can use it alone); Esc clears</source>
        <translation>Drag to select a rectangle (training can use it alone); Esc clears</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="345"/>
        <source>&amp;Line</source>
        <translation>&amp;Line</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="346"/>
        <source>Drag to draw a line; the Profile tab plots the values along it; Esc clears</source>
        <translation>Drag to draw a line; the Profile tab plots the values along it; Esc clears</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="359"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="388"/>
        <source>%1 x %2 pixels at (%3, %4)</source>
        <translation>%1 x %2 pixels at (%3, %4)</translation>
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
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="448"/>
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="452"/>
        <source>Denoising: %1, training: %2</source>
        <translation>Denoising: %1, training: %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="456"/>
        <source>On the GPU the network computes in float32.</source>
        <translation>On the GPU the network computes in float32.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="462"/>
        <source>This CPU has no native bfloat16, so the network computes in float32.</source>
        <translation>This CPU has no native bfloat16, so the network computes in float32.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="485"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="494"/>
        <source>Discarded the model %1</source>
        <translation>Discarded the model %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="538"/>
        <source>Training is running</source>
        <translation>Training is running</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="539"/>
        <source>A model is being trained. What should happen to it?</source>
        <translation>A model is being trained. What should happen to it?</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="542"/>
        <source>Stopping keeps the best model so far in the model browser.</source>
        <translation>Stopping keeps the best model so far in the model browser.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="543"/>
        <source>Stop and keep the best model</source>
        <translation>Stop and keep the best model</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="545"/>
        <source>Keep training</source>
        <translation>Keep training</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="548"/>
        <source>Discard the run and close</source>
        <translation>Discard the run and close</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="571"/>
        <source>Stopping the training; the window closes when it has stopped</source>
        <translation>Stopping the training; the window closes when it has stopped</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1145"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; noisy images or stacks (File &amp;gt; Open, drag and drop, or File &amp;gt; Open sample). They are listed in the Images panel; pick a channel there for multi-channel files.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Train&lt;/b&gt;. The default preset needs no tuning; watch the loss curves. Training uses only the noisy data of the selected images (or of a rectangle drawn with the Rectangle tool).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Denoise&lt;/b&gt;. The noise model a&amp;middot;x + b is fitted per frame and the posterior mean is computed. Process &amp;gt; Denoise selected images or a folder does many files at once.&lt;/li&gt;&lt;li&gt;Compare noisy and denoised side by side, check the noise-fit plots and line profiles (Line tool), then &lt;b&gt;Export&lt;/b&gt; the result (32-bit float TIFF keeps everything).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Mouse wheel or +/- zooms, dragging pans, Left/Right step through frames, Esc clears a selection. More in docs/WORKBENCH.md.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; noisy images or stacks (File &amp;gt; Open, drag and drop, or File &amp;gt; Open sample). They are listed in the Images panel; pick a channel there for multi-channel files.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Train&lt;/b&gt;. The default preset needs no tuning; watch the loss curves. Training uses only the noisy data of the selected images (or of a rectangle drawn with the Rectangle tool).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Denoise&lt;/b&gt;. The noise model a&amp;middot;x + b is fitted per frame and the posterior mean is computed. Process &amp;gt; Denoise selected images or a folder does many files at once.&lt;/li&gt;&lt;li&gt;Compare noisy and denoised side by side, check the noise-fit plots and line profiles (Line tool), then &lt;b&gt;Export&lt;/b&gt; the result (32-bit float TIFF keeps everything).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Mouse wheel or +/- zooms, dragging pans, Left/Right step through frames, Esc clears a selection. More in docs/WORKBENCH.md.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open image or stack</source>
        <translation type="vanished">Open image or stack</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="611"/>
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
        <location filename="../widgets/MainWindow.cpp" line="682"/>
        <source>%1 - pgdenoise</source>
        <translation>%1 - pgdenoise</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="683"/>
        <source>%1: %n frame(s) of %2 x %3, %4</source>
        <translation>
            <numerusform>%1: %n frame of %2 x %3, %4</numerusform>
            <numerusform>%1: %n frames of %2 x %3, %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="723"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="750"/>
        <source>The image could not be opened.</source>
        <translation>The image could not be opened.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="752"/>
        <location filename="../widgets/MainWindow.cpp" line="797"/>
        <source>Training failed.</source>
        <translation>Training failed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="754"/>
        <source>Denoising failed.</source>
        <translation>Denoising failed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="756"/>
        <source>The export failed.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="758"/>
        <source>The model could not be loaded.</source>
        <translation>The model could not be loaded.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="760"/>
        <source>The noise-fit plots could not be computed.</source>
        <translation>The noise-fit plots could not be computed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="132"/>
        <source>The typed levels could not be read.</source>
        <translation>The typed levels could not be read.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="986"/>
        <source>The export would overwrite the input image</source>
        <translation>The export would overwrite the input image</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="492"/>
        <location filename="../widgets/MainWindow.cpp" line="741"/>
        <location filename="../widgets/MainWindow.cpp" line="771"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="458"/>
        <source>This CPU computes bfloat16 natively (AVX-512 BF16 or AMX), so the network runs in bfloat16: denoising about twice as fast, a training step about 1.5 times, with float32&apos;s quality (pgdenoise train or denoise --precision float32 chooses float32).</source>
        <translation>This CPU computes bfloat16 natively (AVX-512 BF16 or AMX), so the network runs in bfloat16: denoising about twice as fast, a training step about 1.5 times, with float32&apos;s quality (pgdenoise train or denoise --precision float32 chooses float32).</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="611"/>
        <source>Open images or stacks</source>
        <translation>Open images or stacks</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="762"/>
        <source>The batch denoise could not start.</source>
        <translation>The batch denoise could not start.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="777"/>
        <source>pgdenoise: error</source>
        <translation>pgdenoise: error</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="813"/>
        <source>Training could not start.</source>
        <translation>Training could not start.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="855"/>
        <location filename="../widgets/MainWindow.cpp" line="921"/>
        <source>Batch denoise</source>
        <translation>Batch denoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="856"/>
        <source>Where should the denoised images go?</source>
        <translation>Where should the denoised images go?</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="858"/>
        <source>Each input gets &lt;name&gt;_denoised.tif and &lt;name&gt;_noise.csv; existing files and the inputs are never replaced.</source>
        <translation>Each input gets &lt;name&gt;_denoised.tif and &lt;name&gt;_noise.csv; existing files and the inputs are never replaced.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="860"/>
        <source>Next to the inputs</source>
        <translation>Next to the inputs</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="861"/>
        <source>Choose a folder...</source>
        <translation>Choose a folder...</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="872"/>
        <source>Folder for the denoised images</source>
        <translation>Folder for the denoised images</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="884"/>
        <source>Select opened image files in the image list first (the sample has no file).</source>
        <translation>Select opened image files in the image list first (the sample has no file).</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="894"/>
        <source>Folder of images to denoise</source>
        <translation>Folder of images to denoise</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="906"/>
        <source>Batch denoise cancelled after %1 of %n image(s); nothing partial was written.</source>
        <translation>
            <numerusform>Batch denoise cancelled after %1 of %n image; nothing partial was written.</numerusform>
            <numerusform>Batch denoise cancelled after %1 of %n images; nothing partial was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="909"/>
        <source>Batch denoise finished: %1 of %n image(s) denoised.</source>
        <translation>
            <numerusform>Batch denoise finished: %1 of %n image denoised.</numerusform>
            <numerusform>Batch denoise finished: %1 of %n images denoised.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="914"/>
        <source>Written:</source>
        <translation>Written:</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="916"/>
        <source>Failed:</source>
        <translation>Failed:</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="970"/>
        <source>32-bit float TIFF (*.tif)</source>
        <translation>32-bit float TIFF (*.tif)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="971"/>
        <source>TIFF in the input&apos;s pixel type (*.tif)</source>
        <translation>TIFF in the input&apos;s pixel type (*.tif)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="977"/>
        <source>Export network mean (mu)</source>
        <translation>Export network mean (mu)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="978"/>
        <source>Export uncertainty map</source>
        <translation>Export uncertainty map</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="979"/>
        <source>Export denoised stack</source>
        <translation>Export denoised stack</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="998"/>
        <source>Load training settings</source>
        <translation>Load training settings</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="999"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1013"/>
        <source>Loaded training settings from %1</source>
        <translation>Loaded training settings from %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1015"/>
        <source>The training settings could not be loaded.</source>
        <translation>The training settings could not be loaded.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1036"/>
        <source>Using model %1</source>
        <translation>Using model %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1042"/>
        <source>Denoised an image that is no longer shown; denoise it again to see it</source>
        <translation>Denoised an image that is no longer shown; denoise it again to see it</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1053"/>
        <source>Denoised; frame 1 noise: a = %1, b = %2 (raw units), variance scale %3</source>
        <translation>Denoised; frame 1 noise: a = %1, b = %2 (raw units), variance scale %3</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1090"/>
        <source>x %1, y %2, frame %3: %4</source>
        <translation>x %1, y %2, frame %3: %4</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1103"/>
        <source>x %1, y %2, frame %3: noisy %4, %5 %6</source>
        <translation>x %1, y %2, frame %3: noisy %4, %5 %6</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1137"/>
        <source>Memory: %1 MiB</source>
        <translation>Memory: %1 MiB</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1143"/>
        <source>How to use pgdenoise</source>
        <translation>How to use pgdenoise</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; a noisy image or stack (File &amp;gt; Open, drag and drop, or File &amp;gt; Open sample).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Train&lt;/b&gt;. The default preset needs no tuning; watch the loss curves. Training uses only the noisy data.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Denoise&lt;/b&gt;. The noise model a&amp;middot;x + b is fitted per frame and the posterior mean is computed.&lt;/li&gt;&lt;li&gt;Compare noisy and denoised side by side, check the noise-fit plots, then &lt;b&gt;Export&lt;/b&gt; the result (32-bit float TIFF keeps everything).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Mouse wheel zooms, dragging pans, Left/Right step through frames.&lt;/p&gt;</source>
        <translation type="vanished">&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; a noisy image or stack (File &amp;gt; Open, drag and drop, or File &amp;gt; Open sample).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Train&lt;/b&gt;. The default preset needs no tuning; watch the loss curves. Training uses only the noisy data.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Denoise&lt;/b&gt;. The noise model a&amp;middot;x + b is fitted per frame and the posterior mean is computed.&lt;/li&gt;&lt;li&gt;Compare noisy and denoised side by side, check the noise-fit plots, then &lt;b&gt;Export&lt;/b&gt; the result (32-bit float TIFF keeps everything).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Mouse wheel zooms, dragging pans, Left/Right step through frames.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1165"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1166"/>
        <source>About pgdenoise</source>
        <translation>About pgdenoise</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1167"/>
        <source>&lt;h3&gt;pgdenoise %1&lt;/h3&gt;&lt;p&gt;Self-supervised Poisson-Gaussian denoising for fluorescence microscopy, after Khademi et al., WACV 2021.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;LibTorch %3&lt;br&gt;ITK %4&lt;br&gt;Device: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pgdenoise %1&lt;/h3&gt;&lt;p&gt;Self-supervised Poisson-Gaussian denoising for fluorescence microscopy, after Khademi et al., WACV 2021.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;LibTorch %3&lt;br&gt;ITK %4&lt;br&gt;Device: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1178"/>
        <source>The language changes when pgdenoise is started again.</source>
        <translation>The language changes when pgdenoise is started again.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1081"/>
        <source>Training a model on this image</source>
        <translation>Training a model on this image</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1059"/>
        <source>%1; with the built-in base model and the per-image noise fit (train a model on your images for the best results)</source>
        <translation>%1; with the built-in base model and the per-image noise fit (train a model on your images for the best results)</translation>
    </message>
</context>
<context>
    <name>pgd::ModelBrowser</name>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="40"/>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="48"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="48"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="48"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="49"/>
        <source>Training data</source>
        <translation>Training data</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="49"/>
        <source>Final loss</source>
        <translation>Final loss</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="49"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="65"/>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="66"/>
        <source>Rename...</source>
        <translation>Rename...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="67"/>
        <source>Delete...</source>
        <translation>Delete...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="68"/>
        <source>Import...</source>
        <translation>Import...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="69"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="70"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="133"/>
        <source>The model store could not be listed.</source>
        <translation>The model store could not be listed.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="141"/>
        <source>%1 (in use)</source>
        <translation>%1 (in use)</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="143"/>
        <source>unusable</source>
        <translation>unusable</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="167"/>
        <source>No models yet: train one in the training panel, or import a model folder.</source>
        <translation>No models yet: train one in the training panel, or import a model folder.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="176"/>
        <source>This folder is not a usable model: %1</source>
        <translation>This folder is not a usable model: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="185"/>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="186"/>
        <source>Network: %1, width %2; loss %3</source>
        <translation>Network: %1, width %2; loss %3</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="190"/>
        <source>Trained %1 steps in %2 s on %3; stopped: %4</source>
        <translation>Trained %1 steps in %2 s on %3; stopped: %4</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="194"/>
        <source>Final training loss %1, best validation loss %2</source>
        <translation>Final training loss %1, best validation loss %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="197"/>
        <source>Denoises in tiles of %1 px: its held-out loss was lower there than with whole images</source>
        <translation>Denoises in tiles of %1 px: its held-out loss was lower there than with whole images</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="200"/>
        <source>Normalisation: raw = %1 * x + %2</source>
        <translation>Normalisation: raw = %1 * x + %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="203"/>
        <source>Data: %1; app version %2</source>
        <translation>Data: %1; app version %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="226"/>
        <source>Rename model</source>
        <translation>Rename model</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="227"/>
        <source>New name</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="246"/>
        <source>The model could not be renamed.</source>
        <translation>The model could not be renamed.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="264"/>
        <source>Delete model</source>
        <translation>Delete model</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="265"/>
        <source>Delete the model &quot;%1&quot; and its folder? This cannot be undone.</source>
        <translation>Delete the model &quot;%1&quot; and its folder? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="273"/>
        <source>Deleted model %1</source>
        <translation>Deleted model %1</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="260"/>
        <location filename="../widgets/ModelBrowser.cpp" line="275"/>
        <source>The model could not be deleted.</source>
        <translation>The model could not be deleted.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="283"/>
        <source>Import model folder</source>
        <translation>Import model folder</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="298"/>
        <source>Imported model %1</source>
        <translation>Imported model %1</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="300"/>
        <source>The model folder could not be imported.</source>
        <translation>The model folder could not be imported.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="310"/>
        <source>Export model to folder</source>
        <translation>Export model to folder</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="317"/>
        <source>Exported model %1 to %2</source>
        <translation>Exported model %1 to %2</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="319"/>
        <source>The model could not be exported.</source>
        <translation>The model could not be exported.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="140"/>
        <source>%1 (built in)</source>
        <translation>%1 (built in)</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="182"/>
        <source>Built in: the base model shipped with pgdenoise (per-image normalisation). It denoises before any training and is where training starts; it cannot be deleted or renamed.</source>
        <translation>Built in: the base model shipped with pgdenoise (per-image normalisation). It denoises before any training and is where training starts; it cannot be deleted or renamed.</translation>
    </message>
    <message>
        <location filename="../widgets/ModelBrowser.cpp" line="261"/>
        <source>%1 is the built-in base model; it cannot be deleted.</source>
        <translation>%1 is the built-in base model; it cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>pgd::NoiseFitPlot</name>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="159"/>
        <source>Density</source>
        <translation>Density</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="166"/>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="178"/>
        <source>Denoise an image to see its noise fit.</source>
        <translation>Denoise an image to see its noise fit.</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="182"/>
        <source>Raw units</source>
        <translation>Raw units</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="185"/>
        <source>Show the axes and type the levels in the image&apos;s raw units; unchecked: the model&apos;s normalised units</source>
        <translation>Show the axes and type the levels in the image&apos;s raw units; unchecked: the model&apos;s normalised units</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="191"/>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="193"/>
        <source>Show levels</source>
        <translation>Show levels</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="195"/>
        <source>Export plots...</source>
        <translation>Export plots...</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="293"/>
        <source>Calibrated level (%1)</source>
        <translation>Calibrated level (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="294"/>
        <source>Pseudo-clean mean (%1)</source>
        <translation>Pseudo-clean mean (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/NoiseFitPlot.cpp" line="331"/>
        <source>Noise fit (%3): %1 (raw units); %2 (normalised); %n pixel(s) used</source>
        <translation>
            <numerusform>Noise fit (%3): %1 (raw units); %2 (normalised); %n pixel used</numerusform>
            <numerusform>Noise fit (%3): %1 (raw units); %2 (normalised); %n pixels used</numerusform>
        </translation>
    </message>
    <message>
        <source>Variance of y - mean</source>
        <translation type="vanished">Variance of y - mean</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="336"/>
        <source>Stack: the curves use one fit over all frames; each frame&apos;s own a,b (used for its posterior) are plotted on the right.</source>
        <translation>Stack: the curves use one fit over all frames; each frame&apos;s own a,b (used for its posterior) are plotted on the right.</translation>
    </message>
    <message>
        <source>pseudo-clean fit %1 (raw units)</source>
        <translation type="vanished">pseudo-clean fit %1 (raw units)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="366"/>
        <source>%1 (normalised)</source>
        <translation>%1 (normalised)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="286"/>
        <location filename="../widgets/NoiseFitPlot.cpp" line="591"/>
        <source>raw units</source>
        <translation>raw units</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="286"/>
        <location filename="../widgets/NoiseFitPlot.cpp" line="591"/>
        <source>normalised</source>
        <translation>normalised</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="287"/>
        <source>Noisy value y (%1)</source>
        <translation>Noisy value y (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="295"/>
        <source>Variance of the fit&apos;s residual</source>
        <translation>Variance of the fit&apos;s residual</translation>
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
        <translation>Levels (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="300"/>
        <source>Clean levels for the histograms (%1), separated by commas or spaces</source>
        <translation>Clean levels for the histograms (%1), separated by commas or spaces</translation>
    </message>
    <message numerus="yes">
        <source>Pseudo-clean fit: %1 (raw units); %2 (normalised); %n pixel(s) used</source>
        <translation type="vanished">
            <numerusform>Pseudo-clean fit: %1 (raw units); %2 (normalised); %n pixel used</numerusform>
            <numerusform>Pseudo-clean fit: %1 (raw units); %2 (normalised); %n pixels used</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="339"/>
        <source>Ground-truth fit: %1 (raw units); %2 (normalised)</source>
        <translation>Ground-truth fit: %1 (raw units); %2 (normalised)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="343"/>
        <source>Clipped pixels: %1% low, %2% high</source>
        <translation>Clipped pixels: %1% low, %2% high</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="356"/>
        <source>local-difference residual</source>
        <translation>local-difference residual</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="352"/>
        <source>residual y - mu</source>
        <translation>residual y - mu</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="355"/>
        <source>local-difference residual, pixels %1 apart</source>
        <translation>local-difference residual, pixels %1 apart</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="362"/>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="365"/>
        <source>noise fit (%2) %1 (raw units)</source>
        <translation>noise fit (%2) %1 (raw units)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="368"/>
        <source>ground-truth fit %1 (raw units)</source>
        <translation>ground-truth fit %1 (raw units)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="396"/>
        <source>x = %1 (%2 px)</source>
        <translation>x = %1 (%2 px)</translation>
    </message>
    <message>
        <source>pseudo-clean fit</source>
        <translation type="vanished">pseudo-clean fit</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="415"/>
        <source>ground-truth fit</source>
        <translation>ground-truth fit</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="415"/>
        <source>noise fit</source>
        <translation>noise fit</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="542"/>
        <source>binned variance</source>
        <translation>binned variance</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="552"/>
        <source>fit a*x + b</source>
        <translation>fit a*x + b</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="575"/>
        <source>Frame 1
%1 (raw units)
%2 (normalised)</source>
        <translation>Frame 1
%1 (raw units)
%2 (normalised)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="638"/>
        <source>Export noise-fit plots</source>
        <translation>Export noise-fit plots</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="639"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/NoiseFitPlot.cpp" line="644"/>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
</context>
<context>
    <name>pgd::TrainingPanel</name>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="26"/>
        <source>unknown</source>
        <translation>unknown</translation>
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
        <translation>auto (paper on a GPU, quick on a CPU)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="43"/>
        <source>quick (CPU, minutes)</source>
        <translation>quick (CPU, minutes)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="44"/>
        <source>paper (long, meant for a GPU)</source>
        <translation>paper (long, meant for a GPU)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="47"/>
        <source>Train on the selection only</source>
        <translation>Train on the selection only</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="55"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="57"/>
        <source>Train a denoiser on the open image (noisy data only)</source>
        <translation>Train a denoiser on the open image (noisy data only)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="58"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="64"/>
        <location filename="../widgets/TrainingPanel.cpp" line="187"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="81"/>
        <source>training loss</source>
        <translation>training loss</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="84"/>
        <source>validation loss</source>
        <translation>validation loss</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="87"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="88"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="94"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="95"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="122"/>
        <source>Draw a rectangle with the rectangle tool to train on a part of the image</source>
        <translation>Draw a rectangle with the rectangle tool to train on a part of the image</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="123"/>
        <source>Train on %1 of every frame instead of the whole image</source>
        <translation>Train on %1 of every frame instead of the whole image</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="145"/>
        <source>custom (loaded settings)</source>
        <translation>custom (loaded settings)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="163"/>
        <source>Cancelling after this step...</source>
        <translation>Cancelling after this step...</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="165"/>
        <source>Training failed (see the error message)</source>
        <translation>Training failed (see the error message)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="168"/>
        <source>Cancelled before the first step; no model saved</source>
        <translation>Cancelled before the first step; no model saved</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="176"/>
        <source>Starting...</source>
        <translation>Starting...</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="205"/>
        <source>%1 of %2 (step %3, at most %4)</source>
        <translation>%1 of %2 (step %3, at most %4)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="209"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="211"/>
        <source>, loss %1</source>
        <translation>, loss %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="217"/>
        <source>, validation %1</source>
        <translation>, validation %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="219"/>
        <source>, held-out error of mu %1</source>
        <translation>, held-out error of mu %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="222"/>
        <source>, %1 left</source>
        <translation>, %1 left</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="249"/>
        <source>best at step %1</source>
        <translation>best at step %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="250"/>
        <source>no validation yet, the last step is kept</source>
        <translation>no validation yet, the last step is kept</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="253"/>
        <source>Cancelled at step %1, %2</source>
        <translation>Cancelled at step %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="256"/>
        <source>Finished at step %1, %2</source>
        <translation>Finished at step %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="258"/>
        <source>Model &quot;%1&quot; saved; stopped: %2</source>
        <translation>Model &quot;%1&quot; saved; stopped: %2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="263"/>
        <source>The noise is correlated between neighbouring pixels: the network hides the %1x%1 square around each pixel and trained from scratch.</source>
        <translation>The noise is correlated between neighbouring pixels: the network hides the %1x%1 square around each pixel and trained from scratch.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="270"/>
        <source>The validation at step %1 had a lower loss but was not kept: the prediction had started to copy the noise (noise echo %2, the run&apos;s least %3).</source>
        <translation>The validation at step %1 had a lower loss but was not kept: the prediction had started to copy the noise (noise echo %2, the run&apos;s least %3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/TrainingPanel.cpp" line="277"/>
        <source>%n validations with a lower loss (steps %1-%2) were not kept: the prediction had started to copy the noise (noise echo up to %3, the run&apos;s least %4).</source>
        <translation>
            <numerusform>%n validation with a lower loss (steps %1-%2) was not kept: the prediction had started to copy the noise (noise echo up to %3, the run&apos;s least %4).</numerusform>
            <numerusform>%n validations with a lower loss (steps %1-%2) were not kept: the prediction had started to copy the noise (noise echo up to %3, the run&apos;s least %4).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="49"/>
        <source>Start from the built-in base model</source>
        <translation>Start from the built-in base model</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingPanel.cpp" line="51"/>
        <source>Start training from the pretrained base model instead of random weights (quick preset only)</source>
        <translation>Start training from the pretrained base model instead of random weights (quick preset only)</translation>
    </message>
</context>
</TS>
