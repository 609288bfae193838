#pragma once
// Table: rows of named values that a subcommand prints as an aligned text table (people), CSV
// or JSON (scripts). Numbers keep full precision in CSV and JSON and 6 significant digits in the
// text table. A plain value; not synchronised.
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace pgd {

enum class TableFormat { Text, Csv, Json };

// "table"/"text", "csv" or "json"; throws Error(Usage) otherwise.
TableFormat parseTableFormat(const std::string& name);

class Table {
public:
  explicit Table(std::vector<std::string> columns);
  // One value per column (strings, numbers, booleans or null).
  void addRow(std::vector<nlohmann::ordered_json> values);
  std::size_t rows() const { return m_rows.size(); }

  void print(std::ostream& out, TableFormat format) const;
  std::string toCsv() const;
  nlohmann::ordered_json toJson() const;

private:
  static std::string textCell(const nlohmann::ordered_json& value, bool fullPrecision);
  std::vector<std::string> m_columns;
  std::vector<std::vector<nlohmann::ordered_json>> m_rows;
};

} // namespace pgd
