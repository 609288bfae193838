#include "cli/ModelsCommand.h"

#include "cli/Table.h"
#include "job/Error.h"
#include "store/ModelStore.h"

#include <fmt/format.h>

namespace pgd {
namespace {

std::string architecture(const NetworkSpec& spec) {
  return fmt::format("{} w{}", toString(spec.kind), spec.width);
}

} // namespace

ModelsCommand::ModelsCommand(CLI::App& parent)
    : Command(parent, "models", "List, inspect, delete, rename, export and import trained models",
              "  pgdenoise models list\n"
              "  pgdenoise models show cells --format json\n"
              "  pgdenoise models export cells /media/usb/models/cells\n"
              "  pgdenoise models import /media/usb/models/cells --name cells-2\n"
              "  pgdenoise models delete cells") {
  auto& a = app();
  a.require_subcommand(1);
  m_list = a.add_subcommand("list", "List the models in the store");
  m_list->add_option("--format", m_format, "table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  m_show = a.add_subcommand("show", "Show a model's metadata (model.json)");
  m_show->add_option("model", m_name, "Model name or model folder")->required();
  m_show->add_option("--format", m_format, "table or json")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
  m_delete = a.add_subcommand("delete", "Delete a model from the store");
  m_delete->add_option("name", m_name, "Model name")->required();
  m_rename = a.add_subcommand("rename", "Rename a model in the store");
  m_rename->add_option("name", m_name, "Current name")->required();
  m_rename->add_option("new-name", m_newName, "New name")->required();
  m_export = a.add_subcommand("export", "Copy a model folder out of the store");
  m_export->add_option("name", m_name, "Model name")->required();
  m_export->add_option("folder", m_folder, "Destination model folder (must not exist yet)")
      ->required();
  m_import = a.add_subcommand("import", "Copy a model folder into the store");
  m_import->add_option("folder", m_folder, "Model folder (weights.pt + model.json)")->required();
  m_import->add_option("--name", m_newName, "Name in the store (default: the model's name)");
}

void ModelsCommand::list(CliContext& context) const {
  ModelStore store;
  Table table({"name", "built_in", "loss", "architecture", "preset", "steps", "best_val_loss",
               "created", "problem"});
  std::size_t stored = 0;
  // The built-in base model (docs/BASE_MODEL.md) first: read-only, but usable like any other.
  for (const auto& e : store.listWithBuiltIn()) {
    stored += e.builtIn ? 0 : 1;
    table.addRow({e.name, e.builtIn ? "yes" : "no", e.problem.empty() ? toString(e.info.loss) : "",
                  e.problem.empty() ? architecture(e.info.architecture) : "", e.info.preset,
                  e.info.steps, e.info.bestValidationLoss, e.info.created, e.problem});
  }
  const TableFormat format = parseTableFormat(m_format);
  if (format == TableFormat::Text && stored == 0) {
    if (table.rows() > 0)
      table.print(context.out, format);
    context.out << fmt::format("no trained models in {}\n", store.root().string());
    return;
  }
  table.print(context.out, format);
}

void ModelsCommand::show(CliContext& context) const {
  ModelStore store;
  const std::filesystem::path asFolder(m_name);
  std::error_code ec;
  const std::filesystem::path folder =
      std::filesystem::is_directory(asFolder, ec) && !store.contains(m_name)
          ? asFolder
          : store.root() / m_name;
  if (!std::filesystem::is_directory(folder, ec))
    throw Error(ErrorKind::Model, fmt::format("{}: no such model in {} and no such folder", m_name,
                                              store.root().string()));
  const ModelInfo info = ModelStore::readInfo(folder);
  if (m_format == "json") {
    context.out << toJson(info) << "\n";
    return;
  }
  Table table({"field", "value"});
  table.addRow({"name", info.name});
  table.addRow({"folder", folder.string()});
  table.addRow({"architecture", architecture(info.architecture)});
  table.addRow({"loss", toString(info.loss)});
  if (info.loss == LossKind::Regularized) {
    table.addRow({"lambda", info.regularizerLambda});
    table.addRow(
        {"learned a,b", fmt::format("{:.6g}, {:.6g}", info.learnedNoise.a, info.learnedNoise.b)});
  }
  table.addRow({"runs in", info.contextTile > 0
                               ? fmt::format("tiles of {} px, {} px of context (its held-out loss "
                                             "was lower there than with whole images)",
                                             info.contextTile, kCropTileMargin)
                               : std::string("whole images")});
  table.addRow({"normalisation", fmt::format("raw = {:.6g} * x + {:.6g}", info.normalization.scale,
                                             info.normalization.offset)});
  table.addRow({"preset", info.preset});
  table.addRow({"steps", info.steps});
  table.addRow({"final train loss", info.finalTrainLoss});
  table.addRow({"best validation loss", info.bestValidationLoss});
  table.addRow({"stop reason", info.stopReason});
  table.addRow({"training time", fmt::format("{:.1f} s", info.trainingSeconds)});
  table.addRow({"device", info.device});
  table.addRow({"data", info.dataSummary});
  table.addRow({"created", info.created});
  table.addRow({"app version", info.appVersion});
  table.addRow({"format version", info.formatVersion});
  table.print(context.out, TableFormat::Text);
}

void ModelsCommand::run(CliContext& context) {
  if (m_list->parsed())
    return list(context);
  if (m_show->parsed())
    return show(context);
  ModelStore store;
  if (m_delete->parsed()) {
    store.remove(m_name);
    context.out << fmt::format("deleted model '{}'\n", m_name);
  } else if (m_rename->parsed()) {
    store.rename(m_name, m_newName);
    context.out << fmt::format("renamed model '{}' to '{}'\n", m_name, m_newName);
  } else if (m_export->parsed()) {
    store.exportTo(m_name, m_folder);
    context.out << fmt::format("exported model '{}' to {}\n", m_name, m_folder);
  } else if (m_import->parsed()) {
    const std::string name = store.importFrom(m_folder, m_newName);
    context.out << fmt::format("imported {} as model '{}'\n", m_folder, name);
  }
}

} // namespace pgd
