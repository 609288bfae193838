#pragma once
// Labels moved apart: where text labels pinned to points of a plot (the Noise fit tab's level
// labels at their densities' peaks) would cover each other, each is moved up or down, never
// sideways, by as little as keeps it clear of the others and inside the plot. Pure geometry in
// pixels; any thread.
#include <QRectF>

#include <vector>

namespace pgd {

// `wanted`: each label's rectangle where it would sit; `bounds`: where labels may go; `gap`:
// pixels kept between two labels. Returns the rectangles in the same order, each `wanted[i]`
// shifted vertically. Labels are placed from the highest on screen down; each takes the free
// position nearest above its own (a label above the curves reads better than one inside them),
// else, where `bounds` leaves none above, the nearest below. A label with no free position inside
// `bounds` stays where it wanted to be.
std::vector<QRectF> placeLabelsApart(const std::vector<QRectF>& wanted, const QRectF& bounds,
                                     double gap);

} // namespace pgd
