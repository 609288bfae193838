#include "baseline/ClassicalFilter.h"

#include <itkCurvatureFlowImageFilter.h>
#include <itkImage.h>
#include <itkImportImageFilter.h>
#include <itkMedianImageFilter.h>

#include <algorithm>

namespace pgd {
namespace {

using Image2 = itk::Image<float, 2>;

Image2::Pointer wrapFrame(const ImageStack& s, int f) {
  auto image = Image2::New();
  Image2::SizeType size{{std::size_t(s.width()), std::size_t(s.height())}};
  image->SetRegions(Image2::RegionType(size));
  image->Allocate();
  std::copy_n(s.frame(f), s.frameSize(), image->GetBufferPointer());
  return image;
}

template <typename Filter>
void runInto(typename Filter::Pointer filter, float* out, std::size_t n) {
  filter->Update();
  std::copy_n(filter->GetOutput()->GetBufferPointer(), n, out);
}

} // namespace

const char* toString(ClassicalFilterKind kind) {
  return kind == ClassicalFilterKind::Median3x3 ? "median" : "curvature-flow";
}

std::string describe(ClassicalFilterKind kind) {
  return kind == ClassicalFilterKind::Median3x3 ? "ITK median 3x3"
                                                : "ITK curvature flow, 10 iterations, dt 0.125";
}

ImageStack applyClassicalFilter(const ImageStack& input, ClassicalFilterKind kind) {
  ImageStack out = input;
  for (int f = 0; f < input.frames(); ++f) {
    auto frame = wrapFrame(input, f);
    if (kind == ClassicalFilterKind::Median3x3) {
      using Median = itk::MedianImageFilter<Image2, Image2>;
      auto filter = Median::New();
      Median::InputSizeType radius;
      radius.Fill(1);
      filter->SetRadius(radius);
      filter->SetInput(frame);
      runInto<Median>(filter, out.frame(f), input.frameSize());
    } else {
      using Flow = itk::CurvatureFlowImageFilter<Image2, Image2>;
      auto filter = Flow::New();
      filter->SetNumberOfIterations(10);
      filter->SetTimeStep(0.125);
      filter->SetInput(frame);
      runInto<Flow>(filter, out.frame(f), input.frameSize());
    }
  }
  return out;
}

} // namespace pgd
