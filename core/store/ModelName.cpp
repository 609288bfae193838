#include "store/ModelName.h"

#include "job/Error.h"

#include <algorithm>
#include <cctype>

namespace pgd {
namespace {

bool allowed(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
}

} // namespace

bool isValidModelName(const std::string& name) {
  return !name.empty() && name.size() <= kMaxModelNameLength && name.front() != '.' &&
         std::all_of(name.begin(), name.end(), allowed);
}

void checkModelName(const std::string& name) {
  if (!isValidModelName(name))
    throw Error(ErrorKind::Usage, "model name '" + name + "': use 1 to " +
                                      std::to_string(kMaxModelNameLength) +
                                      " letters, digits, '-', '_' and '.' (not first)");
}

std::string modelNameFrom(const std::string& text) {
  std::string name = text;
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !allowed(c); }, '_');
  name.erase(0, name.find_first_not_of('.'));
  if (name.size() > kMaxModelNameLength)
    name.resize(kMaxModelNameLength);
  return name.empty() ? "model" : name;
}

} // namespace pgd
