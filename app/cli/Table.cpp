#include "cli/Table.h"

#include "image/TextOutput.h"
#include "job/Error.h"

#include <fmt/format.h>

#include <cmath>

#include <algorithm>

namespace pgd {

TableFormat parseTableFormat(const std::string& name) {
  if (name == "table" || name == "text")
    return TableFormat::Text;
  if (name == "csv")
    return TableFormat::Csv;
  if (name == "json")
    return TableFormat::Json;
  throw Error(ErrorKind::Usage, fmt::format("--format: unknown format '{}'", name));
}

Table::Table(std::vector<std::string> columns) : m_columns(std::move(columns)) {}

void Table::addRow(std::vector<nlohmann::ordered_json> values) {
  values.resize(m_columns.size());
  // A value never measured (NaN) or infinite shows as absent: "-" in a table, an empty CSV
  // cell, null in JSON; never "nan".
  for (auto& v : values)
    if (v.is_number_float() && !std::isfinite(v.get<double>()))
      v = nullptr;
  m_rows.push_back(std::move(values));
}

std::string Table::textCell(const nlohmann::ordered_json& value, bool fullPrecision) {
  if (value.is_null())
    return fullPrecision ? "" : "-";
  if (value.is_string())
    return value.get<std::string>();
  if (value.is_number_float())
    return fullPrecision ? fmt::format("{}", value.get<double>())
                         : fmt::format("{:.6g}", value.get<double>());
  return value.dump();
}

std::string Table::toCsv() const {
  std::string csv;
  for (std::size_t c = 0; c < m_columns.size(); ++c)
    csv += (c ? "," : "") + csvField(m_columns[c]);
  csv += "\n";
  for (const auto& row : m_rows) {
    for (std::size_t c = 0; c < row.size(); ++c)
      csv += (c ? "," : "") + csvField(textCell(row[c], true));
    csv += "\n";
  }
  return csv;
}

nlohmann::ordered_json Table::toJson() const {
  auto array = nlohmann::ordered_json::array();
  for (const auto& row : m_rows) {
    nlohmann::ordered_json object;
    for (std::size_t c = 0; c < row.size(); ++c)
      object[m_columns[c]] = row[c];
    array.push_back(std::move(object));
  }
  return array;
}

void Table::print(std::ostream& out, TableFormat format) const {
  if (format == TableFormat::Csv) {
    out << toCsv();
    return;
  }
  if (format == TableFormat::Json) {
    out << toJson().dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    return;
  }
  std::vector<std::size_t> widths(m_columns.size());
  for (std::size_t c = 0; c < m_columns.size(); ++c)
    widths[c] = m_columns[c].size();
  std::vector<std::vector<std::string>> cells;
  for (const auto& row : m_rows) {
    std::vector<std::string> line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      line.push_back(textCell(row[c], false));
      widths[c] = std::max(widths[c], line.back().size());
    }
    cells.push_back(std::move(line));
  }
  auto printLine = [&](const std::vector<std::string>& line) {
    std::string text;
    for (std::size_t c = 0; c < line.size(); ++c)
      text += fmt::format("{}{:<{}}", c ? "  " : "", line[c], widths[c]);
    text.erase(text.find_last_not_of(' ') + 1);
    out << text << "\n";
  };
  printLine(m_columns);
  for (const auto& line : cells)
    printLine(line);
}

} // namespace pgd
