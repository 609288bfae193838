// The hand-written man page (packaging/man/pgdenoise.1) documents every subcommand, every
// option that `pgdenoise <command> --help` shows, and every exit code.
#include "CliTest.h"

#include <fstream>
#include <set>
#include <sstream>

namespace pgd::test {
namespace {

std::string manPageText() {
  std::ifstream in(PGD_MAN_PAGE);
  std::ostringstream s;
  s << in.rdbuf();
  std::string text = s.str();
  std::string plain;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '-') {
      plain += '-';
      ++i;
    } else {
      plain += text[i];
    }
  }
  return plain;
}

// Every "--name" (a lowercase letter, then letters, digits and '-') in the help text. Scanned by
// hand: std::regex trips GCC 12's maybe-uninitialized warning in the sanitizer build.
std::set<std::string> longOptions(const std::string& help) {
  const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::set<std::string> options;
  for (std::size_t i = help.find("--"); i != std::string::npos; i = help.find("--", i + 2)) {
    std::size_t end = i + 2;
    if (end >= help.size() || !lower(help[end]))
      continue;
    while (end < help.size() && (lower(help[end]) || digit(help[end]) || help[end] == '-'))
      ++end;
    options.insert(help.substr(i, end - i));
  }
  return options;
}

using ManPageTest = CliTest;

TEST_F(ManPageTest, DocumentsEveryCommandOptionAndExitCode) {
  const std::string man = manPageText();
  ASSERT_FALSE(man.empty()) << PGD_MAN_PAGE;
  EXPECT_EQ(man.rfind(".TH PGDENOISE 1", 0), 0u);
  const std::vector<std::vector<std::string>> commands{{},
                                                       {"train"},
                                                       {"denoise"},
                                                       {"fit-noise"},
                                                       {"simulate"},
                                                       {"eval"},
                                                       {"models"},
                                                       {"models", "list"},
                                                       {"models", "show"},
                                                       {"models", "delete"},
                                                       {"models", "rename"},
                                                       {"models", "export"},
                                                       {"models", "import"},
                                                       {"bench"},
                                                       {"sample"},
                                                       {"gui"}};
  for (auto args : commands) {
    std::string name = "pgdenoise";
    for (const auto& a : args)
      name += " " + a;
    args.push_back("--help");
    const CliResult r = run(args);
    ASSERT_EQ(r.code, 0) << name;
    if (args.size() > 1) {
      EXPECT_NE(man.find(".SS " + name.substr(10)), std::string::npos) << name;
    }
    for (const auto& option : longOptions(r.out))
      EXPECT_NE(man.find(option), std::string::npos) << name << ": " << option;
  }
  for (int code = 0; code <= 6; ++code)
    EXPECT_NE(man.find(".B " + std::to_string(code) + "\n"), std::string::npos) << code;
  EXPECT_NE(man.find("PGD_MODEL_DIR"), std::string::npos);
}

} // namespace
} // namespace pgd::test
