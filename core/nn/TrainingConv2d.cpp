#include "nn/TrainingConv2d.h"

#include "nn/AutocastScope.h"

namespace pgd {
namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

class Conv2dTrainingFunction : public torch::autograd::Function<Conv2dTrainingFunction> {
public:
  // x, weight and bias already in the type the convolution runs in.
  static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& x,
                               const torch::Tensor& weight, const torch::Tensor& bias,
                               std::int64_t padY, std::int64_t padX) {
    ctx->save_for_backward({x, weight});
    ctx->saved_data["padY"] = padY;
    ctx->saved_data["padX"] = padX;
    return torch::conv2d(x, weight, bias, 1, {padY, padX});
  }

  static variable_list backward(AutogradContext* ctx, variable_list grads) {
    const auto saved = ctx->get_saved_variables();
    const auto& x = saved[0];
    const auto& weight = saved[1];
    const std::vector<std::int64_t> padding{ctx->saved_data["padY"].toInt(),
                                            ctx->saved_data["padX"].toInt()};
    const auto grad = grads[0].contiguous();
    const bool needX = ctx->needs_input_grad(0);
    const bool needW = ctx->needs_input_grad(1);
    const bool needB = ctx->needs_input_grad(2);
    torch::Tensor gradX, gradW, gradB;
    if (needX)
      gradX = std::get<0>(at::convolution_backward(grad, x, weight, c10::nullopt, {1, 1}, padding,
                                                   {1, 1}, false, {0, 0}, 1, {true, false, false}));
    if (needW || needB) {
      std::tie(std::ignore, gradW, gradB) =
          at::_slow_conv2d_backward(grad, x, weight, {weight.size(2), weight.size(3)}, {1, 1},
                                    padding, {false, needW, needB});
    }
    return {gradX, gradW, gradB, torch::Tensor(), torch::Tensor()};
  }
};

} // namespace

torch::Tensor conv2dForTraining(const torch::Tensor& x, const torch::Tensor& weight,
                                const torch::Tensor& bias, std::array<std::int64_t, 2> padding) {
  // As autocast would for torch::conv2d: every floating input in its type. The casts are autograd
  // operations of their own, which give the gradients back in the parameters' float32.
  const auto type =
      AutocastScope::reducedPrecisionOn(x.device().type()) ? torch::kBFloat16 : x.scalar_type();
  // No bias: zeros that need no gradient (autograd functions take defined tensors only).
  const auto b =
      bias.defined() ? bias.to(type) : torch::zeros({weight.size(0)}, x.options().dtype(type));
  return Conv2dTrainingFunction::apply(x.to(type), weight.to(type), b, padding[0], padding[1]);
}

} // namespace pgd
