#pragma once
// ModelsCommand: `pgdenoise models list|show|delete|rename|export|import`: manages the model
// store ($PGD_MODEL_DIR, else ~/.local/share/pgdenoise/models). A model is a folder with
// weights.pt and model.json; export/import copy such folders in and out of the store.
#include "cli/Command.h"

#include <string>

namespace pgd {

class ModelsCommand : public Command {
public:
  explicit ModelsCommand(CLI::App& parent);
  void run(CliContext& context) override;

private:
  void list(CliContext& context) const;
  void show(CliContext& context) const;

  CLI::App* m_list = nullptr;
  CLI::App* m_show = nullptr;
  CLI::App* m_delete = nullptr;
  CLI::App* m_rename = nullptr;
  CLI::App* m_export = nullptr;
  CLI::App* m_import = nullptr;
  std::string m_format = "table";
  std::string m_name;
  std::string m_newName;
  std::string m_folder;
};

} // namespace pgd
