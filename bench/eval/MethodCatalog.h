#pragma once
// MethodCatalog: the method ids of the evaluation, in table order, with the label and the short
// description printed in the report. One place so CSV, tables and plots agree.
#include <string>
#include <vector>

namespace pgd {

struct MethodDescription {
  std::string id;
  std::string label;
  std::string description;
};

class MethodCatalog {
public:
  static const std::vector<MethodDescription>& all();
  // Label for an id ("ours posterior"); the id itself when unknown.
  static std::string label(const std::string& id);
  // "reg-0.1-posterior" style ids for the regularized runs.
  static std::string regularizedId(double lambda, bool posterior);
};

} // namespace pgd
