#pragma once
// ClassicalFilter: fixed-parameter ITK filters used as the "floor" baselines of the evaluation
// and available to users on their own: median (3x3) and curvature flow (10 iterations, time step
// 0.125). They run frame by frame on raw values. Safe from any thread.
#include "image/ImageStack.h"

#include <string>

namespace pgd {

enum class ClassicalFilterKind { Median3x3, CurvatureFlow };

const char* toString(ClassicalFilterKind kind);
// The parameters, in words, for tables ("median 3x3", "curvature flow, 10 it., dt 0.125").
std::string describe(ClassicalFilterKind kind);

ImageStack applyClassicalFilter(const ImageStack& input, ClassicalFilterKind kind);

} // namespace pgd
